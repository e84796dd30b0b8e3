/* kl_arc: atomic reference counting (the orderings of Rust's Arc).
 *
 * Increments are relaxed: a thread can only add a reference through one
 * it holds, which already keeps the value alive.  Decrements release, so
 * every use of the value happens before the count drops; the thread that
 * takes it to 0 then acquires (a load, not a fence: ThreadSanitizer does
 * not model fences) before running the destructor or freeing. */
#include "internal/rc.h"

#define LOCKED SIZE_MAX /* the weak count while get_mut looks */

kl_err kl_arc_new(kl_arc *out, kl_allocator *alloc, const void *value, size_t size,
                  size_t align, kl_rc_drop_fn drop)
{
    kl__rc_block b;
    void *v = kl__rc_block_new(alloc, value, size, align, sizeof(kl__arc_header),
                               _Alignof(kl__arc_header), drop, &b);
    if (v == NULL)
        return KL_ENOMEM;
    kl__arc_header *h = kl__arc_header_of(v);
    kl_atomic_usize_init(&h->strong, 1);
    kl_atomic_usize_init(&h->weak, 1);
    h->block = b;
    out->ptr = v;
    return KL_OK;
}

kl_arc kl_arc_clone(kl_arc a)
{
    kl__arc_header *h = kl__arc_header_of(a.ptr);
    if (kl_atomic_usize_fetch_add(&h->strong, 1, KL_ORDER_RELAXED) >= KL__RC_MAX)
        kl__rc_overflow();
    return a;
}

static void release_weak(kl__arc_header *h, void *value)
{
    if (kl_atomic_usize_fetch_sub(&h->weak, 1, KL_ORDER_RELEASE) != 1)
        return;
    (void)kl_atomic_usize_load(&h->weak, KL_ORDER_ACQUIRE);
    kl__rc_block_free(&h->block, value);
}

void kl_arc_drop(kl_arc a)
{
    kl__arc_header *h = kl__arc_header_of(a.ptr);
    if (kl_atomic_usize_fetch_sub(&h->strong, 1, KL_ORDER_RELEASE) != 1)
        return;
    (void)kl_atomic_usize_load(&h->strong, KL_ORDER_ACQUIRE);
    if (h->block.drop != NULL)
        h->block.drop(a.ptr);
    release_weak(h, a.ptr);
}

kl_arc_weak kl_arc_downgrade(kl_arc a)
{
    kl__arc_header *h = kl__arc_header_of(a.ptr);
    size_t cur = kl_atomic_usize_load(&h->weak, KL_ORDER_RELAXED);
    for (;;) {
        if (cur == LOCKED) { /* get_mut is looking: wait for it */
            cur = kl_atomic_usize_load(&h->weak, KL_ORDER_RELAXED);
            continue;
        }
        if (cur >= KL__RC_MAX)
            kl__rc_overflow();
        /* Acquire: pairs with get_mut's release of the lock. */
        if (kl_atomic_usize_compare_exchange_weak(&h->weak, &cur, cur + 1,
                                                  KL_ORDER_ACQUIRE, KL_ORDER_RELAXED))
            return (kl_arc_weak){ a.ptr };
    }
}

bool kl_arc_weak_upgrade(kl_arc_weak w, kl_arc *out)
{
    if (w.ptr == NULL)
        return false;
    kl__arc_header *h = kl__arc_header_of(w.ptr);
    size_t n = kl_atomic_usize_load(&h->strong, KL_ORDER_RELAXED);
    for (;;) {
        if (n == 0)
            return false;
        if (n >= KL__RC_MAX)
            kl__rc_overflow();
        if (kl_atomic_usize_compare_exchange_weak(&h->strong, &n, n + 1,
                                                  KL_ORDER_ACQUIRE, KL_ORDER_RELAXED)) {
            out->ptr = w.ptr;
            return true;
        }
    }
}

kl_arc_weak kl_arc_weak_clone(kl_arc_weak w)
{
    if (w.ptr == NULL)
        return w;
    kl__arc_header *h = kl__arc_header_of(w.ptr);
    if (kl_atomic_usize_fetch_add(&h->weak, 1, KL_ORDER_RELAXED) >= KL__RC_MAX)
        kl__rc_overflow();
    return w;
}

void kl_arc_weak_drop(kl_arc_weak w)
{
    if (w.ptr != NULL)
        release_weak(kl__arc_header_of(w.ptr), w.ptr);
}

size_t kl_arc_strong_count(kl_arc a)
{
    return kl_atomic_usize_load(&kl__arc_header_of(a.ptr)->strong, KL_ORDER_ACQUIRE);
}

size_t kl_arc_weak_count(kl_arc a)
{
    size_t w = kl_atomic_usize_load(&kl__arc_header_of(a.ptr)->weak, KL_ORDER_ACQUIRE);
    /* Locked means get_mut saw no weak reference. */
    return w == LOCKED ? 0 : w - 1;
}

size_t kl_arc_weak_strong_count(kl_arc_weak w)
{
    if (w.ptr == NULL)
        return 0;
    return kl_atomic_usize_load(&kl__arc_header_of(w.ptr)->strong, KL_ORDER_ACQUIRE);
}

void *kl_arc_get_mut(kl_arc a)
{
    kl__arc_header *h = kl__arc_header_of(a.ptr);
    /* Lock the weak count at "no weak reference" so that none can be made
     * while the strong count is read (Rust's Arc::is_unique). */
    size_t one = 1;
    if (!kl_atomic_usize_compare_exchange(&h->weak, &one, LOCKED, KL_ORDER_ACQUIRE,
                                          KL_ORDER_RELAXED))
        return NULL;
    bool unique = kl_atomic_usize_load(&h->strong, KL_ORDER_ACQUIRE) == 1;
    kl_atomic_usize_store(&h->weak, 1, KL_ORDER_RELEASE);
    return unique ? a.ptr : NULL;
}
