/* Tests of keel/error.h: the codes, kl_strerror, kl_err_name. */
#include <string.h>

#include <keel/error.h>
#include "../harness.h"

START_TEST(codes_are_negated_linux_errno)
{
    /* Linux's generic numbers, written out: the table must not drift. */
    ck_assert_int_eq(KL_OK, 0);
    ck_assert_int_eq(KL_EPERM, -1);
    ck_assert_int_eq(KL_ENOENT, -2);
    ck_assert_int_eq(KL_EINTR, -4);
    ck_assert_int_eq(KL_EIO, -5);
    ck_assert_int_eq(KL_EAGAIN, -11);
    ck_assert_int_eq(KL_ENOMEM, -12);
    ck_assert_int_eq(KL_EACCES, -13);
    ck_assert_int_eq(KL_EEXIST, -17);
    ck_assert_int_eq(KL_EINVAL, -22);
    ck_assert_int_eq(KL_ENOSPC, -28);
    ck_assert_int_eq(KL_EPIPE, -32);
    ck_assert_int_eq(KL_ERANGE, -34);
    ck_assert_int_eq(KL_EDEADLK, -35);
    ck_assert_int_eq(KL_ENOSYS, -38);
    ck_assert_int_eq(KL_ENODATA, -61);
    ck_assert_int_eq(KL_EOVERFLOW, -75);
    ck_assert_int_eq(KL_EILSEQ, -84);
    ck_assert_int_eq(KL_EOPNOTSUPP, -95);
    ck_assert_int_eq(KL_EADDRINUSE, -98);
    ck_assert_int_eq(KL_ECONNRESET, -104);
    ck_assert_int_eq(KL_ETIMEDOUT, -110);
    ck_assert_int_eq(KL_ECONNREFUSED, -111);
    ck_assert_int_eq(KL_EINPROGRESS, -115);
    ck_assert_int_eq(KL_ECANCELED, -125);
    ck_assert_int_eq(KL_EHWPOISON, -133);
    ck_assert_int_eq(KL_EWOULDBLOCK, KL_EAGAIN);
    ck_assert_int_eq(KL_ENOTSUP, KL_EOPNOTSUPP);
    ck_assert_int_eq(KL_EDEADLOCK, KL_EDEADLK);
}
END_TEST

START_TEST(names)
{
    ck_assert_str_eq(kl_err_name(KL_OK), "KL_OK");
    ck_assert_str_eq(kl_err_name(KL_ENOMEM), "KL_ENOMEM");
    ck_assert_str_eq(kl_err_name(KL_EINVAL), "KL_EINVAL");
    ck_assert_str_eq(kl_err_name(KL_E2BIG), "KL_E2BIG");
    ck_assert_str_eq(kl_err_name(KL_EWOULDBLOCK), "KL_EAGAIN");
    ck_assert_str_eq(kl_err_name(KL_EHWPOISON), "KL_EHWPOISON");
    ck_assert_str_eq(kl_err_name((kl_err)-41), "KL_EUNKNOWN"); /* a hole */
    ck_assert_str_eq(kl_err_name((kl_err)-134), "KL_EUNKNOWN");
    ck_assert_str_eq(kl_err_name((kl_err)5), "KL_EUNKNOWN");
}
END_TEST

START_TEST(descriptions)
{
    ck_assert_str_eq(kl_strerror(KL_OK), "success");
    ck_assert_str_eq(kl_strerror(KL_ENOMEM), "out of memory");
    ck_assert_str_eq(kl_strerror(KL_EINVAL), "invalid argument");
    ck_assert_str_eq(kl_strerror(KL_ENOENT), "no such file or directory");
    ck_assert_str_eq(kl_strerror((kl_err)-58), "unknown error");
    ck_assert_str_eq(kl_strerror((kl_err)-1000), "unknown error");
}
END_TEST

START_TEST(every_code_has_a_distinct_name)
{
    /* Every value 1..133 but Linux's holes (41, 58) names itself. */
    int named = 0;
    for (int e = 1; e <= 133; e++) {
        const char *name = kl_err_name((kl_err)-e);
        const char *text = kl_strerror((kl_err)-e);
        if (e == 41 || e == 58) {
            ck_assert_str_eq(name, "KL_EUNKNOWN");
            continue;
        }
        ck_assert_msg(strncmp(name, "KL_E", 4) == 0 && strcmp(name, "KL_EUNKNOWN") != 0,
                      "errno %d has name %s", e, name);
        ck_assert_msg(strcmp(text, "unknown error") != 0, "errno %d has no text", e);
        for (int f = 1; f < e; f++)
            ck_assert_msg(strcmp(name, kl_err_name((kl_err)-f)) != 0,
                          "errno %d and %d share the name %s", e, f, name);
        named++;
    }
    ck_assert_int_eq(named, 131);
}
END_TEST

static Suite *error_suite(void)
{
    Suite *s = suite_create("error");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, codes_are_negated_linux_errno);
    tcase_add_test(tc, names);
    tcase_add_test(tc, descriptions);
    tcase_add_test(tc, every_code_has_a_distinct_name);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(error_suite)
