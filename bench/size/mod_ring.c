/* bench/size/mod_ring.c -- make size: kl_ring_push_back, kl_ring_pop_front alone (fixed-capacity ring buffer).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/ring.h>
#include <keel/panic.h>

static int store[8];
static kl_ring ring;
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
    kl_ring_init(&ring, store, 8, sizeof store[0]);
    int v = x;
    if (!kl_ring_push_back(&ring, &v))
        return 1;
    return kl_ring_pop_front(&ring, &v) ? v : 0;
}
