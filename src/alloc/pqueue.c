/* kl_pqueue: the type-erased binary max-heap (Williams 1964; Floyd's
 * bottom-up heap construction, 1964).
 *
 * Elements move by swapping (the element size is known only at run time
 * and there is no scratch room), so a sift does one swap per level. */
#include <keel/pqueue.h>

#include "internal/swap.h"

void kl_pqueue_init(kl_pqueue *q, kl_allocator *alloc,
                    bool (*less)(const void *a, const void *b, void *ctx), void *ctx)
{
    kl_vec_init(&q->vec, alloc);
    q->less = less;
    q->ctx = ctx;
}

void kl_pqueue_free(kl_pqueue *q, size_t elem_size, size_t elem_align)
{
    kl_vec_free(&q->vec, elem_size, elem_align);
}

kl_err kl_pqueue_reserve(kl_pqueue *q, size_t additional, size_t elem_size,
                         size_t elem_align)
{
    return kl_vec_reserve(&q->vec, additional, elem_size, elem_align);
}

static char *elem(const kl_pqueue *q, size_t i, size_t elem_size)
{
    return (char *)q->vec.ptr + i * elem_size;
}

static void sift_up(kl_pqueue *q, size_t i, size_t elem_size)
{
    while (i > 0) {
        size_t parent = (i - 1) / 2;
        char *p = elem(q, parent, elem_size), *c = elem(q, i, elem_size);
        if (!q->less(p, c, q->ctx))
            break;
        kl__swap_bytes(p, c, elem_size);
        i = parent;
    }
}

static void sift_down(kl_pqueue *q, size_t i, size_t n, size_t elem_size)
{
    for (;;) {
        size_t child = 2 * i + 1;
        if (child >= n)
            break;
        if (child + 1 < n &&
            q->less(elem(q, child, elem_size), elem(q, child + 1, elem_size), q->ctx))
            child++;
        char *p = elem(q, i, elem_size), *c = elem(q, child, elem_size);
        if (!q->less(p, c, q->ctx))
            break;
        kl__swap_bytes(p, c, elem_size);
        i = child;
    }
}

kl_err kl_pqueue_push(kl_pqueue *q, const void *e, size_t elem_size, size_t elem_align)
{
    kl_err err = kl_vec_push(&q->vec, e, elem_size, elem_align);
    if (err != KL_OK)
        return err;
    sift_up(q, q->vec.len - 1, elem_size);
    return KL_OK;
}

bool kl_pqueue_pop(kl_pqueue *q, void *out, size_t elem_size)
{
    size_t n = q->vec.len;
    if (n == 0)
        return false;
    kl__swap_bytes(elem(q, 0, elem_size), elem(q, n - 1, elem_size), elem_size);
    q->vec.len = n - 1;
    sift_down(q, 0, n - 1, elem_size);
    if (out != NULL)
        __builtin_memcpy(out, elem(q, n - 1, elem_size), elem_size);
    return true;
}

const void *kl_pqueue_peek(const kl_pqueue *q)
{
    return q->vec.len > 0 ? q->vec.ptr : NULL;
}

size_t kl_pqueue_len(const kl_pqueue *q)
{
    return q->vec.len;
}

void kl_pqueue_clear(kl_pqueue *q)
{
    q->vec.len = 0;
}

void kl_pqueue_from_vec(kl_pqueue *q, kl_vec *v,
                        bool (*less)(const void *a, const void *b, void *ctx),
                        void *ctx, size_t elem_size)
{
    q->vec = *v;
    q->less = less;
    q->ctx = ctx;
    kl_vec_init(v, v->alloc);
    for (size_t i = q->vec.len / 2; i-- > 0;)
        sift_down(q, i, q->vec.len, elem_size);
}

void kl_pqueue_into_sorted(kl_pqueue *q, kl_vec *out, size_t elem_size)
{
    for (size_t end = q->vec.len; end > 1; end--) {
        kl__swap_bytes(elem(q, 0, elem_size), elem(q, end - 1, elem_size), elem_size);
        sift_down(q, 0, end - 1, elem_size);
    }
    *out = q->vec;
    kl_vec_init(&q->vec, q->vec.alloc);
}
