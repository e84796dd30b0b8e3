/* src/internal/rc.h -- the block layout of Rc and Arc values.  Private:
 * never installed (the tests include it to set counts near overflow).
 *
 * A block is [padding][header][value]: the value sits at an offset that is
 * a multiple of its alignment, the header right before it, so a handle
 * (the value's address) finds its header by subtraction.  The weak count
 * includes one reference held by all the strong ones together (Rust's
 * layout): it drops to 0, and the block is freed, only after the value
 * was dropped and every weak reference is gone. */
#ifndef KEEL_INTERNAL_RC_H
#define KEEL_INTERNAL_RC_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/atomic.h>
#include <keel/rc.h>

/* The most references of either kind (Rust's MAX_REFCOUNT, isize::MAX). */
#define KL__RC_MAX ((size_t)PTRDIFF_MAX)

/* What Rc and Arc share: where the block is and how to destroy it. */
typedef struct kl__rc_block {
    kl_allocator *alloc;
    kl_rc_drop_fn drop;
    size_t offset; /* from the block's start to the value */
    size_t size;   /* of the block */
    size_t align;  /* of the block */
} kl__rc_block;

typedef struct kl__rc_header {
    size_t strong;
    size_t weak;
    kl__rc_block block;
} kl__rc_header;

typedef struct kl__arc_header {
    kl_atomic_usize strong;
    kl_atomic_usize weak; /* SIZE_MAX: locked by get_mut */
    kl__rc_block block;
} kl__arc_header;

static inline kl__rc_header *kl__rc_header_of(void *value)
{
    return (kl__rc_header *)(void *)((char *)value - sizeof(kl__rc_header));
}

static inline kl__arc_header *kl__arc_header_of(void *value)
{
    return (kl__arc_header *)(void *)((char *)value - sizeof(kl__arc_header));
}

/* kl__rc_block_new: allocate a block for a value of size bytes aligned to
 * align behind a header of header_size bytes (aligned to header_align),
 * copy or zero the value, fill *b; the value's address, or NULL. */
void *kl__rc_block_new(kl_allocator *alloc, const void *value, size_t size,
                       size_t align, size_t header_size, size_t header_align,
                       kl_rc_drop_fn drop, kl__rc_block *b);

/* kl__rc_block_free: give the block of the value at value back. */
void kl__rc_block_free(const kl__rc_block *b, void *value);

/* kl__rc_overflow: panic that a reference count would overflow. */
KL_NORETURN void kl__rc_overflow(void);

#endif /* KEEL_INTERNAL_RC_H */
