/* Tests of the hosted default panic handler: "panicked at FILE:LINE:
 * MESSAGE" on stderr, then abort.  This program links no test harness, so
 * keel's own handler is the one in force; each panic happens in a child. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <check.h>
#include <keel/panic.h>

/* Fork; the child runs fn with stderr on a pipe.  Returns the child's
 * stderr and its wait status. */
static const char *run_child(void (*fn)(void), int *status)
{
    static char got[4096];
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(p[0]);
        dup2(p[1], 2);
        fn();
        _exit(0);
    }
    close(p[1]);
    ssize_t n, total = 0;
    while ((n = read(p[0], got + total, sizeof got - 1 - (size_t)total)) > 0)
        total += n;
    close(p[0]);
    got[total] = '\0';
    ck_assert_int_eq(waitpid(pid, status, 0), pid);
    return got;
}

/* The lines the children panic on (the parent never runs them). */
enum { PANIC_LINE = __LINE__ + 3 };
static void do_panic(void)
{
    kl_panic("value was %d, wanted %s", 41, "42");
}

enum { ASSERT_LINE = __LINE__ + 4 };
static void do_assert(void)
{
    int n = 3;
    KL_ASSERT(n < 0);
}

/* The first line of the child's stderr (Valgrind may add its own report
 * after it when the tests run under Valgrind). */
static const char *first_line(const char *s)
{
    static char line[1024];
    size_t n = strcspn(s, "\n");
    ck_assert_uint_lt(n, sizeof line);
    memcpy(line, s, n);
    line[n] = '\0';
    ck_assert_msg(s[n] == '\n', "no newline after the panic message: \"%s\"", s);
    return line;
}

/* Run fn in a child: it must print "panicked at FILE:LINE: MESSAGE" to
 * stderr and die of SIGABRT. */
static void expect_default_panic(void (*fn)(void), int line, const char *message)
{
    int status;
    const char *err = run_child(fn, &status);
    char want[512];
    snprintf(want, sizeof want, "panicked at %s:%d: %s", __FILE__, line, message);
    ck_assert_str_eq(first_line(err), want);
    ck_assert(WIFSIGNALED(status));
    ck_assert_int_eq(WTERMSIG(status), SIGABRT);
}

START_TEST(default_handler_prints_and_aborts)
{
    expect_default_panic(do_panic, PANIC_LINE, "value was 41, wanted 42");
}
END_TEST

START_TEST(failed_assertion)
{
    expect_default_panic(do_assert, ASSERT_LINE, "assertion failed: n < 0");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("hosted_panic");
    TCase *tc = tcase_create("default_handler");
    tcase_add_test(tc, default_handler_prints_and_aborts);
    tcase_add_test(tc, failed_assertion);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
