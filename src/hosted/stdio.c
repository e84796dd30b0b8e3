/* kl_stdout, kl_stderr: writers straight to descriptors 1 and 2. */
#include <errno.h>
#include <unistd.h>

#include <keel/io.h>
#include "internal/sys.h"

static kl_err fd_write(void *ctx, const void *data, size_t len, size_t *written)
{
    int fd = (int)(intptr_t)ctx;
    for (;;) {
        ssize_t n = write(fd, data, len);
        if (n > 0) {
            *written = (size_t)n;
            return KL_OK;
        }
        if (n == 0)
            return KL_EIO; /* a zero-byte write of a non-empty buffer */
        if (errno != EINTR)
            return kl__err_from_errno(errno);
    }
}

static const kl_writer_vtable fd_vtable = { fd_write, NULL };
static kl_writer stdout_writer = { &fd_vtable, (void *)(intptr_t)1 };
static kl_writer stderr_writer = { &fd_vtable, (void *)(intptr_t)2 };

kl_writer *kl_stdout(void)
{
    return &stdout_writer;
}

kl_writer *kl_stderr(void)
{
    return &stderr_writer;
}
