/* bench/int_format.c -- decimal integer formatting: kl_fmt_u64 and
 * kl_fmt_i64 against glibc's snprintf("%llu") on the same values, for
 * several magnitude mixes.  Both sides produce the same text (checked
 * before timing). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/num.h>
#include "harness.h"

enum { N = 4096 };

typedef struct input {
    uint64_t v[N];
} input;

static uint64_t keel_u64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[KL_FMT_INT_BUFSZ];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        size_t n = kl_fmt_u64(buf, in->v[i % N], 10);
        total += n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t glibc_u64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[32];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)in->v[i % N]);
        total += (uint64_t)n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t keel_i64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[KL_FMT_INT_BUFSZ];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        size_t n = kl_fmt_i64(buf, (int64_t)in->v[i % N], 10);
        total += n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t glibc_i64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[32];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        int n = snprintf(buf, sizeof buf, "%lld", (long long)in->v[i % N]);
        total += (uint64_t)n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* Fill with values of `digits` decimal digits (0 = every length 1..20). */
static void fill(input *in, int digits)
{
    for (size_t i = 0; i < N; i++) {
        int d = digits != 0 ? digits : 1 + (int)(next() % 20);
        uint64_t lo = 1, v;
        for (int k = 1; k < d; k++)
            lo *= 10;
        if (d == 20)
            v = lo + next() % (UINT64_MAX - lo);
        else
            v = lo + next() % (lo * 9);
        in->v[i] = d == 1 ? next() % 10 : v;
    }
}

static void check_same(const input *in, bool sign)
{
    for (size_t i = 0; i < N; i++) {
        char a[KL_FMT_INT_BUFSZ + 1], b[32];
        size_t n = sign ? kl_fmt_i64(a, (int64_t)in->v[i], 10) : kl_fmt_u64(a, in->v[i], 10);
        a[n] = '\0';
        if (sign)
            snprintf(b, sizeof b, "%lld", (long long)in->v[i]);
        else
            snprintf(b, sizeof b, "%llu", (unsigned long long)in->v[i]);
        if (strcmp(a, b) != 0) {
            fprintf(stderr, "int_format: keel wrote %s, glibc %s\n", a, b);
            exit(1);
        }
    }
}

int main(void)
{
    static input in;
    static const struct { int digits; const char *name; } mixes[] = {
        { 0, "u64 decimal, 1-20 digits mixed" },
        { 3, "u64 decimal, 3 digits" },
        { 10, "u64 decimal, 10 digits" },
        { 20, "u64 decimal, 20 digits" },
    };
    kl_bench_header();
    for (size_t m = 0; m < sizeof mixes / sizeof mixes[0]; m++) {
        fill(&in, mixes[m].digits);
        check_same(&in, false);
        kl_bench_case c = { mixes[m].name, "glibc snprintf %llu", keel_u64, glibc_u64,
                            &in, 200000, 11 };
        kl_bench_run(&c);
    }
    fill(&in, 0);
    check_same(&in, true);
    kl_bench_case c = { "i64 decimal, full range (signed)", "glibc snprintf %lld",
                        keel_i64, glibc_i64, &in, 200000, 11 };
    kl_bench_run(&c);
    return 0;
}
