/* kl_unicode_to_upper: Simple_Uppercase_Mapping, as a table of deltas
 * (src/internal/unicode_data_upper.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_upper.h"

uint32_t kl_unicode_to_upper(uint32_t c)
{
    if (c > KL_UNICODE_MAX)
        return c;
    return kl__unicode_upper_map(c);
}
