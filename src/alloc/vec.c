/* kl_vec: the type-erased core of every typed vector -- storage. */
#include <keel/vec.h>

#include "internal/grow.h"

void kl_vec_init(kl_vec *v, kl_allocator *alloc)
{
    v->ptr = NULL;
    v->len = 0;
    v->cap = 0;
    v->alloc = alloc;
}

void kl_vec_free(kl_vec *v, size_t elem_size, size_t elem_align)
{
    if (v->cap > 0)
        kl_free(v->alloc, v->ptr, v->cap * elem_size, elem_align);
    v->ptr = NULL;
    v->len = 0;
    v->cap = 0;
}

/* Move v's block to cap elements, or fail leaving v as it was.  A vector
 * of zero-size elements never allocates: its capacity is SIZE_MAX and its
 * pointer the (non-NULL) alignment, as Rust's. */
static kl_err set_cap(kl_vec *v, size_t cap, size_t elem_size, size_t elem_align)
{
    void *p = kl_resize(v->alloc, v->ptr, v->cap * elem_size, cap * elem_size,
                        elem_align);
    if (p == NULL)
        return KL_ENOMEM;
    v->ptr = p;
    v->cap = cap;
    return KL_OK;
}

static kl_err zero_size_reserve(kl_vec *v, size_t additional, size_t elem_align)
{
    if (additional > SIZE_MAX - v->len)
        return KL_ENOMEM;
    v->ptr = (void *)elem_align;
    v->cap = SIZE_MAX;
    return KL_OK;
}

kl_err kl_vec_reserve(kl_vec *v, size_t additional, size_t elem_size, size_t elem_align)
{
    if (v->cap - v->len >= additional)
        return KL_OK;
    if (elem_size == 0)
        return zero_size_reserve(v, additional, elem_align);
    size_t cap;
    if (!kl__grow_amortized(v->cap, v->len, additional, elem_size, &cap))
        return KL_ENOMEM;
    return set_cap(v, cap, elem_size, elem_align);
}

kl_err kl_vec_reserve_exact(kl_vec *v, size_t additional, size_t elem_size,
                            size_t elem_align)
{
    if (v->cap - v->len >= additional)
        return KL_OK;
    if (elem_size == 0)
        return zero_size_reserve(v, additional, elem_align);
    size_t cap;
    if (!kl__grow_exact(v->len, additional, elem_size, &cap))
        return KL_ENOMEM;
    return set_cap(v, cap, elem_size, elem_align);
}

kl_err kl_vec_shrink_to_fit(kl_vec *v, size_t elem_size, size_t elem_align)
{
    if (elem_size == 0 || v->cap == v->len)
        return KL_OK;
    kl_err err = set_cap(v, v->len, elem_size, elem_align);
    if (err == KL_OK && v->cap == 0)
        v->ptr = NULL;
    return err;
}

kl_err kl_vec_push(kl_vec *v, const void *elem, size_t elem_size, size_t elem_align)
{
    kl_err err = kl_vec_reserve(v, 1, elem_size, elem_align);
    if (err != KL_OK)
        return err;
    __builtin_memcpy((char *)v->ptr + v->len * elem_size, elem, elem_size);
    v->len++;
    return KL_OK;
}

bool kl_vec_pop(kl_vec *v, void *out, size_t elem_size)
{
    if (v->len == 0)
        return false;
    v->len--;
    if (out != NULL)
        __builtin_memcpy(out, (char *)v->ptr + v->len * elem_size, elem_size);
    return true;
}
