/* kl_btree_insert, kl_btree_insert_at: insertion, splitting full nodes
 * bottom-up.  The nodes a split chain needs are counted (the run of full
 * nodes from the leaf up, and a new root if that run reaches the root)
 * and allocated before anything changes, so a failed allocation leaves
 * the tree as it was. */
#include <keel/panic.h>

#include "internal/btree.h"

/* A full node of CAP = 2B-1 entries that takes one more is split so that
 * it keeps B entries, the entry after them (the median) goes up, and the
 * new right node takes the last B-1. */
enum { SPLIT = KL_BTREE_B + 1 };

/* Put the entry at kp/vp (and, in an internal node, its right child e) at
 * pos of n, which has room. */
static void insert_fit(kl_btree *t, kl_btree_node *n, size_t pos, const void *kp,
                       const void *vp, kl_btree_node *e)
{
    kl__bt_move(t, n, pos + 1, n, pos, n->len - pos);
    kl__bt_memmove(kl__bt_key(t, n, pos), kp, t->key_size);
    if (t->val_size > 0) {
        if (vp != NULL)
            kl__bt_memmove(kl__bt_val(t, n, pos), vp, t->val_size);
        else
            __builtin_memset(kl__bt_val(t, n, pos), 0, t->val_size);
    }
    if (n->height > 0) {
        kl_btree_node **edges = kl__bt_edges(t, n);
        kl__bt_memmove(edges + pos + 2, edges + pos + 1, (n->len - pos) * sizeof *edges);
        edges[pos + 1] = e;
        n->len++;
        kl__bt_fix_edges(t, n, pos + 1);
    } else {
        n->len++;
    }
}

/* Insert the entry (and child e) at pos of the full node n, splitting it
 * into n and the fresh node r.  Afterwards n holds B entries and the
 * median sits just past them, at n's slot B, for the parent to take. */
static void split_insert(kl_btree *t, kl_btree_node *n, size_t pos, const void *kp,
                         const void *vp, kl_btree_node *e, kl_btree_node *r)
{
    bool internal = n->height > 0;
    r->height = n->height;
    if (pos < SPLIT) {
        /* n keeps entries 0..B-1 and takes the new one; r gets the rest. */
        size_t moved = KL_BTREE_CAP - KL_BTREE_B;
        kl__bt_move(t, r, 0, n, KL_BTREE_B, moved);
        r->len = (uint16_t)moved;
        if (internal)
            kl__bt_move_edges(t, r, 1, n, KL_BTREE_B + 1, moved);
        n->len = KL_BTREE_B;
        insert_fit(t, n, pos, kp, vp, e);
    } else {
        /* n keeps entries 0..B; r gets the rest and the new one. */
        size_t moved = KL_BTREE_CAP - SPLIT;
        kl__bt_move(t, r, 0, n, SPLIT, moved);
        r->len = (uint16_t)moved;
        if (internal)
            kl__bt_move_edges(t, r, 1, n, SPLIT + 1, moved);
        n->len = SPLIT;
        if (internal)
            kl__bt_move_edges(t, r, 0, n, SPLIT, 1);
        insert_fit(t, r, pos - SPLIT, kp, vp, e);
    }
    /* n holds B + 1 entries and (internal) B + 2 children; the last
     * child is r's first. */
    if (internal && pos < SPLIT)
        kl__bt_move_edges(t, r, 0, n, SPLIT, 1);
    n->len = KL_BTREE_B;
}

/* A node of the given height, padded and placed on a cache line if the
 * tree is big enough for that to pay (KL__BT_PAD_MIN). */
static kl_btree_node *alloc_node(kl_btree *t, unsigned height)
{
    size_t pad = t->node_pad > 0 && t->len * ((size_t)t->key_size + t->val_size) >= KL__BT_PAD_MIN
                     ? t->node_pad
                     : 0;
    char *p = kl_alloc(t->alloc, kl__bt_node_size(t, height) + pad, t->node_align);
    kl_btree_node *n = NULL;
    if (p != NULL) {
        size_t shift = pad > 0 ? (size_t)(-(uintptr_t)p & (KL__BTREE_LINE - 1u)) : 0;
        n = (kl_btree_node *)(p + shift);
        n->shift = (uint16_t)(shift | (pad > 0 ? KL__BT_PADDED : 0u));
        n->parent = NULL;
        n->parent_idx = 0;
        n->len = 0;
        n->height = (uint16_t)height;
    }
    return n;
}

kl_err kl_btree_insert_at(kl_btree *t, kl_btree_node *leaf, size_t idx, const void *key,
                          const void *val)
{
    if (leaf == NULL) {
        if (t->root != NULL)
            kl_panic("B-tree insert_at: no leaf given, but the tree is not empty");
        kl_btree_node *n = alloc_node(t, 0);
        if (n == NULL)
            return KL_ENOMEM;
        insert_fit(t, n, 0, key, val, NULL);
        t->root = n;
        t->len = 1;
        return KL_OK;
    }
    if (leaf->height != 0 || idx > leaf->len)
        kl_panic("B-tree insert_at: position %zu is not in a leaf of %u entries", idx,
                 (unsigned)leaf->len);

    /* Count the full nodes from the leaf up; allocate one new node per
     * full node (at its height) and a root if they reach the root, linked
     * through their parent fields, lowest first. */
    size_t need = 0;
    kl_btree_node *n = leaf;
    while (n != NULL && n->len == KL_BTREE_CAP) {
        need++;
        n = n->parent;
    }
    if (n == NULL && need > 0)
        need++;
    kl_btree_node *spare = NULL, **tail = &spare;
    for (size_t level = 0; level < need; level++) {
        kl_btree_node *s = alloc_node(t, (unsigned)level);
        if (s == NULL) {
            while (spare != NULL) {
                kl_btree_node *next = spare->parent;
                kl__bt_free_node(t, spare);
                spare = next;
            }
            return KL_ENOMEM;
        }
        *tail = s;
        tail = &s->parent;
    }

    /* Nothing can fail from here. */
    const void *kp = key, *vp = val;
    kl_btree_node *e = NULL, *cur = leaf;
    size_t pos = idx;
    for (;;) {
        if (cur->len < KL_BTREE_CAP) {
            insert_fit(t, cur, pos, kp, vp, e);
            break;
        }
        kl_btree_node *r = spare;
        spare = r->parent;
        split_insert(t, cur, pos, kp, vp, e, r);
        kp = kl__bt_key(t, cur, KL_BTREE_B);
        vp = t->val_size > 0 ? kl__bt_val(t, cur, KL_BTREE_B) : NULL;
        e = r;
        if (cur->parent == NULL) {
            kl_btree_node *root = spare;
            spare = root->parent;
            root->parent = NULL;
            root->height = (uint16_t)(cur->height + 1);
            kl__bt_copy1(t, root, 0, cur, KL_BTREE_B);
            root->len = 1;
            kl__bt_edges(t, root)[0] = cur;
            kl__bt_edges(t, root)[1] = r;
            kl__bt_fix_edges(t, root, 0);
            t->root = root;
            break;
        }
        pos = cur->parent_idx;
        cur = cur->parent;
    }
    t->len++;
    return KL_OK;
}

kl_err kl_btree_insert(kl_btree *t, const void *key, const void *val, void *old,
                       bool *replaced)
{
    kl_btree_node *n;
    size_t i;
    bool found = kl__bt_search(t, key, &n, &i);
    if (replaced != NULL)
        *replaced = found;
    if (!found)
        return kl_btree_insert_at(t, n, i, key, val);
    if (t->val_size > 0) {
        char *slot = kl__bt_val(t, n, i);
        if (old != NULL)
            kl__bt_memmove(old, slot, t->val_size);
        if (val != NULL)
            kl__bt_memmove(slot, val, t->val_size);
    }
    return KL_OK;
}
