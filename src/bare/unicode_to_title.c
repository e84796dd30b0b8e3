/* kl_unicode_to_title: Simple_Titlecase_Mapping, which is the uppercase
 * mapping but for a few dozen code points (the list the generator wrote
 * in src/internal/unicode_data_title.h, sorted). */
#include <keel/unicode.h>
#include "internal/unicode_data_title.h"

uint32_t kl_unicode_to_title(uint32_t c)
{
    /* Binary search over the (code point, title case) pairs, when c is
     * within their span. */
    uint32_t lo = 0, hi = KL__UNICODE_TITLE_EXCEPTIONS;
    if (c < kl__unicode_title_exceptions[0] ||
        c > kl__unicode_title_exceptions[2 * KL__UNICODE_TITLE_EXCEPTIONS - 2])
        hi = 0;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        uint32_t k = kl__unicode_title_exceptions[2 * mid];
        if (k == c)
            return kl__unicode_title_exceptions[2 * mid + 1];
        if (k < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return kl_unicode_to_upper(c);
}
