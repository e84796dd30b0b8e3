/* kl_sort_stable: the type-erased stable merge sort on caller scratch. */
#include <keel/panic.h>
#include <keel/slice.h>
#include "internal/sort.h"

void kl_sort_stable(void *base, size_t n, size_t size,
                    int (*cmp)(const void *, const void *), void *scratch)
{
    if (n < 2)
        return;
    if (size == 0)
        kl_panic("kl_sort_stable: element size 0");
    if (scratch == NULL)
        kl_panic("kl_sort_stable: no scratch space for %zu elements", n);
    kl__sort_ctx ctx = { size, cmp };
    kl__generic_stable(&ctx, base, n, scratch);
}
