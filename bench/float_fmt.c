/* bench/float_fmt.c -- shortest float formatting: kl_fmt_f64 against
 * {fmt}'s shortest fmt::format_to(buf, "{}", d) (when configure found
 * {fmt}; see bench/anchors.h) and glibc's snprintf("%.17g"), and
 * kl_fmt_f32 against snprintf("%.9g"), on doubles from random bit
 * patterns and from ordinary ranges.
 *
 * {fmt} writes the same shortest digits as keel (its layout differs a
 * little: 123 where Python and keel write 123.0).  The glibc texts
 * differ: %.17g (%.9g) always writes 17 (9) significant digits, enough to
 * read back but not the shortest, in C's layout.  A third anchor writes
 * the shortest digits the way a C program without keel would: %.Ng for
 * N = 1, 2, ... until strtod reads the value back. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/float.h>
#include "anchors.h"
#include "harness.h"

enum { N = 4096 };

typedef struct input {
    double d[N];
    float f[N];
} input;

static uint64_t keel_f64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[KL_F64_BUFSZ];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        size_t n = kl_fmt_f64(buf, in->d[i % N]);
        total += n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t glibc_f64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[32];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        int n = snprintf(buf, sizeof buf, "%.17g", in->d[i % N]);
        total += (uint64_t)n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t fmt_f64(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[32];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        size_t n = kl_bench_fmt_shortest(buf, in->d[i % N]);
        total += n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t glibc_f64_shortest(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[32];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        double v = in->d[i % N];
        int n = 0;
        for (int prec = 1; prec <= 17; prec++) {
            n = snprintf(buf, sizeof buf, "%.*g", prec, v);
            if (strtod(buf, NULL) == v)
                break;
        }
        total += (uint64_t)n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t keel_f32(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[KL_F32_BUFSZ];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        size_t n = kl_fmt_f32(buf, in->f[i % N]);
        total += n + (unsigned char)buf[n - 1];
    }
    return total;
}

static uint64_t glibc_f32(void *ctx, size_t iters)
{
    const input *in = ctx;
    char buf[32];
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        int n = snprintf(buf, sizeof buf, "%.9g", (double)in->f[i % N]);
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

/* Random finite bit patterns, or uniform values in [0, scale). */
static void fill(input *in, double scale)
{
    for (size_t i = 0; i < N; i++) {
        uint64_t r = next();
        double d;
        float f;
        if (scale == 0) {
            do {
                r = next();
                memcpy(&d, &r, sizeof d);
            } while (d - d != 0); /* not inf or NaN */
            uint32_t r32;
            do {
                r32 = (uint32_t)next();
                memcpy(&f, &r32, sizeof f);
            } while (f - f != 0);
        } else {
            d = (double)(r >> 11) / 9007199254740992.0 * scale;
            f = (float)d;
        }
        in->d[i] = d;
        in->f[i] = f;
    }
}

/* Both sides must write numbers that read back as the value. */
static void check(const input *in)
{
    for (size_t i = 0; i < N; i++) {
        char buf[KL_F64_BUFSZ + 1];
        size_t n = kl_fmt_f64(buf, in->d[i]);
        buf[n] = '\0';
        if (strtod(buf, NULL) != in->d[i]) {
            fprintf(stderr, "float_fmt: keel wrote %s for %.17g\n", buf, in->d[i]);
            exit(1);
        }
        if (kl_bench_fmt_missing == NULL) {
            char fbuf[33];
            fbuf[kl_bench_fmt_shortest(fbuf, in->d[i])] = '\0';
            /* The same digits: equal texts, or keel's with ".0" added. */
            if (strcmp(buf, fbuf) != 0 && !(strncmp(buf, fbuf, strlen(fbuf)) == 0
                                             && strcmp(buf + strlen(fbuf), ".0") == 0)) {
                fprintf(stderr, "float_fmt: keel wrote %s, {fmt} %s\n", buf, fbuf);
                exit(1);
            }
        }
        n = kl_fmt_f32(buf, in->f[i]);
        buf[n] = '\0';
        if (strtof(buf, NULL) != in->f[i]) {
            fprintf(stderr, "float_fmt: keel wrote %s for %.9g\n", buf, (double)in->f[i]);
            exit(1);
        }
    }
}

int main(void)
{
    static input in;
    static const struct { double scale; const char *name64, *name32; } mixes[] = {
        { 0, "f64 shortest, random bits", "f32 shortest, random bits" },
        { 1, "f64 shortest, uniform [0,1)", "f32 shortest, uniform [0,1)" },
        { 1e6, "f64 shortest, uniform [0,1e6)", "f32 shortest, uniform [0,1e6)" },
    };
    kl_bench_header();
    if (kl_bench_fmt_missing != NULL)
        printf("(skipped: kl_fmt_f64 vs {fmt} shortest -- %s)\n", kl_bench_fmt_missing);
    for (size_t m = 0; m < sizeof mixes / sizeof mixes[0]; m++) {
        fill(&in, mixes[m].scale);
        check(&in);
        if (kl_bench_fmt_missing == NULL) {
            kl_bench_case f64 = { mixes[m].name64, "{fmt} format_to \"{}\"", keel_f64,
                                  fmt_f64, &in, 20000, 51 };
            kl_bench_run(&f64);
        }
        kl_bench_case c64 = { mixes[m].name64, "glibc %.17g (not shortest)", keel_f64,
                              glibc_f64, &in, 100000, 11 };
        kl_bench_run(&c64);
        kl_bench_case s64 = { mixes[m].name64, "glibc %.Ng+strtod (shortest)", keel_f64,
                              glibc_f64_shortest, &in, 20000, 5 };
        kl_bench_run(&s64);
        kl_bench_case c32 = { mixes[m].name32, "glibc %.9g (not shortest)", keel_f32,
                              glibc_f32, &in, 100000, 11 };
        kl_bench_run(&c32);
    }
    return 0;
}
