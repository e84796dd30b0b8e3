// bench/anchor_fmt.cc -- {fmt}'s integer and shortest float formatting
// behind C functions (bench/anchors.h).  Built only where configure found
// a C++ compiler and libfmt-dev.
#include <cstring>

#include <fmt/format.h>

#include "anchors.h"

extern "C" {

const char *const kl_bench_fmt_missing = nullptr;

uint64_t kl_bench_fmt_format_int_sum(uint64_t v)
{
    fmt::format_int f(v);
    return f.size() + static_cast<unsigned char>(f.data()[f.size() - 1]);
}

size_t kl_bench_fmt_format_int(char *buf, uint64_t v)
{
    fmt::format_int f(v);
    std::memcpy(buf, f.data(), f.size());
    return f.size();
}

size_t kl_bench_fmt_shortest(char *buf, double v)
{
    return static_cast<size_t>(fmt::format_to(buf, "{}", v) - buf);
}

} // extern "C"
