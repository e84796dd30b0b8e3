/* kl_vec: inserting and removing in the middle, extending, truncating. */
#include <keel/vec.h>

kl_err kl_vec_insert(kl_vec *v, size_t index, const void *elem, size_t elem_size,
                     size_t elem_align)
{
    if (index > v->len)
        kl_panic("insertion index (is %zu) should be <= len (is %zu)", index, v->len);
    kl_err err = kl_vec_reserve(v, 1, elem_size, elem_align);
    if (err != KL_OK)
        return err;
    char *at = (char *)v->ptr + index * elem_size;
    __builtin_memmove(at + elem_size, at, (v->len - index) * elem_size);
    __builtin_memcpy(at, elem, elem_size);
    v->len++;
    return KL_OK;
}

void kl_vec_remove(kl_vec *v, size_t index, void *out, size_t elem_size)
{
    if (index >= v->len)
        kl_panic("removal index (is %zu) should be < len (is %zu)", index, v->len);
    char *at = (char *)v->ptr + index * elem_size;
    if (out != NULL)
        __builtin_memcpy(out, at, elem_size);
    __builtin_memmove(at, at + elem_size, (v->len - index - 1) * elem_size);
    v->len--;
}

void kl_vec_swap_remove(kl_vec *v, size_t index, void *out, size_t elem_size)
{
    if (index >= v->len)
        kl_panic("swap_remove index (is %zu) should be < len (is %zu)", index, v->len);
    char *at = (char *)v->ptr + index * elem_size;
    if (out != NULL)
        __builtin_memcpy(out, at, elem_size);
    v->len--;
    if (index != v->len)
        __builtin_memcpy(at, (char *)v->ptr + v->len * elem_size, elem_size);
}

kl_err kl_vec_extend(kl_vec *v, const void *src, size_t n, size_t elem_size,
                     size_t elem_align)
{
    kl_err err = kl_vec_reserve(v, n, elem_size, elem_align);
    if (err != KL_OK)
        return err;
    if (n > 0)
        __builtin_memcpy((char *)v->ptr + v->len * elem_size, src, n * elem_size);
    v->len += n;
    return KL_OK;
}

void kl_vec_truncate(kl_vec *v, size_t len)
{
    if (len < v->len)
        v->len = len;
}

void kl_vec_clear(kl_vec *v)
{
    v->len = 0;
}
