/* bench/harness.h -- run keel and an anchor in one process, alternating,
 * and print medians and the ratio keel/anchor.
 *
 * A benchmark fills a kl_bench_case with two functions over the same
 * input: each runs one batch of `iters` operations and returns a value
 * that depends on all of them (so the compiler cannot drop the work).
 * Rounds alternate keel, anchor, keel, anchor...; each is timed with
 * the thread's CPU-time clock (CLOCK_THREAD_CPUTIME_ID, so time the
 * thread spends preempted does not count); the report gives the median
 * nanoseconds per operation of each and their ratio (below 1: keel is
 * faster). */
#ifndef KEEL_BENCH_HARNESS_H
#define KEEL_BENCH_HARNESS_H

#include <stddef.h>
#include <stdint.h>

typedef uint64_t (*kl_bench_fn)(void *ctx, size_t iters);

typedef struct kl_bench_case {
    const char *name;        /* what is measured */
    const char *anchor_name; /* e.g. "glibc snprintf" */
    kl_bench_fn keel;
    kl_bench_fn anchor;
    void *ctx;
    size_t iters; /* operations per round */
    int rounds;   /* rounds of each; odd, so the median is one of them */
} kl_bench_case;

/* kl_bench_run: run c, print one line, return keel/anchor. */
double kl_bench_run(const kl_bench_case *c);

/* kl_bench_last: the medians (ns per operation) of the last
 * kl_bench_run, keel's and the anchor's. */
void kl_bench_last(double *keel_ns, double *anchor_ns);

/* kl_bench_header: print the column headings once. */
void kl_bench_header(void);

#endif /* KEEL_BENCH_HARNESS_H */
