/* Tests of keel/vec.h: a model-checked random run of every operation
 * (1e5 operations against a plain array), the same run with allocation
 * failure injected at every allocation, the growth policy, and the
 * panics. */
#include <stdlib.h>
#include <string.h>

#include <keel/rand.h>
#include <keel/vec.h>
#include "../harness.h"
#include "failing_alloc.h"

KL_VEC_DEFINE(u32_vec, uint32_t)
#define U32_LESS(a, b) (*(a) < *(b))
KL_VEC_SORT_DEFINE(u32_vec, uint32_t, U32_LESS)

KL_VEC_DEFINE(u8_vec, uint8_t)

typedef struct big { uint64_t a[3]; } big;
KL_VEC_DEFINE(big_vec, big)

typedef struct huge { char a[2000]; } huge;
KL_VEC_DEFINE(huge_vec, huge)

/* The model: a plain array and its length. */
#define MODEL_MAX 600
typedef struct model {
    uint32_t a[MODEL_MAX + 64];
    size_t n;
} model;

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Stable sort key: the high bits only, so equal keys keep their order. */
static int cmp_u32_high(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a >> 28, y = *(const uint32_t *)b >> 28;
    return (x > y) - (x < y);
}

static bool keep_odd_typed(const uint32_t *x, void *ctx)
{
    return (*x % *(uint32_t *)ctx) != 0;
}

static bool keep_odd_raw(const void *x, void *ctx)
{
    return keep_odd_typed(x, ctx);
}

static bool eq_low_typed(const uint32_t *a, const uint32_t *b, void *ctx)
{
    (void)ctx;
    return (*a & 3) == (*b & 3);
}

static bool eq_low_raw(const void *a, const void *b, void *ctx)
{
    return eq_low_typed(a, b, ctx);
}

static void check_same(const u32_vec *v, const model *m)
{
    ck_assert_uint_eq(v->raw.len, m->n);
    ck_assert_uint_le(v->raw.len, v->raw.cap);
    if (m->n > 0)
        ck_assert_int_eq(memcmp(v->raw.ptr, m->a, m->n * sizeof m->a[0]), 0);
}

/* An ENOMEM: v must be exactly as before (struct and contents). */
static void check_unchanged(kl_err err, const kl_vec *before, const u32_vec *v,
                            const model *m)
{
    ck_assert_int_eq(err, KL_ENOMEM);
    ck_assert(memcmp(before, &v->raw, sizeof *before) == 0);
    check_same(v, m);
}

/* Random operations on v and on the model m, checking after each; with
 * a failing allocator, a failed call must change nothing (the model is
 * then left alone too).  Returns the number of failed calls. */
static long run_ops(u32_vec *v, model *m, kl_rand *r, long ops)
{
    long failures = 0;
    static uint32_t tmp[MODEL_MAX + 64];
    for (long op = 0; op < ops; op++) {
        kl_vec before = v->raw;
        uint32_t x = kl_rand_u32(r);
        unsigned what = (unsigned)kl_rand_below(r, 100);
        kl_err err = KL_OK;
        if (m->n >= MODEL_MAX && what < 60)
            what = 60 + what % 10; /* too long: pop or remove instead */
        if (what < 30) {
            err = u32_vec_push(v, x);
            if (err == KL_OK)
                m->a[m->n++] = x;
        } else if (what < 40) {
            size_t i = (size_t)kl_rand_below(r, m->n + 1);
            err = u32_vec_insert(v, i, x);
            if (err == KL_OK) {
                memmove(&m->a[i + 1], &m->a[i], (m->n - i) * sizeof x);
                m->a[i] = x;
                m->n++;
            }
        } else if (what < 45) {
            size_t k = (size_t)kl_rand_below(r, 40);
            for (size_t i = 0; i < k; i++)
                tmp[i] = kl_rand_u32(r);
            err = u32_vec_extend(v, tmp, k);
            if (err == KL_OK) {
                memcpy(&m->a[m->n], tmp, k * sizeof x);
                m->n += k;
            }
        } else if (what < 50) {
            size_t k = (size_t)kl_rand_below(r, 50);
            err = (x & 1) ? u32_vec_reserve(v, k) : u32_vec_reserve_exact(v, k);
            if (err == KL_OK)
                ck_assert_uint_ge(v->raw.cap - v->raw.len, k);
            if (err == KL_OK && (x & 1) == 0 && before.cap - before.len < k)
                ck_assert_uint_eq(v->raw.cap, v->raw.len + k);
        } else if (what < 60) {
            /* Untyped core calls now and then, to test both paths. */
            if (x & 1) {
                err = kl_vec_push(&v->raw, &x, sizeof x, _Alignof(uint32_t));
                if (err == KL_OK)
                    m->a[m->n++] = x;
            } else {
                size_t i = (size_t)kl_rand_below(r, m->n + 1);
                err = kl_vec_insert(&v->raw, i, &x, sizeof x, _Alignof(uint32_t));
                if (err == KL_OK) {
                    memmove(&m->a[i + 1], &m->a[i], (m->n - i) * sizeof x);
                    m->a[i] = x;
                    m->n++;
                }
            }
        } else if (what < 72) {
            uint32_t got;
            bool ok = (x & 1) ? u32_vec_pop(v, &got)
                              : kl_vec_pop(&v->raw, &got, sizeof got);
            ck_assert(ok == (m->n > 0));
            if (ok)
                ck_assert_uint_eq(got, m->a[--m->n]);
        } else if (what < 82) {
            if (m->n == 0)
                continue;
            size_t i = (size_t)kl_rand_below(r, m->n);
            uint32_t got = (x & 1) ? u32_vec_remove(v, i) : u32_vec_swap_remove(v, i);
            ck_assert_uint_eq(got, m->a[i]);
            if (x & 1) {
                memmove(&m->a[i], &m->a[i + 1], (m->n - i - 1) * sizeof x);
            } else {
                m->a[i] = m->a[m->n - 1];
            }
            m->n--;
        } else if (what < 86) {
            /* Slices of random ranges see the model's elements. */
            size_t a = (size_t)kl_rand_below(r, m->n + 1);
            size_t b = a + (size_t)kl_rand_below(r, m->n - a + 1);
            u32_vec_view s = u32_vec_slice(v, a, b);
            ck_assert_uint_eq(s.len, b - a);
            if (s.len > 0)
                ck_assert_int_eq(memcmp(s.ptr, &m->a[a], s.len * sizeof x), 0);
            if (m->n > 0) {
                size_t i = (size_t)kl_rand_below(r, m->n);
                ck_assert_uint_eq(*u32_vec_at(v, i), m->a[i]);
                ck_assert_ptr_eq(u32_vec_get(v, i), u32_vec_at(v, i));
                ck_assert_uint_eq(*u32_vec_last(v), m->a[m->n - 1]);
            } else {
                ck_assert_ptr_eq(u32_vec_last(v), NULL);
            }
            ck_assert_ptr_eq(u32_vec_get(v, m->n), NULL);
        } else if (what < 88) {
            size_t k = (size_t)kl_rand_below(r, m->n + 10);
            if (x & 1)
                u32_vec_truncate(v, k);
            else
                kl_vec_truncate(&v->raw, k);
            if (k < m->n)
                m->n = k;
            ck_assert_uint_eq(v->raw.cap, before.cap);
        } else if (what < 90) {
            err = u32_vec_shrink_to_fit(v);
            if (err == KL_OK)
                ck_assert_uint_eq(v->raw.cap, m->n);
        } else if (what < 93) {
            uint32_t mod = 2 + x % 5;
            if (x & 32)
                u32_vec_retain(v, keep_odd_typed, &mod);
            else
                kl_vec_retain(&v->raw, keep_odd_raw, &mod, sizeof x);
            size_t w = 0;
            for (size_t i = 0; i < m->n; i++)
                if (m->a[i] % mod != 0)
                    m->a[w++] = m->a[i];
            m->n = w;
        } else if (what < 95) {
            if (x & 32)
                u32_vec_dedup(v, eq_low_typed, NULL);
            else
                kl_vec_dedup(&v->raw, eq_low_raw, NULL, sizeof x);
            if (m->n > 1) {
                size_t w = 1;
                for (size_t i = 1; i < m->n; i++)
                    if ((m->a[i] & 3) != (m->a[w - 1] & 3))
                        m->a[w++] = m->a[i];
                m->n = w;
            }
        } else if (what < 98) {
            switch (x % 4) {
            case 0: u32_vec_sort(v, cmp_u32); break;
            case 1: u32_vec_sort_unstable(v); break;
            case 2: err = u32_vec_sort_stable(v); break;
            default: err = kl_vec_sort_stable(&v->raw, cmp_u32_high, sizeof x,
                                              _Alignof(uint32_t));
            }
            if (err == KL_OK) {
                if (x % 4 == 3) {
                    /* Stable by the high bits: a stable insertion sort of
                     * the model is the oracle. */
                    for (size_t i = 1; i < m->n; i++)
                        for (size_t j = i; j > 0 && cmp_u32_high(&m->a[j], &m->a[j - 1]) < 0; j--) {
                            uint32_t t = m->a[j];
                            m->a[j] = m->a[j - 1];
                            m->a[j - 1] = t;
                        }
                } else {
                    qsort(m->a, m->n, sizeof x, cmp_u32);
                }
            }
        } else {
            if (x & 1)
                u32_vec_clear(v);
            else
                kl_vec_clear(&v->raw);
            m->n = 0;
            ck_assert_uint_eq(v->raw.cap, before.cap);
        }
        if (err != KL_OK) {
            check_unchanged(err, &before, v, m);
            failures++;
            continue;
        }
        /* Contents every few operations (a full compare is O(n)). */
        ck_assert_uint_eq(u32_vec_len(v), m->n);
        ck_assert_uint_le(v->raw.len, v->raw.cap);
        ck_assert(u32_vec_is_empty(v) == (m->n == 0));
        if (op % 16 == 0)
            check_same(v, m);
    }
    check_same(v, m);
    return failures;
}

START_TEST(random_operations_against_a_model)
{
    static model m;
    m.n = 0;
    u32_vec v;
    u32_vec_init(&v, NULL);
    kl_rand r;
    kl_rand_seed(&r, 20261121);
    long ops = kl_test_iterations(100000, 20);
    ck_assert_int_eq(run_ops(&v, &m, &r, ops), 0);
    u32_vec_free(&v);
    ck_assert_uint_eq(v.raw.cap, 0);
    ck_assert_uint_eq(v.raw.len, 0);
}
END_TEST

START_TEST(every_allocation_failure_leaves_the_vector_intact)
{
    /* The random workload once per allocation it makes, failing that one:
     * each failed call changed nothing, the rest went on, nothing leaked. */
    long ks = 0;
    for (long k = 1;; k++) {
        static model m;
        m.n = 0;
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        u32_vec v;
        u32_vec_init(&v, &f.allocator);
        kl_rand r;
        kl_rand_seed(&r, 7);
        long failures = run_ops(&v, &m, &r, 1500);
        ck_assert_int_eq(failures, f.failed ? 1 : 0);
        ck_assert_uint_eq(f.live_bytes, v.raw.cap * sizeof(uint32_t));
        u32_vec_free(&v);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert_uint_eq(f.live_blocks, 0);
        if (!f.failed)
            break; /* k passed the workload's last allocation */
        ks++;
        ck_assert_int_lt(k, 100000);
    }
    ck_assert_int_gt(ks, 20);
}
END_TEST

START_TEST(push_failures_of_big_elements)
{
    for (long k = 1;; k++) {
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        big_vec v;
        big_vec_init(&v, &f.allocator);
        bool failed = false;
        for (uint64_t i = 0; i < 300; i++) {
            kl_vec before = v.raw;
            big b = { { i, i * 2, i * 3 } };
            kl_err err = big_vec_push(&v, b);
            if (err != KL_OK) {
                ck_assert_int_eq(err, KL_ENOMEM);
                ck_assert(memcmp(&before, &v.raw, sizeof before) == 0);
                failed = true;
            }
        }
        for (size_t i = 1; i < big_vec_len(&v); i++)
            ck_assert_uint_gt(big_vec_at(&v, i)->a[0], big_vec_at(&v, i - 1)->a[0]);
        ck_assert_uint_eq(f.live_bytes, v.raw.cap * sizeof(big));
        big_vec_free(&v);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert(failed == f.failed);
        if (!failed)
            break;
        ck_assert_int_lt(k, 100);
    }
}
END_TEST

START_TEST(growth_is_rusts)
{
    /* Minimum capacities 8 (one-byte elements), 4 (up to 1 KiB), 1. */
    u8_vec a;
    u8_vec_init(&a, NULL);
    ck_assert_int_eq(u8_vec_push(&a, 1), KL_OK);
    ck_assert_uint_eq(u8_vec_cap(&a), 8);
    u32_vec b;
    u32_vec_init(&b, NULL);
    size_t caps[6] = { 0 }, nc = 0, last = 0;
    for (uint32_t i = 0; i < 40; i++) {
        ck_assert_int_eq(u32_vec_push(&b, i), KL_OK);
        if (u32_vec_cap(&b) != last)
            caps[nc++] = last = u32_vec_cap(&b);
    }
    ck_assert_uint_eq(nc, 5);
    ck_assert_uint_eq(caps[0], 4);
    ck_assert_uint_eq(caps[1], 8);
    ck_assert_uint_eq(caps[2], 16);
    ck_assert_uint_eq(caps[3], 32);
    ck_assert_uint_eq(caps[4], 64);
    huge_vec c;
    huge_vec_init(&c, NULL);
    huge h = { { 0 } };
    ck_assert_int_eq(huge_vec_push(&c, h), KL_OK);
    ck_assert_uint_eq(huge_vec_cap(&c), 1);
    ck_assert_int_eq(huge_vec_push(&c, h), KL_OK);
    ck_assert_uint_eq(huge_vec_cap(&c), 2);
    /* Reserving more than doubling gives exactly what was asked. */
    ck_assert_int_eq(u32_vec_reserve(&b, 1000), KL_OK);
    ck_assert_uint_eq(u32_vec_cap(&b), 1040);
    ck_assert_int_eq(u32_vec_shrink_to_fit(&b), KL_OK);
    ck_assert_uint_eq(u32_vec_cap(&b), 40);
    u32_vec_truncate(&b, 0);
    ck_assert_int_eq(u32_vec_shrink_to_fit(&b), KL_OK);
    ck_assert_uint_eq(u32_vec_cap(&b), 0);
    ck_assert_ptr_eq(b.raw.ptr, NULL);
    u8_vec_free(&a);
    u32_vec_free(&b);
    huge_vec_free(&c);
}
END_TEST

START_TEST(sizes_that_overflow_are_enomem)
{
    u32_vec v;
    u32_vec_init(&v, NULL);
    ck_assert_int_eq(u32_vec_push(&v, 1), KL_OK);
    kl_vec before = v.raw;
    ck_assert_int_eq(u32_vec_reserve(&v, SIZE_MAX), KL_ENOMEM);
    ck_assert_int_eq(u32_vec_reserve(&v, SIZE_MAX / 4), KL_ENOMEM);
    ck_assert_int_eq(u32_vec_reserve_exact(&v, SIZE_MAX / 4), KL_ENOMEM);
    ck_assert_int_eq(u32_vec_reserve(&v, PTRDIFF_MAX / 4), KL_ENOMEM);
    ck_assert_int_eq(u32_vec_extend(&v, NULL, SIZE_MAX), KL_ENOMEM);
    ck_assert(memcmp(&before, &v.raw, sizeof before) == 0);
    ck_assert_int_eq(u32_vec_reserve(&v, 1000), KL_OK);
    ck_assert_uint_ge(v.raw.cap, 1001);
    ck_assert_uint_eq(*u32_vec_at(&v, 0), 1);
    u32_vec_free(&v);

    /* Zero-size elements never allocate: the capacity is SIZE_MAX. */
    kl_vec z;
    kl_vec_init(&z, NULL);
    char unit;
    for (int i = 0; i < 100; i++)
        ck_assert_int_eq(kl_vec_push(&z, &unit, 0, 1), KL_OK);
    ck_assert_uint_eq(z.len, 100);
    ck_assert_uint_eq(z.cap, SIZE_MAX);
    ck_assert_ptr_ne(z.ptr, NULL);
    ck_assert_int_eq(kl_vec_reserve(&z, SIZE_MAX, 0, 1), KL_ENOMEM);
    ck_assert(kl_vec_pop(&z, &unit, 0));
    ck_assert_uint_eq(z.len, 99);
    kl_vec_free(&z, 0, 1);
}
END_TEST

START_TEST(index_out_of_range_panics)
{
    u32_vec v = { KL_VEC_INIT };
    ck_assert_int_eq(u32_vec_push(&v, 7), KL_OK);
    KL_EXPECT_PANIC((void)u32_vec_at(&v, 1));
    ck_assert_str_eq(kl_test_panic_message(),
                     "index out of bounds: the len is 1 but the index is 1");
    KL_EXPECT_PANIC(ck_assert_int_eq(u32_vec_insert(&v, 2, 0), KL_OK));
    ck_assert_str_eq(kl_test_panic_message(),
                     "insertion index (is 2) should be <= len (is 1)");
    KL_EXPECT_PANIC((void)u32_vec_remove(&v, 1));
    ck_assert_str_eq(kl_test_panic_message(),
                     "removal index (is 1) should be < len (is 1)");
    KL_EXPECT_PANIC((void)u32_vec_swap_remove(&v, 5));
    ck_assert_str_eq(kl_test_panic_message(),
                     "swap_remove index (is 5) should be < len (is 1)");
    KL_EXPECT_PANIC((void)u32_vec_slice(&v, 0, 2));
    ck_assert_str_eq(kl_test_panic_message(),
                     "range end index 2 out of range for slice of length 1");
    KL_EXPECT_PANIC((void)u32_vec_slice(&v, 1, 0));
    ck_assert_str_eq(kl_test_panic_message(), "slice index starts at 1 but ends at 0");
    /* Nothing changed. */
    ck_assert_uint_eq(u32_vec_len(&v), 1);
    ck_assert_uint_eq(*u32_vec_at(&v, 0), 7);
    u32_vec_view s = u32_vec_slice(&v, 1, 1);
    ck_assert_uint_eq(s.len, 0);
    u32_vec_free(&v);
    s = u32_vec_slice(&v, 0, 0);
    ck_assert_ptr_eq(s.ptr, NULL);
    ck_assert_uint_eq(s.len, 0);
}
END_TEST

static Suite *vec_suite(void)
{
    Suite *s = suite_create("vec");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, random_operations_against_a_model);
    tcase_add_test(tc, every_allocation_failure_leaves_the_vector_intact);
    tcase_add_test(tc, push_failures_of_big_elements);
    tcase_add_test(tc, growth_is_rusts);
    tcase_add_test(tc, sizes_that_overflow_are_enomem);
    tcase_add_test(tc, index_out_of_range_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(vec_suite)
