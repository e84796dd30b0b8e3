/* kl_heap_check: every invariant of a heap, checked the slow way. */
#include "internal/heap.h"

static const char *check_region(const struct kl__heap_region *r, size_t *free_blocks,
                                size_t *free_bytes, size_t *used_blocks, size_t *used_bytes)
{
    const char *end = (const char *)r + r->bytes;
    const block *b = (const block *)(const void *)(r + 1);
    bool prev_free = false;
    for (;;) {
        if ((const char *)b + HDR > end)
            return "a block runs past its region's end";
        if (((uintptr_t)block_payload(b) & (ALIGN - 1)) != 0)
            return "a block's payload is misaligned";
        if (((b->size & PREV_FREE) != 0) != prev_free)
            return "a block's PREV_FREE flag disagrees with the block before";
        size_t size = block_size(b);
        if (size == 0) {
            if ((const char *)b + HDR != end)
                return "the sentinel is not at the region's end";
            if (block_is_free(b))
                return "the sentinel is marked free";
            return NULL;
        }
        if (size % ALIGN != 0 || size < MIN_SIZE)
            return "a block's size is not a multiple of the alignment";
        if (block_is_free(b)) {
            if (prev_free)
                return "two free blocks are adjacent";
            if (block_next(b)->prev_phys != b)
                return "a free block's boundary tag is wrong";
            ++*free_blocks;
            *free_bytes += size;
        } else {
            ++*used_blocks;
            *used_bytes += size;
        }
        prev_free = block_is_free(b);
        b = block_next(b);
    }
}

const char *kl_heap_check(const kl_heap *h)
{
    size_t free_blocks = 0, free_bytes = 0, used_blocks = 0, used_bytes = 0;
    for (const struct kl__heap_region *r = h->regions; r != NULL; r = r->next) {
        const char *err = check_region(r, &free_blocks, &free_bytes, &used_blocks, &used_bytes);
        if (err != NULL)
            return err;
    }
    if (used_blocks != h->used_blocks || used_bytes != h->used_bytes)
        return "the used-block counters disagree with the blocks";
    if (free_blocks != h->free_blocks || free_bytes != h->free_bytes)
        return "the free-block counters disagree with the blocks";

    size_t listed = 0;
    for (unsigned fl = 0; fl < FL_COUNT; fl++) {
        if (((h->fl_bitmap >> fl) & 1) != (h->sl_bitmap[fl] != 0))
            return "the first-level bitmap disagrees with the second level";
        for (unsigned sl = 0; sl < SL_COUNT; sl++) {
            const block *b = h->free[fl][sl];
            if (((h->sl_bitmap[fl] >> sl) & 1) != (b != NULL))
                return "a second-level bitmap disagrees with its lists";
            const block *prev = NULL;
            for (; b != NULL; prev = b, b = b->next_free) {
                if (++listed > free_blocks)
                    return "the free lists hold more blocks than the regions";
                if (!block_is_free(b))
                    return "a listed block is not free";
                if (b->prev_free != prev)
                    return "a free list's back link is wrong";
                unsigned bfl, bsl;
                size_class(block_size(b), &bfl, &bsl);
                if (bfl != fl || bsl != sl)
                    return "a free block is in the wrong size class's list";
            }
        }
    }
    if (listed != free_blocks)
        return "a free block is in no list";
    return NULL;
}
