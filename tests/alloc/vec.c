/* Tests of keel/vec.h: a model-checked run, and allocation failure
 * injected at every allocation of a workload. */
#include <string.h>

#include <keel/vec.h>
#include "../harness.h"
#include "failing_alloc.h"

KL_VEC_DEFINE(u32_vec, uint32_t)

typedef struct big { uint64_t a[3]; } big;
KL_VEC_DEFINE(big_vec, big)

START_TEST(push_pop_against_a_model)
{
    u32_vec v = { KL_VEC_INIT };
    static uint32_t model[20000];
    size_t n = 0;
    uint32_t x = 12345;
    for (int i = 0; i < 20000; i++) {
        x = x * 1103515245u + 12345u;
        if (x % 3 != 0 || n == 0) {
            ck_assert_int_eq(u32_vec_push(&v, x), KL_OK);
            model[n++] = x;
        } else {
            uint32_t got;
            ck_assert(u32_vec_pop(&v, &got));
            ck_assert_uint_eq(got, model[--n]);
        }
        ck_assert_uint_eq(u32_vec_len(&v), n);
        ck_assert_uint_le(v.raw.len, v.raw.cap);
    }
    for (size_t i = 0; i < n; i++)
        ck_assert_uint_eq(*u32_vec_at(&v, i), model[i]);
    ck_assert_int_eq(memcmp(u32_vec_data(&v), model, n * sizeof model[0]), 0);
    while (u32_vec_pop(&v, NULL))
        n--;
    ck_assert_uint_eq(n, 0);
    ck_assert(!u32_vec_pop(&v, NULL));
    u32_vec_free(&v);
    ck_assert_uint_eq(v.raw.cap, 0);
}
END_TEST

START_TEST(every_allocation_failure_leaves_the_vector_intact)
{
    /* Run the workload once per allocation it makes, failing that one. */
    for (long k = 1;; k++) {
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        big_vec v;
        big_vec_init(&v, &f.allocator);
        bool failed = false;
        for (uint64_t i = 0; i < 300; i++) {
            kl_vec before = v.raw;
            big b = { { i, i * 2, i * 3 } };
            kl_err err = big_vec_push(&v, b);
            if (err != KL_OK) {
                ck_assert_int_eq(err, KL_ENOMEM);
                ck_assert(memcmp(&before, &v.raw, sizeof before) == 0);
                failed = true;
                continue; /* later pushes succeed again */
            }
        }
        /* Everything pushed is there, in order, whatever failed. */
        for (size_t i = 1; i < big_vec_len(&v); i++)
            ck_assert_uint_gt(big_vec_at(&v, i)->a[0], big_vec_at(&v, i - 1)->a[0]);
        ck_assert_uint_eq(f.live_bytes, v.raw.cap * sizeof(big));
        big_vec_free(&v);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert(failed == f.failed);
        if (!failed)
            break; /* k passed the workload's last allocation */
        ck_assert_int_lt(k, 100);
    }
}
END_TEST

START_TEST(reserve_overflow_is_enomem)
{
    u32_vec v;
    u32_vec_init(&v, NULL);
    ck_assert_int_eq(u32_vec_push(&v, 1), KL_OK);
    kl_vec before = v.raw;
    ck_assert_int_eq(u32_vec_reserve(&v, SIZE_MAX), KL_ENOMEM);
    ck_assert_int_eq(u32_vec_reserve(&v, SIZE_MAX / 4), KL_ENOMEM);
    ck_assert(memcmp(&before, &v.raw, sizeof before) == 0);
    ck_assert_int_eq(u32_vec_reserve(&v, 1000), KL_OK);
    ck_assert_uint_ge(v.raw.cap, 1001);
    ck_assert_uint_eq(*u32_vec_at(&v, 0), 1);
    u32_vec_free(&v);
}
END_TEST

START_TEST(index_out_of_range_panics)
{
    u32_vec v = { KL_VEC_INIT };
    ck_assert_int_eq(u32_vec_push(&v, 7), KL_OK);
    KL_EXPECT_PANIC((void)u32_vec_at(&v, 1));
    ck_assert_str_eq(kl_test_panic_message(),
                     "index out of bounds: the len is 1 but the index is 1");
    u32_vec_free(&v);
}
END_TEST

static Suite *vec_suite(void)
{
    Suite *s = suite_create("vec");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, push_pop_against_a_model);
    tcase_add_test(tc, every_allocation_failure_leaves_the_vector_intact);
    tcase_add_test(tc, reserve_overflow_is_enomem);
    tcase_add_test(tc, index_out_of_range_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(vec_suite)
