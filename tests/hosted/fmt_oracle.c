/* kl_snprintf against glibc's snprintf over generated (format, value)
 * pairs: every integer, character, string, pointer and floating-point
 * conversion, with random flags, widths, precisions (literal and *),
 * length modifiers and buffer sizes.  glibc is the oracle; nobody here
 * wrote it.
 *
 * kl_snprintf_int has an engine of its own (fmt_snprintf_int.c, small
 * for Cortex-M): every integer case checks it against glibc and against
 * kl_vsnprintf (output, length, and the bytes past the output untouched),
 * some at every buffer size from 0 to past the end; and formats C does
 * not define, or keel refuses, check it against kl_vsnprintf alone. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
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
static long int_compared; /* kl_vsnprintf_int calls checked */

/* Set while the formats have no float conversion: compare then checks the
 * integer-only twin, kl_vsnprintf_int, against glibc too. */
static bool also_int;

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void compare(size_t size, const char *fmt, ...)
{
    static char want[4096], got[4096];
    va_list ap, ap2, ap3, ap0;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    va_copy(ap3, ap);
    va_copy(ap0, ap);
    int wn = vsnprintf(want, size, fmt, ap);
    memset(got, 0x5a, sizeof got);
    size_t gn = kl_vsnprintf(got, size, fmt, ap2);
    va_end(ap2);
    if (also_int) {
        static char got_int[4096];
        memset(got_int, 0x5a, sizeof got_int);
        size_t in = kl_vsnprintf_int(got_int, size, fmt, ap3);
        if (in != gn || memcmp(got_int, got, sizeof got) != 0)
            ck_abort_msg("format \"%s\" size %zu: kl_vsnprintf_int differs from kl_vsnprintf",
                         fmt, size);
        int_compared++;
        /* One case in eight: every buffer size up to one past the whole
         * output against glibc's whole output, cut. */
        if (wn >= 0 && wn < 512 && below(8) == 0) {
            static char all[512];
            va_list ap4;
            va_copy(ap4, ap0);
            vsnprintf(all, sizeof all, fmt, ap4);
            va_end(ap4);
            for (size_t cut = 0; cut <= (size_t)wn + 1; cut++) {
                memset(got_int, 0x5a, cut + 1);
                va_copy(ap4, ap0);
                in = kl_vsnprintf_int(got_int, cut, fmt, ap4);
                va_end(ap4);
                size_t kept = cut == 0 ? 0 : cut - 1 < (size_t)wn ? cut - 1 : (size_t)wn;
                if (in != (size_t)wn || memcmp(got_int, all, kept) != 0 ||
                    (cut > 0 && got_int[kept] != '\0') ||
                    (unsigned char)got_int[cut == 0 ? 0 : kept + 1] != 0x5a)
                    ck_abort_msg("format \"%s\" size %zu: kl_vsnprintf_int differs from glibc",
                                 fmt, cut);
                int_compared++;
            }
        }
    }
    va_end(ap3);
    va_end(ap0);
    va_end(ap);
    /* Check's passing assertions cost a write each: test first, assert
     * only to report a failure. */
    if (wn < 0)
        ck_abort_msg("glibc refused %s", fmt);
    if (gn != (size_t)wn)
        ck_abort_msg("format \"%s\" size %zu: length %zu, glibc %d", fmt, size, gn, wn);
    if (size > 0 && strcmp(got, want) != 0)
        ck_abort_msg("format \"%s\" size %zu: \"%s\", glibc \"%s\"", fmt, size, got, want);
    if (size < sizeof got && (unsigned char)got[size] != 0x5a)
        ck_abort_msg("format \"%s\" wrote past size %zu", fmt, size);
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

/* Doubles that matter to printf: random bits, ordinary magnitudes,
 * subnormals, powers of two and ten and their neighbours, exact ties for
 * %.Nf and %.Ne rounding, values that round up to the next power of ten,
 * inf, nan, zeros. */
static double random_double(void)
{
    static const double specials[] = {
        0.0, -0.0, INFINITY, -INFINITY, NAN, -NAN, 1.0, -1.0, 0.5, 0.125, 2.5, 0.375,
        1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-324,
        2.2250738585072009e-308, 0.1, 0.05, 9.5, 99.5, 999999.5, 0.000099999995,
    };
    uint64_t bits;
    double v;
    char text[40];
    switch (below(12)) {
    case 0:
    case 1:
        bits = next();
        break;
    case 2: /* an ordinary magnitude: 2^-70 .. 2^70 */
        bits = (next() & 0x800fffffffffffffu) | (uint64_t)(1023 - 70 + below(141)) << 52;
        break;
    case 3: /* subnormal, often with few bits */
        bits = next() >> (12 + below(52));
        break;
    case 4: /* a power of two, maybe a neighbour */
        bits = ((uint64_t)below(2047) << 52) + (uint64_t)(below(3)) - 1;
        break;
    case 5: /* a power of ten or a neighbour */
        snprintf(text, sizeof text, "1e%d", (int)below(640) - 323);
        v = strtod(text, NULL);
        memcpy(&bits, &v, sizeof bits);
        bits += (uint64_t)below(3) - 1;
        break;
    case 6: /* a dyadic fraction: ties for %.Nf */
        return (double)(next() % 2000001) / (double)((uint64_t)1 << below(16));
    case 7: /* an integer: ties for %.Ne */
        return (double)(next() >> below(64)) * (below(2) ? 1 : -1);
    case 8: /* just below a power of ten, to round up to it */
        snprintf(text, sizeof text, "%.*s5e%d", (int)below(17) + 1, "99999999999999999",
                 (int)below(60) - 30);
        return strtod(text, NULL);
    case 9:
        return specials[below(KL_ARRAY_LEN(specials))];
    default: /* uniform in [0, 1000) */
        return (double)(next() >> 11) * 0x1p-53 * 1000;
    }
    memcpy(&v, &bits, sizeof v);
    return v;
}

/* One random floating-point conversion, compared at a random size. */
static void one_float_case(void)
{
    char conv = "fFeEgGaA"[below(8)];
    char fmt[64];
    size_t n = 0;
    fmt[n++] = '[';
    fmt[n++] = '%';
    unsigned nflags = below(5);
    for (unsigned i = 0; i < nflags; i++)
        fmt[n++] = "-+ #0"[below(5)];
    bool star_width = false, star_prec = false;
    switch (below(3)) {
    case 0: break;
    case 1: n += (size_t)sprintf(fmt + n, "%u", below(40)); break;
    default: fmt[n++] = '*'; star_width = true; break;
    }
    int p = (int)below(61);
    unsigned r = below(100);
    if (r == 0)
        p = 300;
    else if (r == 1)
        p = 1100;
    else if (r < 5)
        p = (int)below(800);
    if (below(4) != 0) {
        fmt[n++] = '.';
        switch (below(4)) {
        case 0: if (below(4) == 0) break; /* fall through */
        case 1: case 2: n += (size_t)sprintf(fmt + n, "%d", p); break;
        default: fmt[n++] = '*'; star_prec = true; break;
        }
    }
    if (below(10) == 0)
        fmt[n++] = 'l';
    n += (size_t)sprintf(fmt + n, "%c]", conv);
    fmt[n] = '\0';
    if (star_prec && below(8) == 0)
        p = -1 - (int)below(5); /* a negative * precision: none */
    int w = (int)below(61) - 30;
    size_t size = below(4) == 0 ? below(40) : 4096;
    double v = random_double();
    if (star_width && star_prec) compare(size, fmt, w, p, v);
    else if (star_width) compare(size, fmt, w, v);
    else if (star_prec) compare(size, fmt, p, v);
    else compare(size, fmt, v);
}

START_TEST(random_float_formats_match_glibc)
{
    long n = kl_test_iterations(100000, 50);
    long before = compared;
    for (long i = 0; i < n; i++)
        one_float_case();
    ck_assert_int_eq(compared - before, n);
}
END_TEST

/* Every double through a few fixed formats, random bits only. */
START_TEST(random_bits_fixed_formats_match_glibc)
{
    static const char *formats[] = { "%.17g", "%e", "%f", "%a", "%.0f", "%.0e", "%g", "%.3a" };
    long n = kl_test_iterations(20000, 50);
    for (long i = 0; i < n; i++) {
        uint64_t bits = next();
        double v;
        memcpy(&v, &bits, sizeof v);
        for (size_t j = 0; j < KL_ARRAY_LEN(formats); j++)
            compare(4096, formats[j], v);
    }
}
END_TEST

START_TEST(random_integer_formats_match_glibc)
{
    long n = kl_test_iterations(200000, 50);
    also_int = true;
    for (long i = 0; i < n; i++)
        one_case();
    also_int = false;
    ck_assert_int_eq(compared, n);
}
END_TEST

/* A writer that works as snprintf's buffer: keeps the first cap bytes,
 * counts them all, never fails. */
typedef struct cut_writer {
    char *buf;
    size_t cap, len;
} cut_writer;

static kl_err cut_write(void *ctx, const void *data, size_t len, size_t *written)
{
    cut_writer *c = ctx;
    if (c->len < c->cap)
        memcpy(c->buf + c->len, data, len < c->cap - c->len ? len : c->cap - c->len);
    c->len += len;
    *written = len;
    return KL_OK;
}
static const kl_writer_vtable cut_vtable = { cut_write, NULL };

/* kl_vsnprintf_int against the shared engine without floats (kl_vfmt_int
 * to a writer that cuts as snprintf does) on one format and the same
 * arguments: the same return, the same bytes in the whole buffer. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void compare_twins(size_t size, const char *fmt, ...)
{
    static char full[4096], small[4096];
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    memset(full, 0x5a, sizeof full);
    memset(small, 0x5a, sizeof small);
    cut_writer cw = { full, size > 0 ? size - 1 : 0, 0 };
    kl_writer w = { &cut_vtable, &cw };
    kl_err err = kl_vfmt_int(&w, fmt, ap);
    if (size > 0)
        full[cw.len < cw.cap ? cw.len : cw.cap] = '\0';
    size_t fn = err == KL_OK ? cw.len : (size_t)-1;
    size_t sn = kl_vsnprintf_int(small, size, fmt, ap2);
    va_end(ap2);
    va_end(ap);
    if (sn != fn || memcmp(small, full, sizeof full) != 0)
        ck_abort_msg("format \"%s\" size %zu: kl_vsnprintf_int %zu \"%.*s\", "
                     "kl_vsnprintf %zu \"%.*s\"", fmt, size, sn, (int)(size ? size - 1 : 0),
                     small, fn, (int)(size ? size - 1 : 0), full);
    int_compared++;
}
#pragma GCC diagnostic pop

/* Formats C does not define or keel refuses, as much as ones it does:
 * random strings of the characters a conversion is made of (flags,
 * digits -- also widths and precisions past INT_MAX --, '.', '*', length
 * letters, conversion letters, floats' among them, and letters that are
 * none), each after some text.  Not %s (its argument would have to be a
 * string) and not %n (it panics).  The arguments are small long longs
 * (as '*' widths they keep the output short), read as whatever the
 * format says: the two engines read them alike. */
START_TEST(random_junk_formats_int_matches_full)
{
    static const char *pieces[] = {
        "-", "+", " ", "#", "0", "1", "7", "12", "9", ".", ".", "*", "*", "h", "hh", "l",
        "ll", "j", "z", "t", "L", "q", "d", "i", "o", "u", "x", "X", "p", "c", "%", "f",
        "g", "a", "E", "ls", "lc", "hs", "2147483640", "99999999999", "%", "%", "%",
    };
    long n = kl_test_iterations(100000, 50);
    long before = int_compared;
    for (long i = 0; i < n; i++) {
        char fmt[96];
        size_t len = 0;
        unsigned convs = 1 + below(3);
        for (unsigned c = 0; c < convs; c++) {
            len += (size_t)sprintf(fmt + len, "%.*s%%", (int)below(4), "ab c");
            if (below(4) == 0) {
                /* Random pieces. */
                unsigned k = below(5);
                for (unsigned j = 0; j < k; j++)
                    len += (size_t)sprintf(fmt + len, "%s", pieces[below(KL_ARRAY_LEN(pieces))]);
                continue;
            }
            /* A spec in C's order, any flag with any conversion. */
            for (unsigned j = below(4); j > 0; j--)
                fmt[len++] = "-+ #0"[below(5)];
            static const char *counts[] = { "", "", "5", "12", "*", "0" };
            len += (size_t)sprintf(fmt + len, "%s", counts[below(KL_ARRAY_LEN(counts))]);
            if (below(2) == 0)
                len += (size_t)sprintf(fmt + len, ".%s", counts[below(KL_ARRAY_LEN(counts))]);
            static const char *lengths[] = { "", "", "", "hh", "h", "l", "ll", "j", "z", "t", "L" };
            len += (size_t)sprintf(fmt + len, "%s", lengths[below(KL_ARRAY_LEN(lengths))]);
            fmt[len++] = "diouxXpc%diouxXpc%fgaq"[below(22)];
        }
        fmt[len] = '\0';
        long long a[8];
        for (size_t j = 0; j < KL_ARRAY_LEN(a); j++)
            a[j] = (long long)below(61) - 30;
        size_t size = below(3) == 0 ? below(24) : 4096;
        compare_twins(size, fmt, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }
    ck_assert_int_eq(int_compared - before, n);
}
END_TEST

/* The integer engine's corners, against glibc where C defines them and
 * against kl_vsnprintf where it does not. */
START_TEST(int_engine_edges)
{
    also_int = true;
    compare(512, "%d|%i|%u|%o|%x|%X|%c|%s|%p|%%", -1, 2, 3u, 8u, 255u, 255u, 'q', "s",
            (void *)(uintptr_t)0xbeef);
    compare(512, "%#o|%#.0o|%#.3o|%#5o|%#-5o|%#05o|%#x|%#X|%#08x|%#.0x", 0u, 0u, 8u, 8u, 8u, 8u,
            0u, 0xabu, 0xabu, 0u);
    compare(512, "%+d|% d|%+ d|% +d|%+u|% x|%+.0d|% .0d|%+05d|% 05d", 0, 0, 1, 1, 1u, 1u, 0, 0,
            -3, 3);
    compare(512, "%.0d|%5.0d|%-5.0d|%05.0d|%.0x|%#.0x|%.0o", 0, 0, 0, 0, 0u, 0u, 0u);
    compare(512, "%-010d|%0-10d|%*d|%-*d|%.*d|%*.*d", 5, 5, -6, 7, -6, 7, -1, 8, -4, -2, 9);
    compare(512, "%hhd|%hhu|%hd|%hu|%lld|%llu|%jd|%zu|%td", 0x1ff, 0x1ff, 0x1ffff, 0x1ffff,
            (long long)INT64_MIN, (unsigned long long)UINT64_MAX, (intmax_t)INT64_MIN,
            (size_t)SIZE_MAX, (ptrdiff_t)PTRDIFF_MIN);
    compare(512, "%llo|%llx|%llX|%#llo", (unsigned long long)UINT64_MAX,
            (unsigned long long)UINT64_MAX, 0x8000000000000000ULL, 1ULL << 63);
    compare(512, "%5s|%-5s|%.2s|%.0s|%5.1s|%s|%.5s|%.6s|%10s", "abc", "abc", "abc", "abc", "abc",
            (char *)NULL, (char *)NULL, (char *)NULL, (char *)NULL);
    compare(512, "%c|%5c|%-5c|%c", 'x', 'y', 'z', 0);
    compare(512, "%p|%20p|%-20p|%.10p", (void *)NULL, (void *)NULL, (void *)(uintptr_t)1,
            (void *)(uintptr_t)0x1234);
    for (size_t size = 0; size < 40; size++)
        compare(size, "ab%dcd%-6xef%sgh%c", -12345, 0xabcu, "text", '!');
    also_int = false;
    /* Refused: the same prefix kept, (size_t)-1. */
    compare_twins(64, "ab%Ld", 1LL);
    compare_twins(64, "ab%hc|%ls", 1, (void *)0);
    compare_twins(64, "ab%5.2f", 1.0);
    compare_twins(64, "ab%q");
    compare_twins(64, "trailing %");
    compare_twins(64, "trailing %-05");
    compare_twins(64, "x%2147483640d", 1);
    compare_twins(64, "x%.2147483640d", 1);
    compare_twins(3, "%5%|%-5%|%05%|%l%|%L%|%.3%");
    ck_assert_uint_eq(kl_snprintf_int(NULL, 0, "%2147483640d", 1), (size_t)-1);
    char buf[8];
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "12345%Ld", 1LL), (size_t)-1);
    ck_assert_str_eq(buf, "12345");
    ck_assert_uint_eq(kl_snprintf_int(NULL, 0, "%.100000d", 7), 100000);
    ck_assert_uint_eq(kl_snprintf_int(NULL, 0, "%*d", -100000, 7), 100000);
}
END_TEST

START_TEST(literal_text_and_several_conversions)
{
    compare(512, "x=%d, y=%5.3u, s=%-6s|%c%%%#x", -3, 7u, "ab", 'z', 0xbeefu);
    compare(10, "x=%d, y=%5.3u, s=%-6s|%c%%%#x", -3, 7u, "ab", 'z', 0xbeefu);
    compare(512, "no conversions at all");
    compare(1, "%s", "abc");
    compare(0, "%s", "abc");
    compare(512, "%d %.3f %s %e %c %g %a|", 7, 2.5, "x", -0.0, 'q', 1e-5, 3.0);
    compare(4096, "%.1100f", 4.9406564584124654e-324);
    compare(4096, "%.1100f", 1.7976931348623157e308);
    compare(4096, "%.770e", 2.2250738585072009e-308);
    compare(4096, "%#.800g", 2.2250738585072009e-308);
    compare(3, "%f", 1.0);
}
END_TEST

static Suite *fmt_oracle_suite(void)
{
    Suite *s = suite_create("fmt_oracle");
    TCase *tc = tcase_create("glibc");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, random_integer_formats_match_glibc);
    tcase_add_test(tc, random_junk_formats_int_matches_full);
    tcase_add_test(tc, int_engine_edges);
    tcase_add_test(tc, random_float_formats_match_glibc);
    tcase_add_test(tc, random_bits_fixed_formats_match_glibc);
    tcase_add_test(tc, literal_text_and_several_conversions);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(fmt_oracle_suite)
