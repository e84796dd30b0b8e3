/* kl_buf_writer: a writer into caller storage that reports truncation. */
#include <keel/io.h>

static kl_err buf_write(void *ctx, const void *data, size_t len, size_t *written)
{
    kl_buf_writer *bw = ctx;
    size_t room = bw->cap - bw->len;
    if (room == 0) {
        bw->truncated = true;
        return KL_ENOSPC;
    }
    size_t n = len < room ? len : room;
    __builtin_memcpy(bw->buf + bw->len, data, n);
    bw->len += n;
    *written = n;
    return KL_OK;
}

static const kl_writer_vtable buf_writer_vtable = { buf_write, NULL };

void kl_buf_writer_init(kl_buf_writer *bw, void *buf, size_t cap)
{
    bw->writer.vtable = &buf_writer_vtable;
    bw->writer.ctx = bw;
    bw->buf = buf;
    bw->cap = cap;
    bw->len = 0;
    bw->truncated = false;
}
