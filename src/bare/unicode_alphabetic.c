/* kl_unicode_is_alphabetic: the property Alphabetic from its own table
 * (src/internal/unicode_data_alphabetic.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_alphabetic.h"

bool kl_unicode_is_alphabetic(uint32_t c)
{
    return c <= KL_UNICODE_MAX && kl__unicode_alphabetic_has(c);
}
