/* src/internal/btree.h -- what the B-tree's files share: reaching a
 * node's keys, values and children through the tree's layout, moving
 * entries within and between nodes, and the node allocator calls. */
#ifndef KEEL_INTERNAL_BTREE_H
#define KEEL_INTERNAL_BTREE_H

#include <keel/require/alloc.h>
#include <keel/btree.h>

#include "internal/target.h"

static inline char *kl__bt_key(const kl_btree *t, const kl_btree_node *n, size_t i)
{
    return (char *)n + t->keys_off + i * t->key_size;
}

static inline char *kl__bt_val(const kl_btree *t, const kl_btree_node *n, size_t i)
{
    return (char *)n + t->vals_off + i * t->val_size;
}

static inline kl_btree_node **kl__bt_edges(const kl_btree *t, const kl_btree_node *n)
{
    return (kl_btree_node **)((char *)n + t->edges_off);
}

/* memmove for the short moves within and between nodes: whole 8-byte
 * words in a loop when the addresses and size allow (keys and values of
 * 8-byte multiples, the common case), which is faster than a call for
 * the few dozen bytes a node moves; else memmove. */
static inline void kl__bt_memmove(void *d, const void *s, size_t bytes)
{
    if ((((uintptr_t)d | (uintptr_t)s | bytes) & 7) != 0 || bytes > 256) {
        __builtin_memmove(d, s, bytes);
        return;
    }
    uint64_t *dw = d;
    const uint64_t *sw = s;
    size_t words = bytes / 8;
    if (dw < sw) {
        for (size_t i = 0; i < words; i++) {
            KL__BTREE_OPAQUE(i);
            dw[i] = sw[i];
        }
    } else {
        for (size_t i = words; i-- > 0;) {
            KL__BTREE_OPAQUE(i);
            dw[i] = sw[i];
        }
    }
}

/* Word entries: 8-byte keys and 8-byte values (or none, a set), the
 * common case (integers, pointers, doubles).  The moves below then copy
 * a key and its value per step of one loop, at constant sizes, instead
 * of two size-checked memmoves of computed lengths: fewer instructions
 * and fewer mispredicted loop exits in the steals and merges of removal
 * (bench/btree, n = 1e3: see doc/benchmarks.md). */
KL__ALWAYS_INLINE bool kl__bt_words(const kl_btree *t)
{
    return t->key_size == 8 && (t->val_size | 8u) == 8u;
}

/* Copy word i of s to word j of d (8 bytes; any alignment, any type). */
KL__ALWAYS_INLINE void kl__bt_word(char *d, size_t j, const char *s, size_t i)
{
    uint64_t w;
    __builtin_memcpy(&w, s + i * 8, 8);
    __builtin_memcpy(d + j * 8, &w, 8);
}

/* Move count words from s at si to d at di (forward if fwd, else
 * backward), and as many from s2 to d2 at the same indices unless d2 is
 * NULL: a key and its value per step.  (A loop per case: one loop
 * testing d2 and fwd inside ran 3% more instructions in bench/btree's
 * insert+remove.) */
KL__ALWAYS_INLINE void kl__bt_move_words(char *d, char *d2, size_t di, const char *s,
                                         const char *s2, size_t si, size_t count, bool fwd)
{
    if (d2 == NULL) {
        for (size_t i = 0; i < count; i++) {
            size_t j = fwd ? i : count - 1u - i;
            KL__BTREE_OPAQUE(j);
            kl__bt_word(d, di + j, s, si + j);
        }
        return;
    }
    if (fwd) {
        for (size_t i = 0; i < count; i++) {
            KL__BTREE_OPAQUE(i);
            kl__bt_word(d, di + i, s, si + i);
            kl__bt_word(d2, di + i, s2, si + i);
        }
    } else {
        for (size_t i = count; i-- > 0;) {
            KL__BTREE_OPAQUE(i);
            kl__bt_word(d, di + i, s, si + i);
            kl__bt_word(d2, di + i, s2, si + i);
        }
    }
}

/* Move count entries (keys and values) from node s at si to node d at
 * di; the ranges may overlap.  This and the one-entry copy are always
 * inlined: out of line, gcc's copies cost about thirty instructions a
 * call in the steals and merges of removal. */
KL__ALWAYS_INLINE void kl__bt_move(const kl_btree *t, kl_btree_node *d, size_t di,
                                   const kl_btree_node *s, size_t si, size_t count)
{
    if (kl__bt_words(t)) {
        bool vals = t->val_size != 0;
        kl__bt_move_words((char *)d + t->keys_off, vals ? (char *)d + t->vals_off : NULL, di,
                          (const char *)s + t->keys_off, (const char *)s + t->vals_off, si,
                          count, d != s || di < si);
        return;
    }
    kl__bt_memmove(kl__bt_key(t, d, di), kl__bt_key(t, s, si), count * t->key_size);
    if (t->val_size > 0)
        kl__bt_memmove(kl__bt_val(t, d, di), kl__bt_val(t, s, si), count * t->val_size);
}

/* Copy one entry from s at si to d at di (distinct slots). */
KL__ALWAYS_INLINE void kl__bt_copy1(const kl_btree *t, kl_btree_node *d, size_t di,
                                    const kl_btree_node *s, size_t si)
{
    if (kl__bt_words(t)) {
        kl__bt_word((char *)d + t->keys_off, di, (const char *)s + t->keys_off, si);
        if (t->val_size != 0)
            kl__bt_word((char *)d + t->vals_off, di, (const char *)s + t->vals_off, si);
        return;
    }
    kl__bt_memmove(kl__bt_key(t, d, di), kl__bt_key(t, s, si), t->key_size);
    if (t->val_size > 0)
        kl__bt_memmove(kl__bt_val(t, d, di), kl__bt_val(t, s, si), t->val_size);
}

/* Move count children from s at si to d at di and make d their parent,
 * with their new indices. */
static inline void kl__bt_move_edges(const kl_btree *t, kl_btree_node *d, size_t di,
                                     const kl_btree_node *s, size_t si, size_t count)
{
    kl_btree_node **de = kl__bt_edges(t, d);
    kl__bt_memmove(de + di, kl__bt_edges(t, s) + si, count * sizeof *de);
    for (size_t i = di; i < di + count; i++) {
        de[i]->parent = d;
        de[i]->parent_idx = (uint16_t)i;
    }
}

/* Renumber d's children from `from` to d->len. */
static inline void kl__bt_fix_edges(const kl_btree *t, kl_btree_node *d, size_t from)
{
    kl_btree_node **de = kl__bt_edges(t, d);
    for (size_t i = from; i <= d->len; i++) {
        de[i]->parent = d;
        de[i]->parent_idx = (uint16_t)i;
    }
}

static inline size_t kl__bt_node_size(const kl_btree *t, unsigned height)
{
    return height == 0 ? t->leaf_size : t->internal_size;
}

/* KL__BT_PADDED: the bit of kl_btree_node.shift that says the node's
 * allocation was padded by the tree's node_pad to place it on a cache
 * line; the other bits say how far the node is from the allocation's
 * start. */
#define KL__BT_PADDED 0x8000u

/* KL__BT_PAD_MIN: the bytes of entries (len * (key_size + val_size)) from
 * which new nodes are padded onto cache lines.  A smaller tree's nodes
 * all fit the first-level data cache anyway (32 KiB or more on 64-bit
 * hosts), where alignment saves no misses and the padding (a leaf of u64
 * keys and values is a 256-byte glibc chunk instead of 208) makes the
 * tree a quarter bigger than the cache holds: cachegrind, insert+remove
 * of 1e3 u64 keys, 54,394 D1 misses padded, 39,088 not; at 1e4 keys
 * padding wins (515,758 against 570,755).  Nodes keep their padding as
 * the tree shrinks (each records its own in shift). */
#define KL__BT_PAD_MIN 16384u

static inline void kl__bt_free_node(kl_btree *t, kl_btree_node *n)
{
    size_t pad = (n->shift & KL__BT_PADDED) != 0 ? t->node_pad : 0;
    kl_free(t->alloc, (char *)n - (n->shift & ~KL__BT_PADDED),
            kl__bt_node_size(t, n->height) + pad, t->node_align);
}

/* The leftmost (rightmost) leaf under n. */
static inline kl_btree_node *kl__bt_leftmost(const kl_btree *t, kl_btree_node *n)
{
    while (n->height > 0)
        n = kl__bt_edges(t, n)[0];
    return n;
}

static inline kl_btree_node *kl__bt_rightmost(const kl_btree *t, kl_btree_node *n)
{
    while (n->height > 0)
        n = kl__bt_edges(t, n)[n->len];
    return n;
}

/* Where key is in t (true; *node, *idx name it) or where the search for
 * it ends in a leaf (false; *idx is the position it would take). */
bool kl__bt_search(const kl_btree *t, const void *key, kl_btree_node **node, size_t *idx);

#endif /* KEEL_INTERNAL_BTREE_H */
