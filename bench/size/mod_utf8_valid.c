/* bench/size/mod_utf8_valid.c -- make size: kl_utf8_valid alone (UTF-8 validation).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/str.h>
#include <keel/panic.h>

static char text[] = "gr\xc3\xbc\xc3\x9f dich";
static volatile size_t n = sizeof text - 1;

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return kl_utf8_valid(text, n);
}
