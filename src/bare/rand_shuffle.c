/* kl_rand_shuffle: Fisher-Yates (Durstenfeld's in-place form). */
#include <keel/rand.h>
#include "internal/swap.h"

void kl_rand_shuffle(kl_rand *r, void *base, size_t n, size_t size)
{
    char *v = base;
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)kl_rand_below(r, i);
        if (j != i - 1)
            kl__swap_bytes(v + j * size, v + (i - 1) * size, size);
    }
}
