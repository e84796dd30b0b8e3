/* Tests of keel/rand.h: SplitMix64 and xoshiro256** against reference
 * outputs (the first ten of xoshiro256** from the state {1, 2, 3, 4} and
 * SplitMix64's from seed 1234567 as the rand_xoshiro crate's tests list
 * them, confirmed by build-aux/gen-test-vectors.py, which implements both
 * papers and Lemire's method independently); exactness of the bound and
 * chi-square tests of bounded integers; doubles; shuffles; the portable
 * 128-bit multiply against the compiler's. */
#include <string.h>

#include <keel/rand.h>
#include "internal/mul128.h"
#include "../harness.h"

/* Assertions for hot loops: Check's ck_assert_* record their location on
 * every call (a write(2) with CK_FORK=no); these call into Check only on
 * failure. */
#define ASSERT_MSG(cond, ...)                                                  \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg(__VA_ARGS__);                                         \
    } while (0)
#define ASSERT(cond) ASSERT_MSG(cond, "Assertion '%s' failed", #cond)
#define ASSERT_CMP(X, OP, Y)                                                   \
    do {                                                                       \
        uintmax_t x_ = (X), y_ = (Y);                                          \
        ASSERT_MSG(x_ OP y_, "Assertion '%s' failed: %ju, %ju", #X " " #OP " " #Y, x_, y_); \
    } while (0)

START_TEST(splitmix64_reference)
{
    static const uint64_t want[] = {
        UINT64_C(6457827717110365317), UINT64_C(3203168211198807973),
        UINT64_C(9817491932198370423), UINT64_C(4593380528125082431),
        UINT64_C(16408922859458223821),
    };
    uint64_t s = 1234567;
    for (size_t i = 0; i < KL_ARRAY_LEN(want); i++)
        ASSERT_CMP(kl_splitmix64(&s), ==, want[i]);
}
END_TEST

START_TEST(xoshiro_reference)
{
    static const uint64_t want[] = {
        UINT64_C(11520), UINT64_C(0), UINT64_C(1509978240), UINT64_C(1215971899390074240),
        UINT64_C(1216172134540287360), UINT64_C(607988272756665600),
        UINT64_C(16172922978634559625), UINT64_C(8476171486693032832),
        UINT64_C(10595114339597558777), UINT64_C(2904607092377533576),
    };
    kl_rand r = { { 1, 2, 3, 4 } };
    for (size_t i = 0; i < KL_ARRAY_LEN(want); i++)
        ASSERT_CMP(kl_rand_u64(&r), ==, want[i]);

    static const uint64_t seeded[] = {
        UINT64_C(0x15780b2e0c2ec716), UINT64_C(0x6104d9866d113a7e),
        UINT64_C(0xae17533239e499a1), UINT64_C(0xecb8ad4703b360a1),
        UINT64_C(0xfde6dc7fe2ec5e64), UINT64_C(0xc50da53101795238),
    };
    kl_rand_seed(&r, 42);
    for (size_t i = 0; i < KL_ARRAY_LEN(seeded); i++)
        ASSERT_CMP(kl_rand_u64(&r), ==, seeded[i]);
    kl_rand_seed(&r, 42);
    ASSERT_CMP(kl_rand_u32(&r), ==, seeded[0] >> 32);
    kl_rand_seed(&r, 42);
    ASSERT(kl_rand_double(&r) == (double)(seeded[0] >> 11) / 9007199254740992.0);
    /* Seed 0 is a fine seed: SplitMix64 never gives the all-zero state. */
    kl_rand_seed(&r, 0);
    ASSERT(r.s[0] | r.s[1] | r.s[2] | r.s[3]);
}
END_TEST

START_TEST(mul128_portable)
{
    static const uint64_t cases[][4] = {
        { UINT64_C(0xffffffffffffffff), UINT64_C(0xffffffffffffffff), UINT64_C(0xfffffffffffffffe), UINT64_C(0x0000000000000001) },
        { UINT64_C(0xdeadbeefcafebabe), UINT64_C(0x0123456789abcdef), UINT64_C(0x00fd5bdeeeb2a01d), UINT64_C(0x7eb689f4ea447d62) },
        { UINT64_C(0x8000000000000000), UINT64_C(0x0000000000000002), UINT64_C(0x0000000000000001), UINT64_C(0x0000000000000000) },
        { UINT64_C(0x00000000ffffffff), UINT64_C(0x00000000ffffffff), UINT64_C(0x0000000000000000), UINT64_C(0xfffffffe00000001) },
        { UINT64_C(0x0000000100000000), UINT64_C(0xffffffff00000000), UINT64_C(0x00000000ffffffff), UINT64_C(0x0000000000000000) },
    };
    for (size_t i = 0; i < KL_ARRAY_LEN(cases); i++) {
        uint64_t hi, lo = kl__mul128_portable(cases[i][0], cases[i][1], &hi);
        ASSERT_CMP(hi, ==, cases[i][2]);
        ASSERT_CMP(lo, ==, cases[i][3]);
        lo = kl__mul128(cases[i][0], cases[i][1], &hi);
        ASSERT_CMP(hi, ==, cases[i][2]);
        ASSERT_CMP(lo, ==, cases[i][3]);
    }
    /* The portable path against the compiler's (the same path where the
     * compiler has no 128-bit type). */
    kl_rand r;
    kl_rand_seed(&r, 99);
    long n = kl_test_iterations(100000, 20);
    for (long i = 0; i < n; i++) {
        uint64_t a = kl_rand_u64(&r) >> (i % 64), b = kl_rand_u64(&r) >> (i % 61);
        uint64_t h1, h2;
        uint64_t l1 = kl__mul128_portable(a, b, &h1), l2 = kl__mul128(a, b, &h2);
        ASSERT_CMP(h1, ==, h2);
        ASSERT_CMP(l1, ==, l2);
    }
}
END_TEST

START_TEST(below_exact)
{
    static const uint64_t bounds[] = { 1, 6, 1000, (UINT64_C(1) << 63) + 1, UINT64_MAX, 3, 3, 3 };
    static const uint64_t want[] = { 0, 2, 680, UINT64_C(9147776489032658738),
                                     UINT64_C(14199186830065750583), 2, 2, 2 };
    kl_rand r;
    kl_rand_seed(&r, 42);
    for (size_t i = 0; i < KL_ARRAY_LEN(bounds); i++)
        ASSERT_CMP(kl_rand_below(&r, bounds[i]), ==, want[i]);
    KL_EXPECT_PANIC(kl_rand_below(&r, 0));
    KL_EXPECT_PANIC(kl_rand_range(&r, 1, 0));
}
END_TEST

/* Never >= bound, over bounds of every magnitude and the awkward ones
 * (just above a power of two reject almost half the products). */
START_TEST(below_within_bound)
{
    kl_rand r;
    kl_rand_seed(&r, 1);
    long n = kl_test_iterations(20000, 50);
    for (long i = 0; i < n; i++) {
        uint64_t bound;
        switch (i % 5) {
        case 0: bound = kl_rand_u64(&r) >> (kl_rand_u64(&r) % 64); break;
        case 1: bound = (UINT64_C(1) << (i % 64)) + 1; break;
        case 2: bound = UINT64_C(1) << (i % 64); break;
        case 3: bound = UINT64_MAX - (uint64_t)(i % 7); break;
        default: bound = (uint64_t)(i % 10) + 1; break;
        }
        if (bound == 0)
            bound = 1;
        ASSERT_CMP(kl_rand_below(&r, bound), <, bound);
    }
    /* Bound 1 always gives 0; bound 2 both values. */
    int seen[2] = { 0, 0 };
    for (int i = 0; i < 100; i++) {
        ASSERT_CMP(kl_rand_below(&r, 1), ==, 0);
        seen[kl_rand_below(&r, 2)]++;
    }
    ASSERT(seen[0] > 0 && seen[1] > 0);
}
END_TEST

static unsigned long isqrt(unsigned long x)
{
    unsigned long r = 0;
    while ((r + 1) * (r + 1) <= x)
        r++;
    return r;
}

/* Pearson's chi-square statistic of counts against a uniform expectation,
 * compared with its mean (k - 1) plus 6 standard deviations
 * (sqrt(2 (k - 1))): a fair generator fails that about once in 10^8. */
static void chi_square(const long *count, unsigned k, long draws, const char *what)
{
    double e = (double)draws / k, chi = 0;
    for (unsigned i = 0; i < k; i++)
        chi += ((double)count[i] - e) * ((double)count[i] - e) / e;
    double limit = (double)(k - 1) + 6.0 * (double)isqrt(2 * (k - 1) * 100) / 10.0;
    ASSERT_MSG(chi <= limit, "%s: chi-square %d over %u cells, limit %d", what, (int)chi, k,
                  (int)limit);
}

START_TEST(below_chi_square)
{
    static const unsigned bounds[] = { 2, 3, 5, 6, 7, 10, 17, 100 };
    static long count[100];
    kl_rand r;
    kl_rand_seed(&r, 2019);
    for (size_t b = 0; b < KL_ARRAY_LEN(bounds); b++) {
        long draws = kl_test_iterations(100 * (long)bounds[b], 50);
        memset(count, 0, sizeof count);
        for (long i = 0; i < draws; i++)
            count[kl_rand_below(&r, bounds[b])]++;
        chi_square(count, bounds[b], draws, "kl_rand_below");
    }
    /* A bound of 2/3 of 2^64: taking x % bound would put 2/3 of the
     * results in the lower half; Lemire's method puts half there. */
    uint64_t bound = UINT64_MAX / 3 * 2;
    long draws = kl_test_iterations(20000, 50);
    long lower[2] = { 0, 0 };
    for (long i = 0; i < draws; i++)
        lower[kl_rand_below(&r, bound) < bound / 2]++;
    chi_square(lower, 2, draws, "halves of a large bound");
    /* Ranges with negative ends. */
    long rc[7] = { 0 };
    for (long i = 0; i < draws; i++) {
        int64_t v = kl_rand_range(&r, -3, 3);
        ASSERT(v >= -3 && v <= 3);
        rc[v + 3]++;
    }
    chi_square(rc, 7, draws, "kl_rand_range(-3, 3)");
    ASSERT_CMP(kl_rand_range(&r, INT64_MIN, INT64_MIN), ==, INT64_MIN);
    ASSERT_CMP(kl_rand_range(&r, INT64_MAX, INT64_MAX), ==, INT64_MAX);
    int neg = 0;
    for (int i = 0; i < 64; i++)
        neg += kl_rand_range(&r, INT64_MIN, INT64_MAX) < 0;
    ASSERT(neg > 0 && neg < 64);
}
END_TEST

START_TEST(doubles)
{
    kl_rand r;
    kl_rand_seed(&r, 5);
    long n = kl_test_iterations(20000, 50);
    long cells[10] = { 0 };
    for (long i = 0; i < n; i++) {
        double d = kl_rand_double(&r);
        ASSERT(d >= 0.0 && d < 1.0);
        /* A multiple of 2^-53. */
        double m = d * 9007199254740992.0;
        ASSERT(m == (double)(uint64_t)m);
        cells[(int)(d * 10)]++;
    }
    chi_square(cells, 10, n, "kl_rand_double deciles");
    /* The largest output is 1 - 2^-53, below 1. */
    ASSERT((double)(UINT64_MAX >> 11) * 0x1.0p-53 < 1.0);
}
END_TEST

START_TEST(shuffle)
{
    int v[10] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
    static const int want[10] = { 1, 8, 3, 0, 4, 5, 9, 6, 2, 7 };
    kl_rand r;
    kl_rand_seed(&r, 7);
    kl_rand_shuffle(&r, v, 10, sizeof v[0]);
    ck_assert_mem_eq(v, want, sizeof want);
    kl_rand_shuffle(&r, NULL, 0, 4);
    kl_rand_shuffle(&r, v, 1, sizeof v[0]);
    ASSERT_CMP(v[0], ==, 1);

    /* All 24 orders of 4 elements equally likely. */
    static long count[24];
    long draws = kl_test_iterations(24 * 200, 50);
    for (long i = 0; i < draws; i++) {
        char p[4] = { 0, 1, 2, 3 };
        kl_rand_shuffle(&r, p, 4, 1);
        /* The order's index in the factorial number system. */
        int idx = 0;
        for (int a = 0; a < 4; a++) {
            int smaller = 0;
            for (int b = a + 1; b < 4; b++)
                smaller += p[b] < p[a];
            idx = idx * (4 - a) + smaller;
        }
        count[idx]++;
    }
    chi_square(count, 24, draws, "orders of 4");
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("rand");
    TCase *tc = tcase_create("rand");
    tcase_add_test(tc, splitmix64_reference);
    tcase_add_test(tc, xoshiro_reference);
    tcase_add_test(tc, mul128_portable);
    tcase_add_test(tc, below_exact);
    tcase_add_test(tc, below_within_bound);
    tcase_add_test(tc, below_chi_square);
    tcase_add_test(tc, doubles);
    tcase_add_test(tc, shuffle);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
