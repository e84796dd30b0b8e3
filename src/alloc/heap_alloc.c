/* kl_heap_alloc: good fit in constant time.
 *
 * The request is rounded up to the next size-class boundary, so that the
 * first block of any non-empty list from that class on fits: no list is
 * searched (the paper's "mapping_search" then "find_suitable_block").  A
 * block larger than needed is split, its tail going back to the lists. */
#include "internal/heap.h"

block *kl__heap_find(kl_heap *h, size_t size)
{
    if (size >= SMALL)
        size += ((size_t)1 << (log2_size(size) - SL_LOG2)) - 1;
    unsigned fl, sl;
    size_class(size, &fl, &sl);
    if (fl >= FL_COUNT)
        return NULL;
    uint32_t sl_map = h->sl_bitmap[fl] & (~UINT32_C(0) << sl);
    if (sl_map == 0) {
        if (fl + 1 >= FL_COUNT)
            return NULL;
        uint32_t fl_map = h->fl_bitmap & (~UINT32_C(0) << (fl + 1));
        if (fl_map == 0)
            return NULL;
        fl = (unsigned)__builtin_ctz(fl_map);
        sl_map = h->sl_bitmap[fl];
    }
    sl = (unsigned)__builtin_ctz(sl_map);
    return h->free[fl][sl];
}

void *kl__heap_take(kl_heap *h, block *b, size_t size)
{
    list_remove(h, b);
    mark_used(b);
    trim_used(h, b, size);
    h->used_bytes += block_size(b);
    h->used_blocks++;
    return block_payload(b);
}

void *kl_heap_alloc(kl_heap *h, size_t size, size_t align)
{
    if (align == 0 || (align & (align - 1)) != 0)
        kl_panic("allocation alignment %zu is not a power of two", align);
    if (align > ALIGN)
        return kl__heap_alloc_aligned(h, size, align);
    size = request_size(size);
    if (size == 0)
        return NULL;
    block *b = kl__heap_find(h, size);
    if (b == NULL)
        return NULL;
    return kl__heap_take(h, b, size);
}
