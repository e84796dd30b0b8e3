// bench/anchor_std_sort.cc -- C++'s std::sort on 64-bit unsigned integers
// behind a C function (bench/anchors.h), the C++ anchor of bench/sort.c.
// Built wherever configure found a C++ compiler (it needs no package).
#include <algorithm>

#include "anchors.h"

extern "C" {

const char *const kl_bench_std_sort_missing = nullptr;

void kl_bench_std_sort_u64(uint64_t *v, size_t n)
{
    std::sort(v, v + n);
}

} // extern "C"
