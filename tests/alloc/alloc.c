/* Tests of keel/alloc.h: the global allocator, alignment, zero sizes. */
#include <string.h>

#include <keel/alloc.h>
#include <keel/heap.h>
#include "../harness.h"
#include "failing_alloc.h"

START_TEST(global_alloc_resize_free)
{
    char *p = kl_alloc(NULL, 100, 1);
    ck_assert_ptr_nonnull(p);
    memset(p, 'a', 100);
    p = kl_resize(NULL, p, 100, 10000, 1);
    ck_assert_ptr_nonnull(p);
    for (int i = 0; i < 100; i++)
        ck_assert_int_eq(p[i], 'a');
    p = kl_resize(kl_global_allocator(), p, 10000, 50, 1);
    ck_assert_ptr_nonnull(p);
    for (int i = 0; i < 50; i++)
        ck_assert_int_eq(p[i], 'a');
    kl_free(NULL, p, 50, 1);
}
END_TEST

START_TEST(alignments_are_honoured)
{
    for (size_t align = 1; align <= 4096; align *= 2) {
        size_t sizes[] = { 1, align, 3 * align + 1 };
        for (size_t k = 0; k < KL_ARRAY_LEN(sizes); k++) {
            char *p = kl_alloc(NULL, sizes[k], align);
            ck_assert_ptr_nonnull(p);
            ck_assert_uint_eq((uintptr_t)p % align, 0);
            memset(p, 0x11, sizes[k]);
            char *q = kl_resize(NULL, p, sizes[k], sizes[k] * 2 + 7, align);
            ck_assert_ptr_nonnull(q);
            ck_assert_uint_eq((uintptr_t)q % align, 0);
            for (size_t i = 0; i < sizes[k]; i++)
                ck_assert_int_eq(q[i], 0x11);
            kl_free(NULL, q, sizes[k] * 2 + 7, align);
        }
    }
}
END_TEST

START_TEST(zero_sizes_never_reach_the_allocator)
{
    void *z = kl_alloc(NULL, 0, 16);
    ck_assert_ptr_nonnull(z);
    ck_assert_uint_eq((uintptr_t)z % 16, 0);
    kl_free(NULL, z, 0, 16); /* nothing to do */
    char *p = kl_resize(NULL, z, 0, 8, 16);
    ck_assert_ptr_nonnull(p);
    memset(p, 1, 8);
    void *e = kl_resize(NULL, p, 8, 0, 16);
    ck_assert_ptr_nonnull(e);
    kl_free(NULL, e, 0, 16);
}
END_TEST

START_TEST(impossible_sizes_fail_cleanly)
{
    ck_assert_ptr_null(kl_alloc(NULL, SIZE_MAX, 1));
    ck_assert_ptr_null(kl_alloc(NULL, SIZE_MAX - 4096, 4096));
    ck_assert_ptr_null(kl_alloc(NULL, (size_t)PTRDIFF_MAX + 1, 1));
    ck_assert_ptr_null(kl_alloc(NULL, (size_t)PTRDIFF_MAX, 2));
    char *p = kl_alloc(NULL, 16, 8);
    ck_assert_ptr_nonnull(p);
    memcpy(p, "still here", 11);
    ck_assert_ptr_null(kl_resize(NULL, p, 16, SIZE_MAX, 8));
    ck_assert_str_eq(p, "still here"); /* the old block is untouched */
    kl_free(NULL, p, 16, 8);
}
END_TEST

START_TEST(bad_alignment_panics)
{
    KL_EXPECT_PANIC((void)kl_alloc(NULL, 8, 3));
    ck_assert_str_eq(kl_test_panic_message(), "allocation alignment 3 is not a power of two");
    KL_EXPECT_PANIC((void)kl_alloc(NULL, 8, 0));
}
END_TEST

static size_t hook_size, hook_align;
static int hook_calls;

static void recording_hook(size_t size, size_t align)
{
    hook_size = size;
    hook_align = align;
    hook_calls++;
}

START_TEST(alloc_error_hook_then_panic)
{
    /* No hook: the panic names the size and alignment. */
    ck_assert(kl_set_alloc_error_hook(NULL) == NULL);
    KL_EXPECT_PANIC(kl_handle_alloc_error(100, 8));
    ck_assert_str_eq(kl_test_panic_message(), "memory allocation of 100 bytes (align 8) failed");
    /* A hook that returns is told, and the panic follows. */
    ck_assert(kl_set_alloc_error_hook(recording_hook) == NULL);
    hook_calls = 0;
    KL_EXPECT_PANIC(kl_handle_alloc_error(7, 2));
    ck_assert_int_eq(hook_calls, 1);
    ck_assert_uint_eq(hook_size, 7);
    ck_assert_uint_eq(hook_align, 2);
    /* kl_alloc_or_die and kl_resize_or_die: through the hook on failure. */
    kl_failing_alloc f;
    kl_failing_alloc_init(&f, NULL, 2);
    char *p = kl_alloc_or_die(&f.allocator, 24, 4);
    memset(p, 3, 24);
    KL_EXPECT_PANIC((void)kl_resize_or_die(&f.allocator, p, 24, 48, 4));
    ck_assert_int_eq(hook_calls, 2);
    ck_assert_uint_eq(hook_size, 48);
    ck_assert_str_eq(kl_test_panic_message(), "memory allocation of 48 bytes (align 4) failed");
    p = kl_resize_or_die(&f.allocator, p, 24, 48, 4); /* call 3 succeeds */
    ck_assert_int_eq(p[23], 3);
    kl_free(&f.allocator, p, 48, 4);
    kl_failing_alloc_init(&f, NULL, 1);
    KL_EXPECT_PANIC((void)kl_alloc_or_die(&f.allocator, 5, 1));
    ck_assert_int_eq(hook_calls, 3);
    ck_assert_uint_eq(f.live_bytes, 0);
    ck_assert(kl_set_alloc_error_hook(NULL) == recording_hook);
}
END_TEST

START_TEST(the_default_global_allocator)
{
#if KL_HAVE_MALLOC
    /* malloc's: nothing to see from here but that it works. */
    void *p = kl_alloc(NULL, 10, 1);
    ck_assert_ptr_nonnull(p);
    kl_free(NULL, p, 10, 1);
#else
    /* --without-malloc: keel's heap, over the region tests/harness.c gave. */
    kl_heap *h = kl_global_heap();
    ck_assert_ptr_nonnull(h);
    size_t before = kl_heap_stats_get(h).used_blocks;
    void *p = kl_alloc(NULL, 10, 1);
    ck_assert_ptr_nonnull(p);
    ck_assert_uint_eq(kl_heap_stats_get(h).used_blocks, before + 1);
    ck_assert_ptr_null(kl_heap_check(h));
    kl_free(NULL, p, 10, 1);
    ck_assert_uint_eq(kl_heap_stats_get(h).used_blocks, before);
#endif
}
END_TEST

static Suite *alloc_suite(void)
{
    Suite *s = suite_create("alloc");
    TCase *tc = tcase_create("global");
    tcase_add_test(tc, global_alloc_resize_free);
    tcase_add_test(tc, alignments_are_honoured);
    tcase_add_test(tc, zero_sizes_never_reach_the_allocator);
    tcase_add_test(tc, impossible_sizes_fail_cleanly);
    tcase_add_test(tc, bad_alignment_panics);
    tcase_add_test(tc, alloc_error_hook_then_panic);
    tcase_add_test(tc, the_default_global_allocator);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(alloc_suite)
