/* Tests of keel/num.h: integer formatting in every base. */
#include <string.h>

#include <keel/num.h>
#include "../harness.h"
#include "internal/udiv.h"

static const char *fmt_u(uint64_t v, unsigned base)
{
    static char buf[KL_FMT_INT_BUFSZ + 1];
    size_t n = kl_fmt_u64(buf, v, base);
    ck_assert_uint_le(n, KL_FMT_INT_BUFSZ);
    buf[n] = '\0';
    return buf;
}

static const char *fmt_i(int64_t v, unsigned base)
{
    static char buf[KL_FMT_INT_BUFSZ + 1];
    size_t n = kl_fmt_i64(buf, v, base);
    ck_assert_uint_le(n, KL_FMT_INT_BUFSZ);
    buf[n] = '\0';
    return buf;
}

START_TEST(exact_values)
{
    ck_assert_str_eq(fmt_u(0, 10), "0");
    ck_assert_str_eq(fmt_u(0, 2), "0");
    ck_assert_str_eq(fmt_u(9, 10), "9");
    ck_assert_str_eq(fmt_u(10, 10), "10");
    ck_assert_str_eq(fmt_u(99, 10), "99");
    ck_assert_str_eq(fmt_u(100, 10), "100");
    ck_assert_str_eq(fmt_u(1000000007, 10), "1000000007");
    ck_assert_str_eq(fmt_u(UINT64_MAX, 10), "18446744073709551615");
    ck_assert_str_eq(fmt_u(UINT64_MAX, 2),
                     "1111111111111111111111111111111111111111111111111111111111111111");
    ck_assert_str_eq(fmt_u(UINT64_MAX, 3), "11112220022122120101211020120210210211220");
    ck_assert_str_eq(fmt_u(UINT64_MAX, 7), "45012021522523134134601");
    ck_assert_str_eq(fmt_u(UINT64_MAX, 8), "1777777777777777777777");
    ck_assert_str_eq(fmt_u(UINT64_MAX, 16), "ffffffffffffffff");
    ck_assert_str_eq(fmt_u(UINT64_MAX, 36), "3w5e11264sgsf");
    ck_assert_str_eq(fmt_u(UINT64_C(1) << 63, 36), "1y2p0ij32e8e8");
    ck_assert_str_eq(fmt_u(35, 36), "z");
    ck_assert_str_eq(fmt_u(255, 16), "ff");
}
END_TEST

START_TEST(signed_values)
{
    ck_assert_str_eq(fmt_i(0, 10), "0");
    ck_assert_str_eq(fmt_i(-1, 10), "-1");
    ck_assert_str_eq(fmt_i(INT64_MAX, 10), "9223372036854775807");
    ck_assert_str_eq(fmt_i(INT64_MIN, 10), "-9223372036854775808");
    ck_assert_str_eq(fmt_i(INT64_MIN, 2),
                     "-1000000000000000000000000000000000000000000000000000000000000000");
    ck_assert_uint_eq(strlen(fmt_i(INT64_MIN, 2)), KL_FMT_INT_BUFSZ);
    ck_assert_str_eq(fmt_i(INT64_MIN, 16), "-8000000000000000");
    ck_assert_str_eq(fmt_i(-255, 16), "-ff");
}
END_TEST

/* Read the digits back; the oracle is arithmetic, not another formatter. */
static uint64_t parse_back(const char *s, unsigned base, bool *ok)
{
    uint64_t v = 0;
    *ok = *s != '\0' && (s[0] != '0' || s[1] == '\0'); /* no leading zero */
    for (; *s; s++) {
        unsigned d = *s >= '0' && *s <= '9' ? (unsigned)(*s - '0')
                   : *s >= 'a' && *s <= 'z' ? (unsigned)(*s - 'a' + 10) : 99;
        if (d >= base)
            *ok = false;
        v = v * base + d;
    }
    return v;
}

START_TEST(round_trip_every_base)
{
    uint64_t x = 0x9e3779b97f4a7c15u;
    long n = kl_test_iterations(20000, 50);
    for (long i = 0; i < n; i++) {
        /* xorshift64, then spread the magnitudes across all widths. */
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        uint64_t v = x >> (i % 64);
        unsigned base = 2 + (unsigned)(i % 35);
        bool ok;
        ck_assert_uint_eq(parse_back(fmt_u(v, base), base, &ok), v);
        ck_assert_msg(ok, "bad digits for %llu in base %u", (unsigned long long)v, base);
    }
}
END_TEST

START_TEST(powers_of_ten_boundaries)
{
    uint64_t p = 1;
    char expect[32];
    for (int k = 0; k < 20; k++) {
        /* p - 1 is k nines, p is 1 followed by k zeros. */
        memset(expect, '9', (size_t)k);
        expect[k] = '\0';
        if (k > 0)
            ck_assert_str_eq(fmt_u(p - 1, 10), expect);
        expect[0] = '1';
        memset(expect + 1, '0', (size_t)k);
        expect[k + 1] = '\0';
        ck_assert_str_eq(fmt_u(p, 10), expect);
        if (k < 19)
            p *= 10;
    }
}
END_TEST

START_TEST(bad_base_panics)
{
    char buf[KL_FMT_INT_BUFSZ];
    KL_EXPECT_PANIC(kl_fmt_u64(buf, 1, 1));
    ck_assert_str_eq(kl_test_panic_message(), "kl_fmt_u64: base 1 is outside 2..36");
    KL_EXPECT_PANIC(kl_fmt_u64(buf, 1, 37));
    KL_EXPECT_PANIC(kl_fmt_i64(buf, -1, 0));
}
END_TEST

/* Values where decimal formatting changes gear: around powers of ten,
 * 2^32 (the 32-bit tail) and multiples of 10^8 (the 8-digit chunks, whose
 * leading zeros must be written). */
START_TEST(decimal_chunk_boundaries)
{
    static const uint64_t edges[] = {
        UINT64_C(4294967295), UINT64_C(4294967296), UINT64_C(4294967297),
        UINT64_C(99999999), UINT64_C(100000000), UINT64_C(100000001),
        UINT64_C(1000000000000000000), UINT64_C(1000000000000000001),
        UINT64_C(10000000000000000000), UINT64_C(9999999999999999999),
        UINT64_C(10000000000000000001), UINT64_C(10000000000000001),
        UINT64_C(12345678900000001), UINT64_C(4294967296000000000),
        UINT64_MAX, UINT64_MAX - 1,
    };
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
        bool ok;
        ck_assert_uint_eq(parse_back(fmt_u(edges[i], 10), 10, &ok), edges[i]);
        ck_assert(ok);
    }
    ck_assert_str_eq(fmt_u(UINT64_C(10000000000000000001), 10), "10000000000000000001");
    ck_assert_str_eq(fmt_u(UINT64_C(12345678900000001), 10), "12345678900000001");
    ck_assert_str_eq(fmt_u(UINT64_C(4294967296), 10), "4294967296");
    /* 10^k - 1, 10^k, 10^k + 1 for every k, read back. */
    uint64_t p = 1;
    for (int k = 0; k < 20; k++, p *= 10) {
        for (int d = -1; d <= 1; d++) {
            uint64_t v = p + (uint64_t)(int64_t)d;
            bool ok;
            ck_assert_uint_eq(parse_back(fmt_u(v, 10), 10, &ok), v);
            ck_assert(ok);
        }
        if (k == 19)
            break;
    }
}
END_TEST

/* src/internal/udiv.h's reciprocal divisions against the compiler's
 * division, on every target (on 32-bit ones that is libgcc's). */
START_TEST(reciprocal_division)
{
    static const uint64_t edges[] = {
        0, 1, 9, 10, 11, 99999999, 100000000, 100000001, 999999999, 1000000000,
        1000000001, UINT64_C(4294967295), UINT64_C(4294967296),
        UINT64_C(10000000000000000000), UINT64_MAX, UINT64_MAX - 1,
        UINT64_C(18446744073700000000), UINT64_C(18446744073000000000),
    };
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
        uint64_t v = edges[i];
        ck_assert_uint_eq(kl__div_10_mul(v), v / 10);
        ck_assert_uint_eq(kl__div_1e8_mul(v), v / 100000000);
        ck_assert_uint_eq(kl__div_1e9_mul(v), v / 1000000000);
    }
    uint64_t x = 0x2545f4914f6cdd1du;
    long n = kl_test_iterations(20000, 50);
    for (long i = 0; i < n; i++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        /* Every magnitude, and just below and above multiples of the
         * divisors, where a reciprocal that is off by one shows. */
        uint64_t v = x >> (i % 64);
        uint64_t m8 = v / 100000000 * 100000000, m9 = v / 1000000000 * 1000000000;
        ck_assert_uint_eq(kl__div_10_mul(v), v / 10);
        ck_assert_uint_eq(kl__div_1e8_mul(v), v / 100000000);
        ck_assert_uint_eq(kl__div_1e9_mul(v), v / 1000000000);
        ck_assert_uint_eq(kl__div_1e8_mul(m8 - 1), (m8 - 1) / 100000000);
        ck_assert_uint_eq(kl__div_1e8_mul(m8), m8 / 100000000);
        ck_assert_uint_eq(kl__div_1e9_mul(m9 - 1), (m9 - 1) / 1000000000);
        ck_assert_uint_eq(kl__div_1e9_mul(m9), m9 / 1000000000);
        ck_assert_uint_eq(kl__div_10_mul(v / 10 * 10 - 1), (v / 10 * 10 - 1) / 10);
    }
}
END_TEST

static Suite *num_suite(void)
{
    Suite *s = suite_create("num");
    TCase *tc = tcase_create("fmt");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, exact_values);
    tcase_add_test(tc, signed_values);
    tcase_add_test(tc, round_trip_every_base);
    tcase_add_test(tc, powers_of_ten_boundaries);
    tcase_add_test(tc, bad_base_panics);
    tcase_add_test(tc, decimal_chunk_boundaries);
    tcase_add_test(tc, reciprocal_division);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(num_suite)
