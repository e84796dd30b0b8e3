/* Tests of keel/arena.h: bumping, alignment, the most recent block
 * resized and freed in place, marks, reset, and a parent that fails at
 * every call of a workload in turn. */
#include <string.h>

#include <keel/arena.h>
#include <keel/rand.h>
#include "../harness.h"
#include "failing_alloc.h"

#define REQUIRE(cond)                                                          \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg("%s:%d: %s", __FILE__, __LINE__, #cond);              \
    } while (0)

START_TEST(bump_and_align)
{
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    kl_arena a;
    kl_arena_init(&a, &f.allocator, 256);
    ck_assert_uint_eq(kl_arena_chunk_bytes(&a), 0);
    ck_assert_uint_eq(f.live_blocks, 0); /* nothing until the first block */
    char *p = kl_arena_alloc(&a, 10, 1);
    char *q = kl_arena_alloc(&a, 10, 1);
    ck_assert_ptr_eq(q, p + 10);
    ck_assert_uint_eq(f.live_blocks, 1);
    ck_assert_uint_eq(kl_arena_chunk_bytes(&a), 256);
    for (size_t align = 1; align <= 4096; align *= 2) {
        char *r = kl_arena_alloc(&a, 3, align);
        ck_assert_ptr_nonnull(r);
        ck_assert_uint_eq((uintptr_t)r % align, 0);
        memset(r, 1, 3);
    }
    ck_assert_uint_gt(f.live_blocks, 1);
    ck_assert_uint_eq(kl_arena_chunk_bytes(&a), f.live_bytes);
    /* Through the allocator interface. */
    kl_allocator *al = kl_arena_allocator(&a);
    uint64_t *u = kl_alloc(al, 8 * sizeof *u, _Alignof(uint64_t));
    ck_assert_ptr_nonnull(u);
    ck_assert_uint_eq((uintptr_t)u % _Alignof(uint64_t), 0);
    kl_free(al, u, 8 * sizeof *u, _Alignof(uint64_t));
    kl_arena_free(&a);
    ck_assert_uint_eq(f.live_bytes, 0);
    ck_assert_uint_eq(f.live_blocks, 0);
    ck_assert_uint_eq(kl_arena_chunk_bytes(&a), 0);
    KL_EXPECT_PANIC((void)kl_arena_alloc(&a, 1, 6));
    kl_arena_free(&a);
}
END_TEST

START_TEST(chunks_grow_geometrically)
{
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    kl_arena a;
    kl_arena_init(&a, &f.allocator, 128);
    for (int i = 0; i < 1000; i++)
        ck_assert_ptr_nonnull(kl_arena_alloc(&a, 100, 4));
    /* 100,000 bytes in chunks of 128, 256, 512, ...: about 10. */
    ck_assert_uint_le(f.live_blocks, 11);
    ck_assert_uint_ge(kl_arena_chunk_bytes(&a), 100000);
    ck_assert_uint_le(kl_arena_chunk_bytes(&a), 4 * 100000);
    /* A block larger than the next chunk gets a chunk of its own size. */
    size_t before = kl_arena_chunk_bytes(&a);
    ck_assert_ptr_nonnull(kl_arena_alloc(&a, 300000, 8));
    ck_assert_uint_lt(kl_arena_chunk_bytes(&a) - before, 300000 + 64);
    kl_arena_free(&a);
    ck_assert_uint_eq(f.live_bytes, 0);
}
END_TEST

START_TEST(last_block_resizes_and_frees_in_place)
{
    kl_arena a;
    kl_arena_init(&a, NULL, 1024);
    kl_allocator *al = kl_arena_allocator(&a);
    char *p = kl_alloc(al, 10, 1);
    memcpy(p, "0123456789", 10);
    char *q = kl_resize(al, p, 10, 500, 1);
    ck_assert_ptr_eq(q, p);
    char *r = kl_alloc(al, 1, 1);
    ck_assert_ptr_eq(r, p + 500);
    /* Not the last block any more: growing copies. */
    char *p2 = kl_resize(al, p, 500, 600, 1);
    ck_assert_ptr_ne(p2, p);
    ck_assert_int_eq(memcmp(p2, "0123456789", 10), 0);
    /* Shrinking anything stays. */
    ck_assert_ptr_eq(kl_resize(al, r, 1, 1, 1), r);
    /* Freeing the last block gives its space back. */
    char *s = kl_alloc(al, 16, 1);
    kl_free(al, s, 16, 1);
    ck_assert_ptr_eq(kl_alloc(al, 16, 1), s);
    /* A block too big for the chunk's rest moves to a new chunk. */
    char *t = kl_alloc(al, 8, 1);
    memcpy(t, "abcdefgh", 8);
    char *t2 = kl_resize(al, t, 8, 100000, 1);
    ck_assert_ptr_nonnull(t2);
    ck_assert_int_eq(memcmp(t2, "abcdefgh", 8), 0);
    kl_arena_free(&a);
}
END_TEST

START_TEST(marks_release_like_a_stack)
{
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    kl_arena a;
    kl_arena_init(&a, &f.allocator, 64);
    kl_arena_mark m0 = kl_arena_save(&a); /* an empty arena */
    char *p = kl_arena_alloc(&a, 40, 1);
    memset(p, 'p', 40);
    kl_arena_mark m1 = kl_arena_save(&a);
    for (int i = 0; i < 100; i++)
        ck_assert_ptr_nonnull(kl_arena_alloc(&a, 50, 8));
    size_t chunks = f.live_blocks;
    ck_assert_uint_gt(chunks, 2);
    kl_arena_release(&a, m1);
    ck_assert_uint_eq(f.live_blocks, 1);
    for (int i = 0; i < 40; i++)
        ck_assert_int_eq(p[i], 'p');
    ck_assert_ptr_eq(kl_arena_alloc(&a, 1, 1), p + 40);
    /* m1 is live again, m2 taken after it is released with it. */
    kl_arena_mark m2 = kl_arena_save(&a);
    kl_arena_release(&a, m1);
    KL_EXPECT_PANIC(kl_arena_release(&a, (kl_arena_mark){ m2.chunk, m2.ptr + 100000 }));
    kl_arena_release(&a, m0);
    ck_assert_uint_eq(f.live_bytes, 0);
    ck_assert_ptr_nonnull(kl_arena_alloc(&a, 1, 1));
    kl_arena_free(&a);
    ck_assert_uint_eq(f.live_bytes, 0);
}
END_TEST

START_TEST(reset_keeps_the_newest_chunk)
{
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    kl_arena a;
    kl_arena_init(&a, &f.allocator, 100);
    kl_arena_reset(&a); /* empty: nothing to do */
    for (int round = 0; round < 5; round++) {
        for (int i = 0; i < 100; i++)
            ck_assert_ptr_nonnull(kl_arena_alloc(&a, 30, 2));
        kl_arena_reset(&a);
        ck_assert_uint_eq(f.live_blocks, 1);
    }
    /* After the first round one chunk holds a round's blocks. */
    ck_assert_uint_ge(f.live_bytes, 3000);
    long calls = f.calls;
    for (int i = 0; i < 100; i++)
        ck_assert_ptr_nonnull(kl_arena_alloc(&a, 30, 2));
    ck_assert_int_eq(f.calls, calls);
    kl_arena_free(&a);
    ck_assert_uint_eq(f.live_bytes, 0);
}
END_TEST

START_TEST(parent_failures_leave_the_arena_intact)
{
    /* Fail each of the parent's calls in turn: the arena returns NULL,
     * is exactly as before, and goes on; the blocks it gave keep their
     * bytes, and freeing it returns everything. */
    for (long k = 1;; k++) {
        kl_failing_alloc f;
        kl_failing_alloc_init(&f, NULL, k);
        kl_arena a;
        kl_arena_init(&a, &f.allocator, 32);
        unsigned char *blocks[200];
        size_t sizes[200];
        int n = 0;
        bool failed = false;
        for (int i = 0; i < 200; i++) {
            size_t size = (size_t)(i * 37 % 300) + 1;
            kl_arena before = a;
            unsigned char *p = kl_arena_alloc(&a, size, (size_t)1 << (i % 5));
            if (p == NULL) {
                ck_assert(memcmp(&before, &a, sizeof a) == 0);
                failed = true;
                continue;
            }
            memset(p, i, size);
            blocks[n] = p;
            sizes[n++] = size;
        }
        for (int i = 0; i < n; i++)
            for (size_t j = 0; j < sizes[i]; j++)
                REQUIRE(blocks[i][j] == blocks[i][0]);
        ck_assert_uint_eq(kl_arena_chunk_bytes(&a), f.live_bytes);
        kl_arena_free(&a);
        ck_assert_uint_eq(f.live_bytes, 0);
        /* After a failed doubled chunk the arena asks for just what it
         * needs, so a failure of the parent need not reach the caller. */
        ck_assert(!failed || f.failed);
        if (!f.failed)
            break;
        ck_assert_int_lt(k, 100);
    }
}
END_TEST

START_TEST(random_against_model)
{
    /* Blocks carry patterns; marks are pushed and popped at random and
     * blocks newer than a released mark leave the model. */
    enum { MAX = 1000, MARKS = 16 };
    static unsigned char *p[MAX];
    static size_t size[MAX];
    kl_arena_mark marks[MARKS];
    int mark_len[MARKS];
    int n = 0, m = 0;
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 0);
    kl_arena a;
    kl_arena_init(&a, &f.allocator, 64);
    kl_rand r;
    kl_rand_seed(&r, 7);
    long ops = kl_test_iterations(KL_PLATFORM_NONE ? 10000 : 100000, 10);
    for (long op = 0; op < ops; op++) {
        uint64_t k = kl_rand_below(&r, 100);
        if (k < 70 && n < MAX) {
            size_t s = 1 + (size_t)kl_rand_below(&r, 100);
            size_t al = (size_t)1 << kl_rand_below(&r, 6);
            unsigned char *q = kl_arena_alloc(&a, s, al);
            REQUIRE(q != NULL && (uintptr_t)q % al == 0);
            memset(q, (uint8_t)n, s);
            p[n] = q;
            size[n++] = s;
        } else if (k < 80 && n > 0 && (m == 0 || mark_len[m - 1] < n)) {
            /* Grow or shrink the newest block, if no mark follows it (a
             * moved block would land after the mark). */
            size_t s = 1 + (size_t)kl_rand_below(&r, 200);
            unsigned char *q = kl_arena_resize(&a, p[n - 1], size[n - 1], s, 1);
            REQUIRE(q != NULL);
            for (size_t j = 0; j < (s < size[n - 1] ? s : size[n - 1]); j++)
                REQUIRE(q[j] == (uint8_t)(n - 1));
            memset(q, (uint8_t)(n - 1), s);
            p[n - 1] = q;
            size[n - 1] = s;
        } else if (k < 88 && m < MARKS) {
            marks[m] = kl_arena_save(&a);
            mark_len[m++] = n;
        } else if (k < 96 && m > 0) {
            m--;
            kl_arena_release(&a, marks[m]);
            n = mark_len[m];
        } else if (k < 97) {
            kl_arena_reset(&a);
            n = m = 0;
        }
        if (op % 512 == 0)
            for (int i = 0; i < n; i++)
                for (size_t j = 0; j < size[i]; j++)
                    REQUIRE(p[i][j] == (uint8_t)i);
    }
    ck_assert_uint_eq(kl_arena_chunk_bytes(&a), f.live_bytes);
    kl_arena_free(&a);
    ck_assert_uint_eq(f.live_bytes, 0);
}
END_TEST

static Suite *arena_suite(void)
{
    Suite *s = suite_create("arena");
    TCase *tc = tcase_create("arena");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, bump_and_align);
    tcase_add_test(tc, chunks_grow_geometrically);
    tcase_add_test(tc, last_block_resizes_and_frees_in_place);
    tcase_add_test(tc, marks_release_like_a_stack);
    tcase_add_test(tc, reset_keeps_the_newest_chunk);
    tcase_add_test(tc, parent_failures_leave_the_arena_intact);
    tcase_add_test(tc, random_against_model);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(arena_suite)
