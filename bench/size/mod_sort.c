/* bench/size/mod_sort.c -- make size: kl_sort alone (qsort-like sort (pdqsort)).
 * One of the per-module programs: each calls one module and nothing
 * else, so its size above the empty program is what the module costs. */
#include <keel/slice.h>
#include <keel/panic.h>

static int v[16] = { 5, 3, 9, 1, 7 };
static int cmp(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

/* A bare program supplies the panic handler; the smallest one. */
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}

int main(void)
{
    kl_sort(v, 16, sizeof v[0], cmp);
    return v[15];
}
