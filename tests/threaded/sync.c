/* Tests of keel/sync.h: the mutex excludes, and is small and static. */
#include <keel/sync.h>
#include <keel/thread.h>
#include "../harness.h"

static kl_mutex counter_lock = KL_MUTEX_INIT;
static unsigned long counter; /* guarded by counter_lock, deliberately non-atomic */

enum { THREADS = 4 };

static void *hammer(void *arg)
{
    long n = (long)(intptr_t)arg;
    for (long i = 0; i < n; i++) {
        kl_mutex_lock(&counter_lock);
        counter++;
        kl_mutex_unlock(&counter_lock);
    }
    return NULL;
}

START_TEST(mutual_exclusion_under_contention)
{
    long n = kl_test_iterations(200000, 20);
    kl_thread t[THREADS];
    counter = 0;
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(kl_thread_spawn(&t[i], hammer, (void *)(intptr_t)n), KL_OK);
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(kl_thread_join(t[i], NULL), KL_OK);
    ck_assert_uint_eq(counter, (unsigned long)n * THREADS);
}
END_TEST

START_TEST(try_lock)
{
    kl_mutex m;
    kl_mutex_init(&m);
    ck_assert(kl_mutex_try_lock(&m));
    ck_assert(!kl_mutex_try_lock(&m));
    kl_mutex_unlock(&m);
    ck_assert(kl_mutex_try_lock(&m));
    kl_mutex_unlock(&m);
    kl_mutex_lock(&m);
    ck_assert(!kl_mutex_try_lock(&m));
    kl_mutex_unlock(&m);
}
END_TEST

static void *try_from_other_thread(void *arg)
{
    bool got = kl_mutex_try_lock(arg);
    if (got)
        kl_mutex_unlock(arg);
    return (void *)(intptr_t)got;
}

START_TEST(held_mutex_is_held_for_other_threads)
{
    kl_mutex m = KL_MUTEX_INIT;
    kl_mutex_lock(&m);
    kl_thread t;
    void *r;
    ck_assert_int_eq(kl_thread_spawn(&t, try_from_other_thread, &m), KL_OK);
    ck_assert_int_eq(kl_thread_join(t, &r), KL_OK);
    ck_assert_int_eq((intptr_t)r, 0);
    kl_mutex_unlock(&m);
    ck_assert_int_eq(kl_thread_spawn(&t, try_from_other_thread, &m), KL_OK);
    ck_assert_int_eq(kl_thread_join(t, &r), KL_OK);
    ck_assert_int_eq((intptr_t)r, 1);
    ck_assert(kl_mutex_try_lock(&m)); /* and it gave it back */
    kl_mutex_unlock(&m);
}
END_TEST

START_TEST(futex_mutex_is_four_bytes)
{
#if KL_HAVE_FUTEX
    ck_assert_uint_eq(sizeof(kl_mutex), 4);
    static const kl_mutex zero = KL_MUTEX_INIT;
    ck_assert_uint_eq(zero.state, 0);
#else
    ck_assert_uint_ge(sizeof(kl_mutex), sizeof(pthread_mutex_t));
#endif
}
END_TEST

static Suite *sync_suite(void)
{
    Suite *s = suite_create("sync");
    TCase *tc = tcase_create("mutex");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, mutual_exclusion_under_contention);
    tcase_add_test(tc, try_lock);
    tcase_add_test(tc, held_mutex_is_held_for_other_threads);
    tcase_add_test(tc, futex_mutex_is_four_bytes);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(sync_suite)
