/* kl_counting_writer: count what goes through, forward it or drop it. */
#include <keel/io.h>

static kl_err counting_write(void *ctx, const void *data, size_t len, size_t *written)
{
    kl_counting_writer *cw = ctx;
    size_t n = len;
    if (cw->inner != NULL) {
        kl_err err = cw->inner->vtable->write(cw->inner->ctx, data, len, &n);
        if (err != KL_OK)
            return err;
    }
    cw->count += n;
    *written = n;
    return KL_OK;
}

static kl_err counting_flush(void *ctx)
{
    kl_counting_writer *cw = ctx;
    return cw->inner != NULL ? kl_flush(cw->inner) : KL_OK;
}

static const kl_writer_vtable counting_vtable = { counting_write, counting_flush };

void kl_counting_writer_init(kl_counting_writer *cw, kl_writer *inner)
{
    cw->writer.vtable = &counting_vtable;
    cw->writer.ctx = cw;
    cw->inner = inner;
    cw->count = 0;
}
