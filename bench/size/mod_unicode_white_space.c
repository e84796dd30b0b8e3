/* bench/size/mod_unicode_white_space.c -- make size: kl_unicode_is_white_space alone (one property: White_Space).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/unicode.h>
#include <keel/panic.h>

static volatile uint32_t c = 0x3000;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return kl_unicode_is_white_space(c);
}
