/* kl_parse_f64: text to the nearest double. */
#include <float.h>

#include <keel/float.h>
#include "internal/float_parse.h"

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
static bool clinger(const kl__float_text *t, double *out)
{
    uint64_t w = t->w;
    int64_t q = t->q;
    if (FLT_EVAL_METHOD != 0 || t->truncated || w > UINT64_C(1) << 53 || q < -22 || q > 37)
        return false;
    if (q > 22) {
        for (; q > 22; q--) {
            w *= 10;
            if (w > UINT64_C(1) << 53)
                return false;
        }
    }
    double d = (double)w;
    d = q < 0 ? d / exact_pow10[-q] : d * exact_pow10[q];
    *out = t->negative ? -d : d;
    return true;
}

kl_err kl_parse_f64(kl_str s, double *out)
{
    kl__float_text t;
    kl_err err = kl__float_scan(s, &t);
    if (err != KL_OK)
        return err;
    if (t.kind == KL__FLOAT_NUMBER && clinger(&t, out))
        return KL_OK;
    uint64_t bits = kl__float_bits(&t, &kl__f64_format);
    __builtin_memcpy(out, &bits, sizeof *out);
    return KL_OK;
}
