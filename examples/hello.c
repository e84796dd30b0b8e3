/* examples/hello.c -- which keel is this?  Prints the profile and version,
 * formats a few things, and shows an error code's name and text. */
#include <keel.h>

int main(void)
{
    kl_err err = kl_print("hello from keel %s, profile %s (%s)\n", kl_version(), kl_profile(),
                          KL_PLATFORM_NAME);
    if (err == KL_OK)
        err = kl_print("%-10s|%+6d|%#x|%.3s\n", "padded", 42, 255u, "truncated");
    if (err == KL_OK)
        err = kl_print("%s means \"%s\"\n", kl_err_name(KL_ENOMEM), kl_strerror(KL_ENOMEM));
    return err == KL_OK ? 0 : 1;
}
