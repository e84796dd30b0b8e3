/* bench/btree.c -- keel's B-tree map (KL_BTREE_DEFINE over uint64_t keys
 * and values) against Rust's std BTreeMap<u64, u64> (B = 6 as well;
 * bench/anchor_rust_btree.rs, rustc -O) and C++'s std::map (libstdc++'s
 * red-black tree; bench/anchor_stdmap.cc), on n random keys for n = 1e3
 * to 1e6 (1e7 with KL_BENCH_BIG set; KL_BENCH_N=n: only n):
 *  - insert: build a map of the n keys from empty (and free it);
 *  - insert+remove: build, then remove every key in another random order;
 *  - get (hit): look up the keys in a random order;
 *  - iterate: walk the whole map in order.
 * Each anchor runs its whole batch on its own side of the language
 * boundary, as keel's inline C does.  ns/op is per key (per lookup, per
 * entry visited); the ratio is keel's time over the anchor's. */
#include <stdio.h>
#include <stdlib.h>

#include <keel/btree.h>
#include <keel/num.h>
#include "anchor_stdmap.h"
#include "harness.h"

#if KL_BENCH_HAVE_RUST
uint64_t kl_bench_rust_btree_insert(const uint64_t *keys, size_t n, size_t reps);
uint64_t kl_bench_rust_btree_insert_remove(const uint64_t *keys, const uint64_t *order, size_t n,
                                           size_t reps);
void *kl_bench_rust_btree_build(const uint64_t *keys, size_t n);
void kl_bench_rust_btree_drop(void *m);
uint64_t kl_bench_rust_btree_get(const void *m, const uint64_t *probe, size_t n, size_t iters);
uint64_t kl_bench_rust_btree_iter(const void *m, size_t reps);
#endif

/* keel's own three-way comparison (keel/num.h), as Rust's side uses
 * u64's Ord. */
KL_BTREE_DEFINE(u64_map, uint64_t, uint64_t, kl_cmp_u64)

typedef struct input {
    size_t n;
    uint64_t *keys;  /* insertion order */
    uint64_t *order; /* removal order: the same keys, reshuffled */
    uint64_t *probe; /* lookup order */
    u64_map map;     /* all keys, for lookups and iteration */
    void *rust, *stdmap;
} input;

static uint64_t keel_insert(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t r = 0; r < iters / in->n; r++) {
        u64_map m;
        u64_map_init(&m, NULL);
        for (size_t i = 0; i < in->n; i++)
            if (u64_map_insert(&m, in->keys[i], in->keys[i] ^ 1, NULL, NULL) != KL_OK)
                abort();
        sum += u64_map_len(&m);
        u64_map_free(&m);
    }
    return sum;
}

static uint64_t keel_insert_remove(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t r = 0; r < iters / in->n; r++) {
        u64_map m;
        u64_map_init(&m, NULL);
        for (size_t i = 0; i < in->n; i++)
            if (u64_map_insert(&m, in->keys[i], in->keys[i] ^ 1, NULL, NULL) != KL_OK)
                abort();
        for (size_t i = 0; i < in->n; i++) {
            uint64_t v = 0;
            (void)u64_map_remove(&m, &in->order[i], NULL, &v);
            sum += v;
        }
        sum += u64_map_len(&m);
        u64_map_free(&m);
    }
    return sum;
}

static uint64_t keel_get(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    size_t j = 0;
    for (size_t i = 0; i < iters; i++) {
        uint64_t *v = u64_map_get(&in->map, &in->probe[j]);
        sum += v != NULL ? *v : 0;
        if (++j == in->n)
            j = 0;
    }
    return sum;
}

static uint64_t keel_iter(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t r = 0; r < iters / in->n; r++) {
        kl_btree_iter it;
        uint64_t *k, *v;
        u64_map_iter(&in->map, &it);
        while (u64_map_next(&it, &k, &v))
            sum += *k ^ (*v << 7 | *v >> 57);
    }
    return sum;
}

#if KL_BENCH_HAVE_RUST
static uint64_t rust_insert(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_rust_btree_insert(in->keys, in->n, iters / in->n);
}

static uint64_t rust_insert_remove(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_rust_btree_insert_remove(in->keys, in->order, in->n, iters / in->n);
}

static uint64_t rust_get(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_rust_btree_get(in->rust, in->probe, in->n, iters);
}

static uint64_t rust_iter(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_rust_btree_iter(in->rust, iters / in->n);
}
#endif

static uint64_t stdmap_insert(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_stdmap_insert(in->keys, in->n, iters / in->n);
}

static uint64_t stdmap_insert_remove(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_stdmap_insert_remove(in->keys, in->order, in->n, iters / in->n);
}

static uint64_t stdmap_get(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_stdmap_get(in->stdmap, in->probe, in->n, iters);
}

static uint64_t stdmap_iter(void *ctx, size_t iters)
{
    input *in = ctx;
    return kl_bench_stdmap_iter(in->stdmap, iters / in->n);
}

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void shuffle(uint64_t *v, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = next() % i;
        uint64_t t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

static void run(size_t n, int rounds)
{
    input in = { .n = n };
    in.keys = malloc(n * sizeof *in.keys);
    in.order = malloc(n * sizeof *in.order);
    in.probe = malloc(n * sizeof *in.probe);
    if (in.keys == NULL || in.order == NULL || in.probe == NULL)
        abort();
    /* Distinct random keys: a random odd multiplier is a bijection. */
    uint64_t mul = next() | 1, add = next();
    for (size_t i = 0; i < n; i++)
        in.keys[i] = in.order[i] = in.probe[i] = (uint64_t)i * mul + add;
    shuffle(in.keys, n);
    shuffle(in.order, n);
    shuffle(in.probe, n);
    u64_map_init(&in.map, NULL);
    for (size_t i = 0; i < n; i++)
        if (u64_map_insert(&in.map, in.keys[i], in.keys[i] ^ 1, NULL, NULL) != KL_OK)
            abort();
    if (kl_btree_check(&in.map.raw) != NULL) {
        fprintf(stderr, "btree: %s\n", kl_btree_check(&in.map.raw));
        exit(1);
    }
    /* Every batch does at least ~2e5 operations (whole multiples of n). */
    size_t batch = n >= 200000 ? n : (200000 / n) * n;
    char name[4][64];
    snprintf(name[0], sizeof name[0], "insert, n = %zu", n);
    snprintf(name[1], sizeof name[1], "insert+remove, n = %zu", n);
    snprintf(name[2], sizeof name[2], "get (hit), n = %zu", n);
    snprintf(name[3], sizeof name[3], "iterate, n = %zu", n);
    kl_bench_fn keel[4] = { keel_insert, keel_insert_remove, keel_get, keel_iter };
    size_t iters[4] = { batch, batch, n >= 200000 ? n : 200000, batch };
#if KL_BENCH_HAVE_RUST
    in.rust = kl_bench_rust_btree_build(in.keys, n);
    kl_bench_fn rust[4] = { rust_insert, rust_insert_remove, rust_get, rust_iter };
    for (int c = 0; c < 4; c++) {
        kl_bench_case bc = { name[c], "Rust BTreeMap", keel[c], rust[c], &in, iters[c], rounds };
        kl_bench_run(&bc);
    }
    kl_bench_rust_btree_drop(in.rust);
#else
    printf("(Rust anchor not built: configure found no rustc)\n");
#endif
    if (kl_bench_stdmap_missing == NULL) {
        in.stdmap = kl_bench_stdmap_build(in.keys, n);
        kl_bench_fn stdmap[4] = { stdmap_insert, stdmap_insert_remove, stdmap_get, stdmap_iter };
        for (int c = 0; c < 4; c++) {
            kl_bench_case bc = { name[c], "C++ std::map", keel[c], stdmap[c], &in, iters[c],
                                 rounds };
            kl_bench_run(&bc);
        }
        kl_bench_stdmap_drop(in.stdmap);
    } else {
        printf("(%s)\n", kl_bench_stdmap_missing);
    }
    u64_map_free(&in.map);
    free(in.keys);
    free(in.order);
    free(in.probe);
}

int main(void)
{
    /* KL_BENCH_N=n runs only that size. */
    const char *only = getenv("KL_BENCH_N");
    kl_bench_header();
    if (only != NULL) {
        size_t n = strtoull(only, NULL, 10);
        run(n, n >= 1000000 ? 5 : 7);
        return 0;
    }
    run(1000, 7);
    run(10000, 7);
    run(100000, 5);
    run(1000000, 3);
    if (getenv("KL_BENCH_BIG") != NULL)
        run(10000000, 3);
    return 0;
}
