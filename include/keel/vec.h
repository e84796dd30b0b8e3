/* keel/vec.h -- growable arrays.  Layer: alloc.
 *
 * kl_vec is the type-erased core, compiled once into the library: the
 * element size and alignment are parameters.  KL_VEC_DEFINE(name, T)
 * generates a typed struct and inline functions over it.  Every allocating
 * call returns KL_ENOMEM on failure and leaves the vector as it was.
 *
 *     KL_VEC_DEFINE(int_vec, int)
 *     int_vec v = KL_VEC_INIT;        (or int_vec_init(&v, allocator))
 *     if (int_vec_push(&v, 42) != KL_OK) ...
 *     int_vec_free(&v);
 */
#ifndef KEEL_VEC_H
#define KEEL_VEC_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>
#include <keel/panic.h>

/* kl_vec: len elements in a block with room for cap, from alloc
 * (NULL = the global allocator). */
typedef struct kl_vec {
    void *ptr;
    size_t len;
    size_t cap;
    kl_allocator *alloc;
} kl_vec;

/* KL_VEC_INIT: an empty vector over the global allocator. */
#define KL_VEC_INIT { NULL, 0, 0, NULL }

KL_BEGIN_DECLS

/* kl_vec_init: an empty vector over alloc (NULL = global). */
KL_API void kl_vec_init(kl_vec *v, kl_allocator *alloc);

/* kl_vec_free: free v's storage; v is then empty and reusable. */
KL_API void kl_vec_free(kl_vec *v, size_t elem_size, size_t elem_align);

/* kl_vec_reserve: make room for at least `additional` more elements.
 * KL_ENOMEM if the allocation fails or the size overflows; v unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_reserve(kl_vec *v, size_t additional,
                                          size_t elem_size, size_t elem_align);

/* kl_vec_push: append the elem_size bytes at elem.  KL_ENOMEM leaves v
 * unchanged. */
KL_API KL_NODISCARD kl_err kl_vec_push(kl_vec *v, const void *elem,
                                       size_t elem_size, size_t elem_align);

/* kl_vec_pop: remove the last element, copying it to out unless out is
 * NULL.  Returns false if v is empty. */
KL_API bool kl_vec_pop(kl_vec *v, void *out, size_t elem_size);

/* KL_VEC_DEFINE(name, T): the typed vector `name` of T with inline
 * functions name_init, name_free, name_reserve, name_push, name_pop,
 * name_len, name_at (panics when the index is out of range) and name_data. */
#define KL_VEC_DEFINE(name, T)                                                 \
    typedef struct name { kl_vec raw; } name;                                  \
    KL_GENERATED_INLINE void name##_init(name *v, kl_allocator *a)                       \
    {                                                                          \
        kl_vec_init(&v->raw, a);                                               \
    }                                                                          \
    KL_GENERATED_INLINE void name##_free(name *v)                                        \
    {                                                                          \
        kl_vec_free(&v->raw, sizeof(T), _Alignof(T));                          \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_reserve(name *v, size_t n)            \
    {                                                                          \
        return kl_vec_reserve(&v->raw, n, sizeof(T), _Alignof(T));             \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_push(name *v, T x)                    \
    {                                                                          \
        if (KL_LIKELY(v->raw.len < v->raw.cap)) {                              \
            ((T *)v->raw.ptr)[v->raw.len++] = x;                               \
            return KL_OK;                                                      \
        }                                                                      \
        return kl_vec_push(&v->raw, &x, sizeof(T), _Alignof(T));               \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop(name *v, T *out)                                 \
    {                                                                          \
        return kl_vec_pop(&v->raw, out, sizeof(T));                            \
    }                                                                          \
    KL_GENERATED_INLINE size_t name##_len(const name *v) { return v->raw.len; }          \
    KL_GENERATED_INLINE T *name##_data(name *v) { return (T *)v->raw.ptr; }              \
    KL_GENERATED_INLINE T *name##_at(name *v, size_t i)                                  \
    {                                                                          \
        if (KL_UNLIKELY(i >= v->raw.len))                                      \
            kl_panic("index out of bounds: the len is %zu but the index is %zu", \
                     v->raw.len, i);                                           \
        return (T *)v->raw.ptr + i;                                            \
    }

KL_END_DECLS

#endif /* KEEL_VEC_H */
