/* Tests of keel/bitset.h: a model-checked random run (1e5 operations on
 * two sets against arrays of bools, including resizes across word
 * boundaries), allocation failure injected at every allocation, and the
 * panics. */
#include <string.h>

#include <keel/bitset.h>
#include <keel/rand.h>
#include "../harness.h"
#include "failing_alloc.h"

#define MAX_BITS 700
typedef struct model {
    bool b[MAX_BITS];
    size_t n;
} model;

/* The invariant (no bit set past the length) and every bit. */
static void check_same(const kl_bitset *b, const model *m)
{
    ck_assert_uint_eq(kl_bitset_len(b), m->n);
    size_t words = (m->n + KL_BITSET_WORD_BITS - 1) / KL_BITSET_WORD_BITS;
    ck_assert_uint_le(words, b->cap);
    if (m->n % KL_BITSET_WORD_BITS != 0)
        ck_assert_uint_eq(b->words[words - 1] >> (m->n % KL_BITSET_WORD_BITS), 0);
    size_t count = 0;
    for (size_t i = 0; i < m->n; i++) {
        ck_assert(kl_bitset_test(b, i) == m->b[i]);
        count += m->b[i];
    }
    ck_assert_uint_eq(kl_bitset_count(b), count);
}

static bool model_next(const model *m, size_t from, bool want, size_t *index)
{
    for (size_t i = from; i < m->n; i++)
        if (m->b[i] == want) {
            *index = i;
            return true;
        }
    return false;
}

static long run_ops(kl_bitset *s, model *ms, kl_rand *r, long ops)
{
    long failures = 0;
    for (long op = 0; op < ops; op++) {
        unsigned which = (unsigned)kl_rand_below(r, 2);
        kl_bitset *b = &s[which], *o = &s[1 - which];
        model *m = &ms[which], *mo = &ms[1 - which];
        unsigned what = (unsigned)kl_rand_below(r, 100);
        size_t i = m->n > 0 ? (size_t)kl_rand_below(r, m->n) : 0;
        if (what < 40) {
            if (m->n == 0)
                continue;
            switch (what % 4) {
            case 0: kl_bitset_set(b, i); m->b[i] = true; break;
            case 1: kl_bitset_clear(b, i); m->b[i] = false; break;
            case 2: kl_bitset_toggle(b, i); m->b[i] = !m->b[i]; break;
            default: ck_assert(kl_bitset_test(b, i) == m->b[i]);
            }
        } else if (what < 60) {
            size_t from = (size_t)kl_rand_below(r, m->n + 70), got = 12345, want;
            bool set = what & 1;
            bool ok = set ? kl_bitset_next_set(b, from, &got)
                          : kl_bitset_next_unset(b, from, &got);
            ck_assert(ok == model_next(m, from, set, &want));
            if (ok)
                ck_assert_uint_eq(got, want);
            else
                ck_assert_uint_eq(got, 12345);
        } else if (what < 70) {
            /* Combine with the other set, resized to the same length. */
            if (o->nbits != m->n) {
                kl_bitset_free(o);
                memset(mo->b, 0, sizeof mo->b);
                mo->n = 0;
                kl_err err = kl_bitset_init(o, o->alloc, m->n);
                if (err != KL_OK) { /* o is an empty set */
                    ck_assert_int_eq(err, KL_ENOMEM);
                    check_same(o, mo);
                    failures++;
                    continue;
                }
                mo->n = m->n;
                for (size_t k = 0; k < m->n; k++)
                    if (kl_rand_below(r, 3) == 0) {
                        kl_bitset_set(o, k);
                        mo->b[k] = true;
                    }
            }
            switch (what % 4) {
            case 0:
                kl_bitset_and(b, o);
                for (size_t k = 0; k < m->n; k++)
                    m->b[k] = m->b[k] && mo->b[k];
                break;
            case 1:
                kl_bitset_or(b, o);
                for (size_t k = 0; k < m->n; k++)
                    m->b[k] = m->b[k] || mo->b[k];
                break;
            case 2:
                kl_bitset_xor(b, o);
                for (size_t k = 0; k < m->n; k++)
                    m->b[k] = m->b[k] != mo->b[k];
                break;
            default:
                kl_bitset_not(b);
                for (size_t k = 0; k < m->n; k++)
                    m->b[k] = !m->b[k];
            }
            ck_assert(kl_bitset_equal(b, o) == (memcmp(m->b, mo->b, m->n) == 0));
        } else if (what < 78) {
            size_t n = (size_t)kl_rand_below(r, MAX_BITS + 1);
            if (what & 1) /* near a word boundary */
                n = (n / KL_BITSET_WORD_BITS) * KL_BITSET_WORD_BITS +
                    (size_t)kl_rand_below(r, 3) % (MAX_BITS - n / KL_BITSET_WORD_BITS * KL_BITSET_WORD_BITS + 1);
            kl_bitset before = *b;
            kl_err err = kl_bitset_resize(b, n);
            if (err != KL_OK) {
                ck_assert_int_eq(err, KL_ENOMEM);
                ck_assert(memcmp(&before, b, sizeof before) == 0);
                check_same(b, m);
                failures++;
                continue;
            }
            for (size_t k = m->n; k < n; k++)
                m->b[k] = false;
            m->n = n;
        } else if (what < 80) {
            bool v = what & 1;
            if (v)
                kl_bitset_set_all(b);
            else
                kl_bitset_clear_all(b);
            for (size_t k = 0; k < m->n; k++)
                m->b[k] = v;
        }
        if (op % 64 == 0)
            check_same(b, m);
    }
    check_same(&s[0], &ms[0]);
    check_same(&s[1], &ms[1]);
    return failures;
}

START_TEST(random_operations_against_a_model)
{
    static model m[2];
    memset(m, 0, sizeof m);
    m[0].n = 100;
    kl_bitset s[2];
    ck_assert_int_eq(kl_bitset_init(&s[0], NULL, 100), KL_OK);
    ck_assert_int_eq(kl_bitset_init(&s[1], NULL, 0), KL_OK);
    check_same(&s[0], &m[0]);
    kl_rand r;
    kl_rand_seed(&r, 20261121);
    ck_assert_int_eq(run_ops(s, m, &r, kl_test_iterations(100000, 20)), 0);
    kl_bitset_free(&s[0]);
    kl_bitset_free(&s[1]);
    ck_assert_uint_eq(kl_bitset_len(&s[0]), 0);
}
END_TEST

START_TEST(every_allocation_failure_leaves_the_set_intact)
{
    long ks = 0;
    for (long k = 1;; k++) {
        static model m[2];
        memset(m, 0, sizeof m);
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        kl_bitset s[2] = { KL_BITSET_INIT, KL_BITSET_INIT };
        s[0].alloc = &f.allocator;
        s[1].alloc = &f.allocator;
        kl_rand r;
        kl_rand_seed(&r, 4);
        long failures = run_ops(s, m, &r, 400);
        ck_assert_int_eq(failures, f.failed ? 1 : 0);
        ck_assert_uint_eq(f.live_bytes, (s[0].cap + s[1].cap) * sizeof(size_t));
        kl_bitset_free(&s[0]);
        kl_bitset_free(&s[1]);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert_uint_eq(f.live_blocks, 0);
        if (!f.failed)
            break;
        ks++;
        ck_assert_int_lt(k, 1000);
    }
    ck_assert_int_ge(ks, 3);
}
END_TEST

START_TEST(init_failure_leaves_an_empty_set)
{
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 1);
    kl_bitset b;
    ck_assert_int_eq(kl_bitset_init(&b, &f.allocator, 1000), KL_ENOMEM);
    ck_assert_uint_eq(kl_bitset_len(&b), 0);
    ck_assert_uint_eq(kl_bitset_count(&b), 0);
    ck_assert_int_eq(kl_bitset_resize(&b, 64), KL_OK);
    kl_bitset before = b;
    f.fail_at = f.calls + 1;
    ck_assert_int_eq(kl_bitset_resize(&b, 6400), KL_ENOMEM);
    ck_assert(memcmp(&before, &b, sizeof b) == 0);
    kl_bitset_set_all(&b);
    ck_assert_uint_eq(kl_bitset_count(&b), 64);
    kl_bitset_free(&b);
    ck_assert_uint_eq(f.live_bytes, 0);
}
END_TEST

START_TEST(out_of_range_panics)
{
    kl_bitset a, b;
    ck_assert_int_eq(kl_bitset_init(&a, NULL, 10), KL_OK);
    ck_assert_int_eq(kl_bitset_init(&b, NULL, 11), KL_OK);
    KL_EXPECT_PANIC(kl_bitset_set(&a, 10));
    ck_assert_str_eq(kl_test_panic_message(),
                     "bit index 10 out of range for a bitset of 10 bits");
    KL_EXPECT_PANIC((void)kl_bitset_test(&a, 99));
    KL_EXPECT_PANIC(kl_bitset_or(&a, &b));
    ck_assert_str_eq(kl_test_panic_message(),
                     "bitsets of different lengths: 10 and 11 bits");
    ck_assert_uint_eq(kl_bitset_count(&a), 0);
    kl_bitset_free(&a);
    kl_bitset_free(&b);
}
END_TEST

static Suite *bitset_suite(void)
{
    Suite *s = suite_create("bitset");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, random_operations_against_a_model);
    tcase_add_test(tc, every_allocation_failure_leaves_the_set_intact);
    tcase_add_test(tc, init_failure_leaves_an_empty_set);
    tcase_add_test(tc, out_of_range_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(bitset_suite)
