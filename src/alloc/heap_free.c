/* kl_heap_free: immediate coalescing through the boundary tags, in
 * constant time.  A free block never has a free neighbour, so merging
 * looks one block each way. */
#include "internal/heap.h"

void kl_heap_free(kl_heap *h, void *ptr)
{
    if (ptr == NULL)
        return;
    block *b = used_block_of(ptr);
    h->used_bytes -= block_size(b);
    h->used_blocks--;
    if (b->size & PREV_FREE) {
        block *prev = b->prev_phys;
        list_remove(h, prev);
        prev->size += HDR + block_size(b);
        b = prev;
    }
    merge_next(h, b);
    mark_free(b);
    list_insert(h, b);
}
