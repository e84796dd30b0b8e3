/* keel/fmt.h -- printf-compatible formatting to a writer.  Layer: bare.
 *
 * Formats follow C99 printf: %d %i %u %o %x %X %c %s %p %% and the
 * floating-point %f %F %e %E %g %G %a %A, with every flag (- + space # 0),
 * width and precision (also as *) and length modifier (hh h l ll j z t;
 * l on a float conversion is allowed and means nothing).  The output is
 * byte-identical to glibc's, floats included: every digit is the exact
 * decimal expansion of the double, rounded half to even at any precision
 * (%.1000f prints all the digits there are); inf, -inf, nan and -nan as
 * glibc spells them.  No libm and no long double: it runs on soft-float
 * Cortex-M.  Refused with KL_EINVAL: L (keel has no long double), %lc
 * and %ls (no wide characters).  %n panics.
 *
 * Stack: formatting a float takes about 1.6 KB of stack in all (the
 * exact digits of a double are kept there: up to 767 of them; measured
 * with GCC's -fstack-usage on a Cortex-M3), integers about 400 bytes
 * (kl_snprintf_int about 150).
 * No heap.
 *
 * Floats or not -- a link-time choice.  Float formatting is about 4.4 KB
 * of code on a Cortex-M3 (-O2), which a program that prints only integers
 * should not carry.  The choice is made by the functions a program calls:
 *  - kl_fmt, kl_vfmt, kl_snprintf, kl_vsnprintf (and hosted's kl_print,
 *    kl_eprint) format everything, floats included, and link the float
 *    code;
 *  - kl_fmt_int, kl_vfmt_int, kl_snprintf_int, kl_vsnprintf_int format
 *    the same without floats: a float conversion there returns
 *    KL_EINVAL.  A program that calls only these never links the float
 *    code, static link or not (--gc-sections is not needed).
 *    kl_snprintf_int and kl_vsnprintf_int run an engine of their own,
 *    made for size (about 1.2 KB of Thumb-2 at -Os, a third less than
 *    the shared one; byte for byte the same output): on a 64-bit host
 *    kl_snprintf, which has fast paths there, is the quicker of the
 *    two.
 * Panic messages (keel/panic.h) use the integer engine, plus the float
 * code when the program has linked it anyway: a program that only panics
 * and formats integers stays small.  `make size` in a build for
 * arm-none-eabi measures both kinds of program on a Cortex-M3
 * (doc/benchmarks.md has the figures).
 */
#ifndef KEEL_FMT_H
#define KEEL_FMT_H

#include <stdarg.h>

#include <keel/base.h>
#include <keel/error.h>
#include <keel/io.h>

KL_BEGIN_DECLS

/* kl_fmt: format to w, floats included.  Returns 0, w's first error, or
 * KL_EINVAL for a format keel does not know (output stops there).  Panics
 * on %n. */
KL_API KL_NODISCARD kl_err kl_fmt(kl_writer *w, const char *fmt, ...) KL_PRINTF(2, 3);
KL_API KL_NODISCARD kl_err kl_vfmt(kl_writer *w, const char *fmt, va_list ap) KL_PRINTF(2, 0);

/* kl_snprintf: C99 snprintf: write at most size - 1 bytes and a NUL to buf
 * (nothing if size is 0) and return the length the whole output has, so
 * a result >= size means truncation.  Returns (size_t)-1 for a format
 * kl_fmt rejects. */
KL_API size_t kl_snprintf(char *buf, size_t size, const char *fmt, ...) KL_PRINTF(3, 4);
KL_API size_t kl_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap) KL_PRINTF(3, 0);

/* kl_fmt_int: kl_fmt without the floating-point conversions, which return
 * KL_EINVAL here (output stops there); it links no float code. */
KL_API KL_NODISCARD kl_err kl_fmt_int(kl_writer *w, const char *fmt, ...) KL_PRINTF(2, 3);
KL_API KL_NODISCARD kl_err kl_vfmt_int(kl_writer *w, const char *fmt, va_list ap) KL_PRINTF(2, 0);

/* kl_snprintf_int: kl_snprintf without the floating-point conversions:
 * (size_t)-1 for a format that has one.  Links no float code. */
KL_API size_t kl_snprintf_int(char *buf, size_t size, const char *fmt, ...) KL_PRINTF(3, 4);
KL_API size_t kl_vsnprintf_int(char *buf, size_t size, const char *fmt, va_list ap) KL_PRINTF(3, 0);

#if KL_HAVE_OS
/* kl_print, kl_eprint: kl_fmt to kl_stdout() / kl_stderr(). */
KL_API KL_NODISCARD kl_err kl_print(const char *fmt, ...) KL_PRINTF(1, 2);
KL_API KL_NODISCARD kl_err kl_eprint(const char *fmt, ...) KL_PRINTF(1, 2);
#endif

KL_END_DECLS

#endif /* KEEL_FMT_H */
