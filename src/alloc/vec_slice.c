/* kl_vec: checked views and the index panic. */
#include <keel/vec.h>

kl_vec_view kl_vec_slice(const kl_vec *v, size_t start, size_t end, size_t elem_size)
{
    /* Rust's order: an inverted range first, then the end. */
    if (start > end)
        kl_panic("slice index starts at %zu but ends at %zu", start, end);
    if (end > v->len)
        kl_panic("range end index %zu out of range for slice of length %zu", end,
                 v->len);
    kl_vec_view s = { v->ptr, end - start };
    if (s.ptr != NULL) /* (NULL + 0 is undefined in C) */
        s.ptr = (char *)s.ptr + start * elem_size;
    return s;
}

void kl_vec_index_fail(size_t index, size_t len)
{
    kl_panic("index out of bounds: the len is %zu but the index is %zu", len, index);
}
