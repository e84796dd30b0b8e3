/* Tests of keel/base.h: the profile query, the version, the macros. */
#include <string.h>

#include <keel/base.h>
#include "../harness.h"

START_TEST(profile_matches_config)
{
    ck_assert_str_eq(kl_profile(), KL_PROFILE_NAME);
    /* Exactly one of the profile macros is 1. */
    ck_assert_int_eq(KL_PROFILE_BARE + KL_PROFILE_ALLOC + KL_PROFILE_HOSTED + KL_PROFILE_THREADED, 1);
    const char *names[] = { "bare", "alloc", "hosted", "threaded" };
    ck_assert_str_eq(kl_profile(), names[KL_PROFILE_RANK]);
}
END_TEST

START_TEST(layers_nest)
{
    /* Each layer implies the ones below it. */
    ck_assert(!KL_HAVE_THREADS || KL_HAVE_OS);
    ck_assert(!KL_HAVE_OS || KL_HAVE_ALLOC);
    ck_assert_int_eq(KL_HAVE_ALLOC, KL_PROFILE_RANK >= 1);
    ck_assert_int_eq(KL_HAVE_OS, KL_PROFILE_RANK >= 2);
    ck_assert_int_eq(KL_HAVE_THREADS, KL_PROFILE_RANK >= 3);
}
END_TEST

START_TEST(version_string)
{
    ck_assert_str_eq(kl_version(), KL_VERSION_STRING);
    ck_assert_int_eq(strlen(kl_version()) > 0, 1);
}
END_TEST

struct outer {
    int a;
    double b;
    char c[3];
};

START_TEST(container_of_and_array_len)
{
    struct outer o;
    ck_assert_ptr_eq(KL_CONTAINER_OF(&o.b, struct outer, b), &o);
    ck_assert_ptr_eq(KL_CONTAINER_OF(&o.c, struct outer, c), &o);
    ck_assert_ptr_eq(KL_CONTAINER_OF(&o.a, struct outer, a), &o);
    int arr[7];
    ck_assert_uint_eq(KL_ARRAY_LEN(arr), 7);
    ck_assert_uint_eq(KL_ARRAY_LEN(o.c), 3);
#define KL_TEST_ANSWER 42
    ck_assert_str_eq(KL_STRINGIFY(KL_TEST_ANSWER), "42");
}
END_TEST

static Suite *base_suite(void)
{
    Suite *s = suite_create("base");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, profile_matches_config);
    tcase_add_test(tc, layers_nest);
    tcase_add_test(tc, version_string);
    tcase_add_test(tc, container_of_and_array_len);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(base_suite)
