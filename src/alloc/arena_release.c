/* kl_arena_save, kl_arena_release, kl_arena_reset, kl_arena_free: giving
 * an arena's blocks back all at once. */
#include <keel/panic.h>
#include "internal/arena.h"

kl_arena_mark kl_arena_save(kl_arena *a)
{
    a->last = NULL;
    return (kl_arena_mark){ a->chunk, a->ptr };
}

void kl_arena_release(kl_arena *a, kl_arena_mark m)
{
    /* The chunk count is logarithmic in the bytes: checking the mark
     * first costs little and turns a stale mark into a clear panic. */
    struct kl__arena_chunk *c = a->chunk;
    while (c != m.chunk && c != NULL)
        c = c->prev;
    bool ok = c == m.chunk
              && (c == NULL ? m.ptr == NULL
                            : m.ptr >= chunk_start(c) && m.ptr <= chunk_end(c)
                                  && (c != a->chunk || m.ptr <= a->ptr));
    if (!ok)
        kl_panic("kl_arena_release: the mark is not a live mark of this arena");
    while (a->chunk != m.chunk) {
        c = a->chunk;
        a->chunk = c->prev;
        chunk_free(a, c);
    }
    a->ptr = m.ptr;
    a->end = m.chunk != NULL ? chunk_end(m.chunk) : NULL;
    a->last = NULL;
}

void kl_arena_reset(kl_arena *a)
{
    struct kl__arena_chunk *keep = a->chunk;
    if (keep == NULL)
        return;
    while (keep->prev != NULL) {
        struct kl__arena_chunk *c = keep->prev;
        keep->prev = c->prev;
        chunk_free(a, c);
    }
    a->ptr = chunk_start(keep);
    a->end = chunk_end(keep);
    a->last = NULL;
}

void kl_arena_free(kl_arena *a)
{
    while (a->chunk != NULL) {
        struct kl__arena_chunk *c = a->chunk;
        a->chunk = c->prev;
        chunk_free(a, c);
    }
    a->ptr = a->end = a->last = NULL;
}
