/* keel/rbtree.h -- intrusive red-black trees.  Layer: bare.
 *
 * A kl_rb_node is embedded in the caller's struct; a kl_rb_tree holds the
 * root and the caller's comparison, which orders two nodes (reach their
 * structs with KL_CONTAINER_OF).  Nothing is allocated.  Insert, erase,
 * find and the bounds are O(log n); next/prev are amortised O(1) (O(log n)
 * at worst); first/last are O(log n).
 *
 *     struct item { int key; kl_rb_node node; };
 *     static int item_cmp(const kl_rb_node *a, const kl_rb_node *b)
 *     {
 *         int x = KL_RB_ENTRY(a, struct item, node)->key;
 *         int y = KL_RB_ENTRY(b, struct item, node)->key;
 *         return (x > y) - (x < y);
 *     }
 *     kl_rb_tree t = KL_RB_TREE_INIT(item_cmp);
 *     if (kl_rb_insert(&t, &it->node) != NULL) ... (an equal key exists)
 *
 * Lookups take a probe: a node in a struct of the caller's whose key is
 * set (a stack struct will do), compared with the same function.
 *
 * Duplicates: kl_rb_insert rejects a node equal to one in the tree (and
 * returns that one); kl_rb_insert_multi accepts it and puts it after all
 * its equals, so equal nodes iterate in insertion order.  One tree may
 * use both.
 *
 * Erasing while iterating: fetch the next node before erasing the current
 * one (KL_RB_FOR_EACH_SAFE does); erasing changes no other node's place
 * in the order.
 *
 * The algorithm is the red-black tree of Cormen, Leiserson, Rivest and
 * Stein, "Introduction to Algorithms", 3rd ed., chapter 13 (RB-INSERT-
 * FIXUP, RB-TRANSPLANT, RB-DELETE-FIXUP), with NULL for the leaves instead
 * of a sentinel and the colour kept in the low bit of the parent pointer.
 *
 * Debug builds of keel (NDEBUG not defined) poison an erased node (its
 * fields become KL_RB_POISON_*) and panic when a poisoned node is erased
 * again.
 */
#ifndef KEEL_RBTREE_H
#define KEEL_RBTREE_H

#include <keel/base.h>

/* kl_rb_node: a tree link, embedded in the caller's struct.  parent_color
 * is the parent's address with the node's colour in bit 0 (1 = black). */
typedef struct kl_rb_node {
    uintptr_t parent_color;
    struct kl_rb_node *left;
    struct kl_rb_node *right;
} kl_rb_node;

/* kl_rb_cmp: negative, zero or positive as a orders before, equal to or
 * after b.  Must be a total order that does not change while the nodes
 * are in a tree. */
typedef int (*kl_rb_cmp)(const kl_rb_node *a, const kl_rb_node *b);

/* kl_rb_tree: a tree: its root (NULL when empty), its comparison, and how
 * many nodes it holds. */
typedef struct kl_rb_tree {
    kl_rb_node *root;
    kl_rb_cmp cmp;
    size_t len;
} kl_rb_tree;

/* KL_RB_TREE_INIT(cmp): static initialiser of an empty tree ordered by
 * cmp. */
#define KL_RB_TREE_INIT(cmp) { NULL, (cmp), 0 }

/* KL_RB_ENTRY(node, type, member): the struct `type` whose kl_rb_node
 * field `member` is at node. */
#define KL_RB_ENTRY(node, type, member) KL_CONTAINER_OF(node, type, member)

/* What an erased node's fields hold in debug builds. */
#define KL_RB_POISON_PARENT ((uintptr_t)0x300)
#define KL_RB_POISON_LEFT ((kl_rb_node *)(uintptr_t)0x322)
#define KL_RB_POISON_RIGHT ((kl_rb_node *)(uintptr_t)0x344)

KL_BEGIN_DECLS

/* kl_rb_init: make t an empty tree ordered by cmp. */
KL_INLINE void kl_rb_init(kl_rb_tree *t, kl_rb_cmp cmp)
{
    t->root = NULL;
    t->cmp = cmp;
    t->len = 0;
}

/* kl_rb_empty: true if t has no nodes. */
KL_INLINE bool kl_rb_empty(const kl_rb_tree *t)
{
    return t->root == NULL;
}

/* kl_rb_len: the number of nodes in t. */
KL_INLINE size_t kl_rb_len(const kl_rb_tree *t)
{
    return t->len;
}

/* kl_rb_insert: insert node (in no tree) unless t holds a node equal to
 * it.  Returns NULL when node was inserted, else the equal node (t and
 * node are then unchanged). */
KL_API kl_rb_node *kl_rb_insert(kl_rb_tree *t, kl_rb_node *node);

/* kl_rb_insert_multi: insert node (in no tree), after every node equal to
 * it. */
KL_API void kl_rb_insert_multi(kl_rb_tree *t, kl_rb_node *node);

/* kl_rb_erase: take node, which must be in t, out of t.  Panics in debug
 * builds when node was already erased. */
KL_API void kl_rb_erase(kl_rb_tree *t, kl_rb_node *node);

/* kl_rb_find: a node of t equal to probe, or NULL.  With duplicates, any
 * one of them (kl_rb_lower_bound finds the first). */
KL_API kl_rb_node *kl_rb_find(const kl_rb_tree *t, const kl_rb_node *probe);

/* kl_rb_lower_bound: the first node of t not before probe (>= probe), or
 * NULL. */
KL_API kl_rb_node *kl_rb_lower_bound(const kl_rb_tree *t, const kl_rb_node *probe);

/* kl_rb_upper_bound: the first node of t after probe (> probe), or NULL. */
KL_API kl_rb_node *kl_rb_upper_bound(const kl_rb_tree *t, const kl_rb_node *probe);

/* kl_rb_first, kl_rb_last: the least and the greatest node of t, or NULL
 * when t is empty. */
KL_API kl_rb_node *kl_rb_first(const kl_rb_tree *t);
KL_API kl_rb_node *kl_rb_last(const kl_rb_tree *t);

/* kl_rb_next, kl_rb_prev: the node after (before) node in order, or NULL
 * when node is the last (first). */
KL_API kl_rb_node *kl_rb_next(const kl_rb_node *node);
KL_API kl_rb_node *kl_rb_prev(const kl_rb_node *node);

/* kl_rb_check: check every red-black tree invariant of t: the root is
 * black; no red node has a red child; every path from a node to its
 * leaves passes the same number of black nodes; every child's parent
 * pointer points at its parent; in-order neighbours are in order (cmp);
 * t->len is the number of nodes.  Returns NULL when all hold, else a
 * message naming the first broken one.  O(n); for tests. */
KL_API const char *kl_rb_check(const kl_rb_tree *t);

/* KL_RB_FOR_EACH(node, t): for each node (a kl_rb_node *) of tree t (a
 * kl_rb_tree *), in order.  The body must not erase node. */
#define KL_RB_FOR_EACH(node, t)                                                \
    for ((node) = kl_rb_first(t); (node) != NULL; (node) = kl_rb_next(node))

/* KL_RB_FOR_EACH_REVERSE(node, t): the same, greatest first. */
#define KL_RB_FOR_EACH_REVERSE(node, t)                                        \
    for ((node) = kl_rb_last(t); (node) != NULL; (node) = kl_rb_prev(node))

/* KL_RB_FOR_EACH_SAFE(node, tmp, t): in order; the body may erase node
 * (tmp, a kl_rb_node *, holds the next one, fetched before). */
#define KL_RB_FOR_EACH_SAFE(node, tmp, t)                                      \
    for ((node) = kl_rb_first(t), (tmp) = (node) ? kl_rb_next(node) : NULL;    \
         (node) != NULL; (node) = (tmp), (tmp) = (node) ? kl_rb_next(node) : NULL)

/* KL_RB_FOR_EACH_REVERSE_SAFE(node, tmp, t): greatest first; the body may
 * erase node. */
#define KL_RB_FOR_EACH_REVERSE_SAFE(node, tmp, t)                              \
    for ((node) = kl_rb_last(t), (tmp) = (node) ? kl_rb_prev(node) : NULL;     \
         (node) != NULL; (node) = (tmp), (tmp) = (node) ? kl_rb_prev(node) : NULL)

KL_END_DECLS

#endif /* KEEL_RBTREE_H */
