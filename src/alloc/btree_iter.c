/* kl_btree_range and its iterator; kl_btree_lower_bound and
 * kl_btree_upper_bound.  Iteration steps from entry to entry over the
 * parent links, so an iterator needs no stack: amortised O(1) a step. */
#include "internal/btree.h"

/* The entry after (n, i): the first of the subtree to its right, or the
 * next in its leaf, or the first ancestor entry to the right. */
static bool successor(const kl_btree *t, kl_btree_node **np, size_t *ip)
{
    kl_btree_node *n = *np;
    size_t i = *ip;
    if (n->height > 0) {
        *np = kl__bt_leftmost(t, kl__bt_edges(t, n)[i + 1]);
        *ip = 0;
        return true;
    }
    if (i + 1 < n->len) {
        *ip = i + 1;
        return true;
    }
    while (n->parent != NULL && n->parent_idx == n->parent->len)
        n = n->parent;
    if (n->parent == NULL)
        return false;
    *ip = n->parent_idx;
    *np = n->parent;
    return true;
}

static bool predecessor(const kl_btree *t, kl_btree_node **np, size_t *ip)
{
    kl_btree_node *n = *np;
    size_t i = *ip;
    if (n->height > 0) {
        n = kl__bt_rightmost(t, kl__bt_edges(t, n)[i]);
        *np = n;
        *ip = n->len - 1u;
        return true;
    }
    if (i > 0) {
        *ip = i - 1;
        return true;
    }
    while (n->parent != NULL && n->parent_idx == 0)
        n = n->parent;
    if (n->parent == NULL)
        return false;
    *ip = n->parent_idx - 1u;
    *np = n->parent;
    return true;
}

/* The first entry >= key (strict: > key). */
static bool first_from(const kl_btree *t, const void *key, bool strict, kl_btree_node **np,
                       size_t *ip)
{
    kl_btree_node *n = t->root, *cand = NULL;
    size_t cand_i = 0;
    while (n != NULL) {
        size_t i = 0;
        for (; i < n->len; i++) {
            int c = t->cmp(kl__bt_key(t, n, i), key);
            if (c == 0 && !strict) {
                *np = n;
                *ip = i;
                return true;
            }
            if (c > 0)
                break;
        }
        if (i < n->len) {
            cand = n;
            cand_i = i;
        }
        n = n->height > 0 ? kl__bt_edges(t, n)[i] : NULL;
    }
    *np = cand;
    *ip = cand_i;
    return cand != NULL;
}

/* The last entry <= key (strict: < key). */
static bool last_to(const kl_btree *t, const void *key, bool strict, kl_btree_node **np,
                    size_t *ip)
{
    kl_btree_node *n = t->root, *cand = NULL;
    size_t cand_i = 0;
    while (n != NULL) {
        size_t i = 0;
        for (; i < n->len; i++) {
            int c = t->cmp(kl__bt_key(t, n, i), key);
            if (c == 0 && !strict) {
                *np = n;
                *ip = i;
                return true;
            }
            if (c >= 0)
                break;
        }
        if (i > 0) {
            cand = n;
            cand_i = i - 1;
        }
        n = n->height > 0 ? kl__bt_edges(t, n)[i] : NULL;
    }
    *np = cand;
    *ip = cand_i;
    return cand != NULL;
}

/* The inline fast paths' limits (see kl_btree_iter), after an end
 * moved. */
static void set_limits(kl_btree_iter *it)
{
    bool apart = !it->done && it->front != it->back;
    it->front_lim = apart && it->front->height == 0 ? it->front->len - 1u : 0;
    it->back_lim = apart && it->back->height == 0 ? 0 : SIZE_MAX;
}

static bool out_entry(const kl_btree *t, kl_btree_node *n, size_t i, void **key, void **val)
{
    if (key != NULL)
        *key = kl__bt_key(t, n, i);
    if (val != NULL)
        *val = kl__bt_val(t, n, i);
    return true;
}

bool kl_btree_lower_bound(const kl_btree *t, const void *key, void **key_out, void **val_out)
{
    kl_btree_node *n;
    size_t i;
    return first_from(t, key, false, &n, &i) && out_entry(t, n, i, key_out, val_out);
}

bool kl_btree_upper_bound(const kl_btree *t, const void *key, void **key_out, void **val_out)
{
    kl_btree_node *n;
    size_t i;
    return first_from(t, key, true, &n, &i) && out_entry(t, n, i, key_out, val_out);
}

void kl_btree_range(const kl_btree *t, kl_btree_iter *it, const void *lo,
                    kl_btree_bound lo_bound, const void *hi, kl_btree_bound hi_bound)
{
    it->tree = t;
    it->front = it->back = NULL;
    it->front_idx = it->back_idx = 0;
    it->front_lim = 0;
    it->back_lim = SIZE_MAX;
    it->done = true;
    if (t->root == NULL)
        return;
    if (lo_bound == KL_BTREE_UNBOUNDED) {
        it->front = kl__bt_leftmost(t, t->root);
    } else if (!first_from(t, lo, lo_bound == KL_BTREE_EXCLUDED, &it->front, &it->front_idx)) {
        return;
    }
    if (hi_bound == KL_BTREE_UNBOUNDED) {
        it->back = kl__bt_rightmost(t, t->root);
        it->back_idx = it->back->len - 1u;
    } else if (!last_to(t, hi, hi_bound == KL_BTREE_EXCLUDED, &it->back, &it->back_idx)) {
        return;
    }
    if (t->cmp(kl__bt_key(t, it->front, it->front_idx),
               kl__bt_key(t, it->back, it->back_idx)) > 0)
        return;
    it->done = false;
    set_limits(it);
}

void kl_btree_iter_init(const kl_btree *t, kl_btree_iter *it)
{
    kl_btree_range(t, it, NULL, KL_BTREE_UNBOUNDED, NULL, KL_BTREE_UNBOUNDED);
}

bool kl_btree_iter_next(kl_btree_iter *it, void **key, void **val)
{
    if (it->done)
        return false;
    out_entry(it->tree, it->front, it->front_idx, key, val);
    if (it->front == it->back && it->front_idx == it->back_idx)
        it->done = true;
    else
        (void)successor(it->tree, &it->front, &it->front_idx);
    set_limits(it);
    return true;
}

bool kl_btree_iter_prev(kl_btree_iter *it, void **key, void **val)
{
    if (it->done)
        return false;
    out_entry(it->tree, it->back, it->back_idx, key, val);
    if (it->front == it->back && it->front_idx == it->back_idx)
        it->done = true;
    else
        (void)predecessor(it->tree, &it->back, &it->back_idx);
    set_limits(it);
    return true;
}
