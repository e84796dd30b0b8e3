/* Tests of keel/atomic.h, single-threaded: every operation of every type
 * with exact results (wrap-around included), compare-exchange on success
 * and failure, fences, the relax hint, backoff, the spinlock's states.
 * The spinlock under threads: tests/threaded/spinlock.c. */
#include <keel/atomic.h>
#include "../harness.h"

/* The integer operations of one type: every operation from small values,
 * then compare-exchange to the maximum and one past it (to the minimum). */
#define TEST_INT_TYPE(name, T, MINV, MAXV)                                           \
    START_TEST(int_##name)                                                     \
    {                                                                          \
        static kl_atomic_##name s = KL_ATOMIC_INIT(5);                         \
        ck_assert(kl_atomic_##name##_load(&s, KL_ORDER_RELAXED) == 5);         \
        kl_atomic_##name a;                                                    \
        kl_atomic_##name##_init(&a, 0);                                        \
        ck_assert(kl_atomic_##name##_load(&a, KL_ORDER_SEQ_CST) == 0);         \
        kl_atomic_##name##_store(&a, 10, KL_ORDER_RELEASE);                    \
        ck_assert(kl_atomic_##name##_load(&a, KL_ORDER_ACQUIRE) == 10);        \
        ck_assert(kl_atomic_##name##_exchange(&a, 12, KL_ORDER_ACQ_REL) == 10); \
        ck_assert(kl_atomic_##name##_fetch_add(&a, 3, KL_ORDER_RELAXED) == 12); \
        ck_assert(kl_atomic_##name##_fetch_sub(&a, 5, KL_ORDER_RELAXED) == 15); \
        ck_assert(kl_atomic_##name##_fetch_and(&a, 6, KL_ORDER_RELAXED) == 10); \
        ck_assert(kl_atomic_##name##_fetch_or(&a, 9, KL_ORDER_RELAXED) == 2);  \
        ck_assert(kl_atomic_##name##_fetch_xor(&a, 3, KL_ORDER_RELAXED) == 11); \
        ck_assert(kl_atomic_##name##_load(&a, KL_ORDER_RELAXED) == 8);         \
        T expected = 7;                                                        \
        ck_assert(!kl_atomic_##name##_compare_exchange(                        \
            &a, &expected, 1, KL_ORDER_SEQ_CST, KL_ORDER_RELAXED));            \
        ck_assert(expected == 8);                                              \
        ck_assert(kl_atomic_##name##_compare_exchange(                         \
            &a, &expected, 1, KL_ORDER_ACQ_REL, KL_ORDER_ACQUIRE));            \
        ck_assert(expected == 8);                                              \
        ck_assert(kl_atomic_##name##_load(&a, KL_ORDER_RELAXED) == 1);         \
        expected = 1;                                                          \
        while (!kl_atomic_##name##_compare_exchange_weak(                      \
            &a, &expected, (T)MAXV, KL_ORDER_RELEASE, KL_ORDER_RELAXED))       \
            ck_assert(expected == 1);                                          \
        expected = 0;                                                          \
        ck_assert(!kl_atomic_##name##_compare_exchange_weak(                   \
            &a, &expected, 2, KL_ORDER_RELAXED, KL_ORDER_RELAXED));            \
        ck_assert(expected == (T)MAXV);                                        \
        /* Past the maximum: wraps around, signed types too. */               \
        ck_assert(kl_atomic_##name##_fetch_add(&a, 1, KL_ORDER_SEQ_CST) == (T)MAXV); \
        ck_assert(kl_atomic_##name##_load(&a, KL_ORDER_RELAXED) == (T)MINV);   \
    }                                                                          \
    END_TEST

TEST_INT_TYPE(u8, uint8_t, 0, UINT8_MAX)
TEST_INT_TYPE(u16, uint16_t, 0, UINT16_MAX)
TEST_INT_TYPE(u32, uint32_t, 0, UINT32_MAX)
TEST_INT_TYPE(i32, int32_t, INT32_MIN, INT32_MAX)
TEST_INT_TYPE(usize, size_t, 0, SIZE_MAX)
#if KL_HAVE_ATOMIC_64
TEST_INT_TYPE(u64, uint64_t, 0, UINT64_MAX)
TEST_INT_TYPE(i64, int64_t, INT64_MIN, INT64_MAX)
#endif

START_TEST(wrap_around_exact)
{
    kl_atomic_u8 a = KL_ATOMIC_INIT(250);
    ck_assert_uint_eq(kl_atomic_u8_fetch_add(&a, 10, KL_ORDER_RELAXED), 250);
    ck_assert_uint_eq(kl_atomic_u8_load(&a, KL_ORDER_RELAXED), 4);
    ck_assert_uint_eq(kl_atomic_u8_fetch_sub(&a, 5, KL_ORDER_RELAXED), 4);
    ck_assert_uint_eq(kl_atomic_u8_load(&a, KL_ORDER_RELAXED), 255);
    kl_atomic_u16 b = KL_ATOMIC_INIT(65535);
    ck_assert_uint_eq(kl_atomic_u16_fetch_add(&b, 2, KL_ORDER_RELAXED), 65535);
    ck_assert_uint_eq(kl_atomic_u16_load(&b, KL_ORDER_RELAXED), 1);
    kl_atomic_i32 c = KL_ATOMIC_INIT(INT32_MAX);
    ck_assert_int_eq(kl_atomic_i32_fetch_add(&c, 1, KL_ORDER_RELAXED), INT32_MAX);
    ck_assert_int_eq(kl_atomic_i32_load(&c, KL_ORDER_RELAXED), INT32_MIN);
    ck_assert_int_eq(kl_atomic_i32_fetch_sub(&c, 2, KL_ORDER_RELAXED), INT32_MIN);
    ck_assert_int_eq(kl_atomic_i32_load(&c, KL_ORDER_RELAXED), INT32_MAX - 1);
    kl_atomic_u32 d = KL_ATOMIC_INIT(0);
    ck_assert_uint_eq(kl_atomic_u32_fetch_sub(&d, 1, KL_ORDER_RELAXED), 0);
    ck_assert_uint_eq(kl_atomic_u32_load(&d, KL_ORDER_RELAXED), UINT32_MAX);
    kl_atomic_usize e = KL_ATOMIC_INIT(SIZE_MAX);
    ck_assert_uint_eq(kl_atomic_usize_fetch_add(&e, 3, KL_ORDER_RELAXED), SIZE_MAX);
    ck_assert_uint_eq(kl_atomic_usize_load(&e, KL_ORDER_RELAXED), 2);
#if KL_HAVE_ATOMIC_64
    kl_atomic_u64 f = KL_ATOMIC_INIT(UINT64_C(0xffffffff));
    ck_assert_uint_eq(kl_atomic_u64_fetch_add(&f, 1, KL_ORDER_RELAXED), 0xffffffffu);
    ck_assert_uint_eq(kl_atomic_u64_load(&f, KL_ORDER_RELAXED), UINT64_C(0x100000000));
    kl_atomic_i64 g = KL_ATOMIC_INIT(INT64_MIN);
    ck_assert_int_eq(kl_atomic_i64_fetch_sub(&g, 1, KL_ORDER_RELAXED), INT64_MIN);
    ck_assert_int_eq(kl_atomic_i64_load(&g, KL_ORDER_RELAXED), INT64_MAX);
#endif
}
END_TEST

START_TEST(have_64_matches_the_target)
{
#if defined(__x86_64__) || defined(__aarch64__)
    ck_assert_int_eq(KL_HAVE_ATOMIC_64, 1);
#elif defined(__ARM_ARCH_7M__)
    ck_assert_int_eq(KL_HAVE_ATOMIC_64, 0); /* Cortex-M3: no lock-free 64-bit */
#endif
    ck_assert_int_ge(KL_CACHE_LINE, 32);
}
END_TEST

START_TEST(bool_and_ptr)
{
    kl_atomic_bool b = KL_ATOMIC_INIT(false);
    ck_assert(!kl_atomic_bool_exchange(&b, true, KL_ORDER_ACQ_REL));
    ck_assert(kl_atomic_bool_load(&b, KL_ORDER_ACQUIRE));
    bool exp = false;
    ck_assert(!kl_atomic_bool_compare_exchange(&b, &exp, false, KL_ORDER_SEQ_CST, KL_ORDER_SEQ_CST));
    ck_assert(exp);
    ck_assert(kl_atomic_bool_compare_exchange(&b, &exp, false, KL_ORDER_SEQ_CST, KL_ORDER_SEQ_CST));
    kl_atomic_bool_store(&b, true, KL_ORDER_RELAXED);
    ck_assert(kl_atomic_bool_load(&b, KL_ORDER_RELAXED));
    kl_atomic_bool_init(&b, false);
    ck_assert(!kl_atomic_bool_load(&b, KL_ORDER_RELAXED));

    int x = 1, y = 2;
    static kl_atomic_ptr sp = KL_ATOMIC_INIT(NULL);
    ck_assert_ptr_null(kl_atomic_ptr_load(&sp, KL_ORDER_RELAXED));
    kl_atomic_ptr p;
    kl_atomic_ptr_init(&p, &x);
    ck_assert_ptr_eq(kl_atomic_ptr_load(&p, KL_ORDER_ACQUIRE), &x);
    ck_assert_ptr_eq(kl_atomic_ptr_exchange(&p, &y, KL_ORDER_ACQ_REL), &x);
    void *e = &x;
    ck_assert(!kl_atomic_ptr_compare_exchange(&p, &e, NULL, KL_ORDER_SEQ_CST, KL_ORDER_RELAXED));
    ck_assert_ptr_eq(e, &y);
    ck_assert(kl_atomic_ptr_compare_exchange(&p, &e, NULL, KL_ORDER_SEQ_CST, KL_ORDER_RELAXED));
    ck_assert_ptr_null(kl_atomic_ptr_load(&p, KL_ORDER_RELAXED));
    e = NULL;
    while (!kl_atomic_ptr_compare_exchange_weak(&p, &e, &x, KL_ORDER_RELEASE, KL_ORDER_RELAXED))
        ck_assert_ptr_null(e);
    kl_atomic_ptr_store(&p, &y, KL_ORDER_RELEASE);
    ck_assert_ptr_eq(kl_atomic_ptr_load(&p, KL_ORDER_RELAXED), &y);
}
END_TEST

START_TEST(fences_relax_backoff)
{
    kl_atomic_fence(KL_ORDER_SEQ_CST);
    kl_atomic_fence(KL_ORDER_ACQUIRE);
    kl_atomic_fence(KL_ORDER_RELEASE);
    kl_atomic_signal_fence(KL_ORDER_SEQ_CST);
    kl_cpu_relax();
    kl_backoff b = KL_BACKOFF_INIT;
    for (unsigned i = 0; i < KL_BACKOFF_MAX_STEP + 3; i++) {
        ck_assert_uint_eq(b.step, i < KL_BACKOFF_MAX_STEP ? i : KL_BACKOFF_MAX_STEP);
        kl_backoff_spin(&b);
    }
    ck_assert_uint_eq(b.step, KL_BACKOFF_MAX_STEP);
    kl_backoff_reset(&b);
    ck_assert_uint_eq(b.step, 0);
}
END_TEST

START_TEST(spinlock_states)
{
    static kl_spinlock sl = KL_SPINLOCK_INIT;
    ck_assert(kl_spinlock_try_lock(&sl));
    ck_assert(!kl_spinlock_try_lock(&sl));
    kl_spinlock_unlock(&sl);
    kl_spinlock_lock(&sl);
    ck_assert(!kl_spinlock_try_lock(&sl));
    kl_spinlock_unlock(&sl);
    ck_assert(kl_spinlock_try_lock(&sl));
    kl_spinlock_unlock(&sl);
    kl_spinlock l;
    kl_spinlock_init(&l);
    kl_spinlock_lock(&l);
    kl_spinlock_unlock(&l);
    /* Unlocking a free lock is a bug (caught without NDEBUG). */
    KL_EXPECT_PANIC(kl_spinlock_unlock(&l));
    ck_assert(kl_spinlock_try_lock(&l));
    kl_spinlock_unlock(&l);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("atomic");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, int_u8);
    tcase_add_test(tc, int_u16);
    tcase_add_test(tc, int_u32);
    tcase_add_test(tc, int_i32);
    tcase_add_test(tc, int_usize);
#if KL_HAVE_ATOMIC_64
    tcase_add_test(tc, int_u64);
    tcase_add_test(tc, int_i64);
#endif
    tcase_add_test(tc, wrap_around_exact);
    tcase_add_test(tc, have_64_matches_the_target);
    tcase_add_test(tc, bool_and_ptr);
    tcase_add_test(tc, fences_relax_backoff);
    tcase_add_test(tc, spinlock_states);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
