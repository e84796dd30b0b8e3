/* kl_unicode_is_cased: the property Cased from its own table
 * (src/internal/unicode_data_cased.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_cased.h"

bool kl_unicode_is_cased(uint32_t c)
{
    return c <= KL_UNICODE_MAX && kl__unicode_cased_has(c);
}
