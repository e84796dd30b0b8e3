/* bench/size/mod_hash64.c -- make size: kl_hash64 alone (the fast 64-bit hash).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/hash.h>
#include <keel/panic.h>

static char data[] = "abc";
static volatile size_t n = 3;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_hash64(data, n, 1);
}
