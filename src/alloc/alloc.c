/* kl_alloc, kl_resize, kl_free: the checks every allocator shares.
 *
 * Zero-size blocks never reach an allocator: they are the alignment
 * itself, a non-NULL address nothing may be stored at (Rust's dangling
 * pointer), and freeing one does nothing. */
#include <keel/alloc.h>
#include <keel/panic.h>

static kl_allocator *or_global(kl_allocator *a)
{
    return a != NULL ? a : kl_global_allocator();
}

static void check_align(size_t align)
{
    if (align == 0 || (align & (align - 1)) != 0)
        kl_panic("allocation alignment %zu is not a power of two", align);
}

/* As Rust's Layout: no block may exceed PTRDIFF_MAX once rounded up to its
 * alignment, so pointer differences within it never overflow.  Larger
 * requests fail here, before any allocator sees them. */
static bool size_too_big(size_t size, size_t align)
{
    return size > (size_t)PTRDIFF_MAX - (align - 1);
}

void *kl_alloc(kl_allocator *a, size_t size, size_t align)
{
    check_align(align);
    if (size == 0)
        return (void *)align;
    if (size_too_big(size, align))
        return NULL;
    a = or_global(a);
    return a->vtable->alloc(a->ctx, size, align);
}

void *kl_resize(kl_allocator *a, void *ptr, size_t old_size, size_t new_size,
                size_t align)
{
    check_align(align);
    if (old_size == 0)
        return kl_alloc(a, new_size, align);
    a = or_global(a);
    if (new_size == 0) {
        a->vtable->free(a->ctx, ptr, old_size, align);
        return (void *)align;
    }
    if (size_too_big(new_size, align))
        return NULL;
    return a->vtable->resize(a->ctx, ptr, old_size, new_size, align);
}

void kl_free(kl_allocator *a, void *ptr, size_t size, size_t align)
{
    if (size == 0)
        return;
    a = or_global(a);
    a->vtable->free(a->ctx, ptr, size, align);
}
