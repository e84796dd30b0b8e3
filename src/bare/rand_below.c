/* kl_rand_below, kl_rand_range: unbiased bounded integers by Lemire's
 * multiply-and-reject method (ACM TOMACS 2019): the high word of
 * x * bound is uniform in [0, bound) once the products whose low word
 * falls below 2^64 mod bound are rejected.  The division computing that
 * threshold runs only when the low word is below bound, rarely. */
#include <keel/panic.h>
#include <keel/rand.h>
#include "internal/mul128.h"

uint64_t kl_rand_below(kl_rand *r, uint64_t bound)
{
    if (bound == 0)
        kl_panic("kl_rand_below: bound 0");
    uint64_t hi;
    uint64_t lo = kl__mul128(kl_rand_u64(r), bound, &hi);
    if (lo < bound) {
        uint64_t threshold = (0 - bound) % bound;
        while (lo < threshold)
            lo = kl__mul128(kl_rand_u64(r), bound, &hi);
    }
    return hi;
}

int64_t kl_rand_range(kl_rand *r, int64_t lo, int64_t hi)
{
    if (lo > hi)
        kl_panic("kl_rand_range: empty range [%lld, %lld]", (long long)lo, (long long)hi);
    uint64_t span = (uint64_t)hi - (uint64_t)lo + 1;
    uint64_t x = span == 0 ? kl_rand_u64(r) : kl_rand_below(r, span);
    /* Two's complement addition, without signed overflow. */
    uint64_t v = (uint64_t)lo + x;
    return v <= INT64_MAX ? (int64_t)v : -(int64_t)(UINT64_MAX - v) - 1;
}
