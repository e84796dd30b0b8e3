/* bench/size/mod_parse_f64.c -- make size: kl_parse_f64 alone (text to double, correctly rounded).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/float.h>
#include <keel/panic.h>

static char text[] = "3.14159";
static double d;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return kl_parse_f64(kl_str_from_cstr(text), &d) == KL_OK;
}
