/* keel/io.h -- readers and writers.  Layer: bare, with hosted additions.
 *
 * A kl_writer is a vtable pointer plus a context: anything bytes can go to
 * (a buffer, a UART, a file); a kl_reader likewise for bytes coming in.
 * The bare part has the interfaces, their helpers, and readers and writers
 * over memory and callbacks; the hosted profile adds the standard streams.
 * Each concrete reader or writer embeds its interface (`bw.writer`), is
 * set up by its _init function, and must not be copied after.
 */
#ifndef KEEL_IO_H
#define KEEL_IO_H

#include <keel/base.h>
#include <keel/error.h>
#include <keel/str.h>

/* kl_writer_vtable: what a writer does.
 *  write: write between 1 and len of the len bytes at data (len > 0), store
 *         how many in *written and return 0; or write nothing and return an
 *         error.  A writer that can take no more returns KL_ENOSPC.
 *  flush: push buffered bytes on to their destination; NULL if there is
 *         nothing to flush. */
typedef struct kl_writer_vtable {
    kl_err (*write)(void *ctx, const void *data, size_t len, size_t *written);
    kl_err (*flush)(void *ctx);
} kl_writer_vtable;

/* kl_writer: a writer's operations and the state they act on. */
typedef struct kl_writer {
    const kl_writer_vtable *vtable;
    void *ctx;
} kl_writer;

KL_BEGIN_DECLS

/* kl_write_all: write all len bytes of data to w, retrying partial writes
 * and KL_EINTR.  Returns 0, or the first other error (some bytes may have
 * been written). */
KL_API KL_NODISCARD kl_err kl_write_all(kl_writer *w, const void *data, size_t len);

/* kl_write_str: kl_write_all of the bytes of s. */
KL_API KL_NODISCARD kl_err kl_write_str(kl_writer *w, kl_str s);

/* kl_write_u64, kl_write_i64: write v in decimal (a leading '-' for a
 * negative v) to w.  Returns 0 or w's error. */
KL_API KL_NODISCARD kl_err kl_write_u64(kl_writer *w, uint64_t v);
KL_API KL_NODISCARD kl_err kl_write_i64(kl_writer *w, int64_t v);

/* kl_flush: flush w (0 if w has nothing to flush). */
KL_API KL_NODISCARD kl_err kl_flush(kl_writer *w);

/* kl_buf_writer: a writer into a fixed buffer of caller storage.  Bytes
 * that do not fit are dropped: the write that meets a full buffer returns
 * KL_ENOSPC and the writer remembers that it truncated.  Initialise with
 * kl_buf_writer_init and write through &bw.writer; do not copy it after. */
typedef struct kl_buf_writer {
    kl_writer writer;
    char *buf;
    size_t cap;
    size_t len;
    bool truncated;
} kl_buf_writer;

/* kl_buf_writer_init: bw writes into the cap bytes at buf (buf may be NULL
 * if cap is 0).  No NUL is written. */
KL_API void kl_buf_writer_init(kl_buf_writer *bw, void *buf, size_t cap);

/* kl_buf_writer_str: the bytes written so far, as a slice of the buffer. */
KL_INLINE kl_str kl_buf_writer_str(const kl_buf_writer *bw)
{
    return kl_str_from(bw->buf, bw->len);
}

/* kl_buf_writer_truncated: true if any write was cut short. */
KL_INLINE bool kl_buf_writer_truncated(const kl_buf_writer *bw)
{
    return bw->truncated;
}

/* kl_counting_writer: counts the bytes written through it and passes them
 * on to an inner writer (or drops them when the inner writer is NULL, to
 * measure output without storing it). */
typedef struct kl_counting_writer {
    kl_writer writer;
    kl_writer *inner;
    uint64_t count;
} kl_counting_writer;

/* kl_counting_writer_init: cw counts into cw->count (from 0) and forwards
 * to inner (NULL: discard).  Only bytes inner accepted are counted. */
KL_API void kl_counting_writer_init(kl_counting_writer *cw, kl_writer *inner);

/* kl_fn_writer: a writer over a callback that takes every byte it is given
 * or fails -- a UART's transmit loop, a log hook. */
typedef kl_err (*kl_write_fn)(void *arg, const void *data, size_t len);
typedef struct kl_fn_writer {
    kl_writer writer;
    kl_write_fn fn;
    void *arg;
} kl_fn_writer;

/* kl_fn_writer_init: fw writes by calling fn(arg, data, len), which must
 * consume all len bytes and return 0, or return an error. */
KL_API void kl_fn_writer_init(kl_fn_writer *fw, kl_write_fn fn, void *arg);

/* kl_reader_vtable: what a reader does.
 *  read: store up to len bytes (len > 0) at buf, their number in *nread,
 *        and return 0; *nread == 0 means the input has ended.  Or read
 *        nothing and return an error. */
typedef struct kl_reader_vtable {
    kl_err (*read)(void *ctx, void *buf, size_t len, size_t *nread);
} kl_reader_vtable;

/* kl_reader: a reader's operations and the state they act on. */
typedef struct kl_reader {
    const kl_reader_vtable *vtable;
    void *ctx;
} kl_reader;

/* kl_read: read up to len bytes into buf; *nread = 0 at the end of the
 * input (or when len is 0).  Returns 0 or r's error. */
KL_API KL_NODISCARD kl_err kl_read(kl_reader *r, void *buf, size_t len, size_t *nread);

/* kl_read_exact: read exactly len bytes into buf, retrying short reads and
 * KL_EINTR.  Returns 0; KL_ENODATA if the input ends first (the bytes
 * read so far are in buf); or r's error. */
KL_API KL_NODISCARD kl_err kl_read_exact(kl_reader *r, void *buf, size_t len);

/* kl_mem_reader: a reader over bytes in memory (a cursor): reads advance
 * pos through data[0..len). */
typedef struct kl_mem_reader {
    kl_reader reader;
    const char *data;
    size_t len;
    size_t pos;
} kl_mem_reader;

/* kl_mem_reader_init: mr reads the len bytes at data from the start. */
KL_API void kl_mem_reader_init(kl_mem_reader *mr, const void *data, size_t len);

/* kl_mem_reader_rest: the bytes not read yet. */
KL_INLINE kl_str kl_mem_reader_rest(const kl_mem_reader *mr)
{
    return kl_str_from(mr->data + mr->pos, mr->len - mr->pos);
}

#if KL_HAVE_OS
/* kl_stdout, kl_stderr: writers to file descriptors 1 and 2, straight to
 * the OS (write(2), retried on EINTR; no stdio, no buffer).  Never NULL. */
KL_API kl_writer *kl_stdout(void);
KL_API kl_writer *kl_stderr(void);
#endif

KL_END_DECLS

#endif /* KEEL_IO_H */
