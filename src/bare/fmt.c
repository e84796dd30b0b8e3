/* kl__vfmt: the printf-compatible formatting engine, and its integer-only
 * entry points kl_vfmt_int and kl_fmt_int.
 *
 * One pass over the format: literal runs are written as they are, each
 * conversion is parsed into a spec, its argument fetched at the width its
 * length modifier says, rendered into a small buffer and written with its
 * padding.  Output matches C99 (and glibc where C leaves a choice: "(null)"
 * for a NULL %s, "(nil)" for a NULL %p).  Floating-point conversions go
 * to the function the caller passes (src/internal/fmt.h says why).
 */
#include <keel/fmt.h>
#include <keel/num.h>
#include <keel/panic.h>
#include "internal/fmt.h"

enum length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z, LEN_T, LEN_BIG_L };

typedef kl__fmt_spec spec;

kl_err kl__fmt_repeat(kl_writer *w, char c, size_t n)
{
    char chunk[32];
    for (size_t i = 0; i < sizeof chunk; i++)
        chunk[i] = c;
    while (n > 0) {
        size_t k = n < sizeof chunk ? n : sizeof chunk;
        kl_err err = kl_write_all(w, chunk, k);
        if (err != KL_OK)
            return err;
        n -= k;
    }
    return KL_OK;
}

/* Write prefix (sign, 0x), then `zeros` zeros, then body, padded to the
 * width with spaces on the left or right, or with zeros after the prefix. */
static kl_err write_padded(kl_writer *w, const spec *sp, const char *prefix,
                           size_t prefix_len, size_t zeros, const char *body,
                           size_t body_len)
{
    size_t total = prefix_len + zeros + body_len;
    size_t pad = (size_t)sp->width > total ? (size_t)sp->width - total : 0;
    kl_err err = KL_OK;
    if (!(sp->flags & KL__FMT_MINUS) && !(sp->flags & KL__FMT_ZERO))
        err = kl__fmt_repeat(w, ' ', pad);
    if (err == KL_OK)
        err = kl_write_all(w, prefix, prefix_len);
    if (err == KL_OK && !(sp->flags & KL__FMT_MINUS) && (sp->flags & KL__FMT_ZERO))
        err = kl__fmt_repeat(w, '0', pad);
    if (err == KL_OK)
        err = kl__fmt_repeat(w, '0', zeros);
    if (err == KL_OK)
        err = kl_write_all(w, body, body_len);
    if (err == KL_OK && (sp->flags & KL__FMT_MINUS))
        err = kl__fmt_repeat(w, ' ', pad);
    return err;
}

static int64_t fetch_signed(int len, va_list *ap)
{
    switch (len) {
    case LEN_HH: return (signed char)va_arg(*ap, int);
    case LEN_H: return (short)va_arg(*ap, int);
    case LEN_L: return va_arg(*ap, long);
    case LEN_LL: return va_arg(*ap, long long);
    case LEN_J: return va_arg(*ap, intmax_t);
    case LEN_Z: return (ptrdiff_t)va_arg(*ap, size_t);
    case LEN_T: return va_arg(*ap, ptrdiff_t);
    default: return va_arg(*ap, int);
    }
}

static uint64_t fetch_unsigned(int len, va_list *ap)
{
    switch (len) {
    case LEN_HH: return (unsigned char)va_arg(*ap, unsigned);
    case LEN_H: return (unsigned short)va_arg(*ap, unsigned);
    case LEN_L: return va_arg(*ap, unsigned long);
    case LEN_LL: return va_arg(*ap, unsigned long long);
    case LEN_J: return va_arg(*ap, uintmax_t);
    case LEN_Z: return va_arg(*ap, size_t);
    case LEN_T: return (size_t)va_arg(*ap, ptrdiff_t);
    default: return va_arg(*ap, unsigned);
    }
}

static kl_err fmt_integer(kl_writer *w, spec *sp, va_list *ap)
{
    char digits[KL_FMT_INT_BUFSZ];
    char prefix[2];
    size_t prefix_len = 0;
    uint64_t mag;
    unsigned base = 10;
    bool upper = false;

    if (sp->conv == 'd' || sp->conv == 'i') {
        int64_t v = fetch_signed(sp->length, ap);
        mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        if (v < 0)
            prefix[prefix_len++] = '-';
        else if (sp->flags & KL__FMT_PLUS)
            prefix[prefix_len++] = '+';
        else if (sp->flags & KL__FMT_SPACE)
            prefix[prefix_len++] = ' ';
    } else if (sp->conv == 'p') {
        mag = (uintptr_t)va_arg(*ap, void *);
        if (mag == 0) {
            sp->flags &= ~(unsigned)KL__FMT_ZERO;
            return write_padded(w, sp, "", 0, 0, "(nil)", 5);
        }
        base = 16;
        prefix[prefix_len++] = '0';
        prefix[prefix_len++] = 'x';
    } else {
        mag = fetch_unsigned(sp->length, ap);
        base = sp->conv == 'u' ? 10 : sp->conv == 'o' ? 8 : 16;
        upper = sp->conv == 'X';
        if (base == 16 && (sp->flags & KL__FMT_ALT) && mag != 0) {
            prefix[prefix_len++] = '0';
            prefix[prefix_len++] = upper ? 'X' : 'x';
        }
    }

    size_t n = (mag == 0 && sp->precision == 0) ? 0 : kl_fmt_u64(digits, mag, base);
    if (upper)
        for (size_t i = 0; i < n; i++)
            if (digits[i] >= 'a')
                digits[i] = (char)(digits[i] - 'a' + 'A');
    size_t zeros = sp->precision > 0 && (size_t)sp->precision > n ? (size_t)sp->precision - n : 0;
    /* '#' with %o: the first digit is a zero. */
    if (sp->conv == 'o' && (sp->flags & KL__FMT_ALT) && zeros == 0 && (n == 0 || digits[0] != '0'))
        zeros = 1;
    if (sp->precision >= 0)
        sp->flags &= ~(unsigned)KL__FMT_ZERO;
    return write_padded(w, sp, prefix, prefix_len, zeros, digits, n);
}

static kl_err fmt_string(kl_writer *w, spec *sp, va_list *ap)
{
    const char *s = va_arg(*ap, const char *);
    size_t limit = sp->precision >= 0 ? (size_t)sp->precision : (size_t)-1;
    if (s == NULL)
        /* glibc prints "(null)", or nothing when the precision is too
         * small for all of it. */
        s = limit >= 6 ? "(null)" : "";
    size_t n = 0;
    while (n < limit && s[n] != '\0')
        n++;
    sp->flags &= ~(unsigned)KL__FMT_ZERO;
    return write_padded(w, sp, "", 0, 0, s, n);
}

static kl_err fmt_char(kl_writer *w, spec *sp, va_list *ap)
{
    char c = (char)(unsigned char)va_arg(*ap, int);
    sp->flags &= ~(unsigned)KL__FMT_ZERO;
    return write_padded(w, sp, "", 0, 0, &c, 1);
}

/* Parse the spec after a '%' at *pp; advance *pp past it.  Returns false
 * for a malformed spec. */
static bool parse_spec(const char **pp, spec *sp, va_list *ap)
{
    const char *p = *pp;
    sp->flags = 0;
    for (;; p++) {
        unsigned f = *p == '-' ? KL__FMT_MINUS : *p == '+' ? KL__FMT_PLUS : *p == ' ' ? KL__FMT_SPACE
                   : *p == '#' ? KL__FMT_ALT : *p == '0' ? KL__FMT_ZERO : 0;
        if (f == 0)
            break;
        sp->flags |= f;
    }
    sp->width = 0;
    if (*p == '*') {
        int v = va_arg(*ap, int);
        if (v < 0) {
            sp->flags |= KL__FMT_MINUS;
            v = v == (-2147483647 - 1) ? 2147483647 : -v;
        }
        sp->width = v;
        p++;
    } else {
        for (; *p >= '0' && *p <= '9'; p++) {
            if (sp->width > (2147483647 - 9) / 10)
                return false;
            sp->width = sp->width * 10 + (*p - '0');
        }
    }
    sp->precision = -1;
    if (*p == '.') {
        p++;
        if (*p == '*') {
            int v = va_arg(*ap, int);
            sp->precision = v < 0 ? -1 : v;
            p++;
        } else {
            sp->precision = 0;
            for (; *p >= '0' && *p <= '9'; p++) {
                if (sp->precision > (2147483647 - 9) / 10)
                    return false;
                sp->precision = sp->precision * 10 + (*p - '0');
            }
        }
    }
    sp->length = LEN_NONE;
    switch (*p) {
    case 'h': sp->length = p[1] == 'h' ? (p++, LEN_HH) : LEN_H; p++; break;
    case 'l': sp->length = p[1] == 'l' ? (p++, LEN_LL) : LEN_L; p++; break;
    case 'j': sp->length = LEN_J; p++; break;
    case 'z': sp->length = LEN_Z; p++; break;
    case 't': sp->length = LEN_T; p++; break;
    case 'L': sp->length = LEN_BIG_L; p++; break;
    default: break;
    }
    sp->conv = *p;
    if (*p != '\0')
        p++;
    *pp = p;
    /* A '-' overrides '0', a '+' overrides ' '. */
    if (sp->flags & KL__FMT_MINUS)
        sp->flags &= ~(unsigned)KL__FMT_ZERO;
    if (sp->flags & KL__FMT_PLUS)
        sp->flags &= ~(unsigned)KL__FMT_SPACE;
    return true;
}

static kl_err fmt_one(kl_writer *w, spec *sp, va_list *ap, kl__fmt_float_fn *ffn)
{
    switch (sp->conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p':
        if (sp->length == LEN_BIG_L)
            return KL_EINVAL;
        return fmt_integer(w, sp, ap);
    case 's':
        /* %ls needs wide-character conversion: not yet. */
        return sp->length == LEN_NONE ? fmt_string(w, sp, ap) : KL_EINVAL;
    case 'c':
        return sp->length == LEN_NONE ? fmt_char(w, sp, ap) : KL_EINVAL;
    case '%':
        return kl_write_all(w, "%", 1);
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case 'a': case 'A': {
        /* keel has no long double: %Lf is refused before its argument
         * is fetched.  %lf is %f (C99). */
        if (sp->length != LEN_NONE && sp->length != LEN_L)
            return KL_EINVAL;
        double v = va_arg(*ap, double);
        return ffn != NULL ? ffn(w, sp, v) : KL_EINVAL;
    }
    case 'n':
        kl_panic("kl_fmt: %%n is not supported");
    default:
        /* Anything C does not define. */
        return KL_EINVAL;
    }
}

kl_err kl__vfmt(kl_writer *w, const char *fmt, va_list ap, kl__fmt_float_fn *ffn)
{
    va_list args;
    va_copy(args, ap);
    kl_err err = KL_OK;
    const char *p = fmt;
    while (err == KL_OK && *p != '\0') {
        const char *run = p;
        while (*p != '\0' && *p != '%')
            p++;
        if (p > run)
            err = kl_write_all(w, run, (size_t)(p - run));
        if (err != KL_OK || *p == '\0')
            break;
        p++;
        spec sp;
        err = parse_spec(&p, &sp, &args) ? fmt_one(w, &sp, &args, ffn) : KL_EINVAL;
    }
    va_end(args);
    return err;
}

kl_err kl_vfmt_int(kl_writer *w, const char *fmt, va_list ap)
{
    return kl__vfmt(w, fmt, ap, NULL);
}

kl_err kl_fmt_int(kl_writer *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_err err = kl__vfmt(w, fmt, ap, NULL);
    va_end(ap);
    return err;
}
