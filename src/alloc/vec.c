/* kl_vec: the type-erased core of every typed vector. */
#include <keel/vec.h>

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

kl_err kl_vec_reserve(kl_vec *v, size_t additional, size_t elem_size, size_t elem_align)
{
    if (v->cap - v->len >= additional)
        return KL_OK;
    size_t max_elems = (size_t)-1 / (elem_size > 0 ? elem_size : 1);
    if (additional > max_elems - v->len)
        return KL_ENOMEM;
    /* Grow to at least double, so n pushes cost O(n) copying in all. */
    size_t need = v->len + additional;
    size_t cap = v->cap <= max_elems / 2 ? v->cap * 2 : max_elems;
    if (cap < need)
        cap = need;
    if (cap < 4 && max_elems >= 4)
        cap = 4;
    void *p = kl_resize(v->alloc, v->ptr, v->cap * elem_size, cap * elem_size, elem_align);
    if (p == NULL)
        return KL_ENOMEM;
    v->ptr = p;
    v->cap = cap;
    return KL_OK;
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
