/* bench/hash.c -- kl_siphash13, kl_siphash24, kl_hash64 and the streaming
 * SipHash-1-3 (init, two updates, finish) over 8-, 64-, 1024- and
 * 65536-byte inputs.  The anchor is FNV-1a (Fowler, Noll, Vo), written
 * here: a plain C baseline taking one multiply per byte.  Times are per
 * hash; after each line the throughput of both sides in GB/s (bytes
 * hashed per nanosecond). */
#include <stdio.h>
#include <stdlib.h>

#include <keel/hash.h>
#include "harness.h"

enum { NBUF = 64, MAXLEN = 65536 };

typedef struct input {
    size_t len;
    size_t nbuf; /* buffers cycled through: fewer for long inputs, so
                  * they stay in cache */
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

/* SipHash-1-3 fed in two pieces, the first of a third of the input (so
 * the second starts off a word boundary). */
static uint64_t sip13_stream(const unsigned char *p, size_t len)
{
    kl_siphash h;
    kl_siphash13_init(&h, key);
    kl_siphash_update(&h, p, len / 3);
    kl_siphash_update(&h, p + len / 3, len - len / 3);
    return kl_siphash_finish(&h);
}

#define BENCH_FN(fname, expr)                                                  \
    static uint64_t fname(void *ctx, size_t iters)                             \
    {                                                                          \
        input *in = ctx;                                                       \
        uint64_t sum = 0;                                                      \
        for (size_t i = 0; i < iters; i++) {                                   \
            const unsigned char *p = in->buf[i % in->nbuf];                    \
            sum += (expr);                                                     \
        }                                                                      \
        return sum;                                                            \
    }

BENCH_FN(run_sip13, kl_siphash13(p, in->len, key))
BENCH_FN(run_sip24, kl_siphash24(p, in->len, key))
BENCH_FN(run_hash64, kl_hash64(p, in->len, 0))
BENCH_FN(run_stream, sip13_stream(p, in->len))
BENCH_FN(run_fnv, fnv1a(p, in->len))

int main(void)
{
    static const size_t lens[] = { 8, 64, 1024, 65536 };
    static const struct {
        const char *name;
        kl_bench_fn fn;
    } hashes[] = {
        { "kl_siphash24", run_sip24 },
        { "kl_siphash13", run_sip13 },
        { "kl_hash64", run_hash64 },
        { "SipHash-1-3 streaming", run_stream },
    };
    input in;
    uint64_t x = 0x9e3779b97f4a7c15u;
    for (int b = 0; b < NBUF; b++) {
        in.buf[b] = malloc(MAXLEN);
        if (in.buf[b] == NULL)
            return 1;
        for (int i = 0; i < MAXLEN; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            in.buf[b][i] = (unsigned char)x;
        }
    }
    /* The streaming hasher must agree with the one-shot one. */
    for (size_t l = 0; l < sizeof lens / sizeof lens[0]; l++)
        if (sip13_stream(in.buf[0], lens[l]) != kl_siphash13(in.buf[0], lens[l], key)) {
            fprintf(stderr, "hash: streaming SipHash-1-3 differs at %zu bytes\n", lens[l]);
            return 1;
        }
    kl_bench_header();
    for (size_t l = 0; l < sizeof lens / sizeof lens[0]; l++) {
        in.len = lens[l];
        in.nbuf = lens[l] >= 4096 ? 1 : NBUF;
        size_t iters = lens[l] >= 65536 ? 1000 : lens[l] >= 1024 ? 50000 : 1000000;
        for (size_t h = 0; h < sizeof hashes / sizeof hashes[0]; h++) {
            char name[64];
            snprintf(name, sizeof name, "%s, %zu bytes", hashes[h].name, lens[l]);
            kl_bench_case c = { name, "FNV-1a (in bench)", hashes[h].fn, run_fnv, &in, iters,
                                11 };
            kl_bench_run(&c);
            double k, a;
            kl_bench_last(&k, &a);
            printf("    %-32s %12.2f %12.2f GB/s\n", "", (double)lens[l] / k,
                   (double)lens[l] / a);
        }
    }
    for (int b = 0; b < NBUF; b++)
        free(in.buf[b]);
    return 0;
}
