/* Tests of kl_set_global_allocator: an allocator installed before the
 * first use serves every NULL-allocator call; afterwards the choice is
 * fixed (KL_EBUSY).  The installed allocator counts its calls and takes
 * its memory from a kl_heap, so this runs the same whatever keel's
 * default is. */
#include <keel/alloc.h>
#include <keel/heap.h>
#include "../harness.h"

static _Alignas(16) char region[64 * 1024];
static kl_heap heap;
static long calls;

static void *counting_alloc(void *ctx, size_t size, size_t align)
{
    calls++;
    return kl_heap_alloc(&heap, size, align);
}

static void *counting_resize(void *ctx, void *ptr, size_t old_size, size_t new_size, size_t align)
{
    calls++;
    return kl_heap_resize(&heap, ptr, new_size, align);
}

static void counting_free(void *ctx, void *ptr, size_t size, size_t align)
{
    calls++;
    kl_heap_free(&heap, ptr);
}

static const kl_allocator_vtable counting_vtable = { counting_alloc, counting_resize, counting_free };
static kl_allocator counting = { &counting_vtable, NULL };

/* Runs first (tests run in order, in one process under CK_FORK=no; in a
 * forked Check run each test starts from the same fresh state). */
START_TEST(install_before_first_use)
{
    ck_assert_int_eq(kl_heap_init(&heap, region, sizeof region), KL_OK);
    ck_assert_int_eq(kl_set_global_allocator(&counting), KL_OK);
    ck_assert_ptr_eq(kl_global_allocator(), &counting);
    calls = 0;
    char *p = kl_alloc(NULL, 100, 8);
    ck_assert_ptr_nonnull(p);
    p = kl_resize(NULL, p, 100, 200, 8);
    ck_assert_ptr_nonnull(p);
    kl_free(NULL, p, 200, 8);
    ck_assert_int_eq(calls, 3);
    ck_assert_uint_eq(kl_heap_stats_get(&heap).used_blocks, 0);
    /* The choice is made. */
    static kl_allocator other = { &counting_vtable, NULL };
    ck_assert_int_eq(kl_set_global_allocator(&other), KL_EBUSY);
    ck_assert_int_eq(kl_set_global_allocator(&counting), KL_EBUSY);
    ck_assert_ptr_eq(kl_global_allocator(), &counting);
}
END_TEST

START_TEST(too_late_after_first_use)
{
    kl_allocator *g = kl_global_allocator();
    ck_assert_ptr_nonnull(g);
    ck_assert_int_eq(kl_set_global_allocator(&counting), KL_EBUSY);
    ck_assert_ptr_eq(kl_global_allocator(), g);
    KL_EXPECT_PANIC({ kl_err e = kl_set_global_allocator(NULL); (void)e; });
}
END_TEST

static Suite *global_set_suite(void)
{
    Suite *s = suite_create("global_set");
    TCase *tc = tcase_create("global_set");
    tcase_add_test(tc, install_before_first_use);
    tcase_add_test(tc, too_late_after_first_use);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(global_set_suite)
