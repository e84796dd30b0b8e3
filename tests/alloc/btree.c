/* Tests of keel/btree.h: a map and a set run against a sorted-array model
 * (kl_btree_check along the way), the type-erased core with odd key and
 * value layouts, and allocation failure injected at every allocation of a
 * workload. */
#include <string.h>

#include <keel/btree.h>
#include <keel/config.h>
#include <keel/num.h>
#include "../harness.h"
#include "failing_alloc.h"

static inline int u64_cmp(const uint64_t *a, const uint64_t *b)
{
    return (*a > *b) - (*a < *b);
}

static inline int u32_cmp(const uint32_t *a, const uint32_t *b)
{
    return (*a > *b) - (*a < *b);
}

KL_BTREE_DEFINE(u64_map, uint64_t, uint64_t, u64_cmp)
KL_BTREE_SET_DEFINE(u32_set, uint32_t, u32_cmp)
KL_BTREE_SET_DEFINE(u64_set, uint64_t, u64_cmp)

/* The benchmark's map: kl_cmp_u64, whose comparisons the node scan
 * reduces to compare-and-carry, without a branch. */
KL_BTREE_DEFINE(fast_map, uint64_t, uint32_t, kl_cmp_u64)

/* Keys compared as strings, by a comparison that branches on every byte
 * and returns differences of any size, not just -1, 0 and 1. */
typedef struct name_key { char s[12]; } name_key;

static unsigned long name_cmp_calls;

static int name_cmp(const name_key *a, const name_key *b)
{
    name_cmp_calls++;
    for (size_t i = 0; i < sizeof a->s; i++)
        if (a->s[i] != b->s[i])
            return (unsigned char)a->s[i] - (unsigned char)b->s[i];
    return 0;
}

KL_BTREE_DEFINE(name_map, name_key, uint32_t, name_cmp)

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

static uint64_t rnd(void)
{
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1du;
}

static uint64_t below(uint64_t n)
{
    return rnd() % n;
}

#define CHECK(cond, ...)                                                       \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg(__VA_ARGS__);                                         \
    } while (0)

static void check_tree(const kl_btree *t)
{
    const char *err = kl_btree_check(t);
    CHECK(err == NULL, "kl_btree_check: %s", err);
}

/* The model: keys ascending, with their values. */
enum { MODEL_MAX = 40000 };
static uint64_t mkeys[MODEL_MAX], mvals[MODEL_MAX];
static size_t mlen;

/* The first index whose key is >= k. */
static size_t model_lower(uint64_t k)
{
    size_t lo = 0, hi = mlen;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (mkeys[mid] < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static bool model_has(uint64_t k, size_t *at)
{
    size_t i = model_lower(k);
    *at = i;
    return i < mlen && mkeys[i] == k;
}

static void model_insert_at(size_t i, uint64_t k, uint64_t v)
{
    memmove(mkeys + i + 1, mkeys + i, (mlen - i) * sizeof *mkeys);
    memmove(mvals + i + 1, mvals + i, (mlen - i) * sizeof *mvals);
    mkeys[i] = k;
    mvals[i] = v;
    mlen++;
}

static void model_remove_at(size_t i)
{
    memmove(mkeys + i, mkeys + i + 1, (mlen - i - 1) * sizeof *mkeys);
    memmove(mvals + i, mvals + i + 1, (mlen - i - 1) * sizeof *mvals);
    mlen--;
}

/* Iterate m's range [lo, hi) as the bounds say, both ways from both ends
 * at once (a random interleaving of next and prev), against the model. */
static void check_range(u64_map *m, uint64_t lo, kl_btree_bound lb, uint64_t hi,
                        kl_btree_bound hb, size_t limit)
{
    size_t a = lb == KL_BTREE_UNBOUNDED ? 0 : model_lower(lo + (lb == KL_BTREE_EXCLUDED));
    if (lb == KL_BTREE_EXCLUDED && lo == UINT64_MAX)
        a = mlen;
    size_t b = hb == KL_BTREE_UNBOUNDED ? mlen : model_lower(hi + (hb == KL_BTREE_INCLUDED));
    if (hb == KL_BTREE_INCLUDED && hi == UINT64_MAX)
        b = mlen;
    if (b < a)
        b = a;
    kl_btree_iter it;
    u64_map_range(m, &it, &lo, lb, &hi, hb);
    uint64_t *k, *v;
    size_t steps = 0;
    int mode = (int)below(4); /* 0: forward, 1: backward, else mixed */
    while (a < b && steps < limit) {
        bool fwd = mode == 0 || (mode >= 2 && below(2) == 0);
        if (fwd) {
            CHECK(u64_map_next(&it, &k, &v), "next ended early at model index %zu", a);
            CHECK(*k == mkeys[a] && *v == mvals[a], "next gave %llu, model %llu",
                  (unsigned long long)*k, (unsigned long long)mkeys[a]);
            a++;
        } else {
            CHECK(u64_map_prev(&it, &k, &v), "prev ended early at model index %zu", b - 1);
            CHECK(*k == mkeys[b - 1] && *v == mvals[b - 1], "prev gave %llu, model %llu",
                  (unsigned long long)*k, (unsigned long long)mkeys[b - 1]);
            b--;
        }
        steps++;
    }
    if (a == b) {
        CHECK(!u64_map_next(&it, &k, &v), "next goes past the range");
        CHECK(!u64_map_prev(&it, &k, &v), "prev goes past the range");
    }
}

static kl_btree_bound rand_bound(void)
{
    return (kl_btree_bound)below(3);
}

/* A random key: from a range that changes with the phase, so the tree
 * grows and shrinks through several heights; sometimes an extreme. */
static uint64_t rand_key(uint64_t range)
{
    uint64_t r = below(64);
    if (r == 0)
        return 0;
    if (r == 1)
        return UINT64_MAX;
    return below(range) * 3 + 1;
}

static void run_map_model(long ops, uint64_t seed)
{
    u64_map m;
    u64_map_init(&m, NULL);
    mlen = 0;
    rng_state = seed;
    uint64_t range = 100;
    for (long op = 0; op < ops; op++) {
        if (op % 5000 == 0) {
            static const uint64_t ranges[] = { 30, 1000, 12000, 300, 6000, 100 };
            range = ranges[(op / 5000) % KL_ARRAY_LEN(ranges)];
        }
        uint64_t k = rand_key(range), v = rnd();
        size_t at;
        unsigned what = (unsigned)below(100);
        if (what < 40) {
            /* insert (mostly new keys when the range is large) */
            if (mlen >= MODEL_MAX - 2 && !model_has(k, &at))
                continue;
            uint64_t old = 0;
            bool replaced = false;
            CHECK(u64_map_insert(&m, k, v, &old, &replaced) == KL_OK, "insert failed");
            if (model_has(k, &at)) {
                CHECK(replaced && old == mvals[at], "replace: old value wrong");
                mvals[at] = v;
            } else {
                CHECK(!replaced, "insert of a new key says replaced");
                model_insert_at(at, k, v);
            }
        } else if (what < 70) {
            /* remove */
            uint64_t ko = 0, vo = 0;
            bool got = u64_map_remove(&m, &k, &ko, &vo);
            if (model_has(k, &at)) {
                CHECK(got && ko == k && vo == mvals[at], "remove: wrong entry out");
                model_remove_at(at);
            } else {
                CHECK(!got, "remove of an absent key succeeded");
            }
        } else if (what < 80) {
            /* get, contains */
            uint64_t *p = u64_map_get(&m, &k);
            if (model_has(k, &at))
                CHECK(p != NULL && *p == mvals[at], "get: wrong value");
            else
                CHECK(p == NULL, "get of an absent key");
            CHECK(u64_map_contains(&m, &k) == (p != NULL), "contains disagrees with get");
        } else if (what < 84) {
            /* pop either end, first/last */
            uint64_t *fk, *fv, ko, vo;
            bool front = below(2) == 0;
            bool has = front ? u64_map_first(&m, &fk, &fv) : u64_map_last(&m, &fk, &fv);
            CHECK(has == (mlen > 0), "first/last on an empty map");
            if (mlen > 0) {
                size_t i = front ? 0 : mlen - 1;
                CHECK(*fk == mkeys[i] && *fv == mvals[i], "first/last wrong");
                CHECK(front ? u64_map_pop_first(&m, &ko, &vo) : u64_map_pop_last(&m, &ko, &vo),
                      "pop failed");
                CHECK(ko == mkeys[i] && vo == mvals[i], "pop gave the wrong entry");
                model_remove_at(i);
            } else {
                CHECK(!u64_map_pop_first(&m, &ko, &vo) && !u64_map_pop_last(&m, &ko, &vo),
                      "pop of an empty map");
            }
        } else if (what < 90) {
            /* lower and upper bound */
            uint64_t *bk, *bv;
            size_t i = model_lower(k);
            bool has = u64_map_lower_bound(&m, &k, &bk, &bv);
            CHECK(has == (i < mlen), "lower_bound existence");
            if (has)
                CHECK(*bk == mkeys[i] && *bv == mvals[i], "lower_bound wrong");
            if (i < mlen && mkeys[i] == k)
                i++;
            has = u64_map_upper_bound(&m, &k, &bk, &bv);
            CHECK(has == (i < mlen), "upper_bound existence");
            if (has)
                CHECK(*bk == mkeys[i], "upper_bound wrong");
        } else if (what < 99) {
            /* a range, both ways; mostly short walks */
            uint64_t hi = rand_key(range);
            check_range(&m, k, rand_bound(), hi, rand_bound(), below(8) == 0 ? SIZE_MAX : 40);
        } else if (below(50) == 0) {
            u64_map_clear(&m);
            mlen = 0;
        }
        CHECK(u64_map_len(&m) == mlen, "len %zu, model %zu", u64_map_len(&m), mlen);
        if (mlen < 200 || op % 16 == 0)
            check_tree(&m.raw);
    }
    /* Full iteration both ways. */
    check_range(&m, 0, KL_BTREE_UNBOUNDED, 0, KL_BTREE_UNBOUNDED, SIZE_MAX);
    check_tree(&m.raw);
    u64_map_free(&m);
    ck_assert_ptr_null(m.raw.root);
    ck_assert_uint_eq(u64_map_len(&m), 0);
}

/* The name of number i: "node-" and i in base 26, four letters: names
 * sort as their numbers do. */
static name_key name_of(uint32_t i)
{
    name_key k = { "node-aaaa" };
    for (size_t d = 8; d >= 5; d--) {
        k.s[d] = (char)('a' + i % 26);
        i /= 26;
    }
    return k;
}

/* Every number below 2 * n + 2 looked up in fast_map and name_map, which
 * hold the even ones below 2 * n (value: the number): found exactly when
 * present, with its value; the odd ones fall between keys, before the
 * first and after the last. */
static void check_probes(fast_map *f, name_map *m, uint32_t n)
{
    for (uint32_t i = 0; i < 2 * n + 2; i++) {
        bool present = i % 2 == 0 && i < 2 * n;
        uint32_t *v = fast_map_get(f, &(uint64_t){ i });
        CHECK((v != NULL) == present && (v == NULL || *v == i), "fast_map get %u of %u",
              (unsigned)i, (unsigned)n);
        name_key k = name_of(i);
        v = name_map_get(m, &k);
        CHECK((v != NULL) == present && (v == NULL || *v == i), "name_map get %u of %u",
              (unsigned)i, (unsigned)n);
    }
}

/* Every key of every node under n found in its own node, at its own
 * index: the first and last keys of internal nodes and leaves, and the
 * one key of a root that holds one. */
static void check_node_keys(fast_map *f, const kl_btree_node *n)
{
    const uint64_t *keys = fast_map_keys_(n);
    for (size_t i = 0; i < n->len; i++) {
        size_t idx;
        bool found;
        kl_btree_node *at = fast_map_search_(f, &keys[i], &idx, &found);
        CHECK(found && at == n && idx == i, "key %zu of a node of %u at height %u", i,
              (unsigned)n->len, (unsigned)n->height);
        /* Just below and above the key: absent, and where they would go. */
        uint64_t lo = keys[i] - 1, hi = keys[i] + 1;
        at = fast_map_search_(f, &lo, &idx, &found);
        CHECK(!found && at->height == 0, "below key %zu", i);
        at = fast_map_search_(f, &hi, &idx, &found);
        CHECK(!found && at->height == 0, "above key %zu", i);
    }
    if (n->height > 0)
        for (size_t i = 0; i <= n->len; i++)
            check_node_keys(f, fast_map_edges_(n)[i]);
}

/* The node search at its edges: trees of every size from one entry up
 * (a root leaf of one key to eleven, then roots of one key over leaves,
 * then height 2), built in a random order and emptied in another; every
 * key found in its node, numbers between and beyond the keys not found:
 * u64 keys with a branch-free comparison (kl_cmp_u64), by the counting
 * scan and by the stopping one, and string keys with a branching one (by
 * the stopping scan, the only one for keys not of arithmetic type). */
START_TEST(node_search_edges)
{
    uint32_t max = (uint32_t)kl_test_iterations(KL_PLATFORM_NONE ? 60 : 160, 1);
    static uint32_t order[512];
    rng_state = 7;
    for (uint32_t n = 1; n <= max; n++) {
        fast_map f;
        name_map m;
        fast_map_init(&f, NULL);
        name_map_init(&m, NULL);
        for (uint32_t i = 0; i < n; i++)
            order[i] = 2 * i;
        for (uint32_t i = n; i > 1; i--) {
            uint32_t j = (uint32_t)below(i), tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        for (uint32_t i = 0; i < n; i++) {
            CHECK(fast_map_insert(&f, order[i], order[i], NULL, NULL) == KL_OK, "insert");
            CHECK(name_map_insert(&m, name_of(order[i]), order[i], NULL, NULL) == KL_OK,
                  "insert");
        }
        check_tree(&f.raw);
        check_tree(&m.raw);
        check_probes(&f, &m, n);
        check_node_keys(&f, f.raw.root);
        /* The same with the trees' entry counts made to look big: the
         * search then scans each node only up to the key, as in trees of
         * KL__BTREE_PREFETCH_MIN entries and more, and prefetches (the
         * count decides nothing else in a lookup). */
        size_t flen = f.raw.len, mlen_ = m.raw.len;
        f.raw.len = m.raw.len = KL__BTREE_PREFETCH_MIN;
        check_probes(&f, &m, n);
        check_node_keys(&f, f.raw.root);
        f.raw.len = flen;
        m.raw.len = mlen_;
        for (uint32_t i = n; i > 1; i--) {
            uint32_t j = (uint32_t)below(i), tmp = order[i - 1];
            order[i - 1] = order[j];
            order[j] = tmp;
        }
        for (uint32_t i = 0; i < n; i++) {
            uint32_t v = 0;
            CHECK(fast_map_remove(&f, &(uint64_t){ order[i] }, NULL, &v) && v == order[i],
                  "remove");
            name_key k = name_of(order[i]), ko;
            CHECK(name_map_remove(&m, &k, &ko, &v) && v == order[i]
                      && name_cmp(&ko, &k) == 0,
                  "remove");
            CHECK(!fast_map_remove(&f, &(uint64_t){ order[i] }, NULL, NULL), "removed twice");
            CHECK(!name_map_remove(&m, &k, NULL, NULL), "removed twice");
            if (f.raw.root != NULL && (n < 40 || i % 16 == 0))
                check_node_keys(&f, f.raw.root);
        }
        ck_assert_ptr_null(f.raw.root);
        ck_assert_ptr_null(m.raw.root);
        fast_map_free(&f);
        name_map_free(&m);
    }
}
END_TEST

/* Which keys the search counts: those of arithmetic type; others (their
 * comparison may be costly) are scanned only up to the key. */
START_TEST(only_arithmetic_keys_are_counted)
{
    ck_assert_int_eq(KL__BTREE_ARITHMETIC(uint64_t), 1);
    ck_assert_int_eq(KL__BTREE_ARITHMETIC(int8_t), 1);
    ck_assert_int_eq(KL__BTREE_ARITHMETIC(char), 1);
    ck_assert_int_eq(KL__BTREE_ARITHMETIC(double), 1);
    ck_assert_int_eq(KL__BTREE_ARITHMETIC(name_key), 0);
    ck_assert_int_eq(KL__BTREE_ARITHMETIC(const char *), 0);
    /* A leaf of eleven string keys: finding the first calls the
     * comparison once (counting would call it twelve times). */
    name_map m;
    name_map_init(&m, NULL);
    for (uint32_t i = 0; i < KL_BTREE_CAP; i++)
        ck_assert_int_eq(name_map_insert(&m, name_of(i), i, NULL, NULL), KL_OK);
    ck_assert_int_eq(m.raw.root->height, 0);
    name_key k = name_of(0);
    name_cmp_calls = 0;
    ck_assert_ptr_nonnull(name_map_get(&m, &k));
    ck_assert_uint_eq(name_cmp_calls, 1);
    name_map_free(&m);
}
END_TEST

START_TEST(map_against_a_model)
{
    run_map_model(kl_test_iterations(KL_PLATFORM_NONE ? 6000 : 120000, 10), 0x1234567u);
}
END_TEST

/* The nodes under n, and in *padded those whose allocation was padded
 * onto a cache line. */
static size_t count_nodes(const kl_btree *t, const kl_btree_node *n, size_t *padded)
{
    size_t count = 1;
    *padded += (n->shift & 0x8000u) != 0;
    if (n->height > 0) {
        kl_btree_node *const *e = (kl_btree_node *const *)((const char *)n + t->edges_off);
        for (size_t i = 0; i <= n->len; i++)
            count += count_nodes(t, e[i], padded);
    }
    return count;
}

/* A big tree: every shape of split and merge at height 3 and 4.  Where
 * nodes are padded onto cache lines (64-bit targets), the nodes made
 * while the tree was small are not: the tree holds both kinds, and
 * removal and freeing give back every byte of either. */
START_TEST(map_grows_and_shrinks)
{
    long n = kl_test_iterations(KL_PLATFORM_NONE ? 3000 : 30000, 5);
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    u64_map m;
    u64_map_init(&m, &f.allocator);
    for (long i = 0; i < n; i++) {
        /* A permutation of 0..n-1 (n is not a multiple of 7919). */
        uint64_t k = (uint64_t)(i * 7919 % n);
        CHECK(u64_map_insert(&m, k, k * 2, NULL, NULL) == KL_OK, "insert");
    }
    check_tree(&m.raw);
    ck_assert_uint_eq(u64_map_len(&m), (size_t)n);
    if (m.raw.node_pad > 0) {
        /* The first node, still the leftmost leaf (key 0 came first),
         * was made in an empty tree, unpadded; most nodes were made in a
         * tree past the padding threshold. */
        kl_btree_node *first = m.raw.root;
        while (first->height > 0)
            first = *(kl_btree_node **)((char *)first + m.raw.edges_off);
        ck_assert_uint_eq(first->shift, 0);
        size_t padded = 0, nodes = count_nodes(&m.raw, m.raw.root, &padded);
        ck_assert_uint_gt(padded, nodes / 2);
        ck_assert_uint_lt(padded, nodes);
    }
    kl_btree_iter it;
    u64_map_iter(&m, &it);
    uint64_t *k, *v, want = 0;
    while (u64_map_next(&it, &k, &v)) {
        CHECK(*k == want && *v == want * 2, "in-order iteration: %llu", (unsigned long long)*k);
        want++;
    }
    ck_assert_uint_eq(want, (uint64_t)n);
    /* Remove the odd keys from the top down, then the rest in order. */
    for (long i = n - 1; i >= 0; i--)
        if (i % 2 == 1)
            CHECK(u64_map_remove(&m, &(uint64_t){ (uint64_t)i }, NULL, NULL), "remove odd");
    check_tree(&m.raw);
    ck_assert_uint_eq(u64_map_len(&m), (size_t)(n + 1) / 2);
    u64_map_iter(&m, &it);
    want = (uint64_t)(n - 1) & ~(uint64_t)1;
    while (u64_map_prev(&it, &k, NULL)) {
        CHECK(*k == want, "reverse iteration");
        want -= 2;
    }
    uint64_t ko;
    for (long i = 0; i < n; i += 2) {
        CHECK(u64_map_pop_first(&m, &ko, NULL) && ko == (uint64_t)i, "pop_first");
        if (i % 512 == 0)
            check_tree(&m.raw);
    }
    ck_assert_ptr_null(m.raw.root);
    ck_assert_uint_eq(f.live_bytes, 0);
    ck_assert_uint_eq(f.live_blocks, 0);
    u64_map_free(&m);
}
END_TEST

/* Both ends of every range of a small tree, meeting in leaves and in
 * internal nodes, with next and prev interleaved in several patterns. */
START_TEST(ranges_meet_from_both_ends)
{
    u64_map m;
    u64_map_init(&m, NULL);
    mlen = 0;
    for (uint64_t k = 0; k < 300; k++) {
        CHECK(u64_map_insert(&m, 2 * k, k, NULL, NULL) == KL_OK, "insert");
        model_insert_at(mlen, 2 * k, k);
    }
    rng_state = 5;
    uint64_t lo_step = KL_PLATFORM_NONE ? 41 : 11, hi_step = KL_PLATFORM_NONE ? 17 : 5;
    for (uint64_t lo = 0; lo < 600; lo += lo_step) {
        for (uint64_t hi = lo; hi < 610; hi += hi_step) {
            check_range(&m, lo, KL_BTREE_INCLUDED, hi, KL_BTREE_EXCLUDED, SIZE_MAX);
            check_range(&m, lo, KL_BTREE_EXCLUDED, hi, KL_BTREE_INCLUDED, SIZE_MAX);
        }
    }
    u64_map_free(&m);
}
END_TEST

/* The set, and the type-erased core with keys of 24 bytes and values of
 * one byte, against the model. */
typedef struct wide { uint64_t a[3]; } wide;

static int wide_cmp(const void *a, const void *b)
{
    const wide *x = a, *y = b;
    return (x->a[1] > y->a[1]) - (x->a[1] < y->a[1]);
}

/* The sets against the model: u32_set through the core's generic entry
 * moves, u64_set through its word moves (8-byte keys, no values). */
#define SET_MODEL(SET, T)                                                      \
    do {                                                                       \
        long ops = kl_test_iterations(KL_PLATFORM_NONE ? 4000 : 60000, 10);    \
        SET s;                                                                 \
        SET##_init(&s, NULL);                                                  \
        mlen = 0;                                                              \
        rng_state = 99;                                                        \
        for (long op = 0; op < ops; op++) {                                    \
            T k = (T)below(op % 20000 < 10000 ? 3000 : 300);                   \
            size_t at;                                                         \
            unsigned what = (unsigned)below(10);                               \
            if (what < 5) {                                                    \
                bool existed = true;                                           \
                CHECK(SET##_insert(&s, k, &existed) == KL_OK, "set insert");   \
                CHECK(existed == model_has(k, &at), "existed wrong");          \
                if (!existed)                                                  \
                    model_insert_at(at, k, 0);                                 \
            } else if (what < 8) {                                             \
                T ko = 0;                                                      \
                bool got = SET##_remove(&s, &k, &ko);                          \
                CHECK(got == model_has(k, &at), "set remove");                 \
                if (got) {                                                     \
                    CHECK(ko == k, "set remove key out");                      \
                    model_remove_at(at);                                       \
                }                                                              \
            } else if (what < 9) {                                             \
                CHECK(SET##_contains(&s, &k) == model_has(k, &at),             \
                      "set contains");                                         \
                T *bk;                                                         \
                bool has = SET##_upper_bound(&s, &k, &bk);                     \
                size_t i = model_lower((uint64_t)k + 1);                       \
                CHECK(has == (i < mlen) && (!has || *bk == mkeys[i]),          \
                      "set upper_bound");                                      \
            } else {                                                           \
                /* a reverse walk from an exclusive upper bound */             \
                kl_btree_iter it;                                              \
                SET##_range(&s, &it, NULL, KL_BTREE_UNBOUNDED, &k,             \
                            KL_BTREE_EXCLUDED);                                \
                size_t b = model_lower(k);                                     \
                T *kp;                                                         \
                for (int j = 0; j < 10 && b > 0; j++, b--)                     \
                    CHECK(SET##_prev(&it, &kp) && *kp == mkeys[b - 1],         \
                          "set prev");                                         \
                if (b == 0)                                                    \
                    CHECK(!SET##_prev(&it, &kp), "set prev past the start");   \
            }                                                                  \
            CHECK(SET##_len(&s) == mlen, "set len");                           \
            if (op % 8 == 0)                                                   \
                check_tree(&s.raw);                                            \
        }                                                                      \
        T *kp;                                                                 \
        if (mlen > 0) {                                                        \
            CHECK(SET##_first(&s, &kp) && *kp == mkeys[0], "set first");       \
            CHECK(SET##_last(&s, &kp) && *kp == mkeys[mlen - 1], "set last");  \
        }                                                                      \
        T ko;                                                                  \
        while (SET##_pop_last(&s, &ko)) {                                      \
            CHECK(ko == mkeys[mlen - 1], "set pop_last");                      \
            mlen--;                                                            \
        }                                                                      \
        ck_assert_uint_eq(mlen, 0);                                            \
        SET##_free(&s);                                                        \
    } while (0)

START_TEST(set_against_a_model)
{
    SET_MODEL(u32_set, uint32_t);
}
END_TEST

START_TEST(word_set_against_a_model)
{
    SET_MODEL(u64_set, uint64_t);
}
END_TEST

START_TEST(erased_core_with_odd_layouts)
{
    kl_btree t;
    kl_btree_init(&t, NULL, sizeof(wide), _Alignof(wide), 1, 1, wide_cmp);
    mlen = 0;
    rng_state = 7;
    long ops = kl_test_iterations(KL_PLATFORM_NONE ? 3000 : 30000, 10);
    for (long op = 0; op < ops; op++) {
        uint64_t k = below(2000);
        wide w = { { ~k, k, k * 3 } };
        unsigned char val = (unsigned char)rnd(), old = 0;
        size_t at;
        if (below(3) != 0) {
            bool replaced;
            CHECK(kl_btree_insert(&t, &w, &val, &old, &replaced) == KL_OK, "insert");
            if (model_has(k, &at)) {
                CHECK(replaced && old == (unsigned char)mvals[at], "replace");
                mvals[at] = val;
            } else {
                CHECK(!replaced, "replaced");
                model_insert_at(at, k, val);
            }
        } else {
            wide out;
            unsigned char vo;
            bool got = kl_btree_remove(&t, &w, &out, &vo);
            CHECK(got == model_has(k, &at), "remove");
            if (got) {
                CHECK(memcmp(&out, &w, sizeof w) == 0 && vo == (unsigned char)mvals[at],
                      "remove out");
                model_remove_at(at);
            }
        }
        unsigned char *g = kl_btree_get(&t, &w);
        CHECK((g != NULL) == model_has(k, &at) && (g == NULL || *g == (unsigned char)mvals[at]),
              "get");
        CHECK(kl_btree_len(&t) == mlen, "len");
        if (op % 8 == 0)
            check_tree(&t);
    }
    /* Iterate a middle range through the core. */
    wide lo = { { 0, 500, 0 } }, hi = { { 0, 1500, 0 } };
    kl_btree_iter it;
    kl_btree_range(&t, &it, &lo, KL_BTREE_INCLUDED, &hi, KL_BTREE_INCLUDED);
    size_t i = model_lower(500);
    void *kp, *vp;
    while (kl_btree_iter_next(&it, &kp, &vp)) {
        CHECK(((wide *)kp)->a[1] == mkeys[i] && ((wide *)kp)->a[2] == mkeys[i] * 3
                  && *(unsigned char *)vp == (unsigned char)mvals[i],
              "core range");
        i++;
    }
    CHECK(i == model_lower(1501), "core range end");
    /* The whole tree backwards through the core, with find and contains. */
    kl_btree_iter_init(&t, &it);
    for (i = mlen; kl_btree_iter_prev(&it, &kp, &vp); i--) {
        CHECK(i > 0 && ((wide *)kp)->a[1] == mkeys[i - 1], "core prev");
        size_t idx = 99;
        kl_btree_node *n = kl_btree_find(&t, kp, &idx);
        CHECK(n != NULL && kl_btree_key_at(&t, n, idx) == kp && kl_btree_val_at(&t, n, idx) == vp,
              "find");
        CHECK(kl_btree_contains(&t, kp), "contains");
    }
    CHECK(i == 0, "core prev stopped early");
    CHECK(!kl_btree_iter_next(&it, &kp, &vp), "next after the end");
    wide absent = { { 0, 5000, 0 } };
    CHECK(!kl_btree_contains(&t, &absent) && kl_btree_find(&t, &absent, NULL) == NULL,
          "absent key found");
    kl_btree_free(&t);
}
END_TEST

static void check_contents(u64_map *m)
{
    check_tree(&m->raw);
    CHECK(u64_map_len(m) == mlen, "len changed: %zu, model %zu", u64_map_len(m), mlen);
    kl_btree_iter it;
    u64_map_iter(m, &it);
    uint64_t *k, *v;
    for (size_t i = 0; i < mlen; i++)
        CHECK(u64_map_next(&it, &k, &v) && *k == mkeys[i] && *v == mvals[i],
              "contents changed at %zu", i);
    CHECK(!u64_map_next(&it, &k, &v), "extra entries");
}

START_TEST(every_allocation_failure_leaves_the_tree_intact)
{
    long n = KL_PLATFORM_NONE ? 400 : 1500;
    for (long k = 1;; k++) {
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        u64_map m;
        u64_map_init(&m, &f.allocator);
        mlen = 0;
        rng_state = 4242;
        bool failed = false;
        for (long i = 0; i < n; i++) {
            uint64_t key = below(3000), val = rnd();
            size_t at;
            if (i % 4 == 3) {
                /* Removal never allocates. */
                long calls = f.calls;
                bool got = u64_map_remove(&m, &key, NULL, NULL);
                CHECK(got == model_has(key, &at), "remove");
                if (got)
                    model_remove_at(at);
                CHECK(f.calls == calls, "remove allocated");
                continue;
            }
            kl_err err = u64_map_insert(&m, key, val, NULL, NULL);
            if (err != KL_OK) {
                CHECK(err == KL_ENOMEM, "insert: %d", (int)err);
                check_contents(&m);
                failed = true;
                continue; /* later inserts succeed again */
            }
            if (model_has(key, &at))
                mvals[at] = val;
            else
                model_insert_at(at, key, val);
        }
        check_contents(&m);
        u64_map_free(&m);
        ck_assert_uint_eq(f.live_bytes, 0);
        ck_assert_uint_eq(f.live_blocks, 0);
        ck_assert(failed == f.failed);
        if (!failed)
            break; /* k passed the workload's last allocation */
        ck_assert_int_lt(k, 2000);
    }
}
END_TEST

START_TEST(bad_alignment_panics)
{
    kl_btree t;
    KL_EXPECT_PANIC(kl_btree_init(&t, NULL, 8, 3, 8, 8, wide_cmp));
    ck_assert_str_eq(kl_test_panic_message(),
                     "B-tree key alignment 3 or value alignment 8 is not a power of two");
}
END_TEST

static Suite *btree_suite(void)
{
    Suite *s = suite_create("btree");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, map_against_a_model);
    tcase_add_test(tc, map_grows_and_shrinks);
    tcase_add_test(tc, node_search_edges);
    tcase_add_test(tc, only_arithmetic_keys_are_counted);
    tcase_add_test(tc, ranges_meet_from_both_ends);
    tcase_add_test(tc, set_against_a_model);
    tcase_add_test(tc, word_set_against_a_model);
    tcase_add_test(tc, erased_core_with_odd_layouts);
    tcase_add_test(tc, every_allocation_failure_leaves_the_tree_intact);
    tcase_add_test(tc, bad_alignment_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(btree_suite)
