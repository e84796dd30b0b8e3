/* kl_siphash24_init, kl_siphash13_init, kl_siphash_update,
 * kl_siphash_finish: SipHash over a message that arrives in pieces. */
#include <keel/hash.h>
#include "internal/siphash.h"

static void init(kl_siphash *h, const uint8_t key[16], uint8_t c, uint8_t d)
{
    kl__sip_init(h->v, key);
    h->tail = 0;
    h->len = 0;
    h->crounds = c;
    h->drounds = d;
}

void kl_siphash24_init(kl_siphash *h, const uint8_t key[16])
{
    init(h, key, 2, 4);
}

void kl_siphash13_init(kl_siphash *h, const uint8_t key[16])
{
    init(h, key, 1, 3);
}

void kl_siphash_update(kl_siphash *h, const void *data, size_t len)
{
    const unsigned char *p = data;
    unsigned have = (unsigned)(h->len % 8);
    h->len += len;
    /* Fill an unfinished word first. */
    if (have != 0) {
        for (; have < 8 && len > 0; have++, len--)
            h->tail |= (uint64_t)*p++ << (8 * have);
        if (have < 8)
            return;
        kl__sip_compress(h->v, h->tail, h->crounds);
        h->tail = 0;
    }
    for (; len >= 8; len -= 8, p += 8)
        kl__sip_compress(h->v, kl__load64le(p), h->crounds);
    for (unsigned i = 0; i < len; i++)
        h->tail |= (uint64_t)p[i] << (8 * i);
}

uint64_t kl_siphash_finish(const kl_siphash *h)
{
    uint64_t v[4] = { h->v[0], h->v[1], h->v[2], h->v[3] };
    return kl__sip_final(v, h->tail | h->len << 56, h->crounds, h->drounds);
}
