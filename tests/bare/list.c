/* Tests of keel/list.h: every operation against the expected order, both
 * directions of iteration, removal during iteration, poisoning and the
 * double-remove panic (this program is built without NDEBUG). */
#include <keel/list.h>
#include "../harness.h"

/* Check records every assertion that passes (a write per assertion), too
 * slow for the loops here: these assert only on failure. */
#define REQUIRE(c) ((c) ? (void)0 : ck_abort_msg("assertion failed: %s", #c))
#define REQUIRE_OP(x, op, y)                                                   \
    ((x)op(y) ? (void)0 : ck_abort_msg("assertion failed: %s %s %s", #x, #op, #y))

typedef struct item {
    int id;
    kl_list link;
} item;

/* Check that head's list holds exactly ids[0..n) front to back, and that
 * every link's neighbours point back. */
static void expect(const kl_list *head, const int *ids, size_t n)
{
    size_t i = 0;
    const kl_list *l;
    KL_LIST_FOR_EACH(l, head) {
        REQUIRE_OP(i, <, n);
        REQUIRE_OP(KL_LIST_ENTRY(l, item, link)->id, ==, ids[i]);
        REQUIRE_OP(l->next->prev, ==, l);
        REQUIRE_OP(l->prev->next, ==, l);
        i++;
    }
    REQUIRE_OP(i, ==, n);
    REQUIRE_OP(kl_list_len(head), ==, n);
    REQUIRE(kl_list_empty(head) == (n == 0));
    REQUIRE(kl_list_is_singular(head) == (n == 1));
    KL_LIST_FOR_EACH_REVERSE(l, head) {
        REQUIRE_OP(i, >, 0);
        i--;
        REQUIRE_OP(KL_LIST_ENTRY(l, item, link)->id, ==, ids[i]);
    }
    REQUIRE_OP(i, ==, 0);
}

START_TEST(static_init_is_empty)
{
    static kl_list head = KL_LIST_INIT(head);
    REQUIRE(kl_list_empty(&head));
    REQUIRE_OP(kl_list_first(&head), ==, NULL);
    REQUIRE_OP(kl_list_last(&head), ==, NULL);
    REQUIRE_OP(kl_list_len(&head), ==, 0);
    kl_list h2;
    kl_list_init(&h2);
    REQUIRE(kl_list_empty(&h2));
    REQUIRE_OP(h2.next, ==, &h2);
    REQUIRE_OP(h2.prev, ==, &h2);
}
END_TEST

START_TEST(insert_everywhere)
{
    item it[6];
    for (int i = 0; i < 6; i++)
        it[i].id = i;
    kl_list head = KL_LIST_INIT(head);
    kl_list_insert_tail(&head, &it[2].link);
    kl_list_insert_head(&head, &it[0].link);
    kl_list_insert_tail(&head, &it[4].link);
    kl_list_insert_after(&it[0].link, &it[1].link);
    kl_list_insert_before(&it[4].link, &it[3].link);
    kl_list_insert_after(&it[4].link, &it[5].link);
    expect(&head, (int[]){ 0, 1, 2, 3, 4, 5 }, 6);
    REQUIRE_OP(kl_list_first(&head), ==, &it[0].link);
    REQUIRE_OP(kl_list_last(&head), ==, &it[5].link);
    REQUIRE_OP(kl_list_next(&head, &it[2].link), ==, &it[3].link);
    REQUIRE_OP(kl_list_next(&head, &it[5].link), ==, NULL);
    REQUIRE_OP(kl_list_prev(&head, &it[2].link), ==, &it[1].link);
    REQUIRE_OP(kl_list_prev(&head, &it[0].link), ==, NULL);
    /* The head as a position: after it is the front, before it the back. */
    item a = { .id = 10 }, b = { .id = 11 };
    kl_list_insert_after(&head, &a.link);
    kl_list_insert_before(&head, &b.link);
    expect(&head, (int[]){ 10, 0, 1, 2, 3, 4, 5, 11 }, 8);
}
END_TEST

START_TEST(remove_and_poison)
{
    item it[4];
    kl_list head = KL_LIST_INIT(head);
    for (int i = 0; i < 4; i++) {
        it[i].id = i;
        kl_list_insert_tail(&head, &it[i].link);
    }
    kl_list_remove(&it[1].link);
    REQUIRE_OP(it[1].link.next, ==, KL_LIST_POISON_NEXT);
    REQUIRE_OP(it[1].link.prev, ==, KL_LIST_POISON_PREV);
    REQUIRE_OP(KL_LIST_POISON_NEXT, !=, KL_LIST_POISON_PREV);
    expect(&head, (int[]){ 0, 2, 3 }, 3);
    kl_list_remove(&it[0].link);
    kl_list_remove(&it[3].link);
    expect(&head, (int[]){ 2 }, 1);
    kl_list_remove(&it[2].link);
    expect(&head, NULL, 0);
    /* A removed link can go back in. */
    kl_list_insert_head(&head, &it[3].link);
    kl_list_insert_head(&head, &it[1].link);
    expect(&head, (int[]){ 1, 3 }, 2);
}
END_TEST

START_TEST(double_remove_panics)
{
    item a = { .id = 1 }, b = { .id = 2 };
    kl_list head = KL_LIST_INIT(head);
    kl_list_insert_tail(&head, &a.link);
    kl_list_insert_tail(&head, &b.link);
    kl_list_remove(&a.link);
    KL_EXPECT_PANIC(kl_list_remove(&a.link));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_list: removing a link that is in no list (removed twice?)");
    KL_EXPECT_PANIC(kl_list_move_tail(&head, &a.link));
    expect(&head, (int[]){ 2 }, 1);
    /* A link whose neighbours do not point back is caught too. */
    item c = { .id = 3 };
    c.link.next = &head;
    c.link.prev = &b.link;
    KL_EXPECT_PANIC(kl_list_remove(&c.link));
    ck_assert_str_eq(kl_test_panic_message(),
                     "kl_list: corrupted list (a neighbour does not point back)");
    expect(&head, (int[]){ 2 }, 1);
}
END_TEST

START_TEST(remove_init_is_idempotent)
{
    item a = { .id = 1 };
    kl_list head = KL_LIST_INIT(head);
    kl_list_insert_tail(&head, &a.link);
    kl_list_remove_init(&a.link);
    REQUIRE(kl_list_empty(&a.link));
    kl_list_remove_init(&a.link);
    kl_list_remove(&a.link);
    expect(&head, NULL, 0);
}
END_TEST

START_TEST(move)
{
    item it[5];
    kl_list x = KL_LIST_INIT(x), y = KL_LIST_INIT(y);
    for (int i = 0; i < 5; i++) {
        it[i].id = i;
        kl_list_insert_tail(&x, &it[i].link);
    }
    kl_list_move_tail(&x, &it[0].link); /* within one list */
    expect(&x, (int[]){ 1, 2, 3, 4, 0 }, 5);
    kl_list_move_head(&x, &it[4].link);
    expect(&x, (int[]){ 4, 1, 2, 3, 0 }, 5);
    kl_list_move_head(&y, &it[2].link); /* to another list */
    kl_list_move_tail(&y, &it[4].link);
    kl_list_move_head(&y, &it[0].link);
    expect(&x, (int[]){ 1, 3 }, 2);
    expect(&y, (int[]){ 0, 2, 4 }, 3);
}
END_TEST

START_TEST(splice)
{
    item it[7];
    kl_list x = KL_LIST_INIT(x), y = KL_LIST_INIT(y), z = KL_LIST_INIT(z);
    for (int i = 0; i < 7; i++)
        it[i].id = i;
    kl_list_insert_tail(&x, &it[0].link);
    kl_list_insert_tail(&x, &it[1].link);
    kl_list_insert_tail(&y, &it[2].link);
    kl_list_insert_tail(&y, &it[3].link);
    kl_list_splice_tail(&x, &y);
    expect(&x, (int[]){ 0, 1, 2, 3 }, 4);
    expect(&y, NULL, 0);
    kl_list_insert_tail(&y, &it[4].link);
    kl_list_insert_tail(&y, &it[5].link);
    kl_list_splice_head(&x, &y);
    expect(&x, (int[]){ 4, 5, 0, 1, 2, 3 }, 6);
    expect(&y, NULL, 0);
    kl_list_splice_head(&x, &z); /* empty: nothing happens */
    kl_list_splice_tail(&x, &z);
    expect(&x, (int[]){ 4, 5, 0, 1, 2, 3 }, 6);
    kl_list_splice_tail(&z, &x); /* into an empty list */
    expect(&z, (int[]){ 4, 5, 0, 1, 2, 3 }, 6);
    expect(&x, NULL, 0);
    kl_list_insert_tail(&x, &it[6].link); /* single element */
    kl_list_splice_head(&z, &x);
    expect(&z, (int[]){ 6, 4, 5, 0, 1, 2, 3 }, 7);
}
END_TEST

START_TEST(entry_iteration)
{
    item it[5];
    kl_list head = KL_LIST_INIT(head);
    item *pos, *tmp;
    int n = 0;
    KL_LIST_FOR_EACH_ENTRY(pos, &head, item, link)
        n++;
    KL_LIST_FOR_EACH_ENTRY_REVERSE(pos, &head, item, link)
        n++;
    REQUIRE_OP(n, ==, 0);
    for (int i = 0; i < 5; i++) {
        it[i].id = i * 10;
        kl_list_insert_tail(&head, &it[i].link);
    }
    int sum = 0;
    KL_LIST_FOR_EACH_ENTRY(pos, &head, item, link)
        sum = sum * 2 + pos->id;
    REQUIRE_OP(sum, ==, (((0 * 2 + 10) * 2 + 20) * 2 + 30) * 2 + 40);
    sum = 0;
    KL_LIST_FOR_EACH_ENTRY_REVERSE(pos, &head, item, link)
        sum = sum * 2 + pos->id;
    REQUIRE_OP(sum, ==, (((40 * 2 + 30) * 2 + 20) * 2 + 10) * 2 + 0);
    /* Remove the odd positions while iterating, forwards... */
    int k = 0;
    KL_LIST_FOR_EACH_ENTRY_SAFE(pos, tmp, &head, item, link)
        if (k++ % 2 == 1)
            kl_list_remove(&pos->link);
    expect(&head, (int[]){ 0, 20, 40 }, 3);
    /* ...then everything, backwards, recording the order. */
    int order[3], m = 0;
    KL_LIST_FOR_EACH_ENTRY_REVERSE_SAFE(pos, tmp, &head, item, link) {
        order[m++] = pos->id;
        kl_list_remove(&pos->link);
    }
    REQUIRE_OP(m, ==, 3);
    REQUIRE_OP(order[0], ==, 40);
    REQUIRE_OP(order[1], ==, 20);
    REQUIRE_OP(order[2], ==, 0);
    expect(&head, NULL, 0);
}
END_TEST

START_TEST(link_iteration_safe)
{
    item it[6];
    kl_list head = KL_LIST_INIT(head), other = KL_LIST_INIT(other);
    for (int i = 0; i < 6; i++) {
        it[i].id = i;
        kl_list_insert_tail(&head, &it[i].link);
    }
    kl_list *l, *tmp;
    KL_LIST_FOR_EACH_SAFE(l, tmp, &head)
        if (KL_LIST_ENTRY(l, item, link)->id % 3 == 0)
            kl_list_move_tail(&other, l);
    expect(&head, (int[]){ 1, 2, 4, 5 }, 4);
    expect(&other, (int[]){ 0, 3 }, 2);
    KL_LIST_FOR_EACH_REVERSE_SAFE(l, tmp, &head)
        if (KL_LIST_ENTRY(l, item, link)->id % 2 == 0)
            kl_list_move_tail(&other, l);
    expect(&head, (int[]){ 1, 5 }, 2);
    expect(&other, (int[]){ 0, 3, 4, 2 }, 4);
}
END_TEST

/* Random operations against an array model. */
static uint32_t rng_state = 12345;

static uint32_t rnd(uint32_t n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return (rng_state >> 8) % n;
}

enum { NITEMS = 64 };

START_TEST(random_against_model)
{
    item it[NITEMS];
    bool in[NITEMS] = { false };
    int model[NITEMS];
    size_t len = 0;
    kl_list head = KL_LIST_INIT(head);
    for (int i = 0; i < NITEMS; i++)
        it[i].id = i;
    long ops = kl_test_iterations(20000, 10);
    for (long op = 0; op < ops; op++) {
        int i = (int)rnd(NITEMS);
        if (!in[i]) {
            if (rnd(2) == 0) {
                kl_list_insert_head(&head, &it[i].link);
                for (size_t j = len; j > 0; j--)
                    model[j] = model[j - 1];
                model[0] = i;
            } else {
                kl_list_insert_tail(&head, &it[i].link);
                model[len] = i;
            }
            len++;
            in[i] = true;
        } else {
            size_t j = 0;
            while (model[j] != i)
                j++;
            for (; j + 1 < len; j++)
                model[j] = model[j + 1];
            len--;
            if (rnd(2) == 0) {
                kl_list_remove(&it[i].link);
                in[i] = false;
            } else {
                kl_list_move_tail(&head, &it[i].link);
                model[len++] = i;
            }
        }
        if (op % 64 == 0 || op == ops - 1)
            expect(&head, model, len);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("list");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, static_init_is_empty);
    tcase_add_test(tc, insert_everywhere);
    tcase_add_test(tc, remove_and_poison);
    tcase_add_test(tc, double_remove_panics);
    tcase_add_test(tc, remove_init_is_idempotent);
    tcase_add_test(tc, move);
    tcase_add_test(tc, splice);
    tcase_add_test(tc, entry_iteration);
    tcase_add_test(tc, link_iteration_safe);
    tcase_add_test(tc, random_against_model);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
