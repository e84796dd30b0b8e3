/* kl_utf16_encode, kl_utf16_decode: one character in UTF-16. */
#include <keel/panic.h>
#include <keel/str.h>

size_t kl_utf16_encode(uint32_t c, uint16_t buf[2])
{
    if (kl_utf8_encoded_len(c) == 0)
        kl_panic("kl_utf16_encode: 0x%lX is not a Unicode scalar value", (unsigned long)c);
    if (c < 0x10000) {
        buf[0] = (uint16_t)c;
        return 1;
    }
    c -= 0x10000;
    buf[0] = (uint16_t)(0xD800 | (c >> 10));
    buf[1] = (uint16_t)(0xDC00 | (c & 0x3FF));
    return 2;
}

kl_err kl_utf16_decode(const uint16_t *p, size_t n, uint32_t *c, size_t *len)
{
    if (n == 0) {
        *len = 0;
        return KL_EINVAL;
    }
    uint32_t u = p[0];
    if (u < 0xD800 || u > 0xDFFF) {
        *c = u;
        *len = 1;
        return KL_OK;
    }
    if (u <= 0xDBFF && n >= 2 && p[1] >= 0xDC00 && p[1] <= 0xDFFF) {
        *c = 0x10000 + ((u - 0xD800) << 10) + (p[1] - 0xDC00u);
        *len = 2;
        return KL_OK;
    }
    *c = KL_UTF8_REPLACEMENT;
    *len = 1;
    return KL_EILSEQ;
}
