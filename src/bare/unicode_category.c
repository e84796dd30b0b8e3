/* kl_unicode_general_category: General_Category from a three-level table
 * (src/internal/unicode_data_category.h, generated). */
#include <keel/unicode.h>
#include "internal/unicode_data_category.h"

kl_unicode_category kl_unicode_general_category(uint32_t c)
{
    if (c > KL_UNICODE_MAX)
        return KL_UNICODE_CN;
    return (kl_unicode_category)kl__unicode_category_get(c);
}
