/* kl__vsnprintf: C99 snprintf over kl__fmt_run, for kl_snprintf and
 * kl_vsnprintf (fmt_full.c).  The engine writes straight into the buffer
 * (kl__fmt_buf): no kl_writer is involved.  (kl_snprintf_int has an
 * engine of its own: fmt_snprintf_int.c.) */
#include <keel/fmt.h>
#include "internal/fmt.h"

size_t kl__vsnprintf(char *buf, size_t size, const char *fmt, va_list ap,
                     kl__fmt_float_fn *ffn)
{
    kl__fmt_buf b = { { kl__fmt_buf_put }, buf, size > 0 ? size - 1 : 0, 0 };
    kl_err err = kl__fmt_run(&b.out, fmt, ap, ffn);
    if (size > 0)
        buf[b.len < b.cap ? b.len : b.cap] = '\0';
    return err == KL_OK ? b.len : (size_t)-1;
}
