/* keel/io.h -- readers and writers.  Layer: bare, with hosted additions.
 *
 * A kl_writer is a vtable pointer plus a context: anything bytes can go to
 * (a buffer, a UART, a file).  The bare part has the interface, helpers and
 * writers over memory; the hosted profile adds the standard streams.
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

/* kl_write_all: write all len bytes of data to w, retrying partial writes.
 * Returns 0, or the first error (some bytes may have been written). */
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

#if KL_HAVE_OS
/* kl_stdout, kl_stderr: writers to file descriptors 1 and 2, straight to
 * the OS (write(2), retried on EINTR; no stdio, no buffer).  Never NULL. */
KL_API kl_writer *kl_stdout(void);
KL_API kl_writer *kl_stderr(void);
#endif

KL_END_DECLS

#endif /* KEEL_IO_H */
