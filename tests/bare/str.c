/* Tests of keel/str.h's slices: comparison, ASCII case, prefixes, trim,
 * search (Two-Way against a naive search on random strings over small
 * alphabets, where periodic needles abound), split, lines, chars.
 * tests/hosted/split_oracle.sh adds Rust's std as an outside oracle for
 * split, rsplit, split_once, rsplit_once and lines. */
#include <string.h>

#include <keel/str.h>
#include "../harness.h"

/* Random cases per test: fewer on a Cortex-M under qemu. */
#define CASES(host) kl_test_iterations(KL_PLATFORM_NONE ? (host) / 5 : (host), 20)

/* Check's assertions record their location on every call: in the long
 * loops these call into Check only on failure. */
#define EQ(x, y)                                                               \
    do {                                                                       \
        uintmax_t eq_x_ = (uintmax_t)(x), eq_y_ = (uintmax_t)(y);              \
        if (eq_x_ != eq_y_)                                                    \
            ck_abort_msg("%s == %ju, %s == %ju", #x, eq_x_, #y, eq_y_);        \
    } while (0)

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

static unsigned below(unsigned n)
{
    return (unsigned)(next() % n);
}

/* s must hold exactly the bytes of the C string want. */
static void str_is(kl_str s, const char *want)
{
    ck_assert_msg(s.len == strlen(want) && (s.len == 0 || memcmp(s.ptr, want, s.len) == 0),
                  "got \"%.*s\", want \"%s\"", KL_STR_ARG(s), want);
}

START_TEST(literal_and_cstr)
{
    kl_str a = KL_STR("hello");
    ck_assert_uint_eq(a.len, 5);
    ck_assert_int_eq(a.ptr[0], 'h');
    kl_str b = kl_str_from_cstr("hello");
    ck_assert_uint_eq(b.len, 5);
    ck_assert(kl_str_eq(a, b));
    ck_assert_uint_eq(KL_STR("").len, 0);
    ck_assert_uint_eq(kl_str_from_cstr("").len, 0);
    /* Embedded NULs count in a literal's slice. */
    ck_assert_uint_eq(KL_STR("a\0b").len, 3);
}
END_TEST

START_TEST(equality)
{
    ck_assert(kl_str_eq(KL_STR(""), kl_str_from(NULL, 0)));
    ck_assert(!kl_str_eq(KL_STR("abc"), KL_STR("abd")));
    ck_assert(!kl_str_eq(KL_STR("abc"), KL_STR("ab")));
    ck_assert(!kl_str_eq(KL_STR("ab"), KL_STR("abc")));
    static const char abcdef[] = "abcdef";
    ck_assert(kl_str_eq(kl_str_from(&abcdef[2], 2), KL_STR("cd")));
    ck_assert(!kl_str_eq(KL_STR("a\0b"), KL_STR("a\0c")));
}
END_TEST

START_TEST(from_cstr_null_panics)
{
    KL_EXPECT_PANIC((void)kl_str_from_cstr(NULL));
    ck_assert_str_eq(kl_test_panic_message(), "kl_str_from_cstr: NULL string");
}
END_TEST

START_TEST(sub)
{
    kl_str s = KL_STR("abcdef");
    str_is(kl_str_sub(s, 1, 3), "bc");
    str_is(kl_str_sub(s, 6, 6), "");
    str_is(kl_str_sub(s, 0, 6), "abcdef");
    KL_EXPECT_PANIC((void)kl_str_sub(s, 2, 7));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_str_sub: range [2, 7) out of a slice of 6 bytes");
    KL_EXPECT_PANIC((void)kl_str_sub(s, 3, 2));
}
END_TEST

START_TEST(ordering)
{
    ck_assert_int_eq(kl_str_cmp(KL_STR(""), KL_STR("")), 0);
    ck_assert_int_eq(kl_str_cmp(kl_str_from(NULL, 0), KL_STR("a")), -1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("a"), KL_STR("")), 1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("abc"), KL_STR("abd")), -1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("abd"), KL_STR("abc")), 1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("ab"), KL_STR("abc")), -1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("abc"), KL_STR("ab")), 1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("abc"), KL_STR("abc")), 0);
    /* unsigned bytes: 0x80 sorts after 0x7F, and NUL is an ordinary byte */
    ck_assert_int_eq(kl_str_cmp(KL_STR("\x7f"), KL_STR("\x80")), -1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("\xff"), KL_STR("\x01")), 1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("a\0b"), KL_STR("a\0a")), 1);
    ck_assert_int_eq(kl_str_cmp(KL_STR("a"), KL_STR("a\0")), -1);
}
END_TEST

START_TEST(ascii_case)
{
    ck_assert(kl_str_eq_ignore_ascii_case(KL_STR("Hello, World!"), KL_STR("hELLO, wORLD!")));
    ck_assert(!kl_str_eq_ignore_ascii_case(KL_STR("Hello"), KL_STR("Hell")));
    ck_assert(!kl_str_eq_ignore_ascii_case(KL_STR("@"), KL_STR("`"))); /* 0x40, 0x60 */
    ck_assert(!kl_str_eq_ignore_ascii_case(KL_STR("["), KL_STR("{")));
    ck_assert(!kl_str_eq_ignore_ascii_case(KL_STR("\xc3\xa9"), KL_STR("\xc3\x89")));
    ck_assert(kl_str_eq_ignore_ascii_case(KL_STR(""), kl_str_from(NULL, 0)));
    ck_assert_int_eq(kl_str_cmp_ignore_ascii_case(KL_STR("ABC"), KL_STR("abd")), -1);
    ck_assert_int_eq(kl_str_cmp_ignore_ascii_case(KL_STR("abc"), KL_STR("ABC")), 0);
    ck_assert_int_eq(kl_str_cmp_ignore_ascii_case(KL_STR("abc"), KL_STR("AB")), 1);
    /* compared as lower case: 'A' counts as 'a' (0x61), after '_' (0x5F) */
    ck_assert_int_eq(kl_str_cmp_ignore_ascii_case(KL_STR("_"), KL_STR("A")), -1);
    ck_assert_int_eq(kl_str_cmp_ignore_ascii_case(KL_STR("\x80"), KL_STR("z")), 1);

    char buf[32];
    str_is(kl_str_to_ascii_upper(KL_STR("Hello, w\xc3\xa9rld! [az]{AZ}@`"), buf, sizeof buf),
           "HELLO, W\xc3\xa9RLD! [AZ]{AZ}@`");
    str_is(kl_str_to_ascii_lower(KL_STR("Hello, W\xc3\x89RLD! [az]{AZ}@`"), buf, sizeof buf),
           "hello, w\xc3\x89rld! [az]{az}@`");
    /* in place */
    memcpy(buf, "MiXeD", 5);
    str_is(kl_str_to_ascii_lower(kl_str_from(buf, 5), buf, 5), "mixed");
    str_is(kl_str_to_ascii_upper(KL_STR(""), NULL, 0), "");
    KL_EXPECT_PANIC((void)kl_str_to_ascii_upper(KL_STR("abc"), buf, 2));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_str_to_ascii_upper: 3 bytes do not fit in 2");
    /* every byte */
    for (unsigned c = 0; c < 256; c++) {
        char in = (char)c, up, lo;
        kl_str_to_ascii_upper(kl_str_from(&in, 1), &up, 1);
        kl_str_to_ascii_lower(kl_str_from(&in, 1), &lo, 1);
        ck_assert_uint_eq((unsigned char)up, c >= 'a' && c <= 'z' ? c - 32 : c);
        ck_assert_uint_eq((unsigned char)lo, c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
}
END_TEST

START_TEST(prefixes)
{
    kl_str s = KL_STR("prefix.body.suffix"), rest = KL_STR("untouched");
    ck_assert(kl_str_starts_with(s, KL_STR("prefix")));
    ck_assert(kl_str_starts_with(s, KL_STR("")));
    ck_assert(kl_str_starts_with(s, s));
    ck_assert(!kl_str_starts_with(s, KL_STR("prefiX")));
    ck_assert(!kl_str_starts_with(KL_STR("pre"), KL_STR("prefix")));
    ck_assert(kl_str_ends_with(s, KL_STR(".suffix")));
    ck_assert(kl_str_ends_with(s, KL_STR("")));
    ck_assert(kl_str_ends_with(kl_str_from(NULL, 0), KL_STR("")));
    ck_assert(!kl_str_ends_with(s, KL_STR("suffiX")));
    ck_assert(!kl_str_ends_with(KL_STR("fix"), KL_STR("suffix")));

    ck_assert(!kl_str_strip_prefix(s, KL_STR("body"), &rest));
    str_is(rest, "untouched");
    ck_assert(kl_str_strip_prefix(s, KL_STR("prefix."), &rest));
    str_is(rest, "body.suffix");
    ck_assert(kl_str_strip_prefix(s, KL_STR(""), &rest));
    str_is(rest, "prefix.body.suffix");
    ck_assert(kl_str_strip_suffix(s, KL_STR(".suffix"), &rest));
    str_is(rest, "prefix.body");
    ck_assert(kl_str_strip_suffix(s, s, &rest));
    str_is(rest, "");
    rest = KL_STR("untouched");
    ck_assert(!kl_str_strip_suffix(s, KL_STR("body"), &rest));
    str_is(rest, "untouched");
}
END_TEST

START_TEST(trim_ascii)
{
    str_is(kl_str_trim_ascii(KL_STR(" \t\n\f\rx y\r\n\f\t ")), "x y");
    str_is(kl_str_trim_ascii_start(KL_STR("  x  ")), "x  ");
    str_is(kl_str_trim_ascii_end(KL_STR("  x  ")), "  x");
    str_is(kl_str_trim_ascii(KL_STR(" \t\n ")), "");
    str_is(kl_str_trim_ascii(KL_STR("")), "");
    /* \v is not ASCII whitespace to Rust (nor WHATWG) */
    str_is(kl_str_trim_ascii(KL_STR("\vx\v")), "\vx\v");
    /* nor is U+00A0 */
    str_is(kl_str_trim_ascii(KL_STR("\xc2\xa0x")), "\xc2\xa0x");
    kl_str s = KL_STR("  ab ");
    ck_assert_ptr_eq(kl_str_trim_ascii(s).ptr, s.ptr + 2);
}
END_TEST

START_TEST(trim_unicode)
{
    /* every White_Space character, as UTF-8, trimmed from both ends */
    static const uint32_t ws[] = {
        0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002,
        0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029,
        0x202F, 0x205F, 0x3000,
    };
    char buf[256];
    size_t n = 0;
    for (size_t i = 0; i < KL_ARRAY_LEN(ws); i++)
        n += kl_utf8_encode(ws[i], buf + n);
    size_t half = n;
    memcpy(buf + n, "x\xe2\x80\x8by", 5); /* U+200B ZERO WIDTH SPACE is not White_Space */
    n += 5;
    memcpy(buf + n, buf, half);
    n += half;
    str_is(kl_str_trim(kl_str_from(buf, n)), "x\xe2\x80\x8by");
    kl_str st = kl_str_trim_start(kl_str_from(buf, n));
    ck_assert_ptr_eq(st.ptr, buf + half);
    ck_assert_uint_eq(st.len, n - half);
    kl_str en = kl_str_trim_end(kl_str_from(buf, n));
    ck_assert_ptr_eq(en.ptr, buf);
    ck_assert_uint_eq(en.len, half + 5);

    /* exactly 25 code points have the property */
    unsigned count = 0;
    for (uint32_t c = 0; c <= 0x10FFFF; c++)
        count += kl_is_white_space(c);
    ck_assert_uint_eq(count, 25);
    ck_assert(!kl_is_white_space(0x180E)); /* MONGOLIAN VOWEL SEPARATOR: not since 6.3 */
    ck_assert(!kl_is_white_space(0xFEFF));
    ck_assert(!kl_is_white_space(0x200B));

    /* ill-formed bytes stop the trim: a lone A0 (the last byte of
     * U+00A0's form), a cut-short U+3000, an overlong space */
    str_is(kl_str_trim(KL_STR("\xa0 x \xa0")), "\xa0 x \xa0");
    str_is(kl_str_trim(KL_STR("\x80\x80 x \xe3\x80")), "\x80\x80 x \xe3\x80");
    str_is(kl_str_trim(KL_STR("\xc0\xa0 x")), "\xc0\xa0 x");
    str_is(kl_str_trim(KL_STR("\xe3\x80\x80\xe3\x80\x80x\xe3\x80\x80\xc2")),
           "x\xe3\x80\x80\xc2");
    str_is(kl_str_trim_end(KL_STR("x\xf0\x9f\x98\x80 ")), "x\xf0\x9f\x98\x80");
    str_is(kl_str_trim_end(KL_STR("\x80\x80\x80\x80\x20")), "\x80\x80\x80\x80");
    str_is(kl_str_trim(KL_STR(" \xe2\x80\xa8\t")), "");
    str_is(kl_str_trim(KL_STR("")), "");
}
END_TEST

/* ----------------------------------------------------------------------
 * Search. */

static size_t naive_find(const char *h, size_t n, const char *x, size_t m)
{
    if (m > n)
        return KL_STR_NPOS;
    for (size_t j = 0; j + m <= n; j++)
        if (memcmp(h + j, x, m) == 0)
            return j;
    return KL_STR_NPOS;
}

static size_t naive_rfind(const char *h, size_t n, const char *x, size_t m)
{
    if (m > n)
        return KL_STR_NPOS;
    for (size_t j = n - m + 1; j > 0; j--)
        if (memcmp(h + j - 1, x, m) == 0)
            return j - 1;
    return KL_STR_NPOS;
}

START_TEST(find_byte_everywhere)
{
    /* every length, alignment and position up to 70 bytes */
    char buf[96];
    for (size_t off = 0; off < 8; off++) {
        for (size_t n = 0; n <= 70; n++) {
            char *p = buf + off;
            memset(p, 'a', n);
            kl_str s = kl_str_from(p, n);
            EQ(kl_str_find_byte(s, 'b'), KL_STR_NPOS);
            EQ(kl_str_rfind_byte(s, 'b'), KL_STR_NPOS);
            for (size_t i = 0; i < n; i++) {
                p[i] = 'b';
                EQ(kl_str_find_byte(s, 'b'), i);
                EQ(kl_str_rfind_byte(s, 'b'), i);
                p[n - 1] = 'b';
                EQ(kl_str_rfind_byte(s, 'b'), n - 1);
                EQ(kl_str_find_byte(s, 'b'), i);
                p[i] = 'a';
                p[n - 1] = 'a';
            }
        }
    }
    /* bytes next to a match, and high bytes, do not confuse the word test */
    kl_str s = KL_STR("\x01\x00\x80\xff\x7f\xfe\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80");
    ck_assert_uint_eq(kl_str_find_byte(s, '\x80'), 2);
    ck_assert_uint_eq(kl_str_rfind_byte(s, '\x80'), 19);
    ck_assert_uint_eq(kl_str_find_byte(s, '\xff'), 3);
    ck_assert_uint_eq(kl_str_find_byte(s, '\x00'), 1);
    ck_assert_uint_eq(kl_str_rfind_byte(s, '\x00'), 18);
    ck_assert_uint_eq(kl_str_rfind_byte(s, '\x01'), 6);
    ck_assert_uint_eq(kl_str_find_byte(kl_str_from(NULL, 0), 'a'), KL_STR_NPOS);
}
END_TEST

START_TEST(find_exact)
{
    kl_str s = KL_STR("the cat sat on the mat");
    ck_assert_uint_eq(kl_str_find(s, KL_STR("the")), 0);
    ck_assert_uint_eq(kl_str_rfind(s, KL_STR("the")), 15);
    ck_assert_uint_eq(kl_str_find(s, KL_STR("at")), 5);
    ck_assert_uint_eq(kl_str_rfind(s, KL_STR("at")), 20);
    ck_assert_uint_eq(kl_str_find(s, KL_STR("dog")), KL_STR_NPOS);
    ck_assert_uint_eq(kl_str_rfind(s, KL_STR("dog")), KL_STR_NPOS);
    ck_assert_uint_eq(kl_str_find(s, KL_STR("")), 0);
    ck_assert_uint_eq(kl_str_rfind(s, KL_STR("")), 22);
    ck_assert_uint_eq(kl_str_find(KL_STR(""), KL_STR("")), 0);
    ck_assert_uint_eq(kl_str_rfind(KL_STR(""), KL_STR("")), 0);
    ck_assert_uint_eq(kl_str_find(KL_STR(""), KL_STR("a")), KL_STR_NPOS);
    ck_assert_uint_eq(kl_str_find(KL_STR("ab"), KL_STR("abc")), KL_STR_NPOS);
    ck_assert_uint_eq(kl_str_find(s, s), 0);
    ck_assert_uint_eq(kl_str_rfind(s, s), 0);
    ck_assert(kl_str_contains(s, KL_STR("sat on")));
    ck_assert(!kl_str_contains(s, KL_STR("sat  on")));
    /* periodic needles and the classic hard cases */
    ck_assert_uint_eq(kl_str_find(KL_STR("aaaaaaaaab"), KL_STR("aaab")), 6);
    ck_assert_uint_eq(kl_str_rfind(KL_STR("baaaaaaaaa"), KL_STR("baaa")), 0);
    ck_assert_uint_eq(kl_str_find(KL_STR("abababababac"), KL_STR("ababac")), 6);
    ck_assert_uint_eq(kl_str_rfind(KL_STR("abababab"), KL_STR("abab")), 4);
    ck_assert_uint_eq(kl_str_find(KL_STR("aabaabaabaab"), KL_STR("baabaa")), 2);
    ck_assert_uint_eq(kl_str_rfind(KL_STR("aabaabaabaab"), KL_STR("baabaa")), 5);
    ck_assert_uint_eq(kl_str_find(KL_STR("\xff\x00\xff\x00\x01"), KL_STR("\xff\x00\x01")), 2);

    /* a long haystack: the needle at the very end, found by every path */
    static char big[5000];
    memset(big, 'a', sizeof big);
    memcpy(big + sizeof big - 5, "aaaab", 5);
    ck_assert_uint_eq(kl_str_find(kl_str_from(big, sizeof big), KL_STR("aaaab")), 4995);
    ck_assert_uint_eq(kl_str_rfind(kl_str_from(big, sizeof big), KL_STR("aaaab")), 4995);
    ck_assert_uint_eq(kl_str_find(kl_str_from(big, sizeof big), KL_STR("aaaaaaaaaaaaaaaaaab")), 4981);
    ck_assert_uint_eq(kl_str_rfind(kl_str_from(big, sizeof big), KL_STR("aaaaa")), 4994);
    ck_assert_uint_eq(kl_str_find(kl_str_from(big, sizeof big), KL_STR("ba")), KL_STR_NPOS);
}
END_TEST

/* A random needle: short or long, from a small alphabet, often periodic
 * (a random period repeated, perhaps with one byte changed). */
static size_t random_needle(char *x, size_t cap, unsigned alpha)
{
    size_t m = below(4) == 0 ? below((unsigned)cap) : below(9);
    switch (below(3)) {
    case 0:
        for (size_t i = 0; i < m; i++)
            x[i] = (char)('a' + below(alpha));
        break;
    default: {
        size_t p = 1 + below(4);
        for (size_t i = 0; i < m; i++)
            x[i] = i < p ? (char)('a' + below(alpha)) : x[i - p];
        if (m > 0 && below(2) == 0)
            x[below((unsigned)m)] = (char)('a' + below(alpha));
        break;
    }
    }
    return m;
}

START_TEST(find_random)
{
    long cases = CASES(200000);
    char h[256], x[40];
    for (long k = 0; k < cases; k++) {
        unsigned alpha = 1 + below(4);
        size_t m = random_needle(x, sizeof x, alpha);
        size_t n = below(3) == 0 ? below(sizeof h) : below(40);
        /* the haystack: random, or the needle's own material repeated so
         * that near-matches are everywhere */
        if (below(2) == 0 || m == 0) {
            for (size_t i = 0; i < n; i++)
                h[i] = (char)('a' + below(alpha));
        } else {
            for (size_t i = 0; i < n; i++)
                h[i] = below(16) == 0 ? (char)('a' + below(alpha)) : x[(i + below(2)) % m];
        }
        kl_str hs = kl_str_from(h, n), xs = kl_str_from(x, m);
        size_t want = m == 0 ? 0 : naive_find(h, n, x, m);
        size_t rwant = m == 0 ? n : naive_rfind(h, n, x, m);
        size_t got = kl_str_find(hs, xs), rgot = kl_str_rfind(hs, xs);
        if (got != want || rgot != rwant)
            ck_abort_msg("find(\"%.*s\", \"%.*s\") = %zu/%zu, want %zu/%zu", (int)n, h,
                         (int)m, x, got, rgot, want, rwant);
    }
}
END_TEST

START_TEST(find_long_needles)
{
    /* Needles past 256 bytes (the skip table then looks at their last
     * 256), periodic and not, in haystacks of their own material. */
    static char h[3000], x[700];
    long cases = KL_PLATFORM_NONE ? 20 : kl_test_iterations(400, 20);
    for (long k = 0; k < cases; k++) {
        unsigned alpha = 1 + below(3);
        size_t m = 200 + below(500), per = 1 + below(40);
        for (size_t i = 0; i < m; i++)
            x[i] = i < per ? (char)('a' + below(alpha)) : x[i - per];
        if (below(2) == 0)
            x[below((unsigned)m)] = (char)('a' + below(alpha));
        size_t n = below(sizeof h);
        for (size_t i = 0; i < n; i++)
            h[i] = below(200) == 0 ? (char)('a' + below(alpha)) : x[(i + below(2)) % m];
        if (n > m && below(2) == 0)
            memcpy(h + below((unsigned)(n - m)), x, m);
        kl_str hs = kl_str_from(h, n), xs = kl_str_from(x, m);
        EQ(kl_str_find(hs, xs), naive_find(h, n, x, m));
        EQ(kl_str_rfind(hs, xs), naive_rfind(h, n, x, m));
    }
}
END_TEST

START_TEST(find_any)
{
    kl_str s = KL_STR("key = value; other");
    ck_assert_uint_eq(kl_str_find_any(s, KL_STR("=;")), 4);
    ck_assert_uint_eq(kl_str_rfind_any(s, KL_STR("=;")), 11);
    ck_assert_uint_eq(kl_str_find_any(s, KL_STR(";")), 11);
    ck_assert_uint_eq(kl_str_rfind_any(s, KL_STR("k")), 0);
    ck_assert_uint_eq(kl_str_find_any(s, KL_STR("")), KL_STR_NPOS);
    ck_assert_uint_eq(kl_str_rfind_any(s, KL_STR("")), KL_STR_NPOS);
    ck_assert_uint_eq(kl_str_find_any(s, KL_STR("xz")), KL_STR_NPOS);
    ck_assert_uint_eq(kl_str_find_any(KL_STR("ab\xff\x00"), KL_STR("\x00\xff")), 2);
    ck_assert_uint_eq(kl_str_rfind_any(KL_STR("ab\xff\x00"), KL_STR("\x00\xff")), 3);
    ck_assert_uint_eq(kl_str_rfind_any(kl_str_from(NULL, 0), KL_STR("ab")), KL_STR_NPOS);
    for (long k = 0; k < CASES(20000); k++) {
        char h[40], set[5];
        size_t n = below(40), sn = below(5);
        for (size_t i = 0; i < n; i++)
            h[i] = (char)('a' + below(8));
        for (size_t i = 0; i < sn; i++)
            set[i] = (char)('a' + below(8));
        size_t first = KL_STR_NPOS, last = KL_STR_NPOS;
        for (size_t i = 0; i < n; i++) {
            if (memchr(set, h[i], sn) != NULL) {
                if (first == KL_STR_NPOS)
                    first = i;
                last = i;
            }
        }
        EQ(kl_str_find_any(kl_str_from(h, n), kl_str_from(set, sn)), first);
        EQ(kl_str_rfind_any(kl_str_from(h, n), kl_str_from(set, sn)), last);
    }
}
END_TEST

/* ----------------------------------------------------------------------
 * Splitting.  Expected pieces are written "a|b|c" ("" for no piece at
 * all; pieces are never expected to contain '|'). */

static void pieces_are(kl_str_split it, const char *want)
{
    char got[256];
    size_t n = 0;
    kl_str piece;
    int count = 0;
    while (kl_str_split_next(&it, &piece)) {
        if (count++ > 0)
            got[n++] = '|';
        ck_assert_uint_lt(n + piece.len, sizeof got);
        memcpy(got + n, piece.ptr, piece.len);
        n += piece.len;
    }
    got[n] = '\0';
    ck_assert_str_eq(got, want);
    ck_assert(!kl_str_split_next(&it, &piece)); /* and stays finished */
}

#define SPLIT(s, sep, want) pieces_are(kl_str_split_init(KL_STR(s), KL_STR(sep)), want)
#define RSPLIT(s, sep, want) pieces_are(kl_str_rsplit_init(KL_STR(s), KL_STR(sep)), want)

START_TEST(split)
{
    SPLIT("a,b,,c", ",", "a|b||c");
    SPLIT(",a,", ",", "|a|");
    SPLIT("", ",", "");
    SPLIT("abc", ",", "abc");
    SPLIT("a--b----c", "--", "a|b||c");
    SPLIT("aaa", "aa", "|a");
    SPLIT("aaaa", "aa", "||");
    SPLIT("abc", "", "|a|b|c|");
    SPLIT("", "", "|");
    SPLIT("\xc3\xa9t\xc3\xa9", "", "|\xc3\xa9|t|\xc3\xa9|");
    SPLIT("\xe2\x82\xac!\xf0\x9f\x98\x80", "", "|\xe2\x82\xac|!|\xf0\x9f\x98\x80|");
    RSPLIT("a,b,,c", ",", "c||b|a");
    RSPLIT(",a,", ",", "|a|");
    RSPLIT("", ",", "");
    RSPLIT("aaa", "aa", "|a");
    RSPLIT("abc", "", "|c|b|a|");
    RSPLIT("", "", "|");
    RSPLIT("\xc3\xa9t\xc3\xa9", "", "|\xc3\xa9|t|\xc3\xa9|");
    RSPLIT("lion::tiger::leopard", "::", "leopard|tiger|lion");
    pieces_are(kl_str_split_byte_init(KL_STR("a b  c"), ' '), "a|b||c");
    pieces_are(kl_str_split_byte_init(KL_STR(""), ' '), "");
    pieces_are(kl_str_split_byte_init(KL_STR(" "), ' '), "|");
    pieces_are(kl_str_rsplit_byte_init(KL_STR("a b  c"), ' '), "c||b|a");
    pieces_are(kl_str_rsplit_byte_init(KL_STR("x\0y"), '\0'), "y|x");
    /* ill-formed UTF-8 and "": boundaries before every non-continuation byte */
    SPLIT("\x80\xc3", "", "|\x80|\xc3|");
    SPLIT("a\x80\x80", "", "|a\x80\x80|");
    RSPLIT("a\x80\x80", "", "|a\x80\x80|");
}
END_TEST

START_TEST(split_once)
{
    kl_str a = KL_STR("-"), b = KL_STR("-");
    ck_assert(kl_str_split_once(KL_STR("key=value=x"), KL_STR("="), &a, &b));
    str_is(a, "key");
    str_is(b, "value=x");
    ck_assert(kl_str_rsplit_once(KL_STR("key=value=x"), KL_STR("="), &a, &b));
    str_is(a, "key=value");
    str_is(b, "x");
    ck_assert(kl_str_split_once(KL_STR("a::b::c"), KL_STR("::"), &a, &b));
    str_is(a, "a");
    str_is(b, "b::c");
    ck_assert(kl_str_rsplit_once(KL_STR("a::b::c"), KL_STR("::"), &a, &b));
    str_is(a, "a::b");
    str_is(b, "c");
    ck_assert(kl_str_split_once(KL_STR("abc"), KL_STR(""), &a, &b));
    str_is(a, "");
    str_is(b, "abc");
    ck_assert(kl_str_rsplit_once(KL_STR("abc"), KL_STR(""), &a, &b));
    str_is(a, "abc");
    str_is(b, "");
    a = b = KL_STR("-");
    ck_assert(!kl_str_split_once(KL_STR("abc"), KL_STR("x"), &a, &b));
    ck_assert(!kl_str_rsplit_once(KL_STR(""), KL_STR("x"), &a, &b));
    str_is(a, "-");
    str_is(b, "-");
}
END_TEST

static void lines_are(const char *s, size_t n, const char *want)
{
    kl_str_lines it = kl_str_lines_init(kl_str_from(s, n));
    char got[256];
    size_t gn = 0;
    kl_str line;
    int count = 0;
    while (kl_str_lines_next(&it, &line)) {
        if (count++ > 0)
            got[gn++] = '|';
        memcpy(got + gn, line.ptr, line.len);
        gn += line.len;
    }
    got[gn] = '\0';
    ck_assert_str_eq(got, want);
    ck_assert(!kl_str_lines_next(&it, &line));
}

#define LINES(lit, want) lines_are(lit, sizeof(lit) - 1, want)

START_TEST(lines)
{
    LINES("", "");
    LINES("a", "a");
    LINES("a\n", "a");
    LINES("a\nb", "a|b");
    LINES("a\r\nb\r\n", "a|b");
    LINES("\n", "");
    LINES("\n\n", "|");
    LINES("\r\n", "");
    LINES("a\n\nb\n\n", "a||b|");
    LINES("a\rb\n", "a\rb");
    LINES("a\r", "a\r");
    LINES("a\r\r\n", "a\r");
    LINES("\r", "\r");
    LINES("a\n\r", "a|\r");
    /* the "\r\n" ending is not part of the line */
    kl_str_lines it = kl_str_lines_init(KL_STR("x\r\ny"));
    kl_str line;
    ck_assert(kl_str_lines_next(&it, &line));
    ck_assert_uint_eq(line.len, 1);
}
END_TEST

START_TEST(chars)
{
    /* "a", U+00E9, an ill-formed E2 82 (one subpart), "b", U+1F600 */
    kl_str s = KL_STR("a\xc3\xa9\xe2\x82" "b\xf0\x9f\x98\x80");
    static const uint32_t want_c[] = { 'a', 0xE9, 0xFFFD, 'b', 0x1F600 };
    static const size_t want_off[] = { 0, 1, 3, 5, 6 };
    kl_str_chars it = kl_str_chars_init(s);
    uint32_t c;
    size_t off, k = 0;
    while (kl_str_chars_next(&it, &c, &off)) {
        ck_assert_uint_lt(k, 5);
        ck_assert_uint_eq(c, want_c[k]);
        ck_assert_uint_eq(off, want_off[k]);
        k++;
    }
    ck_assert_uint_eq(k, 5);
    ck_assert(!kl_str_chars_next(&it, &c, NULL));
    it = kl_str_chars_init(kl_str_from(NULL, 0));
    ck_assert(!kl_str_chars_next(&it, &c, NULL));
}
END_TEST

static Suite *str_suite(void)
{
    Suite *s = suite_create("str");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, literal_and_cstr);
    tcase_add_test(tc, equality);
    tcase_add_test(tc, from_cstr_null_panics);
    tcase_add_test(tc, sub);
    tcase_add_test(tc, ordering);
    tcase_add_test(tc, ascii_case);
    tcase_add_test(tc, prefixes);
    tcase_add_test(tc, trim_ascii);
    tcase_add_test(tc, trim_unicode);
    tcase_add_test(tc, find_byte_everywhere);
    tcase_add_test(tc, find_exact);
    tcase_add_test(tc, find_random);
    tcase_add_test(tc, find_long_needles);
    tcase_add_test(tc, find_any);
    tcase_add_test(tc, split);
    tcase_add_test(tc, split_once);
    tcase_add_test(tc, lines);
    tcase_add_test(tc, chars);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(str_suite)
