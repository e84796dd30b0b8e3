/* kl_str_find_any, kl_str_rfind_any: the first or last byte of a set. */
#include <keel/str.h>

typedef struct byteset {
    uint32_t bits[8];
} byteset;

static void byteset_init(byteset *b, kl_str set)
{
    for (int i = 0; i < 8; i++)
        b->bits[i] = 0;
    for (size_t i = 0; i < set.len; i++) {
        unsigned char c = (unsigned char)set.ptr[i];
        b->bits[c >> 5] |= (uint32_t)1 << (c & 31);
    }
}

static inline bool byteset_has(const byteset *b, unsigned char c)
{
    return (b->bits[c >> 5] >> (c & 31)) & 1;
}

size_t kl_str_find_any(kl_str s, kl_str set)
{
    if (set.len <= 1)
        return set.len == 0 ? KL_STR_NPOS : kl_str_find_byte(s, set.ptr[0]);
    byteset b;
    byteset_init(&b, set);
    for (size_t i = 0; i < s.len; i++)
        if (byteset_has(&b, (unsigned char)s.ptr[i]))
            return i;
    return KL_STR_NPOS;
}

size_t kl_str_rfind_any(kl_str s, kl_str set)
{
    if (set.len <= 1)
        return set.len == 0 ? KL_STR_NPOS : kl_str_rfind_byte(s, set.ptr[0]);
    byteset b;
    byteset_init(&b, set);
    for (size_t i = s.len; i > 0; i--)
        if (byteset_has(&b, (unsigned char)s.ptr[i - 1]))
            return i - 1;
    return KL_STR_NPOS;
}
