/* kl_utf8_to_utf16, kl_utf8_to_utf16_lossy. */
#include <keel/str.h>
#include "internal/utf8.h"

/* Convert; a maximal subpart of an ill-formed sequence becomes U+FFFD if
 * lossy, else stops the conversion with *bad set to its offset.  Returns
 * the output length in units. */
static size_t convert(const unsigned char *src, size_t n, uint16_t *dst, size_t cap,
                      bool lossy, size_t *bad)
{
    size_t i = 0, out = 0;
    bool full = false;
    while (i < n) {
        uint32_t c;
        int len = kl__utf8_decode_one(src + i, n - i, &c);
        if (len < 0) {
            if (!lossy) {
                *bad = i;
                return out;
            }
            c = KL_UTF8_REPLACEMENT;
            len = -len;
        }
        i += (size_t)len;
        size_t need = c < 0x10000 ? 1 : 2;
        if (!full) {
            if (need <= cap - out) {
                if (need == 1) {
                    dst[out] = (uint16_t)c;
                } else {
                    dst[out] = (uint16_t)(0xD800 | ((c - 0x10000) >> 10));
                    dst[out + 1] = (uint16_t)(0xDC00 | (c & 0x3FF));
                }
            } else {
                full = true;
            }
        }
        out += need;
    }
    *bad = SIZE_MAX;
    return out;
}

kl_err kl_utf8_to_utf16(const void *src, size_t n, uint16_t *dst, size_t cap,
                        size_t *out_len)
{
    size_t bad;
    size_t len = convert(src, n, dst, cap, false, &bad);
    if (bad != SIZE_MAX) {
        *out_len = bad;
        return KL_EILSEQ;
    }
    *out_len = len;
    return len <= cap ? KL_OK : KL_ENOSPC;
}

size_t kl_utf8_to_utf16_lossy(const void *src, size_t n, uint16_t *dst, size_t cap)
{
    size_t bad;
    return convert(src, n, dst, cap, true, &bad);
}
