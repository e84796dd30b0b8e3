/* bench/anchor_fast_float_none.c -- bench/anchors.h's fast_float function
 * where configure found no C++ compiler or no libfast-float-dev:
 * benchmarks see kl_bench_fast_float_missing and skip the anchor; the
 * function is never called. */
#include <stdlib.h>

#include "anchors.h"

const char *const kl_bench_fast_float_missing =
    "fast_float anchor not built (configure found no C++ compiler or no libfast-float-dev)";

double kl_bench_fast_float_parse(const char *s, size_t len)
{
    (void)s;
    (void)len;
    abort();
}
