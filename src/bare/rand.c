/* kl_splitmix64, kl_rand_seed, kl_rand_double: xoshiro256** seeding and
 * floating point. */
#include <keel/rand.h>

uint64_t kl_splitmix64(uint64_t *state)
{
    uint64_t z = (*state += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

void kl_rand_seed(kl_rand *r, uint64_t seed)
{
    /* SplitMix64 is a bijection of its counter, and four consecutive
     * outputs are never all zero (the counter visits 4 distinct values
     * and only one maps to 0). */
    for (int i = 0; i < 4; i++)
        r->s[i] = kl_splitmix64(&seed);
}

double kl_rand_double(kl_rand *r)
{
    return (double)(kl_rand_u64(r) >> 11) * 0x1.0p-53;
}
