/* The allocation-failure hook, and the allocating calls that use it:
 * for callers that choose to treat running out of memory as fatal (Rust's
 * handle_alloc_error), while every other keel call returns KL_ENOMEM. */
#include <stdatomic.h>

#include <keel/alloc.h>
#include <keel/panic.h>

static _Atomic(kl_alloc_error_hook) hook;

kl_alloc_error_hook kl_set_alloc_error_hook(kl_alloc_error_hook h)
{
    return atomic_exchange_explicit(&hook, h, memory_order_acq_rel);
}

void kl_handle_alloc_error(size_t size, size_t align)
{
    kl_alloc_error_hook h = atomic_load_explicit(&hook, memory_order_acquire);
    if (h != NULL)
        h(size, align);
    kl_panic("memory allocation of %zu bytes (align %zu) failed", size, align);
}

void *kl_alloc_or_die(kl_allocator *a, size_t size, size_t align)
{
    void *p = kl_alloc(a, size, align);
    if (KL_UNLIKELY(p == NULL))
        kl_handle_alloc_error(size, align);
    return p;
}

void *kl_resize_or_die(kl_allocator *a, void *ptr, size_t old_size, size_t new_size,
                       size_t align)
{
    void *p = kl_resize(a, ptr, old_size, new_size, align);
    if (KL_UNLIKELY(p == NULL))
        kl_handle_alloc_error(new_size, align);
    return p;
}
