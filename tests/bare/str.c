/* Tests of keel/str.h. */
#include <keel/str.h>
#include "../harness.h"

START_TEST(literal_and_cstr)
{
    kl_str a = KL_STR("hello");
    ck_assert_uint_eq(a.len, 5);
    ck_assert_int_eq(a.ptr[0], 'h');
    kl_str b = kl_str_from_cstr("hello");
    ck_assert_uint_eq(b.len, 5);
    ck_assert(kl_str_eq(a, b));
    ck_assert_uint_eq(KL_STR("").len, 0);
    ck_assert_uint_eq(kl_str_from_cstr("").len, 0);
    /* Embedded NULs count in a literal's slice. */
    ck_assert_uint_eq(KL_STR("a\0b").len, 3);
}
END_TEST

START_TEST(equality)
{
    ck_assert(kl_str_eq(KL_STR(""), kl_str_from(NULL, 0)));
    ck_assert(!kl_str_eq(KL_STR("abc"), KL_STR("abd")));
    ck_assert(!kl_str_eq(KL_STR("abc"), KL_STR("ab")));
    ck_assert(!kl_str_eq(KL_STR("ab"), KL_STR("abc")));
    static const char abcdef[] = "abcdef";
    ck_assert(kl_str_eq(kl_str_from(&abcdef[2], 2), KL_STR("cd")));
    ck_assert(!kl_str_eq(KL_STR("a\0b"), KL_STR("a\0c")));
}
END_TEST

START_TEST(from_cstr_null_panics)
{
    KL_EXPECT_PANIC((void)kl_str_from_cstr(NULL));
    ck_assert_str_eq(kl_test_panic_message(), "kl_str_from_cstr: NULL string");
}
END_TEST

static Suite *str_suite(void)
{
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, literal_and_cstr);
    tcase_add_test(tc, equality);
    tcase_add_test(tc, from_cstr_null_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(str_suite)
