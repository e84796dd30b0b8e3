/* Tests of keel/time.h (bare part): constructors, conversions, checked and
 * saturating arithmetic at the limits, comparison, and text exactly as
 * Rust's {:?} and {:.N?} print it (strings taken from rustc 1.95; the
 * differential test against rustc itself is tests/hosted/duration_oracle.sh). */
#include <string.h>

#include <keel/time.h>
#include "../harness.h"

static const char *fmt(kl_duration d)
{
    static char buf[KL_DURATION_BUFSZ + 1];
    size_t n = kl_duration_fmt(buf, d);
    ck_assert_uint_le(n, KL_DURATION_BUFSZ);
    buf[n] = '\0';
    return buf;
}

static const char *fmt_prec(kl_duration d, int prec)
{
    static char buf[64];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf - 1);
    ck_assert_int_eq(kl_duration_write_prec(&bw.writer, d, prec), KL_OK);
    buf[bw.len] = '\0';
    return buf;
}

START_TEST(constructors_and_conversions)
{
    kl_duration d = kl_duration_new(3, 250000000);
    ck_assert_uint_eq(kl_duration_as_nanos(d), UINT64_C(3250000000));
    ck_assert_uint_eq(kl_duration_as_secs(d), 3);
    ck_assert_uint_eq(kl_duration_as_millis(d), 3250);
    ck_assert_uint_eq(kl_duration_as_micros(d), 3250000);
    ck_assert_uint_eq(kl_duration_subsec_nanos(d), 250000000);
    ck_assert_uint_eq(kl_duration_subsec_micros(d), 250000);
    ck_assert_uint_eq(kl_duration_subsec_millis(d), 250);
    ck_assert_uint_eq(kl_duration_from_secs(7).ns, UINT64_C(7000000000));
    ck_assert_uint_eq(kl_duration_from_millis(7).ns, 7000000);
    ck_assert_uint_eq(kl_duration_from_micros(7).ns, 7000);
    ck_assert_uint_eq(kl_duration_from_nanos(7).ns, 7);
    ck_assert_uint_eq(kl_duration_new(0, 2500000000u).ns, UINT64_C(2500000000));
    d = kl_duration_from_nanos(UINT64_C(1999999999));
    ck_assert_uint_eq(kl_duration_as_secs(d), 1);
    ck_assert_uint_eq(kl_duration_subsec_millis(d), 999);
    ck_assert_uint_eq(kl_duration_subsec_micros(d), 999999);
    ck_assert_uint_eq(kl_duration_subsec_nanos(d), 999999999);
    ck_assert_uint_eq(kl_duration_as_secs(KL_DURATION_MAX), UINT64_C(18446744073));
    ck_assert_uint_eq(kl_duration_subsec_nanos(KL_DURATION_MAX), 709551615);
    ck_assert_uint_eq(kl_duration_as_millis(KL_DURATION_MAX), UINT64_C(18446744073709));
    ck_assert_uint_eq(kl_duration_as_micros(KL_DURATION_MAX), UINT64_C(18446744073709551));
    ck_assert_uint_eq(KL_DURATION_MAX_SECS, UINT64_C(18446744073));
    /* The largest whole values of each unit fit; one more panics. */
    ck_assert_uint_eq(kl_duration_from_secs(KL_DURATION_MAX_SECS).ns, UINT64_C(18446744073000000000));
    ck_assert_uint_eq(kl_duration_from_millis(UINT64_C(18446744073709)).ns,
                      UINT64_C(18446744073709000000));
    ck_assert_uint_eq(kl_duration_from_micros(UINT64_C(18446744073709551)).ns,
                      UINT64_C(18446744073709551000));
    ck_assert_uint_eq(kl_duration_new(KL_DURATION_MAX_SECS, 709551615).ns, UINT64_MAX);
    KL_EXPECT_PANIC(kl_duration_from_secs(KL_DURATION_MAX_SECS + 1));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_duration_from_secs: 18446744074 is too large for a kl_duration");
    KL_EXPECT_PANIC(kl_duration_from_millis(UINT64_C(18446744073710)));
    KL_EXPECT_PANIC(kl_duration_from_micros(UINT64_C(18446744073709552)));
    KL_EXPECT_PANIC(kl_duration_new(KL_DURATION_MAX_SECS, 709551616));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_duration_new: 18446744073 s + 709551616 ns is too large for a kl_duration");
}
END_TEST

START_TEST(checked_and_saturating)
{
    kl_duration r = kl_duration_from_nanos(42);
    kl_duration a = kl_duration_from_secs(5), b = kl_duration_from_millis(1500);
    ck_assert_int_eq(kl_duration_checked_add(a, b, &r), KL_OK);
    ck_assert_uint_eq(r.ns, UINT64_C(6500000000));
    ck_assert_int_eq(kl_duration_checked_sub(a, b, &r), KL_OK);
    ck_assert_uint_eq(r.ns, UINT64_C(3500000000));
    ck_assert_int_eq(kl_duration_checked_sub(b, a, &r), KL_EOVERFLOW);
    ck_assert_uint_eq(r.ns, UINT64_C(3500000000)); /* untouched */
    ck_assert_int_eq(kl_duration_checked_sub(a, a, &r), KL_OK);
    ck_assert_uint_eq(r.ns, 0);
    ck_assert_int_eq(kl_duration_checked_mul(b, 3, &r), KL_OK);
    ck_assert_uint_eq(r.ns, UINT64_C(4500000000));
    ck_assert_int_eq(kl_duration_checked_div(b, 4, &r), KL_OK);
    ck_assert_uint_eq(r.ns, 375000000);
    ck_assert_int_eq(kl_duration_checked_div(kl_duration_from_nanos(10), 3, &r), KL_OK);
    ck_assert_uint_eq(r.ns, 3);
    ck_assert_int_eq(kl_duration_checked_div(a, 0, &r), KL_EDOM);
    ck_assert_uint_eq(r.ns, 3);
    /* At the limit. */
    ck_assert_int_eq(kl_duration_checked_add(KL_DURATION_MAX, kl_duration_from_nanos(0), &r), KL_OK);
    ck_assert_uint_eq(r.ns, UINT64_MAX);
    ck_assert_int_eq(kl_duration_checked_add(KL_DURATION_MAX, kl_duration_from_nanos(1), &r),
                     KL_EOVERFLOW);
    ck_assert_int_eq(kl_duration_checked_mul(kl_duration_from_secs(1), KL_DURATION_MAX_SECS, &r), KL_OK);
    ck_assert_uint_eq(r.ns, UINT64_C(18446744073000000000));
    ck_assert_int_eq(kl_duration_checked_mul(kl_duration_from_secs(1), KL_DURATION_MAX_SECS + 1, &r),
                     KL_EOVERFLOW);
    ck_assert_int_eq(kl_duration_checked_mul(kl_duration_from_nanos(UINT64_C(1) << 32),
                                             UINT64_C(1) << 32, &r), KL_EOVERFLOW);
    ck_assert_int_eq(kl_duration_checked_mul(KL_DURATION_MAX, 0, &r), KL_OK);
    ck_assert_uint_eq(r.ns, 0);
    ck_assert_uint_eq(kl_duration_saturating_add(KL_DURATION_MAX, a).ns, UINT64_MAX);
    ck_assert_uint_eq(kl_duration_saturating_add(a, b).ns, UINT64_C(6500000000));
    ck_assert_uint_eq(kl_duration_saturating_sub(b, a).ns, 0);
    ck_assert_uint_eq(kl_duration_saturating_sub(a, b).ns, UINT64_C(3500000000));
    ck_assert_uint_eq(kl_duration_saturating_mul(a, UINT64_C(1) << 40).ns, UINT64_MAX);
    ck_assert_uint_eq(kl_duration_saturating_mul(a, 2).ns, UINT64_C(10000000000));
}
END_TEST

START_TEST(comparison)
{
    kl_duration a = kl_duration_from_millis(1000), b = kl_duration_from_secs(1);
    ck_assert(kl_duration_eq(a, b));
    ck_assert_int_eq(kl_duration_cmp(a, b), 0);
    ck_assert_int_eq(kl_duration_cmp(a, kl_duration_from_nanos(999999999)), 1);
    ck_assert_int_eq(kl_duration_cmp(KL_DURATION_ZERO, KL_DURATION_MAX), -1);
    ck_assert(!kl_duration_eq(KL_DURATION_ZERO, kl_duration_from_nanos(1)));
    ck_assert(kl_duration_is_zero(KL_DURATION_ZERO));
    ck_assert(!kl_duration_is_zero(kl_duration_from_nanos(1)));
}
END_TEST

START_TEST(text_default)
{
    static const struct {
        uint64_t ns;
        const char *text;
    } cases[] = {
        { 0, "0ns" },
        { 1, "1ns" },
        { 999, "999ns" },
        { 1000, "1\xc2\xb5s" },
        { 1001, "1.001\xc2\xb5s" },
        { 1500, "1.5\xc2\xb5s" },
        { 3000, "3\xc2\xb5s" },
        { 999999, "999.999\xc2\xb5s" },
        { 1000000, "1ms" },
        { 1000001, "1.000001ms" },
        { 250000000, "250ms" },
        { 999999999, "999.999999ms" },
        { 1000000000, "1s" },
        { 1000000001, "1.000000001s" },
        { 1500000000, "1.5s" },
        { UINT64_C(60000000000), "60s" },
        { UINT64_C(3723004005006), "3723.004005006s" },
        { UINT64_MAX, "18446744073.709551615s" },
    };
    for (size_t i = 0; i < KL_ARRAY_LEN(cases); i++) {
        kl_duration d = kl_duration_from_nanos(cases[i].ns);
        ck_assert_str_eq(fmt(d), cases[i].text);
        ck_assert_str_eq(fmt_prec(d, -1), cases[i].text);
    }
}
END_TEST

START_TEST(text_precision)
{
    static const struct {
        uint64_t ns;
        int prec;
        const char *text;
    } cases[] = {
        { 1500000000, 0, "2s" },
        { 1499999999, 0, "1s" },
        { 1500000000, 2, "1.50s" },
        { 1234567890, 3, "1.235s" },
        { 1234567890, 9, "1.234567890s" },
        { 1234567890, 12, "1.234567890000s" },
        { 1234567890, 30, "1.234567890000000000000000000000s" },
        { 999999999, 2, "1000.00ms" },
        { 999999999, 0, "1000ms" },
        { 999500, 0, "1000\xc2\xb5s" },
        { 999499, 0, "999\xc2\xb5s" },
        { 5, 2, "5.00ns" },
        { 0, 3, "0.000ns" },
        { 1000, 1, "1.0\xc2\xb5s" },
        { 1050, 1, "1.0\xc2\xb5s" }, /* ties to even */
        { 1150, 1, "1.2\xc2\xb5s" },
        { 1051, 1, "1.1\xc2\xb5s" },
        { 2500, 0, "2\xc2\xb5s" },
        { 3500, 0, "4\xc2\xb5s" },
        { 2500001, 0, "3ms" },
        { 1000000025, 8, "1.00000002s" },
        { 1000000350, 7, "1.0000004s" },
        { 1049, 1, "1.0\xc2\xb5s" },
        { 1000000, 9, "1.000000000ms" },
        { UINT64_MAX, 0, "18446744074s" },
        { UINT64_MAX, 3, "18446744073.710s" },
    };
    for (size_t i = 0; i < KL_ARRAY_LEN(cases); i++)
        ck_assert_str_eq(fmt_prec(kl_duration_from_nanos(cases[i].ns), cases[i].prec),
                         cases[i].text);
}
END_TEST

START_TEST(write_errors_pass_through)
{
    char small[4];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, small, 3);
    ck_assert_int_eq(kl_duration_write(&bw.writer, kl_duration_from_millis(1500)), KL_ENOSPC);
    ck_assert(kl_buf_writer_truncated(&bw));
    ck_assert_mem_eq(small, "1.5", 3);
    kl_buf_writer_init(&bw, small, 4);
    ck_assert_int_eq(kl_duration_write(&bw.writer, kl_duration_from_millis(1500)), KL_OK);
    ck_assert_mem_eq(small, "1.5s", 4);
    kl_buf_writer_init(&bw, small, sizeof small);
    ck_assert_int_eq(kl_duration_write_prec(&bw.writer, kl_duration_from_secs(1), 20), KL_ENOSPC);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("duration");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, constructors_and_conversions);
    tcase_add_test(tc, checked_and_saturating);
    tcase_add_test(tc, comparison);
    tcase_add_test(tc, text_default);
    tcase_add_test(tc, text_precision);
    tcase_add_test(tc, write_errors_pass_through);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
