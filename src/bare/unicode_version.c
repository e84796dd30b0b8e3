/* kl_unicode_version: the Unicode version of keel's tables. */
#include <keel/unicode.h>
#include "internal/unicode_data_version.h"

/* The public header states the version; the generator wrote the tables'
 * own.  Regenerating from another version must update the header too. */
_Static_assert(KL_UNICODE_VERSION_MAJOR == KL__UNICODE_DATA_MAJOR &&
                   KL_UNICODE_VERSION_MINOR == KL__UNICODE_DATA_MINOR &&
                   KL_UNICODE_VERSION_UPDATE == KL__UNICODE_DATA_UPDATE,
               "include/keel/unicode.h names another Unicode version than its tables");

const char *kl_unicode_version(void)
{
    return KL__UNICODE_DATA_VERSION;
}
