/* kl_string_join, kl_string_repeat: new strings from copies of others,
 * allocated once at their exact length. */
#include <keel/string.h>

kl_err kl_string_join(kl_string *out, kl_allocator *alloc, const kl_str *parts, size_t n,
                      kl_str sep)
{
    kl_string_init(out, alloc);
    if (!kl_utf8_valid(sep.ptr, sep.len))
        return KL_EILSEQ;
    size_t len = 0;
    for (size_t i = 0; i < n; i++) {
        if (!kl_utf8_valid(parts[i].ptr, parts[i].len))
            return KL_EILSEQ;
        size_t add = parts[i].len;
        if (add > SIZE_MAX - len)
            return KL_ENOMEM;
        len += add;
        if (i + 1 < n) {
            if (sep.len > SIZE_MAX - len)
                return KL_ENOMEM;
            len += sep.len;
        }
    }
    if (len == 0)
        return KL_OK;
    kl_err err = kl_string_reserve(out, len);
    if (err != KL_OK)
        return err;
    char *p = out->ptr;
    for (size_t i = 0; i < n; i++) {
        if (parts[i].len > 0)
            __builtin_memcpy(p, parts[i].ptr, parts[i].len);
        p += parts[i].len;
        if (i + 1 < n && sep.len > 0) {
            __builtin_memcpy(p, sep.ptr, sep.len);
            p += sep.len;
        }
    }
    out->len = len;
    return KL_OK;
}

kl_err kl_string_repeat(kl_string *out, kl_allocator *alloc, kl_str src, size_t n)
{
    kl_string_init(out, alloc);
    if (!kl_utf8_valid(src.ptr, src.len))
        return KL_EILSEQ;
    if (src.len == 0 || n == 0)
        return KL_OK;
    if (n > SIZE_MAX / src.len)
        return KL_ENOMEM;
    size_t len = src.len * n;
    kl_err err = kl_string_reserve(out, len);
    if (err != KL_OK)
        return err;
    /* Copy once, then double what is there. */
    __builtin_memcpy(out->ptr, src.ptr, src.len);
    size_t have = src.len;
    while (have < len) {
        size_t k = have <= len - have ? have : len - have;
        __builtin_memcpy(out->ptr + have, out->ptr, k);
        have += k;
    }
    out->len = len;
    return KL_OK;
}
