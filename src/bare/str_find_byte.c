/* kl_str_find_byte, kl_str_rfind_byte: memchr and memrchr.
 *
 * Two words at a time: XOR with the byte repeated makes the sought byte
 * zero, and (v - 0x01..01) & ~v & 0x80..80 is non-zero exactly when v has
 * a zero byte (it may flag bytes next to a true zero too, so the word is
 * then searched byte by byte). */
#include <keel/str.h>
#include "internal/swar.h"

static inline bool pair_has(const unsigned char *p, size_t rep)
{
    return kl__has_zero(kl__load_word(p) ^ rep) ||
           kl__has_zero(kl__load_word(p + sizeof(size_t)) ^ rep);
}

size_t kl_str_find_byte(kl_str s, char c)
{
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t n = s.len, i = 0;
    size_t rep = KL__ONES * (unsigned char)c;
    while (n - i >= 2 * sizeof(size_t) && !pair_has(p + i, rep))
        i += 2 * sizeof(size_t);
    for (; i < n; i++)
        if (p[i] == (unsigned char)c)
            return i;
    return KL_STR_NPOS;
}

size_t kl_str_rfind_byte(kl_str s, char c)
{
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t i = s.len;
    size_t rep = KL__ONES * (unsigned char)c;
    while (i >= 2 * sizeof(size_t) && !pair_has(p + i - 2 * sizeof(size_t), rep))
        i -= 2 * sizeof(size_t);
    while (i > 0) {
        i--;
        if (p[i] == (unsigned char)c)
            return i;
    }
    return KL_STR_NPOS;
}
