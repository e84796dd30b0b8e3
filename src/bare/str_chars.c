/* kl_str_chars: the characters of UTF-8 text, lossily. */
#include <keel/str.h>
#include "internal/utf8.h"

kl_str_chars kl_str_chars_init(kl_str s)
{
    kl_str_chars it = { s, 0 };
    return it;
}

bool kl_str_chars_next(kl_str_chars *it, uint32_t *c, size_t *offset)
{
    if (it->pos >= it->s.len)
        return false;
    const unsigned char *p = (const unsigned char *)it->s.ptr + it->pos;
    int len = kl__utf8_decode_one(p, it->s.len - it->pos, c);
    if (len < 0) {
        *c = KL_UTF8_REPLACEMENT;
        len = -len;
    }
    if (offset != NULL)
        *offset = it->pos;
    it->pos += (size_t)len;
    return true;
}
