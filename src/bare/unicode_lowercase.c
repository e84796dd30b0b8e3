/* kl_unicode_is_lowercase: the property Lowercase from its own table
 * (src/internal/unicode_data_lowercase.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_lowercase.h"

bool kl_unicode_is_lowercase(uint32_t c)
{
    return c <= KL_UNICODE_MAX && kl__unicode_lowercase_has(c);
}
