/* kl_panic_at: gather the panic's details and hand them to the handler. */
#include <keel/fmt.h>
#include <keel/panic.h>
#include "internal/fmt.h"

/* Every program that can panic links this file, so it must not pull the
 * float formatting in: it refers to kl__fmt_float weakly.  A weak
 * undefined reference pulls no archive member; it is NULL unless
 * something else (kl_snprintf, kl_fmt ...) linked the float code, and
 * then panic messages format floats too.  GNU ld and lld treat weak
 * references this way on every target keel builds for. */
#pragma weak kl__fmt_float

void kl_panic_at(const char *file, unsigned line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_panic_info info = { file, line, fmt, &ap };
    kl_panic_handler(&info);
}

/* info->fmt is not a literal here, but the compiler checked it against its
 * arguments where kl_panic was called (KL_PRINTF on kl_panic_at). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
kl_err kl_panic_message_write(const kl_panic_info *info, kl_writer *w)
{
    va_list ap;
    va_copy(ap, *info->args);
    kl_err err = kl__vfmt(w, info->fmt, ap, kl__fmt_float);
    va_end(ap);
    return err;
}
#pragma GCC diagnostic pop
