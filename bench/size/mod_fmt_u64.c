/* bench/size/mod_fmt_u64.c -- make size: kl_fmt_u64 alone (integer to text, any base).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/num.h>
#include <keel/panic.h>

static char buf[KL_FMT_INT_BUFSZ];
static volatile uint64_t v = 1234567890123ull;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_fmt_u64(buf, v, 10);
}
