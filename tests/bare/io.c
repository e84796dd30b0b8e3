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
    bool interrupt; /* fail every second call with KL_EINTR */
} trickle;

static kl_err trickle_write(void *ctx, const void *data, size_t len, size_t *written)
{
    trickle *t = ctx;
    t->calls++;
    if (t->interrupt && t->calls % 2 == 0)
        return KL_EINTR;
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

START_TEST(write_all_retries_eintr)
{
    /* A writer interrupted every other call still gets everything. */
    trickle t = { .chunk = 2, .budget = 100, .interrupt = true };
    kl_writer w = { &trickle_vtable, &t };
    ck_assert_int_eq(kl_write_all(&w, "abcdef", 6), KL_OK);
    ck_assert_int_eq(t.calls, 5);
    ck_assert_mem_eq(t.out, "abcdef", 6);
}
END_TEST

START_TEST(counting_writer)
{
    kl_counting_writer cw;
    kl_counting_writer_init(&cw, NULL); /* count only */
    ck_assert_int_eq(kl_write_str(&cw.writer, KL_STR("hello")), KL_OK);
    ck_assert_int_eq(kl_write_u64(&cw.writer, 1234567), KL_OK);
    ck_assert_uint_eq(cw.count, 12);
    ck_assert_int_eq(kl_flush(&cw.writer), KL_OK);

    /* Forwarding: counts what the inner writer took, and its errors. */
    trickle t = { .chunk = 3, .budget = 7 };
    kl_writer inner = { &trickle_vtable, &t };
    kl_counting_writer_init(&cw, &inner);
    ck_assert_int_eq(kl_write_str(&cw.writer, KL_STR("abcde")), KL_OK);
    ck_assert_uint_eq(cw.count, 5);
    ck_assert_int_eq(kl_write_str(&cw.writer, KL_STR("fghij")), KL_EIO);
    ck_assert_uint_eq(cw.count, 7);
    ck_assert_mem_eq(t.out, "abcdefg", 7);
    ck_assert_int_eq(kl_flush(&cw.writer), KL_OK);
    ck_assert_int_eq(t.flushes, 1);
}
END_TEST

/* A "UART": collects bytes; refuses once full. */
typedef struct uart {
    char line[16];
    size_t len;
    int calls;
} uart;

static kl_err uart_send(void *arg, const void *data, size_t len)
{
    uart *u = arg;
    u->calls++;
    if (len > sizeof u->line - u->len)
        return KL_EIO;
    memcpy(u->line + u->len, data, len);
    u->len += len;
    return KL_OK;
}

START_TEST(fn_writer)
{
    uart u = { .len = 0 };
    kl_fn_writer fw;
    kl_fn_writer_init(&fw, uart_send, &u);
    ck_assert_int_eq(kl_write_str(&fw.writer, KL_STR("AT+")), KL_OK);
    ck_assert_int_eq(kl_write_u64(&fw.writer, 42), KL_OK);
    ck_assert_uint_eq(u.len, 5);
    ck_assert_mem_eq(u.line, "AT+42", 5);
    ck_assert_int_eq(u.calls, 2);
    ck_assert_int_eq(kl_write_str(&fw.writer, KL_STR("0123456789abcdef")), KL_EIO);
    ck_assert_uint_eq(u.len, 5);
    ck_assert_int_eq(kl_flush(&fw.writer), KL_OK);
}
END_TEST

START_TEST(mem_reader_and_read_exact)
{
    kl_mem_reader mr;
    kl_mem_reader_init(&mr, "0123456789", 10);
    char buf[16];
    size_t n = 99;
    ck_assert_int_eq(kl_read(&mr.reader, buf, 4, &n), KL_OK);
    ck_assert_uint_eq(n, 4);
    ck_assert_mem_eq(buf, "0123", 4);
    ck_assert_int_eq(kl_read(&mr.reader, buf, 0, &n), KL_OK);
    ck_assert_uint_eq(n, 0);
    ck_assert_int_eq(kl_read_exact(&mr.reader, buf, 3), KL_OK);
    ck_assert_mem_eq(buf, "456", 3);
    ck_assert(kl_str_eq(kl_mem_reader_rest(&mr), KL_STR("789")));
    ck_assert_int_eq(kl_read(&mr.reader, buf, sizeof buf, &n), KL_OK);
    ck_assert_uint_eq(n, 3);
    ck_assert_int_eq(kl_read(&mr.reader, buf, sizeof buf, &n), KL_OK);
    ck_assert_uint_eq(n, 0); /* the end */

    kl_mem_reader_init(&mr, "abc", 3);
    memset(buf, 0, sizeof buf);
    ck_assert_int_eq(kl_read_exact(&mr.reader, buf, 5), KL_ENODATA);
    ck_assert_mem_eq(buf, "abc", 3); /* what there was is kept */
    ck_assert_int_eq(kl_read_exact(&mr.reader, buf, 0), KL_OK);
}
END_TEST

/* A reader that hands out one byte per call, interrupted in between, and
 * then fails. */
typedef struct dribble {
    const char *data;
    size_t pos, fail_at;
    int calls;
} dribble;

static kl_err dribble_read(void *ctx, void *buf, size_t len, size_t *nread)
{
    dribble *d = ctx;
    if (d->calls++ % 2 == 1)
        return KL_EINTR;
    if (d->pos == d->fail_at)
        return KL_EIO;
    *(char *)buf = d->data[d->pos++];
    *nread = 1;
    return KL_OK;
}

static const kl_reader_vtable dribble_vtable = { dribble_read };

START_TEST(read_exact_retries_and_fails)
{
    dribble d = { "keel", 0, 4, 0 };
    kl_reader r = { &dribble_vtable, &d };
    char buf[4];
    ck_assert_int_eq(kl_read_exact(&r, buf, 4), KL_OK);
    ck_assert_mem_eq(buf, "keel", 4);
    ck_assert_int_eq(kl_read_exact(&r, buf, 1), KL_EIO);
}
END_TEST

static Suite *io_suite(void)
{
    Suite *s = suite_create("io");
    TCase *tc = tcase_create("writer");
    suite_add_tcase(s, tc);
    tcase_add_test(tc, write_all_retries_partial_writes);
    tcase_add_test(tc, write_all_reports_errors);
    tcase_add_test(tc, buf_writer_fits);
    tcase_add_test(tc, buf_writer_truncates);
    tcase_add_test(tc, integers_to_writer);
    tcase_add_test(tc, write_all_retries_eintr);
    tcase_add_test(tc, counting_writer);
    tcase_add_test(tc, fn_writer);
    tc = tcase_create("reader");
    tcase_add_test(tc, mem_reader_and_read_exact);
    tcase_add_test(tc, read_exact_retries_and_fails);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(io_suite)
