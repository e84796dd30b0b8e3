/* Tests of keel/rc.h, Rc and Arc alike on one thread: a model-checked
 * random run of 1e5 operations over a pool of strong and weak handles
 * (counts, destructor runs, upgrades and freed blocks against a model),
 * allocation failure injected at every allocation, get_mut, alignment,
 * and overflow panics.  tests/threaded/arc.c races Arcs across threads. */
#include <string.h>

#include <keel/rand.h>
#include <keel/rc.h>
#include "internal/rc.h"
#include "../harness.h"
#include "failing_alloc.h"

/* Rc and Arc through one table, so one model run tests both. */
typedef struct api {
    kl_err (*new_)(void **out, kl_allocator *a, const void *v, size_t size,
                   size_t align, kl_rc_drop_fn drop);
    void (*clone)(void *p);
    void (*drop)(void *p);
    void (*downgrade)(void *p);
    bool (*upgrade)(void *p);
    void (*weak_clone)(void *p);
    void (*weak_drop)(void *p);
    size_t (*strong_count)(void *p);
    size_t (*weak_count)(void *p);
    size_t (*weak_strong_count)(void *p);
    void *(*get_mut)(void *p);
} api;

static kl_err rc_new_(void **out, kl_allocator *a, const void *v, size_t size,
                      size_t align, kl_rc_drop_fn drop)
{
    kl_rc r;
    kl_err err = kl_rc_new(&r, a, v, size, align, drop);
    if (err == KL_OK)
        *out = r.ptr;
    return err;
}
static void rc_clone_(void *p) { (void)kl_rc_clone((kl_rc){ p }); }
static void rc_drop_(void *p) { kl_rc_drop((kl_rc){ p }); }
static void rc_downgrade_(void *p) { (void)kl_rc_downgrade((kl_rc){ p }); }
static bool rc_upgrade_(void *p)
{
    kl_rc r = { NULL };
    bool ok = kl_rc_weak_upgrade((kl_rc_weak){ p }, &r);
    ck_assert_ptr_eq(r.ptr, ok ? p : NULL);
    return ok;
}
static void rc_weak_clone_(void *p) { (void)kl_rc_weak_clone((kl_rc_weak){ p }); }
static void rc_weak_drop_(void *p) { kl_rc_weak_drop((kl_rc_weak){ p }); }
static size_t rc_strong_(void *p) { return kl_rc_strong_count((kl_rc){ p }); }
static size_t rc_weak_(void *p) { return kl_rc_weak_count((kl_rc){ p }); }
static size_t rc_wstrong_(void *p) { return kl_rc_weak_strong_count((kl_rc_weak){ p }); }
static void *rc_get_mut_(void *p) { return kl_rc_get_mut((kl_rc){ p }); }

static kl_err arc_new_(void **out, kl_allocator *a, const void *v, size_t size,
                       size_t align, kl_rc_drop_fn drop)
{
    kl_arc r;
    kl_err err = kl_arc_new(&r, a, v, size, align, drop);
    if (err == KL_OK)
        *out = r.ptr;
    return err;
}
static void arc_clone_(void *p) { (void)kl_arc_clone((kl_arc){ p }); }
static void arc_drop_(void *p) { kl_arc_drop((kl_arc){ p }); }
static void arc_downgrade_(void *p) { (void)kl_arc_downgrade((kl_arc){ p }); }
static bool arc_upgrade_(void *p)
{
    kl_arc r = { NULL };
    bool ok = kl_arc_weak_upgrade((kl_arc_weak){ p }, &r);
    ck_assert_ptr_eq(r.ptr, ok ? p : NULL);
    return ok;
}
static void arc_weak_clone_(void *p) { (void)kl_arc_weak_clone((kl_arc_weak){ p }); }
static void arc_weak_drop_(void *p) { kl_arc_weak_drop((kl_arc_weak){ p }); }
static size_t arc_strong_(void *p) { return kl_arc_strong_count((kl_arc){ p }); }
static size_t arc_weak_(void *p) { return kl_arc_weak_count((kl_arc){ p }); }
static size_t arc_wstrong_(void *p) { return kl_arc_weak_strong_count((kl_arc_weak){ p }); }
static void *arc_get_mut_(void *p) { return kl_arc_get_mut((kl_arc){ p }); }

static const api rc_api = { rc_new_, rc_clone_, rc_drop_, rc_downgrade_, rc_upgrade_,
                            rc_weak_clone_, rc_weak_drop_, rc_strong_, rc_weak_,
                            rc_wstrong_, rc_get_mut_ };
static const api arc_api = { arc_new_, arc_clone_, arc_drop_, arc_downgrade_,
                             arc_upgrade_, arc_weak_clone_, arc_weak_drop_,
                             arc_strong_, arc_weak_, arc_wstrong_, arc_get_mut_ };

/* A value: its id, and a payload its destructor checks. */
typedef struct value {
    uint32_t id;
    uint32_t payload[5];
} value;

#define OBJS 64
static unsigned drops[OBJS]; /* destructor runs per id */

static void drop_value(void *p)
{
    value *v = p;
    ck_assert_uint_lt(v->id, OBJS);
    ck_assert_uint_eq(v->payload[4], v->id * 7u);
    drops[v->id]++;
}

/* The model: per object, its address and counts; handles are just the
 * counts (all handles of one object are the same pointer). */
typedef struct model {
    void *ptr[OBJS];
    size_t strong[OBJS], weak[OBJS];
    bool used[OBJS];
} model;

static size_t live_objects(const model *m)
{
    size_t n = 0;
    for (int i = 0; i < OBJS; i++)
        n += m->used[i] && (m->strong[i] > 0 || m->weak[i] > 0);
    return n;
}

static long run_ops(const api *a, model *m, kl_failing_alloc *f, kl_rand *r, long ops)
{
    long failures = 0;
    for (long op = 0; op < ops; op++) {
        uint32_t id = (uint32_t)kl_rand_below(r, OBJS);
        unsigned what = (unsigned)kl_rand_below(r, 100);
        void *p = m->ptr[id];
        bool strong = m->used[id] && m->strong[id] > 0;
        bool weak = m->used[id] && m->weak[id] > 0;
        if (!m->used[id] || (m->strong[id] == 0 && m->weak[id] == 0)) {
            /* Free slot: make a new value there. */
            value v = { id, { 1, 2, 3, 4, id * 7u } };
            size_t blocks = f->live_blocks;
            kl_err err = a->new_(&m->ptr[id], &f->allocator, &v, sizeof v,
                                 (what & 1) ? 64 : _Alignof(value), drop_value);
            if (err != KL_OK) {
                ck_assert_int_eq(err, KL_ENOMEM);
                ck_assert_uint_eq(f->live_blocks, blocks);
                failures++;
                continue;
            }
            p = m->ptr[id];
            if (what & 1)
                ck_assert_uint_eq((uintptr_t)p % 64, 0);
            ck_assert_int_eq(memcmp(p, &v, sizeof v), 0);
            m->used[id] = true;
            m->strong[id] = 1;
            m->weak[id] = 0;
            drops[id] = 0;
        } else if (what < 20 && strong) {
            a->clone(p);
            m->strong[id]++;
        } else if (what < 45 && strong) {
            a->drop(p);
            if (--m->strong[id] == 0)
                ck_assert_uint_eq(drops[id], 1);
        } else if (what < 60 && strong) {
            a->downgrade(p);
            m->weak[id]++;
        } else if (what < 70 && weak) {
            a->weak_clone(p);
            m->weak[id]++;
        } else if (what < 85 && weak) {
            ck_assert_uint_eq(a->weak_strong_count(p), m->strong[id]);
            bool ok = a->upgrade(p);
            ck_assert(ok == (m->strong[id] > 0));
            if (ok)
                m->strong[id]++;
        } else if (what < 97 && weak) {
            a->weak_drop(p);
            m->weak[id]--;
        } else if (strong) {
            void *mut = a->get_mut(p);
            bool unique = m->strong[id] == 1 && m->weak[id] == 0;
            ck_assert_ptr_eq(mut, unique ? p : NULL);
            if (mut != NULL)
                ((value *)mut)->payload[0]++;
        }
        if (m->strong[id] > 0) {
            ck_assert_uint_eq(a->strong_count(p), m->strong[id]);
            ck_assert_uint_eq(a->weak_count(p), m->weak[id]);
            ck_assert_uint_eq(drops[id], 0);
            ck_assert_uint_eq(((value *)p)->payload[4], id * 7u);
        }
        ck_assert_uint_eq(f->live_blocks, live_objects(m));
    }
    return failures;
}

/* Drop every handle the model holds. */
static void drop_all(const api *a, model *m)
{
    for (int i = 0; i < OBJS; i++) {
        if (!m->used[i])
            continue;
        while (m->weak[i] > 0) {
            a->weak_drop(m->ptr[i]);
            m->weak[i]--;
        }
        while (m->strong[i] > 0) {
            a->drop(m->ptr[i]);
            m->strong[i]--;
        }
        ck_assert_uint_eq(drops[i], 1);
    }
}

static void model_run(const api *a, uint64_t seed)
{
    static model m;
    memset(&m, 0, sizeof m);
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    kl_rand r;
    kl_rand_seed(&r, seed);
    ck_assert_int_eq(run_ops(a, &m, &f, &r, kl_test_iterations(100000, 20)), 0);
    drop_all(a, &m);
    ck_assert_uint_eq(f.live_bytes, 0);
    ck_assert_uint_eq(f.live_blocks, 0);
}

START_TEST(rc_against_a_model) { model_run(&rc_api, 1); }
END_TEST

START_TEST(arc_against_a_model) { model_run(&arc_api, 2); }
END_TEST

static void oom_run(const api *a)
{
    long ks = 0;
    for (long k = 1;; k++) {
        static model m;
        memset(&m, 0, sizeof m);
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        kl_rand r;
        kl_rand_seed(&r, 3);
        long failures = run_ops(a, &m, &f, &r, 600);
        ck_assert_int_eq(failures, f.failed ? 1 : 0);
        drop_all(a, &m);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert_uint_eq(f.live_blocks, 0);
        if (!f.failed)
            break;
        ks++;
        ck_assert_int_lt(k, 10000);
    }
    ck_assert_int_gt(ks, 30);
}

START_TEST(every_allocation_failure_is_clean)
{
    oom_run(&rc_api);
    oom_run(&arc_api);
}
END_TEST

START_TEST(upgrade_fails_after_the_value_is_dropped)
{
    kl_rc r;
    uint64_t x = 42;
    ck_assert_int_eq(kl_rc_new(&r, NULL, &x, sizeof x, _Alignof(uint64_t), NULL), KL_OK);
    ck_assert_uint_eq(*KL_RC_GET(r, uint64_t), 42);
    kl_rc_weak w = kl_rc_downgrade(r);
    kl_rc u;
    ck_assert(kl_rc_weak_upgrade(w, &u));
    ck_assert_uint_eq(kl_rc_strong_count(r), 2);
    kl_rc_drop(u);
    kl_rc_drop(r);
    ck_assert_uint_eq(kl_rc_weak_strong_count(w), 0);
    u.ptr = &x;
    ck_assert(!kl_rc_weak_upgrade(w, &u));
    ck_assert_ptr_eq(u.ptr, &x);
    kl_rc_weak_drop(w);
    ck_assert(!kl_rc_weak_upgrade(KL_RC_WEAK_NONE, &u));
    kl_rc_weak_drop(kl_rc_weak_clone(KL_RC_WEAK_NONE));
    ck_assert_uint_eq(kl_rc_weak_strong_count(KL_RC_WEAK_NONE), 0);

    kl_arc a;
    ck_assert_int_eq(kl_arc_new(&a, NULL, NULL, 100, 1, NULL), KL_OK);
    ck_assert_uint_eq(((unsigned char *)a.ptr)[99], 0); /* zero-filled */
    kl_arc_weak aw = kl_arc_downgrade(a);
    ck_assert_ptr_eq(kl_arc_get_mut(a), NULL);
    kl_arc_drop(a);
    kl_arc au;
    ck_assert(!kl_arc_weak_upgrade(aw, &au));
    kl_arc_weak_drop(aw);
    ck_assert(!kl_arc_weak_upgrade(KL_ARC_WEAK_NONE, &au));
    kl_arc_weak_drop(kl_arc_weak_clone(KL_ARC_WEAK_NONE));
}
END_TEST

START_TEST(zero_size_and_huge_values)
{
    kl_rc r;
    ck_assert_int_eq(kl_rc_new(&r, NULL, NULL, 0, 1, NULL), KL_OK);
    ck_assert_ptr_ne(r.ptr, NULL);
    kl_rc_drop(r);
    ck_assert_int_eq(kl_rc_new(&r, NULL, NULL, SIZE_MAX - 8, 1, NULL), KL_ENOMEM);
    kl_arc a;
    ck_assert_int_eq(kl_arc_new(&a, NULL, NULL, PTRDIFF_MAX, 4096, NULL), KL_ENOMEM);
    ck_assert_int_eq(kl_arc_new(&a, NULL, NULL, 8, 4096, NULL), KL_OK);
    ck_assert_uint_eq((uintptr_t)a.ptr % 4096, 0);
    kl_arc_drop(a);
    KL_EXPECT_PANIC(ck_assert_int_eq(kl_rc_new(&r, NULL, NULL, 8, 3, NULL), KL_OK));
}
END_TEST

START_TEST(count_overflow_panics)
{
    kl_rc r;
    ck_assert_int_eq(kl_rc_new(&r, NULL, NULL, 4, 4, NULL), KL_OK);
    kl__rc_header *h = kl__rc_header_of(r.ptr);
    h->strong = KL__RC_MAX;
    KL_EXPECT_PANIC((void)kl_rc_clone(r));
    ck_assert_str_eq(kl_test_panic_message(), "reference count overflow");
    h->weak = KL__RC_MAX;
    KL_EXPECT_PANIC((void)kl_rc_downgrade(r));
    h->strong = 1;
    h->weak = 1;
    kl_rc_drop(r);

    kl_arc a;
    ck_assert_int_eq(kl_arc_new(&a, NULL, NULL, 4, 4, NULL), KL_OK);
    kl__arc_header *ah = kl__arc_header_of(a.ptr);
    kl_arc_weak w = kl_arc_downgrade(a);
    kl_atomic_usize_store(&ah->strong, KL__RC_MAX, KL_ORDER_RELAXED);
    KL_EXPECT_PANIC((void)kl_arc_clone(a));
    KL_EXPECT_PANIC((void)kl_arc_weak_upgrade(w, &a));
    kl_atomic_usize_store(&ah->weak, KL__RC_MAX, KL_ORDER_RELAXED);
    KL_EXPECT_PANIC((void)kl_arc_downgrade(a));
    KL_EXPECT_PANIC((void)kl_arc_weak_clone(w));
    kl_atomic_usize_store(&ah->strong, 1, KL_ORDER_RELAXED);
    kl_atomic_usize_store(&ah->weak, 2, KL_ORDER_RELAXED);
    kl_arc_weak_drop(w);
    ck_assert_ptr_eq(kl_arc_get_mut(a), a.ptr);
    kl_arc_drop(a);
}
END_TEST

static Suite *rc_suite(void)
{
    Suite *s = suite_create("rc");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, rc_against_a_model);
    tcase_add_test(tc, arc_against_a_model);
    tcase_add_test(tc, every_allocation_failure_is_clean);
    tcase_add_test(tc, upgrade_fails_after_the_value_is_dropped);
    tcase_add_test(tc, zero_size_and_huge_values);
    tcase_add_test(tc, count_overflow_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(rc_suite)
