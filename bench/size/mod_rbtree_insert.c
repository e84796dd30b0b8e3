/* bench/size/mod_rbtree_insert.c -- make size: kl_rb_insert alone (intrusive red-black tree insert).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/rbtree.h>
#include <keel/panic.h>

typedef struct item {
    kl_rb_node node;
    int key;
} item;
static int cmp(const kl_rb_node *a, const kl_rb_node *b)
{
    return KL_RB_ENTRY(a, item, node)->key - KL_RB_ENTRY(b, item, node)->key;
}
static item items[4] = { { .key = 3 }, { .key = 1 }, { .key = 2 }, { .key = 4 } };
static kl_rb_tree tree = KL_RB_TREE_INIT(cmp);

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    for (int i = 0; i < 4; i++)
        (void)kl_rb_insert(&tree, &items[i].node);
    return (int)tree.len;
}
