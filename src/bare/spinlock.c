/* kl_spinlock: test-and-test-and-set with exponential backoff.
 *
 * The waiter spins on plain loads (the cache line stays shared while the
 * holder works) and tries the exchange only when the lock looks free:
 * Anderson, "The Performance of Spin Lock Alternatives for Shared-Memory
 * Multiprocessors" (IEEE TPDS, 1990), for both the test-and-test-and-set
 * and the backoff. */
#include <keel/atomic.h>
#include <keel/panic.h>

void kl_spinlock_init(kl_spinlock *l)
{
    kl_atomic_bool_init(&l->locked, false);
}

void kl_spinlock_lock(kl_spinlock *l)
{
    kl_backoff b = KL_BACKOFF_INIT;
    for (;;) {
        if (!kl_atomic_bool_exchange(&l->locked, true, KL_ORDER_ACQUIRE))
            return;
        do
            kl_backoff_spin(&b);
        while (kl_atomic_bool_load(&l->locked, KL_ORDER_RELAXED));
    }
}

bool kl_spinlock_try_lock(kl_spinlock *l)
{
    return !kl_atomic_bool_load(&l->locked, KL_ORDER_RELAXED) &&
           !kl_atomic_bool_exchange(&l->locked, true, KL_ORDER_ACQUIRE);
}

void kl_spinlock_unlock(kl_spinlock *l)
{
    KL_DEBUG_ASSERT(kl_atomic_bool_load(&l->locked, KL_ORDER_RELAXED));
    kl_atomic_bool_store(&l->locked, false, KL_ORDER_RELEASE);
}
