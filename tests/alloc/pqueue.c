/* Tests of keel/pqueue.h: model-checked random runs of the typed and the
 * type-erased heap (1e5 operations each against a plain array, the heap
 * property checked along the way), heapify and into_sorted, and
 * allocation failure injected at every allocation. */
#include <stdlib.h>
#include <string.h>

#include <keel/pqueue.h>
#include <keel/rand.h>
#include "../harness.h"
#include "failing_alloc.h"

#define U32_LESS(a, b) (*(a) < *(b))
KL_PQUEUE_DEFINE(u32_heap, uint32_t, U32_LESS)
KL_VEC_DEFINE(u32_vec, uint32_t)

#define MODEL_MAX 1000
typedef struct model {
    uint32_t a[MODEL_MAX + 8];
    size_t n;
} model;

static long less_calls;

static bool less_raw(const void *a, const void *b, void *ctx)
{
    ck_assert_ptr_eq(ctx, &less_calls);
    less_calls++;
    return *(const uint32_t *)a < *(const uint32_t *)b;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Remove the model's greatest element and return it. */
static uint32_t model_pop_max(model *m)
{
    size_t best = 0;
    for (size_t i = 1; i < m->n; i++)
        if (m->a[i] > m->a[best])
            best = i;
    uint32_t x = m->a[best];
    m->a[best] = m->a[--m->n];
    return x;
}

static void check_heap(const kl_vec *v, const model *m)
{
    const uint32_t *d = v->ptr;
    ck_assert_uint_eq(v->len, m->n);
    for (size_t i = 1; i < v->len; i++)
        ck_assert_uint_le(d[i], d[(i - 1) / 2]);
    /* The same multiset: sort copies of both. */
    static uint32_t x[MODEL_MAX + 8], y[MODEL_MAX + 8];
    if (m->n == 0)
        return;
    memcpy(x, d, m->n * 4);
    memcpy(y, m->a, m->n * 4);
    qsort(x, m->n, 4, cmp_u32);
    qsort(y, m->n, 4, cmp_u32);
    ck_assert_int_eq(memcmp(x, y, m->n * 4), 0);
}

/* One random step on whichever heap (typed when q is NULL). */
static long run_ops(u32_heap *h, kl_pqueue *q, model *m, kl_rand *r, long ops)
{
    long failures = 0;
    kl_vec *raw = h != NULL ? &h->raw : &q->vec;
    for (long op = 0; op < ops; op++) {
        kl_vec before = *raw;
        uint32_t x = kl_rand_u32(r);
        if (x & 0x100)
            x %= 50; /* duplicates */
        unsigned what = (unsigned)kl_rand_below(r, 1000);
        if (m->n >= MODEL_MAX && what < 520)
            what += 480;
        kl_err err = KL_OK;
        if (what < 520) {
            err = h != NULL ? u32_heap_push(h, x) : kl_pqueue_push(q, &x, 4, 4);
            if (err == KL_OK)
                m->a[m->n++] = x;
        } else if (what < 990) {
            uint32_t got = 0;
            const uint32_t *top = h != NULL ? u32_heap_peek(h) : kl_pqueue_peek(q);
            bool ok = h != NULL ? u32_heap_pop(h, &got) : kl_pqueue_pop(q, &got, 4);
            ck_assert(ok == (m->n > 0));
            ck_assert(ok == (top != NULL));
            if (ok)
                ck_assert_uint_eq(got, model_pop_max(m));
        } else if (what < 994) {
            /* Rebuild from the heap's own elements, shuffled: heapify. */
            kl_vec v = *raw;
            kl_vec_init(raw, v.alloc);
            kl_rand_shuffle(r, v.ptr, v.len, 4);
            if (h != NULL)
                u32_heap_from_vec(h, &v);
            else
                kl_pqueue_from_vec(q, &v, less_raw, &less_calls, 4);
            ck_assert_uint_eq(v.len, 0);
            ck_assert_ptr_eq(v.ptr, NULL);
            check_heap(raw, m);
        } else if (what < 997) {
            /* Drain sorted, check, and push everything back. */
            kl_vec out;
            if (h != NULL)
                u32_heap_into_sorted(h, &out);
            else
                kl_pqueue_into_sorted(q, &out, 4);
            ck_assert_uint_eq(raw->len, 0);
            ck_assert_uint_eq(out.len, m->n);
            qsort(m->a, m->n, 4, cmp_u32);
            if (m->n > 0)
                ck_assert_int_eq(memcmp(out.ptr, m->a, m->n * 4), 0);
            if (h != NULL)
                u32_heap_from_vec(h, &out);
            else
                kl_pqueue_from_vec(q, &out, less_raw, &less_calls, 4);
        } else {
            if (h != NULL)
                u32_heap_clear(h);
            else
                kl_pqueue_clear(q);
            m->n = 0;
        }
        if (err != KL_OK) {
            ck_assert_int_eq(err, KL_ENOMEM);
            ck_assert(memcmp(&before, raw, sizeof before) == 0);
            failures++;
        }
        ck_assert_uint_eq(h != NULL ? u32_heap_len(h) : kl_pqueue_len(q), m->n);
        if (op % 64 == 0)
            check_heap(raw, m);
    }
    check_heap(raw, m);
    return failures;
}

START_TEST(typed_heap_against_a_model)
{
    static model m;
    m.n = 0;
    u32_heap h;
    u32_heap_init(&h, NULL);
    kl_rand r;
    kl_rand_seed(&r, 20261121);
    ck_assert_int_eq(run_ops(&h, NULL, &m, &r, kl_test_iterations(100000, 20)), 0);
    ck_assert(u32_heap_is_empty(&h) == (m.n == 0));
    u32_heap_free(&h);
}
END_TEST

START_TEST(type_erased_heap_against_a_model)
{
    static model m;
    m.n = 0;
    kl_pqueue q;
    kl_pqueue_init(&q, NULL, less_raw, &less_calls);
    kl_rand r;
    kl_rand_seed(&r, 99);
    less_calls = 0;
    ck_assert_int_eq(run_ops(NULL, &q, &m, &r, kl_test_iterations(100000, 20)), 0);
    ck_assert_int_gt(less_calls, 0);
    kl_pqueue_free(&q, 4, 4);
}
END_TEST

START_TEST(heapify_is_linear)
{
    /* Floyd's construction: fewer than 2n comparisons (sift-down of each
     * inner node costs at most 2 per level below it). */
    enum { N = 4096 };
    u32_vec v;
    u32_vec_init(&v, NULL);
    kl_rand r;
    kl_rand_seed(&r, 5);
    for (int i = 0; i < N; i++)
        ck_assert_int_eq(u32_vec_push(&v, kl_rand_u32(&r)), KL_OK);
    kl_pqueue q;
    less_calls = 0;
    kl_pqueue_from_vec(&q, &v.raw, less_raw, &less_calls, 4);
    ck_assert_int_lt(less_calls, 2 * N);
    ck_assert_int_gt(less_calls, N / 2);
    uint32_t prev = UINT32_MAX, x;
    while (kl_pqueue_pop(&q, &x, 4)) {
        ck_assert_uint_le(x, prev);
        prev = x;
    }
    kl_pqueue_free(&q, 4, 4);
    ck_assert_ptr_eq(kl_pqueue_peek(&q), NULL);
}
END_TEST

START_TEST(every_allocation_failure_leaves_the_heap_intact)
{
    long ks = 0;
    for (long k = 1;; k++) {
        static model m;
        m.n = 0;
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        kl_rand r;
        kl_rand_seed(&r, 3);
        u32_heap h;
        u32_heap_init(&h, &f.allocator);
        long failures = run_ops(&h, NULL, &m, &r, 2000);
        kl_pqueue q;
        kl_pqueue_init(&q, &f.allocator, less_raw, &less_calls);
        m.n = 0;
        failures += run_ops(NULL, &q, &m, &r, 2000);
        ck_assert_int_eq(failures, f.failed ? 1 : 0);
        ck_assert_uint_eq(f.live_bytes, (h.raw.cap + q.vec.cap) * 4);
        u32_heap_free(&h);
        kl_pqueue_free(&q, 4, 4);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert_uint_eq(f.live_blocks, 0);
        if (!f.failed)
            break;
        ks++;
        ck_assert_int_lt(k, 1000);
    }
    ck_assert_int_ge(ks, 6);
}
END_TEST

static Suite *pqueue_suite(void)
{
    Suite *s = suite_create("pqueue");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, typed_heap_against_a_model);
    tcase_add_test(tc, type_erased_heap_against_a_model);
    tcase_add_test(tc, heapify_is_linear);
    tcase_add_test(tc, every_allocation_failure_leaves_the_heap_intact);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(pqueue_suite)
