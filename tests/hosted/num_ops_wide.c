/* keel/num.h's 64-bit arithmetic (i64, u64 and, on 64-bit hosts, usize)
 * against the model of tests/bare/num_ops_model.h computed in __int128,
 * which exists on the hosts the hosted profile runs on but not on 32-bit
 * ARM (tests/bare/num_ops.c checks the narrower widths everywhere). */
#include <keel/num.h>
#include "../harness.h"

typedef __int128 wide;
typedef unsigned __int128 uwide;
#include "../bare/num_ops_model.h"

MODEL_SIGNED(i64, int64_t, INT64_MIN, INT64_MAX)
MODEL_UNSIGNED(u64, uint64_t, UINT64_MAX)
MODEL_UNSIGNED(usize, size_t, SIZE_MAX)

START_TEST(model_edges)
{
    MODEL_EDGES(i64, int64_t, 0, 1, -1, 2, -2, INT64_C(1) << 32, -(INT64_C(1) << 32),
                INT64_MIN, INT64_MIN + 1, INT64_MAX, INT64_MAX - 1, 3037000499,
                -3037000500, 3037000500);
    MODEL_EDGES(u64, uint64_t, 0, 1, 2, UINT64_C(1) << 32, (UINT64_C(1) << 32) - 1,
                (UINT64_C(1) << 32) + 1, UINT64_MAX / 2, UINT64_MAX / 2 + 1, UINT64_MAX,
                UINT64_MAX - 1);
    MODEL_EDGES(usize, size_t, 0, 1, 2, 65535, 65536, SIZE_MAX / 2, SIZE_MAX / 2 + 1,
                SIZE_MAX, SIZE_MAX - 1);
}
END_TEST

START_TEST(model_random)
{
    long n = kl_test_iterations(200000, 20);
    MODEL_RANDOM(i64, int64_t, n);
    MODEL_RANDOM(u64, uint64_t, n);
    MODEL_RANDOM(usize, size_t, n);
    ck_assert_int_ge(model_checked, 3 * 7 * n);
}
END_TEST

static Suite *num_ops_wide_suite(void)
{
    Suite *s = suite_create("num_ops_wide");
    TCase *tc = tcase_create("arith64");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, model_edges);
    tcase_add_test(tc, model_random);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(num_ops_wide_suite)
