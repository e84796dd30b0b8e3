/* tests/harness.c -- the shared test runner and the tests' panic handler. */
#include <stdio.h>
#include <stdlib.h>

#include <keel/io.h>
#if KL_HAVE_ALLOC && !KL_HAVE_MALLOC
#include <keel/heap.h>
#endif
#include "harness.h"

static jmp_buf *panic_jump;
static char panic_message[512];
static unsigned panic_line;

#if KL_HAVE_ALLOC && !KL_HAVE_MALLOC
/* A keel built --without-malloc has keel's heap as its global allocator,
 * over memory the program hands over.  On a bare-metal target the tests
 * give it the RAM picolibc's linker script leaves between the program's
 * data and its stack (what picolibc's own malloc would use); on a host,
 * a static array. */
#if KL_PLATFORM_NONE
extern char __heap_start[], __heap_end[];
#define TEST_HEAP __heap_start
#define TEST_HEAP_SIZE ((size_t)(__heap_end - __heap_start))
#else
static _Alignas(16) char test_heap[4 * 1024 * 1024];
#define TEST_HEAP test_heap
#define TEST_HEAP_SIZE sizeof test_heap
#endif

static void give_global_heap(void)
{
    if (kl_global_heap() == NULL && kl_global_heap_init(TEST_HEAP, TEST_HEAP_SIZE) != KL_OK)
        abort();
}
#else
static void give_global_heap(void)
{
}
#endif

int kl_test_run(Suite *s)
{
    give_global_heap();
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

void kl_test_expect_panic(jmp_buf *jb)
{
    panic_jump = jb;
}

const char *kl_test_panic_message(void)
{
    return panic_message;
}

unsigned kl_test_panic_line(void)
{
    return panic_line;
}

long kl_test_iterations(long n, long factor)
{
    if (getenv("KL_TEST_LONG") != NULL)
        return n * factor;
    /* make check-valgrind sets VALGRIND: memcheck runs code some 30 times
     * slower, and looks for memory errors, which a tenth of the cases find
     * as well as all of them. */
    if (getenv("VALGRIND") != NULL)
        return n / 10 > 0 ? n / 10 : 1;
    return n;
}

/* Replaces keel's default handler (hosted) or supplies the one a bare
 * program must have. */
void kl_panic_handler(const kl_panic_info *info)
{
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, panic_message, sizeof panic_message - 1);
    kl_err err = kl_panic_message_write(info, &bw.writer);
    (void)err; /* a truncated message is still worth reporting */
    panic_message[bw.len] = '\0';
    panic_line = info->line;
    if (panic_jump != NULL) {
        jmp_buf *jb = panic_jump;
        panic_jump = NULL;
        longjmp(*jb, 1);
    }
    ck_abort_msg("unexpected panic at %s:%u: %s", info->file, info->line, panic_message);
    abort(); /* not reached: ck_abort_msg leaves the test */
}
