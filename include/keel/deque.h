/* keel/deque.h -- double-ended queues on a growable ring buffer.
 * Layer: alloc.
 *
 * kl_deque is the type-erased core (element size and alignment are
 * parameters); KL_DEQUE_DEFINE(name, T) generates a typed struct and inline
 * functions over it.  The elements live in one block of cap slots,
 * starting at slot head and wrapping around its end (Rust's VecDeque).
 * Pushing and popping at either end is O(1) amortized; growth keeps the
 * order, and every allocating call returns KL_ENOMEM on failure and
 * leaves the deque as it was.
 *
 *     KL_DEQUE_DEFINE(int_deque, int)
 *     int_deque q = { KL_DEQUE_INIT };
 *     if (int_deque_push_back(&q, 1) != KL_OK) ...
 *     int x;
 *     while (int_deque_pop_front(&q, &x)) ...
 *     int_deque_free(&q);
 */
#ifndef KEEL_DEQUE_H
#define KEEL_DEQUE_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>
#include <keel/vec.h>

/* kl_deque: len elements from slot head on (wrapping) in a block of cap
 * slots from alloc (NULL = the global allocator). */
typedef struct kl_deque {
    void *ptr;
    size_t head;
    size_t len;
    size_t cap;
    kl_allocator *alloc;
} kl_deque;

/* KL_DEQUE_INIT: an empty deque over the global allocator. */
#define KL_DEQUE_INIT { NULL, 0, 0, 0, NULL }

/* kl_deque_iter: a position in a deque, front to back (see
 * kl_deque_iter_init). */
typedef struct kl_deque_iter {
    char *base;
    size_t slot;
    size_t left;
    size_t cap;
    size_t elem_size;
} kl_deque_iter;

KL_BEGIN_DECLS

/* kl_deque_init: an empty deque over alloc (NULL = global). */
KL_API void kl_deque_init(kl_deque *d, kl_allocator *alloc);

/* kl_deque_free: free d's storage; d is then empty and reusable. */
KL_API void kl_deque_free(kl_deque *d, size_t elem_size, size_t elem_align);

/* kl_deque_reserve: make room for at least `additional` more elements,
 * keeping their order.  KL_ENOMEM if the allocation fails or the size
 * overflows; d unchanged. */
KL_API KL_NODISCARD kl_err kl_deque_reserve(kl_deque *d, size_t additional,
                                            size_t elem_size, size_t elem_align);

/* kl_deque_push_back: append the element at elem at the back.  KL_ENOMEM
 * leaves d unchanged. */
KL_API KL_NODISCARD kl_err kl_deque_push_back(kl_deque *d, const void *elem,
                                              size_t elem_size, size_t elem_align);

/* kl_deque_push_front: prepend the element at elem at the front.
 * KL_ENOMEM leaves d unchanged. */
KL_API KL_NODISCARD kl_err kl_deque_push_front(kl_deque *d, const void *elem,
                                               size_t elem_size, size_t elem_align);

/* kl_deque_pop_back: remove the back element, copying it to out unless
 * out is NULL.  False if d is empty. */
KL_API bool kl_deque_pop_back(kl_deque *d, void *out, size_t elem_size);

/* kl_deque_pop_front: remove the front element, copying it to out unless
 * out is NULL.  False if d is empty. */
KL_API bool kl_deque_pop_front(kl_deque *d, void *out, size_t elem_size);

/* kl_deque_get: the address of element i (0 = the front), or NULL if
 * i >= len. */
KL_API void *kl_deque_get(const kl_deque *d, size_t i, size_t elem_size);

/* kl_deque_at: the address of element i.  Panics if i >= len. */
KL_API void *kl_deque_at(const kl_deque *d, size_t i, size_t elem_size);

/* kl_deque_clear: remove every element, keeping the capacity. */
KL_API void kl_deque_clear(kl_deque *d);

/* kl_deque_as_slices: the elements as two runs, *a (from the front) then
 * *b (empty unless the elements wrap around the end of the block). */
KL_API void kl_deque_as_slices(const kl_deque *d, size_t elem_size, kl_vec_view *a,
                               kl_vec_view *b);

KL_END_DECLS

/* kl_deque_iter_init: an iterator over d's elements front to back; valid
 * until d changes. */
KL_INLINE void kl_deque_iter_init(kl_deque_iter *it, const kl_deque *d, size_t elem_size)
{
    it->base = (char *)d->ptr;
    it->slot = d->head;
    it->left = d->len;
    it->cap = d->cap;
    it->elem_size = elem_size;
}

/* kl_deque_iter_next: the address of the next element, or NULL after the
 * last. */
KL_INLINE void *kl_deque_iter_next(kl_deque_iter *it)
{
    if (it->left == 0)
        return NULL;
    void *p = it->base + it->slot * it->elem_size;
    it->left--;
    if (++it->slot == it->cap)
        it->slot = 0;
    return p;
}

/* KL_DEQUE_DEFINE(name, T): the typed deque `name` of T (a struct holding
 * the kl_deque `raw`) with inline functions:
 *   void   name_init(name *d, kl_allocator *a), name_free(name *d)
 *   kl_err name_reserve(name *d, size_t n)
 *   kl_err name_push_back(name *d, T x), name_push_front(name *d, T x)
 *   bool   name_pop_back(name *d, T *out), name_pop_front(name *d, T *out)
 *   size_t name_len(const name *d); bool name_is_empty(const name *d)
 *   T     *name_at(name *d, size_t i)      (panics if i >= len)
 *   T     *name_get(name *d, size_t i)     (NULL if i >= len)
 *   T     *name_front(name *d), *name_back(name *d)   (NULL if empty)
 *   void   name_clear(name *d)
 *   void   name_iter(const name *d, kl_deque_iter *it);
 *   T     *name_iter_next(kl_deque_iter *it)          (NULL at the end)
 * Pushes return KL_ENOMEM and leave d unchanged on failure; out may be
 * NULL. */
#define KL_DEQUE_DEFINE(name, T)                                               \
    KL__ASSERT_TRIVIAL(T)                                                      \
    typedef struct name { kl_deque raw; } name;                                \
    KL_GENERATED_INLINE void name##_init(name *d, kl_allocator *a)             \
    {                                                                          \
        kl_deque_init(&d->raw, a);                                             \
    }                                                                          \
    KL_GENERATED_INLINE void name##_free(name *d)                              \
    {                                                                          \
        kl_deque_free(&d->raw, sizeof(T), KL_ALIGNOF(T));                        \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_reserve(name *d, size_t n)  \
    {                                                                          \
        return kl_deque_reserve(&d->raw, n, sizeof(T), KL_ALIGNOF(T));           \
    }                                                                          \
    KL_GENERATED_INLINE size_t name##__slot(const name *d, size_t i)           \
    {                                                                          \
        size_t s = d->raw.head + i;                                            \
        return s >= d->raw.cap ? s - d->raw.cap : s;                           \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_push_back(name *d, T x)     \
    {                                                                          \
        if (KL_LIKELY(d->raw.len < d->raw.cap)) {                              \
            ((T *)d->raw.ptr)[name##__slot(d, d->raw.len)] = x;                \
            d->raw.len++;                                                      \
            return KL_OK;                                                      \
        }                                                                      \
        return kl_deque_push_back(&d->raw, &x, sizeof(T), KL_ALIGNOF(T));        \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_push_front(name *d, T x)    \
    {                                                                          \
        return kl_deque_push_front(&d->raw, &x, sizeof(T), KL_ALIGNOF(T));       \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop_back(name *d, T *out)                  \
    {                                                                          \
        if (d->raw.len == 0)                                                   \
            return false;                                                      \
        d->raw.len--;                                                          \
        if (out != NULL)                                                       \
            *out = ((T *)d->raw.ptr)[name##__slot(d, d->raw.len)];             \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop_front(name *d, T *out)                 \
    {                                                                          \
        if (d->raw.len == 0)                                                   \
            return false;                                                      \
        if (out != NULL)                                                       \
            *out = ((T *)d->raw.ptr)[d->raw.head];                             \
        d->raw.head = name##__slot(d, 1);                                      \
        d->raw.len--;                                                          \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE size_t name##_len(const name *d) { return d->raw.len; } \
    KL_GENERATED_INLINE bool name##_is_empty(const name *d)                    \
    {                                                                          \
        return d->raw.len == 0;                                                \
    }                                                                          \
    KL_GENERATED_INLINE T *name##_at(name *d, size_t i)                        \
    {                                                                          \
        if (KL_UNLIKELY(i >= d->raw.len))                                      \
            kl_vec_index_fail(i, d->raw.len);                                  \
        return (T *)d->raw.ptr + name##__slot(d, i);                           \
    }                                                                          \
    KL_GENERATED_INLINE T *name##_get(name *d, size_t i)                       \
    {                                                                          \
        return i < d->raw.len ? (T *)d->raw.ptr + name##__slot(d, i) : NULL;   \
    }                                                                          \
    KL_GENERATED_INLINE T *name##_front(name *d) { return name##_get(d, 0); }  \
    KL_GENERATED_INLINE T *name##_back(name *d)                                \
    {                                                                          \
        return d->raw.len > 0 ? name##_get(d, d->raw.len - 1) : NULL;          \
    }                                                                          \
    KL_GENERATED_INLINE void name##_clear(name *d) { kl_deque_clear(&d->raw); } \
    KL_GENERATED_INLINE void name##_iter(const name *d, kl_deque_iter *it)     \
    {                                                                          \
        kl_deque_iter_init(it, &d->raw, sizeof(T));                            \
    }                                                                          \
    KL_GENERATED_INLINE T *name##_iter_next(kl_deque_iter *it)                 \
    {                                                                          \
        return (T *)kl_deque_iter_next(it);                                    \
    }

#endif /* KEEL_DEQUE_H */
