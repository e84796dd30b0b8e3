/* kl_string_from_str, kl_string_from_utf8_lossy: new strings from bytes. */
#include <keel/string.h>

kl_err kl_string_from_str(kl_string *out, kl_allocator *alloc, kl_str src)
{
    kl_string_init(out, alloc);
    return kl_string_push_str(out, src);
}

kl_err kl_string_from_utf8_lossy(kl_string *out, kl_allocator *alloc, const void *src,
                                 size_t n)
{
    kl_string_init(out, alloc);
    size_t len = kl_utf8_lossy(src, n, NULL, 0);
    if (len == 0)
        return KL_OK;
    kl_err err = kl_string_reserve(out, len);
    if (err != KL_OK)
        return err;
    out->len = kl_utf8_lossy(src, n, out->ptr, out->cap);
    return KL_OK;
}
