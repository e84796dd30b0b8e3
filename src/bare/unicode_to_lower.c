/* kl_unicode_to_lower: Simple_Lowercase_Mapping, as a table of deltas
 * (src/internal/unicode_data_lower.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_lower.h"

uint32_t kl_unicode_to_lower(uint32_t c)
{
    if (c > KL_UNICODE_MAX)
        return c;
    return kl__unicode_lower_map(c);
}
