/* kl_rb_insert, kl_rb_insert_multi: BST insertion, then CLRS's
 * RB-INSERT-FIXUP (3rd ed., section 13.3). */
#include "internal/rbtree.h"

/* Restore the invariants after the red node z was linked in. */
static void insert_fixup(kl_rb_tree *t, kl_rb_node *z)
{
    kl_rb_node *p;
    while ((p = kl__rb_parent(z)) != NULL && kl__rb_is_red(p)) {
        kl_rb_node *g = kl__rb_parent(p); /* exists: a red node is no root */
        if (p == g->left) {
            kl_rb_node *u = g->right;
            if (kl__rb_is_red(u)) { /* case 1: recolour, go up */
                kl__rb_set_color(p, KL__RB_BLACK);
                kl__rb_set_color(u, KL__RB_BLACK);
                kl__rb_set_color(g, KL__RB_RED);
                z = g;
                continue;
            }
            if (z == p->right) { /* case 2: turn into case 3 */
                kl__rb_rotate_left(t, p);
                z = p;
                p = kl__rb_parent(z);
            }
            kl__rb_set_color(p, KL__RB_BLACK); /* case 3 */
            kl__rb_set_color(g, KL__RB_RED);
            kl__rb_rotate_right(t, g);
        } else {
            kl_rb_node *u = g->left;
            if (kl__rb_is_red(u)) {
                kl__rb_set_color(p, KL__RB_BLACK);
                kl__rb_set_color(u, KL__RB_BLACK);
                kl__rb_set_color(g, KL__RB_RED);
                z = g;
                continue;
            }
            if (z == p->left) {
                kl__rb_rotate_right(t, p);
                z = p;
                p = kl__rb_parent(z);
            }
            kl__rb_set_color(p, KL__RB_BLACK);
            kl__rb_set_color(g, KL__RB_RED);
            kl__rb_rotate_left(t, g);
        }
    }
    kl__rb_set_color(t->root, KL__RB_BLACK);
}

/* Hang the new red node z at *link under parent p and rebalance. */
static void link_node(kl_rb_tree *t, kl_rb_node *z, kl_rb_node *p, kl_rb_node **link)
{
    z->parent_color = (uintptr_t)p | KL__RB_RED;
    z->left = z->right = NULL;
    *link = z;
    t->len++;
    insert_fixup(t, z);
}

kl_rb_node *kl_rb_insert(kl_rb_tree *t, kl_rb_node *node)
{
    kl_rb_node **link = &t->root, *p = NULL;
    while (*link != NULL) {
        p = *link;
        int c = t->cmp(node, p);
        if (c < 0)
            link = &p->left;
        else if (c > 0)
            link = &p->right;
        else
            return p;
    }
    link_node(t, node, p, link);
    return NULL;
}

void kl_rb_insert_multi(kl_rb_tree *t, kl_rb_node *node)
{
    kl_rb_node **link = &t->root, *p = NULL;
    while (*link != NULL) {
        p = *link;
        link = t->cmp(node, p) < 0 ? &p->left : &p->right;
    }
    link_node(t, node, p, link);
}
