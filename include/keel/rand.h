/* keel/rand.h -- a seedable pseudorandom number generator.  Layer: bare.
 *
 * kl_rand is xoshiro256** (David Blackman and Sebastiano Vigna,
 * "Scrambled linear pseudorandom number generators", ACM TOMS 2021):
 * 256 bits of state, period 2^256 - 1, fast, and passing the usual
 * statistical batteries.  It is NOT cryptographically secure.  Seeding is
 * explicit: kl_rand_seed expands a 64-bit seed into the state with
 * SplitMix64 (Steele, Lea & Flood, 2014), as the xoshiro authors
 * recommend; the hosted profile will add seeding from the OS.  The same
 * seed gives the same sequence on every platform.
 */
#ifndef KEEL_RAND_H
#define KEEL_RAND_H

#include <keel/base.h>

/* kl_rand: a generator's state.  Any value but all zeros is a valid
 * state; kl_rand_seed never makes that one. */
typedef struct kl_rand {
    uint64_t s[4];
} kl_rand;

KL_BEGIN_DECLS

/* kl_splitmix64: advance *state by one step of SplitMix64 and return its
 * output (a 64-bit generator of its own, good for seeding). */
KL_API uint64_t kl_splitmix64(uint64_t *state);

/* kl_rand_seed: set r to the state SplitMix64 gives from seed. */
KL_API void kl_rand_seed(kl_rand *r, uint64_t seed);

/* kl_rand_u64: the next 64 random bits. */
KL_INLINE uint64_t kl_rand_u64(kl_rand *r)
{
    uint64_t *s = r->s;
    uint64_t x = s[1] * 5;
    uint64_t result = ((x << 7) | (x >> 57)) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = (s[3] << 45) | (s[3] >> 19);
    return result;
}

/* kl_rand_u32: the next 32 random bits (the high half of kl_rand_u64). */
KL_INLINE uint32_t kl_rand_u32(kl_rand *r)
{
    return (uint32_t)(kl_rand_u64(r) >> 32);
}

/* kl_rand_below: a uniformly distributed integer in [0, bound), without
 * bias (Lemire, "Fast Random Integer Generation in an Interval", ACM
 * TOMACS 2019).  Panics if bound is 0. */
KL_API uint64_t kl_rand_below(kl_rand *r, uint64_t bound);

/* kl_rand_range: a uniformly distributed integer in [lo, hi] (both
 * included; the full int64_t range is allowed).  Panics if lo > hi. */
KL_API int64_t kl_rand_range(kl_rand *r, int64_t lo, int64_t hi);

/* kl_rand_double: a uniformly distributed double in [0, 1): 53 random
 * bits times 2^-53, so every multiple of 2^-53 in range is equally
 * likely. */
KL_API double kl_rand_double(kl_rand *r);

/* kl_rand_shuffle: put the n elements of size bytes at base into a
 * uniformly random order (Fisher-Yates, with kl_rand_below). */
KL_API void kl_rand_shuffle(kl_rand *r, void *base, size_t n, size_t size);

KL_END_DECLS

#endif /* KEEL_RAND_H */
