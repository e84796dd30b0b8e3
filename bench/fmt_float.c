/* bench/fmt_float.c -- float conversions of the printf engine: kl_snprintf
 * against glibc's snprintf with "%.17g", "%f" and "%e", on doubles from
 * random bit patterns (every magnitude: %f then prints up to 309 integer
 * digits or hundreds of zeros) and from an ordinary range.  Both sides
 * produce the same text (checked before timing). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/fmt.h>
#include "harness.h"

enum { N = 4096 };

typedef struct input {
    const char *fmt;
    double v[N];
} input;

#pragma GCC diagnostic ignored "-Wformat-nonliteral"

static uint64_t keel_fmt(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[512];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        size_t n = kl_snprintf(buf, sizeof buf, in->fmt, in->v[i % N]);
        total += n + (unsigned char)buf[0];
    }
    return total;
}

static uint64_t glibc_fmt(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[512];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        int n = snprintf(buf, sizeof buf, in->fmt, in->v[i % N]);
        total += (uint64_t)n + (unsigned char)buf[0];
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

/* Random finite bit patterns, or uniform values in [-1e6, 1e6). */
static void fill(input *in, bool bits)
{
    for (size_t i = 0; i < N; i++) {
        double v;
        if (bits) {
            uint64_t b;
            do
                b = next();
            while (((b >> 52) & 0x7ff) == 0x7ff);
            memcpy(&v, &b, sizeof v);
        } else {
            v = ((double)(next() >> 11) * 0x1p-53 - 0.5) * 2e6;
        }
        in->v[i] = v;
    }
}

static void check_same(const input *in)
{
    for (size_t i = 0; i < N; i++) {
        char a[512], b[512];
        kl_snprintf(a, sizeof a, in->fmt, in->v[i]);
        snprintf(b, sizeof b, in->fmt, in->v[i]);
        if (strcmp(a, b) != 0) {
            fprintf(stderr, "fmt_float: %s: keel wrote %s, glibc %s\n", in->fmt, a, b);
            exit(1);
        }
    }
}

int main(void)
{
    static input in;
    static const struct { const char *fmt; bool bits; const char *name; } cases[] = {
        { "%.17g", true, "%.17g, random bits" },
        { "%.17g", false, "%.17g, uniform +-1e6" },
        { "%e", true, "%e, random bits" },
        { "%e", false, "%e, uniform +-1e6" },
        { "%f", true, "%f, random bits" },
        { "%f", false, "%f, uniform +-1e6" },
    };
    kl_bench_header();
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        in.fmt = cases[c].fmt;
        fill(&in, cases[c].bits);
        check_same(&in);
        kl_bench_case bc = { cases[c].name, "glibc snprintf", keel_fmt, glibc_fmt, &in,
                             20000, 11 };
        kl_bench_run(&bc);
    }
    return 0;
}
