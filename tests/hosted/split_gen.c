/* tests/hosted/split_gen -- the C half of tests/hosted/split_oracle.sh.
 *
 *   split_gen COUNT SEED
 *
 * writes one line per case: a string s and a separator sep (well-formed
 * UTF-8 over a small alphabet with multi-byte characters, "\r" and "\n"),
 * then what keel makes of them, every piece as x<hex>:
 *   x<s> x<sep> S pieces... R pieces... O before after | O -
 *   Q before after | Q - L lines... [B pieces... C pieces...]
 * S: kl_str_split, R: kl_str_rsplit, O: kl_str_split_once,
 * Q: kl_str_rsplit_once, L: kl_str_lines, and when sep is one ASCII byte
 * B, C: kl_str_split_byte, kl_str_rsplit_byte.  tests/hosted/split_oracle.rs
 * writes the same line from Rust's std and compares. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/str.h>

static uint64_t rng;

static uint64_t next(void)
{
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static unsigned below(unsigned n)
{
    return (unsigned)(next() % n);
}

static const char *const alphabet[] = {
    "a", "a", "b", ",", ",", "\r", "\n", "\n", " ", "\xc3\xa9", "\xe2\x82\xac",
    "\xf0\x9f\x98\x80",
};

/* Up to max characters of the alphabet, or of its first `letters`. */
static size_t random_text(char *p, unsigned max, unsigned letters)
{
    size_t n = 0;
    for (unsigned k = below(max + 1); k > 0; k--) {
        const char *c = alphabet[below(letters)];
        size_t len = strlen(c);
        memcpy(p + n, c, len);
        n += len;
    }
    return n;
}

/* True at the start of a line: no space before the field. */
static bool line_start = true;

/* " x<hex>" (without the space at the start of a line). */
static void put_hex(const char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (!line_start)
        putchar(' ');
    line_start = false;
    putchar('x');
    for (size_t i = 0; i < n; i++) {
        putchar(hex[(unsigned char)p[i] >> 4]);
        putchar(hex[(unsigned char)p[i] & 15]);
    }
}

static void put_pieces(const char *tag, kl_str_split it)
{
    kl_str piece;
    printf(" %s", tag);
    while (kl_str_split_next(&it, &piece))
        put_hex(piece.ptr, piece.len);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: split_gen COUNT SEED\n");
        return 2;
    }
    long count = atol(argv[1]);
    rng = strtoull(argv[2], NULL, 0);
    unsigned nalpha = sizeof alphabet / sizeof alphabet[0];
    for (long k = 0; k < count; k++) {
        char sbuf[128], sepbuf[128];
        unsigned letters = 2 + below(nalpha - 1);
        size_t n = random_text(sbuf, below(4) == 0 ? 30 : 10, letters), m;
        switch (below(10)) {
        case 0: m = 0; break;
        case 1: case 2: case 3: case 4: m = random_text(sepbuf, 1, letters); break;
        case 5: case 6: case 7: case 8: m = random_text(sepbuf, 3, letters); break;
        default: {
            /* a piece of s, so that it occurs */
            size_t a = n == 0 ? 0 : below((unsigned)n), b = a + below((unsigned)(n - a) + 1);
            while (a > 0 && ((unsigned char)sbuf[a] & 0xC0) == 0x80)
                a--;
            while (b < n && ((unsigned char)sbuf[b] & 0xC0) == 0x80)
                b++;
            m = b - a;
            memcpy(sepbuf, sbuf + a, m);
        }
        }
        kl_str s = kl_str_from(sbuf, n), sep = kl_str_from(sepbuf, m), a, b;
        put_hex(sbuf, n);
        put_hex(sepbuf, m);
        put_pieces("S", kl_str_split_init(s, sep));
        put_pieces("R", kl_str_rsplit_init(s, sep));
        printf(" O");
        if (kl_str_split_once(s, sep, &a, &b)) {
            put_hex(a.ptr, a.len);
            put_hex(b.ptr, b.len);
        } else {
            printf(" -");
        }
        printf(" Q");
        if (kl_str_rsplit_once(s, sep, &a, &b)) {
            put_hex(a.ptr, a.len);
            put_hex(b.ptr, b.len);
        } else {
            printf(" -");
        }
        printf(" L");
        kl_str_lines lines = kl_str_lines_init(s);
        kl_str line;
        while (kl_str_lines_next(&lines, &line))
            put_hex(line.ptr, line.len);
        if (m == 1 && (unsigned char)sepbuf[0] < 0x80) {
            put_pieces("B", kl_str_split_byte_init(s, sepbuf[0]));
            put_pieces("C", kl_str_rsplit_byte_init(s, sepbuf[0]));
        }
        putchar('\n');
        line_start = true;
    }
    return fflush(stdout) == 0 ? 0 : 1;
}
