/* kl_unicode_is_letter ... kl_unicode_is_other: the major classes of
 * General_Category. */
#include <keel/unicode.h>

bool kl_unicode_is_letter(uint32_t c)
{
    return kl_unicode_category_is_letter(kl_unicode_general_category(c));
}

bool kl_unicode_is_mark(uint32_t c)
{
    return kl_unicode_category_is_mark(kl_unicode_general_category(c));
}

bool kl_unicode_is_number(uint32_t c)
{
    return kl_unicode_category_is_number(kl_unicode_general_category(c));
}

bool kl_unicode_is_punctuation(uint32_t c)
{
    return kl_unicode_category_is_punctuation(kl_unicode_general_category(c));
}

bool kl_unicode_is_symbol(uint32_t c)
{
    return kl_unicode_category_is_symbol(kl_unicode_general_category(c));
}

bool kl_unicode_is_separator(uint32_t c)
{
    return kl_unicode_category_is_separator(kl_unicode_general_category(c));
}

bool kl_unicode_is_other(uint32_t c)
{
    return kl_unicode_category_is_other(kl_unicode_general_category(c));
}
