/* bench/size/libc_int.c -- make size: the C library's snprintf with two
 * integers (linked with picolibc's integer-only printf). */
#include <stdio.h>

static char buf[32];
static volatile int a = 12345, b = -678;

int main(void)
{
    return snprintf(buf, sizeof buf, "%d %d", a, b);
}
