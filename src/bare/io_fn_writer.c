/* kl_fn_writer: a writer over a callback. */
#include <keel/io.h>

static kl_err fn_write(void *ctx, const void *data, size_t len, size_t *written)
{
    kl_fn_writer *fw = ctx;
    kl_err err = fw->fn(fw->arg, data, len);
    if (err != KL_OK)
        return err;
    *written = len;
    return KL_OK;
}

static const kl_writer_vtable fn_vtable = { fn_write, NULL };

void kl_fn_writer_init(kl_fn_writer *fw, kl_write_fn fn, void *arg)
{
    fw->writer.vtable = &fn_vtable;
    fw->writer.ctx = fw;
    fw->fn = fn;
    fw->arg = arg;
}
