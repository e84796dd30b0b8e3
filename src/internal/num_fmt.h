/* src/internal/num_fmt.h -- division of a u64 by 10^8 without a 64-bit
 * divide instruction, for decimal formatting on 32-bit targets.  Private:
 * never installed.  An inline function here rather than in num_fmt.c so
 * tests/bare/num.c can check it on every target, 64-bit hosts included
 * (where num_fmt.c lets the compiler divide). */
#ifndef KEEL_INTERNAL_NUM_FMT_H
#define KEEL_INTERNAL_NUM_FMT_H

#include <stdint.h>

/* kl__div_1e8: v / 100000000 for every u64 v, by multiplication with a
 * reciprocal (Granlund and Montgomery, "Division by invariant integers
 * using multiplication", PLDI 1994): 10^8 = 2^8 * 5^8, so
 * v / 10^8 = (v >> 8) / 390625, and for x < 2^56
 * x / 390625 = floor(x * m / 2^74) with m = ceil(2^74 / 390625)
 * = 0xabcc77118461cf, because m * 390625 - 2^74 = 4591 <= 2^(74-56).
 * The 56x56-bit product's high half is built from four 32x32->64
 * multiplications, which a Cortex-M3 has (umull), where a 64-bit division
 * would call libgcc's 700-byte __udivmoddi4. */
static inline uint64_t kl__div_1e8(uint64_t v)
{
    const uint64_t m = UINT64_C(0xabcc77118461cf);
    uint64_t x = v >> 8;
    uint64_t xl = (uint32_t)x, xh = x >> 32, ml = (uint32_t)m, mh = m >> 32;
    uint64_t ll = xl * ml, lh = xl * mh, hl = xh * ml, hh = xh * mh;
    /* (x * m) >> 64, carries included. */
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    uint64_t high = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return high >> 10;
}

#endif /* KEEL_INTERNAL_NUM_FMT_H */
