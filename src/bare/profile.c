/* kl_profile, kl_version: which keel this is, asked at run time. */
#include <keel/base.h>

const char *kl_profile(void)
{
    return KL_PROFILE_NAME;
}

const char *kl_version(void)
{
    return KL_VERSION_STRING;
}
