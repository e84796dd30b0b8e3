/* kl_thread_spawn, kl_thread_join over POSIX threads. */
#include <errno.h>
#include <pthread.h>

#include <keel/panic.h>
#include <keel/thread.h>
#include "internal/sys.h"

kl_err kl_thread_spawn(kl_thread *t, kl_thread_fn fn, void *arg)
{
    pthread_t handle;
    int rc = pthread_create(&handle, NULL, fn, arg);
    if (rc != 0)
        return kl__err_from_errno(rc);
    t->handle = handle;
    return KL_OK;
}

kl_err kl_thread_join(kl_thread t, void **result)
{
    void *value = NULL;
    int rc = pthread_join(t.handle, &value);
    if (rc != 0)
        return kl__err_from_errno(rc);
    if (result != NULL)
        *result = value;
    return KL_OK;
}
