/* kl_parse_i8 ... kl_parse_usize: integers from text, with the syntax and
 * the error order of Rust's from_str_radix (see keel/num.h). */
#include <keel/num.h>
#include <keel/panic.h>

/* The value of each byte as a digit (0-35, either case), 255 for the
 * bytes that are no digit in any base. */
static const unsigned char digit_value[256] = {
#define X 255
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, X, X, X, X, X, X,
    X, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, X, X, X, X, X,
    X, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
    25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
    X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X,
#undef X
};

/* The digits p[0..n) in base, as a magnitude at most limit.
 *
 * Rust reports the first fault from the left.  The running value only
 * grows, so when a non-digit turns up, a value already above limit means
 * an earlier digit overflowed (KL_ERANGE), else the non-digit is the first
 * fault (KL_EINVAL).  The value is kept exact in 64 bits until that
 * overflows, which is past every limit. */
static kl_err parse_digits(const unsigned char *p, size_t n, unsigned base, uint64_t limit,
                           uint64_t *mag)
{
    uint64_t v = 0;
    size_t i = 0;
    if (n == 0)
        return KL_EINVAL;
    if (base == 10) {
        /* 19 decimal digits always fit 64 bits: no overflow test. */
        size_t fast = n < 19 ? n : 19;
        for (; i < fast; i++) {
            unsigned d = (unsigned)p[i] - '0';
            if (d >= 10)
                return v > limit ? KL_ERANGE : KL_EINVAL;
            v = v * 10 + d;
        }
    }
    for (; i < n; i++) {
        unsigned d = digit_value[p[i]];
        if (d >= base)
            return v > limit ? KL_ERANGE : KL_EINVAL;
        if (__builtin_mul_overflow(v, (uint64_t)base, &v) || __builtin_add_overflow(v, d, &v))
            return KL_ERANGE;
    }
    if (v > limit)
        return KL_ERANGE;
    *mag = v;
    return KL_OK;
}

/* Sign, prefix (base 0) and digits of s: the magnitude (at most max_pos,
 * or max_pos + 1 after a '-') and whether a '-' came first.  signed_ty
 * says whether '-' is allowed. */
static kl_err parse_int(kl_str s, unsigned base, bool signed_ty, uint64_t max_pos,
                        bool *neg, uint64_t *mag, const char *fn)
{
    if (base == 1 || base > 36)
        kl_panic("%s: base %u is neither 0 nor within 2..36", fn, base);
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t n = s.len;
    *neg = false;
    if (n > 0 && (p[0] == '+' || (p[0] == '-' && signed_ty))) {
        *neg = p[0] == '-';
        p++, n--;
    }
    if (base == 0) {
        base = 10;
        if (n >= 2 && p[0] == '0') {
            switch (p[1] | 0x20) {
            case 'x': base = 16; break;
            case 'o': base = 8; break;
            case 'b': base = 2; break;
            default: break;
            }
            if (base != 10)
                p += 2, n -= 2;
        }
    }
    return parse_digits(p, n, base, max_pos + (*neg ? 1 : 0), mag);
}

/* The signed value of a magnitude at most -MIN (no overflow for INT64_MIN). */
static int64_t apply_sign(bool neg, uint64_t mag)
{
    if (!neg)
        return (int64_t)mag;
    return mag == 0 ? 0 : -(int64_t)(mag - 1) - 1;
}

#define KL__PARSE_SIGNED(S, T, MAX)                                            \
    kl_err kl_parse_##S(kl_str s, unsigned base, T *out)                       \
    {                                                                          \
        bool neg;                                                              \
        uint64_t mag;                                                          \
        kl_err e = parse_int(s, base, true, (MAX), &neg, &mag, "kl_parse_" #S); \
        if (e == KL_OK)                                                        \
            *out = (T)apply_sign(neg, mag);                                    \
        return e;                                                              \
    }

#define KL__PARSE_UNSIGNED(S, T, MAX)                                          \
    kl_err kl_parse_##S(kl_str s, unsigned base, T *out)                       \
    {                                                                          \
        bool neg;                                                              \
        uint64_t mag;                                                          \
        kl_err e = parse_int(s, base, false, (MAX), &neg, &mag, "kl_parse_" #S); \
        if (e == KL_OK)                                                        \
            *out = (T)mag;                                                     \
        return e;                                                              \
    }

KL__PARSE_SIGNED(i8, int8_t, INT8_MAX)
KL__PARSE_SIGNED(i16, int16_t, INT16_MAX)
KL__PARSE_SIGNED(i32, int32_t, INT32_MAX)
KL__PARSE_SIGNED(i64, int64_t, INT64_MAX)
KL__PARSE_UNSIGNED(u8, uint8_t, UINT8_MAX)
KL__PARSE_UNSIGNED(u16, uint16_t, UINT16_MAX)
KL__PARSE_UNSIGNED(u32, uint32_t, UINT32_MAX)
KL__PARSE_UNSIGNED(u64, uint64_t, UINT64_MAX)
KL__PARSE_UNSIGNED(usize, size_t, SIZE_MAX)
