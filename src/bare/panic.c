/* kl_panic_at: gather the panic's details and hand them to the handler. */
#include <keel/fmt.h>
#include <keel/panic.h>

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
    kl_err err = kl_vfmt(w, info->fmt, ap);
    va_end(ap);
    return err;
}
#pragma GCC diagnostic pop
