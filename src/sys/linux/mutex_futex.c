/* kl_mutex on Linux futexes.
 *
 * The three-state mutex of Ulrich Drepper, "Futexes Are Tricky" (2011),
 * mutex 2: 0 unlocked, 1 locked, 2 locked and maybe waited on.  Unlock
 * makes a system call only when the state says someone may be waiting;
 * an uncontended lock/unlock pair is two atomic operations. */
#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <keel/sync.h>

enum { UNLOCKED = 0, LOCKED = 1, CONTENDED = 2 };

static void futex_wait(uint32_t *addr, uint32_t expected)
{
    /* Returns on a wake, a spurious wake-up, EINTR, or EAGAIN when *addr
     * is no longer `expected`: the caller looks again in every case. */
    syscall(SYS_futex, addr, FUTEX_WAIT_PRIVATE, expected, NULL, NULL, 0);
}

static void futex_wake_one(uint32_t *addr)
{
    syscall(SYS_futex, addr, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0);
}

void kl_mutex_init(kl_mutex *m)
{
    __atomic_store_n(&m->state, UNLOCKED, __ATOMIC_RELAXED);
}

bool kl_mutex_try_lock(kl_mutex *m)
{
    uint32_t expected = UNLOCKED;
    return __atomic_compare_exchange_n(&m->state, &expected, LOCKED, false,
                                       __ATOMIC_ACQUIRE, __ATOMIC_RELAXED);
}

static void lock_contended(kl_mutex *m)
{
    /* Spin briefly first: a lock held for a few instructions is usually
     * free again sooner than a system call returns. */
    for (int i = 0; i < 100; i++) {
        uint32_t s = __atomic_load_n(&m->state, __ATOMIC_RELAXED);
        if (s == UNLOCKED && kl_mutex_try_lock(m))
            return;
        if (s == CONTENDED)
            break;
    }
    /* Mark the mutex contended whenever we take it from here on, since we
     * cannot know whether other waiters remain. */
    while (__atomic_exchange_n(&m->state, CONTENDED, __ATOMIC_ACQUIRE) != UNLOCKED)
        futex_wait(&m->state, CONTENDED);
}

void kl_mutex_lock(kl_mutex *m)
{
    if (!kl_mutex_try_lock(m))
        lock_contended(m);
}

void kl_mutex_unlock(kl_mutex *m)
{
    if (__atomic_exchange_n(&m->state, UNLOCKED, __ATOMIC_RELEASE) == CONTENDED)
        futex_wake_one(&m->state);
}
