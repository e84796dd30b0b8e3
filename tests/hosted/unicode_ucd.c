/* tests/hosted/unicode_ucd.c -- keel/unicode.h against the Unicode
 * Character Database itself: every property and case mapping, for every
 * code point 0..0x10FFFF, as UnicodeData.txt, PropList.txt,
 * DerivedCoreProperties.txt and SpecialCasing.txt (the full case
 * mappings: its unconditional lines, else the simple mapping) give them.  The files are read at test time
 * from $KL_UCD_DIR, else /usr/share/unicode (Debian's unicode-data
 * package); without them the test is skipped (exit 77).  The parser here
 * is the test's own, written from UAX #44, not the generator's. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/unicode.h>
#include "../harness.h"

enum { N = 0x110000 };

/* What the files say about each code point. */
typedef struct ucd_point {
    uint32_t upper, lower, title;
    uint8_t cat; /* kl_unicode_category */
} ucd_point;

static ucd_point *ucd;
/* The binary properties, one flag a code point each. */
static bool *white, *alpha, *upper_p, *lower_p, *cased, *case_ign;

/* The unconditional full mappings of SpecialCasing.txt (a few hundred). */
typedef struct special {
    uint32_t c;
    uint32_t lower[3], upper[3];
    size_t nlower, nupper;
} special;
static special specials[256];
static size_t nspecials;
static char version[32];
static const char *dir;

/* path_of: dir/name in a static buffer. */
static const char *path_of(const char *name)
{
    static char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    return path;
}

/* Loading happens before any test runs: a problem there ends the
 * program. */
#define REQUIRE(cond, ...)                                                     \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "unicode_ucd: " __VA_ARGS__);                      \
            fputc('\n', stderr);                                               \
            exit(1);                                                           \
        }                                                                      \
    } while (0)

static kl_unicode_category category_of(const char *name)
{
    for (int g = 0; g < KL_UNICODE_CATEGORY_COUNT; g++)
        if (strcmp(kl_unicode_category_name((kl_unicode_category)g), name) == 0)
            return (kl_unicode_category)g;
    REQUIRE(0, "unknown General_Category %s", name);
    return KL_UNICODE_CN;
}

/* split: cut line at each ';' into at most max fields; the count. */
static int split(char *line, char **field, int max)
{
    int n = 0;
    field[n++] = line;
    for (char *p = line; *p && n < max; p++) {
        if (*p == ';') {
            *p = '\0';
            field[n++] = p + 1;
        }
    }
    return n;
}

static void read_unicode_data(void)
{
    FILE *f = fopen(path_of("UnicodeData.txt"), "r");
    REQUIRE(f != NULL, "cannot open %s", path_of("UnicodeData.txt"));
    char line[1024];
    long first = -1;
    int lines = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = '\0';
        char *field[16];
        if (split(line, field, 16) != 15)
            continue;
        lines++;
        uint32_t c = (uint32_t)strtoul(field[0], NULL, 16);
        REQUIRE(c < N, "U+%lX beyond the code space", (unsigned long)c);
        uint8_t g = (uint8_t)category_of(field[2]);
        size_t namelen = strlen(field[1]);
        if (namelen > 8 && strcmp(field[1] + namelen - 8, ", First>") == 0) {
            first = c;
            continue;
        }
        if (namelen > 7 && strcmp(field[1] + namelen - 7, ", Last>") == 0) {
            REQUIRE(first >= 0 && (uint32_t)first < c, "Last without First at %lX",
                    (unsigned long)c);
            for (uint32_t r = (uint32_t)first; r <= c; r++)
                ucd[r].cat = g;
            first = -1;
            continue;
        }
        ucd[c].cat = g;
        if (*field[12])
            ucd[c].upper = (uint32_t)strtoul(field[12], NULL, 16);
        if (*field[13])
            ucd[c].lower = (uint32_t)strtoul(field[13], NULL, 16);
        /* UAX #44: an empty Simple_Titlecase_Mapping is the uppercase one. */
        ucd[c].title = *field[14] ? (uint32_t)strtoul(field[14], NULL, 16) : ucd[c].upper;
    }
    fclose(f);
    REQUIRE(lines > 30000, "only %d lines in UnicodeData.txt", lines);
}

/* read_prop: set flags[c] for every code point c that file gives
 * property prop; return how many code points it named.  With
 * want_version, read the UCD version from the file's first line. */
static long read_prop(const char *file, const char *prop, bool *flags, bool want_version)
{
    FILE *f = fopen(path_of(file), "r");
    REQUIRE(f != NULL, "cannot open %s", path_of(file));
    char line[1024];
    long count = 0;
    bool first_line = true;
    while (fgets(line, sizeof line, f)) {
        if (first_line && want_version) {
            /* "# DerivedCoreProperties-15.0.0.txt" */
            char *dash = strchr(line, '-'), *end = strstr(line, ".txt");
            REQUIRE(dash && end && end > dash, "no version in %s", file);
            snprintf(version, sizeof version, "%.*s", (int)(end - dash - 1), dash + 1);
        }
        first_line = false;
        line[strcspn(line, "#\r\n")] = '\0';
        char *field[3];
        if (split(line, field, 3) < 2)
            continue;
        char name[64];
        if (sscanf(field[1], " %63s", name) != 1 || strcmp(name, prop) != 0)
            continue;
        char *dots = strstr(field[0], "..");
        uint32_t lo = (uint32_t)strtoul(field[0], NULL, 16);
        uint32_t hi = dots ? (uint32_t)strtoul(dots + 2, NULL, 16) : lo;
        REQUIRE(lo <= hi && hi < N, "bad range %s in %s", field[0], file);
        for (uint32_t c = lo; c <= hi; c++)
            flags[c] = true;
        count += (long)(hi - lo) + 1;
    }
    fclose(f);
    return count;
}

/* parse_cps: the code points of a field ("0053 0053"); how many. */
static size_t parse_cps(const char *field, uint32_t out[3])
{
    size_t n = 0;
    char *end;
    for (;;) {
        unsigned long v = strtoul(field, &end, 16);
        if (end == field)
            break;
        REQUIRE(n < 3 && v < N, "a mapping of more than 3 code points: %s", field);
        out[n++] = (uint32_t)v;
        field = end;
    }
    return n;
}

static void read_special_casing(void)
{
    FILE *f = fopen(path_of("SpecialCasing.txt"), "r");
    REQUIRE(f != NULL, "cannot open %s", path_of("SpecialCasing.txt"));
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "#\r\n")] = '\0';
        char *field[7];
        int n = split(line, field, 7);
        if (n < 5)
            continue;
        /* A fifth field that is not empty is a condition list: skip. */
        char cond[64];
        if (n > 5 && sscanf(field[4], " %63s", cond) == 1)
            continue;
        REQUIRE(nspecials < KL_ARRAY_LEN(specials), "too many SpecialCasing lines");
        special *sp = &specials[nspecials++];
        sp->c = (uint32_t)strtoul(field[0], NULL, 16);
        sp->nlower = parse_cps(field[1], sp->lower);
        sp->nupper = parse_cps(field[3], sp->upper);
        REQUIRE(sp->nlower > 0 && sp->nupper > 0, "empty mapping for %s", field[0]);
    }
    fclose(f);
    REQUIRE(nspecials > 100, "only %zu unconditional SpecialCasing lines", nspecials);
}

static const special *special_of(uint32_t c)
{
    for (size_t i = 0; i < nspecials; i++)
        if (specials[i].c == c)
            return &specials[i];
    return NULL;
}

static void load(void)
{
    ucd = calloc(N, sizeof *ucd);
    white = calloc(N, 1);
    alpha = calloc(N, 1);
    upper_p = calloc(N, 1);
    lower_p = calloc(N, 1);
    cased = calloc(N, 1);
    case_ign = calloc(N, 1);
    REQUIRE(ucd && white && alpha && upper_p && lower_p && cased && case_ign,
            "out of memory");
    for (uint32_t c = 0; c < N; c++) {
        ucd[c].upper = ucd[c].lower = ucd[c].title = c;
        ucd[c].cat = KL_UNICODE_CN;
    }
    read_unicode_data();
    long n = read_prop("PropList.txt", "White_Space", white, false);
    REQUIRE(n == 25, "%ld White_Space code points, not 25", n);
    n = read_prop("DerivedCoreProperties.txt", "Alphabetic", alpha, true);
    REQUIRE(n > 100000, "only %ld Alphabetic code points", n);
    n = read_prop("DerivedCoreProperties.txt", "Uppercase", upper_p, false);
    REQUIRE(n > 1000, "only %ld Uppercase code points", n);
    n = read_prop("DerivedCoreProperties.txt", "Lowercase", lower_p, false);
    REQUIRE(n > 1000, "only %ld Lowercase code points", n);
    n = read_prop("DerivedCoreProperties.txt", "Cased", cased, false);
    REQUIRE(n > 2000, "only %ld Cased code points", n);
    n = read_prop("DerivedCoreProperties.txt", "Case_Ignorable", case_ign, false);
    REQUIRE(n > 2000, "only %ld Case_Ignorable code points", n);
    read_special_casing();
}

static void unload(void)
{
    free(ucd);
    free(white);
    free(alpha);
    free(upper_p);
    free(lower_p);
    free(cased);
    free(case_ign);
}
START_TEST(version_matches)
{
    ck_assert_str_eq(kl_unicode_version(), version);
}
END_TEST

/* One failure message per property is enough; count the rest. */
#define COMPARE(what, got, want)                                               \
    do {                                                                       \
        if ((got) != (want)) {                                                 \
            if (bad++ == 0)                                                    \
                fprintf(stderr, "%s(U+%04lX): keel %lu, UCD %lu\n", what,      \
                        (unsigned long)c, (unsigned long)(got), (unsigned long)(want)); \
        }                                                                      \
    } while (0)

START_TEST(every_code_point)
{
    long bad = 0;
    for (uint32_t c = 0; c < N; c++) {
        const ucd_point *u = &ucd[c];
        bool number = u->cat == KL_UNICODE_ND || u->cat == KL_UNICODE_NL ||
                      u->cat == KL_UNICODE_NO;
        COMPARE("category", kl_unicode_general_category(c), u->cat);
        COMPARE("white_space", kl_unicode_is_white_space(c), white[c]);
        COMPARE("alphabetic", kl_unicode_is_alphabetic(c), alpha[c]);
        COMPARE("numeric", kl_unicode_is_numeric(c), number);
        COMPARE("uppercase", kl_unicode_is_uppercase(c), upper_p[c]);
        COMPARE("lowercase", kl_unicode_is_lowercase(c), lower_p[c]);
        COMPARE("to_upper", kl_unicode_to_upper(c), u->upper);
        COMPARE("to_lower", kl_unicode_to_lower(c), u->lower);
        COMPARE("to_title", kl_unicode_to_title(c), u->title);
        COMPARE("is_letter", kl_unicode_is_letter(c), u->cat <= KL_UNICODE_LO);
        COMPARE("is_number", kl_unicode_is_number(c), number);
        COMPARE("is_other", kl_unicode_is_other(c), u->cat >= KL_UNICODE_CC);
        COMPARE("cased", kl_unicode_is_cased(c), cased[c]);
        COMPARE("case_ignorable", kl_unicode_is_case_ignorable(c), case_ign[c]);
    }
    ck_assert_msg(bad == 0, "%ld differences from the UCD", bad);
}
END_TEST

START_TEST(full_case_mappings)
{
    long bad = 0, multi = 0;
    for (uint32_t c = 0; c < N; c++) {
        const special *sp = special_of(c);
        uint32_t want_u[3] = { ucd[c].upper }, want_l[3] = { ucd[c].lower };
        size_t nu = 1, nl = 1;
        if (sp != NULL) {
            memcpy(want_u, sp->upper, sizeof want_u);
            memcpy(want_l, sp->lower, sizeof want_l);
            nu = sp->nupper;
            nl = sp->nlower;
        }
        uint32_t got[3] = { 0, 0, 0 };
        size_t n = kl_unicode_to_upper_full(c, got);
        COMPARE("to_upper_full length", n, nu);
        for (size_t k = 0; k < n && k < nu; k++)
            COMPARE("to_upper_full", got[k], want_u[k]);
        n = kl_unicode_to_lower_full(c, got);
        COMPARE("to_lower_full length", n, nl);
        for (size_t k = 0; k < n && k < nl; k++)
            COMPARE("to_lower_full", got[k], want_l[k]);
        multi += nu > 1;
    }
    ck_assert_msg(bad == 0, "%ld differences from the UCD", bad);
    ck_assert_int_eq(multi, 102); /* Unicode 15.0's count */
}
END_TEST

START_TEST(beyond_the_code_space)
{
    static const uint32_t beyond[] = { 0x110000, 0x110041, 0x1FFFFF, 0x7FFFFFFF, 0xFFFFFFFF };
    for (size_t i = 0; i < KL_ARRAY_LEN(beyond); i++) {
        uint32_t c = beyond[i];
        ck_assert_int_eq(kl_unicode_general_category(c), KL_UNICODE_CN);
        ck_assert(!kl_unicode_is_white_space(c));
        ck_assert(!kl_unicode_is_alphabetic(c));
        ck_assert(!kl_unicode_is_numeric(c));
        ck_assert(!kl_unicode_is_uppercase(c));
        ck_assert(!kl_unicode_is_lowercase(c));
        ck_assert_uint_eq(kl_unicode_to_upper(c), c);
        ck_assert_uint_eq(kl_unicode_to_lower(c), c);
        ck_assert_uint_eq(kl_unicode_to_title(c), c);
        ck_assert(!kl_unicode_is_cased(c));
        ck_assert(!kl_unicode_is_case_ignorable(c));
        uint32_t m[3];
        ck_assert_uint_eq(kl_unicode_to_upper_full(c, m), 1);
        ck_assert_uint_eq(m[0], c);
        ck_assert_uint_eq(kl_unicode_to_lower_full(c, m), 1);
        ck_assert_uint_eq(m[0], c);
    }
}
END_TEST

static Suite *unicode_ucd_suite(void)
{
    Suite *s = suite_create("unicode_ucd");
    TCase *tc = tcase_create("ucd");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, version_matches);
    tcase_add_test(tc, every_code_point);
    tcase_add_test(tc, full_case_mappings);
    tcase_add_test(tc, beyond_the_code_space);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    dir = getenv("KL_UCD_DIR");
    if (!dir || !*dir)
        dir = "/usr/share/unicode";
    static const char *const files[] = { "UnicodeData.txt", "PropList.txt",
                                         "DerivedCoreProperties.txt", "SpecialCasing.txt" };
    for (size_t i = 0; i < KL_ARRAY_LEN(files); i++) {
        FILE *f = fopen(path_of(files[i]), "r");
        if (!f) {
            printf("SKIP: %s: %s (install Debian's unicode-data)\n", path_of(files[i]),
                   strerror(errno));
            return 77;
        }
        fclose(f);
    }
    load();
    int rc = kl_test_run(unicode_ucd_suite());
    unload();
    return rc;
}
