/* kl_snprintf against glibc's snprintf over generated (format, value)
 * pairs: every integer, character, string and pointer conversion, with
 * random flags, widths, precisions (literal and *), length modifiers and
 * buffer sizes.  glibc is the oracle; nobody here wrote it. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <keel/fmt.h>
#include "../harness.h"

static uint64_t rng = 0x853c49e6748fea9bu;

static uint64_t next(void)
{
    /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static unsigned below(unsigned n)
{
    return (unsigned)(next() % n);
}

/* Values biased to the edges: 0, +-1, the limits of each width. */
static uint64_t interesting(void)
{
    static const uint64_t edges[] = {
        0, 1, 2, 9, 10, 99, 100, 127, 128, 255, 256, 32767, 32768, 65535, 65536,
        0x7fffffff, 0x80000000u, 0xffffffffu, 0x100000000u,
        0x7fffffffffffffffu, 0x8000000000000000u, 0xffffffffffffffffu,
    };
    switch (below(4)) {
    case 0: return edges[below(KL_ARRAY_LEN(edges))];
    case 1: return 0 - edges[below(KL_ARRAY_LEN(edges))];
    case 2: return next() >> below(64);
    default: return next();
    }
}

static long compared;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void compare(size_t size, const char *fmt, ...)
{
    char want[512], got[512];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int wn = vsnprintf(want, size, fmt, ap);
    memset(got, 0x5a, sizeof got);
    size_t gn = kl_vsnprintf(got, size, fmt, ap2);
    va_end(ap2);
    va_end(ap);
    ck_assert_msg(wn >= 0, "glibc refused %s", fmt);
    ck_assert_msg(gn == (size_t)wn, "format \"%s\" size %zu: length %zu, glibc %d",
                  fmt, size, gn, wn);
    if (size > 0)
        ck_assert_msg(strcmp(got, want) == 0, "format \"%s\" size %zu: \"%s\", glibc \"%s\"",
                      fmt, size, got, want);
    ck_assert_msg(size >= sizeof got || (unsigned char)got[size] == 0x5a,
                  "format \"%s\" wrote past size %zu", fmt, size);
    compared++;
}
#pragma GCC diagnostic pop

/* One random conversion spec, compared at a random buffer size. */
static void one_case(void)
{
    static const char convs[] = "diuoxXcsp%";
    char conv = convs[below(sizeof convs - 1)];
    bool integer = strchr("diuoxX", conv) != NULL;
    char fmt[64];
    size_t n = 0;
    fmt[n++] = '[';
    fmt[n++] = '%';
    /* Flags, avoiding the combinations C leaves undefined. */
    unsigned nflags = below(4);
    for (unsigned i = 0; i < nflags; i++) {
        char f = "-+ #0"[below(5)];
        if (f == '#' && !strchr("oxX", conv))
            continue;
        if (f == '0' && !integer)
            continue;
        if ((f == '+' || f == ' ') && (conv == 'p' || conv == 's' || conv == 'c'))
            continue;
        fmt[n++] = f;
    }
    bool star_width = false, star_prec = false;
    switch (below(3)) {
    case 0: break;
    case 1: n += (size_t)sprintf(fmt + n, "%u", below(25)); break;
    default: fmt[n++] = '*'; star_width = true; break;
    }
    if ((integer || conv == 's') && below(2)) {
        fmt[n++] = '.';
        switch (below(3)) {
        case 0: break; /* "." alone: precision 0 */
        case 1: n += (size_t)sprintf(fmt + n, "%u", below(25)); break;
        default: fmt[n++] = '*'; star_prec = true; break;
        }
    }
    static const char *lengths[] = { "", "hh", "h", "l", "ll", "j", "z", "t" };
    const char *len = integer ? lengths[below(KL_ARRAY_LEN(lengths))] : "";
    n += (size_t)sprintf(fmt + n, "%s%c]", len, conv);
    fmt[n] = '\0';
    if (conv == '%') {
        /* Flags and widths on %% are not C; keep it plain. */
        strcpy(fmt, "[%%]");
        star_width = star_prec = false;
    }

    int w = (int)below(41) - 20, p = (int)below(31) - 5;
    size_t size = below(4) == 0 ? below(40) : 512;
    uint64_t v = interesting();
    static const char *strings[] = { "", "a", "hello", "a longer string, with spaces" };
    const char *str = strings[below(KL_ARRAY_LEN(strings))];
    void *ptr = below(5) == 0 ? NULL : (void *)(uintptr_t)v;

    /* Pass the arguments with the types the format asks for. */
#define DISPATCH(arg)                                                          \
    do {                                                                       \
        if (star_width && star_prec) compare(size, fmt, w, p, arg);            \
        else if (star_width) compare(size, fmt, w, arg);                       \
        else if (star_prec) compare(size, fmt, p, arg);                        \
        else compare(size, fmt, arg);                                          \
    } while (0)
    switch (conv) {
    case 'c': DISPATCH((int)(unsigned char)(v | 0x20)); return;
    case 's': DISPATCH(str); return;
    case 'p': DISPATCH(ptr); return;
    case '%': compare(size, fmt); return;
    default: break;
    }
    bool is_signed = conv == 'd' || conv == 'i';
    if (!strcmp(len, "") || !strcmp(len, "hh") || !strcmp(len, "h")) {
        if (is_signed) DISPATCH((int)v); else DISPATCH((unsigned)v);
    } else if (!strcmp(len, "l")) {
        if (is_signed) DISPATCH((long)v); else DISPATCH((unsigned long)v);
    } else if (!strcmp(len, "ll")) {
        if (is_signed) DISPATCH((long long)v); else DISPATCH((unsigned long long)v);
    } else if (!strcmp(len, "j")) {
        if (is_signed) DISPATCH((intmax_t)v); else DISPATCH((uintmax_t)v);
    } else if (!strcmp(len, "z")) {
        if (is_signed) DISPATCH((ptrdiff_t)v); else DISPATCH((size_t)v);
    } else {
        if (is_signed) DISPATCH((ptrdiff_t)v); else DISPATCH((size_t)v);
    }
#undef DISPATCH
}

START_TEST(random_integer_formats_match_glibc)
{
    long n = kl_test_iterations(200000, 50);
    for (long i = 0; i < n; i++)
        one_case();
    ck_assert_int_eq(compared, n);
}
END_TEST

START_TEST(literal_text_and_several_conversions)
{
    compare(512, "x=%d, y=%5.3u, s=%-6s|%c%%%#x", -3, 7u, "ab", 'z', 0xbeefu);
    compare(10, "x=%d, y=%5.3u, s=%-6s|%c%%%#x", -3, 7u, "ab", 'z', 0xbeefu);
    compare(512, "no conversions at all");
    compare(1, "%s", "abc");
    compare(0, "%s", "abc");
}
END_TEST

static Suite *fmt_oracle_suite(void)
{
    Suite *s = suite_create("fmt_oracle");
    TCase *tc = tcase_create("glibc");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, random_integer_formats_match_glibc);
    tcase_add_test(tc, literal_text_and_several_conversions);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(fmt_oracle_suite)
