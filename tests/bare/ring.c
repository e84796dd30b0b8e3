/* Tests of keel/ring.h: fixed cases, then random pushes and pops at both
 * ends against a model deque (a plain array), for capacities 1 to 17 and
 * 1000 and element sizes 1, 3, 8 and 24. */
#include <string.h>

#include <keel/ring.h>
#include "../harness.h"

/* Check records every assertion that passes (a write per assertion), too
 * slow for the loops here: these assert only on failure. */
#define REQUIRE(c) ((c) ? (void)0 : ck_abort_msg("assertion failed: %s", #c))
#define REQUIRE_OP(x, op, y)                                                   \
    ((x)op(y) ? (void)0 : ck_abort_msg("assertion failed: %s %s %s", #x, #op, #y))

START_TEST(basics)
{
    int storage[3];
    kl_ring r = KL_RING_INIT(storage, 3, sizeof(int));
    int x;
    REQUIRE(kl_ring_empty(&r));
    REQUIRE(!kl_ring_full(&r));
    REQUIRE_OP(kl_ring_capacity(&r), ==, 3);
    REQUIRE_OP(kl_ring_peek_front(&r), ==, NULL);
    REQUIRE_OP(kl_ring_peek_back(&r), ==, NULL);
    REQUIRE(!kl_ring_pop_front(&r, &x));
    REQUIRE(!kl_ring_pop_back(&r, &x));
    x = 1;
    REQUIRE(kl_ring_push_back(&r, &x));
    x = 2;
    REQUIRE(kl_ring_push_back(&r, &x));
    x = 0;
    REQUIRE(kl_ring_push_front(&r, &x));
    REQUIRE(kl_ring_full(&r));
    x = 9;
    REQUIRE(!kl_ring_push_back(&r, &x));
    REQUIRE(!kl_ring_push_front(&r, &x));
    REQUIRE_OP(kl_ring_len(&r), ==, 3);
    REQUIRE_OP(*(int *)kl_ring_peek_front(&r), ==, 0);
    REQUIRE_OP(*(int *)kl_ring_peek_back(&r), ==, 2);
    REQUIRE_OP(*(int *)kl_ring_at(&r, 1), ==, 1);
    KL_EXPECT_PANIC(kl_ring_at(&r, 3));
    ck_assert_str_eq(kl_test_panic_message(), "kl_ring_at: index 3 out of range (len 3)");
    REQUIRE(kl_ring_pop_back(&r, &x));
    REQUIRE_OP(x, ==, 2);
    REQUIRE(kl_ring_pop_front(&r, NULL));
    REQUIRE(kl_ring_pop_front(&r, &x));
    REQUIRE_OP(x, ==, 1);
    REQUIRE(kl_ring_empty(&r));
    x = 5;
    REQUIRE(kl_ring_push_back(&r, &x));
    kl_ring_clear(&r);
    REQUIRE(kl_ring_empty(&r));
}
END_TEST

START_TEST(capacity_one)
{
    char c, storage[1];
    kl_ring r;
    kl_ring_init(&r, storage, 1, 1);
    for (int i = 0; i < 5; i++) {
        c = (char)('a' + i);
        REQUIRE(i % 2 ? kl_ring_push_front(&r, &c) : kl_ring_push_back(&r, &c));
        REQUIRE(kl_ring_full(&r));
        REQUIRE(!kl_ring_push_back(&r, &c));
        REQUIRE(i % 2 ? kl_ring_pop_back(&r, &c) : kl_ring_pop_front(&r, &c));
        REQUIRE_OP(c, ==, 'a' + i);
        REQUIRE(kl_ring_empty(&r));
    }
}
END_TEST

START_TEST(bad_init_panics)
{
    char storage[4];
    kl_ring r;
    KL_EXPECT_PANIC(kl_ring_init(&r, storage, 0, 1));
    ck_assert_str_eq(kl_test_panic_message(), "kl_ring_init: bad capacity 0 x element size 1");
    KL_EXPECT_PANIC(kl_ring_init(&r, storage, 4, 0));
    KL_EXPECT_PANIC(kl_ring_init(&r, storage, SIZE_MAX / 2, 3));
}
END_TEST

static uint32_t rng_state = 0xdeadbeef;

static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 17;
    rng_state ^= rng_state << 5;
    return rng_state % n;
}

enum { MAXCAP = 1000, MAXSIZE = 24 };

/* An element of `size` bytes made from the number v. */
static void make(unsigned char *e, size_t size, uint32_t v)
{
    for (size_t i = 0; i < size; i++)
        e[i] = (unsigned char)(v * 31u + i * 7u + (v >> 8));
}

static void run_model(size_t cap, size_t size, long ops)
{
    static unsigned char storage[MAXCAP * MAXSIZE];
    static uint32_t model[2 * MAXCAP];
    size_t mlen = 0;
    kl_ring r;
    kl_ring_init(&r, storage, cap, size);
    unsigned char e[MAXSIZE], got[MAXSIZE];
    uint32_t next = 1;
    for (long op = 0; op < ops; op++) {
        uint32_t kind = rnd(8);
        /* Bias towards filling, then towards emptying, to reach both ends. */
        if ((op / 64) % 2 == 0 ? kind >= 6 : kind < 2)
            kind = rnd(8);
        switch (kind) {
        case 0:
        case 1: /* push_back */
            make(e, size, next);
            if (mlen == cap) {
                REQUIRE(!kl_ring_push_back(&r, e));
            } else {
                REQUIRE(kl_ring_push_back(&r, e));
                model[mlen++] = next++;
            }
            break;
        case 2:
        case 3: /* push_front */
            make(e, size, next);
            if (mlen == cap) {
                REQUIRE(!kl_ring_push_front(&r, e));
            } else {
                REQUIRE(kl_ring_push_front(&r, e));
                memmove(model + 1, model, mlen * sizeof model[0]);
                model[0] = next++;
                mlen++;
            }
            break;
        case 4:
        case 5: /* pop_front */
            if (mlen == 0) {
                REQUIRE(!kl_ring_pop_front(&r, got));
            } else {
                REQUIRE(kl_ring_pop_front(&r, got));
                make(e, size, model[0]);
                REQUIRE(memcmp(got, e, size) == 0);
                memmove(model, model + 1, --mlen * sizeof model[0]);
            }
            break;
        case 6: /* pop_back */
            if (mlen == 0) {
                REQUIRE(!kl_ring_pop_back(&r, got));
            } else {
                REQUIRE(kl_ring_pop_back(&r, got));
                make(e, size, model[--mlen]);
                REQUIRE(memcmp(got, e, size) == 0);
            }
            break;
        default: /* peek both ends and a random element */
            if (mlen == 0) {
                REQUIRE_OP(kl_ring_peek_front(&r), ==, NULL);
                REQUIRE_OP(kl_ring_peek_back(&r), ==, NULL);
            } else {
                make(e, size, model[0]);
                REQUIRE(memcmp(kl_ring_peek_front(&r), e, size) == 0);
                make(e, size, model[mlen - 1]);
                REQUIRE(memcmp(kl_ring_peek_back(&r), e, size) == 0);
                size_t i = rnd((uint32_t)mlen);
                make(e, size, model[i]);
                REQUIRE(memcmp(kl_ring_at(&r, i), e, size) == 0);
            }
            break;
        }
        REQUIRE_OP(kl_ring_len(&r), ==, mlen);
        REQUIRE(kl_ring_empty(&r) == (mlen == 0));
        REQUIRE(kl_ring_full(&r) == (mlen == cap));
    }
}

START_TEST(random_against_model)
{
    static const size_t sizes[] = { 1, 3, 8, 24 };
    long ops = kl_test_iterations(KL_PLATFORM_NONE ? 1500 : 20000, 10);
    for (size_t cap = 1; cap <= 17; cap++)
        for (size_t s = 0; s < KL_ARRAY_LEN(sizes); s++)
            run_model(cap, sizes[s], ops / 10);
    run_model(MAXCAP, 8, ops * 5);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("ring");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, basics);
    tcase_add_test(tc, capacity_one);
    tcase_add_test(tc, bad_init_panics);
    tcase_add_test(tc, random_against_model);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
