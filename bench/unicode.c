/* bench/unicode.c -- keel/unicode.h lookups against glibc's wide-character
 * classification in the C.UTF-8 locale: kl_unicode_to_upper vs
 * towupper, kl_unicode_to_lower vs towlower, kl_unicode_is_alphabetic vs
 * iswalpha, kl_unicode_is_white_space vs iswspace,
 * kl_unicode_general_category vs iswpunct (one table lookup each), over
 * the same code points: ASCII text, a Latin/Greek/Cyrillic mix, CJK, and
 * random code points of the whole range.
 *
 * glibc 2.36's C.UTF-8 tables are Unicode 14.0.0 (keel's are 15.0.0) and
 * glibc's classes are POSIX's, not the UCD properties (iswalpha counts
 * digits of other scripts, iswspace leaves out the no-break spaces): the
 * work is alike, the answers differ in places, so only the times are
 * compared. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <wctype.h>

#include <keel/unicode.h>
#include "harness.h"

enum { N = 4096 };

typedef struct input {
    uint32_t c[N];
} input;

#define BENCH_PAIR(name, keel_expr, glibc_expr)                                \
    static uint64_t keel_##name(void *ctx, size_t iters)                       \
    {                                                                          \
        const input *in = ctx;                                                 \
        uint64_t total = 0;                                                    \
        for (size_t i = 0; i < iters; i++) {                                   \
            uint32_t c = in->c[i % N];                                         \
            total += (uint64_t)(keel_expr);                                    \
        }                                                                      \
        return total;                                                          \
    }                                                                          \
    static uint64_t glibc_##name(void *ctx, size_t iters)                      \
    {                                                                          \
        const input *in = ctx;                                                 \
        uint64_t total = 0;                                                    \
        for (size_t i = 0; i < iters; i++) {                                   \
            uint32_t c = in->c[i % N];                                         \
            total += (uint64_t)(glibc_expr);                                   \
        }                                                                      \
        return total;                                                          \
    }

BENCH_PAIR(upper, kl_unicode_to_upper(c), towupper((wint_t)c))
BENCH_PAIR(lower, kl_unicode_to_lower(c), towlower((wint_t)c))
BENCH_PAIR(alpha, kl_unicode_is_alphabetic(c), iswalpha((wint_t)c) != 0)
BENCH_PAIR(space, kl_unicode_is_white_space(c), iswspace((wint_t)c) != 0)
BENCH_PAIR(category, kl_unicode_general_category(c), iswpunct((wint_t)c) != 0)

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint32_t next(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (uint32_t)(rng >> 32);
}

/* Fill with code points drawn from the given ranges (inclusive pairs). */
static void fill(input *in, const uint32_t *ranges, size_t nranges)
{
    for (size_t i = 0; i < N; i++) {
        size_t r = next() % nranges;
        uint32_t lo = ranges[2 * r], hi = ranges[2 * r + 1];
        in->c[i] = lo + next() % (hi - lo + 1);
    }
}

int main(void)
{
    if (!setlocale(LC_ALL, "C.UTF-8")) {
        fprintf(stderr, "unicode: no C.UTF-8 locale\n");
        return 1;
    }
    static input in;
    static const uint32_t ascii[] = { 0x20, 0x7E };
    static const uint32_t european[] = { 0x41, 0x7A, 0xC0, 0x24F, 0x391, 0x3C9, 0x410, 0x44F };
    static const uint32_t cjk[] = { 0x3000, 0x303F, 0x4E00, 0x9FFF, 0xFF01, 0xFF5E };
    static const uint32_t any[] = { 0, 0x10FFFF };
    static const struct {
        const uint32_t *ranges;
        size_t n;
        const char *name;
    } mixes[] = {
        { ascii, 1, "ASCII" },
        { european, 4, "Latin/Greek/Cyrillic" },
        { cjk, 3, "CJK" },
        { any, 1, "random 0..10FFFF" },
    };
    static const struct {
        const char *what, *anchor;
        kl_bench_fn keel, glibc;
    } fns[] = {
        { "to_upper", "glibc towupper", keel_upper, glibc_upper },
        { "to_lower", "glibc towlower", keel_lower, glibc_lower },
        { "is_alphabetic", "glibc iswalpha", keel_alpha, glibc_alpha },
        { "is_white_space", "glibc iswspace", keel_space, glibc_space },
        { "general_category", "glibc iswpunct", keel_category, glibc_category },
    };
    printf("keel: Unicode %s; glibc C.UTF-8: Unicode 14.0.0 (glibc 2.36)\n",
           kl_unicode_version());
    kl_bench_header();
    for (size_t m = 0; m < sizeof mixes / sizeof mixes[0]; m++) {
        fill(&in, mixes[m].ranges, mixes[m].n);
        for (size_t f = 0; f < sizeof fns / sizeof fns[0]; f++) {
            char name[96];
            snprintf(name, sizeof name, "%s, %s", fns[f].what, mixes[m].name);
            kl_bench_case c = { name, fns[f].anchor, fns[f].keel, fns[f].glibc,
                                &in, 400000, 11 };
            kl_bench_run(&c);
        }
    }
    return 0;
}
