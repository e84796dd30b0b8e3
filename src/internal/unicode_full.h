/* src/internal/unicode_full.h -- the search over a full case mapping's
 * exceptions (src/internal/unicode_data_*_full.h): n entries of four
 * uint16_t, the code point and then its mapping padded with zeros, sorted
 * by code point. */
#ifndef KEEL_INTERNAL_UNICODE_FULL_H
#define KEEL_INTERNAL_UNICODE_FULL_H

#include <stddef.h>
#include <stdint.h>

/* kl__unicode_full_search: if c is in the table, store its mapping in out
 * and return its length (1-3); else return 0. */
static inline size_t kl__unicode_full_search(const uint16_t *table, uint32_t n,
                                             uint32_t c, uint32_t out[3])
{
    uint32_t lo = 0, hi = n;
    if (c < table[0] || c > table[4 * (n - 1)])
        hi = 0;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        const uint16_t *e = table + 4 * mid;
        if (e[0] == c) {
            size_t len = 0;
            while (len < 3 && e[1 + len] != 0) {
                out[len] = e[1 + len];
                len++;
            }
            return len;
        }
        if (e[0] < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

#endif /* KEEL_INTERNAL_UNICODE_FULL_H */
