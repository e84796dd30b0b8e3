/* kl_binary_search, kl_partition_point: searches of sorted arrays. */
#include <keel/slice.h>

bool kl_binary_search(const void *base, size_t n, size_t size, const void *key,
                      int (*cmp)(const void *elem, const void *key), size_t *index)
{
    /* Invariant: v[0..lo) < key, v[hi..n) > key. */
    const char *v = base;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = cmp(v + mid * size, key);
        if (r < 0) {
            lo = mid + 1;
        } else if (r > 0) {
            hi = mid;
        } else {
            *index = mid;
            return true;
        }
    }
    *index = lo;
    return false;
}

size_t kl_partition_point(const void *base, size_t n, size_t size,
                          bool (*pred)(const void *elem, void *ctx), void *ctx)
{
    /* Invariant: pred holds on v[0..lo) and fails on v[hi..n). */
    const char *v = base;
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (pred(v + mid * size, ctx))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
