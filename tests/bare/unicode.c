/* Tests of keel/unicode.h: hand-picked code points with the values
 * UnicodeData.txt, PropList.txt and DerivedCoreProperties.txt (Unicode
 * 15.0.0) give them, and digests of every property over every code point
 * (printed by build-aux/gen-unicode-tables.py from the UCD files), so the
 * Cortex-M runs meet the whole database too.  tests/hosted/unicode_ucd.c
 * compares every code point against the files themselves. */
#include <keel/unicode.h>
#include "../harness.h"

typedef struct cat_case {
    uint32_t c;
    kl_unicode_category g;
} cat_case;

static const cat_case cat_cases[] = {
    { 0x41, KL_UNICODE_LU },     /* A */
    { 0x61, KL_UNICODE_LL },     /* a */
    { 0x1C5, KL_UNICODE_LT },    /* ǅ */
    { 0x1F88, KL_UNICODE_LT },   /* ᾈ */
    { 0x2B0, KL_UNICODE_LM },    /* ʰ */
    { 0x5D0, KL_UNICODE_LO },    /* א */
    { 0x4E00, KL_UNICODE_LO },   /* CJK, inside a First/Last range */
    { 0x9FFF, KL_UNICODE_LO },   /* its last */
    { 0xAC00, KL_UNICODE_LO },   /* Hangul syllable */
    { 0x31350, KL_UNICODE_LO },  /* CJK extension H (new in 15.0) */
    { 0x323AF, KL_UNICODE_LO },  /* its last */
    { 0x323B0, KL_UNICODE_CN },  /* after it */
    { 0x2EBF0, KL_UNICODE_CN },  /* extension I is 15.1 */
    { 0x300, KL_UNICODE_MN },    /* combining grave */
    { 0x903, KL_UNICODE_MC },    /* Devanagari visarga */
    { 0x20DD, KL_UNICODE_ME },   /* combining enclosing circle */
    { 0xE0100, KL_UNICODE_MN },  /* variation selector 17 */
    { 0x30, KL_UNICODE_ND },     /* 0 */
    { 0x1D7CE, KL_UNICODE_ND },  /* mathematical bold 0 */
    { 0x2160, KL_UNICODE_NL },   /* Ⅰ */
    { 0x3007, KL_UNICODE_NL },   /* 〇 */
    { 0xB2, KL_UNICODE_NO },     /* ² */
    { 0xBD, KL_UNICODE_NO },     /* ½ */
    { 0x5F, KL_UNICODE_PC },     /* _ */
    { 0x2D, KL_UNICODE_PD },     /* - */
    { 0x28, KL_UNICODE_PS },     /* ( */
    { 0x29, KL_UNICODE_PE },     /* ) */
    { 0xAB, KL_UNICODE_PI },     /* « */
    { 0xBB, KL_UNICODE_PF },     /* » */
    { 0x21, KL_UNICODE_PO },     /* ! */
    { 0x2B, KL_UNICODE_SM },     /* + */
    { 0x24, KL_UNICODE_SC },     /* $ */
    { 0x20AC, KL_UNICODE_SC },   /* € */
    { 0x5E, KL_UNICODE_SK },     /* ^ */
    { 0xA6, KL_UNICODE_SO },     /* ¦ */
    { 0x1F600, KL_UNICODE_SO },  /* 😀 */
    { 0x20, KL_UNICODE_ZS },     /* space */
    { 0xA0, KL_UNICODE_ZS },     /* no-break space */
    { 0x3000, KL_UNICODE_ZS },   /* ideographic space */
    { 0x2028, KL_UNICODE_ZL },   /* line separator */
    { 0x2029, KL_UNICODE_ZP },   /* paragraph separator */
    { 0x0, KL_UNICODE_CC },      /* NUL */
    { 0x85, KL_UNICODE_CC },     /* NEL */
    { 0xAD, KL_UNICODE_CF },     /* soft hyphen */
    { 0xFEFF, KL_UNICODE_CF },   /* byte order mark */
    { 0xE0001, KL_UNICODE_CF },  /* language tag */
    { 0xD800, KL_UNICODE_CS },   /* surrogates */
    { 0xDFFF, KL_UNICODE_CS },
    { 0xE000, KL_UNICODE_CO },   /* private use */
    { 0xF0000, KL_UNICODE_CO },
    { 0x10FFFD, KL_UNICODE_CO },
    { 0x378, KL_UNICODE_CN },    /* unassigned */
    { 0xFDD0, KL_UNICODE_CN },   /* noncharacters */
    { 0xFFFF, KL_UNICODE_CN },
    { 0x10FFFF, KL_UNICODE_CN },
    { 0x13A0, KL_UNICODE_LU },   /* Cherokee Ꭰ */
    { 0xAB70, KL_UNICODE_LL },   /* Cherokee ꭰ */
    { 0x10400, KL_UNICODE_LU },  /* Deseret 𐐀 */
    { 0x10428, KL_UNICODE_LL },  /* Deseret 𐐨 */
    { 0x10D0, KL_UNICODE_LL },   /* Georgian ა (Ll since 11.0) */
    { 0x1C90, KL_UNICODE_LU },   /* Georgian Ა */
    { 0x110000, KL_UNICODE_CN }, /* beyond the code space */
    { 0xFFFFFFFF, KL_UNICODE_CN },
};

START_TEST(general_category)
{
    for (size_t i = 0; i < KL_ARRAY_LEN(cat_cases); i++) {
        ck_assert_msg(kl_unicode_general_category(cat_cases[i].c) == cat_cases[i].g,
                      "U+%04lX: got %s, want %s", (unsigned long)cat_cases[i].c,
                      kl_unicode_category_name(kl_unicode_general_category(cat_cases[i].c)),
                      kl_unicode_category_name(cat_cases[i].g));
    }
}
END_TEST

START_TEST(category_names)
{
    static const char *const want[] = {
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl",
        "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc",
        "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
    };
    ck_assert_uint_eq(KL_ARRAY_LEN(want), KL_UNICODE_CATEGORY_COUNT);
    for (int g = 0; g < KL_UNICODE_CATEGORY_COUNT; g++)
        ck_assert_str_eq(kl_unicode_category_name((kl_unicode_category)g), want[g]);
    KL_EXPECT_PANIC((void)kl_unicode_category_name((kl_unicode_category)30));
    ck_assert_str_eq(kl_test_panic_message(), "kl_unicode_category_name: 30 is not a category");
    KL_EXPECT_PANIC((void)kl_unicode_category_name((kl_unicode_category)-1));
}
END_TEST

START_TEST(major_classes)
{
    /* Each category belongs to exactly the class its name's first letter
     * names. */
    for (int g = 0; g < KL_UNICODE_CATEGORY_COUNT; g++) {
        kl_unicode_category k = (kl_unicode_category)g;
        char major = kl_unicode_category_name(k)[0];
        ck_assert_int_eq(kl_unicode_category_is_letter(k), major == 'L');
        ck_assert_int_eq(kl_unicode_category_is_mark(k), major == 'M');
        ck_assert_int_eq(kl_unicode_category_is_number(k), major == 'N');
        ck_assert_int_eq(kl_unicode_category_is_punctuation(k), major == 'P');
        ck_assert_int_eq(kl_unicode_category_is_symbol(k), major == 'S');
        ck_assert_int_eq(kl_unicode_category_is_separator(k), major == 'Z');
        ck_assert_int_eq(kl_unicode_category_is_other(k), major == 'C');
    }
    for (size_t i = 0; i < KL_ARRAY_LEN(cat_cases); i++) {
        uint32_t c = cat_cases[i].c;
        char major = kl_unicode_category_name(cat_cases[i].g)[0];
        ck_assert_int_eq(kl_unicode_is_letter(c), major == 'L');
        ck_assert_int_eq(kl_unicode_is_mark(c), major == 'M');
        ck_assert_int_eq(kl_unicode_is_number(c), major == 'N');
        ck_assert_int_eq(kl_unicode_is_punctuation(c), major == 'P');
        ck_assert_int_eq(kl_unicode_is_symbol(c), major == 'S');
        ck_assert_int_eq(kl_unicode_is_separator(c), major == 'Z');
        ck_assert_int_eq(kl_unicode_is_other(c), major == 'C');
    }
}
END_TEST

/* A code point and whether it has a property. */
typedef struct bool_case {
    uint32_t c;
    bool want;
} bool_case;

#define CHECK_BOOL(fn, cases)                                                  \
    for (size_t i = 0; i < KL_ARRAY_LEN(cases); i++)                           \
    ck_assert_msg(fn(cases[i].c) == cases[i].want, "%s(U+%04lX) is not %d", #fn, \
                  (unsigned long)cases[i].c, (int)cases[i].want)

START_TEST(white_space)
{
    static const bool_case cases[] = {
        { 0x9, true },     { 0xA, true },      { 0xD, true },     { 0x20, true },
        { 0x85, true },    { 0xA0, true },     { 0x1680, true },  { 0x2000, true },
        { 0x200A, true },  { 0x2028, true },   { 0x2029, true },  { 0x202F, true },
        { 0x205F, true },  { 0x3000, true },   { 0x8, false },    { 0xE, false },
        { 0x1C, false },   { 0x1F, false },    { 0x21, false },   { 0x61, false },
        { 0x200B, false }, { 0x180E, false },  { 0xFEFF, false }, { 0x3001, false },
        { 0x0, false },    { 0x10FFFF, false }, { 0x110009, false }, { 0xFFFFFFFF, false },
    };
    CHECK_BOOL(kl_unicode_is_white_space, cases);
}
END_TEST

START_TEST(alphabetic)
{
    static const bool_case cases[] = {
        { 0x61, true },     { 0x5A, true },    { 0xAA, true },    { 0xDF, true },
        { 0x2B0, true },    { 0x345, true },   { 0x5D0, true },   { 0x4E00, true },
        { 0xAC00, true },   { 0x2160, true },  { 0x3007, true },  { 0x24B6, true },
        { 0x10400, true },  { 0x13A0, true },  { 0x10D0, true },  { 0x31350, true },
        { 0x30, false },    { 0x20, false },   { 0x5F, false },   { 0x300, false },
        { 0xB2, false },    { 0x1F600, false }, { 0xD800, false }, { 0xE000, false },
        { 0x110061, false }, { 0xFFFFFFFF, false },
    };
    CHECK_BOOL(kl_unicode_is_alphabetic, cases);
}
END_TEST

START_TEST(numeric)
{
    static const bool_case cases[] = {
        { 0x30, true },     { 0x39, true },    { 0xB2, true },    { 0xBD, true },
        { 0x660, true },    { 0x2160, true },  { 0x3007, true },  { 0xFF10, true },
        { 0x10107, true },  { 0x1D7CE, true }, { 0x1F10A, true }, { 0x2F, false },
        { 0x3A, false },    { 0x61, false },   { 0x4E00, false }, { 0x4E8C, false },
        { 0x110030, false }, { 0xFFFFFFFF, false },
    };
    CHECK_BOOL(kl_unicode_is_numeric, cases);
}
END_TEST

START_TEST(uppercase)
{
    static const bool_case cases[] = {
        { 0x41, true },     { 0x5A, true },    { 0xC0, true },    { 0x130, true },
        { 0x1C4, true },    { 0x3A3, true },   { 0x2160, true },  { 0x24B6, true },
        { 0x1D400, true },  { 0x10400, true }, { 0x13A0, true },  { 0x1C90, true },
        { 0x61, false },    { 0x1C5, false },  { 0x1F88, false }, { 0x10D0, false },
        { 0xAB70, false },  { 0x30, false },   { 0x5D0, false },  { 0x110041, false },
    };
    CHECK_BOOL(kl_unicode_is_uppercase, cases);
}
END_TEST

START_TEST(lowercase)
{
    static const bool_case cases[] = {
        { 0x61, true },     { 0x7A, true },    { 0xAA, true },    { 0xBA, true },
        { 0xDF, true },     { 0x131, true },   { 0x2B0, true },   { 0x345, true },
        { 0x3C2, true },    { 0x2170, true },  { 0x24D0, true },  { 0x10428, true },
        { 0xAB70, true },   { 0x13F8, true },  { 0x10D0, true },  { 0x41, false },
        { 0x1C5, false },   { 0x1F88, false }, { 0x13A0, false }, { 0x1C90, false },
        { 0x5D0, false },   { 0x30, false },   { 0x110061, false }, { 0xFFFFFFFF, false },
    };
    CHECK_BOOL(kl_unicode_is_lowercase, cases);
}
END_TEST

/* A code point and its mapping. */
typedef struct map_case {
    uint32_t c, want;
} map_case;

#define CHECK_MAP(fn, cases)                                                   \
    for (size_t i = 0; i < KL_ARRAY_LEN(cases); i++)                           \
    ck_assert_msg(fn(cases[i].c) == cases[i].want, "%s(U+%04lX) = U+%04lX, not U+%04lX", \
                  #fn, (unsigned long)cases[i].c, (unsigned long)fn(cases[i].c), \
                  (unsigned long)cases[i].want)

START_TEST(to_upper)
{
    static const map_case cases[] = {
        { 0x61, 0x41 },       { 0x7A, 0x5A },       { 0x41, 0x41 },
        { 0x30, 0x30 },       { 0xE0, 0xC0 },       { 0xFF, 0x178 },
        { 0xB5, 0x39C },      { 0xDF, 0xDF },       /* ß: SS is a full mapping */
        { 0x69, 0x49 },       { 0x131, 0x49 },      /* dotless ı */
        { 0x130, 0x130 },     { 0x17F, 0x53 },      /* long s */
        { 0x1C4, 0x1C4 },     { 0x1C5, 0x1C4 },     { 0x1C6, 0x1C4 },
        { 0x3B1, 0x391 },     { 0x3C2, 0x3A3 },     { 0x3C3, 0x3A3 },
        { 0x345, 0x399 },     { 0x1F80, 0x1F88 },   { 0x1F88, 0x1F88 },
        { 0x10D0, 0x1C90 },   { 0x10FF, 0x1CBF },   /* Georgian */
        { 0x13A0, 0x13A0 },   { 0xAB70, 0x13A0 },   { 0x13F8, 0x13F0 }, /* Cherokee */
        { 0x10428, 0x10400 }, { 0x10400, 0x10400 }, /* Deseret */
        { 0x1E922, 0x1E900 }, /* Adlam */
        { 0x2170, 0x2160 },   { 0x24D0, 0x24B6 },   { 0xFB00, 0xFB00 },
        { 0x1E9E, 0x1E9E },   { 0x1F600, 0x1F600 }, { 0xD800, 0xD800 },
        { 0x10FFFF, 0x10FFFF }, { 0x110061, 0x110061 }, { 0xFFFFFFFF, 0xFFFFFFFF },
    };
    CHECK_MAP(kl_unicode_to_upper, cases);
}
END_TEST

START_TEST(to_lower)
{
    static const map_case cases[] = {
        { 0x41, 0x61 },       { 0x5A, 0x7A },       { 0x61, 0x61 },
        { 0xC0, 0xE0 },       { 0x178, 0xFF },      { 0x49, 0x69 },
        { 0x130, 0x69 },      /* İ: simple mapping drops the dot */
        { 0x131, 0x131 },     { 0x1C4, 0x1C6 },     { 0x1C5, 0x1C6 },
        { 0x1C6, 0x1C6 },     { 0x3A3, 0x3C3 },     { 0x3C2, 0x3C2 },
        { 0x1F88, 0x1F80 },   { 0x1E9E, 0xDF },     { 0x2126, 0x3C9 }, /* Ohm */
        { 0x212A, 0x6B },     { 0x212B, 0xE5 },     /* Kelvin, Angstrom */
        { 0x1C90, 0x10D0 },   { 0x10D0, 0x10D0 },   /* Georgian */
        { 0x13A0, 0xAB70 },   { 0x13F0, 0x13F8 },   /* Cherokee */
        { 0x10400, 0x10428 }, /* Deseret */
        { 0x1E900, 0x1E922 }, { 0x2160, 0x2170 },   { 0x24B6, 0x24D0 },
        { 0x5D0, 0x5D0 },     { 0xDFFF, 0xDFFF },   { 0x110041, 0x110041 },
        { 0xFFFFFFFF, 0xFFFFFFFF },
    };
    CHECK_MAP(kl_unicode_to_lower, cases);
}
END_TEST

START_TEST(to_title)
{
    static const map_case cases[] = {
        { 0x61, 0x41 },       { 0x41, 0x41 },       { 0xDF, 0xDF },
        { 0x1C4, 0x1C5 },     { 0x1C5, 0x1C5 },     { 0x1C6, 0x1C5 },
        { 0x1C7, 0x1C8 },     { 0x1C9, 0x1C8 },     { 0x1CA, 0x1CB },
        { 0x1CC, 0x1CB },     { 0x1F1, 0x1F2 },     { 0x1F3, 0x1F2 },
        { 0x1C3, 0x1C3 },     { 0x1F4, 0x1F4 },     { 0x1F5, 0x1F4 },
        { 0x10D0, 0x10D0 },   { 0x10FF, 0x10FF },   { 0x1C90, 0x1C90 }, /* Georgian */
        { 0x10CF, 0x10CF },   { 0x2D00, 0x10A0 },
        { 0x1F80, 0x1F88 },   { 0x3C2, 0x3A3 },     { 0x131, 0x49 },
        { 0xAB70, 0x13A0 },   { 0x10428, 0x10400 }, { 0x1E922, 0x1E900 },
        { 0x110061, 0x110061 }, { 0xFFFFFFFF, 0xFFFFFFFF },
    };
    CHECK_MAP(kl_unicode_to_title, cases);
}
END_TEST

/* FULL(fn, c, n, a, b, d): fn(c) is the n code points a, b, d (as many as
 * n says). */
#define FULL(fn, c, n, a, b, d)                                                \
    do {                                                                       \
        uint32_t m_[KL_UNICODE_FULL_CASE_MAX] = { 0, 0, 0 };                   \
        uint32_t want_[3] = { a, b, d };                                       \
        ck_assert_uint_eq(fn(c, m_), n);                                       \
        for (size_t k_ = 0; k_ < (n); k_++)                                    \
            ck_assert_uint_eq(m_[k_], want_[k_]);                              \
    } while (0)

START_TEST(full_case)
{
    /* SpecialCasing.txt's unconditional lines, and the simple mappings
     * elsewhere. */
    FULL(kl_unicode_to_upper_full, 0xDF, 2, 'S', 'S', 0);
    FULL(kl_unicode_to_upper_full, 0x149, 2, 0x2BC, 'N', 0);
    FULL(kl_unicode_to_upper_full, 0xFB03, 3, 'F', 'F', 'I');
    FULL(kl_unicode_to_upper_full, 0x390, 3, 0x399, 0x308, 0x301);
    FULL(kl_unicode_to_upper_full, 0x1F80, 2, 0x1F08, 0x399, 0);
    FULL(kl_unicode_to_upper_full, 0x1FBC, 2, 0x391, 0x399, 0);
    FULL(kl_unicode_to_upper_full, 0x587, 2, 0x535, 0x552, 0);
    FULL(kl_unicode_to_upper_full, 0xFB17, 2, 0x544, 0x53D, 0);
    FULL(kl_unicode_to_upper_full, 'q', 1, 'Q', 0, 0);
    FULL(kl_unicode_to_upper_full, 0x1E9E, 1, 0x1E9E, 0, 0);
    FULL(kl_unicode_to_upper_full, 0x3C2, 1, 0x3A3, 0, 0);
    FULL(kl_unicode_to_upper_full, 0x10428, 1, 0x10400, 0, 0);
    FULL(kl_unicode_to_upper_full, 0x110000, 1, 0x110000, 0, 0);
    FULL(kl_unicode_to_upper_full, 0xFFFFFFFF, 1, 0xFFFFFFFF, 0, 0);
    FULL(kl_unicode_to_lower_full, 0x130, 2, 'i', 0x307, 0);
    FULL(kl_unicode_to_lower_full, 0x3A3, 1, 0x3C3, 0, 0);
    FULL(kl_unicode_to_lower_full, 0xDF, 1, 0xDF, 0, 0);
    FULL(kl_unicode_to_lower_full, 0x1E9E, 1, 0xDF, 0, 0);
    FULL(kl_unicode_to_lower_full, 0x1F88, 1, 0x1F80, 0, 0);
    FULL(kl_unicode_to_lower_full, 'Q', 1, 'q', 0, 0);
    FULL(kl_unicode_to_lower_full, 0x110000, 1, 0x110000, 0, 0);

    ck_assert(kl_unicode_is_cased('A'));
    ck_assert(kl_unicode_is_cased(0x1C5));  /* Lt */
    ck_assert(kl_unicode_is_cased(0xAA));   /* Other_Lowercase */
    ck_assert(kl_unicode_is_cased(0x24B6)); /* Other_Uppercase */
    ck_assert(!kl_unicode_is_cased('1'));
    ck_assert(!kl_unicode_is_cased(0x2BC));
    ck_assert(!kl_unicode_is_cased(0x110000));
    ck_assert(kl_unicode_is_case_ignorable('\''));
    ck_assert(kl_unicode_is_case_ignorable('.'));
    ck_assert(kl_unicode_is_case_ignorable(':'));
    ck_assert(kl_unicode_is_case_ignorable(0x301));
    ck_assert(kl_unicode_is_case_ignorable(0xAD));
    ck_assert(kl_unicode_is_case_ignorable(0x2BC));
    ck_assert(!kl_unicode_is_case_ignorable(','));
    ck_assert(!kl_unicode_is_case_ignorable('a'));
    ck_assert(!kl_unicode_is_case_ignorable(0x110000));
}
END_TEST

START_TEST(version)
{
    ck_assert_str_eq(kl_unicode_version(), "15.0.0");
    ck_assert_str_eq(kl_unicode_version(), KL_UNICODE_VERSION_STRING);
}
END_TEST

/* FNV-1a over the four bytes of each value, low byte first: the digest
 * the generator prints. */
static uint32_t fnv(uint32_t h, uint32_t v)
{
    for (int k = 0; k < 4; k++) {
        h ^= (v >> (8 * k)) & 0xff;
        h *= 0x01000193u;
    }
    return h;
}

#define DIGEST(fn)                                                             \
    do {                                                                       \
        uint32_t h_ = 0x811c9dc5u;                                             \
        for (uint32_t c_ = 0; c_ <= KL_UNICODE_MAX; c_++)                      \
            h_ = fnv(h_, (uint32_t)fn(c_));                                    \
        digest = h_;                                                           \
    } while (0)

START_TEST(digests)
{
    /* From build-aux/gen-unicode-tables.py's output (Unicode 15.0.0); the
     * category as kl_unicode_category values. */
    uint32_t digest;
    DIGEST(kl_unicode_general_category);
    ck_assert_uint_eq(digest, 0xe9cfb584u);
    DIGEST(kl_unicode_is_white_space);
    ck_assert_uint_eq(digest, 0xb0d1f064u);
    DIGEST(kl_unicode_is_alphabetic);
    ck_assert_uint_eq(digest, 0x0072ad04u);
    DIGEST(kl_unicode_is_numeric);
    ck_assert_uint_eq(digest, 0xd2c65994u);
    DIGEST(kl_unicode_is_uppercase);
    ck_assert_uint_eq(digest, 0x025ce2e4u);
    DIGEST(kl_unicode_is_lowercase);
    ck_assert_uint_eq(digest, 0x61ef2765u);
    DIGEST(kl_unicode_to_upper);
    ck_assert_uint_eq(digest, 0x710e1245u);
    DIGEST(kl_unicode_to_lower);
    ck_assert_uint_eq(digest, 0x12441706u);
    DIGEST(kl_unicode_to_title);
    ck_assert_uint_eq(digest, 0xa69bd799u);
    DIGEST(kl_unicode_is_cased);
    ck_assert_uint_eq(digest, 0xacb63c45u);
    DIGEST(kl_unicode_is_case_ignorable);
    ck_assert_uint_eq(digest, 0xbd495484u);
    /* The full mappings: each code point's length, then its code
     * points. */
    uint32_t hu = 0x811c9dc5u, hl = 0x811c9dc5u;
    for (uint32_t c = 0; c <= KL_UNICODE_MAX; c++) {
        uint32_t m[KL_UNICODE_FULL_CASE_MAX];
        size_t n = kl_unicode_to_upper_full(c, m);
        hu = fnv(hu, (uint32_t)n);
        for (size_t k = 0; k < n; k++)
            hu = fnv(hu, m[k]);
        n = kl_unicode_to_lower_full(c, m);
        hl = fnv(hl, (uint32_t)n);
        for (size_t k = 0; k < n; k++)
            hl = fnv(hl, m[k]);
    }
    ck_assert_uint_eq(hu, 0x7179cc50u);
    ck_assert_uint_eq(hl, 0x8e64b56bu);
}
END_TEST

static Suite *unicode_suite(void)
{
    Suite *s = suite_create("unicode");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, general_category);
    tcase_add_test(tc, category_names);
    tcase_add_test(tc, major_classes);
    tcase_add_test(tc, white_space);
    tcase_add_test(tc, alphabetic);
    tcase_add_test(tc, numeric);
    tcase_add_test(tc, uppercase);
    tcase_add_test(tc, lowercase);
    tcase_add_test(tc, to_upper);
    tcase_add_test(tc, to_lower);
    tcase_add_test(tc, to_title);
    tcase_add_test(tc, version);
    tcase_add_test(tc, full_case);
    tcase_add_test(tc, digests);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(unicode_suite)
