// bench/anchor_fast_float.cc -- fast_float's from_chars behind a C
// function (bench/anchors.h).  Built only where configure found a C++
// compiler and libfast-float-dev (header-only).
#include <limits>

#include <fast_float/fast_float.h>

#include "anchors.h"

extern "C" {

const char *const kl_bench_fast_float_missing = nullptr;

double kl_bench_fast_float_parse(const char *s, size_t len)
{
    double v;
    fast_float::from_chars_result r = fast_float::from_chars(s, s + len, v);
    if (r.ec != std::errc() || r.ptr != s + len)
        return std::numeric_limits<double>::quiet_NaN();
    return v;
}

} // extern "C"
