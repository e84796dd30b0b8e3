/* bench/sort.c -- sorting 64-bit unsigned integers: kl_sort (type-erased,
 * qsort's interface) and the typed sort of KL_SORT_DEFINE against glibc's
 * qsort, on random, sorted, reversed and few-unique arrays.  Each
 * operation is one element of an N-element sort (the times are per
 * element; each sort starts from a fresh copy of the input, and the copy
 * is timed on both sides).  The outputs are checked equal first. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/slice.h>
#include "harness.h"

enum { N = 1000000 };

typedef struct input {
    uint64_t *orig, *work;
} input;

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

#define U64_LESS(a, b) (*(a) < *(b))
KL_SORT_DEFINE(sort_u64, uint64_t, U64_LESS)

static uint64_t checksum(const uint64_t *v)
{
    return v[0] ^ v[N / 2] ^ v[N - 1];
}

static uint64_t run_kl_sort(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t done = 0; done < iters; done += N) {
        memcpy(in->work, in->orig, N * sizeof(uint64_t));
        kl_sort(in->work, N, sizeof(uint64_t), cmp_u64);
        sum += checksum(in->work);
    }
    return sum;
}

static uint64_t run_typed(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t done = 0; done < iters; done += N) {
        memcpy(in->work, in->orig, N * sizeof(uint64_t));
        sort_u64(in->work, N);
        sum += checksum(in->work);
    }
    return sum;
}

static uint64_t run_qsort(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t done = 0; done < iters; done += N) {
        memcpy(in->work, in->orig, N * sizeof(uint64_t));
        qsort(in->work, N, sizeof(uint64_t), cmp_u64);
        sum += checksum(in->work);
    }
    return sum;
}

static uint64_t rng = 0x853c49e6748fea9bu;

static uint64_t next(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

int main(void)
{
    static const char *const names[] = { "random", "sorted", "reversed", "few-unique" };
    input in = { malloc(N * sizeof(uint64_t)), malloc(N * sizeof(uint64_t)) };
    uint64_t *check = malloc(N * sizeof(uint64_t));
    if (in.orig == NULL || in.work == NULL || check == NULL)
        return 1;
    kl_bench_header();
    for (int p = 0; p < 4; p++) {
        for (size_t i = 0; i < N; i++)
            in.orig[i] = p == 0 ? next() : p == 1 ? i : p == 2 ? N - i : next() % 8;
        memcpy(check, in.orig, N * sizeof(uint64_t));
        qsort(check, N, sizeof(uint64_t), cmp_u64);
        run_kl_sort(&in, 1);
        if (memcmp(check, in.work, N * sizeof(uint64_t)) != 0) {
            fprintf(stderr, "sort: kl_sort differs from qsort (%s)\n", names[p]);
            return 1;
        }
        run_typed(&in, 1);
        if (memcmp(check, in.work, N * sizeof(uint64_t)) != 0) {
            fprintf(stderr, "sort: typed sort differs from qsort (%s)\n", names[p]);
            return 1;
        }
        char name1[64], name2[64];
        snprintf(name1, sizeof name1, "kl_sort u64 1e6 %s /elem", names[p]);
        snprintf(name2, sizeof name2, "typed sort u64 1e6 %s /elem", names[p]);
        kl_bench_case c1 = { name1, "glibc qsort", run_kl_sort, run_qsort, &in, N, 5 };
        kl_bench_run(&c1);
        kl_bench_case c2 = { name2, "glibc qsort", run_typed, run_qsort, &in, N, 5 };
        kl_bench_run(&c2);
    }
    free(in.orig);
    free(in.work);
    free(check);
    return 0;
}
