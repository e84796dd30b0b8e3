/* tests/hosted/case_gen -- the C half of tests/hosted/case_oracle.sh.
 *
 *   case_gen points              one line per code point keel has
 *                                assigned (General_Category not Cn;
 *                                surrogates left out): "<cp hex>
 *                                x<upper hex> x<lower hex>", the UTF-8 of
 *                                kl_string_to_upper and _to_lower of the
 *                                character alone
 *   case_gen context COUNT SEED  "x<input hex> x<upper hex> x<lower hex>"
 *                                for random short strings rich in sigmas,
 *                                cased and case-ignorable characters (the
 *                                Final_Sigma context)
 *
 * Python decides whether keel was right (case_oracle.sh). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/string.h>
#include <keel/unicode.h>

static uint64_t rng;

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

static void put_hex(const char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    putchar('x');
    for (size_t i = 0; i < n; i++) {
        putchar(hex[(unsigned char)p[i] >> 4]);
        putchar(hex[(unsigned char)p[i] & 15]);
    }
}

/* convert: print " x<upper> x<lower>" of src. */
static void convert(kl_str src)
{
    kl_string up, low;
    if (kl_string_to_upper(&up, NULL, src) != KL_OK ||
        kl_string_to_lower(&low, NULL, src) != KL_OK) {
        fprintf(stderr, "case_gen: conversion failed\n");
        exit(1);
    }
    putchar(' ');
    put_hex(up.ptr, up.len);
    putchar(' ');
    put_hex(low.ptr, low.len);
    putchar('\n');
    kl_string_free(&up);
    kl_string_free(&low);
}

static bool assigned(uint32_t c)
{
    return kl_unicode_general_category(c) != KL_UNICODE_CN &&
           kl_unicode_general_category(c) != KL_UNICODE_CS;
}

/* A character for a Final_Sigma context: a sigma, a cased letter, a
 * case-ignorable character (some of them cased too), a space or digit,
 * or any assigned character. */
static uint32_t context_char(void)
{
    static const uint32_t pool[] = {
        0x3A3, 0x3A3, 0x3A3, 0x3C3, 0x3C2, 'A', 'a', 0x391, 0x3B1, 0x1C5, 0xDF, 0x130,
        0x10400, '\'', '.', ':', 0x301, 0x345, 0xAD, 0x2BC, 0x2B0, 0x2019, 0x200D,
        0x1F3FB, 0xE0001, ' ', '1', '-', 0x5D0, 0x3042,
    };
    if (below(8) != 0)
        return pool[below(sizeof pool / sizeof pool[0])];
    for (;;) {
        uint32_t c = below(3) ? below(0x3000) : below(0x110000);
        if (assigned(c))
            return c;
    }
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "points") == 0) {
        for (uint32_t c = 0; c <= KL_UNICODE_MAX; c++) {
            if (!assigned(c))
                continue;
            char buf[4];
            size_t n = kl_utf8_encode(c, buf);
            printf("%lx", (unsigned long)c);
            convert(kl_str_from(buf, n));
        }
        return 0;
    }
    if (argc != 4 || strcmp(argv[1], "context") != 0) {
        fprintf(stderr, "usage: case_gen points | case_gen context COUNT SEED\n");
        return 2;
    }
    long count = strtol(argv[2], NULL, 10);
    rng = strtoull(argv[3], NULL, 10);
    for (long i = 0; i < count; i++) {
        char buf[64];
        size_t n = 0;
        unsigned len = 1 + below(10);
        for (unsigned k = 0; k < len; k++)
            n += kl_utf8_encode(context_char(), buf + n);
        put_hex(buf, n);
        convert(kl_str_from(buf, n));
    }
    return 0;
}
