/* Tests of keel/rbtree.h: fixed cases, then random operations against a
 * sorted-array model (insert, insert_multi, erase, find, lower and upper
 * bound, iteration both ways, erasing while iterating), with every
 * invariant checked by kl_rb_check after each operation.  100,000
 * operations on a host (x10 with KL_TEST_LONG), 4,000 on a Cortex-M3
 * under qemu.  This program is built without NDEBUG: erased nodes are
 * poisoned. */
#include <keel/rbtree.h>
#include "../harness.h"

/* Check records every assertion that passes (a write per assertion), too
 * slow for the loops here: these assert only on failure. */
#define REQUIRE(c) ((c) ? (void)0 : ck_abort_msg("assertion failed: %s", #c))
#define REQUIRE_OP(x, op, y)                                                   \
    ((x)op(y) ? (void)0 : ck_abort_msg("assertion failed: %s %s %s", #x, #op, #y))

typedef struct item {
    int key;
    int id;
    kl_rb_node node;
} item;

static int item_cmp(const kl_rb_node *a, const kl_rb_node *b)
{
    int x = KL_RB_ENTRY(a, item, node)->key;
    int y = KL_RB_ENTRY(b, item, node)->key;
    return (x > y) - (x < y);
}

static int key_of(const kl_rb_node *n)
{
    return KL_RB_ENTRY(n, item, node)->key;
}

static void check(const kl_rb_tree *t)
{
    const char *why = kl_rb_check(t);
    if (why != NULL)
        ck_abort_msg("rbtree invariant broken: %s", why);
}

START_TEST(empty_tree)
{
    kl_rb_tree t = KL_RB_TREE_INIT(item_cmp);
    item probe = { .key = 1 };
    REQUIRE(kl_rb_empty(&t));
    REQUIRE_OP(kl_rb_len(&t), ==, 0);
    REQUIRE_OP(kl_rb_first(&t), ==, NULL);
    REQUIRE_OP(kl_rb_last(&t), ==, NULL);
    REQUIRE_OP(kl_rb_find(&t, &probe.node), ==, NULL);
    REQUIRE_OP(kl_rb_lower_bound(&t, &probe.node), ==, NULL);
    REQUIRE_OP(kl_rb_upper_bound(&t, &probe.node), ==, NULL);
    check(&t);
    kl_rb_node *n;
    int count = 0;
    KL_RB_FOR_EACH(n, &t)
        count++;
    REQUIRE_OP(count, ==, 0);
}
END_TEST

START_TEST(ascending_inserts_stay_balanced)
{
    enum { N = 1023 };
    static item it[N];
    kl_rb_tree t;
    kl_rb_init(&t, item_cmp);
    for (int i = 0; i < N; i++) {
        it[i].key = i;
        REQUIRE_OP(kl_rb_insert(&t, &it[i].node), ==, NULL);
    }
    check(&t);
    REQUIRE_OP(kl_rb_len(&t), ==, N);
    /* Height at most 2 log2(n + 1) = 20. */
    int height = 0;
    for (int i = 0; i < N; i++) {
        int h = 0;
        for (const kl_rb_node *n = &it[i].node; n != NULL;
             n = (const kl_rb_node *)(n->parent_color & ~(uintptr_t)1))
            h++;
        if (h > height)
            height = h;
    }
    REQUIRE_OP(height, <=, 20);
    REQUIRE_OP(kl_rb_first(&t), ==, &it[0].node);
    REQUIRE_OP(kl_rb_last(&t), ==, &it[N - 1].node);
    int i = 0;
    kl_rb_node *n;
    KL_RB_FOR_EACH(n, &t)
        REQUIRE_OP(key_of(n), ==, i++);
    REQUIRE_OP(i, ==, N);
    KL_RB_FOR_EACH_REVERSE(n, &t)
        REQUIRE_OP(key_of(n), ==, --i);
    REQUIRE_OP(i, ==, 0);
}
END_TEST

START_TEST(duplicates)
{
    item a = { .key = 5, .id = 1 }, b = { .key = 5, .id = 2 }, c = { .key = 5, .id = 3 };
    item d = { .key = 3, .id = 4 }, e = { .key = 7, .id = 5 };
    kl_rb_tree t = KL_RB_TREE_INIT(item_cmp);
    REQUIRE_OP(kl_rb_insert(&t, &a.node), ==, NULL);
    REQUIRE_OP(kl_rb_insert(&t, &b.node), ==, &a.node); /* rejected */
    REQUIRE_OP(kl_rb_len(&t), ==, 1);
    kl_rb_insert_multi(&t, &b.node);
    kl_rb_insert_multi(&t, &c.node);
    REQUIRE_OP(kl_rb_insert(&t, &d.node), ==, NULL);
    REQUIRE_OP(kl_rb_insert(&t, &e.node), ==, NULL);
    check(&t);
    /* Equal keys iterate in insertion order. */
    int ids[5], k = 0;
    kl_rb_node *n;
    KL_RB_FOR_EACH(n, &t)
        ids[k++] = KL_RB_ENTRY(n, item, node)->id;
    REQUIRE_OP(k, ==, 5);
    REQUIRE_OP(ids[0], ==, 4);
    REQUIRE_OP(ids[1], ==, 1);
    REQUIRE_OP(ids[2], ==, 2);
    REQUIRE_OP(ids[3], ==, 3);
    REQUIRE_OP(ids[4], ==, 5);
    item probe = { .key = 5 };
    REQUIRE_OP(kl_rb_lower_bound(&t, &probe.node), ==, &a.node);
    REQUIRE_OP(kl_rb_upper_bound(&t, &probe.node), ==, &e.node);
    REQUIRE_OP(key_of(kl_rb_find(&t, &probe.node)), ==, 5);
    probe.key = 4;
    REQUIRE_OP(kl_rb_lower_bound(&t, &probe.node), ==, &a.node);
    REQUIRE_OP(kl_rb_upper_bound(&t, &probe.node), ==, &a.node);
    REQUIRE_OP(kl_rb_find(&t, &probe.node), ==, NULL);
    probe.key = 7;
    REQUIRE_OP(kl_rb_lower_bound(&t, &probe.node), ==, &e.node);
    REQUIRE_OP(kl_rb_upper_bound(&t, &probe.node), ==, NULL);
    probe.key = 2;
    REQUIRE_OP(kl_rb_lower_bound(&t, &probe.node), ==, &d.node);
    REQUIRE_OP(kl_rb_prev(&a.node), ==, &d.node);
    REQUIRE_OP(kl_rb_prev(&d.node), ==, NULL);
    REQUIRE_OP(kl_rb_next(&e.node), ==, NULL);
}
END_TEST

START_TEST(erase_poisons_and_double_erase_panics)
{
    item it[10];
    kl_rb_tree t = KL_RB_TREE_INIT(item_cmp);
    for (int i = 0; i < 10; i++) {
        it[i].key = i;
        REQUIRE_OP(kl_rb_insert(&t, &it[i].node), ==, NULL);
    }
    kl_rb_erase(&t, &it[4].node);
    check(&t);
    REQUIRE_OP(kl_rb_len(&t), ==, 9);
    REQUIRE(it[4].node.parent_color == KL_RB_POISON_PARENT);
    REQUIRE_OP(it[4].node.left, ==, KL_RB_POISON_LEFT);
    REQUIRE_OP(it[4].node.right, ==, KL_RB_POISON_RIGHT);
    KL_EXPECT_PANIC(kl_rb_erase(&t, &it[4].node));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_rb_erase: the node is in no tree (erased twice?)");
    check(&t);
    REQUIRE_OP(kl_rb_len(&t), ==, 9);
    /* An erased node can be inserted again. */
    REQUIRE_OP(kl_rb_insert(&t, &it[4].node), ==, NULL);
    check(&t);
    REQUIRE_OP(kl_rb_len(&t), ==, 10);
}
END_TEST

START_TEST(check_finds_broken_trees)
{
    item it[3];
    kl_rb_tree t = KL_RB_TREE_INIT(item_cmp);
    for (int i = 0; i < 3; i++) {
        it[i].key = i;
        REQUIRE_OP(kl_rb_insert(&t, &it[i].node), ==, NULL);
    }
    check(&t); /* 1 black at the root, 0 and 2 red */
    it[0].key = 9;
    ck_assert_str_eq(kl_rb_check(&t), "nodes are out of order");
    it[0].key = 0;
    it[0].node.parent_color |= 1; /* 0 black: black heights differ */
    ck_assert_str_eq(kl_rb_check(&t), "black heights differ");
    it[0].node.parent_color &= ~(uintptr_t)1;
    it[1].node.parent_color &= ~(uintptr_t)1; /* a red root */
    ck_assert_str_eq(kl_rb_check(&t), "the root is red");
    it[1].node.parent_color |= 1;
    t.len = 4;
    ck_assert_str_eq(kl_rb_check(&t), "len is not the number of nodes");
    t.len = 3;
    it[2].node.parent_color = (uintptr_t)&it[0].node; /* red, wrong parent */
    ck_assert_str_eq(kl_rb_check(&t), "a child's parent pointer is wrong");
    it[2].node.parent_color = (uintptr_t)&it[1].node;
    check(&t);
}
END_TEST

/* The model: the nodes of the tree in order, as item pointers. */
enum { POOL = 600, KEYS = 400 };
static item pool[POOL];
static item *model[POOL];
static size_t model_len;
static bool in_tree[POOL];

static uint64_t rng_state = 0x853c49e6748fea9bu;

static uint32_t rnd(uint32_t n)
{
    rng_state = rng_state * 6364136223846793005u + 1442695040888963407u;
    return (uint32_t)((rng_state >> 33) % n);
}

/* The first model index whose key is >= key (strict: > key). */
static size_t model_bound(int key, bool strict)
{
    size_t lo = 0, hi = model_len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strict ? model[mid]->key <= key : model[mid]->key < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static void model_insert_at(size_t pos, item *it)
{
    for (size_t j = model_len; j > pos; j--)
        model[j] = model[j - 1];
    model[pos] = it;
    model_len++;
}

static void model_erase(item *it)
{
    size_t j = model_bound(it->key, false);
    while (model[j] != it)
        j++;
    for (; j + 1 < model_len; j++)
        model[j] = model[j + 1];
    model_len--;
}

static void compare_in_order(const kl_rb_tree *t)
{
    size_t i = 0;
    kl_rb_node *n;
    KL_RB_FOR_EACH(n, t) {
        REQUIRE_OP(i, <, model_len);
        REQUIRE_OP(n, ==, &model[i]->node);
        i++;
    }
    REQUIRE_OP(i, ==, model_len);
    KL_RB_FOR_EACH_REVERSE(n, t) {
        REQUIRE_OP(i, >, 0);
        REQUIRE_OP(n, ==, &model[--i]->node);
    }
    REQUIRE_OP(i, ==, 0);
}

static item *free_item(void)
{
    for (;;) {
        uint32_t i = rnd(POOL);
        if (!in_tree[i])
            return &pool[i];
    }
}

START_TEST(random_against_model)
{
    kl_rb_tree t = KL_RB_TREE_INIT(item_cmp);
    model_len = 0;
    for (int i = 0; i < POOL; i++) {
        pool[i].id = i;
        in_tree[i] = false;
    }
    long ops = kl_test_iterations(KL_PLATFORM_NONE ? 4000 : 100000, 10);
    long counts[8] = { 0 };
    for (long op = 0; op < ops; op++) {
        /* Keep the tree between a third and nine tenths of the pool. */
        uint32_t kind = rnd(100);
        if (model_len < POOL / 3 && kind >= 40)
            kind = rnd(40);
        if (model_len > POOL * 9 / 10 && kind < 40)
            kind = 40 + rnd(60);
        item probe = { .key = (int)rnd(KEYS) };
        if (kind < 25) { /* insert, unique */
            counts[0]++;
            item *it = free_item();
            it->key = probe.key;
            kl_rb_node *dup = kl_rb_insert(&t, &it->node);
            size_t lb = model_bound(it->key, false);
            if (lb < model_len && model[lb]->key == it->key) {
                REQUIRE_OP(dup, !=, NULL);
                REQUIRE_OP(key_of(dup), ==, it->key);
            } else {
                REQUIRE_OP(dup, ==, NULL);
                model_insert_at(lb, it);
                in_tree[it->id] = true;
            }
        } else if (kind < 40) { /* insert, duplicates allowed: after equals */
            counts[1]++;
            item *it = free_item();
            it->key = probe.key;
            kl_rb_insert_multi(&t, &it->node);
            model_insert_at(model_bound(it->key, true), it);
            in_tree[it->id] = true;
        } else if (kind < 65) { /* erase */
            counts[2]++;
            if (model_len == 0)
                continue;
            item *it = model[rnd((uint32_t)model_len)];
            kl_rb_erase(&t, &it->node);
            REQUIRE(it->node.parent_color == KL_RB_POISON_PARENT);
            model_erase(it);
            in_tree[it->id] = false;
        } else if (kind < 75) { /* find */
            counts[3]++;
            kl_rb_node *n = kl_rb_find(&t, &probe.node);
            size_t lb = model_bound(probe.key, false);
            if (lb < model_len && model[lb]->key == probe.key) {
                REQUIRE_OP(n, !=, NULL);
                REQUIRE_OP(key_of(n), ==, probe.key);
                REQUIRE(in_tree[KL_RB_ENTRY(n, item, node)->id]);
            } else {
                REQUIRE_OP(n, ==, NULL);
            }
        } else if (kind < 90) { /* bounds, and a step from them each way */
            counts[4]++;
            size_t lb = model_bound(probe.key, false), ub = model_bound(probe.key, true);
            kl_rb_node *l = kl_rb_lower_bound(&t, &probe.node);
            kl_rb_node *u = kl_rb_upper_bound(&t, &probe.node);
            REQUIRE_OP(l, ==, lb < model_len ? &model[lb]->node : NULL);
            REQUIRE_OP(u, ==, ub < model_len ? &model[ub]->node : NULL);
            if (l != NULL) {
                REQUIRE_OP(kl_rb_prev(l), ==, lb > 0 ? &model[lb - 1]->node : NULL);
                REQUIRE_OP(kl_rb_next(l), ==, lb + 1 < model_len ? &model[lb + 1]->node : NULL);
            }
        } else if (kind < 97) { /* full iteration both ways, first, last */
            counts[5]++;
            compare_in_order(&t);
            REQUIRE_OP(kl_rb_first(&t), ==, model_len ? &model[0]->node : NULL);
            REQUIRE_OP(kl_rb_last(&t), ==, model_len ? &model[model_len - 1]->node : NULL);
        } else { /* erase during iteration: every node with key % m == r */
            counts[6]++;
            int m = 2 + (int)rnd(15), r = (int)rnd((uint32_t)m);
            kl_rb_node *n, *next;
            if (rnd(2) == 0) {
                KL_RB_FOR_EACH_SAFE(n, next, &t) {
                    item *it = KL_RB_ENTRY(n, item, node);
                    if (it->key % m == r) {
                        kl_rb_erase(&t, n);
                        model_erase(it);
                        in_tree[it->id] = false;
                    }
                }
            } else {
                KL_RB_FOR_EACH_REVERSE_SAFE(n, next, &t) {
                    item *it = KL_RB_ENTRY(n, item, node);
                    if (it->key % m == r) {
                        kl_rb_erase(&t, n);
                        model_erase(it);
                        in_tree[it->id] = false;
                    }
                }
            }
            compare_in_order(&t);
        }
        check(&t);
        REQUIRE_OP(kl_rb_len(&t), ==, model_len);
    }
    compare_in_order(&t);
    /* Every kind of operation ran. */
    for (int k = 0; k < 7; k++)
        REQUIRE_OP(counts[k], >, 0);
    /* Empty it in order, checking as it shrinks. */
    kl_rb_node *n, *next;
    KL_RB_FOR_EACH_SAFE(n, next, &t) {
        kl_rb_erase(&t, n);
        check(&t);
    }
    REQUIRE(kl_rb_empty(&t));
    REQUIRE_OP(kl_rb_len(&t), ==, 0);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("rbtree");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, empty_tree);
    tcase_add_test(tc, ascending_inserts_stay_balanced);
    tcase_add_test(tc, duplicates);
    tcase_add_test(tc, erase_poisons_and_double_erase_panics);
    tcase_add_test(tc, check_finds_broken_trees);
    tcase_add_test(tc, random_against_model);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
