/* Tests of keel/panic.h: the message, the location, the assertions. */
#include <string.h>

#include <keel/panic.h>
#include "../harness.h"

START_TEST(panic_formats_message_and_location)
{
    unsigned line = __LINE__ + 1;
    KL_EXPECT_PANIC(kl_panic("bad index %d of %s", 7, "slice"));
    ck_assert_str_eq(kl_test_panic_message(), "bad index 7 of slice");
    ck_assert_uint_eq(kl_test_panic_line(), line);
}
END_TEST

START_TEST(assert_names_the_condition)
{
    int x = 1;
    KL_ASSERT(x == 1); /* holds: no panic */
    KL_EXPECT_PANIC(KL_ASSERT(x == 2));
    ck_assert_str_eq(kl_test_panic_message(), "assertion failed: x == 2");
}
END_TEST

START_TEST(debug_assert)
{
    int evaluated = 0;
    KL_DEBUG_ASSERT(++evaluated == 1);
#ifdef NDEBUG
    ck_assert_int_eq(evaluated, 0);
#else
    ck_assert_int_eq(evaluated, 1);
    KL_EXPECT_PANIC(KL_DEBUG_ASSERT(evaluated == 0));
    ck_assert_str_eq(kl_test_panic_message(), "assertion failed: evaluated == 0");
#endif
}
END_TEST

static int unreachable_if(int x)
{
    if (x > 0)
        return x;
    kl_unreachable();
}

START_TEST(unreachable)
{
    ck_assert_int_eq(unreachable_if(3), 3);
    KL_EXPECT_PANIC(unreachable_if(0));
    ck_assert_str_eq(kl_test_panic_message(), "entered unreachable code");
}
END_TEST

/* A handler may format the message more than once. */
static char first[64], second[64];

static void format_twice(const kl_panic_info *info)
{
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, first, sizeof first - 1);
    ck_assert_int_eq(kl_panic_message_write(info, &bw.writer), KL_OK);
    first[bw.len] = '\0';
    kl_buf_writer_init(&bw, second, sizeof second - 1);
    ck_assert_int_eq(kl_panic_message_write(info, &bw.writer), KL_OK);
    second[bw.len] = '\0';
    ck_assert_str_eq(info->file, __FILE__);
}

static void check_info(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_panic_info info = { __FILE__, 1, fmt, &ap };
    format_twice(&info);
    va_end(ap);
}

START_TEST(message_can_be_written_twice)
{
    check_info("%s=%u", "n", 42u);
    ck_assert_str_eq(first, "n=42");
    ck_assert_str_eq(second, "n=42");
}
END_TEST

static Suite *panic_suite(void)
{
    Suite *s = suite_create("panic");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, panic_formats_message_and_location);
    tcase_add_test(tc, assert_names_the_condition);
    tcase_add_test(tc, debug_assert);
    tcase_add_test(tc, unreachable);
    tcase_add_test(tc, message_can_be_written_twice);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(panic_suite)
