/* Tests of keel/io.h's hosted part: kl_stdout, kl_stderr, kl_print. */
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <keel/fmt.h>
#include <keel/io.h>
#include "../harness.h"

/* Run fn with descriptor fd pointed at a pipe; return what fn wrote. */
static const char *capture(int fd, void (*fn)(void))
{
    static char got[4096];
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    int saved = dup(fd);
    ck_assert_int_ge(saved, 0);
    ck_assert_int_ge(dup2(p[1], fd), 0);
    close(p[1]);
    fn();
    ck_assert_int_ge(dup2(saved, fd), 0);
    close(saved);
    ssize_t n, total = 0;
    while ((n = read(p[0], got + total, sizeof got - 1 - (size_t)total)) > 0)
        total += n;
    close(p[0]);
    got[total] = '\0';
    return got;
}

static void write_stdout(void)
{
    ck_assert_int_eq(kl_write_str(kl_stdout(), KL_STR("to stdout\n")), KL_OK);
    ck_assert_int_eq(kl_write_u64(kl_stdout(), 1234567890123u), KL_OK);
    ck_assert_int_eq(kl_flush(kl_stdout()), KL_OK);
}

static void write_stderr(void)
{
    ck_assert_int_eq(kl_write_str(kl_stderr(), KL_STR("to stderr")), KL_OK);
}

static void print_both(void)
{
    ck_assert_int_eq(kl_print("%s %d|", "printed", -5), KL_OK);
}

static void eprint_both(void)
{
    ck_assert_int_eq(kl_eprint("%05u", 42u), KL_OK);
}

START_TEST(standard_streams)
{
    ck_assert_str_eq(capture(1, write_stdout), "to stdout\n1234567890123");
    ck_assert_str_eq(capture(2, write_stderr), "to stderr");
    ck_assert_str_eq(capture(1, print_both), "printed -5|");
    ck_assert_str_eq(capture(2, eprint_both), "00042");
}
END_TEST

static void write_big(void)
{
    /* More than a pipe holds at once would block; 3000 bytes is below
     * PIPE_BUF-sized chunks on every Linux, and checks the loop. */
    char buf[3000];
    for (size_t i = 0; i < sizeof buf; i++)
        buf[i] = (char)('a' + i % 26);
    ck_assert_int_eq(kl_write_all(kl_stdout(), buf, sizeof buf), KL_OK);
}

START_TEST(large_write)
{
    const char *got = capture(1, write_big);
    ck_assert_uint_eq(strlen(got), 3000);
    ck_assert_int_eq(got[2999], 'a' + 2999 % 26);
}
END_TEST

START_TEST(os_errors_pass_through)
{
    /* Writing to a read-only descriptor: EBADF from the OS, unchanged. */
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    int saved = dup(1);
    ck_assert_int_ge(dup2(p[0], 1), 0);
    kl_err err = kl_write_str(kl_stdout(), KL_STR("x"));
    ck_assert_int_ge(dup2(saved, 1), 0);
    close(saved);
    close(p[0]);
    ck_assert_int_eq(err, KL_EBADF);

    /* A closed pipe: EPIPE (with SIGPIPE ignored). */
    ck_assert_int_eq(signal(SIGPIPE, SIG_IGN) != SIG_ERR, 1);
    saved = dup(2);
    ck_assert_int_ge(dup2(p[1], 2), 0);
    close(p[1]);
    err = kl_write_str(kl_stderr(), KL_STR("x"));
    ck_assert_int_ge(dup2(saved, 2), 0);
    close(saved);
    ck_assert_int_eq(err, KL_EPIPE);
}
END_TEST

static Suite *hosted_io_suite(void)
{
    Suite *s = suite_create("hosted_io");
    TCase *tc = tcase_create("stdio");
    tcase_add_test(tc, standard_streams);
    tcase_add_test(tc, large_write);
    tcase_add_test(tc, os_errors_pass_through);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(hosted_io_suite)
