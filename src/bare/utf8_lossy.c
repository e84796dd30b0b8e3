/* kl_utf8_lossy: ill-formed UTF-8 made well-formed into a buffer. */
#include <keel/str.h>
#include "internal/utf8.h"

static const char replacement[3] = { '\xEF', '\xBF', '\xBD' };

size_t kl_utf8_lossy(const void *src, size_t n, char *dst, size_t cap)
{
    const unsigned char *p = src;
    size_t i = 0, out = 0;
    bool full = false; /* a character did not fit: write nothing more */
    while (i < n) {
        size_t valid;
        kl_err err = kl_utf8_check(p + i, n - i, &valid);
        if (valid > 0) {
            if (!full) {
                if (valid <= cap - out) {
                    __builtin_memcpy(dst + out, p + i, valid);
                } else {
                    /* Copy only whole characters: cut before the lead
                     * byte of the character the buffer's end splits. */
                    size_t k = cap - out;
                    while (k > 0 && (p[i + k] & 0xC0) == 0x80)
                        k--;
                    if (k > 0)
                        __builtin_memcpy(dst + out, p + i, k);
                    full = true;
                }
            }
            out += valid;
            i += valid;
        }
        if (err == KL_OK)
            break;
        uint32_t c;
        int len = kl__utf8_decode_one(p + i, n - i, &c);
        i += (size_t)-len;
        if (!full) {
            if (cap - out >= 3)
                __builtin_memcpy(dst + out, replacement, 3);
            else
                full = true;
        }
        out += 3;
    }
    return out;
}
