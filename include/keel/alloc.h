/* keel/alloc.h -- allocators.  Layer: alloc.
 *
 * A kl_allocator is a context plus a vtable.  Deallocation is sized: free
 * and resize are told the size and alignment the block was allocated with,
 * as Rust's Allocator is.  Allocation is fallible everywhere in keel: an
 * allocator returns NULL when it has no memory, and the containers built
 * on it return KL_ENOMEM and leave themselves as they were.
 */
#ifndef KEEL_ALLOC_H
#define KEEL_ALLOC_H

#include <keel/require/alloc.h>
#include <keel/base.h>
#include <keel/error.h>

/* kl_allocator_vtable: what an allocator implements.  keel never calls
 * these with size 0, and align is always a power of two.
 *  alloc:  a block of size bytes aligned to align, or NULL.
 *  resize: the block ptr (allocated with old_size, align) grown or shrunk
 *          to new_size with its first min(old_size, new_size) bytes kept;
 *          maybe moved.  NULL on failure, and then ptr is untouched.
 *  free:   give the block back. */
typedef struct kl_allocator_vtable {
    void *(*alloc)(void *ctx, size_t size, size_t align);
    void *(*resize)(void *ctx, void *ptr, size_t old_size, size_t new_size,
                    size_t align);
    void (*free)(void *ctx, void *ptr, size_t size, size_t align);
} kl_allocator_vtable;

/* kl_allocator: an allocator's operations and their state. */
typedef struct kl_allocator {
    const kl_allocator_vtable *vtable;
    void *ctx;
} kl_allocator;

KL_BEGIN_DECLS

/* kl_global_allocator: the program's global allocator, what a NULL
 * allocator argument means everywhere in keel.  Never NULL.
 *
 * Which allocator that is, first match wins:
 *  - the program's own: a program that defines kl_global_allocator()
 *    itself replaces keel's at link time (statically linked, keel's
 *    object is then not linked; dynamically, the program's definition
 *    interposes), as it replaces kl_panic_handler;
 *  - one installed with kl_set_global_allocator() before the first call;
 *  - keel's default: the C library's malloc (honouring any power-of-two
 *    alignment), or, in a keel built --without-malloc, keel's heap over
 *    the region given to kl_global_heap_init() (<keel/heap.h>; until
 *    then every allocation returns NULL).
 * The first call fixes the choice for the rest of the program. */
KL_API kl_allocator *kl_global_allocator(void);

/* kl_set_global_allocator: make a (not NULL; it must outlive every use)
 * the global allocator.  Only before the global allocator was first asked
 * for (by kl_global_allocator(), which every allocation through a NULL
 * allocator calls): returns KL_OK, or KL_EBUSY once it has been (an
 * allocation may be out, which another allocator could not free).  Safe
 * against concurrent first allocations.  Panics if a is NULL. */
KL_API KL_NODISCARD kl_err kl_set_global_allocator(kl_allocator *a);

/* kl_alloc_error_hook: called by kl_handle_alloc_error with the size and
 * alignment that could not be allocated.  It may log, free caches, or not
 * return (longjmp, reset the device); if it returns, keel panics. */
typedef void (*kl_alloc_error_hook)(size_t size, size_t align);

/* kl_set_alloc_error_hook: install hook (NULL: none) for
 * kl_handle_alloc_error; returns the one it replaces.  Rust's
 * set_alloc_error_hook. */
KL_API kl_alloc_error_hook kl_set_alloc_error_hook(kl_alloc_error_hook hook);

/* kl_handle_alloc_error: for callers that treat running out of memory as
 * fatal (Rust's handle_alloc_error): calls the hook, then panics with
 * "memory allocation of SIZE bytes (align ALIGN) failed".  Never
 * returns. */
KL_API KL_NORETURN void kl_handle_alloc_error(size_t size, size_t align);

/* kl_alloc: size bytes aligned to align from a (NULL = the global
 * allocator), or NULL when out of memory or when size rounded up to align
 * exceeds PTRDIFF_MAX (such requests never reach the allocator).  size 0
 * gives a non-NULL, aligned pointer that must not be dereferenced.  Panics if align is not a
 * power of two. */
KL_API void *kl_alloc(kl_allocator *a, size_t size, size_t align);

/* kl_resize: kl_allocator_vtable.resize through a (NULL = global), with
 * size 0 on either side handled here.  NULL on failure, ptr untouched.
 * Panics if align is not a power of two. */
KL_API void *kl_resize(kl_allocator *a, void *ptr, size_t old_size,
                       size_t new_size, size_t align);

/* kl_alloc_or_die: kl_alloc, but calls kl_handle_alloc_error (which
 * does not return) instead of returning NULL.  Never NULL. */
KL_API void *kl_alloc_or_die(kl_allocator *a, size_t size, size_t align);

/* kl_resize_or_die: kl_resize, but calls kl_handle_alloc_error (with
 * new_size) instead of returning NULL.  Never NULL. */
KL_API void *kl_resize_or_die(kl_allocator *a, void *ptr, size_t old_size,
                              size_t new_size, size_t align);

/* kl_free: give back a block from kl_alloc/kl_resize of a (NULL = global)
 * with its size and alignment.  Does nothing for size 0. */
KL_API void kl_free(kl_allocator *a, void *ptr, size_t size, size_t align);

KL_END_DECLS

#endif /* KEEL_ALLOC_H */
