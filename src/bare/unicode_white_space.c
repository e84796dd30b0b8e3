/* kl_unicode_is_white_space: the property White_Space from its own table
 * (src/internal/unicode_data_white_space.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_white_space.h"

bool kl_unicode_is_white_space(uint32_t c)
{
    return c <= KL_UNICODE_MAX && kl__unicode_white_space_has(c);
}
