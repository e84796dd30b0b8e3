/* src/internal/utf8.h -- UTF-8 decoding and encoding of one character,
 * shared by the UTF-8, UTF-16, chars and trim code.  Private: never
 * installed.  Layer: bare. */
#ifndef KEEL_INTERNAL_UTF8_H
#define KEEL_INTERNAL_UTF8_H

#include <keel/base.h>

/* kl__utf8_decode_one: decode the character at the start of the n > 0
 * bytes at p.  Returns its length (1-4) and stores it in *c; or, if the
 * bytes do not start with a well-formed sequence, returns minus the
 * length of the maximal subpart there (-1..-3) and leaves *c alone.
 *
 * The well-formed sequences are those of Unicode's Table 3-7:
 *   00..7F
 *   C2..DF 80..BF
 *   E0     A0..BF 80..BF
 *   E1..EC 80..BF 80..BF
 *   ED     80..9F 80..BF
 *   EE..EF 80..BF 80..BF
 *   F0     90..BF 80..BF 80..BF
 *   F1..F3 80..BF 80..BF 80..BF
 *   F4     80..8F 80..BF 80..BF
 * A maximal subpart is the longest prefix of one of them found at p, or
 * the one byte at p if it starts none (80..C1, F5..FF). */
KL_INLINE int kl__utf8_decode_one(const unsigned char *p, size_t n, uint32_t *c)
{
    unsigned b0 = p[0];
    if (b0 < 0x80) {
        *c = b0;
        return 1;
    }
    /* need: continuation bytes after the lead; lo..hi: the range of the
     * second byte (the others are always 80..BF). */
    unsigned need, lo = 0x80, hi = 0xBF;
    uint32_t v;
    if (b0 < 0xC2)
        return -1;
    if (b0 < 0xE0) {
        need = 1;
        v = b0 & 0x1F;
    } else if (b0 < 0xF0) {
        need = 2;
        v = b0 & 0x0F;
        if (b0 == 0xE0)
            lo = 0xA0;
        else if (b0 == 0xED)
            hi = 0x9F;
    } else if (b0 < 0xF5) {
        need = 3;
        v = b0 & 0x07;
        if (b0 == 0xF0)
            lo = 0x90;
        else if (b0 == 0xF4)
            hi = 0x8F;
    } else {
        return -1;
    }
    if (n < 2 || p[1] < lo || p[1] > hi)
        return -1;
    v = (v << 6) | (p[1] & 0x3Fu);
    for (unsigned i = 2; i <= need; i++) {
        if (n <= i || (p[i] & 0xC0u) != 0x80u)
            return -(int)i;
        v = (v << 6) | (p[i] & 0x3Fu);
    }
    *c = v;
    return (int)need + 1;
}

/* kl__utf8_put: write scalar value c (not checked) as UTF-8 to buf;
 * return the length. */
KL_INLINE size_t kl__utf8_put(uint32_t c, char *buf)
{
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

#endif /* KEEL_INTERNAL_UTF8_H */
