/* kl_vec: keeping some elements -- retain and dedup. */
#include <keel/vec.h>

/* Both compact in place: w is where the next kept element goes, and an
 * element moves only when something before it was dropped. */

void kl_vec_retain(kl_vec *v, bool (*keep)(const void *elem, void *ctx), void *ctx,
                   size_t elem_size)
{
    char *d = v->ptr;
    size_t w = 0;
    for (size_t i = 0; i < v->len; i++) {
        char *e = d + i * elem_size;
        if (!keep(e, ctx))
            continue;
        if (w != i)
            __builtin_memcpy(d + w * elem_size, e, elem_size);
        w++;
    }
    v->len = w;
}

void kl_vec_dedup(kl_vec *v, bool (*eq)(const void *a, const void *b, void *ctx),
                  void *ctx, size_t elem_size)
{
    if (v->len < 2)
        return;
    char *d = v->ptr;
    size_t w = 1;
    for (size_t i = 1; i < v->len; i++) {
        char *e = d + i * elem_size;
        if (eq(e, d + (w - 1) * elem_size, ctx))
            continue;
        if (w != i)
            __builtin_memcpy(d + w * elem_size, e, elem_size);
        w++;
    }
    v->len = w;
}
