/* tests/shim/check.c -- keel's Check-compatible test runner (see check.h). */
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "check.h"

enum { MAX_TESTS = 256, MAX_TCASES = 64 };

typedef struct entry {
    const ck_shim_test *test;
    int start, end;
} entry;

struct TCase {
    const char *name;
    entry tests[MAX_TESTS];
    int ntests;
    void (*setup)(void);
    void (*teardown)(void);
    TCase *next;
};

struct Suite {
    const char *name;
    TCase *first, *last;
};

struct SRunner {
    Suite *suite;
    int run, failed;
};

static jmp_buf fail_jump;
static const char *current_tcase;
static const char *current_test;

/* Suites, test cases and runners come from this pool first, so that the
 * shim needs no malloc: a keel built --without-malloc hands the RAM that
 * picolibc's malloc would use to keel's heap (tests/harness.c). */
static _Alignas(16) unsigned char pool[40 * 1024];
static size_t pool_used;

static bool in_pool(const void *p)
{
    return (const unsigned char *)p >= pool && (const unsigned char *)p < pool + sizeof pool;
}

static void must_free(void *p)
{
    if (!in_pool(p))
        free(p);
}

static void *must_alloc(size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (size <= sizeof pool - pool_used) {
        void *p = pool + pool_used;
        pool_used += size;
        return p; /* zero: static storage, never reused */
    }
    void *p = calloc(1, size);
    if (p == NULL) {
        printf("check shim: out of memory\n");
        exit(2);
    }
    return p;
}

Suite *suite_create(const char *name)
{
    Suite *s = must_alloc(sizeof *s);
    s->name = name;
    return s;
}

TCase *tcase_create(const char *name)
{
    TCase *tc = must_alloc(sizeof *tc);
    tc->name = name;
    return tc;
}

void suite_add_tcase(Suite *s, TCase *tc)
{
    if (s->last != NULL)
        s->last->next = tc;
    else
        s->first = tc;
    s->last = tc;
}

void ck_shim_tcase_add(TCase *tc, const ck_shim_test *t, int start, int end)
{
    if (tc->ntests == MAX_TESTS) {
        printf("check shim: more than %d tests in tcase %s\n", MAX_TESTS, tc->name);
        exit(2);
    }
    tc->tests[tc->ntests++] = (entry){ t, start, end };
}

void tcase_set_timeout(TCase *tc, double seconds)
{
    (void)tc;
    (void)seconds; /* qemu-run's own timeout bounds the whole program */
}

void tcase_add_checked_fixture(TCase *tc, void (*setup)(void), void (*teardown)(void))
{
    tc->setup = setup;
    tc->teardown = teardown;
}

SRunner *srunner_create(Suite *s)
{
    SRunner *sr = must_alloc(sizeof *sr);
    sr->suite = s;
    return sr;
}

void ck_shim_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    printf("%s:%d:F:%s:%s:0: ", file, line, current_tcase, current_test);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    printf("\n");
    longjmp(fail_jump, 1);
}

static bool run_one(TCase *tc, const entry *e, int i)
{
    current_tcase = tc->name;
    current_test = e->test->name;
    if (setjmp(fail_jump) != 0)
        return false;
    if (tc->setup != NULL)
        tc->setup();
    e->test->fn(i);
    if (tc->teardown != NULL)
        tc->teardown();
    return true;
}

void srunner_run_all(SRunner *sr, enum print_output mode)
{
    printf("Running suite(s): %s\n", sr->suite->name);
    for (TCase *tc = sr->suite->first; tc != NULL; tc = tc->next)
        for (int k = 0; k < tc->ntests; k++)
            for (int i = tc->tests[k].start; i < tc->tests[k].end; i++) {
                sr->run++;
                if (!run_one(tc, &tc->tests[k], i))
                    sr->failed++;
                else if (mode == CK_VERBOSE)
                    printf("%s:%d:P:%s:%s:%d: Passed\n", tc->tests[k].test->file,
                           tc->tests[k].test->line, tc->name, tc->tests[k].test->name, i);
            }
    int pct = sr->run == 0 ? 100 : (sr->run - sr->failed) * 100 / sr->run;
    printf("%d%%: Checks: %d, Failures: %d, Errors: 0\n", pct, sr->run, sr->failed);
    fflush(stdout);
}

int srunner_ntests_failed(SRunner *sr)
{
    return sr->failed;
}

void srunner_free(SRunner *sr)
{
    for (TCase *tc = sr->suite->first; tc != NULL;) {
        TCase *next = tc->next;
        must_free(tc);
        tc = next;
    }
    must_free(sr->suite);
    must_free(sr);
}
