/* kl__float_bits: what kl_parse_f64 and kl_parse_f32 share after the
 * syntax and Clinger's fast path -- Eisel-Lemire, then the exact slow
 * path -- and the two formats. */
#include "internal/decimal.h"
#include "internal/float_parse.h"

/* Ties between floats need the exact midpoint w * 10^q (w < 2^64) to have
 * mbits + 2 significant bits: 5^-q must divide w with a quotient of at
 * least 2^(mbits+1) (so 5^-q < 2^(63 - mbits)), or 5^q must divide the
 * midpoint's odd part (5^q < 2^(mbits + 2)). */
const kl__float_format kl__f64_format = { 52, 1023, -342, 308, -4, 23 };
const kl__float_format kl__f32_format = { 23, 127, -65, 38, -17, 10 };

/* Out of line, so that the common path does not reserve the big decimal's
 * stack. */
__attribute__((noinline)) static uint64_t slow_path(const kl__float_text *t,
                                                    const kl__float_format *f)
{
    kl__decimal d;
    kl__decimal_from_text(&d, t);
    return kl__decimal_to_bits(&d, f);
}

uint64_t kl__float_bits(const kl__float_text *t, const kl__float_format *f)
{
    const int mbits = f->mantissa_bits;
    const uint64_t sign = (uint64_t)t->negative << (mbits + (mbits == 52 ? 11 : 8));
    const uint64_t inf = (uint64_t)(2 * f->bias + 1) << mbits;
    uint64_t bits;
    if (t->kind == KL__FLOAT_INF)
        return sign | inf;
    if (t->kind == KL__FLOAT_NAN)
        return sign | inf | (UINT64_C(1) << (mbits - 1)); /* quiet NaN */
    if (!kl__eisel_lemire(t->w, t->q, f, &bits))
        goto slow;
    if (t->truncated) {
        /* The value lies in (w, w+1) * 10^q: if both ends round alike, so
         * does the value (rounding is monotonic). w + 1 <= 10^19 fits. */
        uint64_t above;
        if (!kl__eisel_lemire(t->w + 1, t->q, f, &above) || above != bits)
            goto slow;
    }
    return sign | bits;
slow:
    return sign | slow_path(t, f);
}
