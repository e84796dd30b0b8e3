/* kl_hash64: a fast non-cryptographic hash in the design of wyhash (Wang
 * Yi, 2019): 64x64->128 multiply-and-fold mixing.  keel's own code and
 * constants (the fractional parts of the square roots of 2, 3, 5 and 7,
 * as in SHA-512's initial values: about half their bits set, no
 * structure). */
#include <keel/hash.h>
#include "internal/mul128.h"

#define K0 UINT64_C(0x6a09e667f3bcc908)
#define K1 UINT64_C(0xbb67ae8584caa73b)
#define K2 UINT64_C(0x3c6ef372fe94f82b)
#define K3 UINT64_C(0xa54ff53a5f1d36f1)

/* mix: the 128-bit product of a and b, its halves XORed together. */
static inline uint64_t mix(uint64_t a, uint64_t b)
{
    uint64_t hi;
    uint64_t lo = kl__mul128(a, b, &hi);
    return lo ^ hi;
}

uint64_t kl_hash64(const void *data, size_t len, uint64_t seed)
{
    const unsigned char *p = data;
    uint64_t a, b;
    seed ^= mix(seed ^ K0, K1);
    if (len <= 16) {
        if (len >= 4) {
            /* Two (overlapping, for len < 8) 4-byte reads from each end. */
            size_t q = (len >> 3) << 2;
            a = (uint64_t)kl__load32le(p) << 32 | kl__load32le(p + q);
            b = (uint64_t)kl__load32le(p + len - 4) << 32 | kl__load32le(p + len - 4 - q);
        } else if (len > 0) {
            a = (uint64_t)p[0] << 16 | (uint64_t)p[len >> 1] << 8 | p[len - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        size_t i = len;
        if (i > 48) {
            /* Three independent lanes keep the multipliers busy. */
            uint64_t s1 = seed, s2 = seed;
            do {
                seed = mix(kl__load64le(p) ^ K1, kl__load64le(p + 8) ^ seed);
                s1 = mix(kl__load64le(p + 16) ^ K2, kl__load64le(p + 24) ^ s1);
                s2 = mix(kl__load64le(p + 32) ^ K3, kl__load64le(p + 40) ^ s2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= s1 ^ s2;
        }
        while (i > 16) {
            seed = mix(kl__load64le(p) ^ K1, kl__load64le(p + 8) ^ seed);
            p += 16;
            i -= 16;
        }
        /* The last 16 bytes of the input (overlapping what came before). */
        a = kl__load64le(p + i - 16);
        b = kl__load64le(p + i - 8);
    }
    uint64_t hi;
    a = kl__mul128(a ^ K1, b ^ seed, &hi);
    return mix(a ^ K0 ^ (uint64_t)len, hi ^ K1);
}
