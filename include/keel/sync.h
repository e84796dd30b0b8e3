/* keel/sync.h -- synchronisation: mutexes (more to come).  Layer: threaded.
 *
 * kl_mutex is a futex on Linux: 4 bytes, statically initialisable with
 * KL_MUTEX_INIT, no destructor needed.  Where there is no futex (or with
 * configure --without-futex) it wraps a pthread mutex, with the same API.
 * It is not recursive: locking a mutex the thread already holds deadlocks.
 */
#ifndef KEEL_SYNC_H
#define KEEL_SYNC_H

#include <keel/require/threaded.h>
#include <keel/base.h>

#if KL_HAVE_FUTEX
/* kl_mutex: 0 unlocked, 1 locked, 2 locked with waiters. */
typedef struct kl_mutex {
    uint32_t state;
} kl_mutex;
#define KL_MUTEX_INIT { 0 }
#else
#include <pthread.h>
typedef struct kl_mutex {
    pthread_mutex_t m;
} kl_mutex;
#define KL_MUTEX_INIT { PTHREAD_MUTEX_INITIALIZER }
#endif

KL_BEGIN_DECLS

/* kl_mutex_init: initialise m unlocked (as KL_MUTEX_INIT does). */
KL_API void kl_mutex_init(kl_mutex *m);

/* kl_mutex_lock: block until the calling thread holds m. */
KL_API void kl_mutex_lock(kl_mutex *m);

/* kl_mutex_try_lock: take m if it is free; true if taken. */
KL_API bool kl_mutex_try_lock(kl_mutex *m);

/* kl_mutex_unlock: release m, which the calling thread holds. */
KL_API void kl_mutex_unlock(kl_mutex *m);

KL_END_DECLS

#endif /* KEEL_SYNC_H */
