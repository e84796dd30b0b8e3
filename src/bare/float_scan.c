/* The float scanner's uncommon cases, out of line: "inf", "infinity" and
 * "nan" (any case, optional sign), and long runs of digits.  The syntax
 * of numbers is kl__float_scan's, inline in src/internal/float_parse.h. */
#include "internal/float_parse.h"

const char *kl__float_scan_digits(const char *p, const char *end, const char *base,
                                  uint64_t *w, bool *skipped)
{
    return kl__scan_digits(p, end, base, w, skipped);
}

const char *kl__float_skip_digits(const char *p, const char *end)
{
    while (end - p >= 8 && kl__nondigits8(kl__load64le(p)) == 0)
        p += 8;
    while (p != end && (unsigned)(unsigned char)*p - '0' < 10u)
        p++;
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

kl_err kl__float_special(kl_str s, const kl__float_format *f, uint64_t *bits)
{
    const char *p = s.ptr, *end = s.ptr + s.len;
    bool neg = p != end && *p == '-';
    if (p != end && (*p == '-' || *p == '+'))
        p++;
    size_t len = (size_t)(end - p);
    const int mbits = f->mantissa_bits;
    const uint64_t sign = (uint64_t)neg << (mbits + (mbits == 52 ? 11 : 8));
    const uint64_t inf = (uint64_t)(2 * f->bias + 1) << mbits;
    if (match_word(p, len, "inf") || match_word(p, len, "infinity"))
        *bits = sign | inf;
    else if (match_word(p, len, "nan"))
        *bits = sign | inf | (UINT64_C(1) << (mbits - 1)); /* quiet NaN */
    else
        return KL_EINVAL;
    return KL_OK;
}
