/* kl_parse_f32: text to the nearest float, rounded once, from the
 * decimal.  Inlined as kl_parse_f64 is (see float_parse_f64.c). */
#include <float.h>

#include <keel/float.h>
#include "internal/float_parse.h"

static const kl__float_format f32_format = KL__F32_FORMAT;

/* The powers of ten that floats hold exactly (5^10 < 2^24). */
static const float exact_pow10[11] = {
    1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f,
};

/* Clinger's fast path in single precision (see float_parse_f64.c). */
KL__ALWAYS_INLINE bool clinger(uint64_t w, int64_t q, float *out)
{
    if (FLT_EVAL_METHOD != 0 || w > UINT64_C(1) << 24)
        return false;
    if (KL_LIKELY(q >= -10 && q <= 10)) {
        float f = (float)w;
        *out = q < 0 ? f / exact_pow10[-q] : f * exact_pow10[q];
        return true;
    }
    if (q < 0 || q > 17)
        return false;
    for (; q > 10; q--) {
        w *= 10;
        if (w > UINT64_C(1) << 24)
            return false;
    }
    *out = (float)w * exact_pow10[10];
    return true;
}

kl_err kl_parse_f32(kl_str s, float *out)
{
    bool neg;
    uint64_t w, bits;
    int64_t q;
    kl__float_text t;
    switch (kl__float_scan(s, &neg, &w, &q, &t)) {
    case KL__SCAN_SHORT:
        break;
    case KL__SCAN_LONG:
        bits = kl__float_long(&t, &f32_format);
        goto done;
    case KL__SCAN_SPECIAL:
        if (kl__float_special(s, &f32_format, &bits) != KL_OK)
            return KL_EINVAL;
        goto done;
    default:
        return KL_EINVAL;
    }
    float f;
    if (clinger(w, q, &f)) {
        *out = neg ? -f : f;
        return KL_OK;
    }
    /* Exact: w < 2^64 always decides (see float_parse.h). */
    if (!kl__eisel_lemire(w, q, &f32_format, &bits))
        bits = kl__float_exact(w, q, &f32_format);
    bits |= (uint64_t)neg << 31;
done:;
    uint32_t b32 = (uint32_t)bits;
    __builtin_memcpy(out, &b32, sizeof *out);
    return KL_OK;
}
