/* kl_siphash24_init, kl_siphash13_init, kl_siphash_update,
 * kl_siphash_finish: SipHash over a message that arrives in pieces. */
#include <keel/hash.h>
#include "internal/siphash.h"
#include "internal/target.h"

/* init: c is 2 for SipHash-2-4, 1 for SipHash-1-3 (whose finalization
 * rounds follow from it: 4 or 3). */
static void init(kl_siphash *h, const uint8_t key[16], uint8_t c)
{
    kl__sip_init(h->v, key);
    h->tail = 0;
    h->len = 0;
    h->crounds = c;
}

void kl_siphash24_init(kl_siphash *h, const uint8_t key[16])
{
    init(h, key, 2);
}

void kl_siphash13_init(kl_siphash *h, const uint8_t key[16])
{
    init(h, key, 1);
}

/* absorb: the whole words of the n bytes at p into v, with c rounds each;
 * returns the bytes absorbed.  Inlined twice with a constant c, so the
 * rounds unroll and v stays in registers for the long loop. */
KL__ALWAYS_INLINE size_t absorb(uint64_t v[4], const unsigned char *p, size_t n, unsigned c)
{
    uint64_t w[4] = { v[0], v[1], v[2], v[3] };
    size_t done = 0;
    for (; n - done >= 8; done += 8)
        kl__sip_compress(w, kl__load64le(p + done), c);
    v[0] = w[0], v[1] = w[1], v[2] = w[2], v[3] = w[3];
    return done;
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
    if (len >= 8) {
        size_t done = h->crounds == 1 ? absorb(h->v, p, len, 1) : absorb(h->v, p, len, 2);
        p += done;
        len -= done;
    }
    for (unsigned i = 0; i < len; i++)
        h->tail |= (uint64_t)p[i] << (8 * i);
}

uint64_t kl_siphash_finish(const kl_siphash *h)
{
    uint64_t v[4] = { h->v[0], h->v[1], h->v[2], h->v[3] };
    uint64_t b = h->tail | h->len << 56;
    /* Constant rounds: the two variants the init functions make. */
    return h->crounds == 1 ? kl__sip_final(v, b, 1, 3) : kl__sip_final(v, b, 2, 4);
}
