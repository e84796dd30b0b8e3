/* kl__float_scan: the syntax of a float (keel/float.h), and its first 19
 * significant digits gathered into an integer. */
#include "internal/float_parse.h"

/* Exponents saturate here: no string that fits in memory has enough
 * digits to bring a number this far back into a float's range, and
 * int64_t arithmetic on it cannot overflow. */
#define EXP_LIMIT 100000000000000000 /* 1e17 */

static inline bool is_digit(char c)
{
    return (unsigned)(unsigned char)c - '0' < 10u;
}

/* Eight digits at a time (Daniel Lemire, "Number Parsing at a Gigabyte
 * per Second", 2021, section 3, after Wojciech Mula): the bytes at p as a
 * little-endian integer, a test that all eight are digits, and their
 * value with three multiplications. */
static inline uint64_t load8(const char *p)
{
    uint64_t v;
    __builtin_memcpy(&v, p, 8);
    return v;
}

static inline bool all_digits8(uint64_t v)
{
    return ((v & 0xf0f0f0f0f0f0f0f0u) |
            (((v + 0x0606060606060606u) & 0xf0f0f0f0f0f0f0f0u) >> 4)) == 0x3333333333333333u;
}

static inline uint32_t value8(uint64_t v)
{
    v -= 0x3030303030303030u;
    v = v * 10 + (v >> 8); /* pairs of digits, in every other byte */
    v = ((v & 0x000000ff000000ffu) * (100 + (UINT64_C(1000000) << 32)) +
         ((v >> 16) & 0x000000ff000000ffu) * (1 + (UINT64_C(10000) << 32))) >> 32;
    return (uint32_t)v;
}

/* Digits from p on into w; returns the end of the digits. */
static inline const char *scan_digits(const char *p, const char *end, uint64_t *w)
{
    uint64_t v = *w;
    if (__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__) {
        while (end - p >= 8 && all_digits8(load8(p))) {
            v = v * 100000000 + value8(load8(p));
            p += 8;
        }
    }
    while (p != end && is_digit(*p))
        v = v * 10 + (unsigned)(*p++ - '0');
    *w = v;
    return p;
}

/* The case-insensitive match of the len bytes at p with lower (lower
 * case letters). */
static bool match_word(const char *p, size_t len, const char *lower)
{
    for (size_t i = 0; i < len; i++)
        if (lower[i] == '\0' || (p[i] | 0x20) != lower[i])
            return false;
    return lower[len] == '\0';
}

static kl_err scan_special(const char *p, const char *end, kl__float_text *t)
{
    size_t len = (size_t)(end - p);
    if (match_word(p, len, "inf") || match_word(p, len, "infinity"))
        t->kind = KL__FLOAT_INF;
    else if (match_word(p, len, "nan"))
        t->kind = KL__FLOAT_NAN;
    else
        return KL_EINVAL;
    return KL_OK;
}

/* The i-th digit of the digit string (integer part, then fraction). */
static inline unsigned digit_at(const kl__float_text *t, size_t i)
{
    char c = i < t->int_len ? t->int_digits[i] : t->frac_digits[i - t->int_len];
    return (unsigned)(c - '0');
}

/* More than 19 digits: w takes the first 19 significant ones, q counts
 * the rest as powers of ten, truncated says whether any was nonzero. */
static void gather_long(kl__float_text *t)
{
    size_t n = t->int_len + t->frac_len, i = 0;
    while (i < n && digit_at(t, i) == 0)
        i++;
    uint64_t w = 0;
    size_t stop = n - i > 19 ? i + 19 : n;
    for (; i < stop; i++)
        w = w * 10 + digit_at(t, i);
    t->w = w;
    t->q = t->exp - (int64_t)t->frac_len + (int64_t)(n - stop);
    t->truncated = false;
    for (; i < n; i++) {
        if (digit_at(t, i) != 0) {
            t->truncated = true;
            break;
        }
    }
}

kl_err kl__float_scan(kl_str s, kl__float_text *t)
{
    const char *p = s.ptr, *end = s.ptr + s.len;
    if (p == end)
        return KL_EINVAL;
    t->negative = *p == '-';
    if (*p == '-' || *p == '+') {
        if (++p == end)
            return KL_EINVAL;
    }

    /* Digits before the point, then after it; w takes them all (it
     * wraps past 19 significant digits, and gather_long starts again).
     * Leading zeros are counted apart: they are not significant. */
    uint64_t w = 0;
    const char *start = p;
    while (p != end && *p == '0')
        p++;
    size_t zeros = (size_t)(p - start);
    p = scan_digits(p, end, &w);
    t->int_digits = start;
    t->int_len = (size_t)(p - start);
    t->frac_digits = p;
    t->frac_len = 0;
    if (p != end && *p == '.') {
        start = ++p;
        if (zeros == t->int_len) {
            while (p != end && *p == '0')
                p++;
            zeros += (size_t)(p - start);
        }
        p = scan_digits(p, end, &w);
        t->frac_digits = start;
        t->frac_len = (size_t)(p - start);
    } else if (t->int_len == 0) {
        return scan_special(p, end, t);
    }
    if (t->int_len + t->frac_len == 0)
        return KL_EINVAL;

    int64_t exp = 0;
    if (p != end && (*p | 0x20) == 'e') {
        bool neg = false;
        if (++p != end && (*p == '-' || *p == '+'))
            neg = *p++ == '-';
        if (p == end || !is_digit(*p))
            return KL_EINVAL;
        while (p != end && is_digit(*p)) {
            if (exp < EXP_LIMIT)
                exp = exp * 10 + (*p - '0');
            p++;
        }
        if (neg)
            exp = -exp;
    }
    if (p != end)
        return KL_EINVAL;

    t->kind = KL__FLOAT_NUMBER;
    t->exp = exp;
    if (KL_LIKELY(t->int_len + t->frac_len - zeros <= 19)) {
        t->w = w;
        t->q = exp - (int64_t)t->frac_len;
        t->truncated = false;
    } else {
        gather_long(t);
    }
    return KL_OK;
}
