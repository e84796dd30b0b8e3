/* bench/anchor_std_sort_none.c -- bench/anchors.h's std::sort function
 * where configure found no C++ compiler: bench/sort.c sees
 * kl_bench_std_sort_missing and skips the anchor; the function is never
 * called. */
#include <stdlib.h>

#include "anchors.h"

const char *const kl_bench_std_sort_missing =
    "std::sort anchor not built (configure found no C++ compiler)";

void kl_bench_std_sort_u64(uint64_t *v, size_t n)
{
    (void)v;
    (void)n;
    abort();
}
