/* kl_mem_reader: a cursor over bytes in memory. */
#include <keel/io.h>

static kl_err mem_read(void *ctx, void *buf, size_t len, size_t *nread)
{
    kl_mem_reader *mr = ctx;
    size_t left = mr->len - mr->pos;
    size_t n = len < left ? len : left;
    if (n > 0)
        __builtin_memcpy(buf, mr->data + mr->pos, n);
    mr->pos += n;
    *nread = n;
    return KL_OK;
}

static const kl_reader_vtable mem_vtable = { mem_read };

void kl_mem_reader_init(kl_mem_reader *mr, const void *data, size_t len)
{
    mr->reader.vtable = &mem_vtable;
    mr->reader.ctx = mr;
    mr->data = data;
    mr->len = len;
    mr->pos = 0;
}
