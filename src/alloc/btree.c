/* kl_btree: the layout, searching, first/last and freeing. */
#include <keel/panic.h>

#include "internal/btree.h"

void kl_btree_init(kl_btree *t, kl_allocator *alloc, size_t key_size, size_t key_align,
                   size_t val_size, size_t val_align, kl_btree_cmp cmp)
{
    if (key_align == 0 || (key_align & (key_align - 1)) != 0 || val_align == 0
        || (val_align & (val_align - 1)) != 0)
        kl_panic("B-tree key alignment %zu or value alignment %zu is not a power of two",
                 key_align, val_align);
    /* A node must stay far below 4 GiB for the uint32_t offsets. */
    if (key_size > ((size_t)1 << 24) || val_size > ((size_t)1 << 24)
        || key_align > ((size_t)1 << 24) || val_align > ((size_t)1 << 24))
        kl_panic("B-tree keys of %zu bytes and values of %zu bytes are too big for a node",
                 key_size, val_size);
    size_t align = KL__BTREE_MAX(_Alignof(kl_btree_node), KL__BTREE_MAX(key_align, val_align));
    size_t vals_end = KL__BTREE_VALS_OFF(key_size, key_align, val_align) + KL_BTREE_CAP * val_size;
    size_t edges_off = KL__BTREE_EDGES_OFF(key_size, key_align, val_size, val_align);
    t->root = NULL;
    t->len = 0;
    t->alloc = alloc;
    t->cmp = cmp;
    t->key_size = (uint32_t)key_size;
    t->val_size = (uint32_t)val_size;
    t->keys_off = (uint32_t)KL__BTREE_KEYS_OFF(key_align);
    t->vals_off = (uint32_t)KL__BTREE_VALS_OFF(key_size, key_align, val_align);
    t->edges_off = (uint32_t)edges_off;
    t->leaf_size = (uint32_t)KL__BTREE_ALIGN_UP(vals_end, align);
    t->internal_size = (uint32_t)KL__BTREE_ALIGN_UP(
        edges_off + (KL_BTREE_CAP + 1) * sizeof(kl_btree_node *), align);
    /* Nodes start on a cache line (KL__BTREE_LINE) once the tree is big
     * (KL__BT_PAD_MIN): the allocation asks for at least max_align_t's
     * alignment (what malloc gives anyway) and is padded by the rest of
     * the line; the node is placed at the first line boundary in it. */
    size_t pad = 0;
    if (KL__BTREE_LINE > align) {
        if (align < _Alignof(max_align_t))
            align = _Alignof(max_align_t);
        pad = KL__BTREE_LINE > align ? KL__BTREE_LINE - align : 0;
    }
    t->node_align = (uint32_t)align;
    t->node_pad = (uint32_t)pad;
}

/* Free the subtree under n; the recursion is as deep as the tree. */
static void free_subtree(kl_btree *t, kl_btree_node *n)
{
    if (n->height > 0) {
        kl_btree_node **e = kl__bt_edges(t, n);
        for (size_t i = 0; i <= n->len; i++)
            free_subtree(t, e[i]);
    }
    kl__bt_free_node(t, n);
}

void kl_btree_free(kl_btree *t)
{
    if (t->root != NULL)
        free_subtree(t, t->root);
    t->root = NULL;
    t->len = 0;
}

void kl_btree_clear(kl_btree *t)
{
    kl_btree_free(t);
}

bool kl__bt_search(const kl_btree *t, const void *key, kl_btree_node **node, size_t *idx)
{
    kl_btree_node *n = t->root;
    *node = NULL;
    *idx = 0;
    if (n == NULL)
        return false;
    for (;;) {
        size_t i = 0, len = n->len;
        for (; i < len; i++) {
            int c = t->cmp(key, kl__bt_key(t, n, i));
            if (c == 0) {
                *node = n;
                *idx = i;
                return true;
            }
            if (c < 0)
                break;
        }
        if (n->height == 0) {
            *node = n;
            *idx = i;
            return false;
        }
        n = kl__bt_edges(t, n)[i];
    }
}

kl_btree_node *kl_btree_find(const kl_btree *t, const void *key, size_t *idx)
{
    kl_btree_node *n;
    size_t i;
    if (!kl__bt_search(t, key, &n, &i))
        return NULL;
    if (idx != NULL)
        *idx = i;
    return n;
}

void *kl_btree_get(const kl_btree *t, const void *key)
{
    kl_btree_node *n;
    size_t i;
    if (!kl__bt_search(t, key, &n, &i))
        return NULL;
    return t->val_size > 0 ? kl__bt_val(t, n, i) : kl__bt_key(t, n, i);
}

bool kl_btree_contains(const kl_btree *t, const void *key)
{
    kl_btree_node *n;
    size_t i;
    return kl__bt_search(t, key, &n, &i);
}

static bool out_entry(const kl_btree *t, kl_btree_node *n, size_t i, void **key, void **val)
{
    if (key != NULL)
        *key = kl__bt_key(t, n, i);
    if (val != NULL)
        *val = kl__bt_val(t, n, i);
    return true;
}

bool kl_btree_first(const kl_btree *t, void **key, void **val)
{
    if (t->root == NULL)
        return false;
    return out_entry(t, kl__bt_leftmost(t, t->root), 0, key, val);
}

bool kl_btree_last(const kl_btree *t, void **key, void **val)
{
    if (t->root == NULL)
        return false;
    kl_btree_node *n = kl__bt_rightmost(t, t->root);
    return out_entry(t, n, n->len - 1u, key, val);
}
