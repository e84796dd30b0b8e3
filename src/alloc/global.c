/* kl_global_allocator, kl_set_global_allocator: which allocator a NULL
 * allocator argument means.
 *
 * This object is what a program that defines kl_global_allocator() itself
 * replaces (at link time, as kl_panic_handler).  Otherwise the choice is
 * one atomic pointer, NULL until decided: the first kl_global_allocator()
 * fixes it to the installed allocator or keel's default, and
 * kl_set_global_allocator() succeeds only while it is still NULL -- so an
 * allocation can never be freed by an allocator other than its own. */
#include <stdatomic.h>

#include <keel/panic.h>
#include "internal/alloc.h"

static _Atomic(kl_allocator *) global;

kl_allocator *kl_global_allocator(void)
{
    kl_allocator *a = atomic_load_explicit(&global, memory_order_acquire);
    if (KL_LIKELY(a != NULL))
        return a;
    kl_allocator *expected = NULL;
    a = kl__global_default();
    if (!atomic_compare_exchange_strong_explicit(&global, &expected, a, memory_order_acq_rel,
                                                 memory_order_acquire))
        a = expected; /* kl_set_global_allocator or another thread won */
    return a;
}

kl_err kl_set_global_allocator(kl_allocator *a)
{
    if (a == NULL)
        kl_panic("kl_set_global_allocator: the allocator is NULL");
    kl_allocator *expected = NULL;
    if (!atomic_compare_exchange_strong_explicit(&global, &expected, a, memory_order_acq_rel,
                                                 memory_order_acquire))
        return KL_EBUSY;
    return KL_OK;
}
