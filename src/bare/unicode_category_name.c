/* kl_unicode_category_name: the UCD's two-letter category names. */
#include <keel/panic.h>
#include <keel/unicode.h>

/* In kl_unicode_category's order, two letters each. */
static const char names[KL_UNICODE_CATEGORY_COUNT][3] = {
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl",
    "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc",
    "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
};

const char *kl_unicode_category_name(kl_unicode_category g)
{
    if ((unsigned)g >= KL_UNICODE_CATEGORY_COUNT)
        kl_panic("kl_unicode_category_name: %d is not a category", (int)g);
    return names[g];
}
