/* kl__err_from_errno on POSIX systems whose errno numbers are Linux's.
 *
 * keel's codes are the negated Linux numbers, so on Linux (and any system
 * that shares them) an OS error passes through unchanged.  The assertions
 * stop the build on a system with other numbers, which needs a translating
 * table in src/sys/<that platform>/ instead of this file. */
#include <errno.h>

#include "internal/sys.h"

_Static_assert(EPERM == 1 && ENOENT == 2 && EINTR == 4 && EAGAIN == 11 &&
                   ENOMEM == 12 && EINVAL == 22 && ENOSPC == 28 && EPIPE == 32 &&
                   ENOSYS == 38 && EILSEQ == 84 && ECONNREFUSED == 111 &&
                   EHWPOISON == 133,
               "errno numbers differ from Linux's: this platform needs its own errno translation");

kl_err kl__err_from_errno(int e)
{
    return (kl_err)-e;
}
