/* bench/size/mod_str_find.c -- make size: kl_str_find alone (a substring search (Two-Way)).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/str.h>
#include <keel/panic.h>

static char hay[] = "the quick brown fox";
static char needle[] = "fox";

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    return (int)kl_str_find(kl_str_from_cstr(hay), kl_str_from_cstr(needle));
}
