/* src/internal/fmt.h -- what the pieces of the formatting engine share.
 * Private: never installed.
 *
 * The engine (src/bare/fmt.c) takes the function that formats a double
 * as a parameter.  The float-enabled entry points (fmt_full.c: kl_fmt,
 * kl_snprintf ...) pass kl__fmt_float; the integer-only ones over a
 * writer (kl_fmt_int, kl_vfmt_int) pass NULL, so a program that calls
 * only those never references kl__fmt_float and a static link leaves it
 * out.  (kl_snprintf_int and kl_vsnprintf_int do not use this engine:
 * fmt_snprintf_int.c has a smaller one of their own.) */
#ifndef KEEL_INTERNAL_FMT_H
#define KEEL_INTERNAL_FMT_H

#include <stdarg.h>
#include <stddef.h>

#include <keel/error.h>
#include <keel/io.h>

enum {
    KL__FMT_MINUS = 1, /* left-justify */
    KL__FMT_PLUS = 2,  /* always a sign */
    KL__FMT_SPACE = 4, /* a space where a sign would be */
    KL__FMT_ALT = 8,   /* '#' */
    KL__FMT_ZERO = 16  /* pad with zeros */
};

/* kl__fmt_spec: one parsed conversion. */
typedef struct kl__fmt_spec {
    unsigned flags; /* KL__FMT_* */
    int width;      /* 0 if none */
    int precision;  /* -1 if none */
    int length;     /* the length modifier (fmt.c's enum) */
    char conv;      /* the conversion character */
} kl__fmt_spec;

/* kl__fmt_out: where the engine writes: put writes n bytes from p and
 * returns 0 or an error.  The engine knows two kinds: kl__fmt_buf
 * (kl__vsnprintf's buffer) and one over a kl_writer (fmt_int.c).  Going
 * through this rather than a kl_writer keeps kl_write_all and the
 * writer vtables out of a program that only calls kl_snprintf_int. */
typedef struct kl__fmt_out kl__fmt_out;
struct kl__fmt_out {
    kl_err (*put)(kl__fmt_out *o, const char *p, size_t n);
};

/* kl__fmt_float_fn: format v for the conversion sp (one of f F e E g G a
 * A) to o, with its padding.  Returns 0 or o's error. */
typedef kl_err kl__fmt_float_fn(kl__fmt_out *o, const kl__fmt_spec *sp, double v);

/* kl__fmt_run: the engine (fmt.c): format to o, with float formatting by
 * ffn; a NULL ffn makes every floating-point conversion KL_EINVAL. */
kl_err kl__fmt_run(kl__fmt_out *o, const char *fmt, va_list ap, kl__fmt_float_fn *ffn);

/* kl__vfmt: kl_vfmt with float formatting by ffn (fmt_int.c: the engine
 * over a kl_writer). */
kl_err kl__vfmt(kl_writer *w, const char *fmt, va_list ap, kl__fmt_float_fn *ffn);

/* kl__fmt_buf: kl__vsnprintf's destination: keeps the first cap bytes
 * and counts them all (snprintf's "length it would have had").  Its put
 * is kl__fmt_buf_put, which the engine recognises on 64-bit targets to
 * copy into the buffer without the indirect call. */
typedef struct kl__fmt_buf {
    kl__fmt_out out;
    char *buf;
    size_t cap;
    size_t len;
} kl__fmt_buf;

kl_err kl__fmt_buf_put(kl__fmt_out *o, const char *p, size_t n);

/* kl__vsnprintf: kl_vsnprintf over kl__fmt_run with ffn. */
size_t kl__vsnprintf(char *buf, size_t size, const char *fmt, va_list ap,
                     kl__fmt_float_fn *ffn);

/* kl__fmt_float: %f %F %e %E %g %G (fmt_float.c), %a %A by way of
 * kl__fmt_float_hex (fmt_float_hex.c). */
kl_err kl__fmt_float(kl__fmt_out *o, const kl__fmt_spec *sp, double v);
kl_err kl__fmt_float_hex(kl__fmt_out *o, const kl__fmt_spec *sp, double v);

/* kl__fmt_repeat: write n copies of c to o. */
kl_err kl__fmt_repeat(kl__fmt_out *o, char c, size_t n);

#endif /* KEEL_INTERNAL_FMT_H */
