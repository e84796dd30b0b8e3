/* bench/size/mod_parse_i64.c -- make size: kl_parse_i64 alone (text to integer).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/num.h>
#include <keel/panic.h>

static char text[] = "-12345";
static int64_t v;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return kl_parse_i64(kl_str_from_cstr(text), 10, &v) == KL_OK ? (int)v : 0;
}
