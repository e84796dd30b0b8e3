/* kl_unicode_is_numeric: the property Numeric (General_Category N*) from its own table
 * (src/internal/unicode_data_numeric.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_numeric.h"

bool kl_unicode_is_numeric(uint32_t c)
{
    return c <= KL_UNICODE_MAX && kl__unicode_numeric_has(c);
}
