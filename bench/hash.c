/* bench/hash.c -- kl_siphash13, kl_siphash24 and kl_hash64 over 8-, 64-
 * and 1024-byte inputs.  The anchor is FNV-1a (Fowler, Noll, Vo), written
 * here: Debian's libabsl-dev installs on this machine, but Abseil's hash
 * is a C++ API and keel's build has no C++ compiler, so the plain C
 * baseline stands in.  FNV-1a takes one multiply per byte; times are
 * per hash (divide the length by the time for bytes per nanosecond). */
#include <stdio.h>
#include <stdlib.h>

#include <keel/hash.h>
#include "harness.h"

enum { NBUF = 64 };

typedef struct input {
    size_t len;
    unsigned char *buf[NBUF];
} input;

static const uint8_t key[16] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };

static uint64_t fnv1a(const void *data, size_t len)
{
    const unsigned char *p = data;
    uint64_t h = UINT64_C(0xcbf29ce484222325);
    for (size_t i = 0; i < len; i++) {
        h ^= p[i];
        h *= UINT64_C(0x100000001b3);
    }
    return h;
}

#define BENCH_FN(fname, expr)                                                  \
    static uint64_t fname(void *ctx, size_t iters)                             \
    {                                                                          \
        input *in = ctx;                                                       \
        uint64_t sum = 0;                                                      \
        for (size_t i = 0; i < iters; i++) {                                   \
            const unsigned char *p = in->buf[i % NBUF];                        \
            sum += (expr);                                                     \
        }                                                                      \
        return sum;                                                            \
    }

BENCH_FN(run_sip13, kl_siphash13(p, in->len, key))
BENCH_FN(run_sip24, kl_siphash24(p, in->len, key))
BENCH_FN(run_hash64, kl_hash64(p, in->len, 0))
BENCH_FN(run_fnv, fnv1a(p, in->len))

int main(void)
{
    static const size_t lens[] = { 8, 64, 1024 };
    input in;
    uint64_t x = 0x9e3779b97f4a7c15u;
    for (int b = 0; b < NBUF; b++) {
        in.buf[b] = malloc(1024);
        if (in.buf[b] == NULL)
            return 1;
        for (int i = 0; i < 1024; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            in.buf[b][i] = (unsigned char)x;
        }
    }
    kl_bench_header();
    for (size_t l = 0; l < sizeof lens / sizeof lens[0]; l++) {
        in.len = lens[l];
        size_t iters = lens[l] >= 1024 ? 50000 : 1000000;
        char n1[64], n2[64], n3[64];
        snprintf(n1, sizeof n1, "kl_siphash13, %zu bytes", lens[l]);
        snprintf(n2, sizeof n2, "kl_siphash24, %zu bytes", lens[l]);
        snprintf(n3, sizeof n3, "kl_hash64, %zu bytes", lens[l]);
        kl_bench_case c1 = { n1, "FNV-1a (in bench)", run_sip13, run_fnv, &in, iters, 11 };
        kl_bench_case c2 = { n2, "FNV-1a (in bench)", run_sip24, run_fnv, &in, iters, 11 };
        kl_bench_case c3 = { n3, "FNV-1a (in bench)", run_hash64, run_fnv, &in, iters, 11 };
        kl_bench_run(&c1);
        kl_bench_run(&c2);
        kl_bench_run(&c3);
    }
    for (int b = 0; b < NBUF; b++)
        free(in.buf[b]);
    return 0;
}
