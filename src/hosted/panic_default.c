/* The default panic handler of hosted profiles: "panicked at FILE:LINE:
 * MESSAGE" on stderr, then abort().
 *
 * Alone in its file on purpose: a program that defines kl_panic_handler
 * itself never pulls this object out of the static library, and in the
 * shared library the program's definition interposes on this one.
 * Errors writing the message are ignored: nothing is left to report them
 * to, and the abort must happen regardless. */
#include <stdlib.h>

#include <keel/io.h>
#include <keel/panic.h>

void kl_panic_handler(const kl_panic_info *info)
{
    kl_writer *w = kl_stderr();
    kl_err err = kl_write_str(w, KL_STR("panicked at "));
    if (err == KL_OK)
        err = kl_write_str(w, kl_str_from_cstr(info->file));
    if (err == KL_OK)
        err = kl_write_str(w, KL_STR(":"));
    if (err == KL_OK)
        err = kl_write_u64(w, info->line);
    if (err == KL_OK)
        err = kl_write_str(w, KL_STR(": "));
    if (err == KL_OK)
        err = kl_panic_message_write(info, w);
    if (err == KL_OK)
        err = kl_write_str(w, KL_STR("\n"));
    abort();
}
