/* keel/pqueue.h -- priority queues: binary max-heaps over a vector.
 * Layer: alloc.
 *
 * kl_pqueue is the type-erased core: a kl_vec kept in heap order by a
 * comparison callback less(a, b, ctx) (true if *a orders strictly before
 * *b); the greatest element is on top.  KL_PQUEUE_DEFINE(name, T, LESS)
 * generates a typed heap with LESS inlined (as KL_SORT_DEFINE).  Push and
 * pop are O(log n), building from a vector O(n) (Floyd's heapify).
 * Allocating calls return KL_ENOMEM on failure and leave the queue as it
 * was.
 *
 *     #define INT_LESS(a, b) (*(a) < *(b))
 *     KL_PQUEUE_DEFINE(int_heap, int, INT_LESS)
 *     int_heap h;
 *     int_heap_init(&h, NULL);
 *     if (int_heap_push(&h, 3) != KL_OK) ...
 *     int top;
 *     while (int_heap_pop(&h, &top)) ...      (largest first)
 *     int_heap_free(&h);
 */
#ifndef KEEL_PQUEUE_H
#define KEEL_PQUEUE_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>
#include <keel/vec.h>

/* kl_pqueue: the elements of vec in heap order by less(a, b, ctx). */
typedef struct kl_pqueue {
    kl_vec vec;
    bool (*less)(const void *a, const void *b, void *ctx);
    void *ctx;
} kl_pqueue;

KL_BEGIN_DECLS

/* kl_pqueue_init: an empty queue over alloc (NULL = global), ordered by
 * less with context ctx. */
KL_API void kl_pqueue_init(kl_pqueue *q, kl_allocator *alloc,
                           bool (*less)(const void *a, const void *b, void *ctx),
                           void *ctx);

/* kl_pqueue_free: free q's storage; q is then empty and reusable. */
KL_API void kl_pqueue_free(kl_pqueue *q, size_t elem_size, size_t elem_align);

/* kl_pqueue_reserve: make room for `additional` more elements.  KL_ENOMEM
 * leaves q unchanged. */
KL_API KL_NODISCARD kl_err kl_pqueue_reserve(kl_pqueue *q, size_t additional,
                                             size_t elem_size, size_t elem_align);

/* kl_pqueue_push: add the element at elem.  KL_ENOMEM leaves q
 * unchanged. */
KL_API KL_NODISCARD kl_err kl_pqueue_push(kl_pqueue *q, const void *elem,
                                          size_t elem_size, size_t elem_align);

/* kl_pqueue_pop: remove the greatest element, copying it to out unless
 * out is NULL.  False if q is empty. */
KL_API bool kl_pqueue_pop(kl_pqueue *q, void *out, size_t elem_size);

/* kl_pqueue_peek: the address of the greatest element, or NULL if q is
 * empty. */
KL_API const void *kl_pqueue_peek(const kl_pqueue *q);

/* kl_pqueue_len: the number of elements. */
KL_API size_t kl_pqueue_len(const kl_pqueue *q);

/* kl_pqueue_clear: remove every element, keeping the capacity. */
KL_API void kl_pqueue_clear(kl_pqueue *q);

/* kl_pqueue_from_vec: a queue of v's elements, taking over v's storage
 * (v is left empty, over the same allocator), ordered by less/ctx; O(n).
 * Never allocates. */
KL_API void kl_pqueue_from_vec(kl_pqueue *q, kl_vec *v,
                               bool (*less)(const void *a, const void *b, void *ctx),
                               void *ctx, size_t elem_size);

/* kl_pqueue_into_sorted: q's elements in ascending order, as the vector
 * *out (which takes over q's storage; q is left empty).  O(n log n);
 * never allocates. */
KL_API void kl_pqueue_into_sorted(kl_pqueue *q, kl_vec *out, size_t elem_size);

KL_END_DECLS

/* KL_PQUEUE_DEFINE(name, T, LESS): the typed max-heap `name` of T ordered
 * by LESS(const T *a, const T *b) (a function or function-like macro, true
 * if *a orders strictly before *b), with inline functions:
 *   void   name_init(name *q, kl_allocator *a), name_free(name *q)
 *   kl_err name_reserve(name *q, size_t n)
 *   kl_err name_push(name *q, T x)           KL_ENOMEM: q unchanged
 *   bool   name_pop(name *q, T *out)         the greatest; false if empty
 *   const T *name_peek(const name *q)        the greatest, or NULL
 *   size_t name_len(const name *q); bool name_is_empty(const name *q)
 *   void   name_clear(name *q)
 *   void   name_from_vec(name *q, kl_vec *v) takes over v's storage; O(n)
 *   void   name_into_sorted(name *q, kl_vec *out)  ascending; q emptied
 * The elements live in the kl_vec `raw`. */
#define KL_PQUEUE_DEFINE(name, T, LESS)                                        \
    KL__ASSERT_TRIVIAL(T)                                                      \
    typedef struct name { kl_vec raw; } name;                                  \
    KL_GENERATED_INLINE void name##_init(name *q, kl_allocator *a)             \
    {                                                                          \
        kl_vec_init(&q->raw, a);                                               \
    }                                                                          \
    KL_GENERATED_INLINE void name##_free(name *q)                              \
    {                                                                          \
        kl_vec_free(&q->raw, sizeof(T), KL_ALIGNOF(T));                          \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_reserve(name *q, size_t n)  \
    {                                                                          \
        return kl_vec_reserve(&q->raw, n, sizeof(T), KL_ALIGNOF(T));             \
    }                                                                          \
    /* Sift the hole at i up to where x belongs and put x there. */            \
    KL_GENERATED_INLINE void name##__sift_up(T *d, size_t i, T x)              \
    {                                                                          \
        while (i > 0) {                                                        \
            size_t parent = (i - 1) / 2;                                       \
            if (!LESS(&d[parent], &x))                                         \
                break;                                                         \
            d[i] = d[parent];                                                  \
            i = parent;                                                        \
        }                                                                      \
        d[i] = x;                                                              \
    }                                                                          \
    /* Sift x down from the hole at i within d[0..n). */                       \
    KL_GENERATED_INLINE void name##__sift_down(T *d, size_t i, size_t n, T x)  \
    {                                                                          \
        for (;;) {                                                             \
            size_t child = 2 * i + 1;                                          \
            if (child >= n)                                                    \
                break;                                                         \
            if (child + 1 < n && LESS(&d[child], &d[child + 1]))               \
                child++;                                                       \
            if (!LESS(&x, &d[child]))                                          \
                break;                                                         \
            d[i] = d[child];                                                   \
            i = child;                                                         \
        }                                                                      \
        d[i] = x;                                                              \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_push(name *q, T x)          \
    {                                                                          \
        if (q->raw.len == q->raw.cap) {                                        \
            kl_err err_ = kl_vec_reserve(&q->raw, 1, sizeof(T), KL_ALIGNOF(T));  \
            if (err_ != KL_OK)                                                 \
                return err_;                                                   \
        }                                                                      \
        name##__sift_up((T *)q->raw.ptr, q->raw.len++, x);                     \
        return KL_OK;                                                          \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop(name *q, T *out)                       \
    {                                                                          \
        if (q->raw.len == 0)                                                   \
            return false;                                                      \
        T *d = (T *)q->raw.ptr;                                                \
        T top = d[0];                                                          \
        size_t n = --q->raw.len;                                               \
        if (n > 0)                                                             \
            name##__sift_down(d, 0, n, d[n]);                                  \
        if (out != NULL)                                                       \
            *out = top;                                                        \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE const T *name##_peek(const name *q)                    \
    {                                                                          \
        return q->raw.len > 0 ? (const T *)q->raw.ptr : NULL;                  \
    }                                                                          \
    KL_GENERATED_INLINE size_t name##_len(const name *q) { return q->raw.len; } \
    KL_GENERATED_INLINE bool name##_is_empty(const name *q)                    \
    {                                                                          \
        return q->raw.len == 0;                                                \
    }                                                                          \
    KL_GENERATED_INLINE void name##_clear(name *q) { q->raw.len = 0; }         \
    KL_GENERATED_INLINE void name##_from_vec(name *q, kl_vec *v)               \
    {                                                                          \
        q->raw = *v;                                                           \
        kl_vec_init(v, v->alloc);                                              \
        T *d = (T *)q->raw.ptr;                                                \
        for (size_t i = q->raw.len / 2; i-- > 0;)                              \
            name##__sift_down(d, i, q->raw.len, d[i]);                         \
    }                                                                          \
    KL_GENERATED_INLINE void name##_into_sorted(name *q, kl_vec *out)          \
    {                                                                          \
        T *d = (T *)q->raw.ptr;                                                \
        for (size_t end = q->raw.len; end > 1; end--) {                        \
            T top = d[0];                                                      \
            name##__sift_down(d, 0, end - 1, d[end - 1]);                      \
            d[end - 1] = top;                                                  \
        }                                                                      \
        *out = q->raw;                                                         \
        kl_vec_init(&q->raw, q->raw.alloc);                                    \
    }

#endif /* KEEL_PQUEUE_H */
