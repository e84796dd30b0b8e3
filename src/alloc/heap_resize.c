/* kl_heap_resize: in place when shrinking, or when the block after is
 * free and the two together are large enough; otherwise allocate, copy,
 * free. */
#include "internal/heap.h"

void *kl_heap_resize(kl_heap *h, void *ptr, size_t new_size, size_t align)
{
    block *b = used_block_of(ptr);
    size_t size = request_size(new_size);
    if (size == 0)
        return NULL;
    size_t have = block_size(b);
    if (size > have) {
        block *next = block_next(b);
        if (!block_is_free(next) || have + HDR + block_size(next) < size) {
            void *fresh = kl_heap_alloc(h, new_size, align);
            if (fresh == NULL)
                return NULL;
            __builtin_memcpy(fresh, ptr, have < new_size ? have : new_size);
            kl_heap_free(h, ptr);
            return fresh;
        }
        list_remove(h, next);
        b->size += HDR + block_size(next);
        block_next(b)->size &= ~(size_t)PREV_FREE;
    }
    trim_used(h, b, size);
    h->used_bytes += block_size(b) - have;
    return ptr;
}
