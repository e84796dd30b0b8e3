/* tests/harness.h -- what every keel test program shares.
 *
 * Tests are Check tests (or, on a bare-metal host, tests against keel's
 * Check-compatible shim in tests/shim).  Each test program ends with
 * KL_TEST_MAIN(make_suite).  A test that expects a panic wraps the call in
 * KL_EXPECT_PANIC; any other panic fails the running test. */
#ifndef KEEL_TESTS_HARNESS_H
#define KEEL_TESTS_HARNESS_H

#include <check.h>
#include <setjmp.h>
#include <stddef.h>

/* Check records the file and line of every assertion that passes (for
 * "last checkpoint" in a crash report) by writing a message to its
 * parent: one system call per passing assertion, over a million in a
 * model test, and most of such a test's time under Valgrind.  keel's
 * tests assert in their inner loops, so passing assertions here record
 * nothing; a failure still names its file and line. */
#ifdef _mark_point
#undef _mark_point
#endif
#define _mark_point(file, line) ((void)0)

#include <keel/panic.h>

/* kl_test_run: run suite s, print Check's summary, return the exit status
 * (0 when every test passed). */
int kl_test_run(Suite *s);

#define KL_TEST_MAIN(make_suite)                                               \
    int main(void)                                                             \
    {                                                                          \
        return kl_test_run(make_suite());                                      \
    }

/* kl_test_expect_panic: while jb is set, a panic longjmps to it (with 1)
 * instead of failing the test.  NULL turns that off. */
void kl_test_expect_panic(jmp_buf *jb);

/* kl_test_panic_message: the message of the last panic caught, formatted
 * ("" before the first); kl_test_panic_line its line number. */
const char *kl_test_panic_message(void);
unsigned kl_test_panic_line(void);

/* KL_EXPECT_PANIC(stmt): run stmt and fail unless it panics. */
#define KL_EXPECT_PANIC(stmt)                                                  \
    do {                                                                       \
        jmp_buf kl_jb_;                                                        \
        if (setjmp(kl_jb_) == 0) {                                             \
            kl_test_expect_panic(&kl_jb_);                                     \
            stmt;                                                              \
            kl_test_expect_panic(NULL);                                        \
            ck_abort_msg("no panic from: %s", #stmt);                          \
        }                                                                      \
        kl_test_expect_panic(NULL);                                            \
    } while (0)

/* kl_test_iterations: n in a normal run, n * factor when the environment
 * variable KL_TEST_LONG is set (long runs of the randomised tests), n / 10
 * under make check-valgrind (which sets VALGRIND). */
long kl_test_iterations(long n, long factor);

#endif /* KEEL_TESTS_HARNESS_H */
