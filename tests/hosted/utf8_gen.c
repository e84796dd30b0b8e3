/* tests/hosted/utf8_gen -- the C half of tests/hosted/utf8_oracle.sh.
 *
 *   utf8_gen check COUNT SEED   one line per case: "x<input hex> <r> <v>",
 *                               r = 0 if kl_utf8_check accepted the
 *                               input (1 if KL_EILSEQ), v = valid_up_to
 *   utf8_gen lossy COUNT SEED   "x<input hex> x<kl_utf8_lossy hex>"
 *
 * Inputs are random, mutated and truncated byte strings; Python decides
 * whether keel was right (utf8_oracle.sh).  kl_utf8_valid is checked
 * against kl_utf8_check here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/str.h>

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

/* A byte biased to the values where UTF-8's rules change. */
static unsigned char edge_byte(void)
{
    static const unsigned char edges[] = {
        0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8,
        0xFE, 0xFF,
    };
    switch (below(3)) {
    case 0: return edges[below(sizeof edges)];
    case 1: return (unsigned char)(0x80 + below(64));
    default: return (unsigned char)below(256);
    }
}

/* Well-formed text of about `want` bytes: characters of every length,
 * boundary values among them. */
static size_t valid_text(unsigned char *p, size_t want)
{
    static const uint32_t edges[] = {
        0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF,
    };
    size_t n = 0;
    unsigned ascii_bias = below(4);
    while (n < want) {
        uint32_t c;
        unsigned k = below(8);
        if (k < ascii_bias * 2)
            c = 0x20 + below(0x5F);
        else if (k == 0)
            c = edges[below(sizeof edges / sizeof edges[0])];
        else if (k <= 2)
            c = 0x80 + below(0x780);
        else if (k <= 5)
            c = 0x800 + below(0xF800);
        else
            c = 0x10000 + below(0x100000);
        if (c >= 0xD800 && c <= 0xDFFF)
            c -= 0x800;
        n += kl_utf8_encode(c, (char *)p + n);
    }
    return n;
}

enum { MAX = 600 };

static size_t make_case(unsigned char *p)
{
    size_t n;
    switch (below(10)) {
    case 0: case 1: /* random bytes */
        n = below(20);
        for (size_t i = 0; i < n; i++)
            p[i] = edge_byte();
        return n;
    case 2: case 3: case 4: /* mutated text */
        n = valid_text(p, below(64));
        for (unsigned m = 1 + below(3); m > 0 && n > 0; m--)
            p[below((unsigned)n)] = edge_byte();
        return n;
    case 5: case 6: case 7: /* truncated text */
        n = valid_text(p, below(64));
        return n == 0 ? 0 : n - below((unsigned)n < 5 ? (unsigned)n : 5);
    case 8: /* long text with one fault, or none */
        n = valid_text(p, below(MAX - 4));
        if (n > 0 && below(4) != 0)
            p[below((unsigned)n)] = edge_byte();
        return n;
    default: /* text */
        return valid_text(p, below(40));
    }
}

static void put_hex(const unsigned char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    putchar('x');
    for (size_t i = 0; i < n; i++) {
        putchar(hex[p[i] >> 4]);
        putchar(hex[p[i] & 15]);
    }
}

int main(int argc, char **argv)
{
    if (argc != 4 || (strcmp(argv[1], "check") != 0 && strcmp(argv[1], "lossy") != 0)) {
        fprintf(stderr, "usage: utf8_gen check|lossy COUNT SEED\n");
        return 2;
    }
    bool lossy = strcmp(argv[1], "lossy") == 0;
    long count = atol(argv[2]);
    rng = strtoull(argv[3], NULL, 0);
    static unsigned char in[MAX + 8];
    static char out[3 * (MAX + 8)];
    for (long k = 0; k < count; k++) {
        size_t n = make_case(in);
        put_hex(in, n);
        if (lossy) {
            size_t on = kl_utf8_lossy(in, n, out, sizeof out);
            putchar(' ');
            put_hex((const unsigned char *)out, on);
            putchar('\n');
        } else {
            size_t v = 0;
            kl_err err = kl_utf8_check(in, n, &v);
            if (kl_utf8_valid(in, n) != (err == KL_OK)) {
                fprintf(stderr, "utf8_gen: kl_utf8_valid disagrees with kl_utf8_check\n");
                return 1;
            }
            printf(" %d %zu\n", err == KL_OK ? 0 : 1, v);
        }
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
