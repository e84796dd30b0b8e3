/* src/internal/mul128.h -- the full 128-bit product of two 64-bit
 * integers, and little-endian loads, for the hashes, the random number
 * generator, division by constants (udiv.h) and the float conversions
 * (float_fmt.h, float_parse.h).  Private: never installed.
 *
 * Targets whose compiler has a 128-bit integer type use it; others (the
 * Cortex-M3) use the portable schoolbook product of 32-bit halves, which
 * the tests check against the other on the host. */
#ifndef KEEL_INTERNAL_MUL128_H
#define KEEL_INTERNAL_MUL128_H

#include <keel/base.h>
#include "internal/target.h"

/* kl__mul128_portable: a * b; returns the low 64 bits and stores the high
 * 64 bits in *hi.  Only 32x32->64 multiplies. */
KL_INLINE uint64_t kl__mul128_portable(uint64_t a, uint64_t b, uint64_t *hi)
{
    uint64_t a_lo = (uint32_t)a, a_hi = a >> 32;
    uint64_t b_lo = (uint32_t)b, b_hi = b >> 32;
    uint64_t ll = a_lo * b_lo, lh = a_lo * b_hi, hl = a_hi * b_lo, hh = a_hi * b_hi;
    /* The middle column: three terms below 2^32, so no overflow. */
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    *hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return (mid << 32) | (uint32_t)ll;
}

/* kl__mul128: as kl__mul128_portable, by the fastest means at hand. */
KL_INLINE uint64_t kl__mul128(uint64_t a, uint64_t b, uint64_t *hi)
{
#if KL__TARGET_INT128
    __extension__ unsigned __int128 p = (unsigned __int128)a * b;
    *hi = (uint64_t)(p >> 64);
    return (uint64_t)p;
#else
    return kl__mul128_portable(a, b, hi);
#endif
}

/* kl__load64le, kl__load32le: the little-endian integer at p (any
 * alignment). */
KL_INLINE uint64_t kl__load64le(const void *p)
{
    uint64_t x;
    __builtin_memcpy(&x, p, 8);
#if KL__TARGET_BIG_ENDIAN
    x = __builtin_bswap64(x);
#endif
    return x;
}

KL_INLINE uint32_t kl__load32le(const void *p)
{
    uint32_t x;
    __builtin_memcpy(&x, p, 4);
#if KL__TARGET_BIG_ENDIAN
    x = __builtin_bswap32(x);
#endif
    return x;
}

#endif /* KEEL_INTERNAL_MUL128_H */
