/* Tests of keel/spsc.h on one thread (both sides in turn, as an interrupt
 * handler and the thread it interrupts would take them): FIFO order,
 * full and empty at every capacity from 1 to 9, peek, len, the indices'
 * wrap-around.  Two threads: tests/threaded/spsc.c. */
#include <keel/spsc.h>
#include "../harness.h"

/* Check records every assertion that passes (a write per assertion), too
 * slow for the loops here: these assert only on failure. */
#define REQUIRE(c) ((c) ? (void)0 : ck_abort_msg("assertion failed: %s", #c))
#define REQUIRE_OP(x, op, y)                                                   \
    ((x)op(y) ? (void)0 : ck_abort_msg("assertion failed: %s %s %s", #x, #op, #y))

START_TEST(basics)
{
    static uint32_t storage[3];
    static kl_spsc q = KL_SPSC_INIT(storage, 3, sizeof(uint32_t));
    uint32_t x = 0;
    REQUIRE_OP(kl_spsc_capacity(&q), ==, 3);
    REQUIRE_OP(kl_spsc_len(&q), ==, 0);
    REQUIRE_OP(kl_spsc_peek(&q), ==, NULL);
    REQUIRE(!kl_spsc_pop(&q, &x));
    for (uint32_t i = 1; i <= 3; i++)
        REQUIRE(kl_spsc_push(&q, &i));
    x = 4;
    REQUIRE(!kl_spsc_push(&q, &x));
    REQUIRE_OP(kl_spsc_len(&q), ==, 3);
    REQUIRE_OP(*(uint32_t *)kl_spsc_peek(&q), ==, 1);
    REQUIRE(kl_spsc_pop(&q, &x));
    REQUIRE_OP(x, ==, 1);
    REQUIRE(kl_spsc_pop(&q, NULL));
    x = 4;
    REQUIRE(kl_spsc_push(&q, &x));
    REQUIRE_OP(kl_spsc_len(&q), ==, 2);
    REQUIRE(kl_spsc_pop(&q, &x));
    REQUIRE_OP(x, ==, 3);
    REQUIRE(kl_spsc_pop(&q, &x));
    REQUIRE_OP(x, ==, 4);
    REQUIRE(!kl_spsc_pop(&q, &x));
}
END_TEST

START_TEST(bad_init_panics)
{
    static char storage[8];
    static kl_spsc q;
    KL_EXPECT_PANIC(kl_spsc_init(&q, storage, 0, 1));
    ck_assert_str_eq(kl_test_panic_message(), "kl_spsc_init: bad capacity 0 x element size 1");
    KL_EXPECT_PANIC(kl_spsc_init(&q, storage, 1, 0));
    KL_EXPECT_PANIC(kl_spsc_init(&q, storage, SIZE_MAX / 2, 2));
}
END_TEST

static uint32_t rng_state = 0x12345678;

static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state % n;
}

typedef struct elem {
    uint32_t seq;
    uint16_t check;
    uint8_t pad;
} elem;

START_TEST(every_capacity_in_order)
{
    static elem storage[9];
    static kl_spsc q;
    long rounds = kl_test_iterations(KL_PLATFORM_NONE ? 3000 : 30000, 10);
    for (size_t cap = 1; cap <= 9; cap++) {
        kl_spsc_init(&q, storage, cap, sizeof(elem));
        uint32_t pushed = 0, popped = 0;
        for (long r = 0; r < rounds; r++) {
            /* A burst of pushes, then of pops, of random lengths: the
             * queue runs full and empty, and the indices wrap many times. */
            uint32_t n = rnd((uint32_t)cap + 2);
            for (uint32_t i = 0; i < n; i++) {
                elem e = { pushed, (uint16_t)(pushed * 7u), 0 };
                bool ok = kl_spsc_push(&q, &e);
                REQUIRE(ok == (pushed - popped < cap));
                if (ok)
                    pushed++;
            }
            REQUIRE_OP(kl_spsc_len(&q), ==, pushed - popped);
            n = rnd((uint32_t)cap + 2);
            for (uint32_t i = 0; i < n; i++) {
                elem *p = kl_spsc_peek(&q);
                elem e;
                bool ok = kl_spsc_pop(&q, &e);
                REQUIRE(ok == (pushed != popped));
                REQUIRE(ok == (p != NULL));
                if (ok) {
                    REQUIRE_OP(e.seq, ==, popped);
                    REQUIRE_OP(e.check, ==, (uint16_t)(popped * 7u));
                    popped++;
                }
            }
        }
        REQUIRE_OP(popped, >, (uint32_t)rounds / 4);
    }
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("spsc");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, basics);
    tcase_add_test(tc, bad_init_panics);
    tcase_add_test(tc, every_capacity_in_order);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
