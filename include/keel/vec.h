/* keel/vec.h -- growable arrays.  Layer: alloc.
 *
 * kl_vec is the type-erased core, compiled once into the library: the
 * element size and alignment are parameters.  KL_VEC_DEFINE(name, T)
 * generates a typed struct and inline functions over it.  Every allocating
 * call returns KL_ENOMEM on failure and leaves the vector as it was.
 *
 *     KL_VEC_DEFINE(int_vec, int)
 *     int_vec v = { KL_VEC_INIT };     (or int_vec_init(&v, allocator))
 *     if (int_vec_push(&v, 42) != KL_OK) ...
 *     int_vec_free(&v);
 *
 * Growth is Rust's: the capacity at least doubles, starts at 8 elements
 * for one-byte elements, 4 up to 1 KiB and 1 above, and never exceeds
 * PTRDIFF_MAX bytes; a request beyond that is KL_ENOMEM, so no size
 * computation can overflow.  Index errors are broken preconditions and
 * panic with Rust's messages.
 */
#ifndef KEEL_VEC_H
#define KEEL_VEC_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>
#include <keel/panic.h>
#include <keel/slice.h>

/* kl_vec: len elements in a block with room for cap, from alloc
 * (NULL = the global allocator). */
typedef struct kl_vec {
    void *ptr;
    size_t len;
    size_t cap;
    kl_allocator *alloc;
} kl_vec;

/* kl_vec_view: a borrowed run of len elements at ptr (a slice). */
typedef struct kl_vec_view {
    void *ptr;
    size_t len;
} kl_vec_view;

/* KL_VEC_INIT: an empty vector over the global allocator. */
#define KL_VEC_INIT { NULL, 0, 0, NULL }

KL_BEGIN_DECLS

/* kl_vec_init: an empty vector over alloc (NULL = global). */
KL_API void kl_vec_init(kl_vec *v, kl_allocator *alloc);

/* kl_vec_free: free v's storage; v is then empty and reusable. */
KL_API void kl_vec_free(kl_vec *v, size_t elem_size, size_t elem_align);

/* kl_vec_reserve: make room for at least `additional` more elements
 * (growing amortized: at least doubling).  KL_ENOMEM if the allocation
 * fails or the size overflows; v unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_reserve(kl_vec *v, size_t additional,
                                          size_t elem_size, size_t elem_align);

/* kl_vec_reserve_exact: make room for exactly `additional` more elements
 * (nothing if they fit).  KL_ENOMEM as kl_vec_reserve; v unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_reserve_exact(kl_vec *v, size_t additional,
                                                size_t elem_size, size_t elem_align);

/* kl_vec_shrink_to_fit: reduce the capacity to the length (freeing the
 * block when empty).  KL_ENOMEM if the allocator cannot shrink the block;
 * v unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_shrink_to_fit(kl_vec *v, size_t elem_size,
                                                size_t elem_align);

/* kl_vec_push: append the elem_size bytes at elem.  KL_ENOMEM leaves v
 * unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_push(kl_vec *v, const void *elem,
                                       size_t elem_size, size_t elem_align);

/* kl_vec_pop: remove the last element, copying it to out unless out is
 * NULL.  Returns false if v is empty. */
KL_API bool kl_vec_pop(kl_vec *v, void *out, size_t elem_size);

/* kl_vec_insert: insert the element at elem at index, shifting the later
 * ones up.  KL_ENOMEM leaves v unchanged.  Panics if index > len. */
KL_API KL_NODISCARD kl_err kl_vec_insert(kl_vec *v, size_t index, const void *elem,
                                         size_t elem_size, size_t elem_align);

/* kl_vec_remove: remove the element at index, copying it to out unless out
 * is NULL, and shift the later ones down.  Panics if index >= len. */
KL_API void kl_vec_remove(kl_vec *v, size_t index, void *out, size_t elem_size);

/* kl_vec_swap_remove: remove the element at index (to out unless NULL) in
 * O(1), moving the last element into its place.  Panics if index >= len. */
KL_API void kl_vec_swap_remove(kl_vec *v, size_t index, void *out, size_t elem_size);

/* kl_vec_extend: append the n elements at src (which may not lie inside
 * v's own storage).  KL_ENOMEM leaves v unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_extend(kl_vec *v, const void *src, size_t n,
                                         size_t elem_size, size_t elem_align);

/* kl_vec_truncate: keep the first len elements (nothing if len >= the
 * length).  The capacity is unchanged. */
KL_API void kl_vec_truncate(kl_vec *v, size_t len);

/* kl_vec_clear: remove every element, keeping the capacity. */
KL_API void kl_vec_clear(kl_vec *v);

/* kl_vec_retain: keep only the elements for which keep(elem, ctx) is true,
 * in their order.  keep sees each element once, front to back. */
KL_API void kl_vec_retain(kl_vec *v, bool (*keep)(const void *elem, void *ctx),
                          void *ctx, size_t elem_size);

/* kl_vec_dedup: remove every element equal to the one kept before it
 * (consecutive duplicates; Rust's dedup_by): eq(a, b, ctx) is called with
 * a the element in question and b the last element kept. */
KL_API void kl_vec_dedup(kl_vec *v, bool (*eq)(const void *a, const void *b, void *ctx),
                         void *ctx, size_t elem_size);

/* kl_vec_sort: sort the elements by cmp (as qsort's), not stably
 * (kl_sort).  Never allocates. */
KL_API void kl_vec_sort(kl_vec *v, int (*cmp)(const void *, const void *),
                        size_t elem_size);

/* kl_vec_sort_stable: sort by cmp keeping equal elements in order
 * (kl_sort_stable), with scratch room from v's allocator.  KL_ENOMEM if
 * that fails; v unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_sort_stable(kl_vec *v,
                                              int (*cmp)(const void *, const void *),
                                              size_t elem_size, size_t elem_align);

/* kl_vec_slice: the elements [start, end) as a view into v's storage
 * (valid until v next changes capacity).  Panics if start > end or
 * end > len, with Rust's messages. */
KL_API kl_vec_view kl_vec_slice(const kl_vec *v, size_t start, size_t end,
                                size_t elem_size);

/* kl_vec_index_fail: panic that index is out of bounds for length len
 * (what every checked access of a vector does). */
KL_API KL_NORETURN void kl_vec_index_fail(size_t index, size_t len);

/* KL__VEC_COLD: a generated function kept out of line (a slow path). */
#if defined(__GNUC__) || defined(__clang__)
#define KL__VEC_COLD static __attribute__((noinline, cold, unused))
#else
#define KL__VEC_COLD static
#endif

/* KL__VEC_RESTRICT: restrict, also when the header is read as C++. */
#if defined(__GNUC__) || defined(__clang__)
#define KL__VEC_RESTRICT __restrict
#elif defined(__cplusplus)
#define KL__VEC_RESTRICT
#else
#define KL__VEC_RESTRICT restrict
#endif

/* KL_VEC_DEFINE(name, T): the typed vector `name` of T (a struct holding
 * the kl_vec `raw`), its view type name##_view { T *ptr; size_t len; },
 * and inline functions:
 *   void   name_init(name *v, kl_allocator *a)      empty, over a
 *   void   name_free(name *v)                       free storage
 *   kl_err name_reserve(name *v, size_t n)          room for n more
 *   kl_err name_reserve_exact(name *v, size_t n)    exactly n more
 *   kl_err name_shrink_to_fit(name *v)              capacity = length
 *   kl_err name_push(name *v, T x)                  append
 *   bool   name_pop(name *v, T *out)                remove the last
 *   kl_err name_insert(name *v, size_t i, T x)      insert at i (i <= len)
 *   T      name_remove(name *v, size_t i)           remove at i, shifting
 *   T      name_swap_remove(name *v, size_t i)      remove at i, last moves in
 *   kl_err name_extend(name *v, const T *src, size_t n)  append n
 *   void   name_truncate(name *v, size_t len), name_clear(name *v)
 *   void   name_retain(name *v, bool (*keep)(const T *, void *), void *ctx)
 *   void   name_dedup(name *v, bool (*eq)(const T *, const T *, void *), void *ctx)
 *   void   name_sort(name *v, int (*cmp)(const void *, const void *))
 *   size_t name_len(const name *v), name_cap(const name *v)
 *   bool   name_is_empty(const name *v)
 *   T     *name_data(name *v)                       the elements
 *   T     *name_at(name *v, size_t i)               &element i
 *   T     *name_get(name *v, size_t i)              &element i or NULL
 *   T     *name_last(name *v)                       &last element or NULL
 *   name_view name_slice(name *v, size_t start, size_t end)  [start, end)
 * Allocating functions return KL_ENOMEM and leave v unchanged on failure.
 * name_at, name_insert, name_remove, name_swap_remove and name_slice
 * panic on an index out of range (Rust's messages).  For a sort with the
 * comparison inlined, see KL_VEC_SORT_DEFINE. */
#define KL_VEC_DEFINE(name, T)                                                 \
    KL__ASSERT_TRIVIAL(T)                                                      \
    typedef struct name { kl_vec raw; } name;                                  \
    typedef struct name##_view { T *ptr; size_t len; } name##_view;            \
    KL_GENERATED_INLINE void name##_init(name *v, kl_allocator *a)             \
    {                                                                          \
        kl_vec_init(&v->raw, a);                                               \
    }                                                                          \
    KL_GENERATED_INLINE void name##_free(name *v)                              \
    {                                                                          \
        kl_vec_free(&v->raw, sizeof(T), KL_ALIGNOF(T));                          \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_reserve(name *v, size_t n)  \
    {                                                                          \
        return kl_vec_reserve(&v->raw, n, sizeof(T), KL_ALIGNOF(T));             \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_reserve_exact(name *v, size_t n) \
    {                                                                          \
        return kl_vec_reserve_exact(&v->raw, n, sizeof(T), KL_ALIGNOF(T));       \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_shrink_to_fit(name *v)      \
    {                                                                          \
        return kl_vec_shrink_to_fit(&v->raw, sizeof(T), KL_ALIGNOF(T));          \
    }                                                                          \
    /* The growing path, out of line so that the fast path keeps x in a     \
     * register. */                                                            \
    KL__VEC_COLD kl_err name##__push_slow(name *v, T x)                         \
    {                                                                          \
        return kl_vec_push(&v->raw, &x, sizeof(T), KL_ALIGNOF(T));               \
    }                                                                          \
    /* restrict: the element store cannot change *v, so a loop of pushes      \
     * keeps the length in a register. */                                      \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_push(name *KL__VEC_RESTRICT v, T x) \
    {                                                                          \
        size_t len_ = v->raw.len;                                              \
        if (KL_LIKELY(len_ < v->raw.cap)) {                                    \
            ((T *)v->raw.ptr)[len_] = x;                                       \
            v->raw.len = len_ + 1;                                             \
            return KL_OK;                                                      \
        }                                                                      \
        return name##__push_slow(v, x);                                        \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop(name *v, T *out)                       \
    {                                                                          \
        if (v->raw.len == 0)                                                   \
            return false;                                                      \
        v->raw.len--;                                                          \
        if (out != NULL)                                                       \
            *out = ((T *)v->raw.ptr)[v->raw.len];                              \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_insert(name *v, size_t i, T x) \
    {                                                                          \
        return kl_vec_insert(&v->raw, i, &x, sizeof(T), KL_ALIGNOF(T));          \
    }                                                                          \
    KL_GENERATED_INLINE T name##_remove(name *v, size_t i)                     \
    {                                                                          \
        T x;                                                                   \
        kl_vec_remove(&v->raw, i, &x, sizeof(T));                              \
        return x;                                                              \
    }                                                                          \
    KL_GENERATED_INLINE T name##_swap_remove(name *v, size_t i)                \
    {                                                                          \
        T x;                                                                   \
        kl_vec_swap_remove(&v->raw, i, &x, sizeof(T));                         \
        return x;                                                              \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_extend(name *v, const T *src, \
                                                          size_t n)            \
    {                                                                          \
        return kl_vec_extend(&v->raw, src, n, sizeof(T), KL_ALIGNOF(T));         \
    }                                                                          \
    KL_GENERATED_INLINE void name##_truncate(name *v, size_t len)              \
    {                                                                          \
        kl_vec_truncate(&v->raw, len);                                         \
    }                                                                          \
    KL_GENERATED_INLINE void name##_clear(name *v) { v->raw.len = 0; }         \
    KL_GENERATED_INLINE void name##_retain(name *v,                            \
                                           bool (*keep)(const T *, void *),    \
                                           void *ctx)                          \
    {                                                                          \
        T *d = (T *)v->raw.ptr;                                                \
        size_t n = v->raw.len, w = 0;                                          \
        for (size_t i = 0; i < n; i++)                                         \
            if (keep(&d[i], ctx)) {                                            \
                if (w != i)                                                    \
                    d[w] = d[i];                                               \
                w++;                                                           \
            }                                                                  \
        v->raw.len = w;                                                        \
    }                                                                          \
    KL_GENERATED_INLINE void name##_dedup(name *v,                             \
                                          bool (*eq)(const T *, const T *, void *), \
                                          void *ctx)                           \
    {                                                                          \
        T *d = (T *)v->raw.ptr;                                                \
        size_t n = v->raw.len, w = 1;                                          \
        if (n < 2)                                                             \
            return;                                                            \
        for (size_t i = 1; i < n; i++)                                         \
            if (!eq(&d[i], &d[w - 1], ctx)) {                                  \
                if (w != i)                                                    \
                    d[w] = d[i];                                               \
                w++;                                                           \
            }                                                                  \
        v->raw.len = w;                                                        \
    }                                                                          \
    KL_GENERATED_INLINE void name##_sort(name *v,                              \
                                         int (*cmp)(const void *, const void *)) \
    {                                                                          \
        kl_sort(v->raw.ptr, v->raw.len, sizeof(T), cmp);                       \
    }                                                                          \
    KL_GENERATED_INLINE size_t name##_len(const name *v) { return v->raw.len; } \
    KL_GENERATED_INLINE size_t name##_cap(const name *v) { return v->raw.cap; } \
    KL_GENERATED_INLINE bool name##_is_empty(const name *v)                    \
    {                                                                          \
        return v->raw.len == 0;                                                \
    }                                                                          \
    KL_GENERATED_INLINE T *name##_data(name *v) { return (T *)v->raw.ptr; }    \
    KL_GENERATED_INLINE T *name##_at(name *v, size_t i)                        \
    {                                                                          \
        if (KL_UNLIKELY(i >= v->raw.len))                                      \
            kl_vec_index_fail(i, v->raw.len);                                  \
        return (T *)v->raw.ptr + i;                                            \
    }                                                                          \
    KL_GENERATED_INLINE T *name##_get(name *v, size_t i)                       \
    {                                                                          \
        return i < v->raw.len ? (T *)v->raw.ptr + i : NULL;                    \
    }                                                                          \
    KL_GENERATED_INLINE T *name##_last(name *v)                                \
    {                                                                          \
        return v->raw.len > 0 ? (T *)v->raw.ptr + (v->raw.len - 1) : NULL;     \
    }                                                                          \
    KL_GENERATED_INLINE name##_view name##_slice(name *v, size_t start, size_t end) \
    {                                                                          \
        kl_vec_view s = kl_vec_slice(&v->raw, start, end, sizeof(T));          \
        name##_view r = { (T *)s.ptr, s.len };                                 \
        return r;                                                              \
    }

/* KL_VEC_SORT_DEFINE(name, T, LESS): for a vector type `name` of T made by
 * KL_VEC_DEFINE, sorting with the comparison LESS(const T *a, const T *b)
 * (true if *a orders strictly before *b) inlined, as KL_SORT_DEFINE:
 *   void   name_sort_unstable(name *v)   pattern-defeating quicksort;
 *   kl_err name_sort_stable(name *v)     merge sort with scratch room from
 *          v's allocator: KL_ENOMEM (v unchanged) if that fails.
 * Use at file scope, after KL_VEC_DEFINE(name, T). */
#define KL_VEC_SORT_DEFINE(name, T, LESS)                                      \
    KL_SORT_DEFINE(name##__sorter, T, LESS)                                    \
    KL_GENERATED_INLINE void name##_sort_unstable(name *v)                     \
    {                                                                          \
        name##__sorter((T *)v->raw.ptr, v->raw.len);                           \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_sort_stable(name *v)        \
    {                                                                          \
        size_t n = v->raw.len;                                                 \
        if (n < 2)                                                             \
            return KL_OK;                                                      \
        T *scratch = (T *)kl_alloc(v->raw.alloc, n * sizeof(T), KL_ALIGNOF(T));  \
        if (scratch == NULL)                                                   \
            return KL_ENOMEM;                                                  \
        name##__sorter_stable((T *)v->raw.ptr, n, scratch);                    \
        kl_free(v->raw.alloc, scratch, n * sizeof(T), KL_ALIGNOF(T));            \
        return KL_OK;                                                          \
    }

KL_END_DECLS

#endif /* KEEL_VEC_H */
