/* keel/slice.h -- algorithms over arrays: sort, stable sort, select,
 * binary search, reverse, rotate.  Layer: bare.
 *
 * Nothing here allocates.  The type-erased functions take an array as
 * (base, n, size) like qsort; KL_SORT_DEFINE generates typed versions with
 * the comparison inlined, which are several times faster.  A comparator
 * of the unstable sort, of selection and of search is only ever handed
 * addresses of elements of the array it was given (element-aligned, in
 * range), even when it is inconsistent; it must not modify the array.
 */
#ifndef KEEL_SLICE_H
#define KEEL_SLICE_H

#include <keel/base.h>
#include <keel/panic.h>

KL_BEGIN_DECLS

/* kl_sort: sort the n elements of size bytes at base into ascending order
 * by cmp (negative, zero or positive as qsort's), not stably.  O(n log n)
 * comparisons at worst, O(n) on sorted and reversed input; pattern-
 * defeating quicksort (Peters 2021), see KL__SORT_TEMPLATE.  Panics if size
 * is 0 and n > 1. */
KL_API void kl_sort(void *base, size_t n, size_t size,
                    int (*cmp)(const void *, const void *));

/* kl_sort_stable: sort as kl_sort, keeping equal elements in their
 * original order (merge sort).  scratch must hold n * size bytes and must
 * not overlap base; cmp may be handed addresses inside scratch as well as
 * inside base.  O(n log n) comparisons, n - 1 on sorted input.  Panics if
 * scratch is NULL (and n > 1) or size is 0 (and n > 1). */
KL_API void kl_sort_stable(void *base, size_t n, size_t size,
                           int (*cmp)(const void *, const void *), void *scratch);

/* kl_select_nth: reorder the n elements at base so that the element at
 * index k is the one a sort would put there, every element before it
 * compares <= it and every element after >= it (Rust's
 * select_nth_unstable).  O(n) expected, O(n log n) at worst.  Panics if
 * k >= n or size is 0. */
KL_API void kl_select_nth(void *base, size_t n, size_t size, size_t k,
                          int (*cmp)(const void *, const void *));

/* kl_binary_search: search the n elements at base, sorted by cmp, for key.
 * cmp(elem, key) compares an element (first argument, inside the array)
 * with key (second, passed through as given).  Returns true and sets
 * *index to the index of a matching element (any one, if several match),
 * or returns false and sets *index to where key would be inserted to keep
 * the order (0..n).  (Rust's binary_search_by.) */
KL_API bool kl_binary_search(const void *base, size_t n, size_t size, const void *key,
                             int (*cmp)(const void *elem, const void *key),
                             size_t *index);

/* kl_partition_point: for n elements at base partitioned by pred (every
 * element for which pred is true before every one for which it is false),
 * the index of the first element for which pred is false (n if none).
 * ctx is passed through to pred.  O(log n) calls. */
KL_API size_t kl_partition_point(const void *base, size_t n, size_t size,
                                 bool (*pred)(const void *elem, void *ctx), void *ctx);

/* kl_slice_reverse: reverse the order of the n elements at base. */
KL_API void kl_slice_reverse(void *base, size_t n, size_t size);

/* kl_slice_rotate_left: rotate the n elements at base left by mid places,
 * in place: the element at index mid becomes the first.  Panics if
 * mid > n. */
KL_API void kl_slice_rotate_left(void *base, size_t n, size_t size, size_t mid);

/* kl_slice_rotate_right: rotate right by k places: the last k elements
 * come first.  Panics if k > n. */
KL_API void kl_slice_rotate_right(void *base, size_t n, size_t size, size_t k);

/* kl_slice_swap: exchange the n elements at a with the n elements at b.
 * Panics if the two ranges overlap (unless they are empty). */
KL_API void kl_slice_swap(void *a, void *b, size_t n, size_t size);

KL_END_DECLS

/* KL__SORT_FN: how the engine's functions are declared (each instance
 * uses only some of them). */
#if defined(__GNUC__) || defined(__clang__)
#define KL__SORT_FN static inline __attribute__((unused))
#define KL__SORT_FN_NOINLINE static __attribute__((unused, noinline))
#else
#define KL__SORT_FN static inline
#define KL__SORT_FN_NOINLINE static
#endif

/* KL__SORT_TEMPLATE(pfx, SZ, LESS, SWAP, BLOCK): the sorting and selection
 * engine, written once and instantiated twice: by kl_sort (element size and
 * comparison known at run time) and by KL_SORT_DEFINE (both known to the
 * compiler, which then inlines them).  Elements are addressed as char *;
 * c is a context pointer handed through to SZ, LESS and SWAP:
 *   SZ           an expression for the element size (may use c);
 *   LESS(c,a,b)  true if element a orders strictly before element b;
 *   SWAP(c,a,b)  exchange elements a and b;
 *   BLOCK        1 to partition without branching on LESS (for a cheap,
 *                inlined LESS: branchless Lomuto up to 32-byte elements,
 *                BlockQuicksort above), 0 for the plain Hoare loop.
 * Every address passed to LESS or SWAP lies inside [v, v + n * SZ) of the
 * call that received v and is a multiple of SZ from v: loops test their
 * bounds instead of trusting sentinels, so even an inconsistent LESS can
 * not take the engine outside the array.
 *
 * The unstable sort is pattern-defeating quicksort (Orson R. L. Peters,
 * "Pattern-defeating Quicksort", arXiv:2106.05123, 2021) with the pivots
 * of Rust's ipnsort (a recursive pseudo-median, pfx##_choose_pivot); with
 * the Hoare partition, one that finds its range already partitioned tries
 * a bounded insertion sort, which makes sorted and reversed-then-
 * partitioned runs linear; a pivot equal to the element before the range
 * (which is <= everything in it) sends the equal elements left in one
 * pass, which makes few-unique inputs fast; each badly unbalanced
 * partition swaps a few elements to break patterns, and after log2(n) of
 * them the range is heapsorted, so the worst case is O(n log n).  Ranges
 * below 24 elements are insertion-sorted, except that with BLOCK, elements
 * of up to KL__SORT_NET_SZ bytes sort ranges of up to 32 with sorting
 * networks and a branchless merge (pfx##_small).  The smaller side
 * recurses and the larger loops, so the stack depth is at most log2(n)
 * frames. */
/* The largest element (in bytes) that BLOCK instances sort small ranges
 * of with networks (as ipnsort does for types of up to 8 bytes, which
 * it can exchange in place cheaply). */
#define KL__SORT_NET_SZ 8

/* KL__SORT_PICK(s, a, b): a if s (0 or 1) is 1, else b, computed with a
 * mask (a conditional expression tends to become a branch). */
#define KL__SORT_PICK(s, a, b) ((b) ^ (((a) ^ (b)) & ((size_t)0 - (s))))

/* One comparator (i, j) of the sorting network of KL__SORT_TEMPLATE (f
 * is the instance's pfx##_cswap), skipped unless j < n. */
#define KL__CSN(f, i, j)                                                       \
    do {                                                                       \
        if ((j) < n)                                                           \
            f(c, v + (i) * sz, v + (j) * sz);                                  \
    } while (0)

/* One step of the branchless Lomuto partition of KL__SORT_TEMPLATE. */
#define KL__LOMUTO_STEP(LESS)                                                  \
        do {                                                                   \
            char *right = base + k * sz, *left = base + lt * sz;               \
            unsigned char r_[32];                                              \
            __builtin_memcpy(r_, right, sz);                                   \
            bool right_lt = le ? !LESS(c, piv, right) : LESS(c, right, piv);   \
            __builtin_memmove(gap, left, sz);                                  \
            __builtin_memcpy(left, r_, sz);                                    \
            gap = right;                                                       \
            lt += right_lt;                                                    \
            k++;                                                               \
        } while (0)

#define KL__SORT_TEMPLATE(pfx, SZ, LESS, SWAP, BLOCK)                          \
KL__SORT_FN unsigned pfx##_log2(size_t n)                                      \
{                                                                              \
    unsigned r = 0;                                                            \
    while (n > 1) {                                                            \
        n >>= 1;                                                               \
        r++;                                                                   \
    }                                                                          \
    return r;                                                                  \
}                                                                              \
                                                                               \
KL__SORT_FN void pfx##_insertion(const void *c, char *v, size_t n)             \
{                                                                              \
    const size_t sz = SZ;                                                      \
    if (BLOCK && sz <= 32) {                                                   \
        /* Find where v[i] goes while it is still in place (so LESS sees       \
         * only addresses in v), then move it there in one rotation. */        \
        unsigned char tmp[32];                                                 \
        for (size_t i = 1; i < n; i++) {                                       \
            char *x = v + i * sz, *p = x;                                      \
            while (p > v && LESS(c, x, p - sz))                                \
                p -= sz;                                                       \
            if (p == x)                                                        \
                continue;                                                      \
            /* Each step carries one element up a place (a loop compilers      \
             * do not turn into a call of memmove, slow at this size). */      \
            __builtin_memcpy(tmp, x, sz);                                      \
            for (char *q = p; q <= x; q += sz) {                               \
                unsigned char t[32];                                           \
                __builtin_memcpy(t, q, sz);                                    \
                __builtin_memcpy(q, tmp, sz);                                  \
                __builtin_memcpy(tmp, t, sz);                                  \
            }                                                                  \
        }                                                                      \
        return;                                                                \
    }                                                                          \
    for (size_t i = 1; i < n; i++)                                             \
        for (char *p = v + i * sz; p > v && LESS(c, p, p - sz); p -= sz)       \
            SWAP(c, p, p - sz);                                                \
}                                                                              \
                                                                               \
/* Put the smaller of elements a and b (a before b) at a and the larger        \
 * at b without a branch on LESS: load both, compare them in place, and        \
 * store back values selected by the result, which compilers make              \
 * conditional moves (copying through pointers selected by the result          \
 * became a branch, which mispredicts half the time).  Elements of at most     \
 * KL__SORT_NET_SZ (8) bytes. */                                               \
KL__SORT_FN void pfx##_cswap(const void *c, char *a, char *b)                  \
{                                                                              \
    const size_t sz = SZ;                                                      \
    uint64_t x_ = 0, y_ = 0;                                                   \
    if (sz > sizeof x_)                                                        \
        return;                                                                \
    __builtin_memcpy(&x_, a, sz);                                              \
    __builtin_memcpy(&y_, b, sz);                                              \
    bool s_ = LESS(c, b, a);                                                   \
    uint64_t lo_ = s_ ? y_ : x_, hi_ = s_ ? x_ : y_;                           \
    __builtin_memcpy(a, &lo_, sz);                                             \
    __builtin_memcpy(b, &hi_, sz);                                             \
}                                                                              \
                                                                               \
/* Sort v[0..n), n <= 16, with Green's 60-comparator network for 16            \
 * inputs, the smallest known (M. W. Green, 1969; Knuth, TAOCP vol. 3,         \
 * section 5.3.4; layers as in Bert Dobbelaere's list "Smallest and            \
 * fastest sorting networks for a given number of inputs"), a paragraph        \
 * per layer of independent comparators.  A comparator (i, j), i < j,          \
 * puts the smaller of v[i] and v[j] at i; those with j >= n are skipped,      \
 * which sorts as if v[n..16) held elements above all others, so the           \
 * network sorts every n, with at most two comparators more than the           \
 * smallest known network for n.  (A network of its own for each n, tried,     \
 * was 4% faster on random input but doubled an instance's code.)  The         \
 * tests sort every 0-1 input of every n, which by the 0-1 principle           \
 * proves each restriction. */                                                 \
KL__SORT_FN void pfx##_network(const void *c, char *v, size_t n)               \
{                                                                              \
    const size_t sz = SZ;                                                      \
    KL__CSN(pfx##_cswap, 0, 13); KL__CSN(pfx##_cswap, 1, 12);                  \
    KL__CSN(pfx##_cswap, 2, 15); KL__CSN(pfx##_cswap, 3, 14);                  \
    KL__CSN(pfx##_cswap, 4, 8); KL__CSN(pfx##_cswap, 5, 6);                    \
    KL__CSN(pfx##_cswap, 7, 11); KL__CSN(pfx##_cswap, 9, 10);                  \
                                                                               \
    KL__CSN(pfx##_cswap, 0, 5); KL__CSN(pfx##_cswap, 1, 7);                    \
    KL__CSN(pfx##_cswap, 2, 9); KL__CSN(pfx##_cswap, 3, 4);                    \
    KL__CSN(pfx##_cswap, 6, 13); KL__CSN(pfx##_cswap, 8, 14);                  \
    KL__CSN(pfx##_cswap, 10, 15); KL__CSN(pfx##_cswap, 11, 12);                \
                                                                               \
    KL__CSN(pfx##_cswap, 0, 1); KL__CSN(pfx##_cswap, 2, 3);                    \
    KL__CSN(pfx##_cswap, 4, 5); KL__CSN(pfx##_cswap, 6, 8);                    \
    KL__CSN(pfx##_cswap, 7, 9); KL__CSN(pfx##_cswap, 10, 11);                  \
    KL__CSN(pfx##_cswap, 12, 13); KL__CSN(pfx##_cswap, 14, 15);                \
                                                                               \
    KL__CSN(pfx##_cswap, 0, 2); KL__CSN(pfx##_cswap, 1, 3);                    \
    KL__CSN(pfx##_cswap, 4, 10); KL__CSN(pfx##_cswap, 5, 11);                  \
    KL__CSN(pfx##_cswap, 6, 7); KL__CSN(pfx##_cswap, 8, 9);                    \
    KL__CSN(pfx##_cswap, 12, 14); KL__CSN(pfx##_cswap, 13, 15);                \
                                                                               \
    KL__CSN(pfx##_cswap, 1, 2); KL__CSN(pfx##_cswap, 3, 12);                   \
    KL__CSN(pfx##_cswap, 4, 6); KL__CSN(pfx##_cswap, 5, 7);                    \
    KL__CSN(pfx##_cswap, 8, 10); KL__CSN(pfx##_cswap, 9, 11);                  \
    KL__CSN(pfx##_cswap, 13, 14);                                              \
                                                                               \
    KL__CSN(pfx##_cswap, 1, 4); KL__CSN(pfx##_cswap, 2, 6);                    \
    KL__CSN(pfx##_cswap, 5, 8); KL__CSN(pfx##_cswap, 7, 10);                   \
    KL__CSN(pfx##_cswap, 9, 13); KL__CSN(pfx##_cswap, 11, 14);                 \
                                                                               \
    KL__CSN(pfx##_cswap, 2, 4); KL__CSN(pfx##_cswap, 3, 6);                    \
    KL__CSN(pfx##_cswap, 9, 12); KL__CSN(pfx##_cswap, 11, 13);                 \
                                                                               \
    KL__CSN(pfx##_cswap, 3, 5); KL__CSN(pfx##_cswap, 6, 8);                    \
    KL__CSN(pfx##_cswap, 7, 9); KL__CSN(pfx##_cswap, 10, 12);                  \
                                                                               \
    KL__CSN(pfx##_cswap, 3, 4); KL__CSN(pfx##_cswap, 5, 6);                    \
    KL__CSN(pfx##_cswap, 7, 8); KL__CSN(pfx##_cswap, 9, 10);                   \
    KL__CSN(pfx##_cswap, 11, 12);                                              \
                                                                               \
    KL__CSN(pfx##_cswap, 6, 7); KL__CSN(pfx##_cswap, 8, 9);                    \
}                                                                              \
                                                                               \
/* Sort v[0..n), n <= 32, elements of at most KL__SORT_NET_SZ bytes (after     \
 * the small sort of Rust's ipnsort for integers, Lukas Bergdoll and Orson     \
 * Peters, 2024): up to 16 elements with one network; else each half with      \
 * a network, then the halves merged from both ends at once without a          \
 * branch on LESS (each step moves the smaller of the two fronts and the       \
 * larger of the two backs) into a buffer that is copied back.  LESS           \
 * compares only elements in v; the buffer is only written.  An                \
 * inconsistent LESS can make the indices miss each other, but each moves      \
 * at most n / 2 places, so all stay inside v; the buffer is then dropped      \
 * (v keeps the two sorted halves). */                                         \
KL__SORT_FN void pfx##_small(const void *c, char *v, size_t n)                 \
{                                                                              \
    const size_t sz = SZ;                                                      \
    if (sz > KL__SORT_NET_SZ)                                                  \
        return;                                                                \
    if (n <= 16) {                                                             \
        pfx##_network(c, v, n);                                                \
        return;                                                                \
    }                                                                          \
    size_t h_ = n / 2;                                                         \
    pfx##_network(c, v, h_);                                                   \
    pfx##_network(c, v + h_ * sz, n - h_);                                     \
    unsigned char buf_[32 * KL__SORT_NET_SZ];                                  \
    size_t l_f_ = 0, r_f_ = h_, l_b_ = h_ - 1, r_b_ = n - 1;                   \
    for (size_t k_ = 0; k_ < h_; k_++) {                                       \
        size_t r_ = LESS(c, v + r_f_ * sz, v + l_f_ * sz);                     \
        __builtin_memcpy(buf_ + k_ * sz, v + KL__SORT_PICK(r_, r_f_, l_f_) * sz, \
                         sz);                                                  \
        r_f_ += r_;                                                            \
        l_f_ += r_ ^ 1;                                                        \
        size_t l_ = LESS(c, v + r_b_ * sz, v + l_b_ * sz);                     \
        __builtin_memcpy(buf_ + (n - 1 - k_) * sz,                             \
                         v + KL__SORT_PICK(l_, l_b_, r_b_) * sz, sz);          \
        l_b_ -= l_;                                                            \
        r_b_ -= l_ ^ 1;                                                        \
    }                                                                          \
    if (n % 2) {                                                               \
        size_t l_ = l_f_ < l_b_ + 1;                                           \
        __builtin_memcpy(buf_ + h_ * sz, v + KL__SORT_PICK(l_, l_f_, r_f_) * sz, \
                         sz);                                                  \
        l_f_ += l_;                                                            \
        r_f_ += l_ ^ 1;                                                        \
    }                                                                          \
    if (l_f_ != l_b_ + 1 || r_f_ != r_b_ + 1)                                  \
        return;                                                                \
    /* Two fixed-size copies (n > 16) rather than a call of memcpy. */         \
    __builtin_memcpy(v, buf_, 16 * sz);                                        \
    __builtin_memcpy(v + (n - 16) * sz, buf_ + (n - 16) * sz, 16 * sz);        \
}                                                                              \
                                                                               \
KL__SORT_FN void pfx##_sort2(const void *c, char *a, char *b)                  \
{                                                                              \
    if (LESS(c, b, a))                                                         \
        SWAP(c, a, b);                                                         \
}                                                                              \
                                                                               \
KL__SORT_FN void pfx##_sort3(const void *c, char *a, char *b, char *d)         \
{                                                                              \
    pfx##_sort2(c, a, b);                                                      \
    pfx##_sort2(c, b, d);                                                      \
    pfx##_sort2(c, a, b);                                                      \
}                                                                              \
                                                                               \
KL__SORT_FN void pfx##_sift_down(const void *c, char *v, size_t root, size_t end) \
{                                                                              \
    const size_t sz = SZ;                                                      \
    for (;;) {                                                                 \
        size_t child = 2 * root + 1;                                           \
        if (child >= end)                                                      \
            break;                                                             \
        if (child + 1 < end && LESS(c, v + child * sz, v + (child + 1) * sz))  \
            child++;                                                           \
        if (!LESS(c, v + root * sz, v + child * sz))                           \
            break;                                                             \
        SWAP(c, v + root * sz, v + child * sz);                                \
        root = child;                                                          \
    }                                                                          \
}                                                                              \
                                                                               \
KL__SORT_FN void pfx##_heapsort(const void *c, char *v, size_t n)              \
{                                                                              \
    const size_t sz = SZ;                                                      \
    for (size_t i = n / 2; i-- > 0;)                                           \
        pfx##_sift_down(c, v, i, n);                                           \
    for (size_t end = n; end-- > 1;) {                                         \
        SWAP(c, v, v + end * sz);                                              \
        pfx##_sift_down(c, v, 0, end);                                         \
    }                                                                          \
}                                                                              \
                                                                               \
/* Branchless cyclic Lomuto partitioning (Lukas Bergdoll and Orson Peters,     \
 * "Branchless Lomuto partitioning", 2023, as in Rust's ipnsort) of            \
 * base[0..m), m >= 2, around the pivot at piv (outside the range; the         \
 * restrict qualifiers let the compiler keep it in a register): one pass       \
 * from left to right; the first element of the range is lifted out,           \
 * leaving a gap, and each step moves the element at lt into the gap and       \
 * the next one into lt, advancing lt by its comparison with the pivot.        \
 * No branch depends on a comparison, and each element is moved about          \
 * twice.  The lifted element is compared before it leaves the array, so       \
 * LESS sees only addresses in the array.  Returns the number of elements      \
 * less than the pivot (not greater than it, if le), which are now first.      \
 * Elements of up to 32 bytes. */                                              \
KL__SORT_FN size_t pfx##_lomuto(const void *c, char *__restrict base, size_t m, \
                                const char *__restrict piv, bool le)           \
{                                                                              \
    const size_t sz = SZ;                                                      \
    unsigned char tmp[32];                                                     \
    size_t lt = 0;                                                             \
    if (sz > 32)                                                               \
        return 0;                                                              \
    bool tmp_lt = le ? !LESS(c, piv, base) : LESS(c, base, piv);               \
    __builtin_memcpy(tmp, base, sz);                                           \
    char *gap = base;                                                          \
    size_t k = 1;                                                              \
    for (; k + 1 < m;) {                                                       \
        KL__LOMUTO_STEP(LESS);                                                 \
        KL__LOMUTO_STEP(LESS);                                                 \
    }                                                                          \
    if (k < m)                                                                 \
        KL__LOMUTO_STEP(LESS);                                                 \
    char *left = base + lt * sz;                                               \
    __builtin_memmove(gap, left, sz);                                          \
    __builtin_memcpy(left, tmp, sz);                                           \
    return lt + tmp_lt;                                                        \
}                                                                              \
                                                                               \
/* Partition v[1..n) around the pivot v[0]: afterwards v[0..p) < pivot,        \
 * v[p] is the pivot, v(p..n) >= pivot; returns p.  *already is set when       \
 * no element had to move. */                                                  \
KL__SORT_FN size_t pfx##_partition_right(const void *c, char *v, size_t n, bool *already) \
{                                                                              \
    const size_t sz = SZ;                                                      \
    size_t i = 1, j = n;                                                       \
    *already = false;                                                          \
    if (!(BLOCK && sz <= 32)) {                                                \
        /* (The branchless partition does without these scans, which           \
         * mispredict at their ends, and so without the shortcut for an        \
         * already partitioned range, as ipnsort does.) */                     \
        while (i < j && LESS(c, v + i * sz, v))                                \
            i++;                                                               \
        while (j > i && !LESS(c, v + (j - 1) * sz, v))                         \
            j--;                                                               \
        *already = i >= j;                                                     \
    }                                                                          \
    if (BLOCK && sz <= 32 && j - i >= 2) {                                     \
        i += pfx##_lomuto(c, v + i * sz, j - i, v, false);                     \
        j = i;                                                                 \
    } else if (BLOCK) {                                                        \
        /* BlockQuicksort (Edelkamp & Weiss, 2016): find the misplaced         \
         * elements of a block at each end without branching on the            \
         * comparisons, then swap them in pairs. */                            \
        unsigned char offl[64], offr[64];                                      \
        size_t nl = 0, nr = 0, sl = 0, sr = 0;                                 \
        while (j - i >= 2 * 64) {                                              \
            if (nl == 0) {                                                     \
                sl = 0;                                                        \
                for (size_t k = 0; k < 64; k++) {                              \
                    offl[nl] = (unsigned char)k;                               \
                    nl += !LESS(c, v + (i + k) * sz, v);                       \
                }                                                              \
            }                                                                  \
            if (nr == 0) {                                                     \
                sr = 0;                                                        \
                for (size_t k = 0; k < 64; k++) {                              \
                    offr[nr] = (unsigned char)(k + 1);                         \
                    nr += LESS(c, v + (j - 1 - k) * sz, v);                    \
                }                                                              \
            }                                                                  \
            size_t m = nl < nr ? nl : nr;                                      \
            for (size_t k = 0; k < m; k++)                                     \
                SWAP(c, v + (i + offl[sl + k]) * sz, v + (j - offr[sr + k]) * sz); \
            nl -= m;                                                           \
            nr -= m;                                                           \
            sl += m;                                                           \
            sr += m;                                                           \
            if (nl == 0)                                                       \
                i += 64;                                                       \
            if (nr == 0)                                                       \
                j -= 64;                                                       \
        }                                                                      \
    }                                                                          \
    /* What the blocks left, and all of it without them. */                    \
    for (;;) {                                                                 \
        while (i < j && LESS(c, v + i * sz, v))                                \
            i++;                                                               \
        while (j > i && !LESS(c, v + (j - 1) * sz, v))                         \
            j--;                                                               \
        if (i >= j)                                                            \
            break;                                                             \
        SWAP(c, v + i * sz, v + (j - 1) * sz);                                 \
        i++;                                                                   \
        j--;                                                                   \
    }                                                                          \
    size_t p = i - 1;                                                          \
    if (p != 0)                                                                \
        SWAP(c, v, v + p * sz);                                                \
    return p;                                                                  \
}                                                                              \
                                                                               \
/* Partition v[1..n) around the pivot v[0] with the equal elements to the      \
 * left: afterwards v[0..p] <= pivot (v[p] the pivot), v(p..n) > pivot;        \
 * returns p. */                                                               \
KL__SORT_FN size_t pfx##_partition_left(const void *c, char *v, size_t n)      \
{                                                                              \
    const size_t sz = SZ;                                                      \
    size_t i = 1, j = n;                                                       \
    if (BLOCK && sz <= 32 && n >= 3) {                                         \
        /* Branchless, as partition_right (and as ipnsort does it). */         \
        size_t p = pfx##_lomuto(c, v + sz, n - 1, v, true);                    \
        if (p != 0)                                                            \
            SWAP(c, v, v + p * sz);                                            \
        return p;                                                              \
    }                                                                          \
    while (j > i && LESS(c, v, v + (j - 1) * sz))                              \
        j--;                                                                   \
    while (i < j && !LESS(c, v, v + i * sz))                                   \
        i++;                                                                   \
    while (i < j) {                                                            \
        SWAP(c, v + i * sz, v + (j - 1) * sz);                                 \
        i++;                                                                   \
        j--;                                                                   \
        while (j > i && LESS(c, v, v + (j - 1) * sz))                          \
            j--;                                                               \
        while (i < j && !LESS(c, v, v + i * sz))                               \
            i++;                                                               \
    }                                                                          \
    size_t p = i - 1;                                                          \
    if (p != 0)                                                                \
        SWAP(c, v, v + p * sz);                                                \
    return p;                                                                  \
}                                                                              \
                                                                               \
/* Insertion-sort v[0..n) unless that takes more than 8 element moves;         \
 * returns true if v is now sorted. */                                         \
KL__SORT_FN bool pfx##_partial_insertion(const void *c, char *v, size_t n)     \
{                                                                              \
    const size_t sz = SZ;                                                      \
    size_t moves = 0;                                                          \
    for (size_t i = 1; i < n; i++) {                                           \
        char *p = v + i * sz;                                                  \
        while (p > v && LESS(c, p, p - sz)) {                                  \
            SWAP(c, p, p - sz);                                                \
            p -= sz;                                                           \
            moves++;                                                           \
        }                                                                      \
        if (moves > 8)                                                         \
            return i + 1 == n;                                                 \
    }                                                                          \
    return true;                                                               \
}                                                                              \
                                                                               \
/* The index of the median of elements a, b and d of v, found without a        \
 * branch on LESS. */                                                          \
KL__SORT_FN size_t pfx##_median3(const void *c, char *v, size_t a, size_t b, size_t d) \
{                                                                              \
    const size_t sz = SZ;                                                      \
    size_t x_ = LESS(c, v + a * sz, v + b * sz);                               \
    size_t y_ = LESS(c, v + a * sz, v + d * sz);                               \
    size_t z_ = LESS(c, v + b * sz, v + d * sz);                               \
    /* a is the median if it lies between b and d; else the median is the      \
     * smaller of b and d if a is below both, the larger if above. */          \
    return KL__SORT_PICK(x_ ^ y_, a, KL__SORT_PICK(z_ ^ x_, d, b));            \
}                                                                              \
                                                                               \
/* Rust's ipnsort pivot: the median of three pseudo-medians taken              \
 * recursively at strides of an eighth (a sample of about n^0.6                \
 * elements), from n * 8 >= 64 on; v[a], v[b], v[d] head regions of n          \
 * elements.  (Not inlined: compilers unroll the recursion into kilobytes      \
 * of code for a function that runs once a partition.) */                      \
KL__SORT_FN_NOINLINE size_t pfx##_median3_rec(const void *c, char *v, size_t a, \
                                              size_t b, size_t d, size_t n)    \
{                                                                              \
    if (n >= 8) {                                                              \
        size_t n8_ = n / 8;                                                    \
        a = pfx##_median3_rec(c, v, a, a + n8_ * 4, a + n8_ * 7, n8_);         \
        b = pfx##_median3_rec(c, v, b, b + n8_ * 4, b + n8_ * 7, n8_);         \
        d = pfx##_median3_rec(c, v, d, d + n8_ * 4, d + n8_ * 7, n8_);         \
    }                                                                          \
    return pfx##_median3(c, v, a, b, d);                                       \
}                                                                              \
                                                                               \
/* Move the pivot to v[0]; n >= 3: from 8 elements on ipnsort's (fewer         \
 * comparisons in all than pdqsort's median of 3 or ninther: 21.5 n            \
 * against 22.3 n for kl_sort of random 10^6, 24 n against 32 n on organ       \
 * pipes); nothing else moves.  Below 8, the median of 3 (sorted in            \
 * place). */                                                                  \
KL__SORT_FN void pfx##_choose_pivot(const void *c, char *v, size_t n)          \
{                                                                              \
    const size_t sz = SZ;                                                      \
    size_t h = n / 2;                                                          \
    if (n >= 8) {                                                              \
        size_t n8_ = n / 8, p_;                                                \
        if (n < 64)                                                            \
            p_ = pfx##_median3(c, v, 0, n8_ * 4, n8_ * 7);                     \
        else                                                                   \
            p_ = pfx##_median3_rec(c, v, 0, n8_ * 4, n8_ * 7, n8_);            \
        if (p_ != 0)                                                           \
            SWAP(c, v, v + p_ * sz);                                           \
        return;                                                                \
    }                                                                          \
    pfx##_sort3(c, v + h * sz, v, v + (n - 1) * sz);                           \
}                                                                              \
                                                                               \
/* After an unbalanced partition at p, swap a few elements of each side        \
 * large enough to matter, so that the next pivots differ. */                  \
KL__SORT_FN void pfx##_break_patterns(const void *c, char *v, size_t n, size_t p) \
{                                                                              \
    const size_t sz = SZ;                                                      \
    size_t l = p, r = n - p - 1;                                               \
    if (l >= 24) {                                                             \
        SWAP(c, v, v + (l / 4) * sz);                                          \
        SWAP(c, v + (p - 1) * sz, v + (p - l / 4) * sz);                       \
        if (l > 128) {                                                         \
            SWAP(c, v + sz, v + (l / 4 + 1) * sz);                             \
            SWAP(c, v + 2 * sz, v + (l / 4 + 2) * sz);                         \
            SWAP(c, v + (p - 2) * sz, v + (p - l / 4 - 1) * sz);               \
            SWAP(c, v + (p - 3) * sz, v + (p - l / 4 - 2) * sz);               \
        }                                                                      \
    }                                                                          \
    if (r >= 24) {                                                             \
        char *w = v + (p + 1) * sz;                                            \
        SWAP(c, w, w + (r / 4) * sz);                                          \
        SWAP(c, w + (r - 1) * sz, w + (r - r / 4) * sz);                       \
        if (r > 128) {                                                         \
            SWAP(c, w + sz, w + (r / 4 + 1) * sz);                             \
            SWAP(c, w + 2 * sz, w + (r / 4 + 2) * sz);                         \
            SWAP(c, w + (r - 2) * sz, w + (r - r / 4 - 1) * sz);               \
            SWAP(c, w + (r - 3) * sz, w + (r - r / 4 - 2) * sz);               \
        }                                                                      \
    }                                                                          \
}                                                                              \
                                                                               \
KL__SORT_FN void pfx##_loop(const void *c, char *v, size_t n, unsigned bad, bool leftmost) \
{                                                                              \
    const size_t sz = SZ;                                                      \
    for (;;) {                                                                 \
        if (BLOCK && sz <= KL__SORT_NET_SZ && n <= 32) {                       \
            pfx##_small(c, v, n);                                              \
            return;                                                            \
        }                                                                      \
        if (n < 24) {                                                          \
            pfx##_insertion(c, v, n);                                          \
            return;                                                            \
        }                                                                      \
        pfx##_choose_pivot(c, v, n);                                           \
        if (!leftmost && !LESS(c, v - sz, v)) {                                \
            size_t p = pfx##_partition_left(c, v, n);                          \
            v += (p + 1) * sz;                                                 \
            n -= p + 1;                                                        \
            continue;                                                          \
        }                                                                      \
        bool already;                                                          \
        size_t p = pfx##_partition_right(c, v, n, &already);                   \
        size_t l = p, r = n - p - 1;                                           \
        if (l < n / 8 || r < n / 8) {                                          \
            if (--bad == 0) {                                                  \
                pfx##_heapsort(c, v, n);                                       \
                return;                                                        \
            }                                                                  \
            pfx##_break_patterns(c, v, n, p);                                  \
        } else if (already && pfx##_partial_insertion(c, v, l) &&              \
                   pfx##_partial_insertion(c, v + (p + 1) * sz, r)) {          \
            return;                                                            \
        }                                                                      \
        if (l < r) {                                                           \
            pfx##_loop(c, v, l, bad, leftmost);                                \
            v += (p + 1) * sz;                                                 \
            n = r;                                                             \
            leftmost = false;                                                  \
        } else {                                                               \
            pfx##_loop(c, v + (p + 1) * sz, r, bad, false);                    \
            n = l;                                                             \
        }                                                                      \
    }                                                                          \
}                                                                              \
                                                                               \
/* The whole array one run, ascending or strictly descending (then             \
 * reversed), costs n - 1 comparisons (as in Rust's ipnsort); anything         \
 * else stops the scan at the first break, and goes to the quicksort.          \
 * (The branchless partitions do not turn reversed input into sorted           \
 * halves, as Hoare's swaps from both ends do.) */                             \
KL__SORT_FN void pfx##_sort(const void *c, char *v, size_t n)                  \
{                                                                              \
    const size_t sz = SZ;                                                      \
    if (n < 2)                                                                 \
        return;                                                                \
    bool desc = LESS(c, v + sz, v);                                            \
    size_t i = 2;                                                              \
    if (desc) {                                                                \
        while (i < n && LESS(c, v + i * sz, v + (i - 1) * sz))                 \
            i++;                                                               \
    } else {                                                                   \
        while (i < n && !LESS(c, v + i * sz, v + (i - 1) * sz))                \
            i++;                                                               \
    }                                                                          \
    if (i == n) {                                                              \
        if (desc)                                                              \
            for (size_t a = 0, b = n - 1; a < b; a++, b--)                     \
                SWAP(c, v + a * sz, v + b * sz);                               \
        return;                                                                \
    }                                                                          \
    pfx##_loop(c, v, n, pfx##_log2(n) + 1, true);                              \
}                                                                              \
                                                                               \
/* Introselect: quickselect with pdqsort's pivots and its equal-element        \
 * pass; after log2(n) unbalanced partitions the rest is heapsorted, so        \
 * O(n) expected and O(n log n) at worst.  k < n. */                           \
KL__SORT_FN void pfx##_select(const void *c, char *v, size_t n, size_t k)      \
{                                                                              \
    const size_t sz = SZ;                                                      \
    unsigned bad = pfx##_log2(n) + 1;                                          \
    bool leftmost = true;                                                      \
    while (n > 16) {                                                           \
        pfx##_choose_pivot(c, v, n);                                           \
        if (!leftmost && !LESS(c, v - sz, v)) {                                \
            size_t p = pfx##_partition_left(c, v, n);                          \
            if (k <= p)                                                        \
                return;                                                        \
            v += (p + 1) * sz;                                                 \
            n -= p + 1;                                                        \
            k -= p + 1;                                                        \
            continue;                                                          \
        }                                                                      \
        bool already;                                                          \
        size_t p = pfx##_partition_right(c, v, n, &already);                   \
        if (p < n / 8 || n - p - 1 < n / 8) {                                  \
            if (--bad == 0) {                                                  \
                pfx##_heapsort(c, v, n);                                       \
                return;                                                        \
            }                                                                  \
            pfx##_break_patterns(c, v, n, p);                                  \
        }                                                                      \
        if (k == p)                                                            \
            return;                                                            \
        if (k < p) {                                                           \
            n = p;                                                             \
        } else {                                                               \
            v += (p + 1) * sz;                                                 \
            n -= p + 1;                                                        \
            k -= p + 1;                                                        \
            leftmost = false;                                                  \
        }                                                                      \
    }                                                                          \
    pfx##_insertion(c, v, n);                                                  \
}                                                                              \
                                                                               \
/* Stable merge sort of v[0..n) with scratch room for n / 2 elements:          \
 * top-down, insertion sort below 16 elements, and no merge at all when the    \
 * halves are already in order (so sorted input costs n - 1 comparisons        \
 * per level at most).  LESS may see addresses inside scratch. */              \
KL__SORT_FN void pfx##_stable(const void *c, char *v, size_t n, char *scratch) \
{                                                                              \
    const size_t sz = SZ;                                                      \
    if (n <= 16) {                                                             \
        pfx##_insertion(c, v, n);                                              \
        return;                                                                \
    }                                                                          \
    size_t h = n / 2;                                                          \
    pfx##_stable(c, v, h, scratch);                                            \
    pfx##_stable(c, v + h * sz, n - h, scratch);                               \
    if (!LESS(c, v + h * sz, v + (h - 1) * sz))                                \
        return;                                                                \
    __builtin_memcpy(scratch, v, h * sz);                                      \
    char *a = scratch, *ae = scratch + h * sz;                                 \
    char *b = v + h * sz, *be = v + n * sz;                                    \
    char *out = v;                                                             \
    while (a < ae && b < be) {                                                 \
        if (LESS(c, b, a)) {                                                   \
            __builtin_memcpy(out, b, sz);                                      \
            b += sz;                                                           \
        } else {                                                               \
            __builtin_memcpy(out, a, sz);                                      \
            a += sz;                                                           \
        }                                                                      \
        out += sz;                                                             \
    }                                                                          \
    if (a < ae)                                                                \
        __builtin_memcpy(out, a, (size_t)(ae - a));                            \
}

/* KL_SORT_DEFINE(name, T, LESS): define static functions sorting arrays
 * of T, with the comparison inlined:
 *   void name(T *v, size_t n)                      -- as kl_sort;
 *   void name##_stable(T *v, size_t n, T *scratch) -- as kl_sort_stable,
 *        scratch holding n elements;
 *   void name##_select_nth(T *v, size_t n, size_t k) -- as kl_select_nth.
 * LESS(a, b) is a function or function-like macro taking two const T *,
 * true if *a orders strictly before *b; it must be a strict weak order for
 * a sorted result, but an inconsistent one cannot make these functions
 * touch memory outside v.  Use at file scope:
 *     #define U64_LESS(a, b) (*(a) < *(b))
 *     KL_SORT_DEFINE(sort_u64, uint64_t, U64_LESS)
 * name##_select_nth panics if k >= n (it then needs <keel/panic.h>,
 * which this header includes). */
#define KL_SORT_DEFINE(name, T, LESS)                                          \
    KL__ASSERT_TRIVIAL(T)                                                      \
    static inline bool name##__less(const void *c_, const char *a, const char *b) \
    {                                                                          \
        (void)c_;                                                              \
        return LESS((const T *)(const void *)a, (const T *)(const void *)b);   \
    }                                                                          \
    static inline void name##__swap(const void *c_, char *a, char *b)          \
    {                                                                          \
        T t_;                                                                  \
        (void)c_;                                                              \
        __builtin_memcpy(&t_, a, sizeof(T));                                   \
        __builtin_memcpy(a, b, sizeof(T));                                     \
        __builtin_memcpy(b, &t_, sizeof(T));                                   \
    }                                                                          \
    KL__SORT_TEMPLATE(name##__impl, sizeof(T), name##__less, name##__swap, 1)  \
    KL__SORT_FN void name(T *v, size_t n)                                      \
    {                                                                          \
        name##__impl_sort(NULL, (char *)(void *)v, n);                         \
    }                                                                          \
    KL__SORT_FN void name##_stable(T *v, size_t n, T *scratch)                 \
    {                                                                          \
        if (n > 1)                                                             \
            name##__impl_stable(NULL, (char *)(void *)v, n, (char *)(void *)scratch); \
    }                                                                          \
    KL__SORT_FN void name##_select_nth(T *v, size_t n, size_t k)               \
    {                                                                          \
        if (k >= n)                                                            \
            kl_panic("select_nth: index %zu out of range for %zu elements", k, n); \
        name##__impl_select(NULL, (char *)(void *)v, n, k);                    \
    }

#endif /* KEEL_SLICE_H */
