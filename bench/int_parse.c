/* bench/int_parse.c -- integer parsing: kl_parse_u64 and kl_parse_i64
 * against glibc's strtoull and strtoll on the same strings, for several
 * lengths and bases.  The inputs are valid for both (digits, an optional
 * '-' for the signed case, no overflow), since strtoull also takes
 * whitespace, prefixes and a '-' on unsigned numbers; both sides' values
 * are checked equal before timing.  keel is given the length (a kl_str);
 * strtoull finds the end itself. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/num.h>
#include "harness.h"

enum { N = 4096, LEN = 24 };

typedef struct input {
    char text[N][LEN]; /* NUL-terminated, for strtoull */
    size_t len[N];
    unsigned base;
} input;

static uint64_t keel_u64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        uint64_t v = 0;
        size_t k = i % N;
        if (kl_parse_u64(kl_str_from(in->text[k], in->len[k]), in->base, &v) != KL_OK)
            abort();
        total += v;
    }
    return total;
}

static uint64_t glibc_u64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        char *end;
        total += strtoull(in->text[i % N], &end, (int)in->base);
        total += (uint64_t)(end - in->text[i % N]);
    }
    return total;
}

static uint64_t keel_i64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        int64_t v = 0;
        size_t k = i % N;
        if (kl_parse_i64(kl_str_from(in->text[k], in->len[k]), in->base, &v) != KL_OK)
            abort();
        total += (uint64_t)v;
    }
    return total;
}

static uint64_t glibc_i64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        char *end;
        total += (uint64_t)strtoll(in->text[i % N], &end, (int)in->base);
        total += (uint64_t)(end - in->text[i % N]);
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

/* Fill with values of `bits` significant bits (0 = every size 1..64),
 * signed: half of them negative and all within int64_t. */
static void fill(input *in, unsigned base, unsigned bits, bool sign)
{
    in->base = base;
    for (size_t i = 0; i < N; i++) {
        unsigned b = bits != 0 ? bits : 1 + (unsigned)(next() % 64);
        uint64_t v = next() >> (64 - b);
        size_t n = 0;
        if (sign) {
            v >>= 1;
            if (next() & 1)
                in->text[i][n++] = '-';
        }
        n += kl_fmt_u64(in->text[i] + n, v, base);
        in->text[i][n] = '\0';
        in->len[i] = n;
    }
}

static void check_same(const input *in, bool sign)
{
    for (size_t i = 0; i < N; i++) {
        kl_str s = kl_str_from(in->text[i], in->len[i]);
        errno = 0;
        bool same;
        if (sign) {
            int64_t k;
            same = kl_parse_i64(s, in->base, &k) == KL_OK &&
                   k == strtoll(in->text[i], NULL, (int)in->base);
        } else {
            uint64_t k;
            same = kl_parse_u64(s, in->base, &k) == KL_OK &&
                   k == strtoull(in->text[i], NULL, (int)in->base);
        }
        if (!same || errno != 0) {
            fprintf(stderr, "int_parse: keel and glibc disagree on %s\n", in->text[i]);
            exit(1);
        }
    }
}

int main(void)
{
    static input in;
    static const struct { unsigned base, bits; bool sign; const char *name; } mixes[] = {
        { 10, 0, false, "u64 decimal, 1-20 digits mixed" },
        { 10, 10, false, "u64 decimal, 3-4 digits" },
        { 10, 34, false, "u64 decimal, 10-11 digits" },
        { 10, 64, false, "u64 decimal, 19-20 digits" },
        { 16, 0, false, "u64 hex, 1-16 digits mixed" },
        { 10, 0, true, "i64 decimal, mixed, +-" },
    };
    kl_bench_header();
    for (size_t m = 0; m < sizeof mixes / sizeof mixes[0]; m++) {
        fill(&in, mixes[m].base, mixes[m].bits, mixes[m].sign);
        check_same(&in, mixes[m].sign);
        kl_bench_case c = { mixes[m].name, mixes[m].sign ? "glibc strtoll" : "glibc strtoull",
                            mixes[m].sign ? keel_i64 : keel_u64,
                            mixes[m].sign ? glibc_i64 : glibc_u64, &in, 200000, 11 };
        kl_bench_run(&c);
    }
    return 0;
}
