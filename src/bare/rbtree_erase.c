/* kl_rb_erase: CLRS's RB-DELETE and RB-DELETE-FIXUP (3rd ed., section
 * 13.4) with NULL leaves: the fixup is told x's parent, since x may be a
 * NULL leaf that cannot say. */
#include <keel/panic.h>
#include "internal/rbtree.h"

/* x (perhaps NULL) under parent xp carries an extra black: push it up or
 * absorb it. */
static void erase_fixup(kl_rb_tree *t, kl_rb_node *x, kl_rb_node *xp)
{
    while (x != t->root && !kl__rb_is_red(x)) {
        /* x's sibling w exists: x's side is one black short of w's, which
         * is at least one. */
        if (x == xp->left) {
            kl_rb_node *w = xp->right;
            if (kl__rb_is_red(w)) { /* case 1 */
                kl__rb_set_color(w, KL__RB_BLACK);
                kl__rb_set_color(xp, KL__RB_RED);
                kl__rb_rotate_left(t, xp);
                w = xp->right;
            }
            if (!kl__rb_is_red(w->left) && !kl__rb_is_red(w->right)) { /* case 2 */
                kl__rb_set_color(w, KL__RB_RED);
                x = xp;
                xp = kl__rb_parent(x);
                continue;
            }
            if (!kl__rb_is_red(w->right)) { /* case 3 */
                kl__rb_set_color(w->left, KL__RB_BLACK);
                kl__rb_set_color(w, KL__RB_RED);
                kl__rb_rotate_right(t, w);
                w = xp->right;
            }
            kl__rb_set_color(w, kl__rb_color(xp)); /* case 4 */
            kl__rb_set_color(xp, KL__RB_BLACK);
            kl__rb_set_color(w->right, KL__RB_BLACK);
            kl__rb_rotate_left(t, xp);
        } else {
            kl_rb_node *w = xp->left;
            if (kl__rb_is_red(w)) {
                kl__rb_set_color(w, KL__RB_BLACK);
                kl__rb_set_color(xp, KL__RB_RED);
                kl__rb_rotate_right(t, xp);
                w = xp->left;
            }
            if (!kl__rb_is_red(w->left) && !kl__rb_is_red(w->right)) {
                kl__rb_set_color(w, KL__RB_RED);
                x = xp;
                xp = kl__rb_parent(x);
                continue;
            }
            if (!kl__rb_is_red(w->left)) {
                kl__rb_set_color(w->right, KL__RB_BLACK);
                kl__rb_set_color(w, KL__RB_RED);
                kl__rb_rotate_left(t, w);
                w = xp->left;
            }
            kl__rb_set_color(w, kl__rb_color(xp));
            kl__rb_set_color(xp, KL__RB_BLACK);
            kl__rb_set_color(w->left, KL__RB_BLACK);
            kl__rb_rotate_right(t, xp);
        }
        x = t->root;
        break;
    }
    if (x != NULL)
        kl__rb_set_color(x, KL__RB_BLACK);
}

void kl_rb_erase(kl_rb_tree *t, kl_rb_node *z)
{
#ifndef NDEBUG
    if (z->parent_color == KL_RB_POISON_PARENT)
        kl_panic("kl_rb_erase: the node is in no tree (erased twice?)");
#endif
    kl_rb_node *x, *xp;
    uintptr_t removed_color = kl__rb_color(z);
    kl_rb_node *zp = kl__rb_parent(z);
    if (z->left == NULL || z->right == NULL) {
        /* z has at most one child x, which takes its place. */
        x = z->left != NULL ? z->left : z->right;
        xp = zp;
        if (x != NULL)
            kl__rb_set_parent(x, zp);
        kl__rb_replace_child(t, zp, z, x);
    } else {
        /* z's successor y (the least of its right subtree, no left child)
         * takes z's place and colour; y's right child x takes y's. */
        kl_rb_node *y = z->right;
        while (y->left != NULL)
            y = y->left;
        removed_color = kl__rb_color(y);
        x = y->right;
        if (kl__rb_parent(y) == z) {
            xp = y;
        } else {
            xp = kl__rb_parent(y);
            xp->left = x;
            if (x != NULL)
                kl__rb_set_parent(x, xp);
            y->right = z->right;
            kl__rb_set_parent(y->right, y);
        }
        y->left = z->left;
        kl__rb_set_parent(y->left, y);
        y->parent_color = z->parent_color; /* z's parent and colour */
        kl__rb_replace_child(t, zp, z, y);
    }
    t->len--;
    if (removed_color == KL__RB_BLACK)
        erase_fixup(t, x, xp);
#ifndef NDEBUG
    z->parent_color = KL_RB_POISON_PARENT;
    z->left = KL_RB_POISON_LEFT;
    z->right = KL_RB_POISON_RIGHT;
#endif
}
