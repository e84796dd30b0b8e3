/* bench/size/mod_duration_fmt.c -- make size: kl_duration_fmt alone (a duration as text ("1.5s")).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/time.h>
#include <keel/panic.h>

static char buf[KL_DURATION_BUFSZ];
static volatile uint64_t ns = 1500000000;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_duration_fmt(buf, (kl_duration){ ns });
}
