/* kl_rb_find, kl_rb_lower_bound, kl_rb_upper_bound: descents from the
 * root. */
#include "internal/rbtree.h"

kl_rb_node *kl_rb_find(const kl_rb_tree *t, const kl_rb_node *probe)
{
    kl_rb_node *n = t->root;
    while (n != NULL) {
        int c = t->cmp(probe, n);
        if (c < 0)
            n = n->left;
        else if (c > 0)
            n = n->right;
        else
            return n;
    }
    return NULL;
}

kl_rb_node *kl_rb_lower_bound(const kl_rb_tree *t, const kl_rb_node *probe)
{
    kl_rb_node *n = t->root, *best = NULL;
    while (n != NULL) {
        if (t->cmp(n, probe) >= 0) {
            best = n;
            n = n->left;
        } else {
            n = n->right;
        }
    }
    return best;
}

kl_rb_node *kl_rb_upper_bound(const kl_rb_tree *t, const kl_rb_node *probe)
{
    kl_rb_node *n = t->root, *best = NULL;
    while (n != NULL) {
        if (t->cmp(n, probe) > 0) {
            best = n;
            n = n->left;
        } else {
            n = n->right;
        }
    }
    return best;
}
