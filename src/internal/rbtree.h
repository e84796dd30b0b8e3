/* src/internal/rbtree.h -- what the red-black tree's files share: colour
 * and parent access, rotations, replacing a child.  CLRS 3rd ed. ch. 13
 * (LEFT-ROTATE, RB-TRANSPLANT), with NULL leaves. */
#ifndef KEEL_INTERNAL_RBTREE_H
#define KEEL_INTERNAL_RBTREE_H

#include <keel/rbtree.h>

#define KL__RB_RED ((uintptr_t)0)
#define KL__RB_BLACK ((uintptr_t)1)

static inline kl_rb_node *kl__rb_parent(const kl_rb_node *n)
{
    return (kl_rb_node *)(n->parent_color & ~(uintptr_t)1);
}

static inline uintptr_t kl__rb_color(const kl_rb_node *n)
{
    return n->parent_color & 1;
}

/* NULL leaves are black. */
static inline bool kl__rb_is_red(const kl_rb_node *n)
{
    return n != NULL && (n->parent_color & 1) == KL__RB_RED;
}

static inline void kl__rb_set_parent(kl_rb_node *n, kl_rb_node *p)
{
    n->parent_color = (uintptr_t)p | (n->parent_color & 1);
}

static inline void kl__rb_set_color(kl_rb_node *n, uintptr_t color)
{
    n->parent_color = (n->parent_color & ~(uintptr_t)1) | color;
}

/* Put `to` where `from` hangs under parent p (or at the root). */
static inline void kl__rb_replace_child(kl_rb_tree *t, kl_rb_node *p,
                                        kl_rb_node *from, kl_rb_node *to)
{
    if (p == NULL)
        t->root = to;
    else if (p->left == from)
        p->left = to;
    else
        p->right = to;
}

/* LEFT-ROTATE: x's right child y takes x's place; x becomes y's left. */
static inline void kl__rb_rotate_left(kl_rb_tree *t, kl_rb_node *x)
{
    kl_rb_node *y = x->right, *p = kl__rb_parent(x);
    x->right = y->left;
    if (y->left != NULL)
        kl__rb_set_parent(y->left, x);
    kl__rb_set_parent(y, p);
    kl__rb_replace_child(t, p, x, y);
    y->left = x;
    kl__rb_set_parent(x, y);
}

/* RIGHT-ROTATE: the mirror image. */
static inline void kl__rb_rotate_right(kl_rb_tree *t, kl_rb_node *x)
{
    kl_rb_node *y = x->left, *p = kl__rb_parent(x);
    x->left = y->right;
    if (y->right != NULL)
        kl__rb_set_parent(y->right, x);
    kl__rb_set_parent(y, p);
    kl__rb_replace_child(t, p, x, y);
    y->right = x;
    kl__rb_set_parent(x, y);
}

#endif /* KEEL_INTERNAL_RBTREE_H */
