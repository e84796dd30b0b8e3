/* keel/ring.h -- a ring buffer of fixed-size elements on caller storage.
 * Layer: bare.
 *
 * A kl_ring is a double-ended queue of at most cap elements of elem_size
 * bytes each, kept in a buffer the caller owns (cap * elem_size bytes, any
 * cap >= 1: not only powers of two).  Elements are copied in and out with
 * memcpy.  Nothing is allocated; every operation is O(1).  Not safe
 * between threads or against an interrupt handler: for that, kl_spsc
 * (keel/spsc.h).
 *
 *     static int storage[100];
 *     static kl_ring r = KL_RING_INIT(storage, 100, sizeof(int));
 *     int x = 7;
 *     if (!kl_ring_push_back(&r, &x)) ... (full)
 *     if (kl_ring_pop_front(&r, &x)) ... (got one)
 */
#ifndef KEEL_RING_H
#define KEEL_RING_H

#include <keel/base.h>

/* kl_ring: len elements starting at index head of the cap slots at buf. */
typedef struct kl_ring {
    char *buf;
    size_t cap;
    size_t elem_size;
    size_t head;
    size_t len;
} kl_ring;

/* KL_RING_INIT(buf, cap, elem_size): static initialiser of an empty ring
 * over buf (cap * elem_size bytes). */
#define KL_RING_INIT(buf, cap, elem_size)                                      \
    { (char *)(buf), (size_t)(cap), (size_t)(elem_size), 0, 0 }

KL_BEGIN_DECLS

/* kl_ring_init: make r an empty ring over the cap * elem_size bytes at
 * buf.  Panics if cap or elem_size is 0 or their product overflows. */
KL_API void kl_ring_init(kl_ring *r, void *buf, size_t cap, size_t elem_size);

/* kl_ring_len: the number of elements in r. */
KL_INLINE size_t kl_ring_len(const kl_ring *r)
{
    return r->len;
}

/* kl_ring_capacity: the most elements r can hold. */
KL_INLINE size_t kl_ring_capacity(const kl_ring *r)
{
    return r->cap;
}

/* kl_ring_empty, kl_ring_full: true if r holds no element / cap elements. */
KL_INLINE bool kl_ring_empty(const kl_ring *r)
{
    return r->len == 0;
}

KL_INLINE bool kl_ring_full(const kl_ring *r)
{
    return r->len == r->cap;
}

/* kl_ring_clear: remove every element. */
KL_INLINE void kl_ring_clear(kl_ring *r)
{
    r->head = 0;
    r->len = 0;
}

/* kl_ring_push_back, kl_ring_push_front: copy the element at elem to the
 * back (front) of r.  Return false, changing nothing, when r is full. */
KL_API KL_NODISCARD bool kl_ring_push_back(kl_ring *r, const void *elem);
KL_API KL_NODISCARD bool kl_ring_push_front(kl_ring *r, const void *elem);

/* kl_ring_pop_front, kl_ring_pop_back: remove the front (back) element,
 * copying it to out unless out is NULL.  Return false when r is empty. */
KL_API bool kl_ring_pop_front(kl_ring *r, void *out);
KL_API bool kl_ring_pop_back(kl_ring *r, void *out);

/* kl_ring_at: the address of the i-th element from the front (valid until
 * r next changes).  Panics if i >= kl_ring_len(r). */
KL_API void *kl_ring_at(const kl_ring *r, size_t i);

/* kl_ring_peek_front, kl_ring_peek_back: the address of the front (back)
 * element, or NULL when r is empty. */
KL_INLINE void *kl_ring_peek_front(const kl_ring *r)
{
    return r->len != 0 ? kl_ring_at(r, 0) : NULL;
}

KL_INLINE void *kl_ring_peek_back(const kl_ring *r)
{
    return r->len != 0 ? kl_ring_at(r, r->len - 1) : NULL;
}

KL_END_DECLS

#endif /* KEEL_RING_H */
