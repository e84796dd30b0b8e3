/* bench/vec.c -- growable vectors: keel's typed vector (KL_VEC_DEFINE)
 * against Rust's Vec<u64> (bench/anchor_rust_vec.rs, rustc -O), when
 * configure found rustc:
 *  - push: n u64 from empty into a fresh vector each time, no reserve
 *    (so growth and reallocation are part of it), n from 1e3 to 1e7;
 *  - sum: iterate over a vector of n u64 adding them up.
 * Both sides allocate through glibc malloc/realloc (keel's global
 * allocator is malloc-backed).  The time is per element; the ratio is
 * keel's time over Rust's (below 1: keel is faster). */
#include <stdio.h>
#include <stdlib.h>

#include <keel/vec.h>
#include "harness.h"

#if KL_BENCH_HAVE_RUST
uint64_t kl_bench_rust_vec_push(size_t n, size_t reps, uint64_t seed);
void *kl_bench_rust_vec_new(size_t n, uint64_t seed);
uint64_t kl_bench_rust_vec_sum(const void *v, size_t reps);
void kl_bench_rust_vec_free(void *v);
#endif

KL_VEC_DEFINE(u64_vec, uint64_t)

enum { SEED = 0x5eed };

typedef struct job {
    size_t n;
    u64_vec v;     /* for the sums */
    void *rust_v;  /* ditto, Rust's */
} job;

static uint64_t keel_push(void *ctx, size_t iters)
{
    const job *j = ctx;
    size_t n = j->n, reps = iters / n;
    uint64_t acc = 0;
    for (size_t r = 0; r < reps; r++) {
        u64_vec v;
        u64_vec_init(&v, NULL);
        for (size_t i = 0; i < n; i++)
            if (u64_vec_push(&v, SEED ^ (uint64_t)i) != KL_OK)
                abort();
        size_t k = (SEED + r) % n;
        acc += *(volatile uint64_t *)u64_vec_at(&v, k);
        acc += u64_vec_len(&v);
        u64_vec_free(&v);
    }
    return acc;
}

static uint64_t keel_sum(void *ctx, size_t iters)
{
    job *j = ctx;
    size_t reps = iters / j->n;
    uint64_t acc = 0;
    for (size_t r = 0; r < reps; r++) {
        const uint64_t *d = u64_vec_data(&j->v);
        uint64_t s = 0;
        for (size_t i = 0, n = u64_vec_len(&j->v); i < n; i++)
            s += d[i];
        acc += *(volatile uint64_t *)&s;
    }
    return acc;
}

#if KL_BENCH_HAVE_RUST
static uint64_t rust_push(void *ctx, size_t iters)
{
    const job *j = ctx;
    return kl_bench_rust_vec_push(j->n, iters / j->n, SEED);
}

static uint64_t rust_sum(void *ctx, size_t iters)
{
    const job *j = ctx;
    return kl_bench_rust_vec_sum(j->rust_v, iters / j->n);
}
#endif

int main(void)
{
    kl_bench_header();
#if !KL_BENCH_HAVE_RUST
    printf("(Rust anchor not built: configure found no rustc: nothing to compare)\n");
    return 0;
#else
    static const size_t sizes[] = { 1000, 10000, 100000, 1000000, 10000000 };
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
        job j = { sizes[s], { KL_VEC_INIT }, NULL };
        /* About 4e6 elements per round (at least one vector). */
        size_t iters = j.n >= 4000000 ? j.n : (4000000 / j.n) * j.n;
        int rounds = j.n >= 10000000 ? 5 : 11;
        if (keel_push(&j, j.n) != rust_push(&j, j.n)) {
            fprintf(stderr, "vec: keel and Rust disagree on push\n");
            return 1;
        }
        char name[80];
        snprintf(name, sizeof name, "push %zu u64, fresh vec", j.n);
        kl_bench_case c0 = { name, "Rust Vec::push", keel_push, rust_push, &j, iters, rounds };
        kl_bench_run(&c0);

        for (size_t i = 0; i < j.n; i++)
            if (u64_vec_push(&j.v, SEED ^ (uint64_t)i) != KL_OK)
                abort();
        j.rust_v = kl_bench_rust_vec_new(j.n, SEED);
        if (keel_sum(&j, j.n) != rust_sum(&j, j.n)) {
            fprintf(stderr, "vec: keel and Rust disagree on the sum\n");
            return 1;
        }
        snprintf(name, sizeof name, "sum %zu u64", j.n);
        kl_bench_case c1 = { name, "Rust Vec iter().sum", keel_sum, rust_sum, &j, iters,
                             rounds };
        kl_bench_run(&c1);
        kl_bench_rust_vec_free(j.rust_v);
        u64_vec_free(&j.v);
    }
    return 0;
#endif
}
