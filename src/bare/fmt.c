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

/* Writes to kl__vsnprintf's buffer, the engine's most common destination,
 * skip the writer's indirect call: put() and kl__fmt_repeat() recognise
 * the buffer by its vtable and copy into it directly. */
static void buf_put(kl__fmt_buf *b, const void *data, size_t len)
{
    if (b->len < b->cap) {
        size_t room = b->cap - b->len;
        __builtin_memcpy(b->buf + b->len, data, len < room ? len : room);
    }
    b->len += len;
}

static kl_err buf_write(void *ctx, const void *data, size_t len, size_t *written)
{
    buf_put(ctx, data, len);
    *written = len;
    return KL_OK;
}

const kl_writer_vtable kl__fmt_buf_vtable = { buf_write, NULL };

static kl_err put(kl_writer *w, const void *data, size_t len)
{
    if (w->vtable == &kl__fmt_buf_vtable) {
        buf_put(w->ctx, data, len);
        return KL_OK;
    }
    return kl_write_all(w, data, len);
}

kl_err kl__fmt_repeat(kl_writer *w, char c, size_t n)
{
    if (n == 0)
        return KL_OK;
    if (w->vtable == &kl__fmt_buf_vtable) {
        kl__fmt_buf *b = w->ctx;
        if (b->len < b->cap) {
            size_t room = b->cap - b->len;
            __builtin_memset(b->buf + b->len, c, n < room ? n : room);
        }
        b->len += n;
        return KL_OK;
    }
    char chunk[32];
    __builtin_memset(chunk, c, sizeof chunk);
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
    size_t left = 0, right = 0;
    if (sp->flags & KL__FMT_MINUS)
        right = pad;
    else if (sp->flags & KL__FMT_ZERO)
        zeros += pad;
    else
        left = pad;
    kl_err err = kl__fmt_repeat(w, ' ', left);
    if (err == KL_OK && prefix_len > 0)
        err = put(w, prefix, prefix_len);
    if (err == KL_OK)
        err = kl__fmt_repeat(w, '0', zeros);
    if (err == KL_OK)
        err = put(w, body, body_len);
    if (err == KL_OK)
        err = kl__fmt_repeat(w, ' ', right);
    return err;
}

/* An integer argument, by its length modifier: its bits, sign-extended to
 * 64 for a signed conversion.  Fetched by size class (every ABI keel
 * builds for passes integers of one size alike, signed or not, int or
 * long), which keeps this small: an int-sized read or a long long one. */
static uint64_t fetch_int(int len, bool is_signed, va_list *ap)
{
    static const unsigned char size[] = {
        [LEN_NONE] = sizeof(int), [LEN_HH] = sizeof(char), [LEN_H] = sizeof(short),
        [LEN_L] = sizeof(long), [LEN_LL] = sizeof(long long), [LEN_J] = sizeof(intmax_t),
        [LEN_Z] = sizeof(size_t), [LEN_T] = sizeof(ptrdiff_t),
    };
    _Static_assert(sizeof(long) == sizeof(int) || sizeof(long) == sizeof(long long),
                   "long is int-sized or long long-sized");
    _Static_assert(sizeof(long long) == 8, "long long is 64 bits");
    unsigned bits = 8 * size[len];
    uint64_t v = bits <= 8 * sizeof(int) ? va_arg(*ap, unsigned) : va_arg(*ap, unsigned long long);
    v = v << (64 - bits) >> (64 - bits);
    if (is_signed) {
        uint64_t m = UINT64_C(1) << (bits - 1);
        v = (v ^ m) - m;
    }
    return v;
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
        uint64_t v = fetch_int(sp->length, true, ap);
        bool neg = v >> 63 != 0;
        mag = neg ? 0 - v : v;
        if (neg)
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
        mag = fetch_int(sp->length, false, ap);
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
        return put(w, "%", 1);
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
            err = put(w, run, (size_t)(p - run));
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
