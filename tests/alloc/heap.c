/* Tests of keel/heap.h: keel's TLSF heap.  A randomised run against a
 * model (every live block's bytes carry a pattern, so an overlap or a
 * lost byte shows; kl_heap_check along the way; every byte back at the
 * end), alignment, in-place resizing, exhaustion, misuse, and the
 * allocation-failure harness over a container on the heap. */
#include <string.h>

#include <keel/heap.h>
#include <keel/rand.h>
#include <keel/vec.h>
#include "../harness.h"
#include "failing_alloc.h"

#define REQUIRE(cond)                                                          \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg("%s:%d: %s", __FILE__, __LINE__, #cond);              \
    } while (0)

#define CHECK_HEAP(h)                                                          \
    do {                                                                       \
        const char *why_ = kl_heap_check(h);                                   \
        if (why_ != NULL)                                                      \
            ck_abort_msg("%s:%d: heap inconsistent: %s", __FILE__, __LINE__, why_); \
    } while (0)

/* 256 KiB: the heap's own region, in the 2 MiB of RAM of the Cortex-M3
 * board (beside the global heap of a --without-malloc build). */
#define REGION_SIZE (256 * 1024)
static _Alignas(64) unsigned char region[REGION_SIZE + 64];
static kl_heap heap;

static void init_heap(size_t offset, size_t size)
{
    ck_assert_int_eq(kl_heap_init(&heap, region + offset, size), KL_OK);
    CHECK_HEAP(&heap);
}

static bool in_region(const void *p, size_t n)
{
    return (const unsigned char *)p >= region && (const unsigned char *)p + n <= region + sizeof region;
}

START_TEST(init_gives_one_free_block)
{
    for (size_t off = 0; off < 16; off++) {
        init_heap(off, REGION_SIZE);
        kl_heap_stats s = kl_heap_stats_get(&heap);
        ck_assert_uint_eq(s.used_bytes, 0);
        ck_assert_uint_eq(s.used_blocks, 0);
        ck_assert_uint_eq(s.free_blocks, 1);
        ck_assert_uint_eq(s.regions, 1);
        ck_assert_uint_eq(s.largest_free, s.free_bytes);
        ck_assert_uint_le(s.free_bytes, REGION_SIZE - KL_HEAP_OVERHEAD - KL_HEAP_BLOCK_OVERHEAD);
        ck_assert_uint_ge(s.free_bytes, REGION_SIZE - KL_HEAP_OVERHEAD - KL_HEAP_BLOCK_OVERHEAD
                                            - 2 * KL_HEAP_BLOCK_OVERHEAD);
        ck_assert_uint_eq(s.free_bytes % (2 * sizeof(size_t)), 0);
    }
    kl_heap h;
    ck_assert_int_eq(kl_heap_init(&h, region, 8), KL_EINVAL);
    ck_assert_int_eq(kl_heap_init(&h, region, 0), KL_EINVAL);
    ck_assert_int_eq(kl_heap_init(&h, region + 1, KL_HEAP_OVERHEAD + KL_HEAP_BLOCK_OVERHEAD), KL_EINVAL);
    ck_assert_int_eq(kl_heap_init(&h, region, KL_HEAP_OVERHEAD + KL_HEAP_BLOCK_OVERHEAD + 2 * sizeof(size_t)), KL_OK);
    ck_assert_uint_eq(kl_heap_stats_get(&h).free_bytes, 2 * sizeof(size_t));
    ck_assert_ptr_nonnull(kl_heap_alloc(&h, 1, 1));
    ck_assert_ptr_null(kl_heap_alloc(&h, 1, 1));
    ck_assert_ptr_null(kl_heap_check(&h));
}
END_TEST

START_TEST(free_coalesces_both_ways)
{
    init_heap(0, REGION_SIZE);
    kl_heap_stats s0 = kl_heap_stats_get(&heap);
    void *p[5];
    for (int i = 0; i < 5; i++) {
        p[i] = kl_heap_alloc(&heap, 100, 8);
        ck_assert_ptr_nonnull(p[i]);
        ck_assert_uint_ge(kl_heap_block_size(&heap, p[i]), 100);
    }
    CHECK_HEAP(&heap);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).used_blocks, 5);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_blocks, 1);
    kl_heap_free(&heap, p[1]);
    kl_heap_free(&heap, p[3]);
    CHECK_HEAP(&heap);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_blocks, 3);
    kl_heap_free(&heap, p[2]); /* merges with both neighbours */
    CHECK_HEAP(&heap);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_blocks, 2);
    /* The hole is reused for a request it fits. */
    void *q = kl_heap_alloc(&heap, 300, 8);
    ck_assert_ptr_eq(q, p[1]);
    kl_heap_free(&heap, q);
    kl_heap_free(&heap, p[4]); /* merges with the hole and the rest */
    kl_heap_free(&heap, p[0]);
    kl_heap_free(&heap, NULL);
    CHECK_HEAP(&heap);
    kl_heap_stats s1 = kl_heap_stats_get(&heap);
    ck_assert_uint_eq(s1.free_bytes, s0.free_bytes);
    ck_assert_uint_eq(s1.free_blocks, 1);
    ck_assert_uint_eq(s1.used_bytes, 0);
}
END_TEST

START_TEST(every_alignment_is_honoured)
{
    init_heap(3, REGION_SIZE);
    kl_heap_stats s0 = kl_heap_stats_get(&heap);
    void *keep[13 * 4];
    int n = 0;
    for (size_t align = 1; align <= 4096; align *= 2) {
        size_t sizes[] = { 1, 24, align, 3 * align + 5 };
        for (int k = 0; k < 4; k++) {
            unsigned char *p = kl_heap_alloc(&heap, sizes[k], align);
            ck_assert_ptr_nonnull(p);
            ck_assert_uint_eq((uintptr_t)p % align, 0);
            ck_assert(in_region(p, sizes[k]));
            memset(p, 0x5a, sizes[k]);
            keep[n++] = p;
            CHECK_HEAP(&heap);
        }
    }
    for (int i = 0; i < n; i += 2)
        kl_heap_free(&heap, keep[i]);
    CHECK_HEAP(&heap);
    for (int i = 1; i < n; i += 2)
        kl_heap_free(&heap, keep[i]);
    CHECK_HEAP(&heap);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_bytes, s0.free_bytes);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_blocks, 1);
}
END_TEST

START_TEST(resize_in_place_when_it_can)
{
    init_heap(0, REGION_SIZE);
    unsigned char *a = kl_heap_alloc(&heap, 64, 8);
    unsigned char *b = kl_heap_alloc(&heap, 64, 8);
    unsigned char *c = kl_heap_alloc(&heap, 64, 8);
    ck_assert_ptr_nonnull(c);
    for (int i = 0; i < 64; i++)
        a[i] = (unsigned char)i;
    /* Shrinking stays in place and frees the tail. */
    ck_assert_ptr_eq(kl_heap_resize(&heap, a, 16, 8), a);
    ck_assert_uint_lt(kl_heap_block_size(&heap, a), 64);
    CHECK_HEAP(&heap);
    /* Growing into the freed tail stays in place too. */
    ck_assert_ptr_eq(kl_heap_resize(&heap, a, 60, 8), a);
    for (int i = 0; i < 16; i++)
        ck_assert_uint_eq(a[i], i);
    /* b's successor is used: growing moves it, keeping its bytes. */
    memset(b, 7, 64);
    kl_heap_free(&heap, c);
    ck_assert_ptr_eq(kl_heap_resize(&heap, b, 1000, 8), b); /* c's space and beyond */
    CHECK_HEAP(&heap);
    c = kl_heap_alloc(&heap, 64, 8);
    unsigned char *b2 = kl_heap_resize(&heap, b, 5000, 8);
    ck_assert_ptr_nonnull(b2);
    ck_assert_ptr_ne(b2, b);
    for (int i = 0; i < 64; i++)
        ck_assert_uint_eq(b2[i], 7);
    CHECK_HEAP(&heap);
    /* No room: NULL, and the block is untouched. */
    ck_assert_ptr_null(kl_heap_resize(&heap, b2, REGION_SIZE, 8));
    ck_assert_ptr_null(kl_heap_resize(&heap, b2, SIZE_MAX / 2, 8));
    for (int i = 0; i < 64; i++)
        ck_assert_uint_eq(b2[i], 7);
    CHECK_HEAP(&heap);
    kl_heap_free(&heap, a);
    kl_heap_free(&heap, b2);
    kl_heap_free(&heap, c);
    CHECK_HEAP(&heap);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).used_blocks, 0);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_blocks, 1);
}
END_TEST

START_TEST(exhaustion_returns_null_and_stays_consistent)
{
    init_heap(0, REGION_SIZE);
    kl_heap_stats s0 = kl_heap_stats_get(&heap);
    static void *ptrs[REGION_SIZE / 16];
    size_t n = 0;
    kl_rand r;
    kl_rand_seed(&r, 42);
    for (;;) {
        size_t size = 1 + (size_t)kl_rand_below(&r, 700);
        void *p = kl_heap_alloc(&heap, size, 1);
        if (p == NULL) {
            /* Good fit: a free block of two size classes more would have
             * served it. */
            ck_assert_uint_lt(kl_heap_stats_get(&heap).largest_free, size + size / 16 + 64);
            break;
        }
        ptrs[n++] = p;
    }
    CHECK_HEAP(&heap);
    ck_assert_ptr_null(kl_heap_alloc(&heap, REGION_SIZE, 1));
    ck_assert_ptr_null(kl_heap_alloc(&heap, SIZE_MAX, 1));
    ck_assert_ptr_null(kl_heap_alloc(&heap, 16, (size_t)1 << (sizeof(size_t) * 8 - 1)));
    /* Small requests still find the crumbs. */
    while (n < KL_ARRAY_LEN(ptrs) && (ptrs[n] = kl_heap_alloc(&heap, 1, 1)) != NULL)
        n++;
    CHECK_HEAP(&heap);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_blocks, 0);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_bytes, 0);
    kl_rand_shuffle(&r, ptrs, n, sizeof ptrs[0]);
    for (size_t i = 0; i < n; i++)
        kl_heap_free(&heap, ptrs[i]);
    CHECK_HEAP(&heap);
    kl_heap_stats s1 = kl_heap_stats_get(&heap);
    ck_assert_uint_eq(s1.free_bytes, s0.free_bytes);
    ck_assert_uint_eq(s1.free_blocks, 1);
    ck_assert_uint_eq(s1.used_bytes, 0);
}
END_TEST

START_TEST(regions_can_be_added)
{
    init_heap(0, REGION_SIZE / 2);
    ck_assert_int_eq(kl_heap_add_region(&heap, region + REGION_SIZE / 2 + 8, REGION_SIZE / 2 - 8), KL_OK);
    ck_assert_int_eq(kl_heap_add_region(&heap, region, 4), KL_EINVAL);
    CHECK_HEAP(&heap);
    kl_heap_stats s = kl_heap_stats_get(&heap);
    ck_assert_uint_eq(s.regions, 2);
    ck_assert_uint_eq(s.free_blocks, 2);
    /* Neither region alone holds three of these. */
    void *p[3];
    for (int i = 0; i < 3; i++)
        ck_assert_ptr_nonnull(p[i] = kl_heap_alloc(&heap, REGION_SIZE / 5, 16));
    CHECK_HEAP(&heap);
    for (int i = 0; i < 3; i++)
        kl_heap_free(&heap, p[i]);
    CHECK_HEAP(&heap);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).free_bytes, s.free_bytes);
}
END_TEST

START_TEST(misuse_panics)
{
    init_heap(0, REGION_SIZE);
    char *p = kl_heap_alloc(&heap, 40, 8);
    char *q = kl_heap_alloc(&heap, 40, 8);
    ck_assert_ptr_nonnull(q);
    kl_heap_free(&heap, p);
    KL_EXPECT_PANIC(kl_heap_free(&heap, p));
    ck_assert(strstr(kl_test_panic_message(), "is not an allocated block") != NULL);
    KL_EXPECT_PANIC(kl_heap_free(&heap, q + 1));
    KL_EXPECT_PANIC((void)kl_heap_resize(&heap, p, 10, 8));
    KL_EXPECT_PANIC((void)kl_heap_alloc(&heap, 8, 12));
    CHECK_HEAP(&heap);
    kl_heap_free(&heap, q);
}
END_TEST

/* The model: slots holding a block each, its size and alignment, and the
 * seed of the pattern its bytes carry. */
#define SLOTS 600
typedef struct slot {
    unsigned char *p;
    size_t size, align;
    uint8_t seed;
} slot;
static slot slots[SLOTS];

static void fill(slot *s)
{
    for (size_t i = 0; i < s->size; i++)
        s->p[i] = (uint8_t)(s->seed + i * 7);
}

static bool intact(const slot *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s->p[i] != (uint8_t)(s->seed + i * 7))
            return false;
    return true;
}

static size_t random_size(kl_rand *r)
{
    uint64_t k = kl_rand_below(r, 100);
    if (k < 60)
        return 1 + (size_t)kl_rand_below(r, 64);
    if (k < 90)
        return 1 + (size_t)kl_rand_below(r, 1024);
    return 1 + (size_t)kl_rand_below(r, 8192);
}

static size_t random_align(kl_rand *r)
{
    uint64_t k = kl_rand_below(r, 100);
    if (k < 80)
        return (size_t)1 << kl_rand_below(r, 4); /* 1..8 */
    return (size_t)1 << kl_rand_below(r, 10);    /* up to 512 */
}

START_TEST(random_against_model)
{
    init_heap(5, REGION_SIZE);
    kl_heap_stats s0 = kl_heap_stats_get(&heap);
    memset(slots, 0, sizeof slots);
    kl_rand r;
    kl_rand_seed(&r, 2026);
    long ops = kl_test_iterations(KL_PLATFORM_NONE ? 30000 : 100000, 10);
    long allocs = 0, frees = 0, resizes = 0, in_place = 0, nulls = 0;
    for (long op = 0; op < ops; op++) {
        slot *s = &slots[kl_rand_below(&r, SLOTS)];
        uint64_t kind = kl_rand_below(&r, 100);
        if (s->p == NULL) {
            size_t size = random_size(&r), align = random_align(&r);
            unsigned char *p = kl_heap_alloc(&heap, size, align);
            if (p == NULL) {
                nulls++;
                REQUIRE(kl_heap_stats_get(&heap).largest_free < 2 * (size + align) + 64);
                continue;
            }
            allocs++;
            REQUIRE((uintptr_t)p % align == 0);
            REQUIRE(in_region(p, size));
            REQUIRE(kl_heap_block_size(&heap, p) >= size);
            *s = (slot){ p, size, align, (uint8_t)kl_rand_u32(&r) };
            fill(s);
        } else if (kind < 50) {
            REQUIRE(intact(s, s->size));
            kl_heap_free(&heap, s->p);
            s->p = NULL;
            frees++;
        } else {
            size_t size = random_size(&r);
            REQUIRE(intact(s, s->size));
            unsigned char *p = kl_heap_resize(&heap, s->p, size, s->align);
            if (p == NULL) {
                nulls++;
                REQUIRE(intact(s, s->size));
                continue;
            }
            resizes++;
            in_place += p == s->p;
            REQUIRE((uintptr_t)p % s->align == 0);
            REQUIRE(in_region(p, size));
            REQUIRE(kl_heap_block_size(&heap, p) >= size);
            s->p = p;
            REQUIRE(intact(s, size < s->size ? size : s->size));
            s->size = size;
            fill(s);
        }
        if (op % 1024 == 0) {
            CHECK_HEAP(&heap);
            size_t live = 0, bytes = 0;
            for (int i = 0; i < SLOTS; i++)
                if (slots[i].p != NULL) {
                    REQUIRE(intact(&slots[i], slots[i].size));
                    live++;
                    bytes += slots[i].size;
                }
            kl_heap_stats st = kl_heap_stats_get(&heap);
            REQUIRE(st.used_blocks == live);
            REQUIRE(st.used_bytes >= bytes);
        }
    }
    CHECK_HEAP(&heap);
    for (int i = 0; i < SLOTS; i++)
        if (slots[i].p != NULL) {
            REQUIRE(intact(&slots[i], slots[i].size));
            kl_heap_free(&heap, slots[i].p);
        }
    CHECK_HEAP(&heap);
    kl_heap_stats s1 = kl_heap_stats_get(&heap);
    ck_assert_uint_eq(s1.used_bytes, 0);
    ck_assert_uint_eq(s1.used_blocks, 0);
    ck_assert_uint_eq(s1.free_blocks, 1);
    ck_assert_uint_eq(s1.free_bytes, s0.free_bytes);
    /* The mix really exercised every path. */
    ck_assert_int_gt(allocs, ops / 5);
    ck_assert_int_gt(frees, ops / 10);
    ck_assert_int_gt(resizes, ops / 10);
    ck_assert_int_gt(in_place, resizes / 10);
    ck_assert_int_gt(nulls, 0);
}
END_TEST

KL_VEC_DEFINE(u32_vec, uint32_t)

START_TEST(failures_injected_over_the_heap)
{
    /* A vector on the heap through the failing allocator: every k-th
     * call fails in turn; the heap stays consistent and gets every byte
     * back. */
    init_heap(0, REGION_SIZE);
    kl_heap_stats s0 = kl_heap_stats_get(&heap);
    for (long k = 1;; k++) {
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, kl_heap_allocator(&heap), k);
        u32_vec v;
        u32_vec_init(&v, &f.allocator);
        for (uint32_t i = 0; i < 2000; i++) {
            kl_vec before = v.raw;
            kl_err err = u32_vec_push(&v, i);
            if (err != KL_OK) {
                ck_assert_int_eq(err, KL_ENOMEM);
                ck_assert(memcmp(&before, &v.raw, sizeof before) == 0);
            }
        }
        CHECK_HEAP(&heap);
        for (size_t i = 1; i < u32_vec_len(&v); i++)
            REQUIRE(*u32_vec_at(&v, i) > *u32_vec_at(&v, i - 1));
        u32_vec_free(&v);
        ck_assert_uint_eq(f.live_bytes, 0);
        CHECK_HEAP(&heap);
        ck_assert_uint_eq(kl_heap_stats_get(&heap).free_bytes, s0.free_bytes);
        if (!f.failed)
            break;
        ck_assert_int_lt(k, 100);
    }
}
END_TEST

static Suite *heap_suite(void)
{
    Suite *s = suite_create("heap");
    TCase *tc = tcase_create("heap");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, init_gives_one_free_block);
    tcase_add_test(tc, free_coalesces_both_ways);
    tcase_add_test(tc, every_alignment_is_honoured);
    tcase_add_test(tc, resize_in_place_when_it_can);
    tcase_add_test(tc, exhaustion_returns_null_and_stays_consistent);
    tcase_add_test(tc, regions_can_be_added);
    tcase_add_test(tc, misuse_panics);
    tcase_add_test(tc, random_against_model);
    tcase_add_test(tc, failures_injected_over_the_heap);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(heap_suite)
