/* kl__eisel_lemire: w * 10^q to the nearest float with one or two 64x64-bit
 * products.
 *
 * Daniel Lemire, "Number Parsing at a Gigabyte per Second", Software:
 * Practice and Experience 51(8), 2021 (after an idea of Michael Eisel),
 * with the result of Noble Mushtak and Daniel Lemire, "Fast Number
 * Parsing Without Fallback", Software: Practice and Experience 53(6),
 * 2023: with the tables of build-aux/gen-pow5.py the 128-bit product
 * always decides the rounding of an exact w < 2^64.  The check of the
 * 2021 paper for an undecided product is kept: it costs one predictable
 * branch and would send such a case to the exact slow path. */
#include "internal/float_parse.h"

/* floor(log2(10^q)), for |q| <= 1700 (build-aux/gen-pow5.py checks the
 * range the parser uses). */
static inline int32_t floor_log2_pow10(int32_t q)
{
    return (q * 217706) >> 16;
}

bool kl__eisel_lemire(uint64_t w, int64_t q, const kl__float_format *f, uint64_t *bits)
{
    const int mbits = f->mantissa_bits;
    const int32_t max_biased = 2 * f->bias + 1; /* inf's exponent field */
    if (w == 0 || q < f->min_q) {
        *bits = 0;
        return true;
    }
    if (q > f->max_q) {
        *bits = (uint64_t)max_biased << mbits;
        return true;
    }

    /* Normalise w to [2^63, 2^64) and multiply by the top half of 5^q's
     * table entry T (T ~ 5^q * 2^(127 - floor(log2 5^q))).  The 128-bit
     * product hi:lo approximates w * 10^q * 2^(lz - 1 - floor(log2 10^q))
     * from below or above by less than 2^64 units of lo. */
    int lz = __builtin_clzll(w);
    w <<= lz;
    const uint64_t *t = kl__pow5_128[q - KL__POW5_MIN_Q];
    uint64_t lo, hi = kl__mul64(w, t[0], &lo);

    /* hi keeps mbits + 3 bits beyond its leading one (one of them to
     * round with); if all the bits below those are ones, the error could
     * carry into them: add the product with T's low half. */
    const uint64_t below = UINT64_MAX >> (mbits + 3);
    if ((hi & below) == below) {
        uint64_t lo2, hi2 = kl__mul64(w, t[1], &lo2);
        (void)lo2;
        lo += hi2;
        hi += lo < hi2;
        if (KL_UNLIKELY(lo == UINT64_MAX && (hi & below) == below))
            return false;
    }

    /* hi has its leading one at bit 63 or 62; keep mbits + 2 bits. */
    int upper = (int)(hi >> 63);
    int shift = upper + 64 - mbits - 3;
    uint64_t m = hi >> shift;
    int32_t e = floor_log2_pow10((int32_t)q) + upper - lz + 63 + f->bias;

    if (e <= 0) {
        /* Subnormal: shift to the fixed exponent, then round half up (a
         * tie is impossible this far from 10^0: Lemire 2021, 6). */
        if (1 - e >= 64) {
            *bits = 0;
            return true;
        }
        m >>= 1 - e;
        m = (m + (m & 1)) >> 1;
        /* Rounding may have carried into the smallest normal. */
        e = m >> mbits != 0 ? 1 : 0;
        *bits = ((uint64_t)e << mbits) | (m & ((UINT64_C(1) << mbits) - 1));
        return true;
    }

    /* Ties: the value is exactly halfway only if every bit dropped from
     * the product is zero, which can happen only for small |q|. */
    if (lo <= 1 && q >= f->min_q_tie && q <= f->max_q_tie && (m & 3) == 1 &&
        (m << shift) == hi)
        m &= ~UINT64_C(1); /* halfway and even below: do not round up */
    m = (m + (m & 1)) >> 1;
    if (m >> (mbits + 1) != 0) {
        m >>= 1;
        e++;
    }
    if (e >= max_biased) {
        *bits = (uint64_t)max_biased << mbits;
        return true;
    }
    *bits = ((uint64_t)e << mbits) | (m & ((UINT64_C(1) << mbits) - 1));
    return true;
}
