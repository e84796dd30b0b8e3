/* bench/anchor_absl_hashmap_none.c -- bench/anchor_absl_hashmap.h's
 * functions where configure found no C++ compiler or no libabsl-dev:
 * bench/hashmap sees kl_bench_absl_missing and skips the anchor; the
 * functions are never called. */
#include <stdlib.h>

#include "anchor_absl_hashmap.h"

const char *const kl_bench_absl_missing =
    "abseil anchor not built (configure found no C++ compiler or no libabsl-dev)";

void *kl_bench_absl_map_new(void)
{
    abort();
}

void kl_bench_absl_map_free(void *m)
{
    (void)m;
    abort();
}

void kl_bench_absl_map_fill(void *m, const uint64_t *keys, size_t n)
{
    (void)m, (void)keys, (void)n;
    abort();
}

uint64_t kl_bench_absl_map_insert(const uint64_t *keys, size_t n, size_t reps)
{
    (void)keys, (void)n, (void)reps;
    abort();
}

uint64_t kl_bench_absl_map_lookup(const void *m, const uint64_t *keys, size_t n, size_t reps)
{
    (void)m, (void)keys, (void)n, (void)reps;
    abort();
}

uint64_t kl_bench_absl_map_remove(void *m, const uint64_t *keys, size_t n, size_t reps)
{
    (void)m, (void)keys, (void)n, (void)reps;
    abort();
}
