/* keel/thread.h -- native threads.  Layer: threaded.
 *
 * A kl_thread is an OS thread (a pthread), spawned and joined.  More
 * (scoped threads, names, park/unpark) comes later.
 */
#ifndef KEEL_THREAD_H
#define KEEL_THREAD_H

#include <keel/require/threaded.h>
#include <pthread.h>

#include <keel/base.h>
#include <keel/error.h>

/* kl_thread: a joinable thread. */
typedef struct kl_thread {
    pthread_t handle;
} kl_thread;

/* kl_thread_fn: a thread's body: takes the spawn argument, returns the
 * value join hands back. */
typedef void *(*kl_thread_fn)(void *arg);

KL_BEGIN_DECLS

/* kl_thread_spawn: start fn(arg) on a new thread, stored in *t.  Returns 0,
 * or KL_EAGAIN when the system lacks the resources for another thread
 * (then *t is untouched).  Every spawned thread must be joined. */
KL_API KL_NODISCARD kl_err kl_thread_spawn(kl_thread *t, kl_thread_fn fn, void *arg);

/* kl_thread_join: wait for t to finish and store its result in *result
 * unless result is NULL.  Returns 0, or KL_EDEADLK when t is the calling
 * thread. */
KL_API KL_NODISCARD kl_err kl_thread_join(kl_thread t, void **result);

KL_END_DECLS

#endif /* KEEL_THREAD_H */
