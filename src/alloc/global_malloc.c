/* keel's default global allocator where the C library has malloc
 * (src/alloc/global.c chooses; a build --without-malloc has
 * global_heap.c instead).
 *
 * This is the one file of the alloc layer that includes a libc header.
 * malloc's blocks are aligned for any fundamental type; larger alignments
 * go to aligned_alloc (C11), whose blocks realloc may not keep aligned, so
 * those are resized by allocate-copy-free. */
#include <stdlib.h>

#include "internal/alloc.h"

static void *malloc_alloc(void *ctx, size_t size, size_t align)
{
    if (align <= _Alignof(max_align_t))
        return malloc(size);
    /* aligned_alloc wants a size that is a multiple of the alignment. */
    size_t rounded = (size + align - 1) & ~(align - 1);
    if (rounded < size)
        return NULL;
    return aligned_alloc(align, rounded);
}

static void *malloc_resize(void *ctx, void *ptr, size_t old_size, size_t new_size,
                           size_t align)
{
    if (align <= _Alignof(max_align_t))
        return realloc(ptr, new_size);
    void *fresh = malloc_alloc(ctx, new_size, align);
    if (fresh == NULL)
        return NULL;
    __builtin_memcpy(fresh, ptr, old_size < new_size ? old_size : new_size);
    free(ptr);
    return fresh;
}

static void malloc_free(void *ctx, void *ptr, size_t size, size_t align)
{
    free(ptr);
}

static const kl_allocator_vtable malloc_vtable = { malloc_alloc, malloc_resize, malloc_free };
static kl_allocator malloc_allocator = { &malloc_vtable, NULL };

kl_allocator *kl__global_default(void)
{
    return &malloc_allocator;
}
