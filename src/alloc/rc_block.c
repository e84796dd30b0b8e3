/* The blocks of Rc and Arc values: layout, allocation, release. */
#include <keel/panic.h>

#include "internal/rc.h"

void *kl__rc_block_new(kl_allocator *alloc, const void *value, size_t size,
                       size_t align, size_t header_size, size_t header_align,
                       kl_rc_drop_fn drop, kl__rc_block *b)
{
    if (align == 0 || (align & (align - 1)) != 0)
        kl_panic("Rc alignment %zu is not a power of two", align);
    size_t block_align = align > header_align ? align : header_align;
    /* header_size is a multiple of header_align; round it up to the value's
     * alignment so that the header ends exactly where the value starts. */
    if (header_size > (size_t)PTRDIFF_MAX - block_align)
        return NULL;
    size_t offset = (header_size + block_align - 1) & ~(block_align - 1);
    if (size > (size_t)PTRDIFF_MAX - offset)
        return NULL;
    char *p = kl_alloc(alloc, offset + size, block_align);
    if (p == NULL)
        return NULL;
    char *v = p + offset;
    if (size > 0) {
        if (value != NULL)
            __builtin_memcpy(v, value, size);
        else
            __builtin_memset(v, 0, size);
    }
    b->alloc = alloc;
    b->drop = drop;
    b->offset = offset;
    b->size = offset + size;
    b->align = block_align;
    return v;
}

void kl__rc_block_free(const kl__rc_block *b, void *value)
{
    kl__rc_block c = *b; /* b lies inside the block */
    kl_free(c.alloc, (char *)value - c.offset, c.size, c.align);
}

void kl__rc_overflow(void)
{
    kl_panic("reference count overflow");
}
