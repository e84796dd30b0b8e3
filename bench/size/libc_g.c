/* bench/size/libc_g.c -- make size: the C library's snprintf with a
 * double and %g (linked with picolibc's double printf). */
#include <stdio.h>

static char buf[32];
static volatile double d = 3.14159;

int main(void)
{
    return snprintf(buf, sizeof buf, "%g", d);
}
