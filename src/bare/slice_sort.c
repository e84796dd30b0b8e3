/* kl_sort: the type-erased unstable sort (pattern-defeating quicksort;
 * the engine is KL__SORT_TEMPLATE in keel/slice.h). */
#include <keel/panic.h>
#include <keel/slice.h>
#include "internal/sort.h"

void kl_sort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n < 2)
        return;
    if (size == 0)
        kl_panic("kl_sort: element size 0");
    kl__sort_ctx ctx = { size, cmp };
    kl__generic_sort(&ctx, base, n);
}
