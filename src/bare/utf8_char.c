/* kl_utf8_decode, kl_utf8_encode: one character. */
#include <keel/panic.h>
#include <keel/str.h>
#include "internal/utf8.h"

kl_err kl_utf8_decode(const void *p, size_t n, uint32_t *c, size_t *len)
{
    if (n == 0) {
        *len = 0;
        return KL_EINVAL;
    }
    int r = kl__utf8_decode_one(p, n, c);
    if (r < 0) {
        *c = KL_UTF8_REPLACEMENT;
        *len = (size_t)-r;
        return KL_EILSEQ;
    }
    *len = (size_t)r;
    return KL_OK;
}

size_t kl_utf8_encode(uint32_t c, char buf[4])
{
    if (kl_utf8_encoded_len(c) == 0)
        kl_panic("kl_utf8_encode: 0x%lX is not a Unicode scalar value", (unsigned long)c);
    return kl__utf8_put(c, buf);
}
