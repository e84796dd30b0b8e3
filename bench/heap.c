/* bench/heap.c -- keel's TLSF heap against glibc's malloc on a mixed
 * workload: K slots, each operation picks a random slot and frees its
 * block if it holds one, else allocates one of a random size in
 * 8..4096 bytes.  Both sides replay the same sequence of (slot, size)
 * from precomputed arrays and keep their own slots across rounds, so the
 * heap always holds about K/2 blocks of mixed sizes.  keel's heap works
 * in one 64 MiB region from malloc, touched once before timing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/heap.h>
#include <keel/rand.h>
#include "harness.h"

#define OPS 65536 /* the replayed sequence's length */

typedef struct input {
    size_t slots;
    uint32_t slot[OPS];
    uint32_t size[OPS];
    size_t keel_pos, glibc_pos;
    void **keel_blocks, **glibc_blocks;
    kl_heap heap;
} input;

static uint64_t keel_mixed(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    size_t pos = in->keel_pos;
    for (size_t i = 0; i < iters; i++, pos = (pos + 1) % OPS) {
        void **b = &in->keel_blocks[in->slot[pos]];
        if (*b != NULL) {
            kl_heap_free(&in->heap, *b);
            *b = NULL;
        } else {
            *b = kl_heap_alloc(&in->heap, in->size[pos], 8);
            *(char *)*b = 1; /* touch it, as a program would */
            sum += (uintptr_t)*b & 0xff;
        }
    }
    in->keel_pos = pos;
    return sum;
}

static uint64_t glibc_mixed(void *ctx, size_t iters)
{
    input *in = ctx;
    uint64_t sum = 0;
    size_t pos = in->glibc_pos;
    for (size_t i = 0; i < iters; i++, pos = (pos + 1) % OPS) {
        void **b = &in->glibc_blocks[in->slot[pos]];
        if (*b != NULL) {
            free(*b);
            *b = NULL;
        } else {
            *b = malloc(in->size[pos]);
            *(char *)*b = 1;
            sum += (uintptr_t)*b & 0xff;
        }
    }
    in->glibc_pos = pos;
    return sum;
}

static void run(size_t slots)
{
    static input in;
    size_t region_size = 64u << 20;
    char *region = malloc(region_size);
    memset(region, 0, region_size);
    in.slots = slots;
    in.keel_pos = in.glibc_pos = 0;
    in.keel_blocks = calloc(slots, sizeof(void *));
    in.glibc_blocks = calloc(slots, sizeof(void *));
    if (region == NULL || in.keel_blocks == NULL || in.glibc_blocks == NULL
        || kl_heap_init(&in.heap, region, region_size) != KL_OK) {
        fprintf(stderr, "bench/heap: out of memory\n");
        exit(1);
    }
    kl_rand r;
    kl_rand_seed(&r, 1);
    for (size_t i = 0; i < OPS; i++) {
        in.slot[i] = (uint32_t)kl_rand_below(&r, slots);
        in.size[i] = 8 + (uint32_t)kl_rand_below(&r, 4096 - 8 + 1);
    }
    char name[64];
    snprintf(name, sizeof name, "mixed alloc/free, %zu slots", slots);
    kl_bench_case c = { name, "glibc malloc/free", keel_mixed, glibc_mixed, &in, 100000, 21 };
    kl_bench_run(&c);
    for (size_t i = 0; i < slots; i++) {
        kl_heap_free(&in.heap, in.keel_blocks[i]);
        free(in.glibc_blocks[i]);
    }
    if (kl_heap_check(&in.heap) != NULL || kl_heap_stats_get(&in.heap).used_blocks != 0) {
        fprintf(stderr, "bench/heap: heap inconsistent at the end\n");
        exit(1);
    }
    free(in.keel_blocks);
    free(in.glibc_blocks);
    free(region);
}

int main(void)
{
    kl_bench_header();
    run(1000);
    run(10000);
    return 0;
}
