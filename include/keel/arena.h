/* keel/arena.h -- a bump arena over a parent allocator.  Layer: alloc.
 *
 * kl_arena hands out memory by bumping a pointer through chunks it takes
 * from a parent allocator (NULL = the global one), each chunk at least
 * twice the size of the one before.  Blocks are not freed one by one --
 * freeing the most recent block gives its space back, freeing any other
 * does nothing -- but all at once: kl_arena_reset (keep the newest chunk
 * for reuse), kl_arena_release (back to a kl_arena_save mark, as a stack)
 * and kl_arena_free (everything back to the parent).  The most recent
 * block can be resized in place.  Not thread-safe.
 *
 *     kl_arena ar;
 *     kl_arena_init(&ar, NULL, 0);
 *     kl_allocator *a = kl_arena_allocator(&ar);   (for containers)
 *     char *s = kl_arena_alloc(&ar, 100, 1);
 *     kl_arena_free(&ar);
 */
#ifndef KEEL_ARENA_H
#define KEEL_ARENA_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>

struct kl__arena_chunk;

/* kl_arena: an arena (caller storage; fields private). */
typedef struct kl_arena {
    kl_allocator allocator;         /* kl_arena_allocator's result */
    kl_allocator *parent;           /* where chunks come from (NULL = global) */
    struct kl__arena_chunk *chunk;  /* the newest chunk; older ones chain */
    char *ptr, *end;                /* the free part of the newest chunk */
    char *last;                     /* the most recent block, or NULL */
    size_t first_size;              /* the first chunk's size */
    size_t chunk_bytes;             /* bytes held from the parent */
} kl_arena;

/* kl_arena_mark: a position in an arena, from kl_arena_save. */
typedef struct kl_arena_mark {
    struct kl__arena_chunk *chunk;
    char *ptr;
} kl_arena_mark;

/* KL_ARENA_DEFAULT_CHUNK: the first chunk's size when kl_arena_init is
 * given 0. */
#define KL_ARENA_DEFAULT_CHUNK 4096

KL_BEGIN_DECLS

/* kl_arena_init: an empty arena taking chunks from parent (NULL = the
 * global allocator), the first of first_chunk bytes (0: the default);
 * nothing is allocated until the first block is asked for. */
KL_API void kl_arena_init(kl_arena *a, kl_allocator *parent, size_t first_chunk);

/* kl_arena_allocator: a as a kl_allocator (free gives the most recent
 * block back, others are kept until reset; resize is in place for the
 * most recent block). */
KL_API kl_allocator *kl_arena_allocator(kl_arena *a);

/* kl_arena_alloc: size bytes aligned to align (a power of two) from a,
 * or NULL when the parent has no memory for a new chunk (a is then
 * unchanged).  size 0 gives an aligned pointer to no bytes.  Panics if
 * align is not a power of two. */
KL_API void *kl_arena_alloc(kl_arena *a, size_t size, size_t align);

/* kl_arena_resize: the block ptr of old_size bytes resized to new_size,
 * keeping min(old, new) bytes: in place when ptr is the most recent block
 * and its chunk has room, or when shrinking; else copied into a new
 * block (the old one stays until reset).  NULL on failure, ptr
 * untouched. */
KL_API void *kl_arena_resize(kl_arena *a, void *ptr, size_t old_size, size_t new_size,
                             size_t align);

/* kl_arena_save: the current position of a, for kl_arena_release.  The
 * most recent block is then no longer resized in place (it must not grow
 * past the mark). */
KL_API kl_arena_mark kl_arena_save(kl_arena *a);

/* kl_arena_release: free every block allocated since m was saved (the
 * chunks taken since go back to the parent); marks saved after m become
 * invalid.  Panics if m is not a live mark of a. */
KL_API void kl_arena_release(kl_arena *a, kl_arena_mark m);

/* kl_arena_reset: free every block; the newest (largest) chunk is kept
 * for the blocks to come, the others go back to the parent.  Every mark
 * becomes invalid. */
KL_API void kl_arena_reset(kl_arena *a);

/* kl_arena_free: give every chunk back to the parent; a is then empty
 * and reusable. */
KL_API void kl_arena_free(kl_arena *a);

/* kl_arena_chunk_bytes: the bytes a holds from its parent. */
KL_API size_t kl_arena_chunk_bytes(const kl_arena *a);

KL_END_DECLS

#endif /* KEEL_ARENA_H */
