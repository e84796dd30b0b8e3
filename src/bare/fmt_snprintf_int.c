/* kl_vsnprintf_int, kl_snprintf_int: C99 snprintf without floats, in an
 * engine of their own.
 *
 * A program that prints integers into a buffer is the smallest use of
 * printf a firmware has, and what it links is this file alone (with the
 * digit loop kl__fmt_digits): no spec structure, no output vtable, no
 * float hook.  Everything else -- kl_snprintf, kl_fmt, kl_fmt_int --
 * runs the shared engine of fmt.c, and the output here is the same byte
 * for byte, refusals included (tests/hosted/fmt_oracle.c compares the
 * two, and both with glibc).
 *
 * Small first, and measured (make size, doc/benchmarks.md): the output
 * goes one byte at a time into the buffer; every conversion, text or
 * integer, becomes the same five pieces -- spaces, a prefix (sign or
 * 0x), zeros, the body, spaces -- written by one routine; the flags are
 * bits picked out of a constant by the flag character.  On 64-bit
 * targets, where speed counts more, runs are copied whole and the digits
 * come from num_fmt.c's fast converters, as in fmt.c; both behind
 * KL__WIDE, a constant, and compiled out on 32-bit ones. */
#include <keel/fmt.h>
#include <keel/panic.h>
#include "internal/num_fmt.h"
#include "internal/udiv.h"

/* The flags, as 1 << (character - ' '): "-+ #0" are ' ' + 13, 11, 0, 3
 * and 16. */
enum {
    F_SPACE = 1u << (' ' - ' '),
    F_ALT = 1u << ('#' - ' '),
    F_PLUS = 1u << ('+' - ' '),
    F_MINUS = 1u << ('-' - ' '),
    F_ZERO = 1u << ('0' - ' '),
    F_ALL = F_SPACE | F_ALT | F_PLUS | F_MINUS | F_ZERO
};

/* The buffer, of size bytes: all the output is counted, and what fits
 * is kept with a NUL after it. */
typedef struct sink {
    char *buf;
    size_t size;
    size_t len;
} sink;

/* n bytes to s: p[0], p[step], p[2 * step] ... (step 0 repeats p[0]).
 * The NUL follows each byte kept, so that the buffer holds a string
 * whenever the output stops. */
static void emit(sink *s, const char *p, size_t n, size_t step)
{
    if (KL__WIDE) {
        /* The same, a run at a time. */
        size_t i = s->len;
        s->len += n;
        if (n > 0 && i + 1 < s->size) {
            size_t k = s->size - 1 - i < n ? s->size - 1 - i : n;
            if (step != 0)
                __builtin_memcpy(s->buf + i, p, k);
            else
                __builtin_memset(s->buf + i, *p, k);
            s->buf[i + k] = '\0';
        }
        return;
    }
    for (; n > 0; n--, p += step) {
        size_t i = s->len++;
        if (i + 1 < s->size) {
            s->buf[i] = *p;
            s->buf[i + 1] = '\0';
        }
    }
}

size_t kl_vsnprintf_int(char *buf, size_t size, const char *fmt, va_list ap)
{
    /* The length modifiers' sizes in bytes, by their letters; L (no long
     * double) is 9, refused. */
    static const char length_chars[] = "hljztL";
    static const unsigned char length_size[] = {
        sizeof(short), sizeof(long), sizeof(intmax_t), sizeof(size_t), sizeof(ptrdiff_t), 9,
    };
    _Static_assert(sizeof(int) == 4 && sizeof(long long) == 8, "int is 32 bits, long long 64");
    sink s = { buf, size, 0 };
    if (size > 0)
        buf[0] = '\0';
    const char *p = fmt;
    for (;;) {
        char c = *p++;
        if (c == '\0')
            return s.len;
        if (c != '%')
            goto literal;
        unsigned flags = 0;
        for (unsigned d; (d = (unsigned char)*p - ' ') <= 16 && (F_ALL >> d & 1); p++)
            flags |= 1u << d;
        /* The width, then the precision if a '.' comes: digits, or '*'
         * for the next int argument; -1 for no precision. */
        int count[2] = { 0, -1 };
        for (int i = 0;; i = 1) {
            int v = 0;
            if (*p == '*') {
                v = va_arg(ap, int);
                p++;
            } else {
                for (; (unsigned)(*p - '0') < 10; p++) {
                    if (v > (2147483647 - 9) / 10)
                        goto out;
                    v = v * 10 + (*p - '0');
                }
            }
            count[i] = v;
            if (i != 0 || *p != '.')
                break;
            p++;
        }
        int width = count[0], precision = count[1];
        if (width < 0) {
            /* A negative '*' width is the '-' flag and the width. */
            flags |= F_MINUS;
            unsigned w = 0u - (unsigned)width;
            width = (int)(w - (w >> 31)); /* INT_MIN's is INT_MAX */
        }
        if (precision < 0)
            precision = -1; /* a negative '*' precision is none */
        else
            flags &= ~(unsigned)F_ZERO; /* a precision turns '0' off */
        if (flags & F_MINUS)
            flags &= ~(unsigned)F_ZERO;
        unsigned len = 0; /* the length modifier's size, 0 if none */
        for (int i = 0; length_chars[i] != '\0'; i++) {
            if (length_chars[i] == *p) {
                len = length_size[i];
                if (i < 2 && p[1] == *p) { /* hh, ll */
                    len = i == 0 ? sizeof(char) : sizeof(long long);
                    p++;
                }
                p++;
                break;
            }
        }
        c = *p;
        if (c != '\0')
            p++;

        char digits[24];
        char *end = digits + sizeof digits;
        char prefix[2];
        size_t prefix_len = 0, zeros = 0, n;
        const char *body;
        if (c == '%')
            goto literal;
        if (c == 'n')
            kl_panic("kl_fmt: %%n is not supported");
        /* c s, then the integers: d i o u x X p, with their bases. */
        static const char convs[] = "csdiouxXp";
        static const unsigned char bases[] = { 0, 0, 10, 10, 8, 10, 16, 16, 16 };
        int k = 0;
        while (convs[k] != '\0' && convs[k] != c)
            k++;
        if (convs[k] == '\0')
            goto out; /* floats, and anything C does not define */
        if (k < 2) {
            /* No l: wide characters are not supported. */
            if (len != 0)
                goto out;
            n = 1;
            body = digits;
            if (k == 0) {
                digits[0] = (char)(unsigned char)va_arg(ap, int);
            } else {
                static const char null_str[] = "(null)";
                body = va_arg(ap, const char *);
                size_t limit = (size_t)precision; /* SIZE_MAX if none */
                if (body == NULL)
                    /* glibc prints "(null)", or nothing (its NUL) when
                     * the precision is too small for all of it. */
                    body = null_str + (limit >= 6 ? 0 : 6);
                for (n = 0; n < limit && body[n] != '\0'; n++)
                    ;
            }
            flags &= ~(unsigned)F_ZERO;
        } else {
            if (len == 9)
                goto out;
            bool is_signed = k < 4;
            unsigned base = bases[k];
            if (k == 8) {
                /* %p is %#x of the address, "(nil)" for NULL.  (Read as
                 * an integer of its size: every ABI keel builds for
                 * passes pointers as it passes integers.) */
                len = sizeof(void *);
                flags |= F_ALT;
            }
            uint64_t mag;
            if (len > sizeof(int)) {
                mag = va_arg(ap, unsigned long long);
            } else {
                /* Narrowed to the modifier's size and back,
                 * arithmetically for a signed conversion (every ABI keel
                 * builds for passes int-sized integers alike, signed or
                 * not). */
                unsigned shift = (32 - 8 * len) & 31;
                uint32_t u = va_arg(ap, unsigned) << shift;
                int32_t sv = (int32_t)u >> shift;
                mag = u >> shift;
                if (is_signed)
                    mag = (uint64_t)(int64_t)sv;
            }
            if (is_signed) {
                /* '+' is tested first: it overrides ' '. */
                char sign = (mag >> 63) != 0 ? '-' : (flags & F_PLUS) ? '+'
                          : (flags & F_SPACE) ? ' ' : 0;
                if (sign == '-')
                    mag = 0 - mag;
                if (sign != 0)
                    prefix[prefix_len++] = sign;
            } else if (base == 16 && (flags & F_ALT) && mag != 0) {
                prefix[0] = '0';
                prefix[1] = k == 7 ? 'X' : 'x';
                prefix_len = 2;
            }
            char *d;
            if (!KL__WIDE) {
                d = kl__fmt_digits(end, mag, base, k == 7);
            } else {
                /* The wide converters write from the front. */
                size_t m = base == 10 ? kl__fmt_dec(digits, mag)
                         : kl__fmt_pow2(digits, mag, base == 8 ? 3 : 4, k == 7);
                d = end - m;
                __builtin_memmove(d, digits, m);
            }
            if (base == 8 && (flags & F_ALT)) {
                /* '#' with %o: the first digit is a zero (even for a
                 * zero of precision 0). */
                if (*d != '0')
                    *--d = '0';
            } else if (precision == 0 && *d == '0') {
                d++; /* no digit for a zero of precision 0 */
            }
            body = d;
            n = (size_t)(end - d);
            if (k == 8 && mag == 0) {
                body = "(nil)";
                n = 5;
                precision = -1;
                flags &= ~(unsigned)F_ZERO;
            }
            if (precision > 0 && (size_t)precision > n)
                zeros = (size_t)precision - n;
        }
        /* Spaces, prefix, zeros, body, spaces: the width's padding goes
         * left, right, or into the zeros. */
        size_t total = prefix_len + zeros + n;
        size_t pad = (size_t)width > total ? (size_t)width - total : 0;
        if (flags & F_ZERO) {
            zeros += pad;
            pad = 0;
        }
        if (!(flags & F_MINUS))
            emit(&s, " ", pad, 0);
        emit(&s, prefix, prefix_len, 1);
        emit(&s, "0", zeros, 0);
        emit(&s, body, n, 1);
        if (flags & F_MINUS)
            emit(&s, " ", pad, 0);
        continue;
    literal:
        emit(&s, p - 1, 1, 1);
    }
out:
    return (size_t)-1; /* KL_EINVAL */
}

size_t kl_snprintf_int(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t n = kl_vsnprintf_int(buf, size, fmt, ap);
    va_end(ap);
    return n;
}
