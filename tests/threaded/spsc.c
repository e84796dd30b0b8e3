/* Tests of keel/spsc.h under two threads: a producer pushes the sequence
 * 0, 1, 2, ... (10,000,000 items; a tenth under Valgrind, x10 with
 * KL_TEST_LONG) and the consumer checks it pops every one exactly once, in
 * order, with its payload intact.  Capacities 1 (every push waits for a
 * pop), 7 (not a power of two) and 1024.  The queue uses no lock: run
 * under ThreadSanitizer (matrix cell tsan-threaded) this shows its
 * acquire/release pairs publish each element. */
#include <sched.h>

#include <keel/spsc.h>
#include <keel/thread.h>
#include "../harness.h"

typedef struct item {
    uint64_t seq;
    uint64_t payload;
} item;

typedef struct run {
    kl_spsc q;
    uint64_t n;
} run;

static uint64_t payload_of(uint64_t seq)
{
    return seq * 0x9e3779b97f4a7c15u ^ (seq >> 7);
}

/* Wait for the other side: spin with backoff, then give the core away (the
 * other side may not be running: this machine may have fewer free cores
 * than the test has threads). */
static void wait_a_little(kl_backoff *b)
{
    if (b->step < KL_BACKOFF_MAX_STEP)
        kl_backoff_spin(b);
    else
        sched_yield();
}

static void *producer(void *arg)
{
    run *r = arg;
    kl_backoff b = KL_BACKOFF_INIT;
    for (uint64_t i = 0; i < r->n; i++) {
        item it = { i, payload_of(i) };
        while (!kl_spsc_push(&r->q, &it))
            wait_a_little(&b);
        kl_backoff_reset(&b);
    }
    return NULL;
}

static void run_with_capacity(size_t cap, uint64_t n)
{
    static item storage[1024];
    static run r;
    kl_spsc_init(&r.q, storage, cap, sizeof(item));
    r.n = n;
    kl_thread t;
    ck_assert_int_eq(kl_thread_spawn(&t, producer, &r), KL_OK);
    uint64_t expect = 0, bad = 0, empty_polls = 0;
    kl_backoff b = KL_BACKOFF_INIT;
    while (expect < n) {
        item it;
        if (!kl_spsc_pop(&r.q, &it)) {
            empty_polls++;
            wait_a_little(&b);
            continue;
        }
        kl_backoff_reset(&b);
        /* Count rather than assert per item: the loop stays tight. */
        bad += it.seq != expect || it.payload != payload_of(expect);
        expect++;
    }
    ck_assert_int_eq(kl_thread_join(t, NULL), KL_OK);
    ck_assert_uint_eq(bad, 0);
    ck_assert_uint_eq(expect, n);
    ck_assert_uint_eq(kl_spsc_len(&r.q), 0);
    ck_assert(!kl_spsc_pop(&r.q, NULL)); /* nothing duplicated at the end */
    (void)empty_polls;
}

START_TEST(ten_million_items)
{
    uint64_t n = (uint64_t)kl_test_iterations(10000000, 10);
    run_with_capacity(1024, n);
}
END_TEST

START_TEST(small_capacities)
{
    uint64_t n = (uint64_t)kl_test_iterations(200000, 10);
    run_with_capacity(1, n);
    run_with_capacity(7, n);
}
END_TEST

static Suite *make_suite(void)
{
    Suite *s = suite_create("spsc-threads");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, ten_million_items);
    tcase_add_test(tc, small_capacities);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(make_suite)
