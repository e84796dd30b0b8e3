/* bench/heap_o1.c -- the instruction counts behind keel's heap's O(1)
 * claim.  `heap_o1 N OPS` fills a kl_heap with N live blocks of random
 * sizes (16..256 bytes, random frees mixed in so the free lists are
 * populated and fragmented), then does OPS rounds of: free a random live
 * block (measure_free), allocate a block of a random size in its place
 * (measure_alloc).  Run under
 *     valgrind --tool=callgrind --toggle-collect=measure_alloc
 * (or measure_free), the collected instructions divided by OPS are the
 * instructions per operation; build-aux/heap-o1 (make bench-heap-o1)
 * does that for N = 1e3 ... 1e6.  Without valgrind it just runs. */
#include <stdio.h>
#include <stdlib.h>

#include <keel/heap.h>
#include <keel/rand.h>

__attribute__((noinline)) void *measure_alloc(kl_heap *h, size_t size);
__attribute__((noinline)) void measure_free(kl_heap *h, void *p);

__attribute__((noinline)) void *measure_alloc(kl_heap *h, size_t size)
{
    return kl_heap_alloc(h, size, 8);
}

__attribute__((noinline)) void measure_free(kl_heap *h, void *p)
{
    kl_heap_free(h, p);
}

static size_t random_size(kl_rand *r)
{
    return 16 + (size_t)kl_rand_below(r, 241);
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? strtoul(argv[1], NULL, 10) : 1000;
    size_t ops = argc > 2 ? strtoul(argv[2], NULL, 10) : 20000;
    size_t region_size = n * 400 + (1u << 20);
    static kl_heap heap;
    char *region = malloc(region_size);
    void **live = malloc(n * sizeof *live);
    if (region == NULL || live == NULL || kl_heap_init(&heap, region, region_size) != KL_OK) {
        fprintf(stderr, "heap_o1: out of memory\n");
        return 1;
    }
    kl_rand r;
    kl_rand_seed(&r, 99);
    /* Fill to 3n/2 and free a random third: holes of every size. */
    size_t filled = n + n / 2;
    void **tmp = malloc(filled * sizeof *tmp);
    if (tmp == NULL)
        return 1;
    for (size_t i = 0; i < filled; i++)
        tmp[i] = kl_heap_alloc(&heap, random_size(&r), 8);
    kl_rand_shuffle(&r, tmp, filled, sizeof *tmp);
    for (size_t i = n; i < filled; i++)
        kl_heap_free(&heap, tmp[i]);
    for (size_t i = 0; i < n; i++)
        live[i] = tmp[i];
    free(tmp);
    for (size_t i = 0; i < ops; i++) {
        size_t k = (size_t)kl_rand_below(&r, n);
        measure_free(&heap, live[k]);
        live[k] = measure_alloc(&heap, random_size(&r));
        if (live[k] == NULL) {
            fprintf(stderr, "heap_o1: heap full\n");
            return 1;
        }
    }
    kl_heap_stats s = kl_heap_stats_get(&heap);
    printf("live %zu free_blocks %zu ops %zu\n", s.used_blocks, s.free_blocks, ops);
    free(live);
    free(region);
    return 0;
}
