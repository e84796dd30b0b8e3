/* kl_unicode_to_lower_full: the full Lowercase_Mapping: the simple mapping
 * but for the code points SpecialCasing.txt maps unconditionally to
 * something else (the list in src/internal/unicode_data_lower_full.h,
 * generated and sorted: U+0130 alone). */
#include <keel/unicode.h>
#include "internal/unicode_data_lower_full.h"
#include "internal/unicode_full.h"

size_t kl_unicode_to_lower_full(uint32_t c, uint32_t out[3])
{
    size_t n = kl__unicode_full_search(kl__unicode_lower_full_exceptions,
                                       KL__UNICODE_LOWER_FULL_EXCEPTIONS, c, out);
    if (n > 0)
        return n;
    out[0] = kl_unicode_to_lower(c);
    return 1;
}
