/* src/internal/siphash.h -- the SipRound and key setup, shared by the
 * one-shot and the streaming SipHash.  Private: never installed. */
#ifndef KEEL_INTERNAL_SIPHASH_H
#define KEEL_INTERNAL_SIPHASH_H

#include <keel/base.h>
#include "internal/mul128.h"

KL_INLINE uint64_t kl__rotl64(uint64_t x, unsigned b)
{
    return (x << b) | (x >> (64 - b));
}

/* kl__sipround: one SipRound (the paper, section 2, figure 2.1). */
KL_INLINE void kl__sipround(uint64_t v[4])
{
    v[0] += v[1];
    v[1] = kl__rotl64(v[1], 13);
    v[1] ^= v[0];
    v[0] = kl__rotl64(v[0], 32);
    v[2] += v[3];
    v[3] = kl__rotl64(v[3], 16);
    v[3] ^= v[2];
    v[0] += v[3];
    v[3] = kl__rotl64(v[3], 21);
    v[3] ^= v[0];
    v[2] += v[1];
    v[1] = kl__rotl64(v[1], 17);
    v[1] ^= v[2];
    v[2] = kl__rotl64(v[2], 32);
}

/* kl__sip_init: the initial state: the key's words XORed with the ASCII
 * of "somepseudorandomlygeneratedbytes". */
KL_INLINE void kl__sip_init(uint64_t v[4], const uint8_t key[16])
{
    uint64_t k0 = kl__load64le(key), k1 = kl__load64le(key + 8);
    v[0] = k0 ^ UINT64_C(0x736f6d6570736575);
    v[1] = k1 ^ UINT64_C(0x646f72616e646f6d);
    v[2] = k0 ^ UINT64_C(0x6c7967656e657261);
    v[3] = k1 ^ UINT64_C(0x7465646279746573);
}

/* kl__sip_compress: absorb the word m with c rounds. */
KL_INLINE void kl__sip_compress(uint64_t v[4], uint64_t m, unsigned c)
{
    v[3] ^= m;
    for (unsigned i = 0; i < c; i++)
        kl__sipround(v);
    v[0] ^= m;
}

/* kl__sip_final: absorb the last word b (the tail bytes and the length
 * mod 256 in the top byte), finalize with d rounds, return the hash. */
KL_INLINE uint64_t kl__sip_final(uint64_t v[4], uint64_t b, unsigned c, unsigned d)
{
    kl__sip_compress(v, b, c);
    v[2] ^= 0xff;
    for (unsigned i = 0; i < d; i++)
        kl__sipround(v);
    return v[0] ^ v[1] ^ v[2] ^ v[3];
}

#endif /* KEEL_INTERNAL_SIPHASH_H */
