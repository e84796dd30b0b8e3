/* src/internal/sys.h -- what src/sys/<platform> provides to the layers
 * above it.  Private: never installed. */
#ifndef KEEL_INTERNAL_SYS_H
#define KEEL_INTERNAL_SYS_H

#include <keel/require/hosted.h>
#include <keel/error.h>

/* kl__err_from_errno: the kl_err for the OS error number e (> 0). */
kl_err kl__err_from_errno(int e);

#endif /* KEEL_INTERNAL_SYS_H */
