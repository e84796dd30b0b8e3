/* kl_heap_alloc for alignments beyond the heap's own: take a block with
 * room for the alignment, and give the gap in front of the aligned
 * address back as a free block of its own. */
#include "internal/heap.h"

void *kl__heap_alloc_aligned(kl_heap *h, size_t size, size_t align)
{
    size = request_size(size);
    /* The aligned payload is either the block's own or at least a minimal
     * free block further on: room for size, a gap of at most align -
     * ALIGN, plus possibly one more minimal block. */
    size_t slack = align + HDR + MIN_SIZE;
    if (size == 0 || align > BLOCK_MAX || size > BLOCK_MAX - slack)
        return NULL;
    block *b = kl__heap_find(h, size + slack);
    if (b == NULL)
        return NULL;

    uintptr_t payload = (uintptr_t)block_payload(b);
    uintptr_t aligned = (payload + align - 1) & ~(uintptr_t)(align - 1);
    if (aligned != payload && aligned - payload < HDR + MIN_SIZE)
        aligned = (payload + HDR + MIN_SIZE + align - 1) & ~(uintptr_t)(align - 1);
    size_t gap = aligned - payload;
    if (gap == 0)
        return kl__heap_take(h, b, size);

    /* b keeps the gap (less the new block's header) and stays free, in
     * the list of its new size; the aligned block follows it. */
    list_remove(h, b);
    block *a = block_of((void *)aligned);
    a->size = (block_size(b) - gap) | FREE | PREV_FREE;
    a->prev_phys = b;
    b->size = (b->size & FLAGS) | (gap - HDR);
    list_insert(h, b);
    block_next(a)->prev_phys = a;
    list_insert(h, a);
    return kl__heap_take(h, a, size);
}
