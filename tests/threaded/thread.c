/* Tests of keel/thread.h: spawn and join. */
#include <keel/thread.h>
#include "../harness.h"

static void *square(void *arg)
{
    uintptr_t x = (uintptr_t)arg;
    return (void *)(x * x);
}

START_TEST(spawn_and_join_return_values)
{
    kl_thread t[8];
    for (uintptr_t i = 0; i < 8; i++)
        ck_assert_int_eq(kl_thread_spawn(&t[i], square, (void *)i), KL_OK);
    for (uintptr_t i = 0; i < 8; i++) {
        void *r = NULL;
        ck_assert_int_eq(kl_thread_join(t[i], &r), KL_OK);
        ck_assert_uint_eq((uintptr_t)r, i * i);
    }
}
END_TEST

static void *set_flag(void *arg)
{
    *(int *)arg = 1;
    return NULL;
}

START_TEST(join_waits_for_the_thread)
{
    int flag = 0;
    kl_thread t;
    ck_assert_int_eq(kl_thread_spawn(&t, set_flag, &flag), KL_OK);
    ck_assert_int_eq(kl_thread_join(t, NULL), KL_OK);
    ck_assert_int_eq(flag, 1); /* join orders the thread's writes before us */
}
END_TEST

START_TEST(joining_yourself_is_edeadlk)
{
    kl_thread self = { pthread_self() };
    ck_assert_int_eq(kl_thread_join(self, NULL), KL_EDEADLK);
}
END_TEST

static Suite *thread_suite(void)
{
    Suite *s = suite_create("thread");
    TCase *tc = tcase_create("spawn");
    tcase_add_test(tc, spawn_and_join_return_values);
    tcase_add_test(tc, join_waits_for_the_thread);
    tcase_add_test(tc, joining_yourself_is_edeadlk);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(thread_suite)
