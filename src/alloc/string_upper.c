/* kl_string_to_upper, kl_string_push_upper: full Unicode uppercasing
 * (kl_unicode_to_upper_full, character by character). */
#include "internal/string_case.h"

static size_t map_upper(const unsigned char *p, size_t n, size_t at, size_t after, uint32_t c,
                        uint32_t m[KL_UNICODE_FULL_CASE_MAX])
{
    (void)p;
    (void)n;
    (void)at;
    (void)after;
    return kl_unicode_to_upper_full(c, m);
}

kl_err kl_string_push_upper(kl_string *s, kl_str src)
{
    return kl__case_push(s, src, 'a', 'z', map_upper);
}

kl_err kl_string_to_upper(kl_string *out, kl_allocator *alloc, kl_str src)
{
    kl_string_init(out, alloc);
    return kl__case_push(out, src, 'a', 'z', map_upper);
}
