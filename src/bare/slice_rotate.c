/* kl_slice_reverse, kl_slice_rotate_left/right, kl_slice_swap: moving
 * elements in place. */
#include <keel/panic.h>
#include <keel/slice.h>
#include "internal/swap.h"

void kl_slice_reverse(void *base, size_t n, size_t size)
{
    char *lo = base;
    if (n < 2)
        return;
    char *hi = lo + (n - 1) * size;
    for (; lo < hi; lo += size, hi -= size)
        kl__swap_bytes(lo, hi, size);
}

/* Rotation by three reversals: reversing [0, mid), [mid, n) and then the
 * whole moves each element twice, with no scratch and O(n) swaps. */
void kl_slice_rotate_left(void *base, size_t n, size_t size, size_t mid)
{
    if (mid > n)
        kl_panic("kl_slice_rotate_left: %zu places for %zu elements", mid, n);
    if (mid == 0 || mid == n)
        return;
    char *v = base;
    kl_slice_reverse(v, mid, size);
    kl_slice_reverse(v + mid * size, n - mid, size);
    kl_slice_reverse(v, n, size);
}

void kl_slice_rotate_right(void *base, size_t n, size_t size, size_t k)
{
    if (k > n)
        kl_panic("kl_slice_rotate_right: %zu places for %zu elements", k, n);
    kl_slice_rotate_left(base, n, size, n - k);
}

void kl_slice_swap(void *a, void *b, size_t n, size_t size)
{
    size_t bytes = n * size;
    if (bytes == 0)
        return;
    uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;
    if ((x < y ? y - x : x - y) < bytes)
        kl_panic("kl_slice_swap: the ranges overlap");
    kl__swap_bytes(a, b, bytes);
}
