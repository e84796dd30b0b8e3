/* Tests of kl_spinlock under threads: four threads increment a plain
 * (non-atomic) counter under the lock, with lock and try_lock; no
 * increment may be lost.  Under ThreadSanitizer (tsan-threaded) a missing
 * acquire or release would be reported as a data race on the counter. */
#include <keel/atomic.h>
#include <keel/thread.h>
#include "../harness.h"

static kl_spinlock lock = KL_SPINLOCK_INIT;
static unsigned long counter; /* guarded by lock, deliberately non-atomic */
static unsigned long try_successes[4];

enum { THREADS = 4 };

static void *hammer(void *arg)
{
    long id = (long)(intptr_t)arg;
    long n = kl_test_iterations(100000, 20);
    for (long i = 0; i < n; i++) {
        if (i % 4 == 0) {
            if (!kl_spinlock_try_lock(&lock))
                kl_spinlock_lock(&lock);
            else
                try_successes[id]++;
        } else {
            kl_spinlock_lock(&lock);
        }
        counter++;
        kl_spinlock_unlock(&lock);
    }
    return NULL;
}

START_TEST(mutual_exclusion_under_contention)
{
    kl_thread t[THREADS];
    counter = 0;
    for (long i = 0; i < THREADS; i++)
        ck_assert_int_eq(kl_thread_spawn(&t[i], hammer, (void *)(intptr_t)i), KL_OK);
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(kl_thread_join(t[i], NULL), KL_OK);
    ck_assert_uint_eq(counter, (unsigned long)kl_test_iterations(100000, 20) * THREADS);
    ck_assert(kl_spinlock_try_lock(&lock));
    kl_spinlock_unlock(&lock);
}
END_TEST

static void *try_from_other_thread(void *arg)
{
    bool got = kl_spinlock_try_lock(arg);
    if (got)
        kl_spinlock_unlock(arg);
    return (void *)(intptr_t)got;
}

START_TEST(held_lock_is_held_for_other_threads)
{
    kl_spinlock l = KL_SPINLOCK_INIT;
    kl_thread t;
    void *got;
    kl_spinlock_lock(&l);
    ck_assert_int_eq(kl_thread_spawn(&t, try_from_other_thread, &l), KL_OK);
    ck_assert_int_eq(kl_thread_join(t, &got), KL_OK);
    ck_assert(!(bool)(intptr_t)got);
    kl_spinlock_unlock(&l);
    ck_assert_int_eq(kl_thread_spawn(&t, try_from_other_thread, &l), KL_OK);
    ck_assert_int_eq(kl_thread_join(t, &got), KL_OK);
    ck_assert((bool)(intptr_t)got);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("spinlock");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, mutual_exclusion_under_contention);
    tcase_add_test(tc, held_lock_is_held_for_other_threads);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
