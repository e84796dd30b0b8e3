/* src/internal/grow.h -- the growth policy of keel's growable containers
 * (vec, deque, bitset), in one place.
 *
 * Rust's RawVec::grow_amortized: the new capacity is the larger of twice
 * the old one and what is needed, and at least a minimum that depends on
 * the element size (8 for one-byte elements, 4 up to 1 KiB, else 1), so
 * that small vectors do not reallocate on every push and large elements
 * do not waste memory.  Doubling makes n pushes cost O(n) copying in all.
 * No block may exceed PTRDIFF_MAX bytes (kl_alloc refuses it), so the
 * capacity is capped at PTRDIFF_MAX / elem_size elements, and nothing
 * here can overflow size_t. */
#ifndef KEEL_INTERNAL_GROW_H
#define KEEL_INTERNAL_GROW_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* kl__grow_max_elems: the most elements of elem_size (> 0) bytes a block
 * may hold. */
static inline size_t kl__grow_max_elems(size_t elem_size)
{
    return (size_t)PTRDIFF_MAX / elem_size;
}

/* kl__grow_min_cap: Rust's MIN_NON_ZERO_CAP for elem_size. */
static inline size_t kl__grow_min_cap(size_t elem_size)
{
    return elem_size == 1 ? 8 : elem_size <= 1024 ? 4 : 1;
}

/* kl__grow_amortized: the capacity to grow a block of cap elements (of
 * elem_size > 0 bytes) holding len to, so that `additional` more fit;
 * false if that many elements can never fit (capacity overflow). */
static inline bool kl__grow_amortized(size_t cap, size_t len, size_t additional,
                                      size_t elem_size, size_t *new_cap)
{
    size_t max = kl__grow_max_elems(elem_size);
    if (len > max || additional > max - len)
        return false;
    size_t need = len + additional;
    size_t c = cap <= max / 2 ? cap * 2 : max;
    if (c < need)
        c = need;
    size_t min = kl__grow_min_cap(elem_size);
    if (c < min && min <= max)
        c = min;
    *new_cap = c;
    return true;
}

/* kl__grow_exact: as kl__grow_amortized, to exactly len + additional. */
static inline bool kl__grow_exact(size_t len, size_t additional, size_t elem_size,
                                  size_t *new_cap)
{
    size_t max = kl__grow_max_elems(elem_size);
    if (len > max || additional > max - len)
        return false;
    *new_cap = len + additional;
    return true;
}

#endif /* KEEL_INTERNAL_GROW_H */
