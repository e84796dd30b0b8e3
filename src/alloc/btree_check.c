/* kl_btree_check: verify a tree's invariants (recursing as deep as the
 * tree, which is at most ~40 levels). */
#include "internal/btree.h"

typedef struct walk {
    const kl_btree *t;
    const void *prev; /* the last key seen in order, or NULL */
    size_t count;
    const char *err;
} walk;

static void check_node(walk *w, const kl_btree_node *n, bool root)
{
    const kl_btree *t = w->t;
    size_t shift = n->shift & ~(unsigned)KL__BT_PADDED;
    if ((n->shift & KL__BT_PADDED) != 0
            ? t->node_pad == 0 || ((uintptr_t)n & (KL__BTREE_LINE - 1u)) != 0
                  || shift > t->node_pad
            : shift != 0) {
        w->err = "a node does not start on a cache line within its allocation";
        return;
    }
    if (n->len > KL_BTREE_CAP) {
        w->err = "a node holds more than KL_BTREE_CAP entries";
        return;
    }
    if (root ? n->len < 1 : n->len < KL_BTREE_MIN) {
        w->err = root ? "the root is empty" : "a node holds fewer than KL_BTREE_MIN entries";
        return;
    }
    kl_btree_node *const *e = n->height > 0 ? kl__bt_edges(t, n) : NULL;
    for (size_t i = 0; i <= n->len && w->err == NULL; i++) {
        if (e != NULL) {
            if (e[i]->parent != n || e[i]->parent_idx != i) {
                w->err = "a child's parent link or index is wrong";
                return;
            }
            if (e[i]->height + 1u != n->height) {
                w->err = "a child's height is not its parent's less one (leaves at different depths)";
                return;
            }
            check_node(w, e[i], false);
            if (w->err != NULL)
                return;
        }
        if (i == n->len)
            break;
        const void *k = kl__bt_key(t, n, i);
        if (w->prev != NULL && t->cmp(w->prev, k) >= 0) {
            w->err = "keys are not strictly ascending in order";
            return;
        }
        w->prev = k;
        w->count++;
    }
}

const char *kl_btree_check(const kl_btree *t)
{
    if (t->root == NULL)
        return t->len == 0 ? NULL : "len is not the number of entries";
    if (t->root->parent != NULL)
        return "the root has a parent";
    walk w = { t, NULL, 0, NULL };
    check_node(&w, t->root, true);
    if (w.err != NULL)
        return w.err;
    if (w.count != t->len)
        return "len is not the number of entries";
    return NULL;
}
