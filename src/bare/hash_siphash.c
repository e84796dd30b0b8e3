/* kl_siphash24, kl_siphash13: one-shot SipHash (Aumasson & Bernstein,
 * 2012). */
#include <keel/hash.h>
#include "internal/siphash.h"

static inline uint64_t siphash(const void *data, size_t len, const uint8_t key[16],
                               unsigned c, unsigned d)
{
    const unsigned char *p = data;
    uint64_t v[4];
    kl__sip_init(v, key);
    size_t words = len / 8;
    for (size_t i = 0; i < words; i++, p += 8)
        kl__sip_compress(v, kl__load64le(p), c);
    uint64_t b = (uint64_t)len << 56;
    for (size_t i = 0; i < len % 8; i++)
        b |= (uint64_t)p[i] << (8 * i);
    return kl__sip_final(v, b, c, d);
}

uint64_t kl_siphash24(const void *data, size_t len, const uint8_t key[16])
{
    return siphash(data, len, key, 2, 4);
}

uint64_t kl_siphash13(const void *data, size_t len, const uint8_t key[16])
{
    return siphash(data, len, key, 1, 3);
}
