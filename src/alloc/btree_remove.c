/* kl_btree_remove, kl_btree_remove_at, kl_btree_pop_first/last: removal.
 * An entry of an internal node is replaced by its predecessor, the last
 * entry of the rightmost leaf of its left subtree, so an entry always
 * leaves a leaf; a node left with fewer than B-1 entries merges with a
 * sibling if the two fit one node, which takes an entry from the parent
 * and may leave the parent short in turn, or else steals one through the
 * parent from that sibling (CLRS 3rd ed., 18.3, done bottom-up).  Nothing
 * is allocated. */
#include <keel/panic.h>

#include "internal/btree.h"

/* n (not the root) has KL_BTREE_MIN - 1 entries: take one from its left
 * sibling l through the parent's entry pi - 1. */
static void steal_left(kl_btree *t, kl_btree_node *p, size_t pi, kl_btree_node *n,
                       kl_btree_node *l)
{
    kl__bt_move(t, n, 1, n, 0, n->len);
    kl__bt_copy1(t, n, 0, p, pi - 1);
    kl__bt_copy1(t, p, pi - 1, l, l->len - 1u);
    if (n->height > 0) {
        kl_btree_node **e = kl__bt_edges(t, n);
        kl__bt_memmove(e + 1, e, (n->len + 1u) * sizeof *e);
        e[0] = kl__bt_edges(t, l)[l->len];
    }
    l->len--;
    n->len++;
    if (n->height > 0)
        kl__bt_fix_edges(t, n, 0);
}

/* The same from the right sibling r through the parent's entry pi. */
static void steal_right(kl_btree *t, kl_btree_node *p, size_t pi, kl_btree_node *n,
                        kl_btree_node *r)
{
    kl__bt_copy1(t, n, n->len, p, pi);
    kl__bt_copy1(t, p, pi, r, 0);
    kl__bt_move(t, r, 0, r, 1, r->len - 1u);
    if (n->height > 0) {
        kl__bt_move_edges(t, n, n->len + 1u, r, 0, 1);
        kl_btree_node **e = kl__bt_edges(t, r);
        kl__bt_memmove(e, e + 1, r->len * sizeof *e);
    }
    n->len++;
    r->len--;
    if (r->height > 0)
        kl__bt_fix_edges(t, r, 0);
}

/* Merge p's child k + 1 (r) into its child k (l) with p's entry k between
 * them, and free r.  p loses entry k and child k + 1. */
static void merge(kl_btree *t, kl_btree_node *p, size_t k, kl_btree_node *l, kl_btree_node *r)
{
    size_t ll = l->len;
    kl__bt_copy1(t, l, ll, p, k);
    kl__bt_move(t, l, ll + 1, r, 0, r->len);
    if (l->height > 0)
        kl__bt_move_edges(t, l, ll + 1, r, 0, r->len + 1u);
    l->len = (uint16_t)(ll + 1 + r->len);
    kl__bt_move(t, p, k, p, k + 1, p->len - k - 1u);
    kl_btree_node **pe = kl__bt_edges(t, p);
    kl__bt_memmove(pe + k + 1, pe + k + 2, (p->len - k - 1u) * sizeof *pe);
    p->len--;
    kl__bt_fix_edges(t, p, k + 1);
    kl__bt_free_node(t, r);
}

/* n has just lost an entry: restore the fill bounds from n up. */
static void rebalance(kl_btree *t, kl_btree_node *n)
{
    for (;;) {
        kl_btree_node *p = n->parent;
        if (p == NULL) {
            /* The root may hold a single entry; an empty internal root
             * gives way to its only child, an empty leaf root to nothing. */
            if (n->len == 0) {
                t->root = n->height > 0 ? kl__bt_edges(t, n)[0] : NULL;
                if (t->root != NULL) {
                    t->root->parent = NULL;
                    t->root->parent_idx = 0;
                }
                kl__bt_free_node(t, n);
            }
            return;
        }
        if (n->len >= KL_BTREE_MIN)
            return;
        /* One sibling, the left one where there is one (as Rust's
         * BTreeMap): merge with it if the two fit one node, else steal
         * from it.  Merging first leaves a fuller node, which the next
         * removals from it do not rebalance; stealing first (as before
         * 2026-11-22) left n at the minimum, to steal again at its next
         * removal, and read both siblings. */
        size_t pi = n->parent_idx;
        kl_btree_node **pe = kl__bt_edges(t, p);
        if (pi > 0) {
            kl_btree_node *l = pe[pi - 1];
            if (l->len + 1u + n->len > KL_BTREE_CAP) {
                steal_left(t, p, pi, n, l);
                return;
            }
            merge(t, p, pi - 1, l, n);
        } else {
            kl_btree_node *r = pe[1];
            if (n->len + 1u + r->len > KL_BTREE_CAP) {
                steal_right(t, p, pi, n, r);
                return;
            }
            merge(t, p, pi, n, r);
        }
        n = p;
    }
}

void kl_btree_remove_at(kl_btree *t, kl_btree_node *node, size_t idx, void *key_out,
                        void *val_out)
{
    if (idx >= node->len)
        kl_panic("B-tree remove_at: index %zu out of range for a node of %u entries", idx,
                 (unsigned)node->len);
    if (key_out != NULL)
        kl__bt_memmove(key_out, kl__bt_key(t, node, idx), t->key_size);
    if (val_out != NULL && t->val_size > 0)
        kl__bt_memmove(val_out, kl__bt_val(t, node, idx), t->val_size);
    kl_btree_node *leaf = node;
    if (node->height > 0) {
        /* Put the predecessor in the entry's place; it leaves its leaf. */
        leaf = kl__bt_rightmost(t, kl__bt_edges(t, node)[idx]);
        kl__bt_copy1(t, node, idx, leaf, leaf->len - 1u);
    } else {
        kl__bt_move(t, leaf, idx, leaf, idx + 1, leaf->len - idx - 1u);
    }
    leaf->len--;
    t->len--;
    rebalance(t, leaf);
}

bool kl_btree_remove(kl_btree *t, const void *key, void *key_out, void *val_out)
{
    kl_btree_node *n;
    size_t i;
    if (!kl__bt_search(t, key, &n, &i))
        return false;
    kl_btree_remove_at(t, n, i, key_out, val_out);
    return true;
}

bool kl_btree_pop_first(kl_btree *t, void *key_out, void *val_out)
{
    if (t->root == NULL)
        return false;
    kl_btree_remove_at(t, kl__bt_leftmost(t, t->root), 0, key_out, val_out);
    return true;
}

bool kl_btree_pop_last(kl_btree *t, void *key_out, void *val_out)
{
    if (t->root == NULL)
        return false;
    kl_btree_node *n = kl__bt_rightmost(t, t->root);
    kl_btree_remove_at(t, n, n->len - 1u, key_out, val_out);
    return true;
}
