/* Tests of keel/string.h: each function on exact values, full case
 * conversion (SpecialCasing.txt and Final_Sigma), a model-checked run of
 * random edits, and allocation failure injected at every allocation of a
 * workload. */
#include <string.h>

#include <keel/string.h>
#include <keel/unicode.h>
#include "../harness.h"
#include "failing_alloc.h"

/* STR_EQ(s, lit): kl_string *s holds exactly the bytes of literal lit. */
#define STR_EQ(s, lit)                                                         \
    do {                                                                       \
        kl_str got_ = kl_string_as_str(s);                                     \
        ck_assert_msg(kl_str_eq(got_, KL_STR(lit)), "got \"%.*s\", want \"%s\"", \
                      KL_STR_ARG(got_), lit);                                  \
    } while (0)

START_TEST(from_and_lossy)
{
    kl_string s;
    ck_assert_int_eq(kl_string_from_str(&s, NULL, KL_STR("héllo")), KL_OK);
    STR_EQ(&s, "héllo");
    ck_assert_uint_eq(s.len, 6);
    kl_string_free(&s);
    ck_assert_int_eq(kl_string_from_str(&s, NULL, KL_STR("ab\xC3")), KL_EILSEQ);
    ck_assert_uint_eq(s.len, 0);
    ck_assert_uint_eq(s.cap, 0);
    ck_assert_ptr_null(s.ptr);
    ck_assert_int_eq(kl_string_from_str(&s, NULL, KL_STR("\xED\xA0\x80")), KL_EILSEQ);
    ck_assert_int_eq(kl_string_from_str(&s, NULL, KL_STR("")), KL_OK);
    ck_assert_uint_eq(s.cap, 0);
    kl_string_free(&s);

    /* One U+FFFD per maximal subpart (Unicode's ch. 3 example). */
    static const char bad[] = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
    ck_assert_int_eq(kl_string_from_utf8_lossy(&s, NULL, bad, sizeof bad - 1), KL_OK);
    STR_EQ(&s, "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c"
               "\xEF\xBF\xBD\xEF\xBF\xBD" "d");
    kl_string_free(&s);
    ck_assert_int_eq(kl_string_from_utf8_lossy(&s, NULL, "ok", 2), KL_OK);
    STR_EQ(&s, "ok");
    kl_string_free(&s);
    ck_assert_int_eq(kl_string_from_utf8_lossy(&s, NULL, NULL, 0), KL_OK);
    ck_assert_uint_eq(s.len, 0);
    kl_string_free(&s);
}
END_TEST

START_TEST(push_insert_remove)
{
    kl_string s = KL_STRING_INIT;
    ck_assert_int_eq(kl_string_push(&s, 'a'), KL_OK);
    ck_assert_int_eq(kl_string_push(&s, 0xE9), KL_OK);
    ck_assert_int_eq(kl_string_push(&s, 0x20AC), KL_OK);
    ck_assert_int_eq(kl_string_push(&s, 0x1F600), KL_OK);
    STR_EQ(&s, "aé€😀");
    ck_assert_int_eq(kl_string_push_str(&s, KL_STR("xy")), KL_OK);
    ck_assert_int_eq(kl_string_push_str(&s, KL_STR("\xFF")), KL_EILSEQ);
    STR_EQ(&s, "aé€😀xy");
    ck_assert_int_eq(kl_string_insert(&s, 0, 0x3A3), KL_OK);
    STR_EQ(&s, "Σaé€😀xy");
    ck_assert_int_eq(kl_string_insert_str(&s, 5, KL_STR("--")), KL_OK);
    STR_EQ(&s, "Σaé--€😀xy");
    ck_assert_int_eq(kl_string_insert_str(&s, 5, KL_STR("\xC0\x80")), KL_EILSEQ);
    /* A slice of s itself, before, across and after the offset. */
    ck_assert_int_eq(kl_string_insert_str(&s, 3, kl_str_from(s.ptr, 2)), KL_OK);
    STR_EQ(&s, "ΣaΣé--€😀xy");
    ck_assert_int_eq(kl_string_insert_str(&s, 0, kl_str_from(s.ptr + s.len - 2, 2)), KL_OK);
    STR_EQ(&s, "xyΣaΣé--€😀xy");
    ck_assert_int_eq(kl_string_insert_str(&s, 4, kl_str_from(s.ptr + 1, 4)), KL_OK);
    STR_EQ(&s, "xyΣyΣaaΣé--€😀xy");
    ck_assert_int_eq(kl_string_push_str(&s, kl_str_from(s.ptr, 4)), KL_OK);
    STR_EQ(&s, "xyΣyΣaaΣé--€😀xyxyΣ");
    ck_assert_uint_eq(kl_string_remove(&s, 2), 0x3A3);
    STR_EQ(&s, "xyyΣaaΣé--€😀xyxyΣ");
    uint32_t c;
    ck_assert(kl_string_pop(&s, &c));
    ck_assert_uint_eq(c, 0x3A3);
    STR_EQ(&s, "xyyΣaaΣé--€😀xyxy");
    kl_string_truncate(&s, 100);
    kl_string_truncate(&s, 20);
    STR_EQ(&s, "xyyΣaaΣé--€😀");
    ck_assert(kl_string_pop(&s, &c));
    ck_assert_uint_eq(c, 0x1F600);
    ck_assert_uint_eq(kl_string_remove(&s, s.len - 3), 0x20AC);
    STR_EQ(&s, "xyyΣaaΣé--");
    KL_EXPECT_PANIC(kl_string_truncate(&s, 4));
    KL_EXPECT_PANIC((void)kl_string_remove(&s, 4));
    KL_EXPECT_PANIC((void)kl_string_remove(&s, s.len));
    KL_EXPECT_PANIC({ kl_err e_ = kl_string_insert(&s, 4, 'a'); (void)e_; });
    KL_EXPECT_PANIC({ kl_err e_ = kl_string_insert(&s, s.len + 1, 'a'); (void)e_; });
    KL_EXPECT_PANIC({ kl_err e_ = kl_string_insert_str(&s, 10, KL_STR("a")); (void)e_; });
    KL_EXPECT_PANIC({ kl_err e_ = kl_string_push(&s, 0xD800); (void)e_; });
    KL_EXPECT_PANIC({ kl_err e_ = kl_string_push(&s, 0x110000); (void)e_; });
    ck_assert(kl_string_is_char_boundary(&s, 3));
    ck_assert(!kl_string_is_char_boundary(&s, 4));
    ck_assert(kl_string_is_char_boundary(&s, s.len));
    ck_assert(!kl_string_is_char_boundary(&s, s.len + 1));
    ck_assert_int_eq(kl_string_insert(&s, s.len, '!'), KL_OK);
    STR_EQ(&s, "xyyΣaaΣé--!");
    size_t cap = s.cap;
    kl_string_clear(&s);
    ck_assert_uint_eq(s.len, 0);
    ck_assert_uint_eq(s.cap, cap);
    ck_assert(!kl_string_pop(&s, &c));
    kl_string_free(&s);
    ck_assert_ptr_null(s.ptr);
}
END_TEST

START_TEST(reserve_and_shrink)
{
    kl_string s;
    kl_string_init(&s, NULL);
    ck_assert_int_eq(kl_string_reserve(&s, 100), KL_OK);
    ck_assert_uint_ge(s.cap, 100);
    ck_assert_int_eq(kl_string_push_str(&s, KL_STR("abc")), KL_OK);
    kl_string before = s;
    ck_assert_int_eq(kl_string_reserve(&s, SIZE_MAX), KL_ENOMEM);
    ck_assert_int_eq(kl_string_reserve(&s, SIZE_MAX - 3), KL_ENOMEM);
    ck_assert_int_eq(kl_string_reserve(&s, (size_t)PTRDIFF_MAX), KL_ENOMEM);
    ck_assert(memcmp(&before, &s, sizeof s) == 0);
    ck_assert_int_eq(kl_string_shrink(&s), KL_OK);
    ck_assert_uint_eq(s.cap, 3);
    STR_EQ(&s, "abc");
    kl_string_clear(&s);
    ck_assert_int_eq(kl_string_shrink(&s), KL_OK);
    ck_assert_uint_eq(s.cap, 0);
    ck_assert_ptr_null(s.ptr);
    kl_string_free(&s);
}
END_TEST

START_TEST(fmt)
{
    kl_string s = KL_STRING_INIT;
    ck_assert_int_eq(kl_string_fmt(&s, "%d-%s", 42, "ab"), KL_OK);
    STR_EQ(&s, "42-ab");
    ck_assert_int_eq(kl_string_fmt(&s, "|%5.2f|%x|%s", 3.14159, 255u, "Σ"), KL_OK);
    STR_EQ(&s, "42-ab| 3.14|ff|Σ");
    /* Longer than the spare room: grown, formatted again. */
    ck_assert_int_eq(kl_string_fmt(&s, "%0300d", 7), KL_OK);
    ck_assert_uint_eq(s.len, 17 + 300);
    ck_assert_int_eq(s.ptr[s.len - 1], '7');
    ck_assert_int_eq(s.ptr[17], '0');
    kl_string_truncate(&s, 5);
    kl_string before = s;
    ck_assert_int_eq(kl_string_fmt(&s, "x%sy", "\xC3"), KL_EILSEQ);
    ck_assert_int_eq(kl_string_fmt(&s, "x%cy", 0xE9), KL_EILSEQ);
    ck_assert_int_eq(kl_string_fmt(&s, "x%Lfy", 0.0L), KL_EINVAL);
    ck_assert(memcmp(&before, &s, sizeof s) == 0);
    STR_EQ(&s, "42-ab");
    ck_assert_int_eq(kl_string_fmt(&s, "%s", ""), KL_OK);
    STR_EQ(&s, "42-ab");
    kl_string_free(&s);
    ck_assert_int_eq(kl_string_fmt(&s, "%s", ""), KL_OK);
    ck_assert_uint_eq(s.cap, 0);
    ck_assert_int_eq(kl_string_fmt(&s, "%c%c", 'o', 'k'), KL_OK);
    STR_EQ(&s, "ok");
    kl_string_free(&s);
}
END_TEST

static void check_replace(const char *src, const char *from, const char *to,
                          const char *want)
{
    kl_string r;
    kl_str s = kl_str_from_cstr(src);
    ck_assert_int_eq(kl_string_replace(&r, NULL, s, kl_str_from_cstr(from),
                                       kl_str_from_cstr(to)), KL_OK);
    ck_assert_msg(kl_str_eq(kl_string_as_str(&r), kl_str_from_cstr(want)),
                  "replace(%s, %s, %s): %.*s", src, from, to, KL_STR_ARG(kl_string_as_str(&r)));
    kl_string_free(&r);
    ck_assert_int_eq(kl_string_from_str(&r, NULL, s), KL_OK);
    ck_assert_int_eq(kl_string_replace_in_place(&r, kl_str_from_cstr(from),
                                                kl_str_from_cstr(to)), KL_OK);
    ck_assert(kl_str_eq(kl_string_as_str(&r), kl_str_from_cstr(want)));
    kl_string_free(&r);
}

START_TEST(replace)
{
    /* Rust's str::replace gives these. */
    check_replace("a,b,,c", ",", ";;", "a;;b;;;;c");
    check_replace("aaa", "aa", "b", "ba");
    check_replace("abc", "", "-", "-a-b-c-");
    check_replace("", "", "-", "-");
    check_replace("", "x", "-", "");
    check_replace("ΣαΣ", "", ".", ".Σ.α.Σ.");
    check_replace("ΣαΣ", "Σ", "", "α");
    check_replace("xyz", "xyz", "", "");
    check_replace("hello world", "o", "0", "hell0 w0rld");
    check_replace("no match", "q", "Q", "no match");
    kl_string r;
    ck_assert_int_eq(kl_string_replace(&r, NULL, KL_STR("a"), KL_STR("\x80"), KL_STR("")),
                     KL_EILSEQ);
    ck_assert_int_eq(kl_string_replace(&r, NULL, KL_STR("\xE2\x82"), KL_STR("a"), KL_STR("")),
                     KL_EILSEQ);
    ck_assert_int_eq(kl_string_replace(&r, NULL, KL_STR("a"), KL_STR("a"), KL_STR("\xFF")),
                     KL_EILSEQ);
    ck_assert_uint_eq(r.cap, 0);
    ck_assert_int_eq(kl_string_from_str(&r, NULL, KL_STR("€uro")), KL_OK);
    kl_string before = r;
    /* "\x82" would match inside the euro sign: refused. */
    ck_assert_int_eq(kl_string_replace_in_place(&r, KL_STR("\x82"), KL_STR("")), KL_EILSEQ);
    ck_assert(memcmp(&before, &r, sizeof r) == 0);
    STR_EQ(&r, "€uro");
    kl_string_free(&r);
}
END_TEST

START_TEST(split_join_repeat_trim)
{
    kl_str_vec v;
    kl_str_vec_init(&v, NULL);
    ck_assert_int_eq(kl_string_split(&v, KL_STR(",a,,b,"), KL_STR(",")), KL_OK);
    ck_assert_uint_eq(kl_str_vec_len(&v), 5);
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 0), KL_STR("")));
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 1), KL_STR("a")));
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 2), KL_STR("")));
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 3), KL_STR("b")));
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 4), KL_STR("")));
    /* Appends. */
    ck_assert_int_eq(kl_string_split(&v, KL_STR("xΣy"), KL_STR("")), KL_OK);
    ck_assert_uint_eq(kl_str_vec_len(&v), 10);
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 5), KL_STR("")));
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 7), KL_STR("Σ")));
    ck_assert(kl_str_eq(*kl_str_vec_at(&v, 9), KL_STR("")));

    kl_string s;
    ck_assert_int_eq(kl_string_join(&s, NULL, kl_str_vec_data(&v), 5, KL_STR("+")), KL_OK);
    STR_EQ(&s, "+a++b+");
    kl_string_free(&s);
    kl_str parts[3] = { KL_STR("α"), KL_STR("β"), KL_STR("γ") };
    ck_assert_int_eq(kl_string_join(&s, NULL, parts, 3, KL_STR(", ")), KL_OK);
    STR_EQ(&s, "α, β, γ");
    kl_string_free(&s);
    ck_assert_int_eq(kl_string_join(&s, NULL, parts, 1, KL_STR(", ")), KL_OK);
    STR_EQ(&s, "α");
    kl_string_free(&s);
    ck_assert_int_eq(kl_string_join(&s, NULL, parts, 0, KL_STR(", ")), KL_OK);
    ck_assert_uint_eq(s.cap, 0);
    parts[1] = KL_STR("\xCE");
    ck_assert_int_eq(kl_string_join(&s, NULL, parts, 3, KL_STR("")), KL_EILSEQ);
    ck_assert_int_eq(kl_string_join(&s, NULL, parts, 1, KL_STR("\xCE")), KL_EILSEQ);
    kl_str_vec_free(&v);

    ck_assert_int_eq(kl_string_repeat(&s, NULL, KL_STR("ab€"), 5), KL_OK);
    STR_EQ(&s, "ab€ab€ab€ab€ab€");
    kl_string_free(&s);
    ck_assert_int_eq(kl_string_repeat(&s, NULL, KL_STR("x"), 0), KL_OK);
    ck_assert_uint_eq(s.len, 0);
    ck_assert_int_eq(kl_string_repeat(&s, NULL, KL_STR("xy"), SIZE_MAX / 2 + 1), KL_ENOMEM);
    ck_assert_int_eq(kl_string_repeat(&s, NULL, KL_STR("\xFF"), 1), KL_EILSEQ);
    ck_assert_int_eq(kl_string_repeat(&s, NULL, KL_STR("z"), 1000), KL_OK);
    ck_assert_uint_eq(s.len, 1000);
    ck_assert_int_eq(s.ptr[999], 'z');
    kl_string_free(&s);

    ck_assert_int_eq(kl_string_from_str(&s, NULL, KL_STR("\u3000 \tstraße\n\u2029")), KL_OK);
    ck_assert(kl_str_eq(kl_str_trim(kl_string_as_str(&s)), KL_STR("straße")));
    kl_string_trim(&s);
    STR_EQ(&s, "straße");
    kl_string_trim(&s);
    STR_EQ(&s, "straße");
    kl_string_free(&s);
    kl_string_trim(&s);
    ck_assert_uint_eq(s.len, 0);
}
END_TEST

static void check_case(bool upper, const char *src, const char *want)
{
    kl_string r;
    kl_str s = kl_str_from_cstr(src);
    kl_err err = upper ? kl_string_to_upper(&r, NULL, s) : kl_string_to_lower(&r, NULL, s);
    ck_assert_int_eq(err, KL_OK);
    ck_assert_msg(kl_str_eq(kl_string_as_str(&r), kl_str_from_cstr(want)),
                  "%s(\"%s\") = \"%.*s\", want \"%s\"", upper ? "upper" : "lower", src,
                  KL_STR_ARG(kl_string_as_str(&r)), want);
    kl_string_free(&r);
}

START_TEST(case_conversion)
{
    /* SpecialCasing.txt's unconditional mappings (Python and Rust agree). */
    check_case(true, "straße", "STRASSE");
    check_case(true, "\u0149", "\u02BCN");
    check_case(true, "\uFB03 \uFB06", "FFI ST");
    check_case(true, "\u0390", "\u0399\u0308\u0301");
    check_case(true, "\u1FB3", "\u0391\u0399");
    check_case(true, "\u1FBC", "\u0391\u0399");
    check_case(true, "\u01F0", "J\u030C");
    check_case(true, "hello, wörld! 123", "HELLO, WÖRLD! 123");
    check_case(true, "\u01C6 \u01C5", "\u01C4 \u01C4");
    check_case(true, "\uA794\U00010428", "\uA7C4\U00010400");
    check_case(false, "\u0130", "i\u0307");
    check_case(false, "HELLO, WÖRLD! ß", "hello, wörld! ß");
    check_case(false, "\u023A", "\u2C65");
    check_case(false, "\U00010400", "\U00010428");
    /* Final_Sigma. */
    check_case(false, "ΟΔΟΣ", "οδος");
    check_case(false, "Σ", "σ");
    check_case(false, "ΣΑ", "σα");
    check_case(false, "ΑΣ ΑΣ.", "ας ας.");
    check_case(false, "ΑΣΑ", "ασα");
    check_case(false, "Α'Σ", "α'ς");     /* ' is case-ignorable */
    check_case(false, "ΑΣ'Α", "ασ'α");
    check_case(false, "ΑΣ'", "ας'");
    check_case(false, "'Σ", "'σ");
    check_case(false, "1Σ", "1σ");
    check_case(false, "ΑΣ\u0301", "ας\u0301");
    check_case(false, "ΑΣΣ", "ασς");
    check_case(false, "aΣb", "aσb");
    check_case(false, "aΣ", "aς");
    check_case(true, "ς", "Σ");
    check_case(true, "", "");

    kl_string s;
    kl_string_init(&s, NULL);
    ck_assert_int_eq(kl_string_push_upper(&s, KL_STR("ß")), KL_OK);
    ck_assert_int_eq(kl_string_push_lower(&s, KL_STR("AΣ")), KL_OK);
    /* The context is src alone: a lone "Σ" after "SSa" is not final. */
    ck_assert_int_eq(kl_string_push_lower(&s, KL_STR("Σ")), KL_OK);
    STR_EQ(&s, "SSaςσ");
    ck_assert_int_eq(kl_string_shrink(&s), KL_OK);
    ck_assert_int_eq(kl_string_push_upper(&s, kl_string_as_str(&s)), KL_OK);
    STR_EQ(&s, "SSaςσSSAΣΣ");
    kl_string before = s;
    ck_assert_int_eq(kl_string_push_upper(&s, KL_STR("a\xFF")), KL_EILSEQ);
    ck_assert_int_eq(kl_string_push_lower(&s, KL_STR("\xCE")), KL_EILSEQ);
    ck_assert(memcmp(&before, &s, sizeof s) == 0);
    ck_assert_int_eq(kl_string_to_upper(&s, NULL, KL_STR("\xCE")), KL_EILSEQ);
    ck_assert_uint_eq(s.cap, 0);
    kl_string_free(&before);

    uint32_t m[KL_UNICODE_FULL_CASE_MAX];
    ck_assert_uint_eq(kl_unicode_to_upper_full(0xDF, m), 2);
    ck_assert_uint_eq(m[0], 'S');
    ck_assert_uint_eq(m[1], 'S');
    ck_assert_uint_eq(kl_unicode_to_upper_full(0x390, m), 3);
    ck_assert_uint_eq(m[0], 0x399);
    ck_assert_uint_eq(m[1], 0x308);
    ck_assert_uint_eq(m[2], 0x301);
    ck_assert_uint_eq(kl_unicode_to_upper_full('a', m), 1);
    ck_assert_uint_eq(m[0], 'A');
    ck_assert_uint_eq(kl_unicode_to_upper_full(0x110000, m), 1);
    ck_assert_uint_eq(m[0], 0x110000);
    ck_assert_uint_eq(kl_unicode_to_lower_full(0x130, m), 2);
    ck_assert_uint_eq(m[0], 'i');
    ck_assert_uint_eq(m[1], 0x307);
    ck_assert_uint_eq(kl_unicode_to_lower_full(0x3A3, m), 1);
    ck_assert_uint_eq(m[0], 0x3C3);
    ck_assert(kl_unicode_is_cased('a'));
    ck_assert(kl_unicode_is_cased(0x1C5));
    ck_assert(!kl_unicode_is_cased('1'));
    ck_assert(kl_unicode_is_case_ignorable('\''));
    ck_assert(kl_unicode_is_case_ignorable(0x301));
    ck_assert(!kl_unicode_is_case_ignorable('a'));
}
END_TEST

/* ---------------------------------------------------------------------
 * The model: a byte array edited by plain C. */

enum { MODEL_MAX = 512 };

static uint64_t rng_state;

static uint32_t rnd(uint32_t n)
{
    /* splitmix64 */
    uint64_t z = (rng_state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return (uint32_t)((z ^ (z >> 31)) % n);
}

static uint32_t random_char(void)
{
    static const uint32_t pool[] = { 'a', 'b', 'Z', ' ', 0xE9, 0x3A3, 0x3C3, 0x20AC,
                                     0xFFFD, 0x1F600, 0x10FFFF, 0x7FF, 0x800 };
    return pool[rnd(KL_ARRAY_LEN(pool))];
}

static const char *const pieces[] = { "", "a", "ab", "é", "Σ€", "😀", "aa", "ba", "€a" };

static size_t encode(uint32_t c, char *buf)
{
    /* By arithmetic, not by keel. */
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xC0 | c >> 6);
        buf[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (char)(0xE0 | c >> 12);
        buf[1] = (char)(0x80 | (c >> 6 & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | c >> 18);
    buf[1] = (char)(0x80 | (c >> 12 & 0x3F));
    buf[2] = (char)(0x80 | (c >> 6 & 0x3F));
    buf[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

/* A random character boundary of the model (len included). */
static size_t boundary(const char *m, size_t len)
{
    size_t i = rnd((uint32_t)len + 1);
    while (i < len && ((unsigned char)m[i] & 0xC0) == 0x80)
        i--;
    return i;
}

static size_t char_len(const char *m, size_t len, size_t i)
{
    size_t n = 1;
    while (i + n < len && ((unsigned char)m[i + n] & 0xC0) == 0x80)
        n++;
    return n;
}

/* The model's replace: byte by byte. */
static size_t model_replace(char *dst, const char *m, size_t len, const char *from,
                            const char *to)
{
    size_t fl = strlen(from), tl = strlen(to), out = 0, i = 0;
    for (;;) {
        if (fl == 0) {
            memcpy(dst + out, to, tl);
            out += tl;
            if (i == len)
                return out;
            size_t n = char_len(m, len, i);
            memcpy(dst + out, m + i, n);
            out += n;
            i += n;
        } else if (i + fl <= len && memcmp(m + i, from, fl) == 0) {
            memcpy(dst + out, to, tl);
            out += tl;
            i += fl;
        } else if (i < len) {
            dst[out++] = m[i++];
        } else {
            return out;
        }
    }
}

START_TEST(random_edits_against_a_model)
{
    static char m[MODEL_MAX * 8], tmp[MODEL_MAX * 8];
    size_t len = 0;
    kl_string s = KL_STRING_INIT;
    rng_state = 20261121;
    long ops = kl_test_iterations(100000, 10);
    for (long op = 0; op < ops; op++) {
        char buf[4];
        kl_err err = KL_OK;
        int kind = (int)rnd(10);
        switch (kind) {
        case 0: { /* push */
            uint32_t c = random_char();
            size_t n = encode(c, buf);
            err = kl_string_push(&s, c);
            memcpy(m + len, buf, n);
            len += n;
            break;
        }
        case 1: { /* push_str, sometimes ill-formed */
            const char *p = pieces[rnd(KL_ARRAY_LEN(pieces))];
            if (rnd(8) == 0) {
                if (kl_string_push_str(&s, KL_STR("a\xE2\x82")) != KL_EILSEQ)
                    ck_abort_msg("op %ld: ill-formed push_str accepted", op);
                break;
            }
            err = kl_string_push_str(&s, kl_str_from_cstr(p));
            memcpy(m + len, p, strlen(p));
            len += strlen(p);
            break;
        }
        case 2: { /* insert */
            size_t i = boundary(m, len);
            uint32_t c = random_char();
            size_t n = encode(c, buf);
            err = kl_string_insert(&s, i, c);
            memmove(m + i + n, m + i, len - i);
            memcpy(m + i, buf, n);
            len += n;
            break;
        }
        case 3: { /* insert_str */
            size_t i = boundary(m, len);
            const char *p = pieces[rnd(KL_ARRAY_LEN(pieces))];
            size_t n = strlen(p);
            err = kl_string_insert_str(&s, i, kl_str_from_cstr(p));
            memmove(m + i + n, m + i, len - i);
            memcpy(m + i, p, n);
            len += n;
            break;
        }
        case 4:
        case 5: { /* remove */
            if (len == 0)
                break;
            size_t i = rnd((uint32_t)len);
            while (((unsigned char)m[i] & 0xC0) == 0x80)
                i--;
            size_t n = char_len(m, len, i);
            uint32_t want, got = kl_string_remove(&s, i);
            size_t dn;
            if (kl_utf8_decode(m + i, n, &want, &dn) != KL_OK || got != want)
                ck_abort_msg("op %ld: remove gave U+%04X", op, (unsigned)got);
            memmove(m + i, m + i + n, len - i - n);
            len -= n;
            break;
        }
        case 6: { /* pop */
            uint32_t c;
            bool had = kl_string_pop(&s, &c);
            if (had != (len > 0))
                ck_abort_msg("op %ld: pop of %zu bytes", op, len);
            if (len > 0) {
                size_t i = len - 1;
                while (((unsigned char)m[i] & 0xC0) == 0x80)
                    i--;
                if (encode(c, buf) != len - i || memcmp(buf, m + i, len - i) != 0)
                    ck_abort_msg("op %ld: pop gave U+%04X", op, (unsigned)c);
                len = i;
            }
            break;
        }
        case 7: { /* truncate */
            if (rnd(4) != 0)
                break;
            size_t i = boundary(m, len);
            kl_string_truncate(&s, i);
            len = i;
            break;
        }
        case 8: { /* replace in place */
            const char *from = pieces[rnd(KL_ARRAY_LEN(pieces))];
            const char *to = pieces[rnd(KL_ARRAY_LEN(pieces))];
            if (*from == '\0' && rnd(8) != 0)
                break;
            size_t n = model_replace(tmp, m, len, from, to);
            if (n > MODEL_MAX * 2)
                break;
            err = kl_string_replace_in_place(&s, kl_str_from_cstr(from), kl_str_from_cstr(to));
            memcpy(m, tmp, n);
            len = n;
            break;
        }
        default: { /* the case conversions, appended then cut off */
            size_t old = len;
            err = rnd(2) ? kl_string_push_upper(&s, kl_str_from(m, len))
                         : kl_string_push_lower(&s, kl_str_from(m, len));
            if (err == KL_OK) {
                if (s.len < old || memcmp(s.ptr, m, old) != 0)
                    ck_abort_msg("op %ld: case conversion changed its prefix", op);
                kl_string_truncate(&s, old);
            }
            break;
        }
        }
        if (err != KL_OK)
            ck_abort_msg("op %ld (kind %d): error %d", op, kind, err);
        if (len > MODEL_MAX) {
            size_t i = boundary(m, MODEL_MAX / 2);
            kl_string_truncate(&s, i);
            len = i;
        }
        if (s.len != len || (len > 0 && memcmp(s.ptr, m, len) != 0))
            ck_abort_msg("op %ld (kind %d): the string differs from the model "
                         "(%zu, %zu bytes)", op, kind, s.len, len);
        if (!kl_utf8_valid(s.ptr, s.len) || s.len > s.cap)
            ck_abort_msg("op %ld: ill-formed string", op);
    }
    kl_string_free(&s);
}
END_TEST

/* ---------------------------------------------------------------------
 * Allocation failure. */

/* A copy of a string's struct and bytes, to compare after a failure. */
typedef struct snapshot {
    kl_string s;
    char bytes[4096];
} snapshot;

static void take(snapshot *snap, const kl_string *s)
{
    snap->s = *s;
    ck_assert_uint_le(s->len, sizeof snap->bytes);
    if (s->len > 0)
        memcpy(snap->bytes, s->ptr, s->len);
}

static void same(const snapshot *snap, const kl_string *s, int line)
{
    if (memcmp(&snap->s, s, sizeof *s) != 0 ||
        (s->len > 0 && memcmp(snap->bytes, s->ptr, s->len) != 0))
        ck_abort_msg("line %d: KL_ENOMEM changed the string", line);
}

/* EDIT(s, call): run call on string s; on KL_ENOMEM s must be as it was. */
#define EDIT(s, call)                                                          \
    do {                                                                       \
        snapshot snap_;                                                        \
        take(&snap_, (s));                                                     \
        kl_err err_ = (call);                                                  \
        if (err_ == KL_ENOMEM) {                                               \
            same(&snap_, (s), __LINE__);                                       \
            failures++;                                                        \
        } else if (err_ != KL_OK) {                                            \
            ck_abort_msg("line %d: error %d", __LINE__, err_);                 \
        }                                                                      \
    } while (0)

/* MAKE(out, call): a call that makes a new string out: on KL_ENOMEM out
 * must be empty and own nothing; else free it. */
#define MAKE(out, call)                                                        \
    do {                                                                       \
        kl_err err_ = (call);                                                  \
        if (err_ == KL_ENOMEM) {                                               \
            if ((out)->ptr != NULL || (out)->len != 0 || (out)->cap != 0)      \
                ck_abort_msg("line %d: KL_ENOMEM left memory", __LINE__);      \
            failures++;                                                        \
        } else if (err_ != KL_OK) {                                            \
            ck_abort_msg("line %d: error %d", __LINE__, err_);                 \
        }                                                                      \
        kl_string_free(out);                                                   \
    } while (0)

/* prefix: the first n bytes of s or fewer, cut at a character boundary
 * (earlier failures change what the workload's string holds). */
static kl_str prefix(const kl_string *s, size_t n)
{
    if (n > s->len)
        n = s->len;
    while (!kl_string_is_char_boundary(s, n))
        n--;
    return kl_str_from(s->ptr, n);
}

/* The workload: every allocating call; returns how many failed. */
static long workload(kl_allocator *a, kl_string *s)
{
    long failures = 0;
    kl_string t;
    kl_string_init(s, a);
    EDIT(s, kl_string_push_str(s, KL_STR("hello")));
    EDIT(s, kl_string_push(s, 0x1F600));
    for (int i = 0; i < 40; i++)
        EDIT(s, kl_string_push(s, (uint32_t)('a' + i % 26)));
    EDIT(s, kl_string_fmt(s, "[%d %s %.3f]", 42, "Σ", 2.5));
    EDIT(s, kl_string_fmt(s, "%0200d", 1));
    EDIT(s, kl_string_insert(s, 0, 0x3A3));
    EDIT(s, kl_string_insert_str(s, prefix(s, 2).len, KL_STR("ßﬃ")));
    EDIT(s, kl_string_shrink(s));
    EDIT(s, kl_string_insert_str(s, 0, prefix(s, 9)));
    EDIT(s, kl_string_reserve(s, 1000));
    EDIT(s, kl_string_shrink(s));
    EDIT(s, kl_string_replace_in_place(s, KL_STR("l"), KL_STR("LL")));
    EDIT(s, kl_string_replace_in_place(s, KL_STR("0"), KL_STR("")));
    kl_string_truncate(s, prefix(s, 60).len);
    EDIT(s, kl_string_push_upper(s, KL_STR("straße ﬃ ŉ")));
    EDIT(s, kl_string_push_lower(s, KL_STR("ΟΔΟΣ İ")));
    EDIT(s, kl_string_push_str(s, kl_str_from(s->ptr, s->len)));
    EDIT(s, kl_string_push_upper(s, prefix(s, 50)));
    EDIT(s, kl_string_push_lower(s, kl_string_as_str(s)));
    MAKE(&t, kl_string_to_upper(&t, a, kl_string_as_str(s)));
    MAKE(&t, kl_string_to_lower(&t, a, kl_string_as_str(s)));
    MAKE(&t, kl_string_replace(&t, a, kl_string_as_str(s), KL_STR(""), KL_STR("-")));
    MAKE(&t, kl_string_from_str(&t, a, KL_STR("from")));
    MAKE(&t, kl_string_from_utf8_lossy(&t, a, "lo\xFFssy", 7));
    MAKE(&t, kl_string_repeat(&t, a, KL_STR("ab"), 100));
    kl_str parts[3] = { KL_STR("x"), KL_STR("y"), KL_STR("z") };
    MAKE(&t, kl_string_join(&t, a, parts, 3, KL_STR("::")));

    kl_str_vec v;
    kl_str_vec_init(&v, a);
    for (int i = 0; i < 3; i++) {
        kl_vec before = v.raw;
        kl_err err = kl_string_split(&v, KL_STR("a,b,c,d,e,f,g"), KL_STR(","));
        if (err == KL_ENOMEM) {
            ck_assert(memcmp(&before, &v.raw, sizeof before) == 0);
            failures++;
        } else {
            ck_assert_int_eq(err, KL_OK);
        }
    }
    kl_str_vec_free(&v);
    return failures;
}

START_TEST(every_allocation_failure_leaves_the_string_intact)
{
    /* The run with no failure, for the final contents. */
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    kl_string want;
    ck_assert_int_eq(workload(&f.allocator, &want), 0);
    long calls = f.calls;
    ck_assert_int_gt(calls, 10);
    ck_assert(kl_utf8_valid(want.ptr, want.len));
    for (long k = 1;; k++) {
        kl_failing_alloc_init(&f, NULL, k);
        kl_string s;
        long failures = workload(&f.allocator, &s);
        ck_assert_int_eq(failures > 0, f.failed);
        ck_assert(kl_utf8_valid(s.ptr, s.len));
        ck_assert_uint_eq(f.live_bytes, s.cap);
        kl_string_free(&s);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert_uint_eq(f.live_blocks, 0);
        if (!f.failed)
            break;
        ck_assert_int_lt(k, 10 * calls);
    }
    kl_string_free(&want);
}
END_TEST

static Suite *string_suite(void)
{
    Suite *s = suite_create("string");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, from_and_lossy);
    tcase_add_test(tc, push_insert_remove);
    tcase_add_test(tc, reserve_and_shrink);
    tcase_add_test(tc, fmt);
    tcase_add_test(tc, replace);
    tcase_add_test(tc, split_join_repeat_trim);
    tcase_add_test(tc, case_conversion);
    tcase_add_test(tc, random_edits_against_a_model);
    tcase_add_test(tc, every_allocation_failure_leaves_the_string_intact);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(string_suite)
