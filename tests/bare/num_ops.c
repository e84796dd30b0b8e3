/* Tests of keel/num.h's arithmetic: exact values at every width's
 * boundaries, and random operands against a model computed in int64_t
 * (the 8- to 32-bit widths; tests/hosted/num_ops_wide.c checks the 64-bit
 * ones against __int128). */
#include <keel/num.h>
#include "../harness.h"

typedef int64_t wide;
typedef uint64_t uwide;
#include "num_ops_model.h"

MODEL_SIGNED(i8, int8_t, INT8_MIN, INT8_MAX)
MODEL_SIGNED(i16, int16_t, INT16_MIN, INT16_MAX)
MODEL_SIGNED(i32, int32_t, INT32_MIN, INT32_MAX)
MODEL_UNSIGNED(u8, uint8_t, UINT8_MAX)
MODEL_UNSIGNED(u16, uint16_t, UINT16_MAX)
MODEL_UNSIGNED(u32, uint32_t, UINT32_MAX)
MODEL_UNSIGNED(usize, size_t, SIZE_MAX)

START_TEST(model_edges)
{
    MODEL_EDGES(i8, int8_t, 0, 1, -1, 2, -2, 64, -64, INT8_MIN, INT8_MIN + 1, INT8_MAX,
                INT8_MAX - 1, 11, -11);
    MODEL_EDGES(i16, int16_t, 0, 1, -1, 2, -2, 256, -256, INT16_MIN, INT16_MIN + 1,
                INT16_MAX, INT16_MAX - 1, 181, -182);
    MODEL_EDGES(i32, int32_t, 0, 1, -1, 2, -2, 65536, -65536, INT32_MIN, INT32_MIN + 1,
                INT32_MAX, INT32_MAX - 1, 46341, -46341);
    MODEL_EDGES(u8, uint8_t, 0, 1, 2, 15, 16, 17, 127, 128, 129, UINT8_MAX, UINT8_MAX - 1);
    MODEL_EDGES(u16, uint16_t, 0, 1, 2, 255, 256, 257, 32767, 32768, UINT16_MAX,
                UINT16_MAX - 1);
    MODEL_EDGES(u32, uint32_t, 0, 1, 2, 65535, 65536, 65537, 0x7fffffffu, 0x80000000u,
                UINT32_MAX, UINT32_MAX - 1);
    if (sizeof(size_t) <= 4)
        MODEL_EDGES(usize, size_t, 0, 1, 2, 65535, 65536, SIZE_MAX / 2, SIZE_MAX / 2 + 1,
                    SIZE_MAX, SIZE_MAX - 1);
}
END_TEST

START_TEST(model_random)
{
    long n = kl_test_iterations(20000, 50);
    MODEL_RANDOM(i8, int8_t, n);
    MODEL_RANDOM(i16, int16_t, n);
    MODEL_RANDOM(i32, int32_t, n);
    MODEL_RANDOM(u8, uint8_t, n);
    MODEL_RANDOM(u16, uint16_t, n);
    MODEL_RANDOM(u32, uint32_t, n);
    if (sizeof(size_t) <= 4)
        MODEL_RANDOM(usize, size_t, n);
    ck_assert_int_gt(model_checked, 6 * n);
}
END_TEST

/* Hand-checked values at the limits, 64-bit widths included (these run
 * on the Cortex-M3 too). */
START_TEST(exact_add_sub_mul)
{
    int8_t i8;
    ck_assert(kl_checked_add_i8(100, 27, &i8) && i8 == 127);
    i8 = 5;
    ck_assert(!kl_checked_add_i8(100, 28, &i8) && i8 == 5);
    ck_assert(!kl_checked_sub_i8(-100, 29, &i8) && i8 == 5);
    ck_assert_int_eq(kl_wrapping_add_i8(127, 1), -128);
    ck_assert_int_eq(kl_saturating_add_i8(-100, -100), -128);
    ck_assert_int_eq(kl_saturating_sub_i8(100, -100), 127);
    ck_assert_int_eq(kl_saturating_mul_i8(-16, 8), -128);
    ck_assert_int_eq(kl_saturating_mul_i8(-16, -8), 127);
    ck_assert(kl_checked_mul_i8(-16, 8, &i8) && i8 == -128);

    bool of = false;
    ck_assert_int_eq(kl_overflowing_add_i64(INT64_MAX, 1, &of), INT64_MIN);
    ck_assert(of);
    ck_assert_int_eq(kl_overflowing_sub_i64(INT64_MIN, 1, &of), INT64_MAX);
    ck_assert(of);
    ck_assert_int_eq(kl_overflowing_sub_i64(INT64_MIN, -1, &of), INT64_MIN + 1);
    ck_assert(!of);
    ck_assert_int_eq(kl_wrapping_mul_i64(INT64_MIN, -1), INT64_MIN);
    ck_assert_int_eq(kl_saturating_mul_i64(INT64_MIN, -1), INT64_MAX);
    ck_assert_int_eq(kl_saturating_mul_i64(INT64_MAX, 2), INT64_MAX);
    ck_assert_int_eq(kl_saturating_mul_i64(INT64_MAX, -2), INT64_MIN);
    ck_assert_int_eq(kl_wrapping_mul_i64(0x100000001, 0x100000001), 0x200000001);
    int64_t i64 = 9;
    ck_assert(!kl_checked_mul_i64(3037000500, 3037000500, &i64) && i64 == 9);
    ck_assert(kl_checked_mul_i64(3037000499, 3037000499, &i64) &&
              i64 == INT64_C(9223372030926249001));
    ck_assert(kl_checked_mul_i64(INT64_MIN, 1, &i64) && i64 == INT64_MIN);
    ck_assert(!kl_checked_add_i64(INT64_MAX, 1, &i64) && i64 == INT64_MIN);

    uint64_t u64 = 3;
    ck_assert(!kl_checked_add_u64(UINT64_MAX, 1, &u64) && u64 == 3);
    ck_assert(!kl_checked_sub_u64(0, 1, &u64) && u64 == 3);
    ck_assert(kl_checked_mul_u64(4294967295u, 4294967297u, &u64) && u64 == UINT64_MAX);
    ck_assert(!kl_checked_mul_u64(4294967296u, 4294967296u, &u64));
    ck_assert_uint_eq(kl_wrapping_mul_u64(4294967296u, 4294967296u), 0);
    ck_assert_uint_eq(kl_wrapping_sub_u64(0, 1), UINT64_MAX);
    ck_assert_uint_eq(kl_saturating_sub_u64(1, 2), 0);
    ck_assert_uint_eq(kl_saturating_add_u64(UINT64_MAX - 1, 2), UINT64_MAX);
    ck_assert_uint_eq(kl_saturating_mul_u64(UINT64_MAX, 2), UINT64_MAX);
    ck_assert_uint_eq(kl_overflowing_add_u64(UINT64_MAX, UINT64_MAX, &of), UINT64_MAX - 1);
    ck_assert(of);

    ck_assert_uint_eq(kl_wrapping_add_u8(255, 1), 0);
    ck_assert_uint_eq(kl_saturating_add_u16(65535, 1), 65535);
    ck_assert_uint_eq(kl_wrapping_mul_u32(65536, 65536), 0);
    ck_assert_uint_eq(kl_saturating_mul_u32(65536, 65536), UINT32_MAX);
    size_t z;
    ck_assert(!kl_checked_add_usize(SIZE_MAX, 1, &z));
    ck_assert(kl_checked_mul_usize(SIZE_MAX / 3, 3, &z) && z == SIZE_MAX);
    ck_assert_uint_eq(kl_saturating_add_usize(SIZE_MAX, SIZE_MAX), SIZE_MAX);
}
END_TEST

START_TEST(exact_div_rem_neg)
{
    int64_t i64 = 4;
    ck_assert(!kl_checked_div_i64(INT64_MIN, -1, &i64) && i64 == 4);
    ck_assert(!kl_checked_rem_i64(INT64_MIN, -1, &i64) && i64 == 4);
    ck_assert(!kl_checked_div_i64(1, 0, &i64) && i64 == 4);
    ck_assert(!kl_checked_rem_i64(1, 0, &i64) && i64 == 4);
    ck_assert(kl_checked_div_i64(INT64_MIN, 1, &i64) && i64 == INT64_MIN);
    ck_assert(kl_checked_div_i64(-7, 2, &i64) && i64 == -3);
    ck_assert(kl_checked_rem_i64(-7, 2, &i64) && i64 == -1);
    ck_assert(kl_checked_rem_i64(7, -2, &i64) && i64 == 1);
    ck_assert_int_eq(kl_wrapping_div_i64(INT64_MIN, -1), INT64_MIN);
    ck_assert_int_eq(kl_wrapping_rem_i64(INT64_MIN, -1), 0);
    ck_assert_int_eq(kl_saturating_div_i64(INT64_MIN, -1), INT64_MAX);
    ck_assert_int_eq(kl_saturating_rem_i64(INT64_MIN, -1), 0);
    bool of = false;
    ck_assert_int_eq(kl_overflowing_div_i64(INT64_MIN, -1, &of), INT64_MIN);
    ck_assert(of);
    ck_assert_int_eq(kl_overflowing_rem_i64(INT64_MIN, -1, &of), 0);
    ck_assert(of);
    ck_assert_int_eq(kl_overflowing_rem_i64(INT64_MIN + 1, -1, &of), 0);
    ck_assert(!of);
    ck_assert_int_eq(kl_wrapping_div_i8(-128, -1), -128);
    ck_assert_int_eq(kl_saturating_div_i8(-128, -1), 127);
    ck_assert_int_eq(kl_saturating_div_i16(INT16_MIN, 2), INT16_MIN / 2);

    ck_assert(!kl_checked_neg_i64(INT64_MIN, &i64) && i64 == 1);
    ck_assert(kl_checked_neg_i64(INT64_MAX, &i64) && i64 == INT64_MIN + 1);
    ck_assert_int_eq(kl_wrapping_neg_i64(INT64_MIN), INT64_MIN);
    ck_assert_int_eq(kl_saturating_neg_i64(INT64_MIN), INT64_MAX);
    ck_assert_int_eq(kl_saturating_neg_i32(INT32_MIN), INT32_MAX);
    ck_assert_int_eq(kl_overflowing_neg_i8(-128, &of), -128);
    ck_assert(of);
    ck_assert_int_eq(kl_overflowing_neg_i8(-127, &of), 127);
    ck_assert(!of);

    uint64_t u64 = 8;
    ck_assert(!kl_checked_neg_u64(1, &u64) && u64 == 8);
    ck_assert(kl_checked_neg_u64(0, &u64) && u64 == 0);
    ck_assert_uint_eq(kl_wrapping_neg_u64(1), UINT64_MAX);
    ck_assert_uint_eq(kl_wrapping_neg_u8(1), 255);
    ck_assert_uint_eq(kl_wrapping_neg_u16(2), 65534);
    ck_assert_uint_eq(kl_saturating_neg_u32(5), 0);
    ck_assert_uint_eq(kl_overflowing_neg_u64(UINT64_MAX, &of), 1);
    ck_assert(of);
    ck_assert_uint_eq(kl_overflowing_neg_u64(0, &of), 0);
    ck_assert(!of);
    ck_assert_uint_eq(kl_wrapping_div_u64(UINT64_MAX, 2), UINT64_MAX / 2);
    ck_assert_uint_eq(kl_wrapping_rem_u64(UINT64_MAX, 10), 5);
    ck_assert(!kl_checked_div_u64(1, 0, &u64) && u64 == 0);
    size_t z = 1;
    ck_assert(!kl_checked_rem_usize(1, 0, &z) && z == 1);
    ck_assert_uint_eq(kl_saturating_div_usize(SIZE_MAX, 1), SIZE_MAX);
}
END_TEST

START_TEST(exact_shifts)
{
    int64_t i64 = 1;
    ck_assert(kl_checked_shl_i64(1, 63, &i64) && i64 == INT64_MIN);
    ck_assert(!kl_checked_shl_i64(1, 64, &i64) && i64 == INT64_MIN);
    ck_assert(kl_checked_shr_i64(INT64_MIN, 63, &i64) && i64 == -1);
    ck_assert(!kl_checked_shr_i64(-1, 64, &i64));
    ck_assert_int_eq(kl_wrapping_shl_i64(1, 64), 1);
    ck_assert_int_eq(kl_wrapping_shl_i64(1, 65), 2);
    ck_assert_int_eq(kl_wrapping_shr_i64(-8, 66), -2);
    ck_assert_int_eq(kl_wrapping_shl_i8(1, 7), -128);
    ck_assert_int_eq(kl_wrapping_shl_i8(3, 15), -128);
    ck_assert_int_eq(kl_wrapping_shr_i8(-128, 7), -1);
    ck_assert_int_eq(kl_wrapping_shr_i16(-1, 100), -1);
    bool of = false;
    ck_assert_int_eq(kl_overflowing_shl_i32(1, 32, &of), 1);
    ck_assert(of);
    ck_assert_int_eq(kl_overflowing_shl_i32(3, 31, &of), INT32_MIN);
    ck_assert(!of);
    ck_assert_int_eq(kl_saturating_shl_i64(1, 62), INT64_C(1) << 62);
    ck_assert_int_eq(kl_saturating_shl_i64(1, 63), INT64_MAX);
    ck_assert_int_eq(kl_saturating_shl_i64(-1, 63), INT64_MIN);
    ck_assert_int_eq(kl_saturating_shl_i64(-2, 63), INT64_MIN);
    ck_assert_int_eq(kl_saturating_shl_i64(0, 1000), 0);
    ck_assert_int_eq(kl_saturating_shl_i64(-1, 1000), INT64_MIN);
    ck_assert_int_eq(kl_saturating_shr_i64(-1, 1000), -1);
    ck_assert_int_eq(kl_saturating_shr_i64(INT64_MAX, 64), 0);
    ck_assert_int_eq(kl_saturating_shr_i64(-5, 1), -3);
    ck_assert_int_eq(kl_saturating_shl_i8(-64, 1), -128);
    ck_assert_int_eq(kl_saturating_shl_i8(-65, 1), -128);
    ck_assert_int_eq(kl_saturating_shl_i8(64, 1), 127);
    ck_assert_int_eq(kl_saturating_shl_i8(63, 1), 126);

    uint64_t u64 = 1;
    ck_assert(kl_checked_shl_u64(UINT64_MAX, 63, &u64) && u64 == UINT64_C(1) << 63);
    ck_assert(!kl_checked_shl_u64(1, 64, &u64));
    ck_assert_uint_eq(kl_wrapping_shr_u64(UINT64_MAX, 127), 1);
    ck_assert_uint_eq(kl_saturating_shl_u64(1, 63), UINT64_C(1) << 63);
    ck_assert_uint_eq(kl_saturating_shl_u64(2, 63), UINT64_MAX);
    ck_assert_uint_eq(kl_saturating_shr_u64(UINT64_MAX, 64), 0);
    ck_assert_uint_eq(kl_wrapping_shl_u8(0xff, 4), 0xf0);
    ck_assert_uint_eq(kl_wrapping_shl_u8(1, 9), 2);
    ck_assert_uint_eq(kl_wrapping_shl_u16(0xffff, 15), 0x8000);
    ck_assert_uint_eq(kl_saturating_shl_u16(0xff, 8), 0xff00);
    ck_assert_uint_eq(kl_saturating_shl_u16(0x1ff, 8), 0xffff);
    ck_assert_uint_eq(kl_overflowing_shr_u32(0x80000000u, 33, &of), 0x40000000u);
    ck_assert(of);
    size_t z;
    ck_assert(!kl_checked_shl_usize(1, sizeof(size_t) * 8, &z));
    ck_assert(kl_checked_shl_usize(1, sizeof(size_t) * 8 - 1, &z) && z == SIZE_MAX / 2 + 1);
}
END_TEST

START_TEST(division_by_zero_panics)
{
    bool of;
    KL_EXPECT_PANIC(kl_wrapping_div_i32(1, 0));
    ck_assert_str_eq(kl_test_panic_message(), "kl_wrapping_div_i32: division by zero");
    KL_EXPECT_PANIC(kl_wrapping_rem_i8(1, 0));
    KL_EXPECT_PANIC(kl_saturating_div_i64(INT64_MIN, 0));
    KL_EXPECT_PANIC(kl_saturating_rem_i16(1, 0));
    KL_EXPECT_PANIC(kl_overflowing_div_i64(0, 0, &of));
    KL_EXPECT_PANIC(kl_overflowing_rem_i64(0, 0, &of));
    KL_EXPECT_PANIC(kl_wrapping_div_u64(1, 0));
    ck_assert_str_eq(kl_test_panic_message(), "kl_wrapping_div_u64: division by zero");
    KL_EXPECT_PANIC(kl_wrapping_rem_u8(1, 0));
    KL_EXPECT_PANIC(kl_saturating_div_u16(1, 0));
    KL_EXPECT_PANIC(kl_saturating_rem_u32(1, 0));
    KL_EXPECT_PANIC(kl_overflowing_div_usize(1, 0, &of));
    KL_EXPECT_PANIC(kl_overflowing_rem_usize(1, 0, &of));
}
END_TEST

static Suite *num_ops_suite(void)
{
    Suite *s = suite_create("num_ops");
    TCase *tc = tcase_create("arith");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, exact_add_sub_mul);
    tcase_add_test(tc, exact_div_rem_neg);
    tcase_add_test(tc, exact_shifts);
    tcase_add_test(tc, division_by_zero_panics);
    tcase_add_test(tc, model_edges);
    tcase_add_test(tc, model_random);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(num_ops_suite)
