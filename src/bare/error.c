/* kl_strerror, kl_err_name: generated from KL_ERR_MAP. */
#include <keel/error.h>

const char *kl_strerror(kl_err err)
{
    switch (err) {
    case KL_OK:
        return "success";
#define KL__ERR_TEXT(name, num, text)                                          \
    case KL_##name:                                                            \
        return text;
        KL_ERR_MAP(KL__ERR_TEXT)
#undef KL__ERR_TEXT
    }
    return "unknown error";
}

const char *kl_err_name(kl_err err)
{
    switch (err) {
    case KL_OK:
        return "KL_OK";
#define KL__ERR_NAME(name, num, text)                                          \
    case KL_##name:                                                            \
        return "KL_" #name;
        KL_ERR_MAP(KL__ERR_NAME)
#undef KL__ERR_NAME
    }
    return "KL_EUNKNOWN";
}
