/* internal/arena.h -- the chunk header of kl_arena (src/alloc/arena*.c). */
#ifndef KEEL_INTERNAL_ARENA_H
#define KEEL_INTERNAL_ARENA_H

#include <keel/require/alloc.h>
#include <keel/arena.h>

/* A chunk: this header, then its bytes, size in all, from the parent
 * with alignment CHUNK_ALIGN. */
struct kl__arena_chunk {
    struct kl__arena_chunk *prev;
    size_t size;
};

#define CHUNK_ALIGN _Alignof(struct kl__arena_chunk)

static inline char *chunk_start(struct kl__arena_chunk *c)
{
    return (char *)(c + 1);
}

static inline char *chunk_end(struct kl__arena_chunk *c)
{
    return (char *)c + c->size;
}

static inline void chunk_free(kl_arena *a, struct kl__arena_chunk *c)
{
    a->chunk_bytes -= c->size;
    kl_free(a->parent, c, c->size, CHUNK_ALIGN);
}

#endif /* KEEL_INTERNAL_ARENA_H */
