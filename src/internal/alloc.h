/* internal/alloc.h -- between the global allocator's selection
 * (src/alloc/global.c) and the default it falls back to. */
#ifndef KEEL_INTERNAL_ALLOC_H
#define KEEL_INTERNAL_ALLOC_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>

/* kl__global_default: keel's default global allocator: over malloc
 * (src/alloc/global_malloc.c) or, --without-malloc, keel's global heap
 * (src/alloc/global_heap.c).  Exactly one of the two is built. */
kl_allocator *kl__global_default(void);

#endif /* KEEL_INTERNAL_ALLOC_H */
