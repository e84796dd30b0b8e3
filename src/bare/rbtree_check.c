/* kl_rb_check: verify a tree's invariants, without recursion (a test may
 * build a deep tree on a small stack): one in-order walk over the parent
 * pointers, counting black nodes on the way down. */
#include "internal/rbtree.h"

const char *kl_rb_check(const kl_rb_tree *t)
{
    kl_rb_node *n = t->root;
    if (n == NULL)
        return t->len == 0 ? NULL : "len is not the number of nodes";
    if (kl__rb_parent(n) != NULL)
        return "the root has a parent";
    if (kl__rb_is_red(n))
        return "the root is red";

    size_t count = 0, depth = 1; /* black nodes from the root to n */
    size_t leaf_depth = 0;       /* black nodes on every root-leaf path */
    const kl_rb_node *prev = NULL;
    /* Descend to the first node. */
    for (;;) {
        /* At n, coming from above: check its children, then go left. */
        if (n->left != NULL || n->right != NULL) {
            for (int side = 0; side < 2; side++) {
                kl_rb_node *c = side ? n->right : n->left;
                if (c == NULL)
                    continue;
                if (kl__rb_parent(c) != n)
                    return "a child's parent pointer is wrong";
                if (kl__rb_is_red(n) && kl__rb_is_red(c))
                    return "a red node has a red child";
            }
        }
        if (n->left == NULL || n->right == NULL) {
            /* n has a NULL leaf below it: every such path counts the same. */
            if (leaf_depth == 0)
                leaf_depth = depth;
            else if (leaf_depth != depth)
                return "black heights differ";
        }
        if (n->left != NULL) {
            n = n->left;
            depth += !kl__rb_is_red(n);
            continue;
        }
        /* Visit n, then its right subtree, or climb to the next node. */
        for (;;) {
            if (prev != NULL && t->cmp(prev, n) > 0)
                return "nodes are out of order";
            prev = n;
            count++;
            if (n->right != NULL) {
                n = n->right;
                depth += !kl__rb_is_red(n);
                break;
            }
            /* Climb while coming from a right child; then visit the
             * parent. */
            kl_rb_node *p;
            for (;;) {
                p = kl__rb_parent(n);
                depth -= !kl__rb_is_red(n);
                if (p == NULL || n == p->left)
                    break;
                n = p;
            }
            if (p == NULL)
                return count == t->len ? NULL : "len is not the number of nodes";
            n = p;
        }
    }
}
