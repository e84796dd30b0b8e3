/* Tests of keel/slice.h: sorts, selection, searches, reverse, rotate,
 * swap.  Every comparator here checks that it was handed element-aligned
 * addresses inside the array being worked on.  (The differential test
 * against glibc's qsort, up to 10^6 elements, is tests/hosted/
 * slice_oracle.c.) */
#include <string.h>

#include <keel/slice.h>
#include "../harness.h"

/* Assertions for hot loops: Check's ck_assert_* record their location on
 * every call (a write(2) with CK_FORK=no); these call into Check only on
 * failure. */
#define ASSERT_MSG(cond, ...)                                                  \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg(__VA_ARGS__);                                         \
    } while (0)
#define ASSERT(cond) ASSERT_MSG(cond, "Assertion '%s' failed", #cond)
#define ASSERT_CMP(X, OP, Y)                                                   \
    do {                                                                       \
        uintmax_t x_ = (X), y_ = (Y);                                          \
        ASSERT_MSG(x_ OP y_, "Assertion '%s' failed: %ju, %ju", #X " " #OP " " #Y, x_, y_); \
    } while (0)

enum { MAXN = 3000 };

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
    /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static size_t below(size_t n)
{
    return (size_t)(next() % n);
}

/* ---- the checking comparator ------------------------------------------ */

/* The array the comparator may see (and a second range, the stable sort's
 * scratch), its element size, and how many calls it has had. */
static const char *arr_lo, *arr_hi, *scr_lo, *scr_hi;
static size_t arr_size;
static long ncmp;

static void watch(const void *base, size_t n, size_t size, const void *scratch)
{
    arr_lo = base;
    arr_hi = arr_lo + n * size;
    scr_lo = scratch;
    scr_hi = scratch != NULL ? scr_lo + n * size : NULL;
    arr_size = size;
    ncmp = 0;
}

static void check_addr(const void *p)
{
    const char *c = p;
    bool in_arr = c >= arr_lo && c < arr_hi && (size_t)(c - arr_lo) % arr_size == 0;
    bool in_scr = scr_lo != NULL && c >= scr_lo && c < scr_hi &&
                  (size_t)(c - scr_lo) % arr_size == 0;
    ASSERT_MSG(in_arr || in_scr, "comparator handed %p, outside [%p, %p) step %zu", p,
                  (const void *)arr_lo, (const void *)arr_hi, arr_size);
}

static int cmp_u32(const void *a, const void *b)
{
    check_addr(a);
    check_addr(b);
    ncmp++;
    uint32_t x, y;
    memcpy(&x, a, 4);
    memcpy(&y, b, 4);
    return (x > y) - (x < y);
}

static bool less_u32_checked(const uint32_t *a, const uint32_t *b)
{
    check_addr(a);
    check_addr(b);
    ncmp++;
    return *a < *b;
}

#define U32_LESS(a, b) less_u32_checked((a), (b))
KL_SORT_DEFINE(sort_u32, uint32_t, U32_LESS)

/* An element of odd size: a 4-byte key (compared) and 3 bytes of payload
 * that must travel with it. */
typedef struct rec7 {
    unsigned char b[7];
} rec7;

static uint32_t rec_key(const rec7 *r)
{
    uint32_t k;
    memcpy(&k, r->b, 4);
    return k;
}

static rec7 rec_make(uint32_t key, uint32_t tag)
{
    rec7 r;
    memcpy(r.b, &key, 4);
    r.b[4] = (unsigned char)tag;
    r.b[5] = (unsigned char)(tag >> 8);
    r.b[6] = (unsigned char)(tag >> 16);
    return r;
}

static uint32_t rec_tag(const rec7 *r)
{
    return r->b[4] | (uint32_t)r->b[5] << 8 | (uint32_t)r->b[6] << 16;
}

static int cmp_rec(const void *a, const void *b)
{
    return cmp_u32(a, b); /* the key is the first 4 bytes */
}

static bool less_rec(const rec7 *a, const rec7 *b)
{
    check_addr(a);
    check_addr(b);
    ncmp++;
    return rec_key(a) < rec_key(b);
}

KL_SORT_DEFINE(sort_rec, rec7, less_rec)

/* ---- inputs -------------------------------------------------------------- */

enum pattern { RANDOM, SORTED, REVERSED, ORGAN_PIPE, FEW_UNIQUE, ALL_EQUAL, SAWTOOTH,
               NEARLY_SORTED, NPATTERNS };

static const char *const pattern_name[NPATTERNS] = {
    "random", "sorted", "reversed", "organ-pipe", "few-unique", "all-equal", "sawtooth",
    "nearly-sorted",
};

static uint32_t pattern_value(enum pattern p, size_t i, size_t n)
{
    switch (p) {
    case RANDOM: return (uint32_t)next();
    case SORTED: return (uint32_t)i;
    case REVERSED: return (uint32_t)(n - i);
    case ORGAN_PIPE: return (uint32_t)(i < n / 2 ? i : n - i);
    case FEW_UNIQUE: return (uint32_t)below(5);
    case ALL_EQUAL: return 7;
    case SAWTOOTH: return (uint32_t)(i % 37);
    default: return (uint32_t)(below(20) == 0 ? next() : i);
    }
}

static void fill(uint32_t *v, size_t n, enum pattern p)
{
    for (size_t i = 0; i < n; i++)
        v[i] = pattern_value(p, i, n);
}

/* An order-independent fingerprint of a multiset of keys. */
static uint64_t fingerprint(const uint32_t *v, size_t n)
{
    uint64_t s = 0, q = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t h = (v[i] + 0x9e3779b97f4a7c15u) * 0xbf58476d1ce4e5b9u;
        h ^= h >> 29;
        s += h;
        q += h * h;
    }
    return s ^ (q * 0x94d049bb133111ebu);
}

static void assert_sorted(const uint32_t *v, size_t n, const char *what)
{
    for (size_t i = 1; i < n; i++)
        ASSERT_MSG(v[i - 1] <= v[i], "%s: v[%zu] = %u > v[%zu] = %u (n = %zu)", what,
                      i - 1, (unsigned)v[i - 1], i, (unsigned)v[i], n);
}

static size_t random_size(void)
{
    /* Log-uniform in [0, MAXN]. */
    size_t bits = below(12) + 1;
    size_t n = (size_t)(next() & ((1u << bits) - 1));
    return n > MAXN ? MAXN : n;
}

static uint32_t va[MAXN], vb[MAXN], vc[MAXN];
static rec7 ra[MAXN], rb[MAXN];

/* ---- exact values ------------------------------------------------------ */

START_TEST(sort_exact)
{
    uint32_t v[] = { 5, 3, 9, 1, 5, 0, 8, 2, 7, 4, 6, 5 };
    const uint32_t want[] = { 0, 1, 2, 3, 4, 5, 5, 5, 6, 7, 8, 9 };
    watch(v, 12, 4, NULL);
    kl_sort(v, 12, 4, cmp_u32);
    ck_assert_mem_eq(v, want, sizeof want);

    uint32_t w[] = { 5, 3, 9, 1, 5, 0, 8, 2, 7, 4, 6, 5 };
    watch(w, 12, 4, NULL);
    sort_u32(w, 12);
    ck_assert_mem_eq(w, want, sizeof want);

    /* n = 0 and n = 1 touch nothing, even through a NULL base. */
    kl_sort(NULL, 0, 4, cmp_u32);
    sort_u32(NULL, 0);
    uint32_t one = 42;
    watch(&one, 1, 4, NULL);
    kl_sort(&one, 1, 4, cmp_u32);
    ASSERT_CMP(one, ==, 42);
    ASSERT_CMP(ncmp, ==, 0);
}
END_TEST

/* ---- unstable sort ----------------------------------------------------- */

START_TEST(sort_patterns)
{
    long rounds = kl_test_iterations(12, 20);
    for (int p = 0; p < NPATTERNS; p++) {
        for (long r = 0; r < rounds; r++) {
            size_t n = r == 0 ? MAXN : random_size();
            fill(va, n, (enum pattern)p);
            memcpy(vb, va, n * 4);
            uint64_t fp = fingerprint(va, n);

            watch(va, n, 4, NULL);
            kl_sort(va, n, 4, cmp_u32);
            assert_sorted(va, n, pattern_name[p]);
            ASSERT_CMP(fingerprint(va, n), ==, fp);

            watch(vb, n, 4, NULL);
            sort_u32(vb, n);
            ck_assert_mem_eq(va, vb, n * 4);
        }
    }
}
END_TEST

/* Odd-sized elements: the payload travels with its key. */
START_TEST(sort_odd_size)
{
    long rounds = kl_test_iterations(20, 20);
    for (long r = 0; r < rounds; r++) {
        size_t n = random_size();
        enum pattern p = (enum pattern)(r % NPATTERNS);
        for (size_t i = 0; i < n; i++) {
            uint32_t k = pattern_value(p, i, n);
            ra[i] = rec_make(k, k * 2654435761u);
        }
        memcpy(rb, ra, n * sizeof(rec7));
        watch(ra, n, sizeof(rec7), NULL);
        kl_sort(ra, n, sizeof(rec7), cmp_rec);
        watch(rb, n, sizeof(rec7), NULL);
        sort_rec(rb, n);
        for (size_t i = 0; i < n; i++) {
            ASSERT_CMP(rec_tag(&ra[i]), ==, (rec_key(&ra[i]) * 2654435761u) & 0xffffff);
            ASSERT_CMP(rec_tag(&rb[i]), ==, (rec_key(&rb[i]) * 2654435761u) & 0xffffff);
            ASSERT_CMP(rec_key(&ra[i]), ==, rec_key(&rb[i]));
            if (i > 0)
                ASSERT_CMP(rec_key(&ra[i - 1]), <=, rec_key(&ra[i]));
        }
    }
}
END_TEST

/* Every element size from 1 to 17 bytes, keys in the first byte. */
static size_t cur_size;

static int cmp_first_byte(const void *a, const void *b)
{
    check_addr(a);
    check_addr(b);
    return *(const unsigned char *)a - *(const unsigned char *)b;
}

START_TEST(sort_every_size)
{
    static unsigned char buf[17 * 300];
    for (cur_size = 1; cur_size <= 17; cur_size++) {
        size_t n = 300;
        for (size_t i = 0; i < n * cur_size; i++)
            buf[i] = (unsigned char)next();
        /* The other bytes of each element are a function of its key. */
        for (size_t i = 0; i < n; i++)
            for (size_t k = 1; k < cur_size; k++)
                buf[i * cur_size + k] = (unsigned char)(buf[i * cur_size] * 31 + k);
        watch(buf, n, cur_size, NULL);
        kl_sort(buf, n, cur_size, cmp_first_byte);
        for (size_t i = 0; i < n; i++) {
            if (i > 0)
                ASSERT_CMP(buf[(i - 1) * cur_size], <=, buf[i * cur_size]);
            for (size_t k = 1; k < cur_size; k++)
                ASSERT_CMP(buf[i * cur_size + k], ==, (unsigned char)(buf[i * cur_size] * 31 + k));
        }
    }
}
END_TEST

/* Comparisons are counted, not timed: linear on sorted, reversed and
 * all-equal input, n log n at worst. */
START_TEST(sort_comparison_counts)
{
    size_t n = MAXN;
    static const struct { enum pattern p; long max_per_elem; } cases[] = {
        { SORTED, 3 }, { REVERSED, 4 }, { ALL_EQUAL, 3 }, { ORGAN_PIPE, 20 },
        { RANDOM, 20 }, { FEW_UNIQUE, 8 },
    };
    for (size_t c = 0; c < KL_ARRAY_LEN(cases); c++) {
        fill(va, n, cases[c].p);
        watch(va, n, 4, NULL);
        kl_sort(va, n, 4, cmp_u32);
        ASSERT_MSG(ncmp <= cases[c].max_per_elem * (long)n,
                      "%s: %ld comparisons for %zu elements", pattern_name[cases[c].p],
                      ncmp, n);
    }
}
END_TEST

/* McIlroy's adversary ("A Killer Adversary for Quicksort", Software:
 * Practice and Experience, 1999) decides the order lazily so as to make a
 * quicksort quadratic; pdqsort's heapsort fallback must keep it to
 * O(n log n). */
static uint32_t adv_val[MAXN];
static uint32_t adv_gas, adv_solid;
static long adv_candidate;

static int cmp_adversary(const void *a, const void *b)
{
    check_addr(a);
    check_addr(b);
    ncmp++;
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    if (adv_val[x] == adv_gas && adv_val[y] == adv_gas) {
        if ((long)x == adv_candidate)
            adv_val[x] = adv_solid++;
        else
            adv_val[y] = adv_solid++;
    }
    if (adv_val[x] == adv_gas)
        adv_candidate = x;
    else if (adv_val[y] == adv_gas)
        adv_candidate = y;
    return (adv_val[x] > adv_val[y]) - (adv_val[x] < adv_val[y]);
}

START_TEST(sort_adversary)
{
    size_t n = MAXN;
    adv_gas = (uint32_t)n;
    adv_solid = 0;
    adv_candidate = -1;
    for (size_t i = 0; i < n; i++) {
        va[i] = (uint32_t)i;
        adv_val[i] = adv_gas;
    }
    watch(va, n, 4, NULL);
    kl_sort(va, n, 4, cmp_adversary);
    /* 12 log2(3000) = 139 per element, far below the 1500 a quadratic
     * sort would need. */
    ASSERT_MSG(ncmp <= 139 * (long)n, "%ld comparisons", ncmp);
    for (size_t i = 1; i < n; i++)
        ASSERT_CMP(adv_val[va[i - 1]], <=, adv_val[va[i]]);
}
END_TEST

/* A comparator that answers at random cannot make the sort leave the
 * array or lose an element. */
static int cmp_random(const void *a, const void *b)
{
    check_addr(a);
    check_addr(b);
    return (int)below(3) - 1;
}

static bool less_random(const uint32_t *a, const uint32_t *b)
{
    check_addr(a);
    check_addr(b);
    return below(2) == 0;
}

KL_SORT_DEFINE(sort_u32_random, uint32_t, less_random)

START_TEST(sort_inconsistent_comparator)
{
    long rounds = kl_test_iterations(20, 20);
    for (long r = 0; r < rounds; r++) {
        size_t n = random_size();
        fill(va, n, RANDOM);
        uint64_t fp = fingerprint(va, n);
        watch(va, n, 4, NULL);
        kl_sort(va, n, 4, cmp_random);
        ASSERT_CMP(fingerprint(va, n), ==, fp);
        sort_u32_random(va, n);
        ASSERT_CMP(fingerprint(va, n), ==, fp);
        if (n > 0) {
            kl_select_nth(va, n, 4, below(n), cmp_random);
            ASSERT_CMP(fingerprint(va, n), ==, fp);
            sort_u32_random_select_nth(va, n, below(n));
            ASSERT_CMP(fingerprint(va, n), ==, fp);
        }
    }
}
END_TEST

/* ---- the small sort: networks and merge (n <= 32) ---------------------- */

/* Typed sorts of 1- and 8-byte elements (with the 4-byte sort_u32 and the
 * 7-byte sort_rec, every element size up to 8 takes the network path). */
static bool less_u8_checked(const uint8_t *a, const uint8_t *b)
{
    check_addr(a);
    check_addr(b);
    ncmp++;
    return *a < *b;
}

static bool less_u64_checked(const uint64_t *a, const uint64_t *b)
{
    check_addr(a);
    check_addr(b);
    ncmp++;
    return *a < *b;
}

#define U8_LESS(a, b) less_u8_checked((a), (b))
#define U64_LESS(a, b) less_u64_checked((a), (b))
KL_SORT_DEFINE(sort_u8, uint8_t, U8_LESS)
KL_SORT_DEFINE(sort_u64, uint64_t, U64_LESS)

/* The obviously correct sort, the oracle of the tests below. */
static void insertion_u32(uint32_t *v, size_t n)
{
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && v[j] < v[j - 1]; j--) {
            uint32_t t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

/* Sort va[0..n) with every typed sort of small elements and with kl_sort;
 * each must give the oracle's result (and keep rec7 payloads). */
static void check_small(size_t n, const char *what)
{
    static uint8_t v8[64];
    static uint64_t v64[64];
    memcpy(vc, va, n * 4);
    insertion_u32(vc, n);
    for (size_t i = 0; i < n; i++) {
        v8[i] = (uint8_t)va[i];
        v64[i] = (uint64_t)va[i] << 32 | 0xabcdu;
        ra[i] = rec_make(va[i], va[i] * 2654435761u);
    }
    memcpy(vb, va, n * 4);
    watch(vb, n, 4, NULL);
    sort_u32(vb, n);
    ASSERT_MSG(memcmp(vb, vc, n * 4) == 0, "%s: sort_u32 wrong, n = %zu", what, n);
    memcpy(vb, va, n * 4);
    watch(vb, n, 4, NULL);
    kl_sort(vb, n, 4, cmp_u32);
    ASSERT_MSG(memcmp(vb, vc, n * 4) == 0, "%s: kl_sort wrong, n = %zu", what, n);
    watch(v64, n, 8, NULL);
    sort_u64(v64, n);
    watch(ra, n, sizeof(rec7), NULL);
    sort_rec(ra, n);
    for (size_t i = 0; i < n; i++) {
        ASSERT_CMP(v64[i], ==, (uint64_t)vc[i] << 32 | 0xabcdu);
        ASSERT_CMP(rec_key(&ra[i]), ==, vc[i]);
        ASSERT_CMP(rec_tag(&ra[i]), ==, (vc[i] * 2654435761u) & 0xffffff);
    }
    if (vc[n > 0 ? n - 1 : 0] < 256) {
        watch(v8, n, 1, NULL);
        sort_u8(v8, n);
        for (size_t i = 0; i < n; i++)
            ASSERT_CMP(v8[i], ==, vc[i]);
    }
}

/* Every size up to 64 (the quicksort hands ranges of up to 32 to the
 * small sort: up to 16 one network, above that two and a merge), with
 * every input pattern and with many duplicates. */
START_TEST(sort_small_every_size)
{
    long rounds = kl_test_iterations(30, 10);
    for (size_t n = 0; n <= 64; n++) {
        for (long r = 0; r < rounds; r++) {
            int p = (int)(r % (NPATTERNS + 2));
            for (size_t i = 0; i < n; i++)
                va[i] = p < NPATTERNS ? pattern_value((enum pattern)p, i, n)
                        : p == NPATTERNS ? (uint32_t)below(3) : (uint32_t)below(256);
            check_small(n, p < NPATTERNS ? pattern_name[p] : "duplicates");
        }
    }
}
END_TEST

/* Every permutation of 0..n-1 for n up to 8, and every array over
 * {0, 1, 2} up to 9 elements. */
START_TEST(sort_small_permutations)
{
    for (size_t n = 0; n <= 8; n++) {
        uint32_t perm[8];
        for (size_t i = 0; i < n; i++)
            perm[i] = (uint32_t)i;
        for (;;) {
            memcpy(va, perm, n * 4);
            check_small(n, "permutation");
            /* The next permutation in lexicographic order. */
            size_t i = n;
            while (i > 1 && perm[i - 2] > perm[i - 1])
                i--;
            if (i <= 1)
                break;
            size_t j = n - 1;
            while (perm[j] < perm[i - 2])
                j--;
            uint32_t t = perm[i - 2];
            perm[i - 2] = perm[j];
            perm[j] = t;
            for (size_t a = i - 1, b = n - 1; a < b; a++, b--) {
                t = perm[a];
                perm[a] = perm[b];
                perm[b] = t;
            }
        }
    }
    for (size_t n = 0; n <= 9; n++) {
        uint32_t digits[9] = { 0 };
        for (;;) {
            memcpy(va, digits, n * 4);
            check_small(n, "ternary");
            size_t i = 0;
            while (i < n && digits[i] == 2)
                digits[i++] = 0;
            if (i == n)
                break;
            digits[i]++;
        }
    }
}
END_TEST

/* Every 0-1 input of up to 16 elements: a comparator network sorts all
 * inputs if it sorts these (Knuth, TAOCP vol. 3, 5.3.4, exercise 1), so
 * this checks each network the small sort uses; and random 0-1 inputs of
 * 17 to 32 elements for the merge. */
START_TEST(sort_small_zero_one)
{
    static uint8_t v8[32];
    for (size_t n = 1; n <= 16; n++) {
        for (uint32_t bits = 0; bits < (uint32_t)1 << n; bits++) {
            size_t ones = 0;
            for (size_t i = 0; i < n; i++) {
                v8[i] = (uint8_t)(bits >> i & 1);
                ones += v8[i];
            }
            watch(v8, n, 1, NULL);
            sort_u8(v8, n);
            for (size_t i = 0; i < n; i++)
                ASSERT_MSG(v8[i] == (i >= n - ones), "0-1 input %#x of %zu elements", (unsigned)bits, n);
        }
    }
    long rounds = kl_test_iterations(2000, 10);
    for (long r = 0; r < rounds; r++) {
        size_t n = 17 + below(16);
        uint64_t bits = next();
        size_t ones = 0;
        for (size_t i = 0; i < n; i++) {
            v8[i] = (uint8_t)(bits >> i & 1);
            ones += v8[i];
        }
        watch(v8, n, 1, NULL);
        sort_u8(v8, n);
        for (size_t i = 0; i < n; i++)
            ASSERT_CMP(v8[i], ==, i >= n - ones);
    }
}
END_TEST

/* A random comparator at the sizes of the small sort: the merge must stay
 * inside the array and keep every element. */
START_TEST(sort_small_inconsistent)
{
    long rounds = kl_test_iterations(40, 10);
    for (size_t n = 0; n <= 64; n++) {
        for (long r = 0; r < rounds; r++) {
            fill(va, n, RANDOM);
            uint64_t fp = fingerprint(va, n);
            watch(va, n, 4, NULL);
            sort_u32_random(va, n);
            ASSERT_CMP(fingerprint(va, n), ==, fp);
        }
    }
}
END_TEST

START_TEST(sort_panics)
{
    uint32_t v[2] = { 2, 1 };
    KL_EXPECT_PANIC(kl_sort(v, 2, 0, cmp_u32));
    KL_EXPECT_PANIC(kl_sort_stable(v, 2, 4, cmp_u32, NULL));
    KL_EXPECT_PANIC(kl_select_nth(v, 2, 4, 2, cmp_u32));
    KL_EXPECT_PANIC(kl_select_nth(v, 0, 4, 0, cmp_u32));
    KL_EXPECT_PANIC(sort_u32_select_nth(v, 2, 5));
    ck_assert_str_eq(kl_test_panic_message(), "select_nth: index 5 out of range for 2 elements");
}
END_TEST

/* ---- stable sort --------------------------------------------------------- */

typedef struct pair {
    uint32_t key, index;
} pair;

static bool less_pair(const pair *a, const pair *b)
{
    check_addr(a);
    check_addr(b);
    ncmp++;
    return a->key < b->key;
}

KL_SORT_DEFINE(sort_pair, pair, less_pair)

static pair pa[MAXN], pb[MAXN], pscratch[MAXN];

static void assert_stable(const pair *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        ASSERT_CMP(v[i - 1].key, <=, v[i].key);
        if (v[i - 1].key == v[i].key)
            ASSERT_CMP(v[i - 1].index, <, v[i].index);
    }
}

START_TEST(stable_sort)
{
    long rounds = kl_test_iterations(10, 20);
    for (int p = 0; p < NPATTERNS; p++) {
        for (long r = 0; r < rounds; r++) {
            size_t n = r == 0 ? MAXN : random_size();
            for (size_t i = 0; i < n; i++) {
                /* Keys with many duplicates, so stability shows; the
                 * ordered patterns stay ordered. */
                uint32_t k = pattern_value((enum pattern)p, i, n);
                pa[i].key = p == RANDOM ? k % 64 : k / 8;
                pa[i].index = (uint32_t)i;
            }
            memcpy(pb, pa, n * sizeof(pair));
            watch(pa, n, sizeof(pair), pscratch);
            kl_sort_stable(pa, n, sizeof(pair), cmp_u32, pscratch);
            assert_stable(pa, n);
            if (p == SORTED || p == ALL_EQUAL)
                ASSERT_CMP(ncmp, <=, (long)n);
            watch(pb, n, sizeof(pair), pscratch);
            sort_pair_stable(pb, n, pscratch);
            assert_stable(pb, n);
            ck_assert_mem_eq(pa, pb, n * sizeof(pair));
        }
    }
}
END_TEST

/* ---- selection ----------------------------------------------------------- */

START_TEST(select_nth)
{
    long rounds = kl_test_iterations(10, 20);
    for (int p = 0; p < NPATTERNS; p++) {
        for (long r = 0; r < rounds; r++) {
            size_t n = random_size();
            if (n == 0)
                n = 1;
            fill(va, n, (enum pattern)p);
            memcpy(vb, va, n * 4);
            memcpy(vc, va, n * 4);
            watch(vc, n, 4, NULL);
            kl_sort(vc, n, 4, cmp_u32);
            size_t k = r == 0 ? 0 : r == 1 ? n - 1 : below(n);

            watch(va, n, 4, NULL);
            kl_select_nth(va, n, 4, k, cmp_u32);
            ASSERT_CMP(va[k], ==, vc[k]);
            for (size_t i = 0; i < n; i++)
                ASSERT(i < k ? va[i] <= va[k] : va[i] >= va[k]);

            watch(vb, n, 4, NULL);
            sort_u32_select_nth(vb, n, k);
            ASSERT_CMP(vb[k], ==, vc[k]);
            for (size_t i = 0; i < n; i++)
                ASSERT(i < k ? vb[i] <= vb[k] : vb[i] >= vb[k]);
        }
    }
}
END_TEST

START_TEST(select_adversary)
{
    size_t n = MAXN;
    adv_gas = (uint32_t)n;
    adv_solid = 0;
    adv_candidate = -1;
    for (size_t i = 0; i < n; i++) {
        va[i] = (uint32_t)i;
        adv_val[i] = adv_gas;
    }
    watch(va, n, 4, NULL);
    kl_select_nth(va, n, 4, n / 2, cmp_adversary);
    ASSERT_MSG(ncmp <= 139 * (long)n, "%ld comparisons", ncmp);
    /* The adversary's answers are consistent with its final values. */
    for (size_t i = 0; i < n; i++)
        ASSERT(i < n / 2 ? adv_val[va[i]] <= adv_val[va[n / 2]]
                            : adv_val[va[i]] >= adv_val[va[n / 2]]);
}
END_TEST

/* ---- searches ------------------------------------------------------------ */

static int cmp_elem_key(const void *elem, const void *key)
{
    check_addr(elem);
    uint32_t x = *(const uint32_t *)elem, y = *(const uint32_t *)key;
    return (x > y) - (x < y);
}

static bool pred_below(const void *elem, void *ctx)
{
    check_addr(elem);
    return *(const uint32_t *)elem < *(const uint32_t *)ctx;
}

START_TEST(binary_search_exact)
{
    const uint32_t v[] = { 1, 3, 3, 3, 7, 9 };
    size_t at;
    uint32_t key;
    watch(v, 6, 4, NULL);
    key = 0;
    ASSERT(!kl_binary_search(v, 6, 4, &key, cmp_elem_key, &at));
    ASSERT_CMP(at, ==, 0);
    key = 1;
    ASSERT(kl_binary_search(v, 6, 4, &key, cmp_elem_key, &at));
    ASSERT_CMP(at, ==, 0);
    key = 3;
    ASSERT(kl_binary_search(v, 6, 4, &key, cmp_elem_key, &at));
    ASSERT(at >= 1 && at <= 3);
    key = 5;
    ASSERT(!kl_binary_search(v, 6, 4, &key, cmp_elem_key, &at));
    ASSERT_CMP(at, ==, 4);
    key = 10;
    ASSERT(!kl_binary_search(v, 6, 4, &key, cmp_elem_key, &at));
    ASSERT_CMP(at, ==, 6);
    ASSERT(!kl_binary_search(NULL, 0, 4, &key, cmp_elem_key, &at));
    ASSERT_CMP(at, ==, 0);
    key = 3;
    ASSERT_CMP(kl_partition_point(v, 6, 4, pred_below, &key), ==, 1);
    key = 4;
    ASSERT_CMP(kl_partition_point(v, 6, 4, pred_below, &key), ==, 4);
    key = 100;
    ASSERT_CMP(kl_partition_point(v, 6, 4, pred_below, &key), ==, 6);
}
END_TEST

/* Against linear search, on sorted arrays with runs of duplicates. */
START_TEST(binary_search_linear)
{
    long rounds = kl_test_iterations(100, 20);
    for (long r = 0; r < rounds; r++) {
        size_t n = random_size() % 200;
        uint32_t x = 0;
        for (size_t i = 0; i < n; i++) {
            x += (uint32_t)below(4) * 2; /* even values, runs of equals */
            va[i] = x;
        }
        watch(va, n, 4, NULL);
        for (uint32_t key = 0; key <= x + 2; key++) {
            size_t first = 0, count = 0;
            while (first < n && va[first] < key)
                first++;
            while (first + count < n && va[first + count] == key)
                count++;
            size_t at;
            bool found = kl_binary_search(va, n, 4, &key, cmp_elem_key, &at);
            ASSERT_CMP(found, ==, count > 0);
            if (found)
                ASSERT(at >= first && at < first + count);
            else
                ASSERT_CMP(at, ==, first);
            ASSERT_CMP(kl_partition_point(va, n, 4, pred_below, &key), ==, first);
        }
    }
}
END_TEST

/* ---- reverse, rotate, swap ---------------------------------------------- */

START_TEST(reverse_rotate_exact)
{
    char s[] = "abcdefg";
    kl_slice_reverse(s, 7, 1);
    ck_assert_str_eq(s, "gfedcba");
    kl_slice_reverse(s, 6, 1);
    ck_assert_str_eq(s, "bcdefga");
    kl_slice_rotate_left(s, 7, 1, 6);
    ck_assert_str_eq(s, "abcdefg");
    kl_slice_rotate_left(s, 7, 1, 2);
    ck_assert_str_eq(s, "cdefgab");
    kl_slice_rotate_right(s, 7, 1, 2);
    ck_assert_str_eq(s, "abcdefg");
    kl_slice_rotate_left(s, 7, 1, 0);
    kl_slice_rotate_left(s, 7, 1, 7);
    kl_slice_rotate_right(s, 7, 1, 7);
    ck_assert_str_eq(s, "abcdefg");
    kl_slice_rotate_left(s, 6, 1, 3); /* elements of 2 bytes */
    ck_assert_str_eq(s, "defabcg");
    kl_slice_rotate_left(s, 3, 2, 1);
    ck_assert_str_eq(s, "fabcdeg");
    kl_slice_reverse(s, 3, 2);
    ck_assert_str_eq(s, "debcfag");
    kl_slice_swap(s, s + 3, 3, 1);
    ck_assert_str_eq(s, "cfadebg");
    kl_slice_swap(s, s + 4, 1, 3);
    ck_assert_str_eq(s, "ebgdcfa");
    kl_slice_swap(s, s, 0, 1);
    kl_slice_reverse(NULL, 0, 4);
    KL_EXPECT_PANIC(kl_slice_rotate_left(s, 7, 1, 8));
    KL_EXPECT_PANIC(kl_slice_rotate_right(s, 7, 1, 8));
    KL_EXPECT_PANIC(kl_slice_swap(s, s + 2, 3, 1));
    KL_EXPECT_PANIC(kl_slice_swap(s + 2, s, 1, 3));
}
END_TEST

START_TEST(rotate_random)
{
    long rounds = kl_test_iterations(200, 20);
    for (long r = 0; r < rounds; r++) {
        size_t n = random_size() % 500;
        size_t mid = n == 0 ? 0 : below(n + 1);
        for (size_t i = 0; i < n; i++)
            va[i] = (uint32_t)i;
        kl_slice_rotate_left(va, n, 4, mid);
        for (size_t i = 0; i < n; i++)
            ASSERT_CMP(va[i], ==, (i + mid) % n);
        kl_slice_rotate_right(va, n, 4, mid);
        for (size_t i = 0; i < n; i++)
            ASSERT_CMP(va[i], ==, i);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("slice");
    TCase *tc = tcase_create("sort");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, sort_exact);
    tcase_add_test(tc, sort_patterns);
    tcase_add_test(tc, sort_odd_size);
    tcase_add_test(tc, sort_every_size);
    tcase_add_test(tc, sort_comparison_counts);
    tcase_add_test(tc, sort_adversary);
    tcase_add_test(tc, sort_inconsistent_comparator);
    tcase_add_test(tc, sort_small_every_size);
    tcase_add_test(tc, sort_small_permutations);
    tcase_add_test(tc, sort_small_zero_one);
    tcase_add_test(tc, sort_small_inconsistent);
    tcase_add_test(tc, sort_panics);
    tcase_add_test(tc, stable_sort);
    suite_add_tcase(s, tc);
    tc = tcase_create("select");
    tcase_add_test(tc, select_nth);
    tcase_add_test(tc, select_adversary);
    suite_add_tcase(s, tc);
    tc = tcase_create("search");
    tcase_add_test(tc, binary_search_exact);
    tcase_add_test(tc, binary_search_linear);
    suite_add_tcase(s, tc);
    tc = tcase_create("move");
    tcase_add_test(tc, reverse_rotate_exact);
    tcase_add_test(tc, rotate_random);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
