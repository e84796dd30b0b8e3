/* internal/heap.h -- the block layout and list operations of kl_heap,
 * shared by src/alloc/heap_*.c.
 *
 * TLSF, after Masmano, Ripoll, Crespo and Real, "TLSF: a New Dynamic
 * Memory Allocator for Real-Time Systems" (ECRTS 2004).  Each region is a
 * row of blocks ended by a zero-size sentinel.  A block is a two-word
 * header -- the previous block's address (meaningful only while that
 * block is free) and this block's payload size with two flags in its low
 * bits -- followed by the payload; a free block keeps its free-list links
 * in the first two words of its payload.  Payload sizes are multiples of
 * ALIGN (two words: 8 bytes on 32-bit targets, 16 on 64-bit hosts, the
 * usual max_align_t), so every payload is ALIGN-aligned.
 *
 * Free blocks sit in a two-level table of lists: the first level is the
 * size's power of two, the second splits it linearly into 2^SL_LOG2
 * classes (sizes below SMALL get exact classes of ALIGN bytes).  A bitmap
 * per level says which lists are non-empty, so finding a list whose every
 * block fits a request is two find-first-set operations. */
#ifndef KEEL_INTERNAL_HEAP_H
#define KEEL_INTERNAL_HEAP_H

#include <keel/require/alloc.h>
#include <keel/heap.h>
#include <keel/panic.h>

typedef struct kl__heap_block block;

struct kl__heap_block {
    block *prev_phys; /* the block before, when it is free (PREV_FREE) */
    size_t size;      /* payload bytes | FREE | PREV_FREE */
    block *next_free; /* free blocks only: the size class's list */
    block *prev_free;
};

/* A region starts with this header (then its first block) and ends with
 * a sentinel block of size 0 that is never free. */
struct kl__heap_region {
    struct kl__heap_region *next;
    size_t bytes; /* from the header to the end of the sentinel */
};

enum {
    FREE = 1,
    PREV_FREE = 2,
    FLAGS = 3,
};

#define HDR (2 * sizeof(size_t))          /* offsetof(block, next_free) */
#define ALIGN (2 * sizeof(size_t))
#define ALIGN_LOG2 (sizeof(size_t) == 8 ? 4 : 3)
#define MIN_SIZE ALIGN                    /* room for the free-list links */
#define SL_LOG2 KL__HEAP_SL_LOG2
#define SL_COUNT KL__HEAP_SL_COUNT
#define FL_COUNT KL__HEAP_FL_COUNT
#define FL_SHIFT (SL_LOG2 + ALIGN_LOG2)
#define SMALL ((size_t)1 << FL_SHIFT)
#define BLOCK_MAX (((size_t)1 << KL__HEAP_MAX_LOG2) - ALIGN)

_Static_assert(sizeof(block) == HDR + MIN_SIZE, "block layout");
_Static_assert(sizeof(struct kl__heap_region) % ALIGN == 0, "region header");
_Static_assert(KL__HEAP_MAX_LOG2 - FL_SHIFT + 1 == FL_COUNT, "first-level count");

static inline size_t block_size(const block *b)
{
    return b->size & ~(size_t)FLAGS;
}

static inline bool block_is_free(const block *b)
{
    return (b->size & FREE) != 0;
}

static inline void *block_payload(const block *b)
{
    return (char *)b + HDR;
}

static inline block *block_of(const void *payload)
{
    return (block *)(void *)((char *)payload - HDR);
}

static inline block *block_next(const block *b)
{
    return (block *)(void *)((char *)block_payload(b) + block_size(b));
}

static inline unsigned log2_size(size_t x)
{
    if (sizeof(size_t) > sizeof(unsigned long))
        return 63 - (unsigned)__builtin_clzll((unsigned long long)x);
    return (unsigned)(sizeof(unsigned long) * 8 - 1) - (unsigned)__builtin_clzl((unsigned long)x);
}

/* The list of blocks of exactly this size class. */
static inline void size_class(size_t size, unsigned *fl, unsigned *sl)
{
    if (size < SMALL) {
        *fl = 0;
        *sl = (unsigned)(size >> ALIGN_LOG2);
    } else {
        unsigned l = log2_size(size);
        *sl = (unsigned)(size >> (l - SL_LOG2)) ^ SL_COUNT;
        *fl = l - FL_SHIFT + 1;
    }
}

/* A request's payload size: at least MIN_SIZE, a multiple of ALIGN; 0
 * when no block can be that large. */
static inline size_t request_size(size_t size)
{
    if (size > BLOCK_MAX)
        return 0;
    if (size < MIN_SIZE)
        return MIN_SIZE;
    return (size + ALIGN - 1) & ~(ALIGN - 1);
}

static inline void list_insert(kl_heap *h, block *b)
{
    unsigned fl, sl;
    size_class(block_size(b), &fl, &sl);
    block *head = h->free[fl][sl];
    b->next_free = head;
    b->prev_free = NULL;
    if (head != NULL)
        head->prev_free = b;
    h->free[fl][sl] = b;
    h->fl_bitmap |= UINT32_C(1) << fl;
    h->sl_bitmap[fl] |= UINT32_C(1) << sl;
    h->free_bytes += block_size(b);
    h->free_blocks++;
}

static inline void list_remove(kl_heap *h, block *b)
{
    unsigned fl, sl;
    size_class(block_size(b), &fl, &sl);
    if (b->next_free != NULL)
        b->next_free->prev_free = b->prev_free;
    if (b->prev_free != NULL) {
        b->prev_free->next_free = b->next_free;
    } else {
        h->free[fl][sl] = b->next_free;
        if (b->next_free == NULL) {
            h->sl_bitmap[fl] &= ~(UINT32_C(1) << sl);
            if (h->sl_bitmap[fl] == 0)
                h->fl_bitmap &= ~(UINT32_C(1) << fl);
        }
    }
    h->free_bytes -= block_size(b);
    h->free_blocks--;
}

/* Mark b free in its own header and in the next block's boundary tag. */
static inline void mark_free(block *b)
{
    b->size |= FREE;
    block *next = block_next(b);
    next->prev_phys = b;
    next->size |= PREV_FREE;
}

static inline void mark_used(block *b)
{
    b->size &= ~(size_t)FREE;
    block_next(b)->size &= ~(size_t)PREV_FREE;
}

/* b (free, in no list) absorbs the block after it if that one is free. */
static inline void merge_next(kl_heap *h, block *b)
{
    block *next = block_next(b);
    if (block_is_free(next)) {
        list_remove(h, next);
        b->size += HDR + block_size(next);
    }
}

/* b is in use with a payload of at least size (a multiple of ALIGN):
 * give what is beyond size back as a free block, when it is big enough
 * to be one.  The used-byte counter is the caller's. */
static inline void trim_used(kl_heap *h, block *b, size_t size)
{
    size_t have = block_size(b);
    if (have < size + HDR + MIN_SIZE)
        return;
    block *rest = (block *)(void *)((char *)block_payload(b) + size);
    rest->size = have - size - HDR; /* flags: not free yet, prev in use */
    b->size -= have - size;
    merge_next(h, rest);
    mark_free(rest);
    list_insert(h, rest);
}

/* The panic for a pointer that is not an allocated block of the heap. */
static inline block *used_block_of(const void *ptr)
{
    block *b = block_of(ptr);
    if (((uintptr_t)ptr & (ALIGN - 1)) != 0 || block_is_free(b) || block_size(b) < MIN_SIZE
        || (block_next(b)->size & PREV_FREE) != 0)
        kl_panic("kl_heap: %p is not an allocated block of this heap (double free?)", ptr);
    return b;
}

/* kl__heap_alloc_aligned: kl_heap_alloc for align > ALIGN (heap_align.c). */
void *kl__heap_alloc_aligned(kl_heap *h, size_t size, size_t align);

/* kl__heap_take: remove the free block b from its list, mark it used and
 * trim it to size (heap_alloc.c). */
void *kl__heap_take(kl_heap *h, block *b, size_t size);

/* kl__heap_find: a free block of at least size bytes (a request_size),
 * in constant time; NULL if there is none (heap_alloc.c). */
block *kl__heap_find(kl_heap *h, size_t size);

#endif /* KEEL_INTERNAL_HEAP_H */
