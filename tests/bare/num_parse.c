/* Tests of keel/num.h's integer parsing: Rust's from_str_radix syntax and
 * error order, at every width's boundaries (MAX, MAX + 1, MIN, MIN - 1) in
 * every base, and round trips of random values.  (The differential test
 * against Rust itself is tests/hosted/num_parse_oracle.c.) */
#include <string.h>

#include <keel/num.h>
#include "../harness.h"

/* EXPECT(cond, ...): fail with the message unless cond.  (Check's
 * ck_assert_msg records its location on every call, a write to a file:
 * too slow for loops.) */
#define EXPECT(cond, ...)                                                      \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg(__VA_ARGS__);                                         \
    } while (0)

/* One parse of every type through one signature: the result widened, and
 * whether *out was left alone on error. */
typedef struct result {
    kl_err err;
    int64_t i;   /* signed types */
    uint64_t u;  /* unsigned types */
    bool intact; /* on error: *out untouched */
} result;

enum ty { I8, I16, I32, I64, U8, U16, U32, U64, USIZE, NTYPES };

static const char *const ty_name[] = { "i8", "i16", "i32", "i64", "u8",
                                        "u16", "u32", "u64", "usize" };

#define PARSE_AS(fn, T, poison)                                                \
    do {                                                                       \
        T v = (T)(poison);                                                     \
        r.err = fn(s, base, &v);                                               \
        r.intact = v == (T)(poison);                                           \
        r.i = (int64_t)v;                                                      \
        r.u = (uint64_t)v;                                                     \
    } while (0)

static result parse(enum ty t, kl_str s, unsigned base)
{
    result r;
    switch (t) {
    case I8: PARSE_AS(kl_parse_i8, int8_t, 0x5a); break;
    case I16: PARSE_AS(kl_parse_i16, int16_t, 0x5a5a); break;
    case I32: PARSE_AS(kl_parse_i32, int32_t, 0x5a5a5a5a); break;
    case I64: PARSE_AS(kl_parse_i64, int64_t, 0x5a5a5a5a5a5a5a5a); break;
    case U8: PARSE_AS(kl_parse_u8, uint8_t, 0x5a); break;
    case U16: PARSE_AS(kl_parse_u16, uint16_t, 0x5a5a); break;
    case U32: PARSE_AS(kl_parse_u32, uint32_t, 0x5a5a5a5a); break;
    case U64: PARSE_AS(kl_parse_u64, uint64_t, 0x5a5a5a5a5a5a5a5a); break;
    default: PARSE_AS(kl_parse_usize, size_t, 0x5a5a5a5a); break;
    }
    return r;
}

static bool is_signed(enum ty t)
{
    return t <= I64;
}

static unsigned ty_bits(enum ty t)
{
    static const unsigned bits[] = { 8, 16, 32, 64, 8, 16, 32, 64, sizeof(size_t) * 8 };
    return bits[t];
}

/* The largest value and the magnitude of the smallest. */
static uint64_t ty_max(enum ty t)
{
    unsigned b = ty_bits(t);
    uint64_t all = b == 64 ? UINT64_MAX : (UINT64_C(1) << b) - 1;
    return is_signed(t) ? all >> 1 : all;
}

static uint64_t ty_min_mag(enum ty t)
{
    return is_signed(t) ? ty_max(t) + 1 : 0;
}

static void expect_ok_u(enum ty t, const char *text, size_t len, unsigned base, uint64_t want)
{
    result r = parse(t, kl_str_from(text, len), base);
    EXPECT(r.err == KL_OK && r.u == want,
                  "parse_%s(\"%.*s\", %u): %s %llu, want %llu", ty_name[t], (int)len, text,
                  base, kl_err_name(r.err), (unsigned long long)r.u, (unsigned long long)want);
}

static void expect_ok_i(enum ty t, const char *text, size_t len, unsigned base, int64_t want)
{
    result r = parse(t, kl_str_from(text, len), base);
    EXPECT(r.err == KL_OK && r.i == want,
                  "parse_%s(\"%.*s\", %u): %s %lld, want %lld", ty_name[t], (int)len, text,
                  base, kl_err_name(r.err), (long long)r.i, (long long)want);
}

static void expect_err(enum ty t, const char *text, size_t len, unsigned base, kl_err want)
{
    result r = parse(t, kl_str_from(text, len), base);
    EXPECT(r.err == want && r.intact, "parse_%s(\"%.*s\", %u): %s (out %s), want %s",
                  ty_name[t], (int)len, text, base, kl_err_name(r.err),
                  r.intact ? "intact" : "written", kl_err_name(want));
}

#define OK_U(t, lit, base, want) expect_ok_u(t, lit, sizeof(lit) - 1, base, want)
#define OK_I(t, lit, base, want) expect_ok_i(t, lit, sizeof(lit) - 1, base, want)
#define ERR(t, lit, base, want) expect_err(t, lit, sizeof(lit) - 1, base, want)

/* Add 1 to the base-`base` digits in buf[0..n) (lower case); returns the
 * new length (one more when the carry runs out of the front). */
static size_t digits_inc(char *buf, size_t n, unsigned base)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    for (size_t i = n; i-- > 0;) {
        unsigned d = (unsigned)(strchr(digits, buf[i]) - digits);
        if (d + 1 < base) {
            buf[i] = digits[d + 1];
            return n;
        }
        buf[i] = '0';
    }
    memmove(buf + 1, buf, n);
    buf[0] = '1';
    return n + 1;
}

static void upcase(char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 'a' && p[i] <= 'z')
            p[i] = (char)(p[i] - 'a' + 'A');
}

/* MAX, MAX + 1, MIN, MIN - 1 (and their variants) of type t in base. */
static void boundaries(enum ty t, unsigned base)
{
    char buf[KL_FMT_INT_BUFSZ + 8];
    uint64_t max = ty_max(t);

    /* MAX: plain, with '+', upper case, leading zeros, prefixed (base 0). */
    size_t n = kl_fmt_u64(buf + 1, max, base);
    expect_ok_u(t, buf + 1, n, base, max);
    buf[0] = '+';
    expect_ok_u(t, buf, n + 1, base, max);
    upcase(buf, n + 1);
    expect_ok_u(t, buf, n + 1, base, max);
    buf[0] = '0';
    expect_ok_u(t, buf, n + 1, base, max);
    /* MAX followed by a non-digit: KL_EINVAL. */
    buf[n + 1] = base == 36 ? '.' : "0123456789abcdefghijklmnopqrstuvwxyz"[base];
    expect_err(t, buf + 1, n + 1, base, KL_EINVAL);
    if (base == 16 || base == 8 || base == 2) {
        memcpy(buf, base == 16 ? "0x" : base == 8 ? "0o" : "0b", 2);
        kl_fmt_u64(buf + 2, max, base);
        expect_ok_u(t, buf, n + 2, 0, max);
        buf[1] = (char)(buf[1] - 'a' + 'A');
        expect_ok_u(t, buf, n + 2, 0, max);
    }
    if (base == 10) {
        kl_fmt_u64(buf, max, 10);
        expect_ok_u(t, buf, n, 0, max);
    }

    /* MAX + 1: KL_ERANGE, also when a non-digit follows (the overflow
     * comes first); a non-digit before it: KL_EINVAL. */
    n = kl_fmt_u64(buf + 1, max, base);
    n = digits_inc(buf + 1, n, base);
    expect_err(t, buf + 1, n, base, KL_ERANGE);
    buf[0] = '+';
    expect_err(t, buf, n + 1, base, KL_ERANGE);
    buf[n + 1] = '!';
    expect_err(t, buf, n + 2, base, KL_ERANGE);
    buf[0] = '!';
    expect_err(t, buf, n + 1, base, KL_EINVAL);
    buf[0] = '+';
    buf[n] = '!';
    expect_err(t, buf, n + 1, base, KL_EINVAL);

    if (is_signed(t)) {
        /* MIN, MIN - 1. */
        int64_t min = -(int64_t)(ty_min_mag(t) - 1) - 1;
        buf[0] = '-';
        n = kl_fmt_u64(buf + 1, ty_min_mag(t), base);
        expect_ok_i(t, buf, n + 1, base, min);
        upcase(buf, n + 1);
        expect_ok_i(t, buf, n + 1, base, min);
        n = digits_inc(buf + 1, n, base);
        expect_err(t, buf, n + 1, base, KL_ERANGE);
        expect_ok_i(t, "-0", 2, base, 0);
        expect_ok_i(t, "-1", 2, base, -1);
        if (base == 16) {
            memcpy(buf, "-0x", 3);
            n = kl_fmt_u64(buf + 3, ty_min_mag(t), 16);
            expect_ok_i(t, buf, n + 3, 0, min);
            n = digits_inc(buf + 3, n, base);
            expect_err(t, buf, n + 3, 0, KL_ERANGE);
        }
    } else {
        /* No '-' at all for the unsigned types, not even "-0". */
        expect_err(t, "-0", 2, base, KL_EINVAL);
        expect_err(t, "-1", 2, base, KL_EINVAL);
        buf[0] = '-';
        n = kl_fmt_u64(buf + 1, max, base);
        expect_err(t, buf, n + 1, base, KL_EINVAL);
        expect_ok_u(t, "+0", 2, base, 0);
    }
}

START_TEST(every_boundary)
{
    for (int t = 0; t < NTYPES; t++)
        for (unsigned base = 2; base <= 36; base++)
            boundaries((enum ty)t, base);
}
END_TEST

START_TEST(exact_values)
{
    OK_I(I8, "127", 10, 127);
    OK_I(I8, "-128", 10, -128);
    ERR(I8, "128", 10, KL_ERANGE);
    ERR(I8, "-129", 10, KL_ERANGE);
    OK_I(I8, "-80", 16, -128);
    OK_I(I8, "7f", 16, 127);
    OK_I(I8, "7F", 16, 127);
    ERR(I8, "80", 16, KL_ERANGE);
    OK_I(I8, "-10000000", 2, -128);
    OK_U(U8, "255", 10, 255);
    ERR(U8, "256", 10, KL_ERANGE);
    ERR(U8, "zz", 36, KL_ERANGE);
    OK_U(U8, "73", 36, 255);
    ERR(U8, "74", 36, KL_ERANGE);
    OK_I(I16, "-32768", 10, -32768);
    ERR(I16, "32768", 10, KL_ERANGE);
    OK_U(U16, "65535", 10, 65535);
    OK_I(I32, "2147483647", 10, INT32_MAX);
    OK_I(I32, "-2147483648", 10, INT32_MIN);
    ERR(I32, "2147483648", 10, KL_ERANGE);
    OK_U(U32, "4294967295", 10, UINT32_MAX);
    ERR(U32, "4294967296", 10, KL_ERANGE);
    OK_I(I64, "9223372036854775807", 10, INT64_MAX);
    OK_I(I64, "-9223372036854775808", 10, INT64_MIN);
    ERR(I64, "9223372036854775808", 10, KL_ERANGE);
    ERR(I64, "-9223372036854775809", 10, KL_ERANGE);
    OK_U(U64, "18446744073709551615", 10, UINT64_MAX);
    OK_U(U64, "+18446744073709551615", 10, UINT64_MAX);
    OK_U(U64, "000000000000000000000000000000018446744073709551615", 10, UINT64_MAX);
    ERR(U64, "18446744073709551616", 10, KL_ERANGE);
    ERR(U64, "99999999999999999999", 10, KL_ERANGE);
    ERR(U64, "184467440737095516150", 10, KL_ERANGE);
    OK_U(U64, "ffffffffffffffff", 16, UINT64_MAX);
    OK_U(U64, "FFFFFFFFFFFFFFFF", 16, UINT64_MAX);
    OK_U(U64, "3w5e11264sgsf", 36, UINT64_MAX);
    OK_U(U64, "3W5E11264SGSF", 36, UINT64_MAX);
    ERR(U64, "3w5e11264sgsg", 36, KL_ERANGE);
    OK_U(U64, "1111111111111111111111111111111111111111111111111111111111111111", 2,
         UINT64_MAX);
    ERR(U64, "10000000000000000000000000000000000000000000000000000000000000000", 2,
        KL_ERANGE);
    OK_U(U64, "0", 10, 0);
    OK_U(U64, "00", 2, 0);
    OK_U(USIZE, "0", 10, 0);
    OK_I(I32, "+0", 10, 0);
    OK_I(I32, "-0", 10, 0);
    OK_I(I32, "-000", 10, 0);
}
END_TEST

START_TEST(syntax)
{
    for (int ti = 0; ti < NTYPES; ti++) {
        enum ty t = (enum ty)ti;
        for (unsigned base = 0; base <= 36; base = base == 0 ? 2 : base + 1) {
            expect_err(t, NULL, 0, base, KL_EINVAL);
            ERR(t, "", base, KL_EINVAL);
            ERR(t, "+", base, KL_EINVAL);
            ERR(t, "-", base, KL_EINVAL);
            ERR(t, "++1", base, KL_EINVAL);
            ERR(t, "+-1", base, KL_EINVAL);
            ERR(t, "-+1", base, KL_EINVAL);
            ERR(t, "--1", base, KL_EINVAL);
            ERR(t, " 1", base, KL_EINVAL);
            ERR(t, "1 ", base, KL_EINVAL);
            ERR(t, "\t1", base, KL_EINVAL);
            ERR(t, "1\n", base, KL_EINVAL);
            ERR(t, "1_0", base, KL_EINVAL);
            ERR(t, "1-", base, KL_EINVAL);
            ERR(t, "1+", base, KL_EINVAL);
            ERR(t, "1.", base, KL_EINVAL);
            ERR(t, "1\0", base, KL_EINVAL);
            ERR(t, "\0", base, KL_EINVAL);
            ERR(t, "\xff", base, KL_EINVAL);
            ERR(t, "1\xc1", base, KL_EINVAL);
            ERR(t, "+ 1", base, KL_EINVAL);
            ERR(t, "1/", base, KL_EINVAL); /* '/' is '0' - 1 */
            ERR(t, "1:", base, KL_EINVAL); /* '9' + 1 */
            ERR(t, "1@", base, KL_EINVAL); /* 'A' - 1 */
            ERR(t, "1[", base, KL_EINVAL); /* 'Z' + 1 */
            ERR(t, "1`", base, KL_EINVAL); /* 'a' - 1 */
            ERR(t, "1{", base, KL_EINVAL); /* 'z' + 1 */
            OK_U(t, "1", base, 1);
            OK_U(t, "+1", base, 1);
            OK_U(t, "01", base, 1);
            if (base != 0) {
                /* The digit just past the base is not one. */
                char bad[2] = { '1', "0123456789abcdefghijklmnopqrstuvwxyz["[base] };
                expect_err(t, bad, 2, base, KL_EINVAL);
                bad[1] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ@"[base];
                expect_err(t, bad, 2, base, KL_EINVAL);
                bad[1] = "0123456789abcdefghijklmnopqrstuvwxyz"[base - 1];
                expect_ok_u(t, bad, 2, base, base + base - 1);
            }
        }
        /* Prefixes only in base 0, right after the sign, with digits. */
        ERR(t, "0x", 0, KL_EINVAL);
        ERR(t, "0X", 0, KL_EINVAL);
        ERR(t, "0o", 0, KL_EINVAL);
        ERR(t, "0b", 0, KL_EINVAL);
        ERR(t, "+0x", 0, KL_EINVAL);
        ERR(t, "0x+1", 0, KL_EINVAL);
        ERR(t, "0x-1", 0, KL_EINVAL);
        ERR(t, "0x 1", 0, KL_EINVAL);
        ERR(t, "00x1", 0, KL_EINVAL);
        ERR(t, "0xg", 0, KL_EINVAL);
        ERR(t, "0o8", 0, KL_EINVAL);
        ERR(t, "0b2", 0, KL_EINVAL);
        ERR(t, "0d1", 0, KL_EINVAL);
        ERR(t, "x1", 0, KL_EINVAL);
        ERR(t, "1a", 0, KL_EINVAL);
        OK_U(t, "0x1f", 0, 31);
        OK_U(t, "0X1F", 0, 31);
        OK_U(t, "+0x1f", 0, 31);
        OK_U(t, "0o17", 0, 15);
        OK_U(t, "0O17", 0, 15);
        OK_U(t, "0b101", 0, 5);
        OK_U(t, "0B101", 0, 5);
        OK_U(t, "0x0", 0, 0);
        OK_U(t, "017", 0, 17); /* no C octal */
        OK_U(t, "0", 0, 0);
        OK_U(t, "00", 0, 0);
        ERR(t, "0x10", 16, KL_EINVAL);
        ERR(t, "0b1", 2, KL_EINVAL);
        if (t == I8)
            ERR(t, "0b1", 16, KL_ERANGE);
        else
            OK_U(t, "0b1", 16, 0xb1);
        if (is_signed(t)) {
            OK_I(t, "-0x1f", 0, -31);
            OK_I(t, "-0b1", 0, -1);
            OK_I(t, "-0", 0, 0);
            ERR(t, "-0x", 0, KL_EINVAL);
            ERR(t, "0x-0", 0, KL_EINVAL);
        } else {
            ERR(t, "-0x1f", 0, KL_EINVAL);
            ERR(t, "-0", 0, KL_EINVAL);
        }
    }
    /* "0x" is a number in base 34 and above. */
    OK_U(U16, "0x", 34, 33);
    OK_U(U16, "0X", 36, 33);
}
END_TEST

START_TEST(first_fault_decides)
{
    /* Rust reads left to right and stops at the first fault. */
    ERR(I8, "999x", 10, KL_ERANGE);
    ERR(I16, "999x", 10, KL_EINVAL);
    ERR(U8, "256x", 10, KL_ERANGE);
    ERR(U8, "25x6", 10, KL_EINVAL);
    ERR(I8, "-129 ", 10, KL_ERANGE);
    ERR(I8, "-12 9", 10, KL_EINVAL);
    ERR(U64, "18446744073709551616x", 10, KL_ERANGE);
    ERR(U64, "1844674407370955161x6", 10, KL_EINVAL);
    ERR(U64, "99999999999999999999999999999999999999999x", 10, KL_ERANGE);
    ERR(U64, "10000000000000000z", 16, KL_ERANGE);
    ERR(U64, "1000000000000000z0", 16, KL_EINVAL);
    ERR(I64, "-9223372036854775809-", 10, KL_ERANGE);
    ERR(U32, "0x100000000!", 0, KL_ERANGE);
    ERR(U32, "0x10000000!0", 0, KL_EINVAL);
}
END_TEST

START_TEST(bad_base_panics)
{
    int32_t v;
    KL_EXPECT_PANIC(ck_assert_int_eq(kl_parse_i32(KL_STR("1"), 1, &v), 0));
    ck_assert_str_eq(kl_test_panic_message(), "kl_parse_i32: base 1 is neither 0 nor within 2..36");
    KL_EXPECT_PANIC(ck_assert_int_eq(kl_parse_i32(KL_STR("1"), 37, &v), 0));
    uint64_t u;
    KL_EXPECT_PANIC(ck_assert_int_eq(kl_parse_u64(KL_STR(""), 100, &u), 0));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_parse_u64: base 100 is neither 0 nor within 2..36");
    uint8_t u8;
    KL_EXPECT_PANIC(ck_assert_int_eq(kl_parse_u8(KL_STR("1"), 0xffffffffu, &u8), 0));
}
END_TEST

static uint64_t rng = 0x853c49e6748fea9bu;

static uint64_t next(void)
{
    rng ^= rng << 13, rng ^= rng >> 7, rng ^= rng << 17;
    return rng;
}

/* Random values of every width, formatted in random bases with random
 * case, signs and leading zeros, read back. */
START_TEST(round_trip)
{
    long n = kl_test_iterations(20000, 50);
    char buf[KL_FMT_INT_BUFSZ + 16];
    for (long i = 0; i < n; i++) {
        enum ty t = (enum ty)(i % NTYPES);
        unsigned bits = ty_bits(t);
        uint64_t r = next();
        uint64_t mag = (r >> (r % 64)) & (bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1);
        bool neg = is_signed(t) && (next() & 1);
        if (is_signed(t))
            mag &= neg ? ty_min_mag(t) | (ty_min_mag(t) - 1) : ty_max(t);
        if (neg && mag > ty_min_mag(t))
            mag = ty_min_mag(t);
        unsigned base = 2 + (unsigned)(next() % 35);
        size_t len = 0;
        if (neg)
            buf[len++] = '-';
        else if (next() % 4 == 0)
            buf[len++] = '+';
        for (unsigned z = (unsigned)(next() % 8); z < 3; z++)
            buf[len++] = '0';
        size_t d = kl_fmt_u64(buf + len, mag, base);
        if (next() & 1)
            upcase(buf + len, d);
        len += d;
        /* -mag without overflowing at INT64_MIN. */
        int64_t want = !neg ? (int64_t)mag : mag == 0 ? 0 : -(int64_t)(mag - 1) - 1;
        if (is_signed(t))
            expect_ok_i(t, buf, len, base, want);
        else
            expect_ok_u(t, buf, len, base, mag);
    }
}
END_TEST

static Suite *num_parse_suite(void)
{
    Suite *s = suite_create("num_parse");
    TCase *tc = tcase_create("parse");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, exact_values);
    tcase_add_test(tc, every_boundary);
    tcase_add_test(tc, syntax);
    tcase_add_test(tc, first_fault_decides);
    tcase_add_test(tc, bad_base_panics);
    tcase_add_test(tc, round_trip);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(num_parse_suite)
