/* kl_arena: bump allocation through geometrically growing chunks. */
#include <keel/panic.h>
#include "internal/arena.h"

static void *arena_vt_alloc(void *ctx, size_t size, size_t align)
{
    return kl_arena_alloc(ctx, size, align);
}

static void *arena_vt_resize(void *ctx, void *ptr, size_t old_size, size_t new_size,
                             size_t align)
{
    return kl_arena_resize(ctx, ptr, old_size, new_size, align);
}

/* Only the most recent block's space can come back. */
static void arena_vt_free(void *ctx, void *ptr, size_t size, size_t align)
{
    kl_arena *a = ctx;
    if (ptr == a->last && ptr != NULL) {
        a->ptr = a->last;
        a->last = NULL;
    }
}

static const kl_allocator_vtable arena_vtable = { arena_vt_alloc, arena_vt_resize, arena_vt_free };

void kl_arena_init(kl_arena *a, kl_allocator *parent, size_t first_chunk)
{
    *a = (kl_arena){ .allocator = { &arena_vtable, a }, .parent = parent,
                     .first_size = first_chunk != 0 ? first_chunk : KL_ARENA_DEFAULT_CHUNK };
}

kl_allocator *kl_arena_allocator(kl_arena *a)
{
    return &a->allocator;
}

/* A new chunk with room for size bytes at align: at least twice the
 * newest chunk (geometric growth keeps the count of chunks logarithmic). */
static bool grow(kl_arena *a, size_t size, size_t align)
{
    size_t header = sizeof(struct kl__arena_chunk);
    size_t want = a->chunk != NULL ? a->chunk->size : a->first_size / 2;
    want = want <= SIZE_MAX / 2 ? want * 2 : SIZE_MAX;
    if (want < a->first_size)
        want = a->first_size;
    if (size > SIZE_MAX - header - (align - 1))
        return false;
    size_t need = header + size + (align - 1);
    if (want < need)
        want = need;
    struct kl__arena_chunk *c = kl_alloc(a->parent, want, CHUNK_ALIGN);
    if (c == NULL && want > need) {
        want = need; /* the doubled size may be too much; the need may not */
        c = kl_alloc(a->parent, want, CHUNK_ALIGN);
    }
    if (c == NULL)
        return false;
    c->prev = a->chunk;
    c->size = want;
    a->chunk = c;
    a->chunk_bytes += want;
    a->ptr = chunk_start(c);
    a->end = chunk_end(c);
    return true;
}

void *kl_arena_alloc(kl_arena *a, size_t size, size_t align)
{
    if (align == 0 || (align & (align - 1)) != 0)
        kl_panic("allocation alignment %zu is not a power of two", align);
    char *p = NULL;
    if (a->ptr != NULL) {
        size_t pad = (size_t)(-(uintptr_t)a->ptr & (align - 1));
        size_t room = (size_t)(a->end - a->ptr);
        if (pad <= room && size <= room - pad)
            p = a->ptr + pad;
    }
    if (p == NULL) {
        if (!grow(a, size, align))
            return NULL;
        p = a->ptr + (size_t)(-(uintptr_t)a->ptr & (align - 1));
    }
    a->ptr = p + size;
    a->last = p;
    return p;
}

void *kl_arena_resize(kl_arena *a, void *ptr, size_t old_size, size_t new_size, size_t align)
{
    char *p = ptr;
    if (p == a->last && p != NULL && new_size <= (size_t)(a->end - p)) {
        a->ptr = p + new_size;
        return ptr;
    }
    if (new_size <= old_size)
        return ptr;
    char *fresh = kl_arena_alloc(a, new_size, align);
    if (fresh == NULL)
        return NULL;
    if (old_size != 0)
        __builtin_memcpy(fresh, ptr, old_size);
    return fresh;
}

size_t kl_arena_chunk_bytes(const kl_arena *a)
{
    return a->chunk_bytes;
}
