/* kl_utf8_lossy_write: ill-formed UTF-8 made well-formed, to a writer. */
#include <keel/io.h>
#include <keel/str.h>
#include "internal/utf8.h"

kl_err kl_utf8_lossy_write(struct kl_writer *w, const void *src, size_t n)
{
    static const char replacement[3] = { '\xEF', '\xBF', '\xBD' };
    const unsigned char *p = src;
    size_t i = 0;
    while (i < n) {
        size_t valid;
        kl_err bad = kl_utf8_check(p + i, n - i, &valid);
        if (valid > 0) {
            kl_err err = kl_write_all(w, p + i, valid);
            if (err != KL_OK)
                return err;
            i += valid;
        }
        if (bad == KL_OK)
            break;
        uint32_t c;
        int len = kl__utf8_decode_one(p + i, n - i, &c);
        i += (size_t)-len;
        kl_err err = kl_write_all(w, replacement, 3);
        if (err != KL_OK)
            return err;
    }
    return KL_OK;
}
