/* Tests of keel/num.h: integer formatting in every base, bit operations,
 * endian loads and stores.  (Arithmetic: num_ops.c; parsing: num_parse.c.) */
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

/* kl_cmp_S against the relational operators, over each width's edge
 * values (all pairs). */
#define CMP_CASE(S, T, MIN, MAX)                                               \
    do {                                                                       \
        const T v[] = { (T)(MIN), (T)((MIN) + 1), (T)-1, 0, 1, 2,              \
                        (T)((MAX) / 2), (T)((MAX) - 1), (T)(MAX) };            \
        for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)                    \
            for (size_t j = 0; j < sizeof v / sizeof v[0]; j++)                \
                ck_assert_int_eq(kl_cmp_##S(&v[i], &v[j]),                     \
                                 (v[i] > v[j]) - (v[i] < v[j]));               \
    } while (0)

START_TEST(three_way_compare)
{
    CMP_CASE(i8, int8_t, INT8_MIN, INT8_MAX);
    CMP_CASE(i16, int16_t, INT16_MIN, INT16_MAX);
    CMP_CASE(i32, int32_t, INT32_MIN, INT32_MAX);
    CMP_CASE(i64, int64_t, INT64_MIN, INT64_MAX);
    CMP_CASE(u8, uint8_t, 0, UINT8_MAX);
    CMP_CASE(u16, uint16_t, 0, UINT16_MAX);
    CMP_CASE(u32, uint32_t, 0, UINT32_MAX);
    CMP_CASE(u64, uint64_t, 0, UINT64_MAX);
    CMP_CASE(usize, size_t, 0, SIZE_MAX);
    int64_t a = -5, b = 3;
    uint64_t c = UINT64_MAX, d = 0;
    ck_assert_int_eq(kl_cmp_i64(&a, &b), -1);
    ck_assert_int_eq(kl_cmp_i64(&b, &a), 1);
    ck_assert_int_eq(kl_cmp_i64(&a, &a), 0);
    ck_assert_int_eq(kl_cmp_u64(&c, &d), 1);
    ck_assert_int_eq(kl_cmp_u64(&d, &c), -1);
}
END_TEST

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

/* Bit operations against bit-by-bit models. */
static uint64_t bits_rng = 0x2545f4914f6cdd1du;

static uint64_t bits_next(void)
{
    bits_rng ^= bits_rng << 13, bits_rng ^= bits_rng >> 7, bits_rng ^= bits_rng << 17;
    return bits_rng;
}

static bool bit(uint64_t x, unsigned i)
{
    return (x >> i) & 1;
}

/* EXPECT(cond): fail unless cond.  (Check's ck_assert records its location
 * on every call, a write to a file: too slow for loops.) */
#define EXPECT(cond)                                                           \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg("%s: %#llx failed %s", __func__, (unsigned long long)x, #cond); \
    } while (0)

/* BITS_CHECK(S, T): bits_check_S(x) checks every bit operation of S on x
 * against the model. */
#define BITS_CHECK(S, T)                                                       \
    static void bits_check_##S(T x)                                            \
    {                                                                          \
        const unsigned w = sizeof(T) * 8;                                      \
        unsigned pop = 0, lz = 0, tz = 0;                                      \
        for (unsigned i = 0; i < w; i++)                                       \
            pop += bit(x, i);                                                  \
        while (lz < w && !bit(x, w - 1 - lz))                                  \
            lz++;                                                              \
        while (tz < w && !bit(x, tz))                                          \
            tz++;                                                              \
        EXPECT(kl_popcount_##S(x) == pop);                                     \
        EXPECT(kl_leading_zeros_##S(x) == lz);                                 \
        EXPECT(kl_trailing_zeros_##S(x) == tz);                                \
        EXPECT(kl_is_power_of_two_##S(x) == (pop == 1));                       \
        unsigned n = (unsigned)(bits_next() % 200);                            \
        T rl = kl_rotate_left_##S(x, n), rr = kl_rotate_right_##S(x, n);       \
        for (unsigned i = 0; i < w; i++) {                                     \
            EXPECT(bit(rl, (i + n) % w) == bit(x, i));                         \
            EXPECT(bit(rr, i) == bit(x, (i + n) % w));                         \
        }                                                                      \
        T sw = kl_bswap_##S(x);                                                \
        for (unsigned i = 0; i < w / 8; i++)                                   \
            EXPECT(((sw >> (8 * i)) & 0xff) == ((x >> (w - 8 - 8 * i)) & 0xff)); \
        /* next power of two: the least 2^k >= x, if below 2^w. */             \
        uint64_t p = 1;                                                        \
        unsigned k = 0;                                                        \
        while (k < w && p < (uint64_t)x)                                       \
            p <<= 1, k++;                                                      \
        T np = 0x5a;                                                           \
        bool ok = kl_checked_next_power_of_two_##S(x, &np);                    \
        EXPECT(ok == (k < w));                                                 \
        if (ok) {                                                              \
            EXPECT(np == p);                                                   \
            EXPECT(kl_next_power_of_two_##S(x) == p);                          \
        } else {                                                               \
            EXPECT(np == 0x5a);                                                \
            KL_EXPECT_PANIC(kl_next_power_of_two_##S(x));                      \
        }                                                                      \
    }

BITS_CHECK(u8, uint8_t)
BITS_CHECK(u16, uint16_t)
BITS_CHECK(u32, uint32_t)
BITS_CHECK(u64, uint64_t)
BITS_CHECK(usize, size_t)

START_TEST(bits_model)
{
    long n = kl_test_iterations(5000, 50);
    for (long i = 0; i < n; i++) {
        uint64_t r = bits_next();
        /* Every magnitude, sparse and dense bit patterns, 2^k and 2^k +- 1. */
        switch (i % 4) {
        case 0: r >>= r % 64; break;
        case 1: r &= bits_next() & bits_next(); break;
        case 2: r = (UINT64_C(1) << (r % 64)) + (r >> 6) % 3 - 1; break;
        default: break;
        }
        bits_check_u8((uint8_t)r);
        bits_check_u8((uint8_t)(r >> (64 - 8)));
        bits_check_u16((uint16_t)r);
        bits_check_u16((uint16_t)(r >> (64 - 16)));
        bits_check_u32((uint32_t)r);
        bits_check_u32((uint32_t)(r >> (64 - 32)));
        bits_check_u64(r);
        bits_check_usize((size_t)r);
    }
    for (unsigned k = 0; k < 64; k++) {
        bits_check_u64(UINT64_C(1) << k);
        bits_check_u64((UINT64_C(1) << k) + 1);
        bits_check_u64((UINT64_C(1) << k) - 1);
        bits_check_u32((uint32_t)1 << (k % 32));
        bits_check_u32(((uint32_t)1 << (k % 32)) + 1);
    }
}
END_TEST

START_TEST(bits_exact)
{
    ck_assert_uint_eq(kl_popcount_u8(0xff), 8);
    ck_assert_uint_eq(kl_popcount_u64(UINT64_MAX), 64);
    ck_assert_uint_eq(kl_popcount_u64(0), 0);
    ck_assert_uint_eq(kl_leading_zeros_u8(0), 8);
    ck_assert_uint_eq(kl_leading_zeros_u8(1), 7);
    ck_assert_uint_eq(kl_leading_zeros_u16(0), 16);
    ck_assert_uint_eq(kl_leading_zeros_u16(0x80), 8);
    ck_assert_uint_eq(kl_leading_zeros_u32(0), 32);
    ck_assert_uint_eq(kl_leading_zeros_u64(0), 64);
    ck_assert_uint_eq(kl_leading_zeros_u64(1), 63);
    ck_assert_uint_eq(kl_leading_zeros_usize(0), sizeof(size_t) * 8);
    ck_assert_uint_eq(kl_leading_zeros_usize(SIZE_MAX), 0);
    ck_assert_uint_eq(kl_trailing_zeros_u8(0), 8);
    ck_assert_uint_eq(kl_trailing_zeros_u16(0), 16);
    ck_assert_uint_eq(kl_trailing_zeros_u64(0), 64);
    ck_assert_uint_eq(kl_trailing_zeros_u64(UINT64_C(1) << 63), 63);
    ck_assert_uint_eq(kl_trailing_zeros_usize(0), sizeof(size_t) * 8);
    ck_assert_uint_eq(kl_rotate_left_u8(0x81, 1), 0x03);
    ck_assert_uint_eq(kl_rotate_right_u8(0x81, 1), 0xc0);
    ck_assert_uint_eq(kl_rotate_left_u16(0x1234, 20), 0x2341);
    ck_assert_uint_eq(kl_rotate_left_u32(0x12345678, 0), 0x12345678);
    ck_assert_uint_eq(kl_rotate_left_u32(0x12345678, 32), 0x12345678);
    ck_assert_uint_eq(kl_rotate_right_u32(0x12345678, 4), 0x81234567);
    ck_assert_uint_eq(kl_rotate_left_u64(UINT64_C(0x8000000000000001), 1), 3);
    ck_assert_uint_eq(kl_rotate_right_u64(1, 1), UINT64_C(1) << 63);
    ck_assert_uint_eq(kl_bswap_u8(0x12), 0x12);
    ck_assert_uint_eq(kl_bswap_u16(0x1234), 0x3412);
    ck_assert_uint_eq(kl_bswap_u32(0x12345678), 0x78563412);
    ck_assert_uint_eq(kl_bswap_u64(UINT64_C(0x0102030405060708)), UINT64_C(0x0807060504030201));
    ck_assert(!kl_is_power_of_two_u32(0));
    ck_assert(kl_is_power_of_two_u32(1));
    ck_assert(kl_is_power_of_two_u64(UINT64_C(1) << 63));
    ck_assert(!kl_is_power_of_two_u64(UINT64_MAX));
    ck_assert_uint_eq(kl_next_power_of_two_u8(0), 1);
    ck_assert_uint_eq(kl_next_power_of_two_u8(1), 1);
    ck_assert_uint_eq(kl_next_power_of_two_u8(3), 4);
    ck_assert_uint_eq(kl_next_power_of_two_u8(128), 128);
    uint8_t u8 = 9;
    ck_assert(!kl_checked_next_power_of_two_u8(129, &u8) && u8 == 9);
    KL_EXPECT_PANIC(kl_next_power_of_two_u8(129));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_next_power_of_two_u8: no power of two >= x fits");
    ck_assert_uint_eq(kl_next_power_of_two_u64((UINT64_C(1) << 63) - 1), UINT64_C(1) << 63);
    uint64_t u64 = 9;
    ck_assert(!kl_checked_next_power_of_two_u64((UINT64_C(1) << 63) + 1, &u64) && u64 == 9);
    ck_assert(!kl_checked_next_power_of_two_u64(UINT64_MAX, &u64) && u64 == 9);
    size_t z = 0;
    ck_assert(kl_checked_next_power_of_two_usize(SIZE_MAX / 2 + 1, &z) && z == SIZE_MAX / 2 + 1);
    ck_assert(!kl_checked_next_power_of_two_usize(SIZE_MAX / 2 + 2, &z));
}
END_TEST

START_TEST(endian)
{
    /* Every offset of a buffer, so most accesses are unaligned. */
    unsigned char buf[24];
    for (size_t off = 0; off < 8; off++) {
        unsigned char *p = buf + off;
        for (size_t i = 0; i < sizeof buf; i++)
            buf[i] = (unsigned char)(0x10 + i);
        unsigned char b0 = p[0];
        ck_assert_uint_eq(kl_load_le16(p), (unsigned)b0 | (unsigned)(b0 + 1) << 8);
        ck_assert_uint_eq(kl_load_be16(p), (unsigned)b0 << 8 | (unsigned)(b0 + 1));
        ck_assert_uint_eq(kl_load_le32(p),
                          ((uint32_t)(b0 + 3) << 24 | (uint32_t)(b0 + 2) << 16 |
                           (uint32_t)(b0 + 1) << 8 | b0));
        ck_assert_uint_eq(kl_load_be32(p), (uint32_t)b0 << 24 | (uint32_t)(b0 + 1) << 16 |
                                               (uint32_t)(b0 + 2) << 8 | (uint32_t)(b0 + 3));
        uint64_t le = 0, be = 0;
        for (unsigned i = 0; i < 8; i++) {
            le |= (uint64_t)(b0 + i) << (8 * i);
            be = be << 8 | (uint64_t)(b0 + i);
        }
        ck_assert_uint_eq(kl_load_le64(p), le);
        ck_assert_uint_eq(kl_load_be64(p), be);

        static const unsigned char le16[] = { 0x34, 0x12 }, be16[] = { 0x12, 0x34 };
        static const unsigned char le32[] = { 0x78, 0x56, 0x34, 0x12 };
        static const unsigned char be32[] = { 0x12, 0x34, 0x56, 0x78 };
        static const unsigned char le64[] = { 0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01 };
        static const unsigned char be64[] = { 0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef };
        memset(buf, 0xee, sizeof buf);
        kl_store_le16(p, 0x1234);
        ck_assert_mem_eq(p, le16, 2);
        ck_assert_uint_eq(p[2], 0xee);
        kl_store_be16(p, 0x1234);
        ck_assert_mem_eq(p, be16, 2);
        kl_store_le32(p, 0x12345678);
        ck_assert_mem_eq(p, le32, 4);
        ck_assert_uint_eq(p[4], 0xee);
        kl_store_be32(p, 0x12345678);
        ck_assert_mem_eq(p, be32, 4);
        kl_store_le64(p, UINT64_C(0x0123456789abcdef));
        ck_assert_mem_eq(p, le64, 8);
        ck_assert_uint_eq(p[8], 0xee);
        ck_assert_uint_eq(kl_load_le64(p), UINT64_C(0x0123456789abcdef));
        kl_store_be64(p, UINT64_C(0x0123456789abcdef));
        ck_assert_mem_eq(p, be64, 8);
        ck_assert_uint_eq(kl_load_be64(p), UINT64_C(0x0123456789abcdef));
        ck_assert_uint_eq(kl_load_le64(p), UINT64_C(0xefcdab8967452301));
        if (off > 0)
            ck_assert_uint_eq(p[-1], 0xee);
    }
}
END_TEST

static Suite *num_suite(void)
{
    Suite *s = suite_create("num");
    TCase *tc = tcase_create("fmt");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, exact_values);
    tcase_add_test(tc, three_way_compare);
    tcase_add_test(tc, signed_values);
    tcase_add_test(tc, round_trip_every_base);
    tcase_add_test(tc, powers_of_ten_boundaries);
    tcase_add_test(tc, bad_base_panics);
    tcase_add_test(tc, decimal_chunk_boundaries);
    tcase_add_test(tc, reciprocal_division);
    suite_add_tcase(s, tc);
    tc = tcase_create("bits");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, bits_exact);
    tcase_add_test(tc, bits_model);
    tcase_add_test(tc, endian);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(num_suite)
