/* bench/size/mod_spsc.c -- make size: kl_spsc_push, kl_spsc_pop alone (lock-free SPSC queue).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/spsc.h>
#include <keel/panic.h>

static int store[8];
static kl_spsc q;
static volatile int x = 7;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    kl_spsc_init(&q, store, 8, sizeof store[0]);
    int v = x;
    if (!kl_spsc_push(&q, &v))
        return 1;
    return kl_spsc_pop(&q, &v) ? v : 0;
}
