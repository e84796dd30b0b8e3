/* kl__vfmt: the formatting engine over a kl_writer, and its integer-only
 * entry points kl_vfmt_int and kl_fmt_int.  Apart from fmt.c (the
 * engine) so that formatting into a buffer (kl__vsnprintf) need not
 * pull kl_write_all in. */
#include <keel/fmt.h>
#include "internal/fmt.h"

typedef struct writer_out {
    kl__fmt_out out;
    kl_writer *w;
} writer_out;

static kl_err writer_put(kl__fmt_out *o, const char *p, size_t n)
{
    return kl_write_all(((writer_out *)o)->w, p, n);
}

kl_err kl__vfmt(kl_writer *w, const char *fmt, va_list ap, kl__fmt_float_fn *ffn)
{
    writer_out o = { { writer_put }, w };
    return kl__fmt_run(&o.out, fmt, ap, ffn);
}

kl_err kl_vfmt_int(kl_writer *w, const char *fmt, va_list ap)
{
    return kl__vfmt(w, fmt, ap, NULL);
}

kl_err kl_fmt_int(kl_writer *w, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_err err = kl__vfmt(w, fmt, ap, NULL);
    va_end(ap);
    return err;
}
