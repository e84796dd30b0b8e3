/* bench/size/empty.c -- make size's baseline: a program that does
 * nothing.  Every other program's size is reported above this one's. */
int main(void)
{
    return 0;
}
