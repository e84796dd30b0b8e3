/* bench/size/mod_siphash24.c -- make size: kl_siphash24 alone (SipHash-2-4).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/hash.h>
#include <keel/panic.h>

static uint8_t key[16];
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
    return (int)kl_siphash24(data, n, key);
}
