/* kl_select_nth: the type-erased introselect. */
#include <keel/panic.h>
#include <keel/slice.h>
#include "internal/sort.h"

void kl_select_nth(void *base, size_t n, size_t size, size_t k,
                   int (*cmp)(const void *, const void *))
{
    if (k >= n)
        kl_panic("kl_select_nth: index %zu out of range for %zu elements", k, n);
    if (size == 0)
        kl_panic("kl_select_nth: element size 0");
    kl__sort_ctx ctx = { size, cmp };
    kl__generic_select(&ctx, base, n, k);
}
