/* tests/shim/check.h -- the subset of Check (libcheck.github.io/check)
 * that keel's tests use, for targets Check cannot run on (a Cortex-M
 * under qemu).  Same names, same meaning, same summary line; no fork:
 * a failing assertion longjmps back to the runner, which goes on with the
 * next test.  Written for keel; not Check's code. */
#ifndef KEEL_CHECK_SHIM_H
#define KEEL_CHECK_SHIM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct ck_shim_test {
    const char *name;
    void (*fn)(int);
    const char *file;
    int line;
} ck_shim_test;

typedef const ck_shim_test *TTest;
typedef struct TCase TCase;
typedef struct Suite Suite;
typedef struct SRunner SRunner;

enum print_output { CK_SILENT, CK_MINIMAL, CK_NORMAL, CK_VERBOSE };

#define START_TEST(name)                                                       \
    static void name##_fn(int _i);                                             \
    static const ck_shim_test name##_ttest = { #name, name##_fn, __FILE__, __LINE__ }; \
    static const ck_shim_test *name = &name##_ttest;                           \
    static void name##_fn(int _i)
#define END_TEST

Suite *suite_create(const char *name);
TCase *tcase_create(const char *name);
void suite_add_tcase(Suite *s, TCase *tc);
void ck_shim_tcase_add(TCase *tc, const ck_shim_test *t, int start, int end);
#define tcase_add_test(tc, t) ck_shim_tcase_add((tc), (t), 0, 1)
#define tcase_add_loop_test(tc, t, s, e) ck_shim_tcase_add((tc), (t), (s), (e))
void tcase_set_timeout(TCase *tc, double seconds);
void tcase_add_checked_fixture(TCase *tc, void (*setup)(void), void (*teardown)(void));
SRunner *srunner_create(Suite *s);
void srunner_run_all(SRunner *sr, enum print_output mode);
int srunner_ntests_failed(SRunner *sr);
void srunner_free(SRunner *sr);

#if defined(__GNUC__)
__attribute__((noreturn, format(printf, 3, 4)))
#endif
void ck_shim_fail(const char *file, int line, const char *fmt, ...);

#define ck_assert_msg(expr, ...)                                               \
    ((expr) ? (void)0 : ck_shim_fail(__FILE__, __LINE__, __VA_ARGS__))
#define ck_assert(expr) ck_assert_msg(expr, "Assertion '%s' failed", #expr)
#define ck_abort() ck_shim_fail(__FILE__, __LINE__, "Failed")
#define ck_abort_msg(...) ck_shim_fail(__FILE__, __LINE__, __VA_ARGS__)

#define ck_shim_cmp(T, fmtc, X, OP, Y)                                         \
    do {                                                                       \
        T ck_x_ = (X);                                                         \
        T ck_y_ = (Y);                                            \
        ck_assert_msg(ck_x_ OP ck_y_, "Assertion '%s' failed: %s == %" fmtc ", %s == %" fmtc, \
                      #X " " #OP " " #Y, #X, ck_x_, #Y, ck_y_);                \
    } while (0)
#define ck_assert_int_eq(X, Y) ck_shim_cmp(intmax_t, "jd", X, ==, Y)
#define ck_assert_int_ne(X, Y) ck_shim_cmp(intmax_t, "jd", X, !=, Y)
#define ck_assert_int_lt(X, Y) ck_shim_cmp(intmax_t, "jd", X, <, Y)
#define ck_assert_int_le(X, Y) ck_shim_cmp(intmax_t, "jd", X, <=, Y)
#define ck_assert_int_gt(X, Y) ck_shim_cmp(intmax_t, "jd", X, >, Y)
#define ck_assert_int_ge(X, Y) ck_shim_cmp(intmax_t, "jd", X, >=, Y)
#define ck_assert_uint_eq(X, Y) ck_shim_cmp(uintmax_t, "ju", X, ==, Y)
#define ck_assert_uint_ne(X, Y) ck_shim_cmp(uintmax_t, "ju", X, !=, Y)
#define ck_assert_uint_lt(X, Y) ck_shim_cmp(uintmax_t, "ju", X, <, Y)
#define ck_assert_uint_le(X, Y) ck_shim_cmp(uintmax_t, "ju", X, <=, Y)
#define ck_assert_uint_gt(X, Y) ck_shim_cmp(uintmax_t, "ju", X, >, Y)
#define ck_assert_uint_ge(X, Y) ck_shim_cmp(uintmax_t, "ju", X, >=, Y)
#define ck_assert_ptr_eq(X, Y) ck_shim_cmp(const void *, "p", X, ==, Y)
#define ck_assert_ptr_ne(X, Y) ck_shim_cmp(const void *, "p", X, !=, Y)
#define ck_assert_ptr_null(X) ck_assert_ptr_eq(X, NULL)
#define ck_assert_ptr_nonnull(X) ck_assert_ptr_ne(X, NULL)

#define ck_shim_str(X, OP, Y)                                                  \
    do {                                                                       \
        const char *ck_x_ = (X), *ck_y_ = (Y);                                 \
        ck_assert_msg(ck_x_ != NULL && ck_y_ != NULL && strcmp(ck_x_, ck_y_) OP 0, \
                      "Assertion '%s' failed: %s == \"%s\", %s == \"%s\"",     \
                      #X " " #OP " " #Y, #X, ck_x_ ? ck_x_ : "(null)", #Y,      \
                      ck_y_ ? ck_y_ : "(null)");                               \
    } while (0)
#define ck_assert_str_eq(X, Y) ck_shim_str(X, ==, Y)
#define ck_assert_str_ne(X, Y) ck_shim_str(X, !=, Y)

#define ck_assert_mem_eq(X, Y, L)                                              \
    ck_assert_msg(memcmp((X), (Y), (L)) == 0, "Assertion '%s' failed",          \
                  "memcmp(" #X ", " #Y ", " #L ") == 0")

#endif /* KEEL_CHECK_SHIM_H */
