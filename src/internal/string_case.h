/* src/internal/string_case.h -- the walk over well-formed UTF-8 that
 * keel/string.h's case conversions share (src/alloc/string_upper.c,
 * string_lower.c), each with its own mapping so a program links only the
 * tables of the conversion it calls.  Layer: alloc. */
#ifndef KEEL_INTERNAL_STRING_CASE_H
#define KEEL_INTERNAL_STRING_CASE_H

#include <keel/require/alloc.h>
#include <keel/string.h>
#include <keel/unicode.h>

/* kl__case_next_char: decode the character at p[*i] of well-formed UTF-8 and step
 * *i over it. */
static inline uint32_t kl__case_next_char(const unsigned char *p, size_t *i)
{
    uint32_t b = p[*i];
    if (b < 0x80) {
        *i += 1;
        return b;
    }
    if (b < 0xE0) {
        uint32_t c = (b & 0x1F) << 6 | (p[*i + 1] & 0x3Fu);
        *i += 2;
        return c;
    }
    if (b < 0xF0) {
        uint32_t c = (b & 0x0F) << 12 | (p[*i + 1] & 0x3Fu) << 6 | (p[*i + 2] & 0x3Fu);
        *i += 3;
        return c;
    }
    uint32_t c = (b & 0x07) << 18 | (p[*i + 1] & 0x3Fu) << 12 | (p[*i + 2] & 0x3Fu) << 6 |
                 (p[*i + 3] & 0x3Fu);
    *i += 4;
    return c;
}

/* kl__case_prev_char: decode the character that ends at p[*i - 1] and step *i back
 * over it (*i > 0). */
static inline uint32_t kl__case_prev_char(const unsigned char *p, size_t *i)
{
    size_t j = *i - 1;
    while ((p[j] & 0xC0) == 0x80)
        j--;
    *i = j;
    return kl__case_next_char(p, &j);
}

/* kl__case_map: the mapping of the character c at bytes [at, after) of
 * the n bytes at p: store its 1 to 3 code points in m, return how many. */
typedef size_t (*kl__case_map)(const unsigned char *p, size_t n, size_t at, size_t after,
                               uint32_t c, uint32_t m[KL_UNICODE_FULL_CASE_MAX]);

/* kl__case_convert: src (well-formed) converted, ASCII by flipping bit 5
 * of the letters in [lo, hi], the rest through map; written to dst unless
 * dst is NULL.  Returns the length, or SIZE_MAX on overflow. */
static inline size_t kl__case_convert(char *dst, kl_str src, unsigned char lo,
                                      unsigned char hi, kl__case_map map)
{
    const unsigned char *p = (const unsigned char *)src.ptr;
    size_t i = 0, out = 0;
    while (i < src.len) {
        if (p[i] < 0x80) {
            unsigned char b = p[i++];
            if (b >= lo && b <= hi)
                b ^= 0x20;
            if (dst != NULL)
                dst[out] = (char)b;
            out++;
            continue;
        }
        size_t at = i;
        uint32_t c = kl__case_next_char(p, &i);
        uint32_t m[KL_UNICODE_FULL_CASE_MAX];
        size_t n = map(p, src.len, at, i, c, m);
        for (size_t k = 0; k < n; k++) {
            if (out > SIZE_MAX - 4)
                return SIZE_MAX;
            if (dst != NULL)
                kl_utf8_encode(m[k], dst + out);
            out += kl_utf8_encoded_len(m[k]);
        }
    }
    return out;
}

/* kl__case_push: append src converted to s (kl__case_convert's
 * arguments); KL_EILSEQ or KL_ENOMEM leave s as it was. */
static inline kl_err kl__case_push(kl_string *s, kl_str src, unsigned char lo,
                                   unsigned char hi, kl__case_map map)
{
    if (!kl_utf8_valid(src.ptr, src.len))
        return KL_EILSEQ;
    size_t len = kl__case_convert(NULL, src, lo, hi, map);
    if (len == SIZE_MAX)
        return KL_ENOMEM;
    if (len == 0)
        return KL_OK;
    /* src may be part of s, whose block growing may move. */
    const char *old = s->ptr;
    bool inside = old != NULL && src.ptr >= old && src.ptr < old + s->len;
    size_t off = inside ? (size_t)(src.ptr - old) : 0;
    kl_err err = kl_string_reserve(s, len);
    if (err != KL_OK)
        return err;
    if (inside)
        src.ptr = s->ptr + off;
    s->len += kl__case_convert(s->ptr + s->len, src, lo, hi, map);
    return KL_OK;
}

#endif /* KEEL_INTERNAL_STRING_CASE_H */
