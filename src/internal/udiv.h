/* src/internal/udiv.h -- u64 division by the constants number formatting
 * divides by (10, 10^8, 10^9), without a 64-bit divide.  Private: never
 * installed.
 *
 * On a 32-bit target (Cortex-M) a 64-bit `/` calls libgcc's
 * __aeabi_uldivmod, 700 bytes and slow; these multiply by a reciprocal
 * instead (Granlund and Montgomery, "Division by invariant integers using
 * multiplication", PLDI 1994), with the 64x64-bit product's high half
 * from kl__mul128 (src/internal/mul128.h: four 32x32->64 multiplications,
 * which a Cortex-M3 has as umull).  On a 64-bit target the compiler does the same with one
 * multiplication, so there plain `/` is used.  The kl__div_*_mul forms
 * always multiply, so tests/bare/num.c checks them on every host. */
#ifndef KEEL_INTERNAL_UDIV_H
#define KEEL_INTERNAL_UDIV_H

#include <stdint.h>

#include "internal/mul128.h"

/* KL__WIDE: 64-bit arithmetic is native (a constant the compiler folds). */
#define KL__WIDE (sizeof(void *) >= 8)

/* kl__umulh: the high 64 bits of the 128-bit product a * b. */
static inline uint64_t kl__umulh(uint64_t a, uint64_t b)
{
    uint64_t hi;
    (void)kl__mul128(a, b, &hi);
    return hi;
}

/* v / 10 = floor(v * m / 2^67), m = ceil(2^67 / 10) = 0xcccccccccccccccd:
 * m * 5 - 2^66 = 1, small enough for every v < 2^64. */
static inline uint64_t kl__div_10_mul(uint64_t v)
{
    return kl__umulh(v, UINT64_C(0xcccccccccccccccd)) >> 3;
}

/* v / 10^8: 10^8 = 2^8 * 5^8, and for x = v >> 8 < 2^56,
 * x / 5^8 = floor(x * m / 2^74) with m = ceil(2^74 / 5^8) =
 * 0xabcc77118461cf, because m * 5^8 - 2^74 = 4591 <= 2^(74-56). */
static inline uint64_t kl__div_1e8_mul(uint64_t v)
{
    return kl__umulh(v >> 8, UINT64_C(0xabcc77118461cf)) >> 10;
}

/* v / 10^9: 10^9 = 2^9 * 5^9, and for x = v >> 9 < 2^55,
 * x / 5^9 = floor(x * m / 2^75) with m = ceil(2^75 / 5^9) =
 * 0x44b82fa09b5a53, because m * 5^9 - 2^75 = 399807 <= 2^(75-55). */
static inline uint64_t kl__div_1e9_mul(uint64_t v)
{
    return kl__umulh(v >> 9, UINT64_C(0x44b82fa09b5a53)) >> 11;
}

static inline uint64_t kl__div_10(uint64_t v)
{
    return KL__WIDE ? v / 10 : kl__div_10_mul(v);
}

static inline uint64_t kl__div_1e8(uint64_t v)
{
    return KL__WIDE ? v / 100000000 : kl__div_1e8_mul(v);
}

static inline uint64_t kl__div_1e9(uint64_t v)
{
    return KL__WIDE ? v / 1000000000 : kl__div_1e9_mul(v);
}

#endif /* KEEL_INTERNAL_UDIV_H */
