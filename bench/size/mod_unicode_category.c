/* bench/size/mod_unicode_category.c -- make size: kl_unicode_general_category alone (General_Category (its table)).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/unicode.h>
#include <keel/panic.h>

static volatile uint32_t c = 0x4E2D;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_unicode_general_category(c);
}
