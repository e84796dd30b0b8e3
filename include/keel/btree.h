/* keel/btree.h -- ordered maps and sets as B-trees.  Layer: alloc.
 *
 * kl_btree is the type-erased core, compiled once into the library: the
 * key and value sizes and alignments and a comparison are parameters.
 * Every node holds up to KL_BTREE_CAP (2B-1, B = 6, as Rust's BTreeMap)
 * keys and their values side by side in arrays; an internal node also
 * holds KL_BTREE_CAP + 1 children.  Every node but the root holds at least
 * KL_BTREE_MIN (B-1) keys, and all leaves are at the same depth.
 *
 * KL_BTREE_DEFINE(name, K, V, CMP) generates a typed map and
 * KL_BTREE_SET_DEFINE(name, K, CMP) a typed set; their searches are inline
 * and call CMP directly, which is what makes them fast.  For keys of
 * arithmetic type (KL__BTREE_ARITHMETIC) in a tree of fewer than
 * KL__BTREE_PREFETCH_MIN entries each node is scanned in full: the search
 * counts the node's keys less than the key (CMP(&keys[j], key) < 0 for
 * every key) rather than stopping at the first key not less, so that
 * where the key falls decides no branch (a stopping scan, as Rust's,
 * mispredicts its exit about once a node), then tests the key it stopped
 * at for equality.  Bigger trees, which wait on memory, and other keys,
 * whose CMP may be costly (strings: the count would call it len + 1
 * times a node, against about len / 2 + 1), keep the stopping scan (see
 * name_descend_).  CMP(a, b) takes two `const K *` and returns negative,
 * zero or positive as *a orders before, equal to or after *b; a static
 * inline function is best.  For integer keys keel/num.h has them:
 * kl_cmp_u64 and the other widths.  Written by hand, prefer the form
 * `*a < *b ? -1 : *a > *b`: asked whether it is negative, GCC 12 reduces
 * it to one compare (5 instructions a key scanned), but it computes
 * `(*a > *b) - (*a < *b)` in full (12 instructions a key; with that form
 * lookups in 10^3 keys take 446 instructions instead of 221, and 1.2-1.3
 * times as long).
 *
 *     #include <keel/num.h>
 *     KL_BTREE_DEFINE(u64_map, uint64_t, uint64_t, kl_cmp_u64)
 *
 *     u64_map m;
 *     u64_map_init(&m, NULL);
 *     if (u64_map_insert(&m, 7, 49, NULL, NULL) != KL_OK) ... (KL_ENOMEM)
 *     uint64_t *v = u64_map_get(&m, &(uint64_t){ 7 });
 *     u64_map_free(&m);
 *
 * Allocation: every node comes from the tree's allocator (NULL = the
 * global one).  Insertion is the only call that allocates: it counts the
 * full nodes its split chain will pass and allocates all the new nodes
 * before it changes anything, so KL_ENOMEM leaves the tree exactly as it
 * was.  Removal never allocates; an emptied tree holds no memory.
 *
 * Pointers into the tree (from get, first, the iterators) stay valid
 * until the next insertion or removal.  A tree must not be changed while
 * an iterator over it is in use.
 *
 * The algorithm is the B-tree of Bayer and McCreight ("Organization and
 * maintenance of large ordered indexes", Acta Informatica 1, 1972) as
 * Cormen, Leiserson, Rivest and Stein present it ("Introduction to
 * Algorithms", 3rd ed., chapter 18), with insertion splitting bottom-up
 * and removal taking the predecessor and then stealing from or merging
 * with a sibling.
 */
#ifndef KEEL_BTREE_H
#define KEEL_BTREE_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>

/* B, the minimum degree: a node has at most 2B-1 keys, at least B-1 (but
 * the root). */
#define KL_BTREE_B 6
#define KL_BTREE_CAP (2 * KL_BTREE_B - 1)
#define KL_BTREE_MIN (KL_BTREE_B - 1)

/* kl_btree_node: the header of every node; the keys, the values and (in
 * an internal node) the children follow at the tree's offsets.  height is
 * 0 for a leaf and counts up to the root (it never changes for a node).
 * Where data caches are (64-bit targets), a node of a tree too big for
 * the first-level cache starts on a 64-byte cache line (KL__BTREE_LINE),
 * so that its header and first keys share a line and eleven 8-byte keys
 * take two lines, not three; shift is how far past the start of its
 * allocation the node begins (its high bit: the allocation was padded
 * for that). */
typedef struct kl_btree_node {
    struct kl_btree_node *parent;
    uint16_t parent_idx; /* this node is parent's child parent_idx */
    uint16_t len;        /* keys in this node */
    uint16_t height;
    uint16_t shift;      /* bytes from the allocation; 0x8000: padded */
} kl_btree_node;

/* KL__BTREE_LINE: the alignment of nodes for the data cache: a 64-byte
 * line where pointers are 64 bits wide (hosts with caches), none (1) on
 * 32-bit targets such as the Cortex-M, which have no data cache and where
 * the padding would only cost memory. */
#define KL__BTREE_LINE (UINTPTR_MAX > 0xffffffffu ? 64u : 1u)

/* kl_btree_cmp: negative, zero or positive as the key at a orders before,
 * equal to or after the key at b.  A total order. */
typedef int (*kl_btree_cmp)(const void *a, const void *b);

/* kl_btree: a B-tree: its root (NULL when empty), how many entries it
 * holds, its allocator and comparison, and the layout of its nodes. */
typedef struct kl_btree {
    kl_btree_node *root;
    size_t len;
    kl_allocator *alloc;
    kl_btree_cmp cmp;
    uint32_t key_size, val_size;
    uint32_t keys_off, vals_off, edges_off;
    uint32_t leaf_size, internal_size;
    uint32_t node_align; /* the alignment asked of the allocator */
    uint32_t node_pad;   /* bytes added to each node's allocation to align it */
} kl_btree;

/* kl_btree_bound: how one end of a range is bounded. */
typedef enum kl_btree_bound {
    KL_BTREE_UNBOUNDED, /* no bound: from the first / to the last entry */
    KL_BTREE_INCLUDED,  /* the bound key is in the range */
    KL_BTREE_EXCLUDED   /* the bound key is not */
} kl_btree_bound;

/* kl_btree_iter: a double-ended iterator over a range of a tree: next
 * takes entries from the front (ascending), prev from the back
 * (descending), until the two meet. */
typedef struct kl_btree_iter {
    kl_btree_node *front; /* the entry next returns: front->keys[front_idx] */
    kl_btree_node *back;  /* the entry prev returns */
    size_t front_idx, back_idx;
    /* The typed wrappers' inline steps: next may step within the front
     * leaf while front_idx < front_lim, prev within the back leaf while
     * back_idx > back_lim; the ends are then in different nodes (else,
     * and when done, front_lim is 0 and back_lim SIZE_MAX). */
    size_t front_lim, back_lim;
    const kl_btree *tree;
    bool done; /* no entry left */
} kl_btree_iter;

/* The node layout, computed the same way by the core and by the typed
 * wrappers (as constants there). */
#define KL__BTREE_ALIGN_UP(x, a) (((x) + (a) - 1) & ~((size_t)(a) - 1))
#define KL__BTREE_MAX(a, b) ((a) > (b) ? (a) : (b))
#define KL__BTREE_KEYS_OFF(ka) KL__BTREE_ALIGN_UP(sizeof(kl_btree_node), (ka))
#define KL__BTREE_VALS_OFF(ks, ka, va)                                         \
    KL__BTREE_ALIGN_UP(KL__BTREE_KEYS_OFF(ka) + KL_BTREE_CAP * (size_t)(ks), (va))
#define KL__BTREE_EDGES_OFF(ks, ka, vs, va)                                    \
    KL__BTREE_ALIGN_UP(KL__BTREE_VALS_OFF(ks, ka, va) + KL_BTREE_CAP * (size_t)(vs), \
                       KL_ALIGNOF(kl_btree_node *))

/* KL__BTREE_OPAQUE(j): hides the value of j from the optimiser: the loop
 * counters of the typed fast paths' short element-by-element moves, so
 * that they stay inline loops instead of becoming calls to memmove (which
 * cost more than moving the few entries of a node), and the counting
 * search's equality test, so that it stays branch-free. */
#if defined(__GNUC__) || defined(__clang__)
#define KL__BTREE_OPAQUE(j) __asm__("" : "+r"(j))
#else
#define KL__BTREE_OPAQUE(j) ((void)0)
#endif

/* KL__BTREE_ARITHMETIC(K): 1 if K is an arithmetic type (integers and
 * floating point but long double), whose comparisons are cheap enough
 * for the typed search to count every key of a node (name_descend_);
 * 0 for any other K, and in C++ and before C11, where the search keeps
 * the stopping scan. */
#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define KL__BTREE_ARITHMETIC(K)                                                \
    _Generic(*(K *)0, _Bool: 1, char: 1, signed char: 1, unsigned char: 1,     \
             short: 1, unsigned short: 1, int: 1, unsigned: 1, long: 1,        \
             unsigned long: 1, long long: 1, unsigned long long: 1, float: 1,  \
             double: 1, default: 0)
#else
#define KL__BTREE_ARITHMETIC(K) 0
#endif

/* KL__BTREE_PREFETCH(p): start loading the cache line at p (a hint). */
#if defined(__GNUC__) || defined(__clang__)
#define KL__BTREE_PREFETCH(p) __builtin_prefetch(p)
#else
#define KL__BTREE_PREFETCH(p) ((void)(p))
#endif

/* KL__BTREE_PREFETCH_MIN: the entries from which a lookup prefetches
 * each node's further lines.  Below it the nodes mostly sit in the
 * caches already and the prefetches only cost instructions (bench/btree,
 * lookups in 10^3 keys: 1.03-1.05x Rust's time with them in four runs,
 * 0.89-0.96x in three of four without; in 10^6 keys they take 0.80-0.91x
 * Rust's time, against about 1.0x before). */
#define KL__BTREE_PREFETCH_MIN 65536

/* KL__BTREE_ITER_PREFETCH_MIN: the entries from which iteration
 * prefetches the leaf after the next.  Lower than for lookups: a walk
 * reaches every leaf, and from about 2048 u64 entries (32 KiB of keys
 * and values) its leaves no longer stay in the first-level cache
 * (bench/btree, iteration over 10^4 keys: 2.8 ns an entry with the
 * prefetches, 3.0-3.1 without; Rust 2.9). */
#define KL__BTREE_ITER_PREFETCH_MIN 2048

/* kl__btree_prefetching: whether t is big enough for lookups to
 * prefetch (KL__BTREE_PREFETCH_MIN). */
KL_INLINE bool kl__btree_prefetching(const kl_btree *t)
{
    return t->len >= KL__BTREE_PREFETCH_MIN;
}

KL_BEGIN_DECLS

/* kl_btree_init: an empty tree over alloc (NULL = global) of keys of
 * key_size bytes aligned to key_align and values of val_size bytes
 * aligned to val_align (val_size 0: a set), ordered by cmp.  Panics if an
 * alignment is not a power of two or a node would not fit 4 GiB. */
KL_API void kl_btree_init(kl_btree *t, kl_allocator *alloc, size_t key_size,
                          size_t key_align, size_t val_size, size_t val_align,
                          kl_btree_cmp cmp);

/* kl_btree_free: free every node; t is then empty and reusable. */
KL_API void kl_btree_free(kl_btree *t);

/* kl_btree_clear: remove every entry (as kl_btree_free). */
KL_API void kl_btree_clear(kl_btree *t);

/* kl_btree_len: how many entries t holds. */
KL_INLINE size_t kl_btree_len(const kl_btree *t) { return t->len; }

/* kl_btree_key_at, kl_btree_val_at: the key (value) idx of node. */
KL_INLINE void *kl_btree_key_at(const kl_btree *t, const kl_btree_node *node, size_t idx)
{
    return (char *)node + t->keys_off + idx * t->key_size;
}
KL_INLINE void *kl_btree_val_at(const kl_btree *t, const kl_btree_node *node, size_t idx)
{
    return (char *)node + t->vals_off + idx * t->val_size;
}

/* kl_btree_insert: insert key with val (val_size bytes; may be NULL for a
 * set).  If an equal key is there, its value is copied to old (unless
 * NULL), replaced by val, and the key kept; *replaced (unless NULL) says
 * which happened.  KL_ENOMEM if a node cannot be allocated; t unchanged. */
KL_API KL_NODISCARD kl_err kl_btree_insert(kl_btree *t, const void *key, const void *val,
                                           void *old, bool *replaced);

/* kl_btree_insert_at: insert a key known to be absent at position idx of
 * leaf (where a search ended; NULL when t is empty).  The typed wrappers'
 * slow path.  KL_ENOMEM leaves t unchanged. */
KL_API KL_NODISCARD kl_err kl_btree_insert_at(kl_btree *t, kl_btree_node *leaf, size_t idx,
                                              const void *key, const void *val);

/* kl_btree_find: the node holding a key equal to key, with its index in
 * *idx, or NULL. */
KL_API kl_btree_node *kl_btree_find(const kl_btree *t, const void *key, size_t *idx);

/* kl_btree_get: the value of key (for a set: the key in the tree), or
 * NULL. */
KL_API void *kl_btree_get(const kl_btree *t, const void *key);

/* kl_btree_contains: whether t holds key. */
KL_API bool kl_btree_contains(const kl_btree *t, const void *key);

/* kl_btree_remove: remove key, copying its key and value to key_out and
 * val_out (each unless NULL).  Returns false if key is not there.  Never
 * allocates. */
KL_API bool kl_btree_remove(kl_btree *t, const void *key, void *key_out, void *val_out);

/* kl_btree_remove_at: remove entry idx of node (from a search), copying
 * it out as kl_btree_remove.  Panics if idx is out of range. */
KL_API void kl_btree_remove_at(kl_btree *t, kl_btree_node *node, size_t idx,
                               void *key_out, void *val_out);

/* kl_btree_first, kl_btree_last: the least (greatest) entry's key and
 * value pointers (each out unless NULL); false when t is empty. */
KL_API bool kl_btree_first(const kl_btree *t, void **key, void **val);
KL_API bool kl_btree_last(const kl_btree *t, void **key, void **val);

/* kl_btree_pop_first, kl_btree_pop_last: remove the least (greatest)
 * entry, copying it out as kl_btree_remove; false when t is empty. */
KL_API bool kl_btree_pop_first(kl_btree *t, void *key_out, void *val_out);
KL_API bool kl_btree_pop_last(kl_btree *t, void *key_out, void *val_out);

/* kl_btree_lower_bound: the first entry whose key is >= key;
 * kl_btree_upper_bound: the first whose key is > key.  Pointers out as
 * kl_btree_first; false when there is none. */
KL_API bool kl_btree_lower_bound(const kl_btree *t, const void *key, void **key_out,
                                 void **val_out);
KL_API bool kl_btree_upper_bound(const kl_btree *t, const void *key, void **key_out,
                                 void **val_out);

/* kl_btree_range: it iterates over the entries of t between lo and hi,
 * each end bounded as lo_bound and hi_bound say (lo/hi are ignored when
 * unbounded and may be NULL).  An empty or inverted range gives an
 * iterator with nothing left. */
KL_API void kl_btree_range(const kl_btree *t, kl_btree_iter *it, const void *lo,
                           kl_btree_bound lo_bound, const void *hi,
                           kl_btree_bound hi_bound);

/* kl_btree_iter_init: it iterates over all of t. */
KL_API void kl_btree_iter_init(const kl_btree *t, kl_btree_iter *it);

/* kl_btree_iter_next: the front entry's key and value pointers (each out
 * unless NULL), and step past it; false when nothing is left.
 * kl_btree_iter_prev: the same from the back. */
KL_API bool kl_btree_iter_next(kl_btree_iter *it, void **key, void **val);
KL_API bool kl_btree_iter_prev(kl_btree_iter *it, void **key, void **val);

/* kl_btree_check: check every invariant of t: keys strictly ascending in
 * order across the whole tree (cmp), every node but the root holding
 * KL_BTREE_MIN..KL_BTREE_CAP keys (the root 1..KL_BTREE_CAP), every leaf
 * at the same depth, every child's parent link and index and height
 * right, every node padded for it on a cache line (KL__BTREE_LINE)
 * within its allocation, and t->len the number of entries.  Returns
 * NULL when all hold, else a message naming the first broken one.
 * O(n); for tests. */
KL_API const char *kl_btree_check(const kl_btree *t);

KL_END_DECLS

/* The typed wrappers call the core's iterator functions on a copy of
 * the iterator, then copy it back, so that the caller's iterator never
 * has its address passed to a call: a compiler can then keep it in
 * registers through a loop of name_next or name_prev (whose steps within
 * and between leaves are inline) rather than store and reload its index
 * at every entry (which bounded iteration at about 5 cycles an entry,
 * the store-to-load latency). */
KL_INLINE void kl__btree_iter_init_copy(const kl_btree *t, kl_btree_iter *it)
{
    kl_btree_iter c;
    kl_btree_iter_init(t, &c);
    *it = c;
}

KL_INLINE void kl__btree_range_copy(const kl_btree *t, kl_btree_iter *it, const void *lo,
                                    kl_btree_bound lo_bound, const void *hi,
                                    kl_btree_bound hi_bound)
{
    kl_btree_iter c;
    kl_btree_range(t, &c, lo, lo_bound, hi, hi_bound);
    *it = c;
}

KL_INLINE bool kl__btree_iter_next_copy(kl_btree_iter *it, void **key, void **val)
{
    kl_btree_iter c = *it;
    bool ok = kl_btree_iter_next(&c, key, val);
    *it = c;
    return ok;
}

KL_INLINE bool kl__btree_iter_prev_copy(kl_btree_iter *it, void **key, void **val)
{
    kl_btree_iter c = *it;
    bool ok = kl_btree_iter_prev(&c, key, val);
    *it = c;
    return ok;
}

/* KL__BTREE_KV(call, key, val, K, V): run call, a core call with void * out
 * parameters &k_ and &v_, and hand its key and value pointers to the
 * typed out parameters key and val (each unless NULL) without aliasing a
 * K ** as a void **. */
#define KL__BTREE_KV(call, key, val, K, V)                                     \
    do {                                                                       \
        void *k_ = NULL, *v_ = NULL;                                           \
        bool ok_ = (call);                                                     \
        if (ok_ && (key) != NULL)                                              \
            *(key) = (K *)k_;                                                  \
        if (ok_ && (val) != NULL)                                              \
            *(val) = (V *)v_;                                                  \
        return ok_;                                                            \
    } while (0)

/* KL__BTREE_K(call, key, K): the same for a call that gives only a key. */
#define KL__BTREE_K(call, key, K)                                              \
    do {                                                                       \
        void *k_ = NULL;                                                       \
        bool ok_ = (call);                                                     \
        if (ok_ && (key) != NULL)                                              \
            *(key) = (K *)k_;                                                  \
        return ok_;                                                            \
    } while (0)

/* The typed wrappers' shared part, with values as VS bytes aligned to VA
 * (VS 0: a set).  Not for direct use. */
#define KL__BTREE_COMMON(name, K, VS, VA, CMP)                                 \
    KL__ASSERT_TRIVIAL(K)                                                      \
    typedef struct name { kl_btree raw; } name;                                \
    KL_GENERATED_INLINE int name##_cmp_erased_(const void *a, const void *b)  \
    {                                                                          \
        return CMP((const K *)a, (const K *)b);                                \
    }                                                                          \
    KL_GENERATED_INLINE K *name##_keys_(const kl_btree_node *n)                \
    {                                                                          \
        return (K *)((char *)n + KL__BTREE_KEYS_OFF(KL_ALIGNOF(K)));             \
    }                                                                          \
    KL_GENERATED_INLINE char *name##_vals_(const kl_btree_node *n)             \
    {                                                                          \
        return (char *)n + KL__BTREE_VALS_OFF(sizeof(K), KL_ALIGNOF(K), (VA));   \
    }                                                                          \
    KL_GENERATED_INLINE kl_btree_node **name##_edges_(const kl_btree_node *n)  \
    {                                                                          \
        return (kl_btree_node **)((char *)n +                                  \
                                  KL__BTREE_EDGES_OFF(sizeof(K), KL_ALIGNOF(K), (VS), (VA))); \
    }                                                                          \
    /* name_init: an empty tree over a (NULL = global). */                     \
    KL_GENERATED_INLINE void name##_init(name *t, kl_allocator *a)             \
    {                                                                          \
        kl_btree_init(&t->raw, a, sizeof(K), KL_ALIGNOF(K), (VS), (VA),          \
                      name##_cmp_erased_);                                     \
    }                                                                          \
    KL_GENERATED_INLINE void name##_free(name *t) { kl_btree_free(&t->raw); }  \
    KL_GENERATED_INLINE void name##_clear(name *t) { kl_btree_clear(&t->raw); } \
    KL_GENERATED_INLINE size_t name##_len(const name *t) { return t->raw.len; } \
    /* name_descend_: name_search_ from the non-empty root n, with the     \
     * counting scan (counting) or the stopping one, in a tree that         \
     * prefetches (fetch) or not: a copy of the loop for each, rather than \
     * tests at every level. */                                            \
    KL_GENERATED_INLINE kl_btree_node *name##_descend_(kl_btree_node *n, const K *key, \
                                                       size_t *idx, bool *found, \
                                                       const bool counting,     \
                                                       const bool fetch)       \
    {                                                                          \
        size_t h = n->height;                                                  \
        for (;;) {                                                             \
            const K *keys = name##_keys_(n);                                   \
            size_t len = n->len, i = 0;                                        \
            bool eq;                                                           \
            if (counting) {                                                    \
                /* i: how many keys are less than *key, counted over all   \
                 * len keys, so that the scan's one branch (the loop's)     \
                 * depends on len alone; a scan that stops at the first key \
                 * >= *key mispredicts its exit about once a node.  Asked   \
                 * as CMP(&keys[j], key) < 0, which GCC reduces to one      \
                 * compare and carry for kl_cmp_u64 and the like. */        \
                for (size_t j = 0; j < len; j++)                               \
                    i += CMP(&keys[j], key) < 0;                               \
                /* keys[i], the first key >= *key (i < len), is *key unless  \
                 * *key < keys[i]: tested without a branch (the asm hides   \
                 * lt from GCC, which would branch on it; when i == len the  \
                 * comparison reads the last key and is ignored). */        \
                size_t lt = CMP(key, &keys[i - (i == len)]) < 0;               \
                KL__BTREE_OPAQUE(lt);                                          \
                eq = (size_t)(i < len) > lt;                                   \
            } else {                                                           \
                /* The stopping scan: one call of CMP per key passed and   \
                 * one for the key it stops at.  In a tree too big for the \
                 * caches, where each level waits on memory, the CPU        \
                 * follows its predicted exit into the child and overlaps   \
                 * the loads of several levels, which the count, whose      \
                 * child depends on every key, cannot (lookups in 10^6 u64  \
                 * keys: 0.78 and 0.80 of Rust's time in two runs, against  \
                 * 0.80 and 0.83 counting). */                                 \
                int c = 1;                                                     \
                while (i < len && (c = CMP(key, &keys[i])) > 0)                \
                    i++;                                                       \
                eq = c == 0;                                                   \
            }                                                                  \
            if (eq || h == 0) {                                                \
                *idx = i;                                                      \
                *found = eq;                                                   \
                return n;                                                      \
            }                                                                  \
            n = name##_edges_(n)[i];                                           \
            h--;                                                               \
            /* In a tree too big for the caches, fetch the node's other        \
             * lines now, in parallel with its first (the last keys; the       \
             * children, or a leaf's last values), rather than one after       \
             * another as the scan reaches them. */                            \
            if (!fetch)                                                        \
                continue;                                                      \
            KL__BTREE_PREFETCH(name##_keys_(n) + (KL_BTREE_CAP - 1));          \
            if (h > 0) {                                                       \
                KL__BTREE_PREFETCH(name##_edges_(n));                          \
                KL__BTREE_PREFETCH(name##_edges_(n) + KL_BTREE_CAP);           \
            } else if ((VS) > 0) {                                             \
                KL__BTREE_PREFETCH(name##_vals_(n) + (KL_BTREE_CAP - 1) * (size_t)(VS)); \
            }                                                                  \
        }                                                                      \
    }                                                                          \
    /* name_search_: where key is (*found) or would go: a node and index.     \
     * Keys of arithmetic type in a tree that fits the caches are counted;    \
     * others (whose CMP may be costly: strings, say) and big trees use the   \
     * stopping scan. */                                                      \
    KL_GENERATED_INLINE kl_btree_node *name##_search_(const name *t, const K *key, \
                                                      size_t *idx, bool *found) \
    {                                                                          \
        kl_btree_node *n = t->raw.root;                                        \
        if (n == NULL) {                                                       \
            *idx = 0;                                                          \
            *found = false;                                                    \
            return NULL;                                                       \
        }                                                                      \
        if (kl__btree_prefetching(&t->raw))                                    \
            return name##_descend_(n, key, idx, found, false, true);           \
        if (KL__BTREE_ARITHMETIC(K))                                           \
            return name##_descend_(n, key, idx, found, true, false);           \
        return name##_descend_(n, key, idx, found, false, false);              \
    }                                                                          \
    /* name_contains: whether the tree holds *key. */                          \
    KL_GENERATED_INLINE bool name##_contains(const name *t, const K *key)      \
    {                                                                          \
        size_t i;                                                              \
        bool found;                                                            \
        (void)name##_search_(t, key, &i, &found);                              \
        return found;                                                          \
    }                                                                          \
    /* name_remove_raw_: remove *key, copying it out (each unless NULL). */    \
    KL_GENERATED_INLINE bool name##_remove_raw_(name *t, const K *key, K *key_out, \
                                                void *val_out)                 \
    {                                                                          \
        size_t i;                                                              \
        bool found;                                                            \
        kl_btree_node *n = name##_search_(t, key, &i, &found);                 \
        if (!found)                                                            \
            return false;                                                      \
        if (n->height == 0 && (n->len > KL_BTREE_MIN || n->parent == NULL)     \
            && n->len > 1) {                                                   \
            K *keys = name##_keys_(n);                                         \
            char *vals = name##_vals_(n);                                      \
            size_t last = n->len - 1u;                                         \
            if (key_out != NULL)                                               \
                *key_out = keys[i];                                            \
            if ((VS) > 0 && val_out != NULL)                                   \
                __builtin_memcpy(val_out, vals + i * (size_t)(VS), (VS));      \
            for (size_t j = i; j < last; j++) {                                \
                KL__BTREE_OPAQUE(j);                                           \
                keys[j] = keys[j + 1];                                         \
                if ((VS) > 0)                                                  \
                    __builtin_memcpy(vals + j * (size_t)(VS),                  \
                                     vals + (j + 1) * (size_t)(VS), (VS));     \
            }                                                                  \
            n->len--;                                                          \
            t->raw.len--;                                                      \
            return true;                                                       \
        }                                                                      \
        kl_btree_remove_at(&t->raw, n, i, key_out, val_out);                   \
        return true;                                                           \
    }                                                                          \
    /* name_iter: it iterates over the whole tree. */                          \
    KL_GENERATED_INLINE void name##_iter(const name *t, kl_btree_iter *it)     \
    {                                                                          \
        kl__btree_iter_init_copy(&t->raw, it);                                 \
    }                                                                          \
    /* name_range: it iterates over the keys between *lo and *hi, bounded as  \
     * lo_bound and hi_bound say (NULL for an unbounded end). */               \
    KL_GENERATED_INLINE void name##_range(const name *t, kl_btree_iter *it,    \
                                          const K *lo, kl_btree_bound lo_bound, \
                                          const K *hi, kl_btree_bound hi_bound) \
    {                                                                          \
        kl__btree_range_copy(&t->raw, it, lo, lo_bound, hi, hi_bound);         \
    }                                                                          \
    /* name_next_fast_: the front entry of it while it is not the last of  \
     * its leaf (inline: one comparison); else false, for the core. */      \
    KL_GENERATED_INLINE bool name##_next_fast_(kl_btree_iter *it, kl_btree_node **node, \
                                               size_t *idx)                    \
    {                                                                          \
        size_t i = it->front_idx;                                              \
        if (KL_UNLIKELY(i >= it->front_lim))                                   \
            return false;                                                      \
        it->front_idx = i + 1;                                                 \
        *node = it->front;                                                     \
        *idx = i;                                                              \
        return true;                                                           \
    }                                                                          \
    /* name_next_step_: the front entry of it, when it is not the back one \
     * (and it is not done): stepping to the next leaf or separator inline, \
     * as the core's successor does; else false, for the core. */            \
    KL_GENERATED_INLINE bool name##_next_step_(kl_btree_iter *it, kl_btree_node **node, \
                                               size_t *idx)                    \
    {                                                                          \
        kl_btree_node *n = it->front;                                          \
        size_t i = it->front_idx;                                              \
        if (it->done || n == it->back)                                         \
            return false;                                                      \
        *node = n;                                                             \
        *idx = i;                                                              \
        if (n->height > 0) {                                                   \
            kl_btree_node **e = name##_edges_(n);                              \
            /* In a tree too big for the first-level cache, fetch              \
             * the leaf after the next one and the rest of the next. */    \
            bool fetch = it->tree->len >= KL__BTREE_ITER_PREFETCH_MIN;         \
            if (fetch && n->height == 1 && i + 2 <= n->len)                    \
                KL__BTREE_PREFETCH(e[i + 2]); /* the leaf after this one */    \
            n = e[i + 1];                                                      \
            while (n->height > 0)                                              \
                n = name##_edges_(n)[0];                                       \
            i = 0;                                                             \
            if (fetch) {                                                       \
                KL__BTREE_PREFETCH(name##_keys_(n) + (KL_BTREE_CAP - 1));      \
                KL__BTREE_PREFETCH(name##_vals_(n) + (KL_BTREE_CAP - 1) * (size_t)(VS)); \
            }                                                                  \
        } else {                                                               \
            while (n->parent_idx == n->parent->len)                            \
                n = n->parent;                                                 \
            i = n->parent_idx;                                                 \
            n = n->parent;                                                     \
        }                                                                      \
        it->front = n;                                                         \
        it->front_idx = i;                                                     \
        it->front_lim = n != it->back && n->height == 0 ? n->len - 1u : 0;    \
        if (n == it->back)                                                     \
            it->back_lim = (size_t)-1;                                         \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_prev_fast_(kl_btree_iter *it, kl_btree_node **node, \
                                               size_t *idx)                    \
    {                                                                          \
        size_t i = it->back_idx;                                               \
        if (KL_UNLIKELY(i <= it->back_lim))                                    \
            return false;                                                      \
        it->back_idx = i - 1;                                                  \
        *node = it->back;                                                      \
        *idx = i;                                                              \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_prev_step_(kl_btree_iter *it, kl_btree_node **node, \
                                               size_t *idx)                    \
    {                                                                          \
        kl_btree_node *n = it->back;                                           \
        size_t i = it->back_idx;                                               \
        if (it->done || n == it->front)                                        \
            return false;                                                      \
        *node = n;                                                             \
        *idx = i;                                                              \
        if (n->height > 0) {                                                   \
            kl_btree_node **e = name##_edges_(n);                              \
            bool fetch = it->tree->len >= KL__BTREE_ITER_PREFETCH_MIN;         \
            if (fetch && n->height == 1 && i >= 1)                             \
                KL__BTREE_PREFETCH(e[i - 1]); /* the leaf before this one */   \
            n = e[i];                                                          \
            while (n->height > 0)                                              \
                n = name##_edges_(n)[n->len];                                  \
            i = n->len - 1u;                                                   \
            if (fetch) {                                                       \
                KL__BTREE_PREFETCH(name##_keys_(n) + (KL_BTREE_CAP - 1));      \
                KL__BTREE_PREFETCH(name##_vals_(n));                           \
            }                                                                  \
        } else {                                                               \
            while (n->parent_idx == 0)                                         \
                n = n->parent;                                                 \
            i = n->parent_idx - 1u;                                            \
            n = n->parent;                                                     \
        }                                                                      \
        it->back = n;                                                          \
        it->back_idx = i;                                                      \
        it->back_lim = n != it->front && n->height == 0 ? 0 : (size_t)-1;     \
        if (n == it->front)                                                    \
            it->front_lim = 0;                                                 \
        return true;                                                           \
    }

/* KL_BTREE_DEFINE(name, K, V, CMP): the typed ordered map `name` from K to
 * V, ordered by CMP (see the top of this file), with inline functions:
 *  name_init(t, alloc), name_free(t), name_clear(t), name_len(t);
 *  name_insert(t, key, val, V *old, bool *replaced) -> kl_err (as
 *      kl_btree_insert; old and replaced may be NULL);
 *  name_get(t, const K *key) -> V * or NULL; name_contains(t, key);
 *  name_remove(t, const K *key, K *key_out, V *val_out) -> bool;
 *  name_first / name_last(t, K **key, V **val) -> bool;
 *  name_pop_first / name_pop_last(t, K *key_out, V *val_out) -> bool;
 *  name_lower_bound / name_upper_bound(t, const K *key, K **k, V **v) -> bool;
 *  name_iter(t, kl_btree_iter *it); name_range(t, it, lo, lo_bound, hi,
 *      hi_bound); name_next / name_prev(it, K **key, V **val) -> bool.
 * Out pointers may be NULL where not wanted. */
#define KL_BTREE_DEFINE(name, K, V, CMP)                                       \
    KL__ASSERT_TRIVIAL(V)                                                      \
    KL__BTREE_COMMON(name, K, sizeof(V), KL_ALIGNOF(V), CMP)                   \
    KL_GENERATED_INLINE V *name##_valp_(const kl_btree_node *n, size_t i)      \
    {                                                                          \
        return (V *)name##_vals_(n) + i;                                       \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_insert(name *t, K key, V val, \
                                                          V *old, bool *replaced) \
    {                                                                          \
        size_t i;                                                              \
        bool found;                                                            \
        kl_btree_node *n = name##_search_(t, &key, &i, &found);                \
        if (replaced != NULL)                                                  \
            *replaced = found;                                                 \
        if (found) {                                                           \
            V *slot = name##_valp_(n, i);                                      \
            if (old != NULL)                                                   \
                *old = *slot;                                                  \
            *slot = val;                                                       \
            return KL_OK;                                                      \
        }                                                                      \
        if (n != NULL && n->len < KL_BTREE_CAP) {                              \
            K *keys = name##_keys_(n);                                         \
            V *vals = name##_valp_(n, 0);                                      \
            for (size_t j = n->len; j > i; j--) {                              \
                KL__BTREE_OPAQUE(j);                                           \
                keys[j] = keys[j - 1];                                         \
                vals[j] = vals[j - 1];                                         \
            }                                                                  \
            keys[i] = key;                                                     \
            vals[i] = val;                                                     \
            n->len++;                                                          \
            t->raw.len++;                                                      \
            return KL_OK;                                                      \
        }                                                                      \
        return kl_btree_insert_at(&t->raw, n, i, &key, &val);                  \
    }                                                                          \
    KL_GENERATED_INLINE V *name##_get(const name *t, const K *key)             \
    {                                                                          \
        size_t i;                                                              \
        bool found;                                                            \
        kl_btree_node *n = name##_search_(t, key, &i, &found);                 \
        return found ? name##_valp_(n, i) : NULL;                              \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_remove(name *t, const K *key, K *key_out,  \
                                           V *val_out)                         \
    {                                                                          \
        return name##_remove_raw_(t, key, key_out, val_out);                   \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_first(const name *t, K **key, V **val)     \
    {                                                                          \
        KL__BTREE_KV(kl_btree_first(&t->raw, &k_, &v_), key, val, K, V);       \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_last(const name *t, K **key, V **val)      \
    {                                                                          \
        KL__BTREE_KV(kl_btree_last(&t->raw, &k_, &v_), key, val, K, V);        \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop_first(name *t, K *key_out, V *val_out) \
    {                                                                          \
        return kl_btree_pop_first(&t->raw, key_out, val_out);                  \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop_last(name *t, K *key_out, V *val_out)  \
    {                                                                          \
        return kl_btree_pop_last(&t->raw, key_out, val_out);                   \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_lower_bound(const name *t, const K *key,   \
                                                K **k, V **v)                  \
    {                                                                          \
        KL__BTREE_KV(kl_btree_lower_bound(&t->raw, key, &k_, &v_), k, v, K, V); \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_upper_bound(const name *t, const K *key,   \
                                                K **k, V **v)                  \
    {                                                                          \
        KL__BTREE_KV(kl_btree_upper_bound(&t->raw, key, &k_, &v_), k, v, K, V); \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_next(kl_btree_iter *it, K **key, V **val)  \
    {                                                                          \
        kl_btree_node *n;                                                      \
        size_t i;                                                              \
        if (!name##_next_fast_(it, &n, &i) && !name##_next_step_(it, &n, &i)) \
            KL__BTREE_KV(kl__btree_iter_next_copy(it, &k_, &v_), key, val, K, V); \
        if (key != NULL)                                                       \
            *key = name##_keys_(n) + i;                                        \
        if (val != NULL)                                                       \
            *val = name##_valp_(n, i);                                         \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_prev(kl_btree_iter *it, K **key, V **val)  \
    {                                                                          \
        kl_btree_node *n;                                                      \
        size_t i;                                                              \
        if (!name##_prev_fast_(it, &n, &i) && !name##_prev_step_(it, &n, &i)) \
            KL__BTREE_KV(kl__btree_iter_prev_copy(it, &k_, &v_), key, val, K, V); \
        if (key != NULL)                                                       \
            *key = name##_keys_(n) + i;                                        \
        if (val != NULL)                                                       \
            *val = name##_valp_(n, i);                                         \
        return true;                                                           \
    }

/* KL_BTREE_SET_DEFINE(name, K, CMP): the typed ordered set `name` of K,
 * ordered by CMP, with inline functions:
 *  name_init(t, alloc), name_free(t), name_clear(t), name_len(t);
 *  name_insert(t, key, bool *existed) -> kl_err (an equal key already
 *      there stays, and *existed says so; existed may be NULL);
 *  name_contains(t, const K *key);
 *  name_remove(t, const K *key, K *key_out) -> bool;
 *  name_first / name_last(t, K **key) -> bool;
 *  name_pop_first / name_pop_last(t, K *key_out) -> bool;
 *  name_lower_bound / name_upper_bound(t, const K *key, K **k) -> bool;
 *  name_iter, name_range as for maps; name_next / name_prev(it, K **key). */
#define KL_BTREE_SET_DEFINE(name, K, CMP)                                      \
    KL__BTREE_COMMON(name, K, 0, 1, CMP)                                       \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_insert(name *t, K key, bool *existed) \
    {                                                                          \
        size_t i;                                                              \
        bool found;                                                            \
        kl_btree_node *n = name##_search_(t, &key, &i, &found);                \
        if (existed != NULL)                                                   \
            *existed = found;                                                  \
        if (found)                                                             \
            return KL_OK;                                                      \
        if (n != NULL && n->len < KL_BTREE_CAP) {                              \
            K *keys = name##_keys_(n);                                         \
            for (size_t j = n->len; j > i; j--) {                              \
                KL__BTREE_OPAQUE(j);                                           \
                keys[j] = keys[j - 1];                                         \
            }                                                                  \
            keys[i] = key;                                                     \
            n->len++;                                                          \
            t->raw.len++;                                                      \
            return KL_OK;                                                      \
        }                                                                      \
        return kl_btree_insert_at(&t->raw, n, i, &key, NULL);                  \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_remove(name *t, const K *key, K *key_out)  \
    {                                                                          \
        return name##_remove_raw_(t, key, key_out, NULL);                      \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_first(const name *t, K **key)              \
    {                                                                          \
        KL__BTREE_K(kl_btree_first(&t->raw, &k_, NULL), key, K);               \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_last(const name *t, K **key)               \
    {                                                                          \
        KL__BTREE_K(kl_btree_last(&t->raw, &k_, NULL), key, K);                \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop_first(name *t, K *key_out)             \
    {                                                                          \
        return kl_btree_pop_first(&t->raw, key_out, NULL);                     \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_pop_last(name *t, K *key_out)              \
    {                                                                          \
        return kl_btree_pop_last(&t->raw, key_out, NULL);                      \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_lower_bound(const name *t, const K *key, K **k) \
    {                                                                          \
        KL__BTREE_K(kl_btree_lower_bound(&t->raw, key, &k_, NULL), k, K);      \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_upper_bound(const name *t, const K *key, K **k) \
    {                                                                          \
        KL__BTREE_K(kl_btree_upper_bound(&t->raw, key, &k_, NULL), k, K);      \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_next(kl_btree_iter *it, K **key)           \
    {                                                                          \
        kl_btree_node *n;                                                      \
        size_t i;                                                              \
        if (!name##_next_fast_(it, &n, &i) && !name##_next_step_(it, &n, &i)) \
            KL__BTREE_K(kl__btree_iter_next_copy(it, &k_, NULL), key, K);      \
        if (key != NULL)                                                       \
            *key = name##_keys_(n) + i;                                        \
        return true;                                                           \
    }                                                                          \
    KL_GENERATED_INLINE bool name##_prev(kl_btree_iter *it, K **key)           \
    {                                                                          \
        kl_btree_node *n;                                                      \
        size_t i;                                                              \
        if (!name##_prev_fast_(it, &n, &i) && !name##_prev_step_(it, &n, &i)) \
            KL__BTREE_K(kl__btree_iter_prev_copy(it, &k_, NULL), key, K);      \
        if (key != NULL)                                                       \
            *key = name##_keys_(n) + i;                                        \
        return true;                                                           \
    }

#endif /* KEEL_BTREE_H */
