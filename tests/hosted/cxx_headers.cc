/* tests/hosted/cxx_headers.cc -- keel from C++: every public header
 * included into a C++ file, every KL_*_DEFINE generator instantiated, the
 * generated functions called with exact results, and the layout of the
 * public types compared with C's (tests/hosted/cxx_layout.c) so that C
 * and C++ files can share keel objects.  Built with -Wall -Wextra -Werror
 * -pedantic at the compiler's default C++ standard; the header-by-header
 * check over every standard from C++11 is tests/structure/cxx-headers.sh.
 */
#include <keel.h>

#include <keel/alloc.h>
#include <keel/arena.h>
#include <keel/atomic.h>
#include <keel/base.h>
#include <keel/bitset.h>
#include <keel/btree.h>
#include <keel/deque.h>
#include <keel/error.h>
#include <keel/float.h>
#include <keel/fmt.h>
#include <keel/hash.h>
#include <keel/hashmap.h>
#include <keel/heap.h>
#include <keel/io.h>
#include <keel/list.h>
#include <keel/num.h>
#include <keel/panic.h>
#include <keel/pqueue.h>
#include <keel/rand.h>
#include <keel/rbtree.h>
#include <keel/rc.h>
#include <keel/ring.h>
#include <keel/slice.h>
#include <keel/spsc.h>
#include <keel/str.h>
#include <keel/string.h>
#include <keel/time.h>
#include <keel/unicode.h>
#include <keel/vec.h>
#if KL_HAVE_THREADS
#include <keel/sync.h>
#include <keel/thread.h>
#endif

#include <string.h>

extern "C" {
#include "../harness.h"
}
#include "cxx_layout.h"


/* ---------------------------------------------------------------------
 * The generators, at namespace scope as a C++ program would use them. */

struct point {
    int32_t x, y;
};

static inline bool point_less(const point *a, const point *b)
{
    return a->x != b->x ? a->x < b->x : a->y < b->y;
}

#define U32_LESS(a, b) (*(a) < *(b))
#define POINT_LESS(a, b) point_less(a, b)

KL_VEC_DEFINE(u32_vec, uint32_t)
KL_VEC_SORT_DEFINE(u32_vec, uint32_t, U32_LESS)
KL_VEC_DEFINE(point_vec, point)
KL_VEC_SORT_DEFINE(point_vec, point, POINT_LESS)
KL_DEQUE_DEFINE(u64_deque, uint64_t)
KL_PQUEUE_DEFINE(u32_heap, uint32_t, U32_LESS)
KL_SORT_DEFINE(sort_u32, uint32_t, U32_LESS)
KL_SORT_DEFINE(sort_point, point, POINT_LESS)

static inline int u64_cmp(const uint64_t *a, const uint64_t *b)
{
    return (*a > *b) - (*a < *b);
}

static inline uint64_t point_hash(const point *p, const kl_hashmap_seed *s)
{
    return kl_hash64(p, sizeof *p, s->k[0]);
}

static inline bool point_eq(const point *a, const point *b)
{
    return a->x == b->x && a->y == b->y;
}

KL_HASHMAP_DEFINE(point_map, point, double, point_hash, point_eq)
KL_HASHMAP_DEFINE_U64(u64_map, uint32_t)
KL_HASHMAP_DEFINE_U64_FAST(u64_fast_map, uint32_t)
KL_HASHMAP_DEFINE_STR(str_map, int)
KL_HASHMAP_DEFINE_STR_FAST(str_fast_map, int)
KL_HASHSET_DEFINE(point_set, point, point_hash, point_eq)
KL_HASHSET_DEFINE_U64(u64_set)
KL_HASHSET_DEFINE_U64_FAST(u64_fast_set)
KL_HASHSET_DEFINE_STR(str_set)
KL_BTREE_DEFINE(u64_tree, uint64_t, uint64_t, u64_cmp)
KL_BTREE_SET_DEFINE(u64_tree_set, uint64_t, u64_cmp)

/* Statically initialised objects, with the headers' initialisers. */
static kl_atomic_u32 counter = KL_ATOMIC_INIT(7);
static kl_spinlock lock = KL_SPINLOCK_INIT;
static uint32_t spsc_storage[8];
static kl_spsc spsc = KL_SPSC_INIT(spsc_storage, 8, sizeof(uint32_t));
static uint16_t ring_storage[4];
static kl_ring ring = KL_RING_INIT(ring_storage, 4, sizeof(uint16_t));
static kl_list list_head = KL_LIST_INIT(list_head);
#if KL_HAVE_THREADS
static kl_mutex mutex = KL_MUTEX_INIT;
#endif

/* ---------------------------------------------------------------------
 * Layout: C's view against C++'s. */

#define KL__TYPE(T) { #T, sizeof(T), alignof(T) },
#define KL__FIELD(T, f) { #T "." #f, offsetof(T, f), 0 },
static const kl_test_layout cxx_layouts[] = {
    KL_TEST_LAYOUT_TYPES(KL__TYPE) KL_TEST_LAYOUT_FIELDS(KL__FIELD)
};

START_TEST(test_layout)
{
    ck_assert_uint_eq(kl_test_c_layouts_len, KL_ARRAY_LEN(cxx_layouts));
    for (size_t i = 0; i < KL_ARRAY_LEN(cxx_layouts); i++) {
        const kl_test_layout *c = &kl_test_c_layouts[i], *x = &cxx_layouts[i];
        ck_assert_str_eq(c->name, x->name);
        ck_assert_msg(c->size == x->size && c->align == x->align,
                      "%s: C has size/offset %zu align %zu, C++ %zu %zu", c->name,
                      c->size, c->align, x->size, x->align);
    }
    ck_assert_uint_eq(sizeof(kl_atomic_u64), 8);
    ck_assert_uint_eq(alignof(kl_atomic_u64), 8);
    ck_assert_uint_eq(offsetof(kl_spsc, head) % KL_CACHE_LINE, 0);
    ck_assert_uint_eq(offsetof(kl_spsc, tail) % KL_CACHE_LINE, 0);
}
END_TEST

/* ---------------------------------------------------------------------
 * Atomics and the lock-free structures of the bare layer. */

START_TEST(test_atomic)
{
    ck_assert_uint_eq(kl_atomic_u32_load(&counter, KL_ORDER_ACQUIRE), 7);
    ck_assert_uint_eq(kl_atomic_u32_fetch_add(&counter, 5, KL_ORDER_RELAXED), 7);
    ck_assert_uint_eq(kl_atomic_u32_fetch_sub(&counter, 2, KL_ORDER_ACQ_REL), 12);
    ck_assert_uint_eq(kl_atomic_u32_fetch_and(&counter, 0xe, KL_ORDER_SEQ_CST), 10);
    ck_assert_uint_eq(kl_atomic_u32_fetch_or(&counter, 0x31, KL_ORDER_RELEASE), 10);
    ck_assert_uint_eq(kl_atomic_u32_fetch_xor(&counter, 0xff, KL_ORDER_RELAXED), 0x3b);
    ck_assert_uint_eq(kl_atomic_u32_exchange(&counter, 1, KL_ORDER_SEQ_CST), 0xc4);
    uint32_t expected = 2;
    ck_assert(!kl_atomic_u32_compare_exchange(&counter, &expected, 3, KL_ORDER_SEQ_CST,
                                              KL_ORDER_RELAXED));
    ck_assert_uint_eq(expected, 1);
    ck_assert(kl_atomic_u32_compare_exchange(&counter, &expected, 3, KL_ORDER_SEQ_CST,
                                             KL_ORDER_RELAXED));
    while (!kl_atomic_u32_compare_exchange_weak(&counter, &expected, 9, KL_ORDER_ACQ_REL,
                                                KL_ORDER_ACQUIRE))
        ;
    ck_assert_uint_eq(kl_atomic_u32_load(&counter, KL_ORDER_SEQ_CST), 9);

    kl_atomic_i32 s;
    kl_atomic_i32_init(&s, INT32_MAX);
    ck_assert_int_eq(kl_atomic_i32_fetch_add(&s, 1, KL_ORDER_RELAXED), INT32_MAX);
    ck_assert_int_eq(kl_atomic_i32_load(&s, KL_ORDER_RELAXED), INT32_MIN);

    kl_atomic_bool b = KL_ATOMIC_INIT(false);
    ck_assert(!kl_atomic_bool_exchange(&b, true, KL_ORDER_ACQ_REL));
    ck_assert(kl_atomic_bool_load(&b, KL_ORDER_ACQUIRE));

    int target = 0;
    kl_atomic_ptr p = KL_ATOMIC_INIT(NULL);
    kl_atomic_ptr_store(&p, &target, KL_ORDER_RELEASE);
    ck_assert_ptr_eq(kl_atomic_ptr_load(&p, KL_ORDER_ACQUIRE), &target);

    kl_atomic_u8 u8 = KL_ATOMIC_INIT(250);
    ck_assert_uint_eq(kl_atomic_u8_fetch_add(&u8, 10, KL_ORDER_RELAXED), 250);
    ck_assert_uint_eq(kl_atomic_u8_load(&u8, KL_ORDER_RELAXED), 4);
    kl_atomic_u16 u16 = KL_ATOMIC_INIT(1);
    ck_assert_uint_eq(kl_atomic_u16_fetch_sub(&u16, 2, KL_ORDER_RELAXED), 1);
    ck_assert_uint_eq(kl_atomic_u16_load(&u16, KL_ORDER_RELAXED), 0xffff);
    kl_atomic_usize us = KL_ATOMIC_INIT(SIZE_MAX);
    ck_assert_uint_eq(kl_atomic_usize_fetch_add(&us, 1, KL_ORDER_RELAXED), SIZE_MAX);
    kl_atomic_fence(KL_ORDER_SEQ_CST);
    kl_atomic_signal_fence(KL_ORDER_ACQ_REL);

#if KL_HAVE_ATOMIC_64
    /* One object, written by C++ and by C. */
    kl_atomic_u64 w = KL_ATOMIC_INIT(UINT64_C(1) << 40);
    ck_assert_uint_eq(kl_test_c_fetch_add(&w, 3), UINT64_C(1) << 40);
    ck_assert_uint_eq(kl_atomic_u64_fetch_add(&w, 4, KL_ORDER_SEQ_CST), (UINT64_C(1) << 40) + 3);
    ck_assert_uint_eq(kl_test_c_fetch_add(&w, 0), (UINT64_C(1) << 40) + 7);
    kl_atomic_i64 i64 = KL_ATOMIC_INIT(-1);
    ck_assert_int_eq(kl_atomic_i64_fetch_sub(&i64, INT64_MAX, KL_ORDER_RELAXED), -1);
    ck_assert_int_eq(kl_atomic_i64_load(&i64, KL_ORDER_RELAXED), INT64_MIN);
#endif

    kl_backoff bo = KL_BACKOFF_INIT;
    kl_backoff_spin(&bo);
    kl_backoff_reset(&bo);
    ck_assert_uint_eq(bo.step, 0);
    kl_cpu_relax();

    kl_spinlock_lock(&lock);
    ck_assert(!kl_spinlock_try_lock(&lock));
    kl_spinlock_unlock(&lock);
    ck_assert(kl_spinlock_try_lock(&lock));
    kl_spinlock_unlock(&lock);

    /* The SPSC queue, pushed from C and C++, popped in C++. */
    ck_assert_uint_eq(kl_spsc_capacity(&spsc), 8);
    uint32_t v = 41;
    ck_assert(kl_spsc_push(&spsc, &v));
    ck_assert(kl_test_c_spsc_push(&spsc, 42));
    ck_assert_uint_eq(kl_spsc_len(&spsc), 2);
    ck_assert_uint_eq(*(uint32_t *)kl_spsc_peek(&spsc), 41);
    ck_assert(kl_spsc_pop(&spsc, &v) && v == 41);
    ck_assert(kl_spsc_pop(&spsc, &v) && v == 42);
    ck_assert(!kl_spsc_pop(&spsc, &v));
}
END_TEST

#if KL_HAVE_THREADS
static void *add_many(void *arg)
{
    kl_atomic_u32 *a = static_cast<kl_atomic_u32 *>(arg);
    for (int i = 0; i < 10000; i++) {
        kl_atomic_u32_fetch_add(a, 1, KL_ORDER_RELAXED);
        kl_mutex_lock(&mutex);
        kl_mutex_unlock(&mutex);
    }
    return arg;
}

START_TEST(test_threads)
{
    kl_atomic_u32 a = KL_ATOMIC_INIT(0);
    kl_thread t[2];
    for (int i = 0; i < 2; i++)
        ck_assert_int_eq(kl_thread_spawn(&t[i], add_many, &a), KL_OK);
    for (int i = 0; i < 2; i++) {
        void *r = NULL;
        ck_assert_int_eq(kl_thread_join(t[i], &r), KL_OK);
        ck_assert_ptr_eq(r, &a);
    }
    ck_assert_uint_eq(kl_atomic_u32_load(&a, KL_ORDER_SEQ_CST), 20000);
    ck_assert(kl_mutex_try_lock(&mutex));
    kl_mutex_unlock(&mutex);
}
END_TEST
#endif

/* ---------------------------------------------------------------------
 * The rest of the bare layer. */

struct item {
    int key;
    kl_list link;
    kl_rb_node node;
};

static int item_cmp(const kl_rb_node *a, const kl_rb_node *b)
{
    int x = KL_RB_ENTRY(a, item, node)->key;
    int y = KL_RB_ENTRY(b, item, node)->key;
    return (x > y) - (x < y);
}

START_TEST(test_bare)
{
    char buf[64];
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%d|%5.2f|%s|%#x", -42, 3.14159, "keel", 255u),
                      19);
    ck_assert_str_eq(buf, "-42| 3.14|keel|0xff");
    ck_assert_uint_eq(kl_fmt_f64(buf, 0.1), 3);
    ck_assert(memcmp(buf, "0.1", 3) == 0);
    double d = 0;
    ck_assert_int_eq(kl_parse_f64(KL_STR("2.5e-3"), &d), KL_OK);
    ck_assert(d == 2.5e-3);

    kl_str s = KL_STR("  hello, world ");
    kl_str t = kl_str_trim(s);
    ck_assert(kl_str_eq(t, KL_STR("hello, world")));
    ck_assert(kl_str_starts_with(t, KL_STR("hell")));

    kl_duration du = kl_duration_from_millis(1500);
    ck_assert_uint_eq(kl_duration_as_secs(du), 1);
    ck_assert_uint_eq(kl_duration_saturating_sub(du, KL_DURATION_MAX).ns, KL_DURATION_ZERO.ns);
    ck_assert_uint_eq(kl_duration_saturating_add(du, KL_DURATION_MAX).ns, UINT64_MAX);

    uint32_t sum = 0;
    ck_assert(!kl_checked_add_u32(UINT32_MAX, 1, &sum));
    ck_assert(kl_checked_add_u32(40, 2, &sum) && sum == 42);
    ck_assert_uint_eq(kl_wrapping_add_u8(200, 100), 44);

    ck_assert_str_eq(kl_err_name(KL_ENOMEM), "KL_ENOMEM");
    ck_assert_uint_eq(kl_unicode_to_upper(0x00e9), 0x00c9);
    ck_assert(kl_unicode_is_letter('a'));
    ck_assert_uint_eq(kl_hash64("", 0, 0), kl_hash64("", 0, 0));
    kl_rand r;
    kl_rand_seed(&r, 1);
    ck_assert_uint_lt(kl_rand_below(&r, 10), 10);

    uint16_t x = 1;
    ck_assert(kl_ring_push_back(&ring, &x));
    x = 2;
    ck_assert(kl_ring_push_front(&ring, &x));
    ck_assert_uint_eq(kl_ring_len(&ring), 2);
    ck_assert(kl_ring_pop_front(&ring, &x) && x == 2);
    ck_assert(kl_ring_pop_front(&ring, &x) && x == 1);

    item items[5];
    kl_rb_tree tree = KL_RB_TREE_INIT(item_cmp);
    static const int keys[5] = { 30, 10, 50, 20, 40 };
    for (int i = 0; i < 5; i++) {
        items[i].key = keys[i];
        kl_list_insert_tail(&list_head, &items[i].link);
        ck_assert_ptr_null(kl_rb_insert(&tree, &items[i].node));
    }
    ck_assert_uint_eq(kl_list_len(&list_head), 5);
    ck_assert_ptr_null(kl_rb_check(&tree));
    int expect = 10;
    kl_rb_node *n;
    KL_RB_FOR_EACH(n, &tree)
    {
        ck_assert_int_eq(KL_RB_ENTRY(n, item, node)->key, expect);
        expect += 10;
    }
    item *it, *tmp;
    int i = 0;
    KL_LIST_FOR_EACH_ENTRY_SAFE(it, tmp, &list_head, item, link)
    {
        ck_assert_int_eq(it->key, keys[i++]);
        kl_list_remove(&it->link);
    }
    ck_assert(kl_list_empty(&list_head));
    item probe;
    probe.key = 40;
    ck_assert_ptr_eq(kl_rb_find(&tree, &probe.node), &items[4].node);

    /* KL_SORT_DEFINE. */
    uint32_t a[9] = { 5, 3, 9, 1, 7, 2, 8, 6, 4 };
    sort_u32(a, 9);
    for (uint32_t j = 0; j < 9; j++)
        ck_assert_uint_eq(a[j], j + 1);
    uint32_t b2[9] = { 5, 3, 9, 1, 7, 2, 8, 6, 4 }, scratch[9];
    sort_u32_stable(b2, 9, scratch);
    ck_assert(memcmp(a, b2, sizeof a) == 0);
    uint32_t c[9] = { 5, 3, 9, 1, 7, 2, 8, 6, 4 };
    sort_u32_select_nth(c, 9, 4);
    ck_assert_uint_eq(c[4], 5);
    point pts[3] = { { 2, 1 }, { 1, 5 }, { 1, 2 } };
    sort_point(pts, 3);
    ck_assert(pts[0].x == 1 && pts[0].y == 2 && pts[2].x == 2);
    KL_EXPECT_PANIC(sort_u32_select_nth(c, 9, 9));
}
END_TEST

/* ---------------------------------------------------------------------
 * The alloc layer's generators. */

START_TEST(test_vec)
{
    u32_vec v;
    u32_vec_init(&v, NULL);
    for (uint32_t j = 0; j < 100; j++)
        ck_assert_int_eq(u32_vec_push(&v, (j * 37) % 100), KL_OK);
    ck_assert_uint_eq(u32_vec_len(&v), 100);
    ck_assert_uint_eq(*u32_vec_get(&v, 1), 37);
    ck_assert_ptr_null(u32_vec_get(&v, 100));
    ck_assert_uint_eq(kl_test_c_vec_sum(&v.raw), 4950);
    u32_vec_sort_unstable(&v);
    ck_assert_uint_eq(*u32_vec_at(&v, 99), 99);
    ck_assert_int_eq(u32_vec_insert(&v, 0, 1000), KL_OK);
    ck_assert_uint_eq(u32_vec_remove(&v, 0), 1000);
    uint32_t last = 0;
    ck_assert(u32_vec_pop(&v, &last) && last == 99);
    u32_vec_view view = u32_vec_slice(&v, 10, 20);
    ck_assert_uint_eq(view.len, 10);
    ck_assert_uint_eq(view.ptr[0], 10);
    const uint32_t more[3] = { 7, 8, 9 };
    ck_assert_int_eq(u32_vec_extend(&v, more, 3), KL_OK);
    ck_assert_uint_eq(*u32_vec_last(&v), 9);
    ck_assert_int_eq(u32_vec_sort_stable(&v), KL_OK);
    ck_assert_uint_eq(*u32_vec_at(&v, 7), 7);
    ck_assert_uint_eq(*u32_vec_at(&v, 8), 7);
    ck_assert_uint_eq(*u32_vec_at(&v, 9), 8);
    ck_assert_uint_eq(u32_vec_len(&v), 102);
    KL_EXPECT_PANIC(u32_vec_at(&v, 1000));
    u32_vec_truncate(&v, 3);
    ck_assert_int_eq(u32_vec_shrink_to_fit(&v), KL_OK);
    ck_assert_uint_eq(u32_vec_cap(&v), 3);
    u32_vec_free(&v);

    point_vec pv;
    point_vec_init(&pv, NULL);
    point p1 = { 3, 4 }, p2 = { 1, 9 };
    ck_assert_int_eq(point_vec_push(&pv, p1), KL_OK);
    ck_assert_int_eq(point_vec_push(&pv, p2), KL_OK);
    point_vec_sort_unstable(&pv);
    ck_assert_int_eq(point_vec_data(&pv)[0].x, 1);
    point_vec_free(&pv);

    u64_deque q;
    u64_deque_init(&q, NULL);
    for (uint64_t j = 0; j < 20; j++)
        ck_assert_int_eq(j % 2 ? u64_deque_push_back(&q, j) : u64_deque_push_front(&q, j), KL_OK);
    ck_assert_uint_eq(u64_deque_len(&q), 20);
    ck_assert_uint_eq(*u64_deque_front(&q), 18);
    ck_assert_uint_eq(*u64_deque_back(&q), 19);
    kl_deque_iter di;
    u64_deque_iter(&q, &di);
    ck_assert_uint_eq(*u64_deque_iter_next(&di), 18);
    uint64_t out = 0;
    ck_assert(u64_deque_pop_back(&q, &out) && out == 19);
    ck_assert(u64_deque_pop_front(&q, &out) && out == 18);
    u64_deque_free(&q);

    u32_heap h;
    u32_heap_init(&h, NULL);
    static const uint32_t in[6] = { 4, 1, 6, 3, 6, 2 };
    for (int j = 0; j < 6; j++)
        ck_assert_int_eq(u32_heap_push(&h, in[j]), KL_OK);
    ck_assert_uint_eq(*u32_heap_peek(&h), 6);
    uint32_t top = 0;
    ck_assert(u32_heap_pop(&h, &top) && top == 6);
    kl_vec sorted;
    u32_heap_into_sorted(&h, &sorted);
    ck_assert_uint_eq(sorted.len, 5);
    ck_assert_uint_eq(((uint32_t *)sorted.ptr)[0], 1);
    ck_assert_uint_eq(((uint32_t *)sorted.ptr)[4], 6);
    u32_heap_from_vec(&h, &sorted);
    ck_assert(u32_heap_pop(&h, &top) && top == 6);
    u32_heap_free(&h);
}
END_TEST

START_TEST(test_alloc)
{
    kl_string s;
    kl_string_init(&s, NULL);
    ck_assert_int_eq(kl_string_push_str(&s, KL_STR("grüße")), KL_OK);
    ck_assert_int_eq(kl_string_fmt(&s, " %d", 42), KL_OK);
    kl_string up;
    ck_assert_int_eq(kl_string_to_upper(&up, NULL, kl_string_as_str(&s)), KL_OK);
    ck_assert(kl_str_eq(kl_string_as_str(&up), KL_STR("GRÜSSE 42")));
    kl_str_vec parts;
    kl_str_vec_init(&parts, NULL);
    ck_assert_int_eq(kl_string_split(&parts, kl_string_as_str(&up), KL_STR(" ")), KL_OK);
    ck_assert_uint_eq(kl_str_vec_len(&parts), 2);
    ck_assert(kl_str_eq(*kl_str_vec_at(&parts, 1), KL_STR("42")));
    kl_str_vec_free(&parts);
    kl_string_free(&up);
    kl_string_free(&s);

    kl_arena ar;
    kl_arena_init(&ar, NULL, 256);
    void *m = kl_arena_alloc(&ar, 24, 8);
    ck_assert_ptr_nonnull(m);
    ck_assert_uint_eq((uintptr_t)m % 8, 0);
    kl_arena_free(&ar);

    kl_bitset bs;
    ck_assert_int_eq(kl_bitset_init(&bs, NULL, 100), KL_OK);
    kl_bitset_set_all(&bs);
    ck_assert_uint_eq(kl_bitset_count(&bs), 100);
    kl_bitset_free(&bs);

    double value = 2.5;
    kl_rc rc;
    ck_assert_int_eq(kl_rc_new(&rc, NULL, &value, sizeof value, KL_ALIGNOF(double), NULL),
                     KL_OK);
    kl_rc rc2 = kl_rc_clone(rc);
    ck_assert_uint_eq(kl_rc_strong_count(rc), 2);
    ck_assert(*KL_RC_GET(rc2, double) == 2.5);
    kl_rc_drop(rc2);
    kl_rc_drop(rc);
    kl_rc_weak none = KL_RC_WEAK_NONE;
    kl_rc_weak_drop(none);

    static max_align_t region[512];
    kl_heap heap;
    ck_assert_int_eq(kl_heap_init(&heap, region, sizeof region), KL_OK);
    void *hp = kl_heap_alloc(&heap, 100, 16);
    ck_assert_ptr_nonnull(hp);
    kl_heap_free(&heap, hp);
}
END_TEST

START_TEST(test_maps)
{
    point_map pm;
    point_map_init(&pm, NULL);
    for (int32_t j = 0; j < 50; j++) {
        point k = { j, -j };
        ck_assert_int_eq(point_map_insert(&pm, k, j * 0.5, NULL, NULL), KL_OK);
    }
    point k7 = { 7, -7 }, k99 = { 99, 0 };
    ck_assert(*point_map_get(&pm, k7) == 3.5);
    ck_assert_ptr_null(point_map_get(&pm, k99));
    ck_assert(point_map_remove(&pm, k7, NULL));
    ck_assert_uint_eq(point_map_len(&pm), 49);
    ck_assert_ptr_null(point_map_check(&pm));
    kl_hashmap_iter hi = KL_HASHMAP_ITER_INIT;
    size_t count = 0;
    while (point_map_next(&pm, &hi) != NULL)
        count++;
    ck_assert_uint_eq(count, 49);
    point_map_free(&pm);

    u64_map um;
    u64_map_init(&um, NULL);
    uint32_t *val;
    bool fresh;
    ck_assert_int_eq(u64_map_entry(&um, 42, &val, &fresh), KL_OK);
    ck_assert(fresh && *val == 0);
    *val = 5;
    ck_assert_uint_eq(*u64_map_get(&um, 42), 5);
    u64_map_free(&um);
    u64_fast_map uf;
    u64_fast_map_init(&uf, NULL);
    ck_assert_int_eq(u64_fast_map_insert(&uf, 1, 2, NULL, NULL), KL_OK);
    ck_assert(u64_fast_map_contains(&uf, 1));
    u64_fast_map_free(&uf);

    str_map sm;
    str_map_init(&sm, NULL);
    ck_assert_int_eq(str_map_insert(&sm, KL_STR("one"), 1, NULL, NULL), KL_OK);
    ck_assert_int_eq(*str_map_get(&sm, KL_STR("one")), 1);
    str_map_free(&sm);
    str_fast_map sf;
    str_fast_map_init(&sf, NULL);
    ck_assert_int_eq(str_fast_map_insert(&sf, KL_STR("two"), 2, NULL, NULL), KL_OK);
    ck_assert_int_eq(*str_fast_map_get(&sf, KL_STR("two")), 2);
    str_fast_map_free(&sf);

    point_set ps;
    point_set_init(&ps, NULL);
    bool inserted = false;
    ck_assert_int_eq(point_set_insert(&ps, k7, &inserted), KL_OK);
    ck_assert(inserted);
    ck_assert_int_eq(point_set_insert(&ps, k7, &inserted), KL_OK);
    ck_assert(!inserted);
    ck_assert(point_set_remove(&ps, k7));
    point_set_free(&ps);
    u64_set us;
    u64_set_init(&us, NULL);
    ck_assert_int_eq(u64_set_insert(&us, 3, NULL), KL_OK);
    ck_assert(u64_set_contains(&us, 3));
    u64_set_free(&us);
    u64_fast_set ufs;
    u64_fast_set_init(&ufs, NULL);
    ck_assert_int_eq(u64_fast_set_insert(&ufs, 3, NULL), KL_OK);
    ck_assert(u64_fast_set_contains(&ufs, 3));
    u64_fast_set_free(&ufs);
    str_set ss;
    str_set_init(&ss, NULL);
    ck_assert_int_eq(str_set_insert(&ss, KL_STR("x"), NULL), KL_OK);
    ck_assert(str_set_contains(&ss, KL_STR("x")));
    str_set_free(&ss);

    u64_tree t;
    u64_tree_init(&t, NULL);
    for (uint64_t j = 0; j < 100; j++)
        ck_assert_int_eq(u64_tree_insert(&t, (j * 7) % 100, j, NULL, NULL), KL_OK);
    uint64_t key = 49;
    ck_assert_uint_eq(*u64_tree_get(&t, &key), 7);
    uint64_t *kp, *vp;
    ck_assert(u64_tree_first(&t, &kp, &vp) && *kp == 0);
    ck_assert(u64_tree_lower_bound(&t, &key, &kp, &vp) && *kp == 49);
    kl_btree_iter bi;
    u64_tree_iter(&t, &bi);
    uint64_t prev = 0, n = 0;
    while (u64_tree_next(&bi, &kp, &vp)) {
        ck_assert(n == 0 || *kp > prev);
        prev = *kp;
        n++;
    }
    ck_assert_uint_eq(n, 100);
    ck_assert(u64_tree_remove(&t, &key, NULL, NULL));
    ck_assert_uint_eq(u64_tree_len(&t), 99);
    u64_tree_free(&t);

    u64_tree_set ts;
    u64_tree_set_init(&ts, NULL);
    bool existed = true;
    ck_assert_int_eq(u64_tree_set_insert(&ts, 5, &existed), KL_OK);
    ck_assert(!existed);
    ck_assert(u64_tree_set_contains(&ts, &key) == false);
    u64_tree_set_free(&ts);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("cxx_headers");
    TCase *tc = tcase_create("cxx");
    tcase_add_test(tc, test_layout);
    tcase_add_test(tc, test_atomic);
#if KL_HAVE_THREADS
    tcase_add_test(tc, test_threads);
#endif
    tcase_add_test(tc, test_bare);
    tcase_add_test(tc, test_vec);
    tcase_add_test(tc, test_alloc);
    tcase_add_test(tc, test_maps);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
