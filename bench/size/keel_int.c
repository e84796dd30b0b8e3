/* bench/size/keel_int.c -- make size: kl_snprintf_int with two integers
 * (the integer-only engine: no float code links). */
#include <keel/fmt.h>
#include <keel/panic.h>

static char buf[32];
static volatile int a = 12345, b = -678;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_snprintf_int(buf, sizeof buf, "%d %d", a, b);
}
