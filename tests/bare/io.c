/* Tests of keel/io.h (bare part): write_all, the fixed-buffer writer,
 * integers to a writer. */
#include <string.h>

#include <keel/io.h>
#include "../harness.h"

/* A writer that takes at most `chunk` bytes a call and fails with
 * KL_EIO once `budget` bytes have gone through. */
typedef struct trickle {
    char out[256];
    size_t len, chunk, budget;
    int calls, flushes;
} trickle;

static kl_err trickle_write(void *ctx, const void *data, size_t len, size_t *written)
{
    trickle *t = ctx;
    t->calls++;
    ck_assert_uint_gt(len, 0);
    if (t->len >= t->budget)
        return KL_EIO;
    size_t n = len < t->chunk ? len : t->chunk;
    if (n > t->budget - t->len)
        n = t->budget - t->len;
    memcpy(t->out + t->len, data, n);
    t->len += n;
    *written = n;
    return KL_OK;
}

static kl_err trickle_flush(void *ctx)
{
    ((trickle *)ctx)->flushes++;
    return KL_OK;
}

static const kl_writer_vtable trickle_vtable = { trickle_write, trickle_flush };

START_TEST(write_all_retries_partial_writes)
{
    trickle t = { .chunk = 3, .budget = 100 };
    kl_writer w = { &trickle_vtable, &t };
    ck_assert_int_eq(kl_write_all(&w, "hello, world", 12), KL_OK);
    ck_assert_uint_eq(t.len, 12);
    ck_assert_mem_eq(t.out, "hello, world", 12);
    ck_assert_int_eq(t.calls, 4);
    ck_assert_int_eq(kl_write_all(&w, "", 0), KL_OK);
    ck_assert_int_eq(t.calls, 4); /* an empty write calls nothing */
    ck_assert_int_eq(kl_flush(&w), KL_OK);
    ck_assert_int_eq(t.flushes, 1);
}
END_TEST

START_TEST(write_all_reports_errors)
{
    trickle t = { .chunk = 4, .budget = 6 };
    kl_writer w = { &trickle_vtable, &t };
    ck_assert_int_eq(kl_write_all(&w, "abcdefghij", 10), KL_EIO);
    ck_assert_uint_eq(t.len, 6);
    ck_assert_mem_eq(t.out, "abcdef", 6);
}
END_TEST

START_TEST(buf_writer_fits)
{
    char buf[16];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR("abc")), KL_OK);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR("def")), KL_OK);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("abcdef")));
    ck_assert(!kl_buf_writer_truncated(&bw));
    ck_assert_int_eq(kl_flush(&bw.writer), KL_OK); /* no flush: fine */
}
END_TEST

START_TEST(buf_writer_truncates)
{
    char buf[8] = "########";
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, 5);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR("hello")), KL_OK);
    ck_assert(!kl_buf_writer_truncated(&bw)); /* exactly full is not truncated */
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR("!")), KL_ENOSPC);
    ck_assert(kl_buf_writer_truncated(&bw));
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("hello")));
    ck_assert_int_eq(buf[5], '#'); /* nothing past cap */

    kl_buf_writer_init(&bw, buf, 3);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR("abcdef")), KL_ENOSPC);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("abc")));
    ck_assert(kl_buf_writer_truncated(&bw));

    kl_buf_writer_init(&bw, NULL, 0);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR("")), KL_OK);
    ck_assert(!kl_buf_writer_truncated(&bw));
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR("x")), KL_ENOSPC);
    ck_assert_uint_eq(bw.len, 0);
}
END_TEST

START_TEST(integers_to_writer)
{
    char buf[128];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf);
    ck_assert_int_eq(kl_write_u64(&bw.writer, 0), KL_OK);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR(" ")), KL_OK);
    ck_assert_int_eq(kl_write_u64(&bw.writer, UINT64_MAX), KL_OK);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR(" ")), KL_OK);
    ck_assert_int_eq(kl_write_i64(&bw.writer, INT64_MIN), KL_OK);
    ck_assert_int_eq(kl_write_str(&bw.writer, KL_STR(" ")), KL_OK);
    ck_assert_int_eq(kl_write_i64(&bw.writer, -42), KL_OK);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw),
                        KL_STR("0 18446744073709551615 -9223372036854775808 -42")));

    kl_buf_writer_init(&bw, buf, 4);
    ck_assert_int_eq(kl_write_u64(&bw.writer, 123456), KL_ENOSPC);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("1234")));
}
END_TEST

static Suite *io_suite(void)
{
    Suite *s = suite_create("io");
    TCase *tc = tcase_create("writer");
    tcase_add_test(tc, write_all_retries_partial_writes);
    tcase_add_test(tc, write_all_reports_errors);
    tcase_add_test(tc, buf_writer_fits);
    tcase_add_test(tc, buf_writer_truncates);
    tcase_add_test(tc, integers_to_writer);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(io_suite)
