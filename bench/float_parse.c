/* bench/float_parse.c -- kl_parse_f64 and kl_parse_f32 against glibc's
 * strtod and strtof on the same strings: doubles from random bit patterns
 * (%.17g), doubles of ordinary size (%.17g and the shorter %.15g), and
 * long decimals (hundreds of digits, the slow path).  Both sides give the
 * same bits (checked before timing).  Also kl_parse_f64 against
 * fast_float's from_chars (C++, when configure found it and a C++
 * compiler; see bench/anchors.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/float.h>
#include "anchors.h"
#include "harness.h"

enum { N = 4096 };

typedef struct input {
    char *s[N];
    size_t len[N];
} input;

static uint64_t keel_f64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        double d;
        if (kl_parse_f64(kl_str_from(in->s[i % N], in->len[i % N]), &d) != KL_OK)
            abort();
        uint64_t b;
        memcpy(&b, &d, sizeof b);
        total += b;
    }
    return total;
}

static uint64_t glibc_f64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        double d = strtod(in->s[i % N], NULL);
        uint64_t b;
        memcpy(&b, &d, sizeof b);
        total += b;
    }
    return total;
}

static uint64_t fast_float_f64(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        double d = kl_bench_fast_float_parse(in->s[i % N], in->len[i % N]);
        uint64_t b;
        memcpy(&b, &d, sizeof b);
        total += b;
    }
    return total;
}

static uint64_t keel_f32(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        float f;
        if (kl_parse_f32(kl_str_from(in->s[i % N], in->len[i % N]), &f) != KL_OK)
            abort();
        uint32_t b;
        memcpy(&b, &f, sizeof b);
        total += b;
    }
    return total;
}

static uint64_t glibc_f32(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        float f = strtof(in->s[i % N], NULL);
        uint32_t b;
        memcpy(&b, &f, sizeof b);
        total += b;
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

enum mix { RANDOM_BITS, ORDINARY_17, ORDINARY_15, LONG };

static void fill(input *in, enum mix mix)
{
    static char store[N][1024];
    for (size_t i = 0; i < N; i++) {
        char *s = store[i];
        double d;
        switch (mix) {
        case RANDOM_BITS:
            do {
                uint64_t b = next();
                memcpy(&d, &b, sizeof d);
            } while (!isfinite(d));
            snprintf(s, sizeof store[i], "%.17g", d);
            break;
        case ORDINARY_17:
        case ORDINARY_15:
            d = (double)(next() >> 11) / 9007199254740992.0 * pow(10.0, (double)(next() % 21) - 10);
            snprintf(s, sizeof store[i], mix == ORDINARY_17 ? "%.17g" : "%.15g", d);
            break;
        case LONG: {
            size_t n = 100 + next() % 700;
            s[0] = (char)('1' + next() % 9);
            s[1] = '.';
            for (size_t k = 2; k < n + 1; k++)
                s[k] = (char)('0' + next() % 10);
            snprintf(s + n + 1, 16, "e%d", (int)(next() % 600) - 300);
            break;
        }
        }
        in->s[i] = s;
        in->len[i] = strlen(s);
    }
}

static void check_same(const input *in)
{
    for (size_t i = 0; i < N; i++) {
        double d, want = strtod(in->s[i], NULL);
        float f, wantf = strtof(in->s[i], NULL);
        if (kl_parse_f64(kl_str_from(in->s[i], in->len[i]), &d) != KL_OK ||
            memcmp(&d, &want, sizeof d) != 0 ||
            kl_parse_f32(kl_str_from(in->s[i], in->len[i]), &f) != KL_OK ||
            memcmp(&f, &wantf, sizeof f) != 0) {
            fprintf(stderr, "float_parse: keel and glibc differ on %s\n", in->s[i]);
            exit(1);
        }
        if (kl_bench_fast_float_missing == NULL) {
            double ff = kl_bench_fast_float_parse(in->s[i], in->len[i]);
            if (memcmp(&d, &ff, sizeof d) != 0) {
                fprintf(stderr, "float_parse: keel and fast_float differ on %s\n", in->s[i]);
                exit(1);
            }
        }
    }
}

int main(void)
{
    static input in;
    static const struct { enum mix mix; const char *name; size_t iters; } mixes[] = {
        { RANDOM_BITS, "f64 %.17g of random bits", 200000 },
        { ORDINARY_17, "f64 %.17g of ordinary values", 200000 },
        { ORDINARY_15, "f64 %.15g of ordinary values", 200000 },
        { LONG, "f64 100-800 digits", 10000 },
    };
    kl_bench_header();
    if (kl_bench_fast_float_missing != NULL)
        printf("(skipped: kl_parse_f64 vs fast_float -- %s)\n", kl_bench_fast_float_missing);
    for (size_t m = 0; m < sizeof mixes / sizeof mixes[0]; m++) {
        fill(&in, mixes[m].mix);
        check_same(&in);
        if (kl_bench_fast_float_missing == NULL) {
            kl_bench_case f = { mixes[m].name, "fast_float from_chars", keel_f64,
                                fast_float_f64, &in, mixes[m].iters / 10, 51 };
            kl_bench_run(&f);
        }
        kl_bench_case c = { mixes[m].name, "glibc strtod", keel_f64, glibc_f64,
                            &in, mixes[m].iters, 11 };
        kl_bench_run(&c);
    }
    fill(&in, ORDINARY_15);
    kl_bench_case c = { "f32 %.15g of ordinary values", "glibc strtof", keel_f32, glibc_f32,
                        &in, 200000, 11 };
    kl_bench_run(&c);
    return 0;
}
