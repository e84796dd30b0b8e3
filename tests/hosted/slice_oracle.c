/* kl_sort, the typed sort, kl_sort_stable and kl_select_nth against
 * glibc's qsort (the oracle) on random, sorted, reversed, organ-pipe,
 * few-unique and all-equal arrays of sizes from 0 to 10^5, spread
 * log-uniformly, and of 10^6.  The comparators check every address they are handed
 * (inside the array, element-aligned).  KL_TEST_LONG=1 runs ten times as
 * many arrays. */
#include <stdio.h>
#include <stdlib.h>
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

static uint64_t rng = 0x6a09e667f3bcc908u;

static uint64_t next(void)
{
    /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Elements: a 64-bit key and the element's original index (which makes
 * stability visible and lets the payload be checked). */
typedef struct elem {
    uint64_t key;
    uint32_t index;
    uint32_t check; /* a function of key, travels with it */
} elem;

static const char *lo, *hi, *scr_lo, *scr_hi;
static long bad_addresses;

static void check_addr(const void *p)
{
    const char *c = p;
    bool ok = (c >= lo && c < hi && (size_t)(c - lo) % sizeof(elem) == 0) ||
              (scr_lo != NULL && c >= scr_lo && c < scr_hi &&
               (size_t)(c - scr_lo) % sizeof(elem) == 0);
    if (!ok)
        bad_addresses++;
}

static int cmp_checked(const void *a, const void *b)
{
    check_addr(a);
    check_addr(b);
    uint64_t x = ((const elem *)a)->key, y = ((const elem *)b)->key;
    return (x > y) - (x < y);
}

static int cmp_oracle(const void *a, const void *b)
{
    const elem *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->index > y->index) - (x->index < y->index);
}

static bool less_checked(const elem *a, const elem *b)
{
    check_addr(a);
    check_addr(b);
    return a->key < b->key;
}

KL_SORT_DEFINE(sort_elem, elem, less_checked)

enum pattern { RANDOM, SORTED, REVERSED, ORGAN_PIPE, FEW_UNIQUE, ALL_EQUAL, NPATTERNS };
static const char *const names[] = { "random", "sorted", "reversed", "organ-pipe",
                                     "few-unique", "all-equal" };

static void fill(elem *v, size_t n, enum pattern p)
{
    for (size_t i = 0; i < n; i++) {
        uint64_t k;
        switch (p) {
        case RANDOM: k = next(); break;
        case SORTED: k = i; break;
        case REVERSED: k = n - i; break;
        case ORGAN_PIPE: k = i < n / 2 ? i : n - i; break;
        case FEW_UNIQUE: k = next() % 7; break;
        default: k = 42; break;
        }
        v[i].key = k;
        v[i].index = (uint32_t)i;
        v[i].check = (uint32_t)(k * 0x9e3779b1u);
    }
}

static void watch(const elem *v, size_t n, const elem *scratch)
{
    lo = (const char *)v;
    hi = (const char *)(v + n);
    scr_lo = (const char *)scratch;
    scr_hi = scratch != NULL ? (const char *)(scratch + n) : NULL;
}

static long arrays, elements;
static unsigned char *seen;

static void one(size_t n, enum pattern p, elem *orig, elem *want, elem *got, elem *scratch)
{
    fill(orig, n, p);
    memcpy(want, orig, n * sizeof(elem));
    qsort(want, n, sizeof(elem), cmp_oracle); /* sorted by (key, index): the stable order */

    /* kl_sort: same keys in the same order, each element intact. */
    memcpy(got, orig, n * sizeof(elem));
    watch(got, n, NULL);
    kl_sort(got, n, sizeof(elem), cmp_checked);
    for (size_t i = 0; i < n; i++) {
        ASSERT_MSG(got[i].key == want[i].key, "%s n=%zu: kl_sort differs at %zu", names[p],
                      n, i);
        ASSERT_CMP(got[i].check, ==, (uint32_t)(got[i].key * 0x9e3779b1u));
    }
    /* A permutation of the input: every original index once. */
    memset(seen, 0, n);
    for (size_t i = 0; i < n; i++) {
        ASSERT(got[i].index < n && !seen[got[i].index]);
        seen[got[i].index] = 1;
    }

    memcpy(got, orig, n * sizeof(elem));
    watch(got, n, NULL);
    sort_elem(got, n);
    for (size_t i = 0; i < n; i++)
        ASSERT_MSG(got[i].key == want[i].key, "%s n=%zu: typed sort differs at %zu",
                      names[p], n, i);

    /* The stable sorts equal qsort by (key, index) exactly. */
    memcpy(got, orig, n * sizeof(elem));
    watch(got, n, scratch);
    kl_sort_stable(got, n, sizeof(elem), cmp_checked, scratch);
    ASSERT_MSG(n == 0 || memcmp(got, want, n * sizeof(elem)) == 0,
                  "%s n=%zu: kl_sort_stable differs", names[p], n);
    memcpy(got, orig, n * sizeof(elem));
    watch(got, n, scratch);
    sort_elem_stable(got, n, scratch);
    ASSERT_MSG(n == 0 || memcmp(got, want, n * sizeof(elem)) == 0,
                  "%s n=%zu: typed stable sort differs", names[p], n);

    if (n > 0) {
        size_t k = (size_t)(next() % n);
        memcpy(got, orig, n * sizeof(elem));
        watch(got, n, NULL);
        kl_select_nth(got, n, sizeof(elem), k, cmp_checked);
        ASSERT_CMP(got[k].key, ==, want[k].key);
        for (size_t i = 0; i < n; i++)
            ASSERT(i < k ? got[i].key <= got[k].key : got[i].key >= got[k].key);
        memcpy(got, orig, n * sizeof(elem));
        watch(got, n, NULL);
        sort_elem_select_nth(got, n, k);
        ASSERT_CMP(got[k].key, ==, want[k].key);
    }
    ASSERT_CMP(bad_addresses, ==, 0);
    arrays++;
    elements += (long)n;
}

/* Under ThreadSanitizer (the tsan matrix cell; make check exports the
 * sanitizer flags as KL_SANITIZERS) this single-threaded test runs about
 * ten times slower and has no race to find: it was that cell's longest
 * test by 40 s.  There it sorts a tenth of the elements. */
static size_t size_divisor(void)
{
    const char *s = getenv("KL_SANITIZERS");
    return s != NULL && strstr(s, "thread") != NULL ? 10 : 1;
}

START_TEST(against_qsort)
{
    /* Random sizes up to 10^5 elements (10^4 under Valgrind), or 10^6
     * with KL_TEST_LONG; and one array of 10^6 per pattern in every run
     * (10^4 under Valgrind: the count is divided twice).  A tenth of
     * each under ThreadSanitizer. */
    size_t max = (size_t)kl_test_iterations(100000, 10) / size_divisor();
    size_t big = (size_t)kl_test_iterations(kl_test_iterations(1000000, 1), 1) / size_divisor();
    size_t cap = big > max ? big : max;
    long per_pattern = kl_test_iterations(10, 10);
    elem *orig = malloc(cap * sizeof(elem)), *want = malloc(cap * sizeof(elem));
    elem *got = malloc(cap * sizeof(elem)), *scratch = malloc(cap * sizeof(elem));
    seen = malloc(cap);
    ASSERT(orig && want && got && scratch && seen);
    for (int p = 0; p < NPATTERNS; p++) {
        /* The edges, then log-uniform sizes up to max (max and big
         * themselves once). */
        for (size_t n = 0; n <= 3; n++)
            one(n, (enum pattern)p, orig, want, got, scratch);
        one(max, (enum pattern)p, orig, want, got, scratch);
        if (big != max)
            one(big, (enum pattern)p, orig, want, got, scratch);
        for (long r = 0; r < per_pattern; r++) {
            /* A power of two 2^e with e uniform, then uniform within
             * [2^e, 2^(e+1)). */
            unsigned maxbits = 0;
            while (((size_t)2 << maxbits) <= max)
                maxbits++;
            unsigned e = (unsigned)(next() % (maxbits + 1));
            size_t n = ((size_t)1 << e) + (size_t)(next() % ((size_t)1 << e));
            one(n > max ? max : n, (enum pattern)p, orig, want, got, scratch);
        }
    }
    free(orig);
    free(want);
    free(got);
    free(scratch);
    free(seen);
    printf("slice_oracle: %ld arrays, %ld elements, each sorted 4 ways and selected 2\n",
           arrays, elements);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("slice_oracle");
    TCase *tc = tcase_create("qsort");
    tcase_set_timeout(tc, 600);
    tcase_add_test(tc, against_qsort);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
