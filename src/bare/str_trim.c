/* Trimming: ASCII whitespace, and Unicode White_Space. */
#include <keel/str.h>
#include "internal/utf8.h"

/* Rust's u8::is_ascii_whitespace: WHATWG's ASCII whitespace (no \v). */
static inline bool ascii_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

kl_str kl_str_trim_ascii_start(kl_str s)
{
    size_t i = 0;
    while (i < s.len && ascii_space((unsigned char)s.ptr[i]))
        i++;
    return kl_str_from(s.ptr + i, s.len - i);
}

kl_str kl_str_trim_ascii_end(kl_str s)
{
    size_t n = s.len;
    while (n > 0 && ascii_space((unsigned char)s.ptr[n - 1]))
        n--;
    return kl_str_from(s.ptr, n);
}

kl_str kl_str_trim_ascii(kl_str s)
{
    return kl_str_trim_ascii_end(kl_str_trim_ascii_start(s));
}

/* The White_Space property, from PropList.txt of Unicode 15.0 (the list
 * has not changed since Unicode 6.3): 25 code points. */
bool kl_is_white_space(uint32_t c)
{
    if (c <= 0x20)
        return c == 0x20 || (c >= 0x09 && c <= 0x0D);
    if (c < 0x85)
        return false;
    switch (c) {
    case 0x0085: /* NEXT LINE (NEL) */
    case 0x00A0: /* NO-BREAK SPACE */
    case 0x1680: /* OGHAM SPACE MARK */
    case 0x2028: /* LINE SEPARATOR */
    case 0x2029: /* PARAGRAPH SEPARATOR */
    case 0x202F: /* NARROW NO-BREAK SPACE */
    case 0x205F: /* MEDIUM MATHEMATICAL SPACE */
    case 0x3000: /* IDEOGRAPHIC SPACE */
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A; /* EN QUAD..HAIR SPACE */
    }
}

kl_str kl_str_trim_start(kl_str s)
{
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t i = 0;
    while (i < s.len) {
        uint32_t c;
        int len = kl__utf8_decode_one(p + i, s.len - i, &c);
        if (len < 0 || !kl_is_white_space(c))
            break;
        i += (size_t)len;
    }
    return kl_str_from(s.ptr + i, s.len - i);
}

kl_str kl_str_trim_end(kl_str s)
{
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t n = s.len;
    while (n > 0) {
        /* The character that ends at n starts at its lead byte, at most
         * three continuation bytes back; it counts only if it decodes to
         * exactly those bytes. */
        size_t start = n - 1;
        while (start > 0 && n - start < 4 && (p[start] & 0xC0) == 0x80)
            start--;
        uint32_t c = 0;
        int len = kl__utf8_decode_one(p + start, n - start, &c);
        if (len != (int)(n - start) || !kl_is_white_space(c))
            break;
        n = start;
    }
    return kl_str_from(s.ptr, n);
}

kl_str kl_str_trim(kl_str s)
{
    return kl_str_trim_end(kl_str_trim_start(s));
}
