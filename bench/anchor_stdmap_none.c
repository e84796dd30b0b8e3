/* bench/anchor_stdmap_none.c -- bench/anchor_stdmap.h's functions where
 * configure found no C++ compiler: bench/btree sees
 * kl_bench_stdmap_missing and skips the anchor; the functions are never
 * called. */
#include <stdlib.h>

#include "anchor_stdmap.h"

const char *const kl_bench_stdmap_missing =
    "std::map anchor not built (configure found no C++ compiler)";

uint64_t kl_bench_stdmap_insert(const uint64_t *keys, size_t n, size_t reps)
{
    (void)keys, (void)n, (void)reps;
    abort();
}

uint64_t kl_bench_stdmap_insert_remove(const uint64_t *keys, const uint64_t *order, size_t n,
                                       size_t reps)
{
    (void)keys, (void)order, (void)n, (void)reps;
    abort();
}

void *kl_bench_stdmap_build(const uint64_t *keys, size_t n)
{
    (void)keys, (void)n;
    abort();
}

void kl_bench_stdmap_drop(void *m)
{
    (void)m;
    abort();
}

uint64_t kl_bench_stdmap_get(const void *m, const uint64_t *probe, size_t n, size_t iters)
{
    (void)m, (void)probe, (void)n, (void)iters;
    abort();
}

uint64_t kl_bench_stdmap_iter(const void *m, size_t reps)
{
    (void)m, (void)reps;
    abort();
}
