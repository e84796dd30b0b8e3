/* kl_unicode_is_uppercase: the property Uppercase from its own table
 * (src/internal/unicode_data_uppercase.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_uppercase.h"

bool kl_unicode_is_uppercase(uint32_t c)
{
    return c <= KL_UNICODE_MAX && kl__unicode_uppercase_has(c);
}
