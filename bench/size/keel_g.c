/* bench/size/keel_g.c -- make size: kl_snprintf with a double and %g
 * (the whole engine, float code included). */
#include <keel/fmt.h>
#include <keel/panic.h>

static char buf[32];
static volatile double d = 3.14159;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_snprintf(buf, sizeof buf, "%g", d);
}
