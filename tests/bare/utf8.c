/* Tests of keel/str.h's UTF-8 and UTF-16: validation, one-character
 * decoding and encoding at every boundary, lossy decoding of the classic
 * malformed sequences (the categories of Markus Kuhn's UTF-8 decoder
 * stress test, cases written here), and random strings against a
 * reference decoder written for this test from arithmetic on code point
 * ranges rather than from Table 3-7.  tests/hosted/utf8_oracle.sh adds
 * Python as an outside oracle. */
#include <string.h>

#include <keel/io.h>
#include <keel/str.h>
#include "../harness.h"

/* Random cases per test: fewer on a Cortex-M under qemu. */
#define CASES(host) kl_test_iterations(KL_PLATFORM_NONE ? (host) / 5 : (host), 20)

/* Check's assertions record their location on every call, which costs
 * more than the code under test in the long loops: these call into Check
 * only on failure. */
#define EQ(x, y)                                                               \
    do {                                                                       \
        uintmax_t eq_x_ = (uintmax_t)(x), eq_y_ = (uintmax_t)(y);              \
        if (eq_x_ != eq_y_)                                                    \
            ck_abort_msg("%s == %ju, %s == %ju", #x, eq_x_, #y, eq_y_);        \
    } while (0)
#define MEMEQ(x, y, n)                                                         \
    do {                                                                       \
        if (memcmp((x), (y), (n)) != 0)                                        \
            ck_abort_msg("memcmp(%s, %s, %s) != 0", #x, #y, #n);               \
    } while (0)

static uint64_t rng = 0x9e3779b97f4a7c15u;

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

/* ----------------------------------------------------------------------
 * The reference.  A lead byte announces a length L; k bytes of an L-byte
 * sequence leave a range [lo, hi] of code points open.  They are a prefix
 * of a well-formed sequence iff that range meets the scalar values whose
 * shortest form has L bytes (and not only surrogates). */

static int ref_lead_len(unsigned b)
{
    if (b < 0x80)
        return 1;
    if ((b & 0xE0) == 0xC0)
        return 2;
    if ((b & 0xF0) == 0xE0)
        return 3;
    if ((b & 0xF8) == 0xF0)
        return 4;
    return 0;
}

static bool ref_prefix_ok(const unsigned char *p, int k, int L)
{
    static const uint32_t min[5] = { 0, 0, 0x80, 0x800, 0x10000 };
    static const uint32_t max[5] = { 0, 0x7F, 0x7FF, 0xFFFF, 0x10FFFF };
    static const unsigned lead_bits[5] = { 0, 7, 5, 4, 3 };
    uint32_t v = p[0] & ((1u << lead_bits[L]) - 1);
    for (int i = 1; i < k; i++)
        v = (v << 6) | (p[i] & 0x3Fu);
    int open = 6 * (L - k);
    uint32_t lo = v << open, hi = (v << open) | ((1u << open) - 1);
    if (lo < min[L])
        lo = min[L];
    if (hi > max[L])
        hi = max[L];
    if (lo > hi)
        return false;
    return !(lo >= 0xD800 && hi <= 0xDFFF);
}

/* Length of the well-formed sequence at p, or minus the maximal subpart. */
static int ref_decode(const unsigned char *p, size_t n, uint32_t *c)
{
    int L = ref_lead_len(p[0]);
    if (L == 0 || !ref_prefix_ok(p, 1, L))
        return -1;
    int k = 1;
    while (k < L && (size_t)k < n && (p[k] & 0xC0) == 0x80 && ref_prefix_ok(p, k + 1, L))
        k++;
    if (k < L)
        return -k;
    uint32_t v = p[0] & (0xFFu >> (L + 1));
    if (L == 1)
        v = p[0];
    for (int i = 1; i < L; i++)
        v = (v << 6) | (p[i] & 0x3Fu);
    *c = v;
    return L;
}

static size_t ref_valid_up_to(const unsigned char *p, size_t n)
{
    size_t i = 0;
    uint32_t c;
    while (i < n) {
        int r = ref_decode(p + i, n - i, &c);
        if (r < 0)
            break;
        i += (size_t)r;
    }
    return i;
}

static size_t ref_lossy(const unsigned char *p, size_t n, char *out)
{
    size_t i = 0, o = 0;
    while (i < n) {
        uint32_t c;
        int r = ref_decode(p + i, n - i, &c);
        if (r < 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
            i += (size_t)-r;
        } else {
            memcpy(out + o, p + i, (size_t)r);
            o += (size_t)r;
            i += (size_t)r;
        }
    }
    return o;
}

/* ----------------------------------------------------------------------
 * Exact cases. */

/* A string writer for kl_utf8_lossy_write. */
typedef struct sink {
    char buf[1024];
    size_t len;
} sink;

static kl_err sink_write(void *ctx, const void *data, size_t len, size_t *written)
{
    sink *s = ctx;
    ck_assert_uint_le(len, sizeof s->buf - s->len);
    memcpy(s->buf + s->len, data, len);
    s->len += len;
    *written = len;
    return KL_OK;
}

/* in (n bytes) must have valid_up_to vut and lossy decoding want (a
 * string in which "~" stands for U+FFFD). */
static void expect(const char *in, size_t n, size_t vut, const char *want)
{
    char w[512];
    size_t wn = 0;
    for (const char *q = want; *q != '\0'; q++) {
        if (*q == '~') {
            memcpy(w + wn, "\xEF\xBF\xBD", 3);
            wn += 3;
        } else {
            w[wn++] = *q;
        }
    }
    size_t got = 12345;
    kl_err err = kl_utf8_check(in, n, &got);
    ck_assert_uint_eq(got, vut);
    ck_assert_int_eq(err, vut == n ? KL_OK : KL_EILSEQ);
    ck_assert(kl_utf8_valid(in, n) == (vut == n));
    char out[512];
    size_t on = kl_utf8_lossy(in, n, out, sizeof out);
    ck_assert_uint_eq(on, wn);
    ck_assert_mem_eq(out, w, wn);
    ck_assert_uint_eq(kl_utf8_lossy(in, n, NULL, 0), wn);
    static const kl_writer_vtable vt = { sink_write, NULL };
    sink s = { .len = 0 };
    kl_writer wr = { &vt, &s };
    ck_assert_int_eq(kl_utf8_lossy_write(&wr, in, n), KL_OK);
    ck_assert_uint_eq(s.len, wn);
    ck_assert_mem_eq(s.buf, w, wn);
    /* and the reference agrees */
    ck_assert_uint_eq(ref_valid_up_to((const unsigned char *)in, n), vut);
    ck_assert_uint_eq(ref_lossy((const unsigned char *)in, n, out), wn);
    ck_assert_mem_eq(out, w, wn);
}

#define EXPECT(lit, vut, want) expect(lit, sizeof(lit) - 1, vut, want)

START_TEST(correct_text)
{
    /* Kuhn 1: the Greek word "kosme". */
    EXPECT("\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5", 11,
           "\xce\xba\xe1\xbd\xb9\xcf\x83\xce\xbc\xce\xb5");
    EXPECT("", 0, "");
    EXPECT("plain ASCII", 11, "plain ASCII");
}
END_TEST

START_TEST(boundaries)
{
    /* Kuhn 2.1, 2.2: first and last of each length; beyond the last. */
    EXPECT("\xc2\x80", 2, "\xc2\x80");
    EXPECT("\xe0\xa0\x80", 3, "\xe0\xa0\x80");
    EXPECT("\xf0\x90\x80\x80", 4, "\xf0\x90\x80\x80");
    EXPECT("\x7f", 1, "\x7f");
    EXPECT("\xdf\xbf", 2, "\xdf\xbf");
    EXPECT("\xef\xbf\xbf", 3, "\xef\xbf\xbf");
    EXPECT("\xf4\x8f\xbf\xbf", 4, "\xf4\x8f\xbf\xbf");
    EXPECT("\xf4\x90\x80\x80", 0, "~~~~");       /* U+110000 */
    EXPECT("\xf7\xbf\xbf\xbf", 0, "~~~~");       /* U+1FFFFF */
    EXPECT("\xf8\x88\x80\x80\x80", 0, "~~~~~");  /* 5 bytes */
    EXPECT("\xfc\x84\x80\x80\x80\x80", 0, "~~~~~~");
    /* Kuhn 2.3: other boundaries. */
    EXPECT("\xed\x9f\xbf", 3, "\xed\x9f\xbf");   /* U+D7FF */
    EXPECT("\xee\x80\x80", 3, "\xee\x80\x80");   /* U+E000 */
    EXPECT("\xef\xbf\xbd", 3, "\xef\xbf\xbd");   /* U+FFFD */
    EXPECT("\xef\xbf\xbe", 3, "\xef\xbf\xbe");   /* U+FFFE: a noncharacter, valid */
}
END_TEST

START_TEST(unexpected_continuations)
{
    /* Kuhn 3.1: continuation bytes alone, each its own maximal subpart. */
    EXPECT("\x80", 0, "~");
    EXPECT("\xbf", 0, "~");
    EXPECT("\x80\xbf", 0, "~~");
    EXPECT("\x80\xbf\x80", 0, "~~~");
    EXPECT("a\x80\xbf\x80\xbf", 1, "a~~~~");
    for (unsigned b = 0x80; b <= 0xBF; b++) {
        char in[3] = { 'x', (char)b, 'y' };
        expect(in, 3, 1, "x~y");
    }
}
END_TEST

START_TEST(lonely_starts)
{
    /* Kuhn 3.2: every lead byte followed by a space. */
    for (unsigned b = 0xC0; b <= 0xFF; b++) {
        char in[2] = { (char)b, ' ' };
        expect(in, 2, 0, "~ ");
    }
}
END_TEST

START_TEST(missing_last_byte)
{
    /* Kuhn 3.3: the last continuation byte missing: the rest is one
     * maximal subpart when it is a prefix of a well-formed sequence. */
    EXPECT("\xc2", 0, "~");
    EXPECT("\xe0\xa0", 0, "~");
    EXPECT("\xf0\x90\x80", 0, "~");
    EXPECT("\xdf", 0, "~");
    EXPECT("\xef\xbf", 0, "~");
    EXPECT("\xf4\x8f\xbf", 0, "~");
    EXPECT("a\xe1\x80", 1, "a~");
    EXPECT("\xe1\x80z", 0, "~z");
    EXPECT("\xf1\x80\x80z", 0, "~z");
    /* ... but overlong or out-of-range starts are not prefixes. */
    EXPECT("\xc0", 0, "~");
    EXPECT("\xe0\x80", 0, "~~");
    EXPECT("\xf0\x80\x80", 0, "~~~");
    EXPECT("\xf8\x80\x80\x80", 0, "~~~~");
    /* Kuhn 3.4: all of 3.3 concatenated. */
    EXPECT("\xc2\xe0\xa0\xf0\x90\x80\xdf\xef\xbf\xf4\x8f\xbf", 0, "~~~~~~");
    /* Kuhn 3.5: impossible bytes. */
    EXPECT("\xfe", 0, "~");
    EXPECT("\xff", 0, "~");
    EXPECT("\xfe\xfe\xff\xff", 0, "~~~~");
}
END_TEST

START_TEST(overlong)
{
    /* Kuhn 4.1: '/' overlong; 4.2: the largest overlong of each length;
     * 4.3: overlong NUL. */
    EXPECT("\xc0\xaf", 0, "~~");
    EXPECT("\xe0\x80\xaf", 0, "~~~");
    EXPECT("\xf0\x80\x80\xaf", 0, "~~~~");
    EXPECT("\xf8\x80\x80\x80\xaf", 0, "~~~~~");
    EXPECT("\xfc\x80\x80\x80\x80\xaf", 0, "~~~~~~");
    EXPECT("\xc1\xbf", 0, "~~");
    EXPECT("\xe0\x9f\xbf", 0, "~~~");
    EXPECT("\xf0\x8f\xbf\xbf", 0, "~~~~");
    EXPECT("\xc0\x80", 0, "~~");
    EXPECT("\xe0\x80\x80", 0, "~~~");
    EXPECT("\xf0\x80\x80\x80", 0, "~~~~");
}
END_TEST

START_TEST(surrogates)
{
    /* Kuhn 5.1: single surrogates; 5.2: paired surrogates (CESU-8). */
    EXPECT("\xed\xa0\x80", 0, "~~~");
    EXPECT("\xed\xad\xbf", 0, "~~~");
    EXPECT("\xed\xae\x80", 0, "~~~");
    EXPECT("\xed\xaf\xbf", 0, "~~~");
    EXPECT("\xed\xb0\x80", 0, "~~~");
    EXPECT("\xed\xbe\x80", 0, "~~~");
    EXPECT("\xed\xbf\xbf", 0, "~~~");
    EXPECT("\xed\xa0\x80\xed\xb0\x80", 0, "~~~~~~");
    EXPECT("\xed\xaf\xbf\xed\xbf\xbf", 0, "~~~~~~");
    /* Kuhn 5.3: noncharacters are scalar values: valid. */
    EXPECT("\xef\xbf\xbe\xef\xbf\xbf", 6, "\xef\xbf\xbe\xef\xbf\xbf");
    EXPECT("\xef\xb7\x90", 3, "\xef\xb7\x90"); /* U+FDD0 */
}
END_TEST

START_TEST(unicode_table_3_8)
{
    /* The Unicode standard's own example of maximal subparts (ch. 3,
     * Table 3-8): 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64. */
    EXPECT("\x61\xf1\x80\x80\xe1\x80\xc2\x62\x80\x63\x80\xbf\x64", 1, "a~~~b~c~~d");
}
END_TEST

START_TEST(errors_far_in)
{
    /* An error after long ASCII and non-ASCII runs, at every position and
     * every alignment: the word and block paths must locate it exactly. */
    char buf[200];
    for (size_t off = 0; off < 8; off++) {
        for (size_t at = 0; at + off < 120; at++) {
            size_t n = 150 - off;
            char *p = buf + off;
            for (size_t i = 0; i < n; i++)
                p[i] = (char)('a' + i % 26);
            /* some multi-byte characters before the error */
            if (at >= 10)
                memcpy(p + at - 10, "\xe2\x82\xac\xf0\x9f\x98\x80\xc3\xa9", 9);
            p[at] = '\xff';
            size_t v;
            EQ(kl_utf8_check(p, n, &v), KL_EILSEQ);
            EQ(v, at);
            EQ(!kl_utf8_valid(p, n), 1);
            /* a truncated character at the very end */
            p[at] = 'a';
            memcpy(p + n - 3, "\xf0\x9f\x98", 3);
            EQ(kl_utf8_check(p, n, &v), KL_EILSEQ);
            EQ(v, n - 3);
            memcpy(p + n - 4, "\xf0\x9f\x98\x80", 4);
            EQ(kl_utf8_check(p, n, &v), KL_OK);
            EQ(v, n);
        }
    }
}
END_TEST

/* ----------------------------------------------------------------------
 * One character. */

START_TEST(decode_encode_boundaries)
{
    static const struct {
        uint32_t c;
        const char *utf8;
    } cases[] = {
        { 0x0, "\x00" }, { 0x7F, "\x7f" }, { 0x80, "\xc2\x80" }, { 0x7FF, "\xdf\xbf" },
        { 0x800, "\xe0\xa0\x80" }, { 0xD7FF, "\xed\x9f\xbf" }, { 0xE000, "\xee\x80\x80" },
        { 0xFFFF, "\xef\xbf\xbf" }, { 0x10000, "\xf0\x90\x80\x80" },
        { 0x10FFFF, "\xf4\x8f\xbf\xbf" }, { 0x20AC, "\xe2\x82\xac" },
        { 0x1F600, "\xf0\x9f\x98\x80" },
    };
    for (size_t i = 0; i < KL_ARRAY_LEN(cases); i++) {
        size_t want = cases[i].c == 0 ? 1 : strlen(cases[i].utf8);
        char buf[4];
        ck_assert_uint_eq(kl_utf8_encode(cases[i].c, buf), want);
        ck_assert_mem_eq(buf, cases[i].utf8, want);
        ck_assert_uint_eq(kl_utf8_encoded_len(cases[i].c), want);
        uint32_t c = 0;
        size_t len = 0;
        ck_assert_int_eq(kl_utf8_decode(cases[i].utf8, want, &c, &len), KL_OK);
        ck_assert_uint_eq(c, cases[i].c);
        ck_assert_uint_eq(len, want);
        /* cut short: an error whose subpart is all that is there */
        if (want > 1) {
            ck_assert_int_eq(kl_utf8_decode(cases[i].utf8, want - 1, &c, &len), KL_EILSEQ);
            ck_assert_uint_eq(len, want - 1);
            ck_assert_uint_eq(c, KL_UTF8_REPLACEMENT);
        }
    }
    ck_assert_uint_eq(kl_utf8_encoded_len(0xD800), 0);
    ck_assert_uint_eq(kl_utf8_encoded_len(0xDFFF), 0);
    ck_assert_uint_eq(kl_utf8_encoded_len(0x110000), 0);
    uint32_t c;
    size_t len = 99;
    ck_assert_int_eq(kl_utf8_decode("", 0, &c, &len), KL_EINVAL);
    ck_assert_uint_eq(len, 0);
    ck_assert_int_eq(kl_utf8_decode("\xed\xa0\x80", 3, &c, &len), KL_EILSEQ);
    ck_assert_uint_eq(len, 1);
    ck_assert_int_eq(kl_utf8_decode("\xf4\x90\x80\x80", 4, &c, &len), KL_EILSEQ);
    ck_assert_uint_eq(len, 1);
    ck_assert_int_eq(kl_utf8_decode("\xe1\x80\x41", 3, &c, &len), KL_EILSEQ);
    ck_assert_uint_eq(len, 2);
}
END_TEST

START_TEST(decode_every_scalar)
{
    /* Every scalar value round-trips; every surrogate is refused. */
    uint32_t step = KL_PLATFORM_NONE ? 7 : 1;
    for (uint32_t c = 0; c <= 0x10FFFF; c += step) {
        char buf[4];
        uint32_t d;
        size_t len;
        if (c >= 0xD800 && c <= 0xDFFF) {
            char s[3] = { (char)(0xE0 | (c >> 12)), (char)(0x80 | ((c >> 6) & 0x3F)),
                          (char)(0x80 | (c & 0x3F)) };
            EQ(kl_utf8_decode(s, 3, &d, &len), KL_EILSEQ);
            continue;
        }
        size_t n = kl_utf8_encode(c, buf);
        EQ(kl_utf8_decode(buf, n, &d, &len), KL_OK);
        EQ(d, c);
        EQ(len, n);
        uint16_t u[2];
        size_t un = kl_utf16_encode(c, u);
        EQ(un, c < 0x10000 ? 1 : 2);
        EQ(kl_utf16_decode(u, un, &d, &len), KL_OK);
        EQ(d, c);
        EQ(len, un);
    }
}
END_TEST

START_TEST(encode_panics)
{
    char buf[4];
    uint16_t u[2];
    KL_EXPECT_PANIC((void)kl_utf8_encode(0xD800, buf));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_utf8_encode: 0xD800 is not a Unicode scalar value");
    KL_EXPECT_PANIC((void)kl_utf8_encode(0xDFFF, buf));
    KL_EXPECT_PANIC((void)kl_utf8_encode(0x110000, buf));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_utf8_encode: 0x110000 is not a Unicode scalar value");
    KL_EXPECT_PANIC((void)kl_utf16_encode(0xDC00, u));
    KL_EXPECT_PANIC((void)kl_utf16_encode(0xFFFFFFFF, u));
}
END_TEST

/* ----------------------------------------------------------------------
 * UTF-16. */

START_TEST(utf16_pairs)
{
    uint16_t u[2];
    ck_assert_uint_eq(kl_utf16_encode(0x10000, u), 2);
    ck_assert_uint_eq(u[0], 0xD800);
    ck_assert_uint_eq(u[1], 0xDC00);
    ck_assert_uint_eq(kl_utf16_encode(0x10FFFF, u), 2);
    ck_assert_uint_eq(u[0], 0xDBFF);
    ck_assert_uint_eq(u[1], 0xDFFF);
    ck_assert_uint_eq(kl_utf16_encode(0xFFFF, u), 1);
    ck_assert_uint_eq(u[0], 0xFFFF);
    ck_assert_uint_eq(kl_utf16_encode(0x1F600, u), 2);
    ck_assert_uint_eq(u[0], 0xD83D);
    ck_assert_uint_eq(u[1], 0xDE00);

    uint32_t c;
    size_t len;
    static const uint16_t lone_high[] = { 0xD83D, 0x0041 };
    ck_assert_int_eq(kl_utf16_decode(lone_high, 2, &c, &len), KL_EILSEQ);
    ck_assert_uint_eq(len, 1);
    ck_assert_uint_eq(c, KL_UTF8_REPLACEMENT);
    ck_assert_int_eq(kl_utf16_decode(lone_high, 1, &c, &len), KL_EILSEQ);
    static const uint16_t lone_low[] = { 0xDE00, 0xD83D };
    ck_assert_int_eq(kl_utf16_decode(lone_low, 2, &c, &len), KL_EILSEQ);
    ck_assert_uint_eq(len, 1);
    ck_assert_int_eq(kl_utf16_decode(lone_low, 0, &c, &len), KL_EINVAL);
    ck_assert_uint_eq(len, 0);
}
END_TEST

START_TEST(utf16_strings)
{
    /* "a€😀" and back */
    static const char text[] = "a\xe2\x82\xac\xf0\x9f\x98\x80";
    static const uint16_t units[] = { 0x61, 0x20AC, 0xD83D, 0xDE00 };
    uint16_t u[8];
    size_t n = 0;
    ck_assert_int_eq(kl_utf8_to_utf16(text, 8, u, 8, &n), KL_OK);
    ck_assert_uint_eq(n, 4);
    ck_assert_mem_eq(u, units, sizeof units);
    /* too small: the size needed, whole characters only */
    memset(u, 0, sizeof u);
    ck_assert_int_eq(kl_utf8_to_utf16(text, 8, u, 3, &n), KL_ENOSPC);
    ck_assert_uint_eq(n, 4);
    ck_assert_uint_eq(u[0], 0x61);
    ck_assert_uint_eq(u[1], 0x20AC);
    ck_assert_uint_eq(u[2], 0);
    ck_assert_int_eq(kl_utf8_to_utf16(text, 8, NULL, 0, &n), KL_ENOSPC);
    ck_assert_uint_eq(n, 4);
    ck_assert_int_eq(kl_utf8_to_utf16("ab\xc0z", 4, u, 8, &n), KL_EILSEQ);
    ck_assert_uint_eq(n, 2);
    ck_assert_uint_eq(kl_utf8_to_utf16_lossy("ab\xc0z\xf0\x9f", 6, u, 8), 5);
    ck_assert_uint_eq(u[2], 0xFFFD);
    ck_assert_uint_eq(u[3], 'z');
    ck_assert_uint_eq(u[4], 0xFFFD);

    char out[16];
    ck_assert_int_eq(kl_utf16_to_utf8(units, 4, out, sizeof out, &n), KL_OK);
    ck_assert_uint_eq(n, 8);
    ck_assert_mem_eq(out, text, 8);
    memset(out, 0, sizeof out);
    ck_assert_int_eq(kl_utf16_to_utf8(units, 4, out, 7, &n), KL_ENOSPC);
    ck_assert_uint_eq(n, 8);
    ck_assert_mem_eq(out, text, 4);
    ck_assert_int_eq(out[4], 0);
    static const uint16_t bad[] = { 0x61, 0xDE00, 0x62, 0xD83D };
    ck_assert_int_eq(kl_utf16_to_utf8(bad, 4, out, sizeof out, &n), KL_EILSEQ);
    ck_assert_uint_eq(n, 1);
    ck_assert_int_eq(kl_utf16_to_utf8(bad + 2, 2, out, sizeof out, &n), KL_EILSEQ);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(kl_utf16_to_utf8_lossy(bad, 4, out, sizeof out), 8);
    ck_assert_mem_eq(out, "a\xef\xbf\xbd" "b\xef\xbf\xbd", 8);
    ck_assert_uint_eq(kl_utf16_to_utf8_lossy(bad, 0, out, 0), 0);
}
END_TEST

START_TEST(lossy_small_buffers)
{
    /* "é" FFFD "€": 2 + 3 + 3 bytes; every capacity gets whole
     * characters only. */
    static const char in[] = "\xc3\xa9\xff\xe2\x82\xac";
    static const size_t fits[] = { 0, 0, 2, 2, 2, 5, 5, 5, 8, 8 };
    for (size_t cap = 0; cap < KL_ARRAY_LEN(fits); cap++) {
        char out[16];
        memset(out, '#', sizeof out);
        ck_assert_uint_eq(kl_utf8_lossy(in, 6, out, cap), 8);
        ck_assert_int_eq(out[fits[cap]], '#');
        ck_assert_mem_eq(out, "\xc3\xa9\xef\xbf\xbd\xe2\x82\xac", fits[cap]);
    }
}
END_TEST

/* ----------------------------------------------------------------------
 * Random strings against the reference. */

/* Bytes biased to UTF-8's interesting values. */
static unsigned char random_byte(void)
{
    static const unsigned char edges[] = {
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
    };
    switch (below(4)) {
    case 0: return edges[below(KL_ARRAY_LEN(edges))];
    case 1: return (unsigned char)(0x80 + below(64));
    case 2: return (unsigned char)below(128);
    default: return (unsigned char)below(256);
    }
}

/* A random string: valid characters, sometimes mutated or cut. */
static size_t random_string(unsigned char *p, size_t cap)
{
    size_t n = 0, want = below((unsigned)cap - 4);
    while (n < want) {
        uint32_t c;
        switch (below(5)) {
        case 0: c = below(128); break;
        case 1: c = 0x80 + below(0x780); break;
        case 2: c = 0x800 + below(0xF800); break;
        case 3: c = 0x10000 + below(0x100000); break;
        default: c = 'a' + below(3); break;
        }
        if (c >= 0xD800 && c <= 0xDFFF)
            c = 0xFFFD;
        n += kl_utf8_encode(c, (char *)p + n);
    }
    unsigned mutations = below(4);
    for (unsigned m = 0; m < mutations && n > 0; m++)
        p[below((unsigned)n)] = random_byte();
    if (below(4) == 0 && n > 0)
        n -= below((unsigned)n < 4 ? (unsigned)n : 4);
    return n;
}

START_TEST(random_vs_reference)
{
    long cases = CASES(100000);
    unsigned char in[64];
    char out[256], want[256];
    for (long k = 0; k < cases; k++) {
        size_t n = below(3) == 0 ? below(12) : random_string(in, sizeof in);
        if (n < 12 && below(3) == 0)
            for (size_t i = 0; i < n; i++)
                in[i] = random_byte();
        size_t v = 0, rv = ref_valid_up_to(in, n);
        kl_err err = kl_utf8_check(in, n, &v);
        EQ(v, rv);
        EQ(err, rv == n ? KL_OK : KL_EILSEQ);
        EQ(kl_utf8_valid(in, n) == (rv == n), 1);
        size_t on = kl_utf8_lossy(in, n, out, sizeof out);
        size_t wn = ref_lossy(in, n, want);
        EQ(on, wn);
        MEMEQ(out, want, wn);
        /* the decoded characters and offsets of kl_str_chars */
        kl_str_chars it = kl_str_chars_init(kl_str_from((const char *)in, n));
        uint32_t c;
        size_t off, i = 0;
        while (kl_str_chars_next(&it, &c, &off)) {
            uint32_t rc = KL_UTF8_REPLACEMENT;
            int r = ref_decode(in + i, n - i, &rc);
            EQ(off, i);
            EQ(c, rc);
            i += (size_t)(r < 0 ? -r : r);
        }
        EQ(i, n);
    }
}
END_TEST

static Suite *utf8_suite(void)
{
    Suite *s = suite_create("utf8");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, correct_text);
    tcase_add_test(tc, boundaries);
    tcase_add_test(tc, unexpected_continuations);
    tcase_add_test(tc, lonely_starts);
    tcase_add_test(tc, missing_last_byte);
    tcase_add_test(tc, overlong);
    tcase_add_test(tc, surrogates);
    tcase_add_test(tc, unicode_table_3_8);
    tcase_add_test(tc, errors_far_in);
    tcase_add_test(tc, decode_encode_boundaries);
    tcase_add_test(tc, decode_every_scalar);
    tcase_add_test(tc, encode_panics);
    tcase_add_test(tc, utf16_pairs);
    tcase_add_test(tc, utf16_strings);
    tcase_add_test(tc, lossy_small_buffers);
    tcase_add_test(tc, random_vs_reference);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(utf8_suite)
