/* src/internal/sort.h -- the sort engine of keel/slice.h instantiated for
 * the type-erased functions: element size and qsort-style comparison come
 * at run time through a kl__sort_ctx.  Private: never installed. */
#ifndef KEEL_INTERNAL_SORT_H
#define KEEL_INTERNAL_SORT_H

#include <keel/slice.h>
#include "internal/swap.h"

typedef struct kl__sort_ctx {
    size_t size;
    int (*cmp)(const void *, const void *);
} kl__sort_ctx;

#define KL__GENERIC_SZ (((const kl__sort_ctx *)c)->size)
#define KL__GENERIC_LESS(c, a, b) (((const kl__sort_ctx *)(c))->cmp((a), (b)) < 0)
#define KL__GENERIC_SWAP(c, a, b) kl__swap_bytes((a), (b), ((const kl__sort_ctx *)(c))->size)

KL__SORT_TEMPLATE(kl__generic, KL__GENERIC_SZ, KL__GENERIC_LESS, KL__GENERIC_SWAP, 0)

#endif /* KEEL_INTERNAL_SORT_H */
