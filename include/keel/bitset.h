/* keel/bitset.h -- resizable sets of bits over an allocator.  Layer: alloc.
 *
 * A kl_bitset of n bits holds bits 0..n-1 in machine words (size_t); its
 * size is set at init and changes only through kl_bitset_resize.  Bits
 * past n in the last word are always 0, so counting and comparing need no
 * masks.  Testing or changing a bit at an index >= n panics; combining
 * sets of different sizes panics.
 *
 *     kl_bitset b;
 *     if (kl_bitset_init(&b, NULL, 1000) != KL_OK) ...
 *     kl_bitset_set(&b, 42);
 *     size_t i;
 *     for (size_t from = 0; kl_bitset_next_set(&b, from, &i); from = i + 1) ...
 *     kl_bitset_free(&b);
 */
#ifndef KEEL_BITSET_H
#define KEEL_BITSET_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>

/* kl_bitset: nbits bits in words[0 .. ceil(nbits / KL_BITSET_WORD_BITS)),
 * a block of cap words from alloc (NULL = the global allocator). */
typedef struct kl_bitset {
    size_t *words;
    size_t nbits;
    size_t cap;
    kl_allocator *alloc;
} kl_bitset;

/* KL_BITSET_INIT: an empty (0-bit) set over the global allocator. */
#define KL_BITSET_INIT { NULL, 0, 0, NULL }

/* KL_BITSET_WORD_BITS: bits per word of storage. */
#define KL_BITSET_WORD_BITS (sizeof(size_t) * 8)

KL_BEGIN_DECLS

/* kl_bitset_init: a set of nbits bits, all 0, over alloc (NULL = global).
 * KL_ENOMEM if the storage cannot be allocated; b is then a valid empty
 * (0-bit) set. */
KL_API KL_NODISCARD kl_err kl_bitset_init(kl_bitset *b, kl_allocator *alloc,
                                          size_t nbits);

/* kl_bitset_free: free b's storage; b is then an empty set, reusable. */
KL_API void kl_bitset_free(kl_bitset *b);

/* kl_bitset_resize: make b nbits bits long, keeping the bits below
 * min(old, new) and clearing any new ones.  KL_ENOMEM leaves b
 * unchanged. */
KL_API KL_NODISCARD kl_err kl_bitset_resize(kl_bitset *b, size_t nbits);

/* kl_bitset_index_fail: panic that bit index i is out of range for a set
 * of n bits. */
KL_API KL_NORETURN void kl_bitset_index_fail(size_t i, size_t n);

/* kl_bitset_set_all, kl_bitset_clear_all: every bit to 1, to 0. */
KL_API void kl_bitset_set_all(kl_bitset *b);
KL_API void kl_bitset_clear_all(kl_bitset *b);

/* kl_bitset_count: the number of bits set. */
KL_API size_t kl_bitset_count(const kl_bitset *b);

/* kl_bitset_next_set: the lowest set bit at an index >= from, in *index;
 * false if there is none. */
KL_API bool kl_bitset_next_set(const kl_bitset *b, size_t from, size_t *index);

/* kl_bitset_next_unset: the lowest clear bit at an index >= from, in
 * *index; false if there is none (below the length). */
KL_API bool kl_bitset_next_unset(const kl_bitset *b, size_t from, size_t *index);

/* kl_bitset_and, kl_bitset_or, kl_bitset_xor: dst = dst OP src, bit by
 * bit.  Panics if the two have different lengths. */
KL_API void kl_bitset_and(kl_bitset *dst, const kl_bitset *src);
KL_API void kl_bitset_or(kl_bitset *dst, const kl_bitset *src);
KL_API void kl_bitset_xor(kl_bitset *dst, const kl_bitset *src);

/* kl_bitset_not: flip every bit. */
KL_API void kl_bitset_not(kl_bitset *b);

/* kl_bitset_equal: whether a and b have the same length and bits. */
KL_API bool kl_bitset_equal(const kl_bitset *a, const kl_bitset *b);

KL_END_DECLS

/* kl_bitset_len: the number of bits. */
KL_INLINE size_t kl_bitset_len(const kl_bitset *b)
{
    return b->nbits;
}

/* kl_bitset_test: whether bit i is set.  Panics if i >= the length. */
KL_INLINE bool kl_bitset_test(const kl_bitset *b, size_t i)
{
    if (KL_UNLIKELY(i >= b->nbits))
        kl_bitset_index_fail(i, b->nbits);
    return (b->words[i / KL_BITSET_WORD_BITS] >> (i % KL_BITSET_WORD_BITS)) & 1;
}

/* kl_bitset_set: set bit i to 1.  Panics if i >= the length. */
KL_INLINE void kl_bitset_set(kl_bitset *b, size_t i)
{
    if (KL_UNLIKELY(i >= b->nbits))
        kl_bitset_index_fail(i, b->nbits);
    b->words[i / KL_BITSET_WORD_BITS] |= (size_t)1 << (i % KL_BITSET_WORD_BITS);
}

/* kl_bitset_clear: set bit i to 0.  Panics if i >= the length. */
KL_INLINE void kl_bitset_clear(kl_bitset *b, size_t i)
{
    if (KL_UNLIKELY(i >= b->nbits))
        kl_bitset_index_fail(i, b->nbits);
    b->words[i / KL_BITSET_WORD_BITS] &= ~((size_t)1 << (i % KL_BITSET_WORD_BITS));
}

/* kl_bitset_toggle: flip bit i.  Panics if i >= the length. */
KL_INLINE void kl_bitset_toggle(kl_bitset *b, size_t i)
{
    if (KL_UNLIKELY(i >= b->nbits))
        kl_bitset_index_fail(i, b->nbits);
    b->words[i / KL_BITSET_WORD_BITS] ^= (size_t)1 << (i % KL_BITSET_WORD_BITS);
}

#endif /* KEEL_BITSET_H */
