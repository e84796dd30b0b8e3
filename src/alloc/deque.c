/* kl_deque: the type-erased core of every typed deque. */
#include <keel/deque.h>

#include "internal/grow.h"

void kl_deque_init(kl_deque *d, kl_allocator *alloc)
{
    d->ptr = NULL;
    d->head = 0;
    d->len = 0;
    d->cap = 0;
    d->alloc = alloc;
}

void kl_deque_free(kl_deque *d, size_t elem_size, size_t elem_align)
{
    if (d->cap > 0 && elem_size > 0)
        kl_free(d->alloc, d->ptr, d->cap * elem_size, elem_align);
    kl_deque_init(d, d->alloc);
}

static size_t slot(const kl_deque *d, size_t i)
{
    size_t s = d->head + i;
    return s >= d->cap ? s - d->cap : s;
}

kl_err kl_deque_reserve(kl_deque *d, size_t additional, size_t elem_size,
                        size_t elem_align)
{
    if (d->cap - d->len >= additional)
        return KL_OK;
    if (elem_size == 0) {
        /* Zero-size elements: no storage, any capacity (as vec). */
        if (additional > SIZE_MAX - d->len)
            return KL_ENOMEM;
        d->ptr = (void *)elem_align;
        d->cap = SIZE_MAX;
        return KL_OK;
    }
    size_t cap;
    if (!kl__grow_amortized(d->cap, d->len, additional, elem_size, &cap))
        return KL_ENOMEM;
    size_t old = d->cap;
    char *p = kl_resize(d->alloc, d->ptr, old * elem_size, cap * elem_size, elem_align);
    if (p == NULL)
        return KL_ENOMEM;
    /* The block grew at its end.  If the elements wrapped, [head, old) is
     * their front part and [0, tail) the back part: move the shorter so
     * they are contiguous modulo the new capacity again (Rust's
     * VecDeque::handle_capacity_increase). */
    if (d->head > old - d->len) {
        size_t front = old - d->head, tail = d->len - front;
        if (tail < front && tail <= cap - old) {
            __builtin_memcpy(p + old * elem_size, p, tail * elem_size);
        } else {
            size_t head = cap - front;
            __builtin_memmove(p + head * elem_size, p + d->head * elem_size,
                              front * elem_size);
            d->head = head;
        }
    }
    d->ptr = p;
    d->cap = cap;
    return KL_OK;
}

kl_err kl_deque_push_back(kl_deque *d, const void *elem, size_t elem_size,
                          size_t elem_align)
{
    kl_err err = kl_deque_reserve(d, 1, elem_size, elem_align);
    if (err != KL_OK)
        return err;
    __builtin_memcpy((char *)d->ptr + slot(d, d->len) * elem_size, elem, elem_size);
    d->len++;
    return KL_OK;
}

kl_err kl_deque_push_front(kl_deque *d, const void *elem, size_t elem_size,
                           size_t elem_align)
{
    kl_err err = kl_deque_reserve(d, 1, elem_size, elem_align);
    if (err != KL_OK)
        return err;
    d->head = d->head == 0 ? d->cap - 1 : d->head - 1;
    __builtin_memcpy((char *)d->ptr + d->head * elem_size, elem, elem_size);
    d->len++;
    return KL_OK;
}

bool kl_deque_pop_back(kl_deque *d, void *out, size_t elem_size)
{
    if (d->len == 0)
        return false;
    d->len--;
    if (out != NULL)
        __builtin_memcpy(out, (char *)d->ptr + slot(d, d->len) * elem_size, elem_size);
    return true;
}

bool kl_deque_pop_front(kl_deque *d, void *out, size_t elem_size)
{
    if (d->len == 0)
        return false;
    if (out != NULL)
        __builtin_memcpy(out, (char *)d->ptr + d->head * elem_size, elem_size);
    d->head = slot(d, 1);
    d->len--;
    return true;
}

void *kl_deque_get(const kl_deque *d, size_t i, size_t elem_size)
{
    if (i >= d->len)
        return NULL;
    return (char *)d->ptr + slot(d, i) * elem_size;
}

void *kl_deque_at(const kl_deque *d, size_t i, size_t elem_size)
{
    if (i >= d->len)
        kl_vec_index_fail(i, d->len);
    return (char *)d->ptr + slot(d, i) * elem_size;
}

void kl_deque_clear(kl_deque *d)
{
    d->head = 0;
    d->len = 0;
}

void kl_deque_as_slices(const kl_deque *d, size_t elem_size, kl_vec_view *a,
                        kl_vec_view *b)
{
    a->ptr = b->ptr = d->ptr;
    a->len = b->len = 0;
    if (d->len == 0)
        return;
    size_t front = d->cap - d->head;
    a->ptr = (char *)d->ptr + d->head * elem_size;
    if (d->len <= front) {
        a->len = d->len;
    } else {
        a->len = front;
        b->len = d->len - front;
    }
}
