/* Tests of keel/hash.h: SipHash-2-4 against the 64 vectors of the SipHash
 * authors' reference implementation (vectors.h of github.com/veorq/SipHash:
 * key 00..0f, messages of 0 to 63 bytes 00 01 02 ...); SipHash-1-3 against
 * values from a Python implementation of the paper
 * (build-aux/gen-test-vectors.py) that Rust's std::hash::SipHasher13 agrees
 * with; the streaming hasher against the one-shot functions over random
 * splits; kl_hash64's exact values (the same Python script), avalanche and
 * collisions. */
#include <stdio.h>
#include <string.h>

#include <keel/hash.h>
#include <keel/slice.h>
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

static const uint8_t key[16] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };

static const uint64_t sip24_vectors[64] = {
    UINT64_C(0x726fdb47dd0e0e31),
    UINT64_C(0x74f839c593dc67fd),
    UINT64_C(0x0d6c8009d9a94f5a),
    UINT64_C(0x85676696d7fb7e2d),
    UINT64_C(0xcf2794e0277187b7),
    UINT64_C(0x18765564cd99a68d),
    UINT64_C(0xcbc9466e58fee3ce),
    UINT64_C(0xab0200f58b01d137),
    UINT64_C(0x93f5f5799a932462),
    UINT64_C(0x9e0082df0ba9e4b0),
    UINT64_C(0x7a5dbbc594ddb9f3),
    UINT64_C(0xf4b32f46226bada7),
    UINT64_C(0x751e8fbc860ee5fb),
    UINT64_C(0x14ea5627c0843d90),
    UINT64_C(0xf723ca908e7af2ee),
    UINT64_C(0xa129ca6149be45e5),
    UINT64_C(0x3f2acc7f57c29bdb),
    UINT64_C(0x699ae9f52cbe4794),
    UINT64_C(0x4bc1b3f0968dd39c),
    UINT64_C(0xbb6dc91da77961bd),
    UINT64_C(0xbed65cf21aa2ee98),
    UINT64_C(0xd0f2cbb02e3b67c7),
    UINT64_C(0x93536795e3a33e88),
    UINT64_C(0xa80c038ccd5ccec8),
    UINT64_C(0xb8ad50c6f649af94),
    UINT64_C(0xbce192de8a85b8ea),
    UINT64_C(0x17d835b85bbb15f3),
    UINT64_C(0x2f2e6163076bcfad),
    UINT64_C(0xde4daaaca71dc9a5),
    UINT64_C(0xa6a2506687956571),
    UINT64_C(0xad87a3535c49ef28),
    UINT64_C(0x32d892fad841c342),
    UINT64_C(0x7127512f72f27cce),
    UINT64_C(0xa7f32346f95978e3),
    UINT64_C(0x12e0b01abb051238),
    UINT64_C(0x15e034d40fa197ae),
    UINT64_C(0x314dffbe0815a3b4),
    UINT64_C(0x027990f029623981),
    UINT64_C(0xcadcd4e59ef40c4d),
    UINT64_C(0x9abfd8766a33735c),
    UINT64_C(0x0e3ea96b5304a7d0),
    UINT64_C(0xad0c42d6fc585992),
    UINT64_C(0x187306c89bc215a9),
    UINT64_C(0xd4a60abcf3792b95),
    UINT64_C(0xf935451de4f21df2),
    UINT64_C(0xa9538f0419755787),
    UINT64_C(0xdb9acddff56ca510),
    UINT64_C(0xd06c98cd5c0975eb),
    UINT64_C(0xe612a3cb9ecba951),
    UINT64_C(0xc766e62cfcadaf96),
    UINT64_C(0xee64435a9752fe72),
    UINT64_C(0xa192d576b245165a),
    UINT64_C(0x0a8787bf8ecb74b2),
    UINT64_C(0x81b3e73d20b49b6f),
    UINT64_C(0x7fa8220ba3b2ecea),
    UINT64_C(0x245731c13ca42499),
    UINT64_C(0xb78dbfaf3a8d83bd),
    UINT64_C(0xea1ad565322a1a0b),
    UINT64_C(0x60e61c23a3795013),
    UINT64_C(0x6606d7e446282b93),
    UINT64_C(0x6ca4ecb15c5f91e1),
    UINT64_C(0x9f626da15c9625f3),
    UINT64_C(0xe51b38608ef25f57),
    UINT64_C(0x958a324ceb064572),
};

static const uint64_t sip13_vectors[64] = {
    UINT64_C(0xabac0158050fc4dc),
    UINT64_C(0xc9f49bf37d57ca93),
    UINT64_C(0x82cb9b024dc7d44d),
    UINT64_C(0x8bf80ab8e7ddf7fb),
    UINT64_C(0xcf75576088d38328),
    UINT64_C(0xdef9d52f49533b67),
    UINT64_C(0xc50d2b50c59f22a7),
    UINT64_C(0xd3927d989bb11140),
    UINT64_C(0x369095118d299a8e),
    UINT64_C(0x25a48eb36c063de4),
    UINT64_C(0x79de85ee92ff097f),
    UINT64_C(0x70c118c1f94dc352),
    UINT64_C(0x78a384b157b4d9a2),
    UINT64_C(0x306f760c1229ffa7),
    UINT64_C(0x605aa111c0f95d34),
    UINT64_C(0xd320d86d2a519956),
    UINT64_C(0xcc4fdd1a7d908b66),
    UINT64_C(0x9cf2689063dbd80c),
    UINT64_C(0x8ffc389cb473e63e),
    UINT64_C(0xf21f9de58d297d1c),
    UINT64_C(0xc0dc2f46a6cce040),
    UINT64_C(0xb992abfe2b45f844),
    UINT64_C(0x7ffe7b9ba320872e),
    UINT64_C(0x525a0e7fdae6c123),
    UINT64_C(0xf464aeb267349c8c),
    UINT64_C(0x45cd5928705b0979),
    UINT64_C(0x3a3e35e3ca9913a5),
    UINT64_C(0xa91dc74e4ade3b35),
    UINT64_C(0xfb0bed02ef6cd00d),
    UINT64_C(0x88d93cb44ab1e1f4),
    UINT64_C(0x540f11d643c5e663),
    UINT64_C(0x2370dd1f8c21d1bc),
    UINT64_C(0x81157b6c16a7b60d),
    UINT64_C(0x4d54b9e57a8ff9bf),
    UINT64_C(0x759f12781f2a753e),
    UINT64_C(0xcea1a3bebf186b91),
    UINT64_C(0x2cf508d3ada26206),
    UINT64_C(0xb6101c2da3c33057),
    UINT64_C(0xb3f47496ae3a36a1),
    UINT64_C(0x626b57547b108392),
    UINT64_C(0xc1d2363299e41531),
    UINT64_C(0x667cc1923f1ad944),
    UINT64_C(0x65704ffec8138825),
    UINT64_C(0x24f280d1c28949a6),
    UINT64_C(0xc2ca1cedfaf8876b),
    UINT64_C(0xc2164bfc9f042196),
    UINT64_C(0xa16e9c9368b1d623),
    UINT64_C(0x49fb169c8b5114fd),
    UINT64_C(0x9f3143f8df074c46),
    UINT64_C(0xc6fdaf2412cc86b3),
    UINT64_C(0x7eaf49d10a52098f),
    UINT64_C(0x1cf313559d292f9a),
    UINT64_C(0xc44a30dda2f41f12),
    UINT64_C(0x36fae98943a71ed0),
    UINT64_C(0x318fb34c73f0bce6),
    UINT64_C(0xa27abf3670a7e980),
    UINT64_C(0xb4bcc0db243c6d75),
    UINT64_C(0x23f8d852fdb71513),
    UINT64_C(0x8f035f4da67d8a08),
    UINT64_C(0xd89cd0e5b7e8f148),
    UINT64_C(0xf6f4e6bcf7a644ee),
    UINT64_C(0xaec59ad80f1837f2),
    UINT64_C(0xc3b2f6154b6694e0),
    UINT64_C(0x9d199062b7bbb3a8),
};

static uint64_t rng = 0x243f6a8885a308d3u;

static uint64_t next(void)
{
    /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

START_TEST(siphash24_reference_vectors)
{
    uint8_t msg[64];
    for (int i = 0; i < 64; i++)
        msg[i] = (uint8_t)i;
    for (int i = 0; i < 64; i++)
        ASSERT_MSG(kl_siphash24(msg, (size_t)i, key) == sip24_vectors[i],
                      "length %d: %016llx", i, (unsigned long long)kl_siphash24(msg, (size_t)i, key));
    /* The paper's Appendix A: message 00..0e. */
    ASSERT_CMP(kl_siphash24(msg, 15, key), ==, UINT64_C(0xa129ca6149be45e5));
}
END_TEST

START_TEST(siphash13_vectors)
{
    uint8_t msg[64];
    for (int i = 0; i < 64; i++)
        msg[i] = (uint8_t)i;
    for (int i = 0; i < 64; i++)
        ASSERT_MSG(kl_siphash13(msg, (size_t)i, key) == sip13_vectors[i],
                      "length %d: %016llx", i, (unsigned long long)kl_siphash13(msg, (size_t)i, key));
    /* Rust's DefaultHasher::new() is SipHash-1-3 with a zero key. */
    static const uint8_t zero[16];
    ASSERT_CMP(kl_siphash13("", 0, zero), ==, UINT64_C(0xd1fba762150c532c));
    ASSERT_CMP(kl_siphash13("hello world", 11, zero), ==, UINT64_C(0xb1b1f2e707e4ac8a));
    ASSERT_CMP(kl_siphash13("0123456789abcdef0123", 20, zero), ==, UINT64_C(0x560ed5360a9a319a));
}
END_TEST

START_TEST(siphash_streaming)
{
    static uint8_t msg[300];
    long rounds = kl_test_iterations(2000, 20);
    for (long r = 0; r < rounds; r++) {
        size_t len = (size_t)(next() % (r % 4 == 0 ? sizeof msg : 40));
        for (size_t i = 0; i < len; i++)
            msg[i] = (uint8_t)next();
        uint8_t k[16];
        for (int i = 0; i < 16; i++)
            k[i] = (uint8_t)next();
        kl_siphash h24, h13;
        kl_siphash24_init(&h24, k);
        kl_siphash13_init(&h13, k);
        size_t at = 0;
        while (at < len) {
            size_t piece = (size_t)(next() % (len - at + 1));
            if (next() % 4 == 0)
                piece = 0; /* empty updates change nothing */
            kl_siphash_update(&h24, msg + at, piece);
            kl_siphash_update(&h13, msg + at, piece);
            at += piece;
            if (next() % 3 == 0) /* finishing part-way changes nothing */
                (void)kl_siphash_finish(&h24);
        }
        ASSERT_CMP(kl_siphash_finish(&h24), ==, kl_siphash24(msg, len, k));
        ASSERT_CMP(kl_siphash_finish(&h13), ==, kl_siphash13(msg, len, k));
        ASSERT_CMP(kl_siphash_finish(&h24), ==, kl_siphash24(msg, len, k));
    }
    /* Byte by byte, over the reference vectors. */
    for (size_t len = 0; len < 64; len++) {
        kl_siphash h;
        kl_siphash24_init(&h, key);
        for (size_t i = 0; i < len; i++) {
            uint8_t b = (uint8_t)i;
            kl_siphash_update(&h, &b, 1);
        }
        ASSERT_CMP(kl_siphash_finish(&h), ==, sip24_vectors[len]);
    }
}
END_TEST

/* ---- kl_hash64 ------------------------------------------------------------ */

static const uint64_t fast_vectors[] = {
    UINT64_C(0x66149c2e6cbe25bd),
    UINT64_C(0xdec4e3ccf5de4b61),
    UINT64_C(0x8b519c587c9947e2),
    UINT64_C(0x5b4ac62ebcb805b1),
    UINT64_C(0x72b2ee0a910d2b5e),
    UINT64_C(0xe5c2cb25cb7e6859),
    UINT64_C(0x8fb9e99017c2d25a),
    UINT64_C(0xeed8486953070b66),
    UINT64_C(0xd0ad6c34ddbc1fe0),
    UINT64_C(0x3063131a83c794e3),
    UINT64_C(0x1da30f7275ebab2b),
    UINT64_C(0xe9349ff09955c94c),
    UINT64_C(0x619fdddae6dd2a2c),
    UINT64_C(0x00727eebf8305916),
    UINT64_C(0xaadfa792a80d7e72),
    UINT64_C(0x05be27766398395d),
    UINT64_C(0xe3642a7a669de82a),
    UINT64_C(0x40091dbed4804c8d),
    UINT64_C(0xa4a306828e9ad058),
    UINT64_C(0x98a1e4006bf23932),
    UINT64_C(0x984518dac68a9a42),
    UINT64_C(0x13e42dfbc6ad40f3),
    UINT64_C(0x85d9053a5e131366),
    UINT64_C(0x065518eb8d834199),
    UINT64_C(0x6b8668792241ac78),
    UINT64_C(0x3daeb2a644d771d7),
    UINT64_C(0xb08c9ddcf663e466),
    UINT64_C(0xc6c714d72d2207b0),
    UINT64_C(0x8e0882a5627b2598),
    UINT64_C(0xeec556147d6cf66a),
    UINT64_C(0xe714214c29d60e44),
    UINT64_C(0x98c6db85e4b49633),
    UINT64_C(0x6c5aab3f399ba3cc),
    UINT64_C(0x49870a111e7cd8e5),
};

START_TEST(hash64_exact)
{
    uint8_t msg[100];
    for (int i = 0; i < 100; i++)
        msg[i] = (uint8_t)i;
    for (size_t i = 0; i < KL_ARRAY_LEN(fast_vectors); i++)
        ASSERT_MSG(kl_hash64(msg, 3 * i, 0) == fast_vectors[i], "length %zu: %016llx",
                      3 * i, (unsigned long long)kl_hash64(msg, 3 * i, 0));
    ASSERT_CMP(kl_hash64("keel", 4, 0), ==, UINT64_C(0x8afd959b8bd516d1));
    ASSERT_CMP(kl_hash64("keel", 4, 1), ==, UINT64_C(0x690a1c5006a026f4));
    ASSERT_CMP(kl_hash64("keel", 4, UINT64_MAX), ==, UINT64_C(0x648313f16abb7a24));
    /* Unaligned input gives the same value. */
    static uint8_t buf[120];
    for (size_t off = 1; off < 8; off++) {
        memcpy(buf + off, msg, 100);
        ASSERT_CMP(kl_hash64(buf + off, 99, 0), ==, fast_vectors[33]);
    }
}
END_TEST

static unsigned isqrt(unsigned long x)
{
    unsigned long r = 0;
    while ((r + 1) * (r + 1) <= x)
        r++;
    return (unsigned)r;
}

/* Avalanche: over many random inputs of a length, flipping input bit i
 * flips output bit j with frequency near 1/2, for every (i, j).  The
 * tolerance is 6 standard deviations of a fair coin's frequency over the
 * samples (a deviation that large has odds of about 1e-9 per pair). */
static void avalanche(size_t len, long samples, bool seed_bits)
{
    static uint32_t flips[(100 * 8 + 64) * 64];
    uint8_t msg[100];
    size_t in_bits = len * 8 + (seed_bits ? 64 : 0);
    memset(flips, 0, sizeof flips);
    for (long s = 0; s < samples; s++) {
        for (size_t i = 0; i < len; i++)
            msg[i] = (uint8_t)next();
        uint64_t seed = next();
        uint64_t h = kl_hash64(msg, len, seed);
        for (size_t b = 0; b < in_bits; b++) {
            uint64_t h2;
            if (b < len * 8) {
                msg[b / 8] ^= (uint8_t)(1u << (b % 8));
                h2 = kl_hash64(msg, len, seed);
                msg[b / 8] ^= (uint8_t)(1u << (b % 8));
            } else {
                h2 = kl_hash64(msg, len, seed ^ (UINT64_C(1) << (b - len * 8)));
            }
            uint64_t d = h ^ h2;
            for (int j = 0; j < 64; j++)
                flips[b * 64 + (size_t)j] += (uint32_t)(d >> j) & 1;
        }
    }
    /* |count - samples/2| <= 6 * sqrt(samples) / 2 */
    long tol = 3 * (long)isqrt((unsigned long)samples) + 1;
    for (size_t b = 0; b < in_bits; b++)
        for (int j = 0; j < 64; j++) {
            long dev = (long)flips[b * 64 + (size_t)j] - samples / 2;
            ASSERT_MSG(dev <= tol && dev >= -tol,
                          "length %zu: input bit %zu flips output bit %d %u times in %ld",
                          len, b, j, (unsigned)flips[b * 64 + (size_t)j], samples);
        }
}

START_TEST(hash64_avalanche)
{
    static const size_t lengths[] = { 1, 2, 3, 4, 7, 8, 12, 16, 17, 31, 48, 49, 100 };
    long samples = kl_test_iterations(400, 25);
    for (size_t i = 0; i < KL_ARRAY_LEN(lengths); i++)
        avalanche(lengths[i], lengths[i] > 20 ? samples / 4 : samples, false);
    avalanche(8, samples, true);
}
END_TEST

/* Collisions in a set of hashes: exactly none in 64 bits, and in the top,
 * middle and bottom 24 bits what the birthday bound predicts, C(n, 2) /
 * 2^24, within 6 standard deviations (the count is close to Poisson). */
enum { NKEYS = 1 << 16 };
static uint64_t hv[NKEYS], tv[NKEYS];

#define U64_LESS(a, b) (*(a) < *(b))
KL_SORT_DEFINE(sort_u64, uint64_t, U64_LESS)

static long count_collisions(uint64_t *v, size_t n)
{
    sort_u64(v, n);
    long c = 0;
    size_t run = 1;
    for (size_t i = 1; i <= n; i++) {
        if (i < n && v[i] == v[i - 1]) {
            run++;
        } else {
            c += (long)(run * (run - 1) / 2);
            run = 1;
        }
    }
    return c;
}

static void check_collisions(const char *what, size_t n)
{
    memcpy(tv, hv, n * 8);
    ASSERT_MSG(count_collisions(tv, n) == 0, "%s: 64-bit collisions", what);
    long expect = (long)((double)n * (double)(n - 1) / 2 / 16777216.0 + 0.5);
    long tol = 6 * (long)isqrt((unsigned long)expect) + 3;
    static const int shifts[] = { 0, 20, 40 };
    for (int s = 0; s < 3; s++) {
        for (size_t i = 0; i < n; i++)
            tv[i] = (hv[i] >> shifts[s]) & 0xffffff;
        long c = count_collisions(tv, n);
        ASSERT_MSG(c >= expect - tol && c <= expect + tol,
                      "%s: %ld collisions in bits %d..%d, expected %ld", what, c, shifts[s],
                      shifts[s] + 23, expect);
    }
}

START_TEST(hash64_collisions)
{
    size_t n = NKEYS;
    for (size_t i = 0; i < n; i++) {
        uint64_t k = i;
        hv[i] = kl_hash64(&k, 8, 0);
    }
    check_collisions("integers 0..65535 as 8 bytes", n);
    for (size_t i = 0; i < n; i++) {
        uint64_t k = (uint64_t)i << 40;
        hv[i] = kl_hash64(&k, 8, 42);
    }
    check_collisions("integers i << 40", n);
    for (size_t i = 0; i < n; i++) {
        uint32_t k = (uint32_t)i * 4096;
        hv[i] = kl_hash64(&k, 4, 7);
    }
    check_collisions("integers i * 4096 as 4 bytes", n);
    for (size_t i = 0; i < n; i++) {
        uint8_t k[2] = { (uint8_t)i, (uint8_t)(i >> 8) };
        hv[i] = kl_hash64(k, 2, 0);
    }
    check_collisions("every 2-byte string", n);
    for (size_t i = 0; i < n; i++) {
        char k[16];
        int len = snprintf(k, sizeof k, "key%zu", i);
        hv[i] = kl_hash64(k, (size_t)len, 0);
    }
    check_collisions("key0..key65535", n);
    /* Runs of 0 to 299 zero bytes, and every other 1-byte string. */
    size_t m = 0;
    uint8_t z[300] = { 0 };
    for (size_t len = 0; len < 300; len++)
        hv[m++] = kl_hash64(z, len, 0);
    for (size_t i = 1; i < 256; i++) {
        uint8_t k = (uint8_t)i;
        hv[m++] = kl_hash64(&k, 1, 0);
    }
    memcpy(tv, hv, m * 8);
    ASSERT_CMP(count_collisions(tv, m), ==, 0);
    /* 64-bit words with one or two bits set. */
    m = 0;
    for (int a = 0; a < 64; a++)
        for (int b = a; b < 64; b++) {
            uint64_t k = (UINT64_C(1) << a) | (UINT64_C(1) << b);
            hv[m++] = kl_hash64(&k, 8, 0);
        }
    memcpy(tv, hv, m * 8);
    ASSERT_CMP(count_collisions(tv, m), ==, 0);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("hash");
    TCase *tc = tcase_create("siphash");
    tcase_add_test(tc, siphash24_reference_vectors);
    tcase_add_test(tc, siphash13_vectors);
    tcase_add_test(tc, siphash_streaming);
    suite_add_tcase(s, tc);
    tc = tcase_create("hash64");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, hash64_exact);
    tcase_add_test(tc, hash64_avalanche);
    tcase_add_test(tc, hash64_collisions);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
