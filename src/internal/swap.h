/* src/internal/swap.h -- exchanging runs of bytes, for the type-erased
 * array algorithms (slice.h, rand.h).  Private: never installed. */
#ifndef KEEL_INTERNAL_SWAP_H
#define KEEL_INTERNAL_SWAP_H

#include <keel/base.h>

/* kl__swap_bytes: exchange the n bytes at a and b (which do not overlap,
 * or are equal), eight at a time where it can. */
KL_INLINE void kl__swap_bytes(void *a, void *b, size_t n)
{
    unsigned char *p = a, *q = b;
    for (; n >= 8; n -= 8, p += 8, q += 8) {
        uint64_t x, y;
        __builtin_memcpy(&x, p, 8);
        __builtin_memcpy(&y, q, 8);
        __builtin_memcpy(p, &y, 8);
        __builtin_memcpy(q, &x, 8);
    }
    for (; n > 0; n--, p++, q++) {
        unsigned char t = *p;
        *p = *q;
        *q = t;
    }
}

#endif /* KEEL_INTERNAL_SWAP_H */
