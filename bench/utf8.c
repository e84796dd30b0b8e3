/* bench/utf8.c -- UTF-8 validation: kl_utf8_valid against two anchors on
 * the same 64 KiB texts (ASCII, mixed Latin/Greek/Cyrillic with ASCII,
 * CJK, emoji):
 *  - a plain byte-at-a-time validator (Table 3-7 as branches, the way
 *    most C code does it), written here as the baseline;
 *  - glibc's mbrtowc in the C.UTF-8 locale, decoding the whole text (the
 *    C library's own UTF-8 decoder, which is what portable C calls);
 *  - Rust's std::str::from_utf8 (bench/anchor_rust_utf8.rs, rustc -O),
 *    when configure found rustc;
 *  - GLib's g_utf8_validate, when configure found glib-2.0.
 * Every side must accept the texts (checked before timing).  The ratio is
 * keel's time over the anchor's (below 1: keel is faster). */
#include <locale.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <keel/str.h>
#include "harness.h"

#if KL_BENCH_HAVE_GLIB
#include <glib.h>
#endif

#if KL_BENCH_HAVE_RUST
bool kl_bench_rust_from_utf8(const unsigned char *p, size_t n);
#endif

enum { SIZE = 64 * 1024 };

typedef struct text {
    unsigned char *p;
    size_t n;
} text;

static bool byte_loop_valid(const unsigned char *p, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned b = p[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            if (b == 0xE0)
                lo = 0xA0;
            if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            if (b == 0xF0)
                lo = 0x90;
            if (b == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (n - i <= need || p[i + 1] < lo || p[i + 1] > hi)
            return false;
        for (size_t k = 2; k <= need; k++)
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
        i += need + 1;
    }
    return true;
}

static bool mbrtowc_valid(const unsigned char *p, size_t n)
{
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t i = 0;
    while (i < n) {
        wchar_t wc;
        size_t r = mbrtowc(&wc, (const char *)p + i, n - i, &st);
        if (r == (size_t)-1 || r == (size_t)-2)
            return false;
        i += r == 0 ? 1 : r;
    }
    return true;
}

static uint64_t keel_run(void *ctx, size_t iters)
{
    const text *t = ctx;
    uint64_t ok = 0;
    for (size_t i = 0; i < iters; i++)
        ok += kl_utf8_valid(t->p, t->n);
    return ok;
}

static uint64_t byte_loop_run(void *ctx, size_t iters)
{
    const text *t = ctx;
    uint64_t ok = 0;
    for (size_t i = 0; i < iters; i++)
        ok += byte_loop_valid(t->p, t->n);
    return ok;
}

static uint64_t mbrtowc_run(void *ctx, size_t iters)
{
    const text *t = ctx;
    uint64_t ok = 0;
    for (size_t i = 0; i < iters; i++)
        ok += mbrtowc_valid(t->p, t->n);
    return ok;
}

#if KL_BENCH_HAVE_RUST
static uint64_t rust_run(void *ctx, size_t iters)
{
    const text *t = ctx;
    uint64_t ok = 0;
    for (size_t i = 0; i < iters; i++)
        ok += kl_bench_rust_from_utf8(t->p, t->n);
    return ok;
}
#endif

#if KL_BENCH_HAVE_GLIB
static uint64_t glib_run(void *ctx, size_t iters)
{
    const text *t = ctx;
    uint64_t ok = 0;
    for (size_t i = 0; i < iters; i++)
        ok += g_utf8_validate((const gchar *)t->p, (gssize)t->n, NULL);
    return ok;
}
#endif

static uint64_t rng = 0x2545f4914f6cdd1du;

static unsigned below(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

/* Words of letters from [lo, lo + span) (or ASCII when ascii_pct says
 * so), separated by spaces and now and then punctuation. */
static void fill(text *t, uint32_t lo, uint32_t span, unsigned ascii_pct)
{
    size_t n = 0;
    while (n + 16 < SIZE) {
        unsigned len = 1 + below(9);
        bool ascii = below(100) < ascii_pct;
        for (unsigned k = 0; k < len; k++) {
            uint32_t c = ascii ? 'a' + below(26) : lo + below(span);
            n += kl_utf8_encode(c, (char *)t->p + n);
        }
        t->p[n++] = below(12) == 0 ? '.' : ' ';
    }
    t->n = n;
}

int main(void)
{
    if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) {
        fprintf(stderr, "utf8: no C.UTF-8 locale\n");
        return 1;
    }
    static const struct {
        const char *name;
        uint32_t lo, span;
        unsigned ascii_pct;
    } kinds[] = {
        { "ASCII", 'a', 26, 100 },
        { "mixed (Latin-1, 70% ASCII words)", 0xC0, 0x40, 70 },
        { "mixed (Greek/Cyrillic, 30% ASCII)", 0x391, 0x100, 30 },
        { "CJK (3-byte)", 0x4E00, 0x5000, 0 },
        { "emoji (4-byte)", 0x1F600, 0x50, 0 },
    };
    static unsigned char buf[SIZE];
    text t = { buf, 0 };
    kl_bench_header();
#if !KL_BENCH_HAVE_RUST
    printf("(Rust anchor not built: configure found no rustc)\n");
#endif
#if !KL_BENCH_HAVE_GLIB
    printf("(GLib anchor not built: configure found no glib-2.0)\n");
#endif
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        fill(&t, kinds[k].lo, kinds[k].span, kinds[k].ascii_pct);
        if (!kl_utf8_valid(t.p, t.n) || !byte_loop_valid(t.p, t.n) ||
            !mbrtowc_valid(t.p, t.n)) {
            fprintf(stderr, "utf8: a validator refused the %s text\n", kinds[k].name);
            return 1;
        }
        char name[80];
        snprintf(name, sizeof name, "%s, 64K", kinds[k].name);
#if KL_BENCH_HAVE_RUST
        if (!kl_bench_rust_from_utf8(t.p, t.n)) {
            fprintf(stderr, "utf8: Rust refused the %s text\n", kinds[k].name);
            return 1;
        }
        kl_bench_case c0 = { name, "Rust str::from_utf8", keel_run, rust_run, &t, 20, 51 };
        kl_bench_run(&c0);
#endif
#if KL_BENCH_HAVE_GLIB
        if (!g_utf8_validate((const gchar *)t.p, (gssize)t.n, NULL)) {
            fprintf(stderr, "utf8: GLib refused the %s text\n", kinds[k].name);
            return 1;
        }
        kl_bench_case cg = { name, "GLib g_utf8_validate", keel_run, glib_run, &t, 20, 51 };
        kl_bench_run(&cg);
#endif
        kl_bench_case c1 = { name, "byte-at-a-time loop", keel_run, byte_loop_run, &t, 20, 51 };
        kl_bench_run(&c1);
        kl_bench_case c2 = { name, "glibc mbrtowc, C.UTF-8", keel_run, mbrtowc_run, &t, 2, 21 };
        kl_bench_run(&c2);
    }
    return 0;
}
