/* kl_fmt, kl_vfmt, kl_snprintf, kl_vsnprintf: the float-enabled entry
 * points.
 *
 * These are the only strong references to kl__fmt_float.  A program that
 * calls none of them (it formats through kl_fmt_int and friends, or only
 * panics) does not pull this file, and so no float code, out of the
 * static library.  The choice is made by naming a function, not by a
 * weak symbol or a build flag, because that is the one mechanism every
 * linker, static or shared, host or Cortex-M, handles the same way. */
#include <keel/fmt.h>
#include "internal/fmt.h"

kl_err kl_vfmt(kl_writer *w, const char *fmt, va_list ap)
{
    return kl__vfmt(w, fmt, ap, kl__fmt_float);
}

kl_err kl_fmt(kl_writer *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_err err = kl__vfmt(w, fmt, ap, kl__fmt_float);
    va_end(ap);
    return err;
}

size_t kl_vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    return kl__vsnprintf(buf, size, fmt, ap, kl__fmt_float);
}

size_t kl_snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    size_t n = kl__vsnprintf(buf, size, fmt, ap, kl__fmt_float);
    va_end(ap);
    return n;
}
