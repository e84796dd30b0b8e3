/* kl_utf16_to_utf8, kl_utf16_to_utf8_lossy. */
#include <keel/str.h>
#include "internal/utf8.h"

/* Convert; an unpaired surrogate becomes U+FFFD if lossy, else stops the
 * conversion with *bad set to its index.  Returns the output length. */
static size_t convert(const uint16_t *src, size_t n, char *dst, size_t cap, bool lossy,
                      size_t *bad)
{
    size_t i = 0, out = 0;
    bool full = false;
    while (i < n) {
        uint32_t c;
        size_t len;
        if (kl_utf16_decode(src + i, n - i, &c, &len) != KL_OK && !lossy) {
            *bad = i;
            return out;
        }
        i += len;
        size_t need = kl_utf8_encoded_len(c);
        if (!full) {
            if (need <= cap - out)
                kl__utf8_put(c, dst + out);
            else
                full = true;
        }
        out += need;
    }
    *bad = SIZE_MAX;
    return out;
}

kl_err kl_utf16_to_utf8(const uint16_t *src, size_t n, char *dst, size_t cap,
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

size_t kl_utf16_to_utf8_lossy(const uint16_t *src, size_t n, char *dst, size_t cap)
{
    size_t bad;
    return convert(src, n, dst, cap, true, &bad);
}
