/* bench/rbtree.c -- keel's intrusive red-black tree against glibc's
 * tsearch family (also a red-black tree) on random 64-bit keys: insert N
 * keys then erase them in another random order, and find (every lookup
 * a hit), for N = 1,000 (cache-resident) and 1,000,000.  Both compare
 * through a function pointer; glibc mallocs a node per tsearch and frees
 * it in tdelete, keel's nodes live in the caller's array. */
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>

#include <keel/rbtree.h>
#include "harness.h"

typedef struct item {
    uint64_t key;
    kl_rb_node node;
} item;

typedef struct input {
    size_t n;
    item *items;     /* the keys, in insertion order */
    size_t *erase;   /* a permutation: erase order */
    size_t *probe;   /* lookups: indices into items */
    kl_rb_tree tree; /* for the find case: all keys */
    void *troot;     /* the same for glibc */
} input;

static int keel_cmp(const kl_rb_node *a, const kl_rb_node *b)
{
    uint64_t x = KL_RB_ENTRY(a, item, node)->key, y = KL_RB_ENTRY(b, item, node)->key;
    return (x > y) - (x < y);
}

static int glibc_cmp(const void *a, const void *b)
{
    uint64_t x = ((const item *)a)->key, y = ((const item *)b)->key;
    return (x > y) - (x < y);
}

static uint64_t keel_insert_erase(void *ctx, size_t iters)
{
    input *in = ctx;
    kl_rb_tree t = KL_RB_TREE_INIT(keel_cmp);
    (void)iters;
    uint64_t sum = 0;
    for (size_t i = 0; i < in->n; i++)
        sum += kl_rb_insert(&t, &in->items[i].node) == NULL;
    for (size_t i = 0; i < in->n; i++)
        kl_rb_erase(&t, &in->items[in->erase[i]].node);
    return sum + kl_rb_len(&t);
}

static uint64_t glibc_insert_erase(void *ctx, size_t iters)
{
    input *in = ctx;
    void *root = NULL;
    (void)iters;
    uint64_t sum = 0;
    for (size_t i = 0; i < in->n; i++)
        sum += *(item **)tsearch(&in->items[i], &root, glibc_cmp) == &in->items[i];
    for (size_t i = 0; i < in->n; i++)
        sum += tdelete(&in->items[in->erase[i]], &root, glibc_cmp) != NULL;
    return sum - in->n + (root != NULL);
}

static uint64_t keel_find(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t i = 0; i < iters; i++) {
        kl_rb_node *n = kl_rb_find(&in->tree, &in->items[in->probe[i % in->n]].node);
        sum += KL_RB_ENTRY(n, item, node)->key;
    }
    return sum;
}

static uint64_t glibc_find(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    for (size_t i = 0; i < iters; i++) {
        item **p = tfind(&in->items[in->probe[i % in->n]], &in->troot, glibc_cmp);
        sum += (*p)->key;
    }
    return sum;
}

static void free_nothing(void *p)
{
    (void)p; /* the items are one array */
}

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static void shuffle(size_t *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        v[i] = i;
    for (size_t i = n; i > 1; i--) {
        size_t j = next() % i, t = v[i - 1];
        v[i - 1] = v[j];
        v[j] = t;
    }
}

static void run(size_t n, int rounds)
{
    input in = { .n = n };
    in.items = malloc(n * sizeof *in.items);
    in.erase = malloc(n * sizeof *in.erase);
    in.probe = malloc(n * sizeof *in.probe);
    /* Distinct keys: a random odd multiplier is a bijection. */
    for (size_t i = 0; i < n; i++)
        in.items[i].key = (uint64_t)i * 0x9e3779b97f4a7c15u + 12345;
    shuffle(in.erase, n);
    shuffle(in.probe, n);
    char name[2][64];
    snprintf(name[0], sizeof name[0], "insert+erase, n = %zu", n);
    snprintf(name[1], sizeof name[1], "find (hit), n = %zu", n);
    kl_bench_case ie = { name[0], "glibc tsearch/tdelete", keel_insert_erase,
                         glibc_insert_erase, &in, 2 * n, rounds };
    kl_bench_run(&ie);
    /* The trees the lookups search, built by each side's inserts. */
    kl_rb_init(&in.tree, keel_cmp);
    for (size_t i = 0; i < n; i++)
        if (kl_rb_insert(&in.tree, &in.items[i].node) != NULL ||
            tsearch(&in.items[i], &in.troot, glibc_cmp) == NULL) {
            fprintf(stderr, "rbtree: insert failed\n");
            exit(1);
        }
    if (kl_rb_check(&in.tree) != NULL) {
        fprintf(stderr, "rbtree: %s\n", kl_rb_check(&in.tree));
        exit(1);
    }
    kl_bench_case f = { name[1], "glibc tfind", keel_find, glibc_find, &in,
                        n < 200000 ? 200000 : n, rounds };
    kl_bench_run(&f);
    tdestroy(in.troot, free_nothing);
    free(in.items);
    free(in.erase);
    free(in.probe);
}

int main(void)
{
    kl_bench_header();
    run(1000, 11);
    run(1000000, 5);
    return 0;
}
