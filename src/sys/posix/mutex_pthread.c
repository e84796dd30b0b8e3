/* kl_mutex over a pthread mutex: the fallback where there is no futex
 * (configure --without-futex forces it on Linux). */
#include <pthread.h>

#include <keel/panic.h>
#include <keel/sync.h>

void kl_mutex_init(kl_mutex *m)
{
    int rc = pthread_mutex_init(&m->m, NULL);
    if (rc != 0)
        kl_panic("pthread_mutex_init failed (error %d)", rc);
}

void kl_mutex_lock(kl_mutex *m)
{
    int rc = pthread_mutex_lock(&m->m);
    if (rc != 0)
        kl_panic("pthread_mutex_lock failed (error %d)", rc);
}

bool kl_mutex_try_lock(kl_mutex *m)
{
    return pthread_mutex_trylock(&m->m) == 0;
}

void kl_mutex_unlock(kl_mutex *m)
{
    int rc = pthread_mutex_unlock(&m->m);
    if (rc != 0)
        kl_panic("pthread_mutex_unlock failed (error %d)", rc);
}
