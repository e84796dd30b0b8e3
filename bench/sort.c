/* bench/sort.c -- sorting 64-bit unsigned integers: the typed sort of
 * KL_SORT_DEFINE against Rust's slice::sort_unstable
 * (bench/anchor_rust_sort.rs, rustc -O, when configure found rustc), C++'s
 * std::sort (bench/anchor_std_sort.cc, when it found a C++ compiler) and
 * glibc's qsort; and kl_sort (type-erased, qsort's interface) against
 * qsort (at 10^6 only).  Random arrays of 1e6 and 1e7 elements, and sorted, reversed and
 * few-unique arrays of 1e6.  Each operation is one element of an
 * N-element sort (the times are per element; each sort starts from a
 * fresh copy of the input, and the copy is timed on both sides).  Every
 * side's output is checked equal to qsort's first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/slice.h>
#include "anchors.h"
#include "harness.h"

#if KL_BENCH_HAVE_RUST
void kl_bench_rust_sort_u64(uint64_t *p, size_t n);
#endif

typedef struct input {
    uint64_t *orig, *work;
    size_t n;
} input;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

#define U64_LESS(a, b) (*(a) < *(b))
KL_SORT_DEFINE(sort_u64, uint64_t, U64_LESS)

static void kl_sort_u64(uint64_t *v, size_t n)
{
    kl_sort(v, n, sizeof(uint64_t), cmp_u64);
}

static void qsort_u64(uint64_t *v, size_t n)
{
    qsort(v, n, sizeof(uint64_t), cmp_u64);
}

static uint64_t checksum(const uint64_t *v, size_t n)
{
    return v[0] ^ v[n / 2] ^ v[n - 1];
}

/* One function per sort: iters elements' worth of whole sorts. */
#define RUN(fname, sortfn)                                                     \
    static uint64_t fname(void *ctx, size_t iters)                             \
    {                                                                          \
        input *in = ctx;                                                       \
        uint64_t sum = 0;                                                      \
        for (size_t done = 0; done < iters; done += in->n) {                   \
            memcpy(in->work, in->orig, in->n * sizeof(uint64_t));              \
            sortfn(in->work, in->n);                                           \
            sum += checksum(in->work, in->n);                                  \
        }                                                                      \
        return sum;                                                            \
    }

RUN(run_typed, sort_u64)
RUN(run_kl_sort, kl_sort_u64)
RUN(run_qsort, qsort_u64)
RUN(run_std_sort, kl_bench_std_sort_u64)
#if KL_BENCH_HAVE_RUST
RUN(run_rust, kl_bench_rust_sort_u64)
#endif

static uint64_t rng = 0x853c49e6748fea9bu;

static uint64_t next(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Sort in->orig's copy with run, compare with check. */
static int same(input *in, kl_bench_fn run, const uint64_t *check, const char *who,
                const char *what)
{
    run(in, in->n);
    if (memcmp(check, in->work, in->n * sizeof(uint64_t)) != 0) {
        fprintf(stderr, "sort: %s differs from qsort (%s)\n", who, what);
        return 0;
    }
    return 1;
}

int main(void)
{
    static const struct {
        const char *name;
        size_t n;
        int pattern; /* 0 random, 1 sorted, 2 reversed, 3 few-unique */
        int rounds;
    } cases[] = {
        { "random 1e6", 1000000, 0, 5 },   { "random 1e7", 10000000, 0, 3 },
        { "sorted 1e6", 1000000, 1, 5 },   { "reversed 1e6", 1000000, 2, 5 },
        { "few-unique 1e6", 1000000, 3, 5 },
    };
    enum { NMAX = 10000000 };
    input in = { malloc(NMAX * sizeof(uint64_t)), malloc(NMAX * sizeof(uint64_t)), 0 };
    uint64_t *check = malloc(NMAX * sizeof(uint64_t));
    if (in.orig == NULL || in.work == NULL || check == NULL)
        return 1;
    kl_bench_header();
#if !KL_BENCH_HAVE_RUST
    printf("(Rust anchor not built: configure found no rustc)\n");
#endif
    if (kl_bench_std_sort_missing != NULL)
        printf("(%s)\n", kl_bench_std_sort_missing);
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t n = cases[k].n;
        int p = cases[k].pattern;
        in.n = n;
        for (size_t i = 0; i < n; i++)
            in.orig[i] = p == 0 ? next() : p == 1 ? i : p == 2 ? n - i : next() % 8;
        memcpy(check, in.orig, n * sizeof(uint64_t));
        qsort(check, n, sizeof(uint64_t), cmp_u64);
        const char *what = cases[k].name;
        if (!same(&in, run_kl_sort, check, "kl_sort", what) ||
            !same(&in, run_typed, check, "typed sort", what))
            return 1;
        int rounds = cases[k].rounds;
        char name[80];
        snprintf(name, sizeof name, "typed sort u64 %s /elem", what);
#if KL_BENCH_HAVE_RUST
        if (!same(&in, run_rust, check, "Rust sort_unstable", what))
            return 1;
        kl_bench_case c0 = { name, "Rust sort_unstable", run_typed, run_rust, &in, n, rounds };
        kl_bench_run(&c0);
#endif
        if (p == 0 && kl_bench_std_sort_missing == NULL) {
            if (!same(&in, run_std_sort, check, "std::sort", what))
                return 1;
            kl_bench_case c1 = { name, "C++ std::sort", run_typed, run_std_sort, &in, n, rounds };
            kl_bench_run(&c1);
        }
        kl_bench_case c2 = { name, "glibc qsort", run_typed, run_qsort, &in, n, rounds };
        kl_bench_run(&c2);
        if (n > 1000000)
            continue; /* kl_sort against qsort: 10^6 tells as much */
        snprintf(name, sizeof name, "kl_sort u64 %s /elem", what);
        kl_bench_case c3 = { name, "glibc qsort", run_kl_sort, run_qsort, &in, n, rounds };
        kl_bench_run(&c3);
    }
    free(in.orig);
    free(in.work);
    free(check);
    return 0;
}
