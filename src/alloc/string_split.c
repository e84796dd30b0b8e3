/* kl_string_split: the pieces of a string into a vector. */
#include <keel/string.h>

kl_err kl_string_split(kl_str_vec *out, kl_str s, kl_str sep)
{
    /* Count first, grow once: a failure leaves out as it was. */
    size_t n = 0;
    kl_str piece;
    kl_str_split it = kl_str_split_init(s, sep);
    while (kl_str_split_next(&it, &piece))
        n++;
    kl_err err = kl_str_vec_reserve(out, n);
    if (err != KL_OK)
        return err;
    it = kl_str_split_init(s, sep);
    while (kl_str_split_next(&it, &piece)) {
        err = kl_str_vec_push(out, piece); /* cannot fail: reserved */
        if (err != KL_OK)
            return err;
    }
    return KL_OK;
}
