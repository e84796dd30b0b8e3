/* bench/str_find.c -- substring search: kl_str_find against glibc's
 * memmem on the same haystacks and needles: English-like text, a
 * four-letter (DNA-like) alphabet, and a run of one letter (the
 * quadratic case of naive search).  Each operation searches a 64 KiB
 * haystack in which the needle occurs only near the end (or not at all).
 * Both sides must find the same offset (checked before timing). */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/str.h>
#include "harness.h"

enum { SIZE = 64 * 1024 };

typedef struct input {
    const char *hay;
    size_t n;
    const char *needle;
    size_t m;
} input;

/* glibc declares memmem pure: without this, the compiler would call it
 * once for the whole batch. */
#define OPAQUE(p) __asm__ volatile("" : "+r"(p))

static uint64_t keel_run(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        const char *hay = in->hay;
        OPAQUE(hay);
        total += kl_str_find(kl_str_from(hay, in->n), kl_str_from(in->needle, in->m));
    }
    return total;
}

static uint64_t memmem_run(void *ctx, size_t iters)
{
    const input *in = ctx;
    uint64_t total = 0;
    for (size_t i = 0; i < iters; i++) {
        const char *hay = in->hay;
        OPAQUE(hay);
        const char *p = memmem(hay, in->n, in->needle, in->m);
        total += p == NULL ? KL_STR_NPOS : (size_t)(p - hay);
    }
    return total;
}

static uint64_t rng = 0x2545f4914f6cdd1du;

static unsigned below(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

/* English-ish: letters with English frequencies, words and spaces. */
static void english(char *p, size_t n)
{
    static const char freq[] = "eeeeeeeeeeeetttttttttaaaaaaaaooooooooiiiiiiinnnnnnnsssssshhhhhh"
                               "rrrrrrddddllllcccuuummwwffggyyppbbvkjxqz";
    for (size_t i = 0; i < n; i++)
        p[i] = below(6) == 0 ? ' ' : freq[below(sizeof freq - 1)];
}

static void run(const char *name, const char *hay, size_t n, const char *needle, size_t m)
{
    input in = { hay, n, needle, m };
    const char *p = memmem(hay, n, needle, m);
    size_t want = p == NULL ? KL_STR_NPOS : (size_t)(p - hay);
    size_t got = kl_str_find(kl_str_from(hay, n), kl_str_from(needle, m));
    if (got != want) {
        fprintf(stderr, "str_find: %s: keel %zu, memmem %zu\n", name, got, want);
        exit(1);
    }
    kl_bench_case c = { name, "glibc memmem", keel_run, memmem_run, &in, 20, 51 };
    kl_bench_run(&c);
}

int main(void)
{
    static char text[SIZE], dna[SIZE], run_a[SIZE];
    english(text, SIZE);
    for (size_t i = 0; i < SIZE; i++)
        dna[i] = "ACGT"[below(4)];
    memset(run_a, 'a', SIZE);
    /* needles planted near the end */
    memcpy(text + SIZE - 100, "zyx", 3);
    memcpy(text + SIZE - 200, "the needle in a haystack", 24);
    memcpy(text + SIZE - 300, "a longer needle of sixty-four bytes, planted near the end of it.", 64);
    memcpy(dna + SIZE - 50, "ACGTTGCAACGTTGCAACGTTGCAACGTTGCA", 32);
    memcpy(run_a + SIZE - 40, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 31);

    kl_bench_header();
    run("english, 2-byte needle \"qz\"", text, SIZE, "qz", 2);
    run("english, 3-byte needle \"zyx\"", text, SIZE, "zyx", 3);
    run("english, 4-byte needle \"the \" (absent)", text, SIZE, "the ", 4);
    run("english, 24-byte needle", text, SIZE, "the needle in a haystack", 24);
    run("english, 64-byte needle", text, SIZE,
        "a longer needle of sixty-four bytes, planted near the end of it.", 64);
    run("DNA, 8-byte needle", dna, SIZE, "ACGTTGCA", 8);
    run("DNA, 32-byte periodic needle", dna, SIZE, "ACGTTGCAACGTTGCAACGTTGCAACGTTGCA", 32);
    run("a^65536, needle a^30 b", run_a, SIZE, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 31);
    run("a^65536, needle b a^30 (absent)", run_a, SIZE - 40,
        "baaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 31);
    return 0;
}
