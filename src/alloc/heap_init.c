/* kl_heap_init, kl_heap_add_region, kl_heap_allocator: setting a heap up
 * over memory regions, and the kl_allocator face of it. */
#include "internal/heap.h"

kl_err kl_heap_add_region(kl_heap *h, void *region, size_t size)
{
    uintptr_t start = ((uintptr_t)region + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
    uintptr_t end = ((uintptr_t)region + size) & ~(uintptr_t)(ALIGN - 1);
    if ((uintptr_t)region + size < (uintptr_t)region || end <= start)
        return KL_EINVAL;
    size_t bytes = end - start;
    /* The region header, the first block's header, one minimal payload,
     * the sentinel. */
    size_t fixed = sizeof(struct kl__heap_region) + HDR + HDR;
    if (bytes < fixed + MIN_SIZE)
        return KL_EINVAL;
    size_t payload = bytes - fixed;
    if (payload > BLOCK_MAX) {
        payload = BLOCK_MAX;
        bytes = payload + fixed;
    }

    struct kl__heap_region *r = (struct kl__heap_region *)start;
    r->next = h->regions;
    r->bytes = bytes;
    h->regions = r;

    block *first = (block *)(void *)(r + 1);
    first->prev_phys = NULL;
    first->size = payload; /* the region header before it is not free */
    block *sentinel = block_next(first);
    sentinel->size = 0;
    mark_free(first);
    list_insert(h, first);
    return KL_OK;
}

static void *heap_vt_alloc(void *ctx, size_t size, size_t align)
{
    return kl_heap_alloc(ctx, size, align);
}

static void *heap_vt_resize(void *ctx, void *ptr, size_t old_size, size_t new_size,
                            size_t align)
{
    return kl_heap_resize(ctx, ptr, new_size, align);
}

static void heap_vt_free(void *ctx, void *ptr, size_t size, size_t align)
{
    kl_heap_free(ctx, ptr);
}

static const kl_allocator_vtable heap_vtable = { heap_vt_alloc, heap_vt_resize, heap_vt_free };

kl_err kl_heap_init(kl_heap *h, void *region, size_t size)
{
    *h = (kl_heap){ .allocator = { &heap_vtable, h } };
    return kl_heap_add_region(h, region, size);
}

kl_allocator *kl_heap_allocator(kl_heap *h)
{
    return &h->allocator;
}
