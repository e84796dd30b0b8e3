/* kl_heap_stats_get, kl_heap_block_size: what a heap holds. */
#include "internal/heap.h"

kl_heap_stats kl_heap_stats_get(const kl_heap *h)
{
    kl_heap_stats s = { h->used_bytes, h->free_bytes, 0, h->used_blocks, h->free_blocks, 0 };
    for (const struct kl__heap_region *r = h->regions; r != NULL; r = r->next)
        s.regions++;
    if (h->fl_bitmap != 0) {
        /* The largest block is in the highest non-empty list. */
        unsigned fl = 31 - (unsigned)__builtin_clz(h->fl_bitmap);
        unsigned sl = 31 - (unsigned)__builtin_clz(h->sl_bitmap[fl]);
        for (const block *b = h->free[fl][sl]; b != NULL; b = b->next_free)
            if (block_size(b) > s.largest_free)
                s.largest_free = block_size(b);
    }
    return s;
}

size_t kl_heap_block_size(const kl_heap *h, const void *ptr)
{
    return block_size(used_block_of(ptr));
}
