/* kl_string_to_lower, kl_string_push_lower: full Unicode lowercasing
 * (kl_unicode_to_lower_full, character by character, and the Final_Sigma
 * rule of Unicode's section 3.13 for U+03A3). */
#include "internal/string_case.h"

/* final_sigma: whether the U+03A3 at bytes [at, after) of s is in the
 * Final_Sigma context: a cased letter before it, past case-ignorable
 * characters, and none after it past case-ignorable characters.  (Each
 * run of case-ignorable characters is scanned at most twice, from the
 * sigmas on its two sides, so a whole conversion stays linear.) */
static bool final_sigma(const unsigned char *p, size_t len, size_t at, size_t after)
{
    size_t i = at;
    uint32_t c = 0;
    bool found = false;
    while (i > 0) {
        c = kl__case_prev_char(p, &i);
        if (!kl_unicode_is_case_ignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !kl_unicode_is_cased(c))
        return false;
    i = after;
    while (i < len) {
        c = kl__case_next_char(p, &i);
        if (!kl_unicode_is_case_ignorable(c))
            return !kl_unicode_is_cased(c);
    }
    return true;
}

static size_t map_lower(const unsigned char *p, size_t n, size_t at, size_t after, uint32_t c,
                        uint32_t m[KL_UNICODE_FULL_CASE_MAX])
{
    if (c == 0x3A3) {
        m[0] = final_sigma(p, n, at, after) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return kl_unicode_to_lower_full(c, m);
}

kl_err kl_string_push_lower(kl_string *s, kl_str src)
{
    return kl__case_push(s, src, 'A', 'Z', map_lower);
}

kl_err kl_string_to_lower(kl_string *out, kl_allocator *alloc, kl_str src)
{
    kl_string_init(out, alloc);
    return kl__case_push(out, src, 'A', 'Z', map_lower);
}
