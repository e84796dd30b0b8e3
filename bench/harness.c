/* bench/harness.c -- see harness.h. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "harness.h"

/* The thread's CPU time, not the wall clock: on a shared, loaded machine
 * a round that is preempted would otherwise count the other programs'
 * time too, and the longer rounds (usually the anchor's) more often. */
static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return v[n / 2];
}

/* Results are summed into a volatile sink so no batch can be optimised
 * away. */
static volatile uint64_t sink;

static double time_batch(kl_bench_fn fn, void *ctx, size_t iters)
{
    double t0 = now_ns();
    sink += fn(ctx, iters);
    return (now_ns() - t0) / (double)iters;
}

static double last_keel, last_anchor;

void kl_bench_last(double *keel_ns, double *anchor_ns)
{
    *keel_ns = last_keel;
    *anchor_ns = last_anchor;
}

void kl_bench_header(void)
{
    printf("%-36s %12s %12s %8s  %s\n", "benchmark", "keel ns/op", "anchor ns/op",
           "ratio", "anchor");
}

double kl_bench_run(const kl_bench_case *c)
{
    enum { MAX_ROUNDS = 101 };
    double k[MAX_ROUNDS], a[MAX_ROUNDS];
    int rounds = c->rounds < MAX_ROUNDS ? c->rounds : MAX_ROUNDS;
    /* One untimed round of each warms caches and branch predictors. */
    sink += c->keel(c->ctx, c->iters);
    sink += c->anchor(c->ctx, c->iters);
    for (int r = 0; r < rounds; r++) {
        k[r] = time_batch(c->keel, c->ctx, c->iters);
        a[r] = time_batch(c->anchor, c->ctx, c->iters);
    }
    double km = median(k, rounds), am = median(a, rounds);
    double ratio = km / am;
    last_keel = km;
    last_anchor = am;
    printf("%-36s %12.2f %12.2f %8.3f  %s\n", c->name, km, am, ratio, c->anchor_name);
    fflush(stdout);
    return ratio;
}
