/* bench/int_format.c -- decimal integer formatting, for several magnitude
 * mixes of random u64:
 *  - kl_fmt_u64 against {fmt}'s fmt::format_int (when configure found
 *    {fmt}; see bench/anchors.h), the fastest integer formatting around;
 *  - kl_snprintf("%llu") against glibc's snprintf("%llu"): the whole
 *    printf path, format parsing included;
 *  - kl_fmt_i64 against glibc's snprintf("%lld").
 * Both sides produce the same text (checked before timing). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/fmt.h>
#include <keel/num.h>
#include "anchors.h"
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

static uint64_t fmt_u64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++)
        total += kl_bench_fmt_format_int_sum(in->v[i % N]);
    return total;
}

static uint64_t keel_snprintf_u64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[32];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        size_t n = kl_snprintf(buf, sizeof buf, "%llu", (unsigned long long)in->v[i % N]);
        total += n + (unsigned char)buf[n - 1];
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
        char a[KL_FMT_INT_BUFSZ + 1], b[32], c[32], d[32];
        size_t n = sign ? kl_fmt_i64(a, (int64_t)in->v[i], 10) : kl_fmt_u64(a, in->v[i], 10);
        a[n] = '\0';
        if (sign) {
            snprintf(b, sizeof b, "%lld", (long long)in->v[i]);
            kl_snprintf(c, sizeof c, "%lld", (long long)in->v[i]);
        } else {
            snprintf(b, sizeof b, "%llu", (unsigned long long)in->v[i]);
            kl_snprintf(c, sizeof c, "%llu", (unsigned long long)in->v[i]);
        }
        if (strcmp(a, b) != 0 || strcmp(c, b) != 0) {
            fprintf(stderr, "int_format: keel wrote %s and %s, glibc %s\n", a, c, b);
            exit(1);
        }
        if (!sign && kl_bench_fmt_missing == NULL) {
            d[kl_bench_fmt_format_int(d, in->v[i])] = '\0';
            if (strcmp(a, d) != 0) {
                fprintf(stderr, "int_format: keel wrote %s, {fmt} %s\n", a, d);
                exit(1);
            }
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
    enum { MIXES = sizeof mixes / sizeof mixes[0] };
    kl_bench_header();
    if (kl_bench_fmt_missing != NULL)
        printf("(skipped: kl_fmt_u64 vs fmt::format_int -- %s)\n", kl_bench_fmt_missing);
    for (size_t m = 0; m < MIXES && kl_bench_fmt_missing == NULL; m++) {
        fill(&in, mixes[m].digits);
        check_same(&in, false);
        kl_bench_case c = { mixes[m].name, "{fmt} format_int", keel_u64, fmt_u64,
                            &in, 20000, 51 };
        kl_bench_run(&c);
    }
    for (size_t m = 0; m < MIXES; m++) {
        fill(&in, mixes[m].digits);
        check_same(&in, false);
        char name[64];
        snprintf(name, sizeof name, "kl_snprintf %%llu, %s", mixes[m].name + 13);
        kl_bench_case c = { name, "glibc snprintf %llu", keel_snprintf_u64, glibc_u64,
                            &in, 20000, 51 };
        kl_bench_run(&c);
    }
    fill(&in, 0);
    check_same(&in, false);
    kl_bench_case u = { "u64 decimal, 1-20 digits mixed", "glibc snprintf %llu",
                        keel_u64, glibc_u64, &in, 20000, 51 };
    kl_bench_run(&u);
    check_same(&in, true);
    kl_bench_case c = { "i64 decimal, full range (signed)", "glibc snprintf %lld",
                        keel_i64, glibc_i64, &in, 20000, 51 };
    kl_bench_run(&c);
    return 0;
}
