/* Helpers over any kl_writer. */
#include <keel/io.h>

kl_err kl_write_all(kl_writer *w, const void *data, size_t len)
{
    const char *p = data;
    while (len > 0) {
        size_t n = 0;
        kl_err err = w->vtable->write(w->ctx, p, len, &n);
        if (err == KL_EINTR)
            continue;
        if (err != KL_OK)
            return err;
        p += n;
        len -= n;
    }
    return KL_OK;
}

kl_err kl_write_str(kl_writer *w, kl_str s)
{
    return kl_write_all(w, s.ptr, s.len);
}

kl_err kl_flush(kl_writer *w)
{
    return w->vtable->flush != NULL ? w->vtable->flush(w->ctx) : KL_OK;
}
