/* keel's default global allocator in a build --without-malloc: a kl_heap
 * over the memory the program hands over with kl_global_heap_init (src/
 * alloc/global.c chooses; a build with malloc has global_malloc.c
 * instead).  Until the first region arrives every request gets NULL.
 * No lock: the alloc profile on a bare-metal target has no threads, and
 * a program that allocates from interrupt handlers too serialises the
 * calls itself. */
#include <keel/heap.h>
#include "internal/alloc.h"

static kl_heap heap;
static bool ready;

static void *global_heap_alloc(void *ctx, size_t size, size_t align)
{
    return ready ? kl_heap_alloc(&heap, size, align) : NULL;
}

static void *global_heap_resize(void *ctx, void *ptr, size_t old_size, size_t new_size, size_t align)
{
    return kl_heap_resize(&heap, ptr, new_size, align);
}

static void global_heap_free(void *ctx, void *ptr, size_t size, size_t align)
{
    kl_heap_free(&heap, ptr);
}

/* Not the heap's own vtable: that one would be NULL-unsafe before
 * kl_global_heap_init, whose kl_heap_init also resets the heap. */
static const kl_allocator_vtable global_heap_vtable = { global_heap_alloc, global_heap_resize, global_heap_free };
static kl_allocator global_heap_allocator = { &global_heap_vtable, NULL };

kl_err kl_global_heap_init(void *region, size_t size)
{
    if (ready)
        return kl_heap_add_region(&heap, region, size);
    kl_err err = kl_heap_init(&heap, region, size);
    if (err == KL_OK)
        ready = true;
    return err;
}

kl_heap *kl_global_heap(void)
{
    return ready ? &heap : NULL;
}

kl_allocator *kl__global_default(void)
{
    return &global_heap_allocator;
}
