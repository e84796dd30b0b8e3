/* Tests of keel/deque.h: a model-checked random run (1e5 operations
 * against a plain array), the same run with allocation failure injected
 * at every allocation, growth of wrapped contents, and the panics. */
#include <string.h>

#include <keel/deque.h>
#include <keel/rand.h>
#include "../harness.h"
#include "failing_alloc.h"

KL_DEQUE_DEFINE(u32_deque, uint32_t)

typedef struct trip { uint16_t a[3]; } trip; /* size 6, alignment 2 */
KL_DEQUE_DEFINE(trip_deque, trip)

#define MODEL_MAX 500
typedef struct model {
    uint32_t a[MODEL_MAX + 8];
    size_t n;
} model;

/* The whole deque against the model, four ways: get, at, the iterator
 * and the two slices. */
static void check_same(u32_deque *d, const model *m)
{
    ck_assert_uint_eq(u32_deque_len(d), m->n);
    ck_assert_uint_le(d->raw.len, d->raw.cap);
    ck_assert(d->raw.head < d->raw.cap || d->raw.cap == 0);
    for (size_t i = 0; i < m->n; i++) {
        ck_assert_uint_eq(*u32_deque_get(d, i), m->a[i]);
        ck_assert_uint_eq(*(uint32_t *)kl_deque_at(&d->raw, i, 4), m->a[i]);
    }
    ck_assert_ptr_eq(u32_deque_get(d, m->n), NULL);
    kl_deque_iter it;
    u32_deque_iter(d, &it);
    size_t i = 0;
    for (uint32_t *p; (p = u32_deque_iter_next(&it)) != NULL; i++)
        ck_assert_uint_eq(*p, m->a[i]);
    ck_assert_uint_eq(i, m->n);
    kl_vec_view a, b;
    kl_deque_as_slices(&d->raw, 4, &a, &b);
    ck_assert_uint_eq(a.len + b.len, m->n);
    if (a.len > 0)
        ck_assert_int_eq(memcmp(a.ptr, m->a, a.len * 4), 0);
    if (b.len > 0)
        ck_assert_int_eq(memcmp(b.ptr, m->a + a.len, b.len * 4), 0);
}

static long run_ops(u32_deque *d, model *m, kl_rand *r, long ops)
{
    long failures = 0;
    for (long op = 0; op < ops; op++) {
        kl_deque before = d->raw;
        uint32_t x = kl_rand_u32(r);
        unsigned what = (unsigned)kl_rand_below(r, 100);
        if (m->n >= MODEL_MAX && what < 50)
            what += 50;
        kl_err err = KL_OK;
        if (what < 22) {
            err = (x & 1) ? u32_deque_push_back(d, x)
                          : kl_deque_push_back(&d->raw, &x, 4, 4);
            if (err == KL_OK)
                m->a[m->n++] = x;
        } else if (what < 44) {
            err = (x & 1) ? u32_deque_push_front(d, x)
                          : kl_deque_push_front(&d->raw, &x, 4, 4);
            if (err == KL_OK) {
                memmove(m->a + 1, m->a, m->n * 4);
                m->a[0] = x;
                m->n++;
            }
        } else if (what < 50) {
            size_t k = (size_t)kl_rand_below(r, 40);
            err = u32_deque_reserve(d, k);
            if (err == KL_OK)
                ck_assert_uint_ge(d->raw.cap - d->raw.len, k);
        } else if (what < 70) {
            uint32_t got;
            bool ok = (x & 1) ? u32_deque_pop_back(d, &got)
                              : kl_deque_pop_back(&d->raw, &got, 4);
            ck_assert(ok == (m->n > 0));
            if (ok)
                ck_assert_uint_eq(got, m->a[--m->n]);
        } else if (what < 90) {
            uint32_t got;
            bool ok = (x & 1) ? u32_deque_pop_front(d, &got)
                              : kl_deque_pop_front(&d->raw, &got, 4);
            ck_assert(ok == (m->n > 0));
            if (ok) {
                ck_assert_uint_eq(got, m->a[0]);
                memmove(m->a, m->a + 1, --m->n * 4);
            }
        } else if (what < 99) {
            if (m->n > 0) {
                size_t i = (size_t)kl_rand_below(r, m->n);
                ck_assert_uint_eq(*u32_deque_at(d, i), m->a[i]);
                ck_assert_uint_eq(*u32_deque_front(d), m->a[0]);
                ck_assert_uint_eq(*u32_deque_back(d), m->a[m->n - 1]);
                *u32_deque_at(d, i) = x;
                m->a[i] = x;
            } else {
                ck_assert_ptr_eq(u32_deque_front(d), NULL);
                ck_assert_ptr_eq(u32_deque_back(d), NULL);
            }
        } else {
            u32_deque_clear(d);
            m->n = 0;
            ck_assert_uint_eq(d->raw.cap, before.cap);
        }
        if (err != KL_OK) {
            ck_assert_int_eq(err, KL_ENOMEM);
            ck_assert(memcmp(&before, &d->raw, sizeof before) == 0);
            check_same(d, m);
            failures++;
            continue;
        }
        ck_assert_uint_eq(u32_deque_len(d), m->n);
        ck_assert(u32_deque_is_empty(d) == (m->n == 0));
        if (op % 32 == 0)
            check_same(d, m);
    }
    check_same(d, m);
    return failures;
}

START_TEST(random_operations_against_a_model)
{
    static model m;
    m.n = 0;
    u32_deque d = { KL_DEQUE_INIT };
    kl_rand r;
    kl_rand_seed(&r, 20261121);
    ck_assert_int_eq(run_ops(&d, &m, &r, kl_test_iterations(100000, 20)), 0);
    u32_deque_free(&d);
    ck_assert_uint_eq(d.raw.cap, 0);
}
END_TEST

START_TEST(every_allocation_failure_leaves_the_deque_intact)
{
    long ks = 0;
    for (long k = 1;; k++) {
        static model m;
        m.n = 0;
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        u32_deque d;
        u32_deque_init(&d, &f.allocator);
        kl_rand r;
        kl_rand_seed(&r, 11);
        long failures = run_ops(&d, &m, &r, 3000);
        ck_assert_int_eq(failures, f.failed ? 1 : 0);
        ck_assert_uint_eq(f.live_bytes, d.raw.cap * 4);
        u32_deque_free(&d);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert_uint_eq(f.live_blocks, 0);
        if (!f.failed)
            break;
        ks++;
        ck_assert_int_lt(k, 10000);
    }
    ck_assert_int_ge(ks, 4);
}
END_TEST

/* Fill a deque of capacity 8 so that its contents wrap with `front`
 * elements before the end of the block, then grow it: the order holds
 * whichever part moves. */
static void grow_wrapped(size_t front, size_t total)
{
    trip_deque d;
    trip_deque_init(&d, NULL);
    ck_assert_int_eq(trip_deque_reserve(&d, 8), KL_OK);
    ck_assert_uint_eq(d.raw.cap, 8);
    uint16_t next = 0;
    for (size_t i = 0; i < total - front; i++) {
        trip t = { { next, (uint16_t)(next * 3), 7 } };
        next++;
        ck_assert_int_eq(trip_deque_push_back(&d, t), KL_OK);
    }
    for (size_t i = 0; i < front; i++) {
        uint16_t v = (uint16_t)(1000 + i);
        trip t = { { v, (uint16_t)(v * 3), 7 } };
        ck_assert_int_eq(trip_deque_push_front(&d, t), KL_OK);
    }
    ck_assert_uint_eq(d.raw.cap, 8);
    ck_assert_uint_eq(d.raw.head, 8 - front);
    /* Two more: the second push grows the block (8 -> 16). */
    for (int k = 0; k < 10; k++) {
        trip t = { { (uint16_t)(2000 + k), (uint16_t)((2000 + k) * 3), 7 } };
        ck_assert_int_eq(trip_deque_push_back(&d, t), KL_OK);
    }
    ck_assert_uint_ge(d.raw.cap, total + 10);
    size_t i = 0;
    for (size_t j = front; j-- > 0; i++)
        ck_assert_uint_eq(trip_deque_at(&d, i)->a[0], 1000 + j);
    for (size_t j = 0; j < total - front; j++, i++)
        ck_assert_uint_eq(trip_deque_at(&d, i)->a[0], j);
    for (int k = 0; k < 10; k++, i++) {
        ck_assert_uint_eq(trip_deque_at(&d, i)->a[0], 2000 + k);
        ck_assert_uint_eq(trip_deque_at(&d, i)->a[1], (uint16_t)((2000 + k) * 3));
    }
    ck_assert_uint_eq(i, trip_deque_len(&d));
    trip_deque_free(&d);
}

START_TEST(growth_keeps_wrapped_contents_in_order)
{
    for (size_t front = 1; front < 8; front++)
        for (size_t total = front + 1; total <= 8; total++)
            grow_wrapped(front, total);
}
END_TEST

START_TEST(index_out_of_range_panics)
{
    u32_deque d = { KL_DEQUE_INIT };
    KL_EXPECT_PANIC((void)u32_deque_at(&d, 0));
    ck_assert_str_eq(kl_test_panic_message(),
                     "index out of bounds: the len is 0 but the index is 0");
    ck_assert_int_eq(u32_deque_push_front(&d, 5), KL_OK);
    KL_EXPECT_PANIC((void)kl_deque_at(&d.raw, 3, 4));
    ck_assert_str_eq(kl_test_panic_message(),
                     "index out of bounds: the len is 1 but the index is 3");
    ck_assert_int_eq(kl_deque_reserve(&d.raw, SIZE_MAX, 4, 4), KL_ENOMEM);
    ck_assert_uint_eq(*u32_deque_at(&d, 0), 5);
    u32_deque_free(&d);
}
END_TEST

static Suite *deque_suite(void)
{
    Suite *s = suite_create("deque");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, random_operations_against_a_model);
    tcase_add_test(tc, every_allocation_failure_leaves_the_deque_intact);
    tcase_add_test(tc, growth_keeps_wrapped_contents_in_order);
    tcase_add_test(tc, index_out_of_range_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(deque_suite)
