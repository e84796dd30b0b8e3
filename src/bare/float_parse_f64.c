/* kl_parse_f64: text to the nearest double.  The scanner, Clinger's fast
 * path and Eisel-Lemire are all inlined here, with the format's
 * constants; only more than 19 significant digits, "inf" and "nan" call
 * out. */
#include <float.h>

#include <keel/float.h>
#include "internal/float_parse.h"

static const kl__float_format f64_format = KL__F64_FORMAT;

/* The powers of ten that doubles hold exactly (5^22 < 2^53). */
static const double exact_pow10[23] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* Clinger's fast path (William D. Clinger, "How to Read Floating Point
 * Numbers Accurately", PLDI 1990): when w and 10^|q| are both exact
 * doubles, one correctly rounded multiplication or division is the
 * answer.  A q up to 22 + 15 still qualifies when w * 10^(q-22) is an
 * exact integer below 2^53.  Only where doubles are evaluated in double
 * precision (FLT_EVAL_METHOD 0; not x87). */
KL__ALWAYS_INLINE bool clinger(uint64_t w, int64_t q, double *out)
{
    if (FLT_EVAL_METHOD != 0 || w > UINT64_C(1) << 53)
        return false;
    if (KL_LIKELY(q >= -22 && q <= 22)) {
        double d = (double)w;
        *out = q < 0 ? d / exact_pow10[-q] : d * exact_pow10[q];
        return true;
    }
    if (q < 0 || q > 37)
        return false;
    for (; q > 22; q--) {
        w *= 10;
        if (w > UINT64_C(1) << 53)
            return false;
    }
    *out = (double)w * exact_pow10[22];
    return true;
}

kl_err kl_parse_f64(kl_str s, double *out)
{
    bool neg;
    uint64_t w, bits;
    int64_t q;
    kl__float_text t;
    switch (kl__float_scan(s, &neg, &w, &q, &t)) {
    case KL__SCAN_SHORT:
        break;
    case KL__SCAN_LONG:
        bits = kl__float_long(&t, &f64_format);
        goto done;
    case KL__SCAN_SPECIAL:
        if (kl__float_special(s, &f64_format, &bits) != KL_OK)
            return KL_EINVAL;
        goto done;
    default:
        return KL_EINVAL;
    }
    double d;
    if (clinger(w, q, &d)) {
        *out = neg ? -d : d;
        return KL_OK;
    }
    /* Exact: w < 2^64 always decides (see float_parse.h). */
    if (!kl__eisel_lemire(w, q, &f64_format, &bits))
        bits = kl__float_exact(w, q, &f64_format);
    bits |= (uint64_t)neg << 63;
done:
    __builtin_memcpy(out, &bits, sizeof *out);
    return KL_OK;
}
