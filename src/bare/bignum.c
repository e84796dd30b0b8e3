/* Small fixed-capacity big integers (src/internal/bignum.h): just the
 * operations exact decimal expansion needs -- a shifted 64-bit start,
 * multiplication and division by one word, splitting off the bits above
 * a binary point. */
#include <keel/panic.h>
#include "internal/bignum.h"
#include "internal/udiv.h"

static void trim(kl__big *b)
{
    while (b->len > 0 && b->w[b->len - 1] == 0)
        b->len--;
}

void kl__big_set_shl(kl__big *b, uint64_t m, unsigned shift)
{
    unsigned words = shift / 32, bits = shift % 32;
    if (words + 3 > KL__BIG_WORDS)
        kl_panic("kl__big_set_shl: 2^%u does not fit", shift);
    for (unsigned i = 0; i < words; i++)
        b->w[i] = 0;
    uint32_t lo = (uint32_t)m, hi = (uint32_t)(m >> 32);
    if (bits == 0) {
        b->w[words] = lo;
        b->w[words + 1] = hi;
        b->w[words + 2] = 0;
    } else {
        b->w[words] = lo << bits;
        b->w[words + 1] = (hi << bits) | (lo >> (32 - bits));
        b->w[words + 2] = hi >> (32 - bits);
    }
    b->len = words + 3;
    trim(b);
}

void kl__big_mul_small(kl__big *b, uint32_t f)
{
    uint32_t carry = 0;
    for (uint32_t i = 0; i < b->len; i++) {
        uint64_t p = (uint64_t)b->w[i] * f + carry;
        b->w[i] = (uint32_t)p;
        carry = (uint32_t)(p >> 32);
    }
    if (carry != 0) {
        if (b->len == KL__BIG_WORDS)
            kl_panic("kl__big_mul_small: overflow");
        b->w[b->len++] = carry;
    }
}

uint32_t kl__big_div_1e9(kl__big *b)
{
    const uint32_t d = 1000000000u;
    uint32_t rem = 0;
    for (uint32_t i = b->len; i-- > 0;) {
        uint64_t cur = ((uint64_t)rem << 32) | b->w[i];
        uint64_t q = kl__div_1e9(cur);
        b->w[i] = (uint32_t)q;
        rem = (uint32_t)(cur - q * d);
    }
    trim(b);
    return rem;
}

uint32_t kl__big_split(kl__big *b, unsigned k)
{
    unsigned word = k / 32, bit = k % 32;
    if (word >= b->len)
        return 0;
    uint64_t high = b->w[word] >> bit;
    if (word + 1 < b->len)
        high |= (uint64_t)b->w[word + 1] << (32 - bit);
    if (word + 2 < b->len || (high >> 32) != 0)
        kl_panic("kl__big_split: more than 32 bits above bit %u", k);
    b->w[word] &= bit == 0 ? 0 : (uint32_t)-1 >> (32 - bit);
    b->len = word + 1;
    trim(b);
    return (uint32_t)high;
}

unsigned kl__big_bitlen(const kl__big *b)
{
    if (b->len == 0)
        return 0;
    return 32 * b->len - (unsigned)__builtin_clz(b->w[b->len - 1]);
}
