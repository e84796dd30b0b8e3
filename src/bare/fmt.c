/* kl__fmt_run: the printf-compatible formatting engine.
 *
 * One pass over the format: literal runs are written as they are, each
 * conversion is parsed into a spec, its argument fetched at the width its
 * length modifier says, rendered into a small buffer and written with its
 * padding.  Output matches C99 (and glibc where C leaves a choice: "(null)"
 * for a NULL %s, "(nil)" for a NULL %p).  Floating-point conversions go
 * to the function the caller passes (src/internal/fmt.h says why).
 *
 * Small first: this is all a program that prints only integers to a
 * writer carries (about 1.5 KB of Thumb-2 with kl_fmt_int; into a buffer,
 * kl_snprintf_int's own engine, fmt_snprintf_int.c, is smaller still),
 * so the pieces are shared rather than specialised -- one padding routine
 * for every conversion, one digit loop for every base on 32-bit targets
 * (kl__fmt_digits).  On 64-bit targets, where speed is what counts, the
 * decimal and power-of-two converters of num_fmt.c run instead, plain %d
 * %u skip the spec, and writes to kl__vsnprintf's buffer skip the
 * indirect call; each of those is behind KL__WIDE, a constant, and
 * compiled out on 32-bit ones. */
#include <keel/fmt.h>
#include <keel/num.h>
#include <keel/panic.h>
#include "internal/fmt.h"
#include "internal/num_fmt.h"
#include "internal/udiv.h"

/* LEN_H ... LEN_BIG_L in the order of their letters "hljztL", then the
 * doubled ones in the order of theirs. */
enum length { LEN_NONE, LEN_H, LEN_L, LEN_J, LEN_Z, LEN_T, LEN_BIG_L, LEN_HH, LEN_LL };

typedef kl__fmt_spec spec;

kl_err kl__fmt_buf_put(kl__fmt_out *o, const char *p, size_t n)
{
    kl__fmt_buf *b = (kl__fmt_buf *)o;
    if (b->len < b->cap) {
        size_t room = b->cap - b->len;
        __builtin_memcpy(b->buf + b->len, p, n < room ? n : room);
    }
    b->len += n;
    return KL_OK;
}

static kl_err put(kl__fmt_out *o, const char *p, size_t n)
{
    if (KL__WIDE && o->put == kl__fmt_buf_put) {
        kl__fmt_buf *b = (kl__fmt_buf *)o;
        if (b->len < b->cap) {
            size_t room = b->cap - b->len;
            __builtin_memcpy(b->buf + b->len, p, n < room ? n : room);
        }
        b->len += n;
        return KL_OK;
    }
    return o->put(o, p, n);
}

kl_err kl__fmt_repeat(kl__fmt_out *o, char c, size_t n)
{
    char chunk[16];
    __builtin_memset(chunk, c, sizeof chunk);
    kl_err err = KL_OK;
    while (n > 0 && err == KL_OK) {
        size_t k = n < sizeof chunk ? n : sizeof chunk;
        err = put(o, chunk, k);
        n -= k;
    }
    return err;
}

/* Write prefix (sign, 0x), then `zeros` zeros, then body, padded to the
 * width with spaces on the left or right, or with zeros after the prefix. */
static kl_err write_padded(kl__fmt_out *o, const spec *sp, const char *prefix,
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
    kl_err err = kl__fmt_repeat(o, ' ', left);
    if (err == KL_OK)
        err = put(o, prefix, prefix_len);
    if (err == KL_OK)
        err = kl__fmt_repeat(o, '0', zeros);
    if (err == KL_OK)
        err = put(o, body, body_len);
    if (err == KL_OK)
        err = kl__fmt_repeat(o, ' ', right);
    return err;
}

/* An integer argument, by its length modifier: its bits, sign-extended to
 * 64 for a signed conversion.  Fetched by size class (every ABI keel
 * builds for passes integers of one size alike, signed or not, int or
 * long), which keeps this small: an int-sized read, narrowed and
 * extended in 32-bit arithmetic, or a long long one. */
static uint64_t fetch_int(int len, bool is_signed, va_list *ap)
{
    static const unsigned char size[] = {
        [LEN_NONE] = sizeof(int), [LEN_HH] = sizeof(char), [LEN_H] = sizeof(short),
        [LEN_L] = sizeof(long), [LEN_LL] = sizeof(long long), [LEN_J] = sizeof(intmax_t),
        [LEN_Z] = sizeof(size_t), [LEN_T] = sizeof(ptrdiff_t),
    };
    _Static_assert(sizeof(int) == 4 && sizeof(long long) == 8, "int is 32 bits, long long 64");
    _Static_assert(sizeof(long) == sizeof(int) || sizeof(long) == sizeof(long long),
                   "long is int-sized or long long-sized");
    if (size[len] > sizeof(int))
        return va_arg(*ap, unsigned long long);
    unsigned shift = 32 - 8 * size[len];
    uint32_t u = va_arg(*ap, unsigned) << shift;
    /* Back down, arithmetically for a signed conversion. */
    if (is_signed)
        return (uint64_t)(int64_t)((int32_t)u >> shift);
    return u >> shift;
}

/* The index of c in the NUL-terminated set, or -1 (also for c == NUL). */
static int find(const char *set, char c)
{
    for (int i = 0; set[i] != '\0'; i++)
        if (set[i] == c)
            return i;
    return -1;
}

/* One conversion at *pp (just after its '%'): its spec parsed, then
 * integers, text and '%' formatted here, floats by ffn.  Advances *pp
 * past it; on a malformed spec (a width or precision above INT_MAX) the
 * output stops there (KL_EINVAL), so it need not. */
static kl_err fmt_one(kl__fmt_out *o, const char **pp, va_list *ap, kl__fmt_float_fn *ffn)
{
    /* Flag i of "-+ #0" is bit i: KL__FMT_MINUS ... KL__FMT_ZERO. */
    static const char flag_chars[] = "-+ #0";
    static const char length_chars[] = "hljztL";
    const char *p = *pp;
    spec sp;
    unsigned flags = 0;
    for (int f; (f = find(flag_chars, *p)) >= 0; p++)
        flags |= 1u << f;
    /* The width, then the precision if a '.' comes: digits, or '*' for
     * the next int argument. */
    int count[2] = { 0, -1 };
    for (int i = 0; i < 2; i++) {
        if (i == 1) {
            if (*p != '.')
                break;
            p++;
            count[1] = 0;
        }
        int v = 0;
        if (*p == '*') {
            v = va_arg(*ap, int);
            p++;
        } else {
            for (; *p >= '0' && *p <= '9'; p++) {
                if (v > (2147483647 - 9) / 10)
                    return KL_EINVAL;
                v = v * 10 + (*p - '0');
            }
        }
        count[i] = v;
    }
    if (count[0] < 0) {
        /* A negative '*' width is the '-' flag and the width. */
        flags |= KL__FMT_MINUS;
        count[0] = count[0] == (-2147483647 - 1) ? 2147483647 : -count[0];
    }
    sp.width = count[0];
    /* A negative '*' precision is none. */
    sp.precision = count[1] < 0 ? -1 : count[1];
    int len = find(length_chars, *p) + 1; /* LEN_NONE if there is none */
    if (len != LEN_NONE) {
        if (len <= LEN_L && p[1] == *p) {
            len += LEN_HH - 1;
            p++;
        }
        p++;
    }
    sp.length = len;
    char conv = *p;
    sp.conv = conv;
    if (conv != '\0')
        p++;
    *pp = p;
    /* A '-' overrides '0', a '+' overrides ' '. */
    if (flags & KL__FMT_MINUS)
        flags &= ~(unsigned)KL__FMT_ZERO;
    if (flags & KL__FMT_PLUS)
        flags &= ~(unsigned)KL__FMT_SPACE;
    sp.flags = flags;

    char digits[24];
    char *end = digits + sizeof digits;
    char prefix[2];
    size_t prefix_len = 0, zeros = 0, n;
    const char *body;

    if (find("diuoxXp", conv) >= 0) {
        if (len == LEN_BIG_L)
            return KL_EINVAL;
        bool is_signed = conv == 'd' || conv == 'i';
        uint64_t mag;
        if (conv == 'p') {
            mag = (uintptr_t)va_arg(*ap, void *);
            /* %p is %#x of the address, "(nil)" for NULL. */
            body = "(nil)";
            n = 5;
            if (mag == 0)
                goto text;
            sp.flags |= KL__FMT_ALT;
            conv = 'x';
        } else {
            mag = fetch_int(len, is_signed, ap);
        }
        unsigned base = 16;
        if (is_signed) {
            base = 10;
            char sign = (mag >> 63) != 0 ? '-' : (sp.flags & KL__FMT_PLUS) ? '+'
                      : (sp.flags & KL__FMT_SPACE) ? ' ' : 0;
            if (sign == '-')
                mag = 0 - mag;
            if (sign != 0)
                prefix[prefix_len++] = sign;
        } else if (conv == 'u') {
            base = 10;
        } else if (conv == 'o') {
            base = 8;
        } else if ((sp.flags & KL__FMT_ALT) && mag != 0) {
            prefix[0] = '0';
            prefix[1] = conv;
            prefix_len = 2;
        }
        char *d = end;
        if (mag != 0 || sp.precision != 0) {
            if (!KL__WIDE) {
                d = kl__fmt_digits(end, mag, base, conv == 'X');
            } else {
                /* The wide converters write from the front. */
                n = base == 10 ? kl__fmt_dec(digits, mag)
                  : kl__fmt_pow2(digits, mag, base == 8 ? 3 : 4, conv == 'X');
                d = end - n;
                __builtin_memmove(d, digits, n);
            }
        }
        n = (size_t)(end - d);
        body = d;
        if (sp.precision > 0 && (size_t)sp.precision > n)
            zeros = (size_t)sp.precision - n;
        /* '#' with %o: the first digit is a zero. */
        if (base == 8 && (sp.flags & KL__FMT_ALT) && zeros == 0 && (n == 0 || *d != '0'))
            zeros = 1;
        if (sp.precision >= 0)
            sp.flags &= ~(unsigned)KL__FMT_ZERO;
        return write_padded(o, &sp, prefix, prefix_len, zeros, body, n);
    }
    if (conv == 's' || conv == 'c') {
        /* No l: wide characters are not supported. */
        if (len != LEN_NONE)
            return KL_EINVAL;
        n = 1;
        body = digits;
        if (conv == 'c') {
            digits[0] = (char)(unsigned char)va_arg(*ap, int);
        } else {
            body = va_arg(*ap, const char *);
            size_t limit = sp.precision >= 0 ? (size_t)sp.precision : (size_t)-1;
            if (body == NULL)
                /* glibc prints "(null)", or nothing when the precision
                 * is too small for all of it. */
                body = limit >= 6 ? "(null)" : "";
            for (n = 0; n < limit && body[n] != '\0'; n++)
                ;
        }
    text:
        sp.flags &= ~(unsigned)KL__FMT_ZERO;
        return write_padded(o, &sp, prefix, 0, 0, body, n);
    }
    if (conv == '%')
        return put(o, "%", 1);
    if (find("fFeEgGaA", conv) >= 0) {
        /* keel has no long double: %Lf is refused before its argument
         * is fetched.  %lf is %f (C99).  Without ffn (an integer-only
         * entry point) the output stops here: the argument need not be
         * fetched. */
        if ((len != LEN_NONE && len != LEN_L) || ffn == NULL)
            return KL_EINVAL;
        return ffn(o, &sp, va_arg(*ap, double));
    }
    if (conv == 'n')
        kl_panic("kl_fmt: %%n is not supported");
    /* Anything C does not define. */
    return KL_EINVAL;
}

/* The commonest conversions -- %d %i %u with no flag, width or precision
 * and no length modifier or l, ll, z -- skip the general path (spec,
 * dispatch, padding) on 64-bit targets, where speed is what counts; on
 * 32-bit ones (KL__WIDE false) this is compiled out, for size.  Into
 * kl__vsnprintf's buffer the digits go straight to their place.  Returns
 * false, having consumed nothing, for anything else. */
static bool fmt_plain_dec(kl__fmt_out *o, const char **pp, va_list *ap, kl_err *err)
{
    const char *p = *pp;
    int len = LEN_NONE;
    if (*p == 'l')
        len = *++p == 'l' ? (p++, LEN_LL) : LEN_L;
    else if (*p == 'z')
        len = (p++, LEN_Z);
    if (*p != 'd' && *p != 'i' && *p != 'u')
        return false;
    bool is_signed = *p != 'u';
    *pp = p + 1;
    uint64_t v = fetch_int(len, is_signed, ap);
    char tmp[KL_FMT_INT_BUFSZ];
    char *out = tmp;
    kl__fmt_buf *b = (kl__fmt_buf *)o;
    bool direct = o->put == kl__fmt_buf_put && b->len <= b->cap && b->cap - b->len >= 21;
    if (direct)
        out = b->buf + b->len;
    size_t n = 0;
    if (is_signed && (v >> 63) != 0) {
        out[n++] = '-';
        v = 0 - v;
    }
    n += kl__fmt_dec(out + n, v);
    if (direct) {
        b->len += n;
        *err = KL_OK;
    } else {
        *err = put(o, tmp, n);
    }
    return true;
}

kl_err kl__fmt_run(kl__fmt_out *o, const char *fmt, va_list ap, kl__fmt_float_fn *ffn)
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
            err = put(o, run, (size_t)(p - run));
        if (err != KL_OK || *p == '\0')
            break;
        p++;
        if (KL__WIDE && fmt_plain_dec(o, &p, &args, &err))
            continue;
        err = fmt_one(o, &p, &args, ffn);
    }
    va_end(args);
    return err;
}
