/* kl_parse_f32: text to the nearest float, rounded once, from the
 * decimal. */
#include <float.h>

#include <keel/float.h>
#include "internal/float_parse.h"

/* The powers of ten that floats hold exactly (5^10 < 2^24). */
static const float exact_pow10[11] = {
    1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f,
};

/* Clinger's fast path in single precision (see float_parse_f64.c). */
static bool clinger(const kl__float_text *t, float *out)
{
    uint64_t w = t->w;
    int64_t q = t->q;
    if (FLT_EVAL_METHOD != 0 || t->truncated || w > UINT64_C(1) << 24 || q < -10 || q > 17)
        return false;
    if (q > 10) {
        for (; q > 10; q--) {
            w *= 10;
            if (w > UINT64_C(1) << 24)
                return false;
        }
    }
    float f = (float)w;
    f = q < 0 ? f / exact_pow10[-q] : f * exact_pow10[q];
    *out = t->negative ? -f : f;
    return true;
}

kl_err kl_parse_f32(kl_str s, float *out)
{
    kl__float_text t;
    kl_err err = kl__float_scan(s, &t);
    if (err != KL_OK)
        return err;
    if (t.kind == KL__FLOAT_NUMBER && clinger(&t, out))
        return KL_OK;
    uint64_t bits = kl__float_bits(&t, &kl__f32_format);
    uint32_t b32 = (uint32_t)bits;
    __builtin_memcpy(out, &b32, sizeof *out);
    return KL_OK;
}
