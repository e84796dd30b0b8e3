/* bench/anchor_fmt_none.c -- bench/anchors.h's {fmt} functions where
 * configure found no C++ compiler or no libfmt-dev: benchmarks see
 * kl_bench_fmt_missing and skip the anchor; the functions are never
 * called. */
#include <stdlib.h>

#include "anchors.h"

const char *const kl_bench_fmt_missing =
    "{fmt} anchor not built (configure found no C++ compiler or no libfmt-dev)";

uint64_t kl_bench_fmt_format_int_sum(uint64_t v)
{
    (void)v;
    abort();
}

size_t kl_bench_fmt_format_int(char *buf, uint64_t v)
{
    (void)buf;
    (void)v;
    abort();
}

size_t kl_bench_fmt_shortest(char *buf, double v)
{
    (void)buf;
    (void)v;
    abort();
}
