/* kl_rb_first, kl_rb_last, kl_rb_next, kl_rb_prev: in-order walks over
 * the parent pointers (CLRS's TREE-SUCCESSOR and TREE-PREDECESSOR). */
#include "internal/rbtree.h"

kl_rb_node *kl_rb_first(const kl_rb_tree *t)
{
    kl_rb_node *n = t->root;
    if (n != NULL)
        while (n->left != NULL)
            n = n->left;
    return n;
}

kl_rb_node *kl_rb_last(const kl_rb_tree *t)
{
    kl_rb_node *n = t->root;
    if (n != NULL)
        while (n->right != NULL)
            n = n->right;
    return n;
}

kl_rb_node *kl_rb_next(const kl_rb_node *node)
{
    kl_rb_node *n = node->right;
    if (n != NULL) {
        while (n->left != NULL)
            n = n->left;
        return n;
    }
    /* Up until we come from a left child. */
    kl_rb_node *p;
    while ((p = kl__rb_parent(node)) != NULL && node == p->right)
        node = p;
    return p;
}

kl_rb_node *kl_rb_prev(const kl_rb_node *node)
{
    kl_rb_node *n = node->left;
    if (n != NULL) {
        while (n->right != NULL)
            n = n->right;
        return n;
    }
    kl_rb_node *p;
    while ((p = kl__rb_parent(node)) != NULL && node == p->left)
        node = p;
    return p;
}
