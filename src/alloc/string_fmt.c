/* kl_string_fmt, kl_string_vfmt: printf-style formatting appended to a
 * string, through keel/fmt.h. */
#include <keel/fmt.h>
#include <keel/io.h>
#include <keel/string.h>

/* A writer into the spare capacity of a string: it takes every byte,
 * stores those that fit, and counts them all. */
typedef struct spare_writer {
    char *dst;
    size_t room;
    size_t total;
} spare_writer;

static kl_err spare_write(void *ctx, const void *data, size_t len, size_t *written)
{
    spare_writer *w = ctx;
    if (w->total < w->room) {
        size_t n = w->room - w->total < len ? w->room - w->total : len;
        __builtin_memcpy(w->dst + w->total, data, n);
    }
    if (len > SIZE_MAX - w->total)
        return KL_ENOMEM;
    w->total += len;
    *written = len;
    return KL_OK;
}

static const kl_writer_vtable spare_vtable = { spare_write, NULL };

/* format: kl_vfmt of fmt into the room bytes at dst; the whole length in
 * *total. */
static kl_err format(char *dst, size_t room, size_t *total, const char *fmt, va_list ap)
    KL_PRINTF(4, 0);

static kl_err format(char *dst, size_t room, size_t *total, const char *fmt, va_list ap)
{
    spare_writer sw = { dst, room, 0 };
    kl_writer w = { &spare_vtable, &sw };
    kl_err err = kl_vfmt(&w, fmt, ap);
    *total = sw.total;
    return err;
}

kl_err kl_string_vfmt(kl_string *s, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    size_t total;
    kl_err err = format(s->cap > 0 ? s->ptr + s->len : NULL, s->cap - s->len, &total, fmt, ap);
    if (err == KL_OK && total > s->cap - s->len) {
        /* Too long for the spare room: grow once, format again. */
        err = kl_string_reserve(s, total);
        if (err == KL_OK) {
            size_t again_total;
            err = format(s->ptr + s->len, s->cap - s->len, &again_total, fmt, again);
        }
    }
    va_end(again);
    if (err != KL_OK)
        return err;
    /* The new bytes count only if they are UTF-8 (a %s of other bytes is
     * refused). */
    if (total > 0 && !kl_utf8_valid(s->ptr + s->len, total))
        return KL_EILSEQ;
    s->len += total;
    return KL_OK;
}

kl_err kl_string_fmt(kl_string *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_err err = kl_string_vfmt(s, fmt, ap);
    va_end(ap);
    return err;
}
