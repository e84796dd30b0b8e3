/* bench/anchors.h -- benchmark anchors written in C++, behind C functions.
 *
 * {fmt} (libfmt-dev) and fast_float (libfast-float-dev) are C++ libraries;
 * std::sort comes with the C++ compiler (bench/anchor_std_sort.cc, or
 * bench/anchor_std_sort_none.c without one).
 * bench/anchor_fmt.cc and bench/anchor_fast_float.cc wrap them in these
 * extern "C" functions; where configure found no C++ compiler or not the
 * package, bench/anchor_fmt_none.c and bench/anchor_fast_float_none.c
 * define the same names with a _missing string that says why, and the
 * benchmarks skip that anchor.  keel itself never needs C++. */
#ifndef KEEL_BENCH_ANCHORS_H
#define KEEL_BENCH_ANCHORS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* NULL if the {fmt} anchors are built, else why not. */
extern const char *const kl_bench_fmt_missing;

/* kl_bench_fmt_format_int_sum: fmt::format_int(v) as {fmt} means it to be
 * used (the digits stay in the object, nothing is copied); returns the
 * length plus the last digit, for the benchmark's checksum. */
uint64_t kl_bench_fmt_format_int_sum(uint64_t v);

/* kl_bench_fmt_format_int: fmt::format_int(v) copied to buf (at least 21
 * bytes, no NUL); returns the length.  For checking, not timing. */
size_t kl_bench_fmt_format_int(char *buf, uint64_t v);

/* kl_bench_fmt_shortest: fmt::format_to(buf, "{}", v), {fmt}'s shortest
 * round-trip formatting (buf: at least 32 bytes, no NUL); returns the
 * length. */
size_t kl_bench_fmt_shortest(char *buf, double v);

/* NULL if the fast_float anchor is built, else why not. */
extern const char *const kl_bench_fast_float_missing;

/* kl_bench_fast_float_parse: fast_float::from_chars over s[0..len);
 * returns the double, or a NaN if s is not a number. */
double kl_bench_fast_float_parse(const char *s, size_t len);

/* NULL if the std::sort anchor is built, else why not. */
extern const char *const kl_bench_std_sort_missing;

/* kl_bench_std_sort_u64: std::sort(v, v + n). */
void kl_bench_std_sort_u64(uint64_t *v, size_t n);

#ifdef __cplusplus
}
#endif

#endif /* KEEL_BENCH_ANCHORS_H */
