/* Tests of keel/float.h, formatting: exact texts for the edge cases
 * (computed with Python's repr, and for floats with the exact reference
 * in tests/hosted/float_fmt_oracle.py), whole numbers against integer
 * formatting, and the 64x64->128 multiply both ways.  The differential
 * test over millions of values is tests/hosted/float_fmt_oracle.sh. */
#include <string.h>

#include <keel/float.h>
#include <keel/num.h>
#include "internal/float_fmt.h"
#include "../harness.h"

static const char *fmt64(double v)
{
    static char buf[KL_F64_BUFSZ + 8];
    memset(buf, 0x5a, sizeof buf);
    size_t n = kl_fmt_f64(buf, v);
    ck_assert_uint_le(n, KL_F64_BUFSZ);
    ck_assert_int_eq(buf[n], 0x5a); /* nothing written past the text */
    buf[n] = '\0';
    return buf;
}

static const char *fmt32(float v)
{
    static char buf[KL_F32_BUFSZ + 8];
    memset(buf, 0x5a, sizeof buf);
    size_t n = kl_fmt_f32(buf, v);
    ck_assert_uint_le(n, KL_F32_BUFSZ);
    ck_assert_int_eq(buf[n], 0x5a);
    buf[n] = '\0';
    return buf;
}

static double from_bits64(uint64_t b)
{
    double v;
    memcpy(&v, &b, sizeof v);
    return v;
}

static float from_bits32(uint32_t b)
{
    float v;
    memcpy(&v, &b, sizeof v);
    return v;
}

static const struct {
    uint64_t bits;
    const char *text;
} f64_cases[] = {
    { UINT64_C(0x3fb999999999999a), "0.1" }, /* 0.1 */
    { UINT64_C(0x4341c37937e08000), "1e+16" }, /* 1e16 */
    { UINT64_C(0x3e8421f5f40d8376), "1.5e-07" }, /* 1.5e-7 */
    { UINT64_C(0x405ec00000000000), "123.0" }, /* 123 */
    { UINT64_C(0x8000000000000000), "-0.0" }, /* -0.0 */
    { UINT64_C(0x0000000000000000), "0.0" }, /* +0 */
    { UINT64_C(0x7ff0000000000000), "inf" }, /* inf */
    { UINT64_C(0xfff0000000000000), "-inf" }, /* -inf */
    { UINT64_C(0x3fd3333333333333), "0.3" }, /* 0.3 */
    { UINT64_C(0x3fe5555555555555), "0.6666666666666666" }, /* 2/3 */
    { UINT64_C(0x3fd5555555555555), "0.3333333333333333" }, /* 1/3 */
    { UINT64_C(0x3f1a36e2eb1c432d), "0.0001" }, /* 1e-4: last fixed */
    { UINT64_C(0x3ee4f8b588e368f1), "1e-05" }, /* 1e-5: first scientific */
    { UINT64_C(0x4341c37937e07fff), "9999999999999998.0" }, /* last fixed */
    { UINT64_C(0x44b52d02c7e14af6), "1e+23" }, /* 1e23 */
    { UINT64_C(0x4480f0cf064dd592), "1e+22" }, /* 1e22 exact */
    { UINT64_C(0x4340000000000000), "9007199254740992.0" }, /* 2^53 */
    { UINT64_C(0x4340000000000001), "9007199254740994.0" }, /* 2^53+2 */
    { UINT64_C(0x433fffffffffffff), "9007199254740991.0" }, /* 2^53-1 */
    { UINT64_C(0x43e0000000000000), "9.223372036854776e+18" }, /* 2^63 */
    { UINT64_C(0x43f0000000000000), "1.8446744073709552e+19" }, /* 2^64 */
    { UINT64_C(0x0000000000000001), "5e-324" }, /* smallest subnormal */
    { UINT64_C(0x0000000000000002), "1e-323" }, /* 2 * smallest */
    { UINT64_C(0x0000000000000003), "1.5e-323" }, /* 3 * smallest */
    { UINT64_C(0x000fffffffffffff), "2.225073858507201e-308" }, /* largest subnormal */
    { UINT64_C(0x0010000000000000), "2.2250738585072014e-308" }, /* DBL_MIN */
    { UINT64_C(0x7fefffffffffffff), "1.7976931348623157e+308" }, /* DBL_MAX */
    { UINT64_C(0x7fe0000000000000), "8.98846567431158e+307" }, /* 2^1023 */
    { UINT64_C(0x3fe0000000000000), "0.5" }, /* 0.5 */
    { UINT64_C(0x3f50000000000000), "0.0009765625" }, /* 2^-10 */
    { UINT64_C(0x43b0000000000000), "1.152921504606847e+18" }, /* 2^60 */
    { UINT64_C(0x7fe1ccf385ebc8a0), "1e+308" }, /* 1e308 */
    { UINT64_C(0x00005c0ab9347ed7), "5e-310" }, /* a subnormal */
    { UINT64_C(0x437b69b4ba630f35), "1.2345678901234568e+17" }, /* 17 digits */
    { UINT64_C(0x81aa74fe1c1e8908), "-1.2345678901234568e-300" },
    { UINT64_C(0x4011666666666666), "4.35" }, /* 4.35 */
    { UINT64_C(0x3fd3333333333334), "0.30000000000000004" }, /* 0.1+0.2 */
    { UINT64_C(0x4059000000000000), "100.0" }, /* 100 */
    { UINT64_C(0x430c6bf526340000), "1000000000000000.0" }, /* 1e15 */
    { UINT64_C(0x40c81cd6c8b43958), "12345.678" },
    { UINT64_C(0x8010000000000000), "-2.2250738585072014e-308" }, /* longest text */
    { UINT64_C(0x000730d67819e8d1), "9.999999999999994e-309" }, /* below 1e-308 */
    { UINT64_C(0x000730d67819e8d3), "1.0000000000000004e-308" }, /* above 1e-308 */
    { UINT64_C(0x2b2bff2ee48e052f), "9.999999999999999e-101" }, /* below 1e-100 */
    { UINT64_C(0x2b2bff2ee48e0531), "1.0000000000000001e-100" }, /* above 1e-100 */
    { UINT64_C(0x3ee4f8b588e368f0), "9.999999999999999e-06" }, /* below 1e-5 */
    { UINT64_C(0x3ee4f8b588e368f2), "1.0000000000000003e-05" }, /* above 1e-5 */
    { UINT64_C(0x3fb9999999999999), "0.09999999999999999" }, /* below 1e-1 */
    { UINT64_C(0x3fb999999999999b), "0.10000000000000002" }, /* above 1e-1 */
    { UINT64_C(0x3fefffffffffffff), "0.9999999999999999" }, /* below 1e0 */
    { UINT64_C(0x3ff0000000000001), "1.0000000000000002" }, /* above 1e0 */
    { UINT64_C(0x4023ffffffffffff), "9.999999999999998" }, /* below 1e1 */
    { UINT64_C(0x4024000000000001), "10.000000000000002" }, /* above 1e1 */
    { UINT64_C(0x430c6bf52633ffff), "999999999999999.9" }, /* below 1e15 */
    { UINT64_C(0x430c6bf526340001), "1000000000000000.1" }, /* above 1e15 */
    { UINT64_C(0x4341c37937e07fff), "9999999999999998.0" }, /* below 1e16 */
    { UINT64_C(0x4341c37937e08001), "1.0000000000000002e+16" }, /* above 1e16 */
    { UINT64_C(0x4376345785d89fff), "9.999999999999998e+16" }, /* below 1e17 */
    { UINT64_C(0x4376345785d8a001), "1.0000000000000002e+17" }, /* above 1e17 */
    { UINT64_C(0x4480f0cf064dd591), "9.999999999999998e+21" }, /* below 1e22 */
    { UINT64_C(0x4480f0cf064dd593), "1.0000000000000002e+22" }, /* above 1e22 */
    { UINT64_C(0x44b52d02c7e14af5), "9.999999999999997e+22" }, /* below 1e23 */
    { UINT64_C(0x44b52d02c7e14af7), "1.0000000000000001e+23" }, /* above 1e23 */
    { UINT64_C(0x54b249ad2594c37c), "9.999999999999998e+99" }, /* below 1e100 */
    { UINT64_C(0x54b249ad2594c37e), "1.0000000000000002e+100" }, /* above 1e100 */
    { UINT64_C(0x7fe1ccf385ebc89f), "9.999999999999998e+307" }, /* below 1e308 */
    { UINT64_C(0x7fe1ccf385ebc8a1), "1.0000000000000002e+308" }, /* above 1e308 */
    { UINT64_C(0x7ff8000000000000), "nan" }, /* NaN */
    { UINT64_C(0xfff8000000000001), "nan" }, /* -NaN, payload */
};

static const struct {
    uint32_t bits;
    const char *text;
} f32_cases[] = {
    { UINT32_C(0x3dcccccd), "0.1" }, /* 0.1 */
    { UINT32_C(0x00000001), "1e-45" }, /* smallest subnormal */
    { UINT32_C(0x7f7fffff), "3.4028235e+38" }, /* FLT_MAX */
    { UINT32_C(0x00800000), "1.1754944e-38" }, /* FLT_MIN */
    { UINT32_C(0x4b800000), "16777216.0" }, /* 2^24 */
    { UINT32_C(0x501502f9), "10000000000.0" },
    { UINT32_C(0x5a0e1bca), "1e+16" }, /* 1e16: scientific */
    { UINT32_C(0x58635fa9), "1000000000000000.0" }, /* 1e15: fixed, longest text */
    { UINT32_C(0x80000000), "-0.0" },
    { UINT32_C(0x00000000), "0.0" },
    { UINT32_C(0x3e99999a), "0.3" },
    { UINT32_C(0x34210fb0), "1.5e-07" },
    { UINT32_C(0x42f60000), "123.0" },
    { UINT32_C(0x00000002), "3e-45" },
    { UINT32_C(0x000116c2), "1e-40" },
    { UINT32_C(0x00000005), "7e-45" }, /* 5 * smallest */
    { UINT32_C(0x39800000), "0.00024414062" }, /* 2^-12: a tie, the even digit */
    { UINT32_C(0x38d1b717), "0.0001" },
    { UINT32_C(0x3727c5ac), "1e-05" },
    { UINT32_C(0x4b000000), "8388608.0" },
    { UINT32_C(0x40490fdb), "3.1415927" }, /* pi */
    { UINT32_C(0x7e967699), "1e+38" },
    { UINT32_C(0x80800000), "-1.1754944e-38" },
    { UINT32_C(0x7f800000), "inf" },
    { UINT32_C(0xff800000), "-inf" },
    { UINT32_C(0x7fc00000), "nan" },
    { UINT32_C(0x006ce3ed), "9.999998e-39" }, /* below 1e-38 */
    { UINT32_C(0x006ce3ef), "1.0000001e-38" }, /* above 1e-38 */
    { UINT32_C(0x3727c5ab), "9.999999e-06" }, /* below 1e-5 */
    { UINT32_C(0x3727c5ad), "1.0000001e-05" }, /* above 1e-5 */
    { UINT32_C(0x3dcccccc), "0.099999994" }, /* below 1e-1 */
    { UINT32_C(0x3dccccce), "0.10000001" }, /* above 1e-1 */
    { UINT32_C(0x3f7fffff), "0.99999994" }, /* below 1e0 */
    { UINT32_C(0x3f800001), "1.0000001" }, /* above 1e0 */
    { UINT32_C(0x411fffff), "9.999999" }, /* below 1e1 */
    { UINT32_C(0x41200001), "10.000001" }, /* above 1e1 */
    { UINT32_C(0x5a0e1bc9), "9999999000000000.0" }, /* below 1e16 */
    { UINT32_C(0x5a0e1bcb), "1.0000001e+16" }, /* above 1e16 */
    { UINT32_C(0x7e967698), "9.999999e+37" }, /* below 1e38 */
    { UINT32_C(0x7e96769a), "1.0000001e+38" }, /* above 1e38 */
};

START_TEST(f64_exact)
{
    for (size_t i = 0; i < KL_ARRAY_LEN(f64_cases); i++)
        ck_assert_str_eq(fmt64(from_bits64(f64_cases[i].bits)), f64_cases[i].text);
    ck_assert_str_eq(fmt64(0.1), "0.1");
    ck_assert_str_eq(fmt64(-1.5), "-1.5");
    ck_assert_uint_eq(strlen(fmt64(-2.2250738585072014e-308)), KL_F64_BUFSZ);
}
END_TEST

START_TEST(f32_exact)
{
    for (size_t i = 0; i < KL_ARRAY_LEN(f32_cases); i++)
        ck_assert_str_eq(fmt32(from_bits32(f32_cases[i].bits)), f32_cases[i].text);
    ck_assert_str_eq(fmt32(0.1f), "0.1");
    ck_assert_str_eq(fmt32(-1000000000000000.0f), "-1000000000000000.0");
    ck_assert_uint_eq(strlen(fmt32(-1e15f)), KL_F32_BUFSZ);
}
END_TEST

/* 10^n for n = 0..22 is exact in binary64: "1" and n zeros ".0" up to
 * 10^15, "1e+NN" from 10^16. */
START_TEST(powers_of_ten)
{
    char want[32];
    double v = 1;
    for (int n = 0; n <= 22; n++, v *= 10) {
        if (n < 16) {
            want[0] = '1';
            memset(want + 1, '0', (size_t)n);
            memcpy(want + 1 + n, ".0", 3);
        } else {
            memcpy(want, "1e+", 3);
            want[3] = (char)('0' + n / 10);
            want[4] = (char)('0' + n % 10);
            want[5] = '\0';
        }
        ck_assert_str_eq(fmt64(v), want);
        if (n <= 10)
            ck_assert_str_eq(fmt32((float)v), want);
    }
}
END_TEST

/* A whole number below 10^16 prints as its integer digits and ".0". */
static uint64_t rng = 0x853c49e6748fea9bu;

/* The digests' values, computed by a host build. */
#define DIGEST64 3610397250u
#define DIGEST32 83572079u

static uint64_t next(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

START_TEST(whole_numbers)
{
    long n = kl_test_iterations(20000, 50);
    for (long i = 0; i < n; i++) {
        char want[KL_FMT_INT_BUFSZ + 3];
        /* below 2^53, so exact in a double */
        int64_t x = (int64_t)(next() >> (11 + next() % 53));
        if (i & 1)
            x = -x;
        size_t len = kl_fmt_i64(want, x, 10);
        memcpy(want + len, ".0", 3);
        ck_assert_str_eq(fmt64((double)x), want);
        /* below 2^24 for a float */
        int32_t y = (int32_t)(x % (1 << 24));
        len = kl_fmt_i64(want, y, 10);
        memcpy(want + len, ".0", 3);
        ck_assert_str_eq(fmt32((float)y), want);
    }
}
END_TEST

/* FNV-1a over the texts of 20,000 random doubles and floats (bit
 * patterns, and values from ordinary ranges).  The digests are a host
 * build's, whose texts for exactly these values were checked against the
 * Python oracle (tests/hosted/float_fmt_oracle.py, no mismatch); so a
 * target with another word size and no oracle (the Cortex-M3 under qemu,
 * the portable 64x64 multiply) is held to the oracle's answers too. */
static uint32_t fnv(uint32_t h, const char *s)
{
    for (; *s != '\0'; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return (h ^ '\n') * 16777619u;
}

START_TEST(digests)
{
    uint32_t h64 = 2166136261u, h32 = 2166136261u;
    rng = 0x0123456789abcdefu;
    for (int i = 0; i < 20000; i++) {
        uint64_t r = next();
        double d = i & 1 ? from_bits64(r) : (double)(int64_t)r / 1e6;
        float f = i & 1 ? from_bits32((uint32_t)r) : (float)(int32_t)(r >> 32) / 1e3f;
        h64 = fnv(h64, fmt64(d));
        h32 = fnv(h32, fmt32(f));
    }
    ck_assert_uint_eq(h64, DIGEST64);
    ck_assert_uint_eq(h32, DIGEST32);
}
END_TEST

START_TEST(mul128)
{
    static const struct { uint64_t a, b, hi, lo; } cases[] = {
        { 0xfedcba9876543210u, 0x0123456789abcdefu, 0x0121fa00ad77d742u, 0x2236d88fe5618cf0u },
        { 0xffffffffffffffffu, 0xffffffffffffffffu, 0xfffffffffffffffeu, 0x1u },
        { 0x8000000000000001u, 0xffffffff00000001u, 0x7fffffff80000001u, 0x7fffffff00000001u },
        { 0, 0xffffffffffffffffu, 0, 0 },
    };
    for (size_t i = 0; i < KL_ARRAY_LEN(cases); i++) {
        uint64_t hi, lo = kl__mul128_portable(cases[i].a, cases[i].b, &hi);
        ck_assert_uint_eq(hi, cases[i].hi);
        ck_assert_uint_eq(lo, cases[i].lo);
        lo = kl__mul128(cases[i].a, cases[i].b, &hi);
        ck_assert_uint_eq(hi, cases[i].hi);
        ck_assert_uint_eq(lo, cases[i].lo);
    }
    /* The portable path against the compiler's (128-bit integers on a
     * 64-bit host; the same code on a 32-bit target). */
    long n = kl_test_iterations(100000, 50);
    for (long i = 0; i < n; i++) {
        uint64_t a = next() >> (next() % 64), b = next() >> (next() % 64);
        uint64_t hi1, hi2;
        uint64_t lo1 = kl__mul128_portable(a, b, &hi1);
        uint64_t lo2 = kl__mul128(a, b, &hi2);
        ck_assert_uint_eq(hi1, hi2);
        ck_assert_uint_eq(lo1, lo2);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("float_fmt");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, f64_exact);
    tcase_add_test(tc, f32_exact);
    tcase_add_test(tc, powers_of_ten);
    tcase_add_test(tc, whole_numbers);
    tcase_add_test(tc, digests);
    tcase_add_test(tc, mul128);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
