/* Tests of keel/rc.h's Arc under two threads: clone/drop storms on one
 * value from both threads with the last drop landing on either (the
 * destructor runs exactly once, after both threads' reads), weak upgrades
 * racing the last strong drop, and get_mut racing a thread that trades its
 * strong reference for a weak one and back (get_mut must never see the
 * value as unique).  Run under ThreadSanitizer (matrix cell tsan-threaded)
 * this checks the release/acquire pairs; under ASan and Valgrind, that
 * every block is freed. */
#include <keel/atomic.h>
#include <keel/rc.h>
#include <keel/thread.h>
#include "../harness.h"

typedef struct value {
    uint64_t round;
    uint64_t check;
    uint64_t touched; /* written through get_mut only */
} value;

static kl_atomic_u32 drops = KL_ATOMIC_INIT(0);

static void drop_value(void *p)
{
    value *v = p;
    ck_assert_uint_eq(v->check, v->round * 31 + 7);
    v->check = 0; /* a write: races with any late reader under TSan */
    kl_atomic_u32_fetch_add(&drops, 1, KL_ORDER_RELAXED);
}

typedef struct job {
    kl_arc strong;
    kl_arc_weak weak;
    int iters;
    uint64_t sum;
} job;

static uint64_t read_value(kl_arc a)
{
    const value *v = a.ptr;
    ck_assert_uint_eq(v->check, v->round * 31 + 7);
    return v->round;
}

/* Clone, read and drop, upgrade the weak reference and drop, then give
 * up this thread's strong and weak references. */
static void *storm(void *arg)
{
    job *j = arg;
    for (int i = 0; i < j->iters; i++) {
        kl_arc c = kl_arc_clone(j->strong);
        j->sum += read_value(c);
        kl_arc u;
        ck_assert(kl_arc_weak_upgrade(j->weak, &u)); /* j->strong is alive */
        kl_arc_weak w2 = kl_arc_downgrade(u);
        kl_arc_drop(c);
        kl_arc_drop(u);
        kl_arc_weak_drop(w2);
    }
    kl_arc_drop(j->strong);
    /* The value may now be gone (if the other thread dropped first). */
    kl_arc late;
    if (kl_arc_weak_upgrade(j->weak, &late)) {
        j->sum += read_value(late);
        kl_arc_drop(late);
    }
    kl_arc_weak_drop(j->weak);
    return NULL;
}

START_TEST(clone_and_drop_race)
{
    long rounds = kl_test_iterations(400, 10);
    kl_atomic_u32_store(&drops, 0, KL_ORDER_RELAXED);
    for (long r = 0; r < rounds; r++) {
        value v0 = { (uint64_t)r, (uint64_t)r * 31 + 7, 0 };
        kl_arc a;
        ck_assert_int_eq(kl_arc_new(&a, NULL, &v0, sizeof v0, _Alignof(value), drop_value),
                         KL_OK);
        job j[2];
        for (int t = 0; t < 2; t++) {
            j[t].strong = kl_arc_clone(a);
            j[t].weak = kl_arc_downgrade(a);
            j[t].iters = 200;
            j[t].sum = 0;
        }
        ck_assert_uint_eq(kl_arc_strong_count(a), 3);
        ck_assert_uint_eq(kl_arc_weak_count(a), 2);
        kl_arc_drop(a); /* the threads hold the only references now */
        kl_thread th;
        ck_assert_int_eq(kl_thread_spawn(&th, storm, &j[1]), KL_OK);
        storm(&j[0]);
        ck_assert_int_eq(kl_thread_join(th, NULL), KL_OK);
        ck_assert_uint_ge(j[0].sum + j[1].sum, (uint64_t)r * 400);
        ck_assert_uint_eq(kl_atomic_u32_load(&drops, KL_ORDER_RELAXED), r + 1);
    }
}
END_TEST

typedef struct trader {
    kl_arc strong;
    int iters;
} trader;

/* Hold the value always, alternately as a strong and as a weak
 * reference, overlapping the two at each change. */
static void *trade(void *arg)
{
    trader *t = arg;
    kl_arc s = t->strong;
    for (int i = 0; i < t->iters; i++) {
        kl_arc_weak w = kl_arc_downgrade(s);
        kl_arc_drop(s);
        ck_assert(kl_arc_weak_upgrade(w, &s)); /* the main thread holds one */
        (void)read_value(s);
        kl_arc_weak_drop(w);
    }
    kl_arc_drop(s);
    return NULL;
}

START_TEST(get_mut_is_never_fooled)
{
    long rounds = kl_test_iterations(100, 10);
    for (long r = 0; r < rounds; r++) {
        value v0 = { (uint64_t)r, (uint64_t)r * 31 + 7, 0 };
        kl_arc a;
        ck_assert_int_eq(kl_arc_new(&a, NULL, &v0, sizeof v0, _Alignof(value), NULL),
                         KL_OK);
        trader t = { kl_arc_clone(a), 2000 };
        kl_thread th;
        ck_assert_int_eq(kl_thread_spawn(&th, trade, &t), KL_OK);
        long seen = 0;
        for (int i = 0; i < 2000; i++) {
            value *m = kl_arc_get_mut(a);
            if (m != NULL) {
                /* Only once the trader has let go of everything. */
                m->touched++;
                seen++;
            }
        }
        ck_assert_int_eq(kl_thread_join(th, NULL), KL_OK);
        value *m = kl_arc_get_mut(a);
        ck_assert_ptr_eq(m, a.ptr);
        ck_assert_uint_eq(m->touched, (uint64_t)seen);
        kl_arc_drop(a);
    }
}
END_TEST

static Suite *arc_suite(void)
{
    Suite *s = suite_create("arc");
    TCase *tc = tcase_create("threads");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, clone_and_drop_race);
    tcase_add_test(tc, get_mut_is_never_fooled);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(arc_suite)
