/* keel/heap.h -- keel's own real-time heap over memory regions.  Layer:
 * alloc.
 *
 * kl_heap is a TLSF allocator (two-level segregated fit: Masmano, Ripoll,
 * Crespo and Real, "TLSF: a New Dynamic Memory Allocator for Real-Time
 * Systems", ECRTS 2004) over memory the program hands it: a static array
 * on a microcontroller, a big block from another allocator on a host.
 * Allocation, free and resize take constant time whatever the number of
 * blocks (two bitmap scans and a list operation); free blocks are
 * coalesced with their neighbours at once (boundary tags), and a request
 * is served from a size class whose every block fits, so fragmentation is
 * bounded.  Any power-of-two alignment is honoured.
 *
 * A kl_heap is not thread-safe: a program that shares one between threads
 * or interrupt handlers serialises the calls itself.
 *
 *     static char ram[64 * 1024];
 *     static kl_heap heap;
 *     if (kl_heap_init(&heap, ram, sizeof ram) != KL_OK) ...
 *     kl_allocator *a = kl_heap_allocator(&heap);
 *     void *p = kl_alloc(a, 100, 8);
 */
#ifndef KEEL_HEAP_H
#define KEEL_HEAP_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>

/* The shape of the free-list table (internal; public only so that a
 * kl_heap can live in the caller's storage).  Second-level classes split
 * each power of two into KL__HEAP_SL_COUNT lists; first-level classes
 * cover block sizes below 2^31 on 32-bit targets and below 2^40 on
 * 64-bit ones. */
#define KL__HEAP_SL_LOG2 5
#define KL__HEAP_SL_COUNT (1 << KL__HEAP_SL_LOG2)
#if SIZE_MAX > 0xffffffffu
#define KL__HEAP_MAX_LOG2 40
#define KL__HEAP_FL_COUNT 32 /* KL__HEAP_MAX_LOG2 - (5 + 4) + 1 */
#else
#define KL__HEAP_MAX_LOG2 31
#define KL__HEAP_FL_COUNT 24 /* KL__HEAP_MAX_LOG2 - (5 + 3) + 1 */
#endif

struct kl__heap_block;
struct kl__heap_region;

/* kl_heap: the heap's control structure (caller storage; its fields are
 * private).  About 8 KiB on 64-bit hosts and 3 KiB on 32-bit targets. */
typedef struct kl_heap {
    kl_allocator allocator;              /* kl_heap_allocator's result */
    uint32_t fl_bitmap;                  /* first levels with a free block */
    uint32_t sl_bitmap[KL__HEAP_FL_COUNT];
    struct kl__heap_block *free[KL__HEAP_FL_COUNT][KL__HEAP_SL_COUNT];
    struct kl__heap_region *regions;     /* every region added, newest first */
    size_t used_bytes, free_bytes;       /* payload bytes of the blocks */
    size_t used_blocks, free_blocks;
} kl_heap;

/* kl_heap_stats: what kl_heap_stats reports.  Byte counts are of block
 * payloads (a block may be a little larger than what was asked for); the
 * per-block headers and the regions' bookkeeping are in neither. */
typedef struct kl_heap_stats {
    size_t used_bytes;    /* in allocated blocks */
    size_t free_bytes;    /* in free blocks */
    size_t largest_free;  /* the largest free block's payload */
    size_t used_blocks;   /* allocated blocks */
    size_t free_blocks;   /* free blocks (after coalescing) */
    size_t regions;       /* regions handed to the heap */
} kl_heap_stats;

/* KL_HEAP_OVERHEAD: the bytes a region loses to bookkeeping (a region
 * header and an end marker) beyond the per-block header; KL_HEAP_BLOCK_
 * OVERHEAD: the header in front of every block.  A region of size bytes
 * starts with one free block of at most size - KL_HEAP_OVERHEAD -
 * KL_HEAP_BLOCK_OVERHEAD bytes (less when the region is not aligned). */
#define KL_HEAP_BLOCK_OVERHEAD (2 * sizeof(size_t))
#define KL_HEAP_OVERHEAD (4 * sizeof(size_t))

KL_BEGIN_DECLS

/* kl_heap_init: make h a heap over region[0, size).  The region must stay
 * valid and untouched by anyone else while the heap lives; it need not be
 * aligned.  Returns KL_OK, or KL_EINVAL when the region is too small to
 * hold one block (after alignment).  At most 2^31 (32-bit) or 2^40 bytes
 * (64-bit) of a region are used. */
KL_API KL_NODISCARD kl_err kl_heap_init(kl_heap *h, void *region, size_t size);

/* kl_heap_add_region: give h another region (anywhere in memory, not
 * overlapping the others); its space joins the free blocks.  Returns
 * KL_OK or KL_EINVAL (too small). */
KL_API KL_NODISCARD kl_err kl_heap_add_region(kl_heap *h, void *region, size_t size);

/* kl_heap_allocator: h as a kl_allocator (kl_alloc, containers).  The
 * pointer stays valid as long as h does. */
KL_API kl_allocator *kl_heap_allocator(kl_heap *h);

/* kl_heap_alloc: size bytes (0 counts as 1) aligned to align (a power of two)
 * from h, or NULL when no free block is large enough.  Constant time.
 * Panics if align is not a power of two. */
KL_API void *kl_heap_alloc(kl_heap *h, size_t size, size_t align);

/* kl_heap_resize: the block ptr of h (allocated with align) resized to
 * new_size bytes (0 counts as 1), its first min(old, new) bytes kept.  In place when
 * shrinking or when the block after it is free and large enough; else
 * moved (allocate, copy, free).  NULL when there is no room, and then ptr
 * is untouched.  Panics if ptr is not an allocated block of h. */
KL_API void *kl_heap_resize(kl_heap *h, void *ptr, size_t new_size, size_t align);

/* kl_heap_free: give the block ptr back to h (NULL: nothing).  Constant
 * time.  Panics if ptr is not an allocated block of h (a double free is
 * caught when the block is still free). */
KL_API void kl_heap_free(kl_heap *h, void *ptr);

/* kl_heap_block_size: the usable size of the allocated block ptr of h
 * (at least what was asked for).  Panics if ptr is not an allocated
 * block. */
KL_API size_t kl_heap_block_size(const kl_heap *h, const void *ptr);

/* kl_heap_stats_get: h's counters, its largest free block and its
 * region count.  Constant time but for the largest block (one free list
 * is scanned) and the regions (their list is walked). */
KL_API kl_heap_stats kl_heap_stats_get(const kl_heap *h);

/* kl_heap_check: walk every block of every region and every free list of
 * h and check the invariants (sizes, boundary tags, no two free blocks
 * adjacent, each free block in the list of its size class, bitmaps,
 * counters).  NULL when they hold, else a description of the first that
 * does not.  Linear time; for tests and debugging. */
KL_API const char *kl_heap_check(const kl_heap *h);

#if !KL_HAVE_MALLOC
/* kl_global_heap_init: (keel built --without-malloc) hand keel's global
 * allocator, a kl_heap, the memory region[0, size).  Before the first
 * call the global allocator returns NULL for every request; a later call
 * adds the region to the heap.  Returns KL_OK or KL_EINVAL (region too
 * small).  The global heap takes no lock: it is for programs that
 * allocate from one thread, or serialise themselves. */
KL_API KL_NODISCARD kl_err kl_global_heap_init(void *region, size_t size);

/* kl_global_heap: the global heap (NULL before kl_global_heap_init), for
 * kl_heap_stats_get and kl_heap_check. */
KL_API kl_heap *kl_global_heap(void);
#endif

KL_END_DECLS

#endif /* KEEL_HEAP_H */
