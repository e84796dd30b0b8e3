/* keel/fmt.h -- printf-compatible formatting to a writer.  Layer: bare.
 *
 * Formats follow C99 printf.  This first version has the integer, character,
 * string and pointer conversions (%d %i %u %o %x %X %c %s %p %%) with every
 * flag (- + space # 0), width and precision (also as *) and length
 * modifier (hh h l ll j z t); a floating-point conversion (%f %e %g %a and
 * their capitals) returns KL_EINVAL until keel's float formatting lands.
 * %n is refused: it panics.
 */
#ifndef KEEL_FMT_H
#define KEEL_FMT_H

#include <stdarg.h>

#include <keel/base.h>
#include <keel/error.h>
#include <keel/io.h>

KL_BEGIN_DECLS

/* kl_fmt: format to w.  Returns 0, w's first error, or KL_EINVAL for a
 * format keel does not know (output stops there).  Panics on %n. */
KL_API KL_NODISCARD kl_err kl_fmt(kl_writer *w, const char *fmt, ...) KL_PRINTF(2, 3);
KL_API KL_NODISCARD kl_err kl_vfmt(kl_writer *w, const char *fmt, va_list ap) KL_PRINTF(2, 0);

/* kl_snprintf: C99 snprintf: write at most size - 1 bytes and a NUL to buf
 * (nothing if size is 0) and return the length the whole output has, so
 * a result >= size means truncation.  Returns (size_t)-1 for a format
 * kl_fmt rejects. */
KL_API size_t kl_snprintf(char *buf, size_t size, const char *fmt, ...) KL_PRINTF(3, 4);
KL_API size_t kl_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap) KL_PRINTF(3, 0);

#if KL_HAVE_OS
/* kl_print, kl_eprint: kl_fmt to kl_stdout() / kl_stderr(). */
KL_API KL_NODISCARD kl_err kl_print(const char *fmt, ...) KL_PRINTF(1, 2);
KL_API KL_NODISCARD kl_err kl_eprint(const char *fmt, ...) KL_PRINTF(1, 2);
#endif

KL_END_DECLS

#endif /* KEEL_FMT_H */
