/* Tests of keel/fmt.h: exact outputs (glibc's, checked by hand; the hosted
 * test fmt_oracle compares against glibc over many generated formats). */
#include <string.h>

#include <keel/fmt.h>
#include "../harness.h"

/* Some formats here are odd on purpose (flags C says are ignored, NULL
 * strings, conversions keel refuses): the compiler's format checks, which
 * would flag them, are off for this file. */
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wunknown-warning-option"
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"
#pragma GCC diagnostic ignored "-Wformat-zero-length"
#pragma GCC diagnostic ignored "-Wformat-overflow"
#pragma GCC diagnostic ignored "-Wformat-invalid-specifier"

static char out[256];

#define EXPECT_FMT(expect, ...)                                                \
    do {                                                                       \
        size_t n_ = kl_snprintf(out, sizeof out, __VA_ARGS__);                 \
        ck_assert_str_eq(out, expect);                                         \
        ck_assert_uint_eq(n_, strlen(expect));                                 \
    } while (0)

START_TEST(integers)
{
    EXPECT_FMT("42", "%d", 42);
    EXPECT_FMT("-42", "%i", -42);
    EXPECT_FMT("-2147483648", "%d", (-2147483647 - 1));
    EXPECT_FMT("4294967295", "%u", 4294967295u);
    EXPECT_FMT("777 1ff 1FF", "%o %x %X", 511u, 511u, 511u);
    EXPECT_FMT("-128 255", "%hhd %hhu", -128, 255);
    EXPECT_FMT("-1 65535", "%hd %hu", 65535, 65535);  /* converted to short */
    EXPECT_FMT("-9223372036854775808", "%lld", (long long)INT64_MIN);
    EXPECT_FMT("18446744073709551615", "%llu", (unsigned long long)UINT64_MAX);
    EXPECT_FMT("123 456 789", "%zu %jd %td", (size_t)123, (intmax_t)456, (ptrdiff_t)789);
    EXPECT_FMT("-5", "%ld", -5L);
}
END_TEST

START_TEST(flags_width_precision)
{
    EXPECT_FMT("   42", "%5d", 42);
    EXPECT_FMT("42   |", "%-5d|", 42);
    EXPECT_FMT("00042", "%05d", 42);
    EXPECT_FMT("-0042", "%05d", -42);
    EXPECT_FMT("+42", "%+d", 42);
    EXPECT_FMT(" 42", "% d", 42);
    EXPECT_FMT("+42", "%+ d", 42);
    EXPECT_FMT("  00042", "%7.5d", 42);
    EXPECT_FMT("   42", "%05.2d", 42); /* a precision turns '0' off */
    EXPECT_FMT("", "%.0d", 0);
    EXPECT_FMT("  ", "%2.0d", 0);
    EXPECT_FMT("0", "%#.0o", 0u);
    EXPECT_FMT("0", "%#o", 0u);
    EXPECT_FMT("010", "%#o", 8u);
    EXPECT_FMT("0x1f 0X1F", "%#x %#X", 31u, 31u);
    EXPECT_FMT("0", "%#x", 0u);
    EXPECT_FMT("0x001f", "%#06x", 31u);
    EXPECT_FMT("   42", "%*d", 5, 42);
    EXPECT_FMT("42   |", "%*d|", -5, 42);
    EXPECT_FMT("00042", "%.*d", 5, 42);
    EXPECT_FMT("42", "%.*d", -3, 42); /* negative precision: none */
    EXPECT_FMT("+000042", "%+.6d", 42);
}
END_TEST

START_TEST(chars_strings_pointers)
{
    EXPECT_FMT("a", "%c", 'a');
    EXPECT_FMT("  a|a  |", "%3c|%-3c|", 'a', 'a');
    EXPECT_FMT("hello", "%s", "hello");
    EXPECT_FMT("hel", "%.3s", "hello");
    EXPECT_FMT("  hello|hello  |", "%7s|%-7s|", "hello", "hello");
    EXPECT_FMT("(null)", "%s", (char *)NULL);
    EXPECT_FMT("", "%.5s", (char *)NULL);
    EXPECT_FMT("(nil)", "%p", (void *)NULL);
    EXPECT_FMT("0x1234", "%p", (void *)(uintptr_t)0x1234);
    EXPECT_FMT("100%", "100%%");
    kl_str s = KL_STR("slice!");
    EXPECT_FMT("[slice]", "[%.*s]", (int)s.len - 1, s.ptr);
    EXPECT_FMT("<slice!>", "<%.*s>", KL_STR_ARG(s));
}
END_TEST

START_TEST(snprintf_truncation)
{
    char buf[8];
    memset(buf, 'x', sizeof buf);
    ck_assert_uint_eq(kl_snprintf(buf, 4, "%d", 123456), 6);
    ck_assert_str_eq(buf, "123");
    ck_assert_int_eq(buf[4], 'x');
    memset(buf, 'x', sizeof buf);
    ck_assert_uint_eq(kl_snprintf(buf, 0, "%s", "abc"), 3);
    ck_assert_int_eq(buf[0], 'x');
    ck_assert_uint_eq(kl_snprintf(NULL, 0, "%05d", 1), 5);
    ck_assert_uint_eq(kl_snprintf(buf, 1, "abc"), 3);
    ck_assert_str_eq(buf, "");
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%s", ""), 0);
    ck_assert_str_eq(buf, "");
}
END_TEST

/* A writer that fails: kl_fmt hands its error back. */
static kl_err failing_write(void *ctx, const void *data, size_t len, size_t *written)
{
    return KL_EPIPE;
}
static const kl_writer_vtable failing_vtable = { failing_write, NULL };

START_TEST(writer_errors_and_unknown_formats)
{
    kl_writer w = { &failing_vtable, NULL };
    ck_assert_int_eq(kl_fmt(&w, "x"), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, "%d", 5), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, ""), KL_OK);

    char buf[32];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf);
    ck_assert_int_eq(kl_fmt(&bw.writer, "a%qb", 1), KL_EINVAL); /* no %q in C */
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("a")));
    ck_assert_int_eq(kl_fmt(&bw.writer, "%Ld", 1), KL_EINVAL);
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%ls", (void *)0), (size_t)-1);
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "trailing %"), (size_t)-1);
}
END_TEST

START_TEST(percent_n_panics)
{
    int n;
    KL_EXPECT_PANIC((void)kl_snprintf(out, sizeof out, "ab%n", &n));
    ck_assert_str_eq(kl_test_panic_message(), "kl_fmt: %n is not supported");
}
END_TEST

static Suite *fmt_suite(void)
{
    Suite *s = suite_create("fmt");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, integers);
    tcase_add_test(tc, flags_width_precision);
    tcase_add_test(tc, chars_strings_pointers);
    tcase_add_test(tc, snprintf_truncation);
    tcase_add_test(tc, writer_errors_and_unknown_formats);
    tcase_add_test(tc, percent_n_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(fmt_suite)
