/* kl_unicode_is_case_ignorable: the property Case_Ignorable from its own
 * table (src/internal/unicode_data_case_ignorable.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_case_ignorable.h"

bool kl_unicode_is_case_ignorable(uint32_t c)
{
    return c <= KL_UNICODE_MAX && kl__unicode_case_ignorable_has(c);
}
