/* tests/hosted/cxx_layout.h -- what tests/hosted/cxx_headers.cc (C++)
 * compares with tests/hosted/cxx_layout.c (C): the sizes and alignments
 * of keel's public types and the offsets of the fields that atomics and
 * alignment change, as each language sees them, and C functions that act
 * on objects the C++ side made.  A struct that C and C++ lay out
 * differently would break every program that mixes them. */
#ifndef KEEL_TESTS_CXX_LAYOUT_H
#define KEEL_TESTS_CXX_LAYOUT_H

#include <keel.h>

/* X(type) for each type compared. */
#define KL_TEST_LAYOUT_TYPES(X)                                                \
    X(kl_memory_order) X(kl_atomic_bool) X(kl_atomic_ptr) X(kl_atomic_u8)      \
    X(kl_atomic_u16) X(kl_atomic_u32) X(kl_atomic_i32) X(kl_atomic_usize)      \
    X(kl_atomic_u64) X(kl_atomic_i64) X(kl_spinlock) X(kl_backoff) X(kl_spsc)  \
    X(kl_err) X(kl_str) X(kl_duration) X(kl_ring) X(kl_list) X(kl_rb_node)     \
    X(kl_rb_tree) X(kl_rand) X(kl_siphash) X(kl_writer) X(kl_allocator)        \
    X(kl_vec) X(kl_deque) X(kl_pqueue) X(kl_hashmap) X(kl_btree) X(kl_bitset)  \
    X(kl_string) X(kl_str_vec) X(kl_rc) X(kl_arc) X(kl_arena) X(kl_heap)       \
    KL_TEST_LAYOUT_THREADED(X)

#if KL_HAVE_THREADS
#define KL_TEST_LAYOUT_THREADED(X) X(kl_mutex) X(kl_thread)
#else
#define KL_TEST_LAYOUT_THREADED(X)
#endif

/* X(type, field) for each field whose offset is compared. */
#define KL_TEST_LAYOUT_FIELDS(X)                                               \
    X(kl_spsc, head) X(kl_spsc, tail_cache) X(kl_spsc, tail)                   \
    X(kl_spsc, head_cache) X(kl_spinlock, locked)

/* kl_test_layout: one type's (or field's) facts in one language. */
typedef struct kl_test_layout {
    const char *name;
    size_t size;  /* sizeof, or for a field its offset */
    size_t align; /* alignment, or for a field 0 */
} kl_test_layout;

KL_BEGIN_DECLS

/* The facts as C sees them: the types, then the fields, in list order. */
extern const kl_test_layout kl_test_c_layouts[];
extern const size_t kl_test_c_layouts_len;

/* kl_test_c_fetch_add: kl_atomic_u64_fetch_add(a, v, seq_cst) in C. */
uint64_t kl_test_c_fetch_add(kl_atomic_u64 *a, uint64_t v);

/* kl_test_c_spsc_push: push x onto q (made by C++) in C. */
bool kl_test_c_spsc_push(kl_spsc *q, uint32_t x);

/* kl_test_c_vec_sum: the sum of the elements of a vector of uint32_t
 * that C++ filled, read through C's view of the same macro. */
uint64_t kl_test_c_vec_sum(const kl_vec *v);

KL_END_DECLS

#endif /* KEEL_TESTS_CXX_LAYOUT_H */
