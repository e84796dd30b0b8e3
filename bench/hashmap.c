/* bench/hashmap.c -- keel's hash map with uint64_t keys and values at
 * 1e3 ... 1e7 random keys: insert (into a fresh map, growth included),
 * lookup-hit, lookup-miss, and remove (every key removed, then inserted
 * again, so the next round finds the map as it was; the time per
 * operation covers both), against:
 *  - absl::flat_hash_map<uint64_t, uint64_t> with absl::Hash
 *    (bench/anchor_absl_hashmap.cc), keel with the fast hash kl_hash64;
 *  - Rust's std HashMap<u64, u64> with its default SipHash-1-3
 *    (bench/anchor_rust_hashmap.rs), keel with SipHash-1-3;
 *  - GLib's GHashTable (g_direct_hash over the key as a pointer), keel
 *    with the fast hash.
 * Every side runs the same key arrays; small sizes repeat the batch so a
 * round is long enough to time.  The ratio is keel's time over the
 * anchor's (below 1: keel is faster). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include <keel/hashmap.h>
#include "anchor_absl_hashmap.h"
#include "harness.h"

#if KL_BENCH_HAVE_GLIB
#include <glib.h>
#endif

#if KL_BENCH_HAVE_RUST
void *kl_bench_rust_map_new(void);
void kl_bench_rust_map_free(void *m);
void kl_bench_rust_map_fill(void *m, const uint64_t *k, size_t n);
uint64_t kl_bench_rust_map_insert(const uint64_t *k, size_t n, size_t reps);
uint64_t kl_bench_rust_map_lookup(const void *m, const uint64_t *k, size_t n, size_t reps);
uint64_t kl_bench_rust_map_remove(void *m, const uint64_t *k, size_t n, size_t reps);
#endif

KL_HASHMAP_DEFINE_U64_FAST(fast_map, uint64_t)
KL_HASHMAP_DEFINE_U64(sip_map, uint64_t)

typedef struct bench {
    const uint64_t *keys; /* the keys in the map */
    const uint64_t *miss; /* keys not in it */
    size_t n;
    size_t reps;
    fast_map fast;
    sip_map sip;
    void *absl;
    void *rust;
#if KL_BENCH_HAVE_GLIB
    GHashTable *glib;
#endif
} bench;

static void die(const char *what)
{
    fprintf(stderr, "hashmap: %s\n", what);
    exit(1);
}

/* keel, one macro per hash: the same loops over fast_map and sip_map. */
#define KEEL_FNS(MAP)                                                          \
    static uint64_t MAP##_insert_run(void *ctx, size_t iters)                  \
    {                                                                          \
        bench *b = ctx;                                                        \
        uint64_t total = 0;                                                    \
        (void)iters;                                                           \
        for (size_t r = 0; r < b->reps; r++) {                                 \
            MAP m;                                                             \
            MAP##_init(&m, NULL);                                              \
            for (size_t i = 0; i < b->n; i++)                                  \
                if (MAP##_insert(&m, b->keys[i], i, NULL, NULL) != KL_OK)      \
                    die("out of memory");                                      \
            total += MAP##_len(&m);                                            \
            MAP##_free(&m);                                                    \
        }                                                                      \
        return total;                                                          \
    }                                                                          \
    static uint64_t MAP##_lookup(const MAP *m, const uint64_t *keys, size_t n, \
                                 size_t reps)                                  \
    {                                                                          \
        uint64_t sum = 0;                                                      \
        for (size_t r = 0; r < reps; r++)                                      \
            for (size_t i = 0; i < n; i++) {                                   \
                const uint64_t *v = MAP##_get(m, keys[i]);                     \
                sum += v != NULL ? *v : 1;                                     \
            }                                                                  \
        return sum;                                                            \
    }                                                                          \
    static uint64_t MAP##_hit_run(void *ctx, size_t iters)                     \
    {                                                                          \
        bench *b = ctx;                                                        \
        (void)iters;                                                           \
        return MAP##_lookup(&b->MAP##_field, b->keys, b->n, b->reps);          \
    }                                                                          \
    static uint64_t MAP##_miss_run(void *ctx, size_t iters)                    \
    {                                                                          \
        bench *b = ctx;                                                        \
        (void)iters;                                                           \
        return MAP##_lookup(&b->MAP##_field, b->miss, b->n, b->reps);          \
    }                                                                          \
    static uint64_t MAP##_remove_run(void *ctx, size_t iters)                  \
    {                                                                          \
        bench *b = ctx;                                                        \
        MAP *m = &b->MAP##_field;                                              \
        uint64_t sum = 0;                                                      \
        (void)iters;                                                           \
        for (size_t r = 0; r < b->reps; r++) {                                 \
            for (size_t i = 0; i < b->n; i++) {                                \
                uint64_t v = 1;                                                \
                MAP##_remove(m, b->keys[i], &v);                               \
                sum += v;                                                      \
            }                                                                  \
            for (size_t i = 0; i < b->n; i++)                                  \
                if (MAP##_insert(m, b->keys[i], i, NULL, NULL) != KL_OK)       \
                    die("out of memory");                                      \
        }                                                                      \
        return sum;                                                            \
    }

#define fast_map_field fast
#define sip_map_field sip
KEEL_FNS(fast_map)
#if KL_BENCH_HAVE_RUST
KEEL_FNS(sip_map)
#endif

static uint64_t absl_insert_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_absl_map_insert(b->keys, b->n, b->reps);
}

static uint64_t absl_hit_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_absl_map_lookup(b->absl, b->keys, b->n, b->reps);
}

static uint64_t absl_miss_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_absl_map_lookup(b->absl, b->miss, b->n, b->reps);
}

static uint64_t absl_remove_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_absl_map_remove(b->absl, b->keys, b->n, b->reps);
}

#if KL_BENCH_HAVE_RUST
static uint64_t rust_insert_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_rust_map_insert(b->keys, b->n, b->reps);
}

static uint64_t rust_hit_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_rust_map_lookup(b->rust, b->keys, b->n, b->reps);
}

static uint64_t rust_miss_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_rust_map_lookup(b->rust, b->miss, b->n, b->reps);
}

static uint64_t rust_remove_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return kl_bench_rust_map_remove(b->rust, b->keys, b->n, b->reps);
}
#endif

#if KL_BENCH_HAVE_GLIB
/* The keys as pointers: GLib's own idiom for integer keys (64-bit hosts). */
#define KP(x) ((gpointer)(uintptr_t)(x))

static void glib_fill(GHashTable *t, const uint64_t *keys, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_hash_table_insert(t, KP(keys[i]), KP(i));
}

static uint64_t glib_insert_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    uint64_t total = 0;
    (void)iters;
    for (size_t r = 0; r < b->reps; r++) {
        GHashTable *t = g_hash_table_new(g_direct_hash, g_direct_equal);
        glib_fill(t, b->keys, b->n);
        total += g_hash_table_size(t);
        g_hash_table_destroy(t);
    }
    return total;
}

static uint64_t glib_lookup(GHashTable *t, const uint64_t *keys, size_t n, size_t reps)
{
    uint64_t sum = 0;
    for (size_t r = 0; r < reps; r++)
        for (size_t i = 0; i < n; i++) {
            gpointer v;
            sum += g_hash_table_lookup_extended(t, KP(keys[i]), NULL, &v) ? (uintptr_t)v : 1;
        }
    return sum;
}

static uint64_t glib_hit_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return glib_lookup(b->glib, b->keys, b->n, b->reps);
}

static uint64_t glib_miss_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    (void)iters;
    return glib_lookup(b->glib, b->miss, b->n, b->reps);
}

static uint64_t glib_remove_run(void *ctx, size_t iters)
{
    bench *b = ctx;
    uint64_t sum = 0;
    (void)iters;
    for (size_t r = 0; r < b->reps; r++) {
        for (size_t i = 0; i < b->n; i++)
            sum += g_hash_table_remove(b->glib, KP(b->keys[i])) ? 2 : 1;
        glib_fill(b->glib, b->keys, b->n);
    }
    return sum;
}
#endif

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next_u64(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng * UINT64_C(0x2545f4914f6cdd1d);
}

/* The four cases at one size against one anchor. */
static void run_four(bench *b, const char *keel_name, const char *anchor, kl_bench_fn ki,
                     kl_bench_fn kh, kl_bench_fn km, kl_bench_fn kr, kl_bench_fn ai,
                     kl_bench_fn ah, kl_bench_fn am, kl_bench_fn ar, int rounds)
{
    static const char *const ops[] = { "insert", "lookup-hit", "lookup-miss", "remove+reinsert" };
    kl_bench_fn k[] = { ki, kh, km, kr }, a[] = { ai, ah, am, ar };
    for (int op = 0; op < 4; op++) {
        char name[80];
        snprintf(name, sizeof name, "%s %s %.0e", keel_name, ops[op], (double)b->n);
        size_t iters = b->n * b->reps * (op == 3 ? 2 : 1);
        /* Lookups do not rebuild the map, so a round is cheap even at
         * 1e7 keys: at least 7 of them, for a median that one slow round
         * of a shared machine cannot move. */
        int r = (op == 1 || op == 2) && rounds < 7 ? 7 : rounds;
        kl_bench_case c = { name, anchor, k[op], a[op], b, iters, r };
        kl_bench_run(&c);
    }
}

/* bench/hashmap [MAX]: sizes up to MAX keys (default 1e7). */
int main(int argc, char **argv)
{
    static const size_t sizes[] = { 1000, 10000, 100000, 1000000, 10000000 };
    size_t max = argc > 1 ? (size_t)strtod(argv[1], NULL) : sizes[sizeof sizes / sizeof sizes[0] - 1];
    if (max < sizes[0])
        max = sizes[0];
    uint64_t *keys = malloc(max * sizeof *keys), *miss = malloc(max * sizeof *miss);
    if (keys == NULL || miss == NULL)
        die("out of memory");
    /* Random keys: odd ones in the maps, even ones for the misses. */
    for (size_t i = 0; i < max; i++) {
        keys[i] = next_u64() | 1;
        miss[i] = next_u64() & ~(uint64_t)1;
    }
    kl_bench_header();
    if (kl_bench_absl_missing != NULL)
        printf("(%s)\n", kl_bench_absl_missing);
#if !KL_BENCH_HAVE_RUST
    printf("(Rust anchor not built: configure found no rustc)\n");
#endif
#if !KL_BENCH_HAVE_GLIB
    printf("(GLib anchor not built: configure found no glib-2.0)\n");
#endif
    for (size_t s = 0; s < sizeof sizes / sizeof sizes[0] && sizes[s] <= max; s++) {
        bench b = { keys, miss, sizes[s], 0, { { 0 } }, { { 0 } }, NULL, NULL,
#if KL_BENCH_HAVE_GLIB
                    NULL
#endif
        };
        b.reps = b.n >= 1000000 ? 1 : 1000000 / b.n;
        int rounds = b.n >= 10000000 ? 1 : b.n >= 1000000 ? 3 : 11;
        fast_map_init(&b.fast, NULL);
        sip_map_init(&b.sip, NULL);
        for (size_t i = 0; i < b.n; i++)
            if (fast_map_insert(&b.fast, keys[i], i, NULL, NULL) != KL_OK)
                die("out of memory");
        if (fast_map_len(&b.fast) != b.n)
            die("duplicate keys");
        for (size_t i = 0; i < b.n; i++)
            if (fast_map_contains(&b.fast, miss[i]))
                die("a miss key is a key");

        if (kl_bench_absl_missing == NULL) {
            b.absl = kl_bench_absl_map_new();
            kl_bench_absl_map_fill(b.absl, keys, b.n);
            if (kl_bench_absl_map_lookup(b.absl, keys, b.n, 1) != fast_map_lookup(&b.fast, keys, b.n, 1))
                die("absl and keel disagree");
            run_four(&b, "fast", "absl::flat_hash_map", fast_map_insert_run, fast_map_hit_run,
                     fast_map_miss_run, fast_map_remove_run, absl_insert_run, absl_hit_run,
                     absl_miss_run, absl_remove_run, rounds);
            kl_bench_absl_map_free(b.absl);
        }
#if KL_BENCH_HAVE_GLIB
        b.glib = g_hash_table_new(g_direct_hash, g_direct_equal);
        glib_fill(b.glib, keys, b.n);
        if (glib_lookup(b.glib, keys, b.n, 1) != fast_map_lookup(&b.fast, keys, b.n, 1))
            die("GLib and keel disagree");
        run_four(&b, "fast", "GLib GHashTable", fast_map_insert_run, fast_map_hit_run,
                 fast_map_miss_run, fast_map_remove_run, glib_insert_run, glib_hit_run,
                 glib_miss_run, glib_remove_run, rounds);
        g_hash_table_destroy(b.glib);
#endif
        fast_map_free(&b.fast);
#if KL_BENCH_HAVE_RUST
        for (size_t i = 0; i < b.n; i++)
            if (sip_map_insert(&b.sip, keys[i], i, NULL, NULL) != KL_OK)
                die("out of memory");
        b.rust = kl_bench_rust_map_new();
        kl_bench_rust_map_fill(b.rust, keys, b.n);
        if (kl_bench_rust_map_lookup(b.rust, keys, b.n, 1) != sip_map_lookup(&b.sip, keys, b.n, 1))
            die("Rust and keel disagree");
        run_four(&b, "sip13", "Rust std HashMap", sip_map_insert_run, sip_map_hit_run,
                 sip_map_miss_run, sip_map_remove_run, rust_insert_run, rust_hit_run,
                 rust_miss_run, rust_remove_run, rounds);
        kl_bench_rust_map_free(b.rust);
#endif
        sip_map_free(&b.sip);
    }
    free(keys);
    free(miss);
    return 0;
}
