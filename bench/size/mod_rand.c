/* bench/size/mod_rand.c -- make size: kl_rand_seed, kl_rand_below alone (PRNG, bounded integer).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/rand.h>
#include <keel/panic.h>

static kl_rand r;
static volatile uint64_t seed = 42;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    kl_rand_seed(&r, seed);
    return (int)kl_rand_below(&r, 6);
}
