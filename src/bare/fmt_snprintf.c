/* kl__vsnprintf: C99 snprintf over kl__vfmt, and its integer-only entry
 * points kl_vsnprintf_int and kl_snprintf_int. */
#include <keel/fmt.h>
#include "internal/fmt.h"

/* Keeps the first cap bytes and counts them all: snprintf's truncation
 * with its "length it would have had" result. */
typedef struct counting_buf {
    char *buf;
    size_t cap;
    size_t total;
} counting_buf;

static kl_err counting_write(void *ctx, const void *data, size_t len, size_t *written)
{
    counting_buf *cb = ctx;
    if (cb->total < cb->cap) {
        size_t room = cb->cap - cb->total;
        __builtin_memcpy(cb->buf + cb->total, data, len < room ? len : room);
    }
    cb->total += len;
    *written = len;
    return KL_OK;
}

static const kl_writer_vtable counting_vtable = { counting_write, NULL };

size_t kl__vsnprintf(char *buf, size_t size, const char *fmt, va_list ap,
                     kl__fmt_float_fn *ffn)
{
    counting_buf cb = { buf, size > 0 ? size - 1 : 0, 0 };
    kl_writer w = { &counting_vtable, &cb };
    kl_err err = kl__vfmt(&w, fmt, ap, ffn);
    if (size > 0)
        buf[cb.total < cb.cap ? cb.total : cb.cap] = '\0';
    return err == KL_OK ? cb.total : (size_t)-1;
}

size_t kl_vsnprintf_int(char *buf, size_t size, const char *fmt, va_list ap)
{
    return kl__vsnprintf(buf, size, fmt, ap, NULL);
}

size_t kl_snprintf_int(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t n = kl__vsnprintf(buf, size, fmt, ap, NULL);
    va_end(ap);
    return n;
}
