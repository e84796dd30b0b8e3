/* kl_print, kl_eprint: formatted output to the standard streams. */
#include <keel/fmt.h>

kl_err kl_print(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_err err = kl_vfmt(kl_stdout(), fmt, ap);
    va_end(ap);
    return err;
}

kl_err kl_eprint(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kl_err err = kl_vfmt(kl_stderr(), fmt, ap);
    va_end(ap);
    return err;
}
