/* Helpers over any kl_reader. */
#include <keel/io.h>

kl_err kl_read(kl_reader *r, void *buf, size_t len, size_t *nread)
{
    if (len == 0) {
        *nread = 0;
        return KL_OK;
    }
    return r->vtable->read(r->ctx, buf, len, nread);
}

kl_err kl_read_exact(kl_reader *r, void *buf, size_t len)
{
    char *p = buf;
    while (len > 0) {
        size_t n = 0;
        kl_err err = r->vtable->read(r->ctx, p, len, &n);
        if (err == KL_EINTR)
            continue;
        if (err != KL_OK)
            return err;
        if (n == 0)
            return KL_ENODATA;
        p += n;
        len -= n;
    }
    return KL_OK;
}
