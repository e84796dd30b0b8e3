/* bench/size/mod_fmt_f64.c -- make size: kl_fmt_f64 alone (shortest double to text).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/float.h>
#include <keel/panic.h>

static char buf[KL_F64_BUFSZ];
static volatile double d = 0.1;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_fmt_f64(buf, d);
}
