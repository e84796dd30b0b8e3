/* keel/error.h -- keel's one error convention.  Layer: bare.
 *
 * A fallible function returns kl_err: 0 (KL_OK) on success, a negative code
 * otherwise, and hands its results back through out-parameters.  The codes
 * are the negated Linux errno numbers in every profile, so hosted code
 * passes an OS error through unchanged (KL_ENOMEM == -12 everywhere, also on
 * a Cortex-M with no OS at all).  One X-macro table, KL_ERR_MAP, generates
 * the enumeration, kl_strerror() and kl_err_name() (libuv's UV_ERRNO_MAP is
 * the model).
 */
#ifndef KEEL_ERROR_H
#define KEEL_ERROR_H

#include <keel/base.h>

/* X(NAME, LINUX_ERRNO, "description") for every code.  The numbers are
 * Linux's generic ones (include/uapi/asm-generic/errno*.h). */
#define KL_ERR_MAP(X) \
    X(EPERM, 1, "operation not permitted") \
    X(ENOENT, 2, "no such file or directory") \
    X(ESRCH, 3, "no such process") \
    X(EINTR, 4, "interrupted system call") \
    X(EIO, 5, "input/output error") \
    X(ENXIO, 6, "no such device or address") \
    X(E2BIG, 7, "argument list too long") \
    X(ENOEXEC, 8, "exec format error") \
    X(EBADF, 9, "bad file descriptor") \
    X(ECHILD, 10, "no child processes") \
    X(EAGAIN, 11, "resource temporarily unavailable") \
    X(ENOMEM, 12, "out of memory") \
    X(EACCES, 13, "permission denied") \
    X(EFAULT, 14, "bad address") \
    X(ENOTBLK, 15, "block device required") \
    X(EBUSY, 16, "device or resource busy") \
    X(EEXIST, 17, "file exists") \
    X(EXDEV, 18, "cross-device link") \
    X(ENODEV, 19, "no such device") \
    X(ENOTDIR, 20, "not a directory") \
    X(EISDIR, 21, "is a directory") \
    X(EINVAL, 22, "invalid argument") \
    X(ENFILE, 23, "too many open files in the system") \
    X(EMFILE, 24, "too many open files") \
    X(ENOTTY, 25, "inappropriate ioctl for device") \
    X(ETXTBSY, 26, "text file busy") \
    X(EFBIG, 27, "file too large") \
    X(ENOSPC, 28, "no space left on device") \
    X(ESPIPE, 29, "illegal seek") \
    X(EROFS, 30, "read-only file system") \
    X(EMLINK, 31, "too many links") \
    X(EPIPE, 32, "broken pipe") \
    X(EDOM, 33, "numerical argument out of domain") \
    X(ERANGE, 34, "result out of range") \
    X(EDEADLK, 35, "resource deadlock avoided") \
    X(ENAMETOOLONG, 36, "file name too long") \
    X(ENOLCK, 37, "no locks available") \
    X(ENOSYS, 38, "function not implemented") \
    X(ENOTEMPTY, 39, "directory not empty") \
    X(ELOOP, 40, "too many levels of symbolic links") \
    X(ENOMSG, 42, "no message of the desired type") \
    X(EIDRM, 43, "identifier removed") \
    X(ECHRNG, 44, "channel number out of range") \
    X(EL2NSYNC, 45, "level 2 not synchronized") \
    X(EL3HLT, 46, "level 3 halted") \
    X(EL3RST, 47, "level 3 reset") \
    X(ELNRNG, 48, "link number out of range") \
    X(EUNATCH, 49, "protocol driver not attached") \
    X(ENOCSI, 50, "no CSI structure available") \
    X(EL2HLT, 51, "level 2 halted") \
    X(EBADE, 52, "invalid exchange") \
    X(EBADR, 53, "invalid request descriptor") \
    X(EXFULL, 54, "exchange full") \
    X(ENOANO, 55, "no anode") \
    X(EBADRQC, 56, "invalid request code") \
    X(EBADSLT, 57, "invalid slot") \
    X(EBFONT, 59, "bad font file format") \
    X(ENOSTR, 60, "device not a stream") \
    X(ENODATA, 61, "no data available") \
    X(ETIME, 62, "timer expired") \
    X(ENOSR, 63, "out of streams resources") \
    X(ENONET, 64, "machine is not on the network") \
    X(ENOPKG, 65, "package not installed") \
    X(EREMOTE, 66, "object is remote") \
    X(ENOLINK, 67, "link has been severed") \
    X(EADV, 68, "advertise error") \
    X(ESRMNT, 69, "srmount error") \
    X(ECOMM, 70, "communication error on send") \
    X(EPROTO, 71, "protocol error") \
    X(EMULTIHOP, 72, "multihop attempted") \
    X(EDOTDOT, 73, "RFS specific error") \
    X(EBADMSG, 74, "bad message") \
    X(EOVERFLOW, 75, "value too large for defined data type") \
    X(ENOTUNIQ, 76, "name not unique on network") \
    X(EBADFD, 77, "file descriptor in bad state") \
    X(EREMCHG, 78, "remote address changed") \
    X(ELIBACC, 79, "cannot access a needed shared library") \
    X(ELIBBAD, 80, "accessing a corrupted shared library") \
    X(ELIBSCN, 81, ".lib section in a.out corrupted") \
    X(ELIBMAX, 82, "attempting to link in too many shared libraries") \
    X(ELIBEXEC, 83, "cannot exec a shared library directly") \
    X(EILSEQ, 84, "invalid or incomplete multibyte or wide character") \
    X(ERESTART, 85, "interrupted system call should be restarted") \
    X(ESTRPIPE, 86, "streams pipe error") \
    X(EUSERS, 87, "too many users") \
    X(ENOTSOCK, 88, "socket operation on non-socket") \
    X(EDESTADDRREQ, 89, "destination address required") \
    X(EMSGSIZE, 90, "message too long") \
    X(EPROTOTYPE, 91, "protocol wrong type for socket") \
    X(ENOPROTOOPT, 92, "protocol not available") \
    X(EPROTONOSUPPORT, 93, "protocol not supported") \
    X(ESOCKTNOSUPPORT, 94, "socket type not supported") \
    X(EOPNOTSUPP, 95, "operation not supported") \
    X(EPFNOSUPPORT, 96, "protocol family not supported") \
    X(EAFNOSUPPORT, 97, "address family not supported by protocol") \
    X(EADDRINUSE, 98, "address already in use") \
    X(EADDRNOTAVAIL, 99, "cannot assign requested address") \
    X(ENETDOWN, 100, "network is down") \
    X(ENETUNREACH, 101, "network is unreachable") \
    X(ENETRESET, 102, "network dropped connection on reset") \
    X(ECONNABORTED, 103, "software caused connection abort") \
    X(ECONNRESET, 104, "connection reset by peer") \
    X(ENOBUFS, 105, "no buffer space available") \
    X(EISCONN, 106, "transport endpoint is already connected") \
    X(ENOTCONN, 107, "transport endpoint is not connected") \
    X(ESHUTDOWN, 108, "cannot send after transport endpoint shutdown") \
    X(ETOOMANYREFS, 109, "too many references") \
    X(ETIMEDOUT, 110, "connection timed out") \
    X(ECONNREFUSED, 111, "connection refused") \
    X(EHOSTDOWN, 112, "host is down") \
    X(EHOSTUNREACH, 113, "no route to host") \
    X(EALREADY, 114, "operation already in progress") \
    X(EINPROGRESS, 115, "operation now in progress") \
    X(ESTALE, 116, "stale file handle") \
    X(EUCLEAN, 117, "structure needs cleaning") \
    X(ENOTNAM, 118, "not a XENIX named type file") \
    X(ENAVAIL, 119, "no XENIX semaphores available") \
    X(EISNAM, 120, "is a named type file") \
    X(EREMOTEIO, 121, "remote I/O error") \
    X(EDQUOT, 122, "disk quota exceeded") \
    X(ENOMEDIUM, 123, "no medium found") \
    X(EMEDIUMTYPE, 124, "wrong medium type") \
    X(ECANCELED, 125, "operation canceled") \
    X(ENOKEY, 126, "required key not available") \
    X(EKEYEXPIRED, 127, "key has expired") \
    X(EKEYREVOKED, 128, "key has been revoked") \
    X(EKEYREJECTED, 129, "key was rejected by service") \
    X(EOWNERDEAD, 130, "owner died") \
    X(ENOTRECOVERABLE, 131, "state not recoverable") \
    X(ERFKILL, 132, "operation not possible due to RF-kill") \
    X(EHWPOISON, 133, "memory page has hardware error")

/* kl_err: 0 for success, else one of the negative KL_E* codes. */
typedef enum kl_err {
    KL_OK = 0,
#define KL__ERR_ENUM(name, num, text) KL_##name = -(num),
    KL_ERR_MAP(KL__ERR_ENUM)
#undef KL__ERR_ENUM
    /* The aliases Linux has. */
    KL_EWOULDBLOCK = KL_EAGAIN,
    KL_ENOTSUP = KL_EOPNOTSUPP,
    KL_EDEADLOCK = KL_EDEADLK
} kl_err;

KL_BEGIN_DECLS

/* kl_strerror: a short English description of err ("out of memory" for
 * KL_ENOMEM, "success" for KL_OK, "unknown error" for a value outside the
 * table).  Never NULL; the string is static. */
KL_API const char *kl_strerror(kl_err err);

/* kl_err_name: the name of err's constant ("KL_ENOMEM", "KL_OK"), or
 * "KL_EUNKNOWN" for a value outside the table.  Never NULL; static. */
KL_API const char *kl_err_name(kl_err err);

KL_END_DECLS

#endif /* KEEL_ERROR_H */
