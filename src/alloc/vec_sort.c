/* kl_vec: sorting, through slice.h. */
#include <keel/vec.h>

void kl_vec_sort(kl_vec *v, int (*cmp)(const void *, const void *), size_t elem_size)
{
    kl_sort(v->ptr, v->len, elem_size, cmp);
}

kl_err kl_vec_sort_stable(kl_vec *v, int (*cmp)(const void *, const void *),
                          size_t elem_size, size_t elem_align)
{
    if (v->len < 2 || elem_size == 0)
        return KL_OK;
    size_t bytes = v->len * elem_size;
    void *scratch = kl_alloc(v->alloc, bytes, elem_align);
    if (scratch == NULL)
        return KL_ENOMEM;
    kl_sort_stable(v->ptr, v->len, elem_size, cmp, scratch);
    kl_free(v->alloc, scratch, bytes, elem_align);
    return KL_OK;
}
