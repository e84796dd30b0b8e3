/* src/internal/bignum.h -- small fixed-capacity unsigned big integers, for
 * exact float formatting.  Private: never installed.
 *
 * A double's exact value is m * 2^e with m < 2^53 and -1074 <= e <= 971,
 * so its integer part has at most 1024 bits and its fraction is F / 2^k
 * with k <= 1074; multiplying such a fraction by 10^9 needs 1104 bits.
 * KL__BIG_WORDS 32-bit words (1152 bits) hold all of these.  Words are
 * 32 bits with 64-bit intermediates: no __int128, so the same code runs on
 * a 32-bit Cortex-M (where 64-bit division is a libgcc call). */
#ifndef KEEL_INTERNAL_BIGNUM_H
#define KEEL_INTERNAL_BIGNUM_H

#include <stdbool.h>
#include <stdint.h>

#define KL__BIG_WORDS 36

/* kl__big: an unsigned integer, little-endian words; w[len - 1] != 0
 * unless len == 0 (the value 0).  Lives in caller storage (148 bytes). */
typedef struct kl__big {
    uint32_t len;
    uint32_t w[KL__BIG_WORDS];
} kl__big;

/* kl__big_set_shl: b = m << shift.  Panics if that needs more than
 * KL__BIG_WORDS words. */
void kl__big_set_shl(kl__big *b, uint64_t m, unsigned shift);

/* kl__big_mul_small: b *= f.  Panics if the product does not fit. */
void kl__big_mul_small(kl__big *b, uint32_t f);

/* kl__big_div_1e9: b /= 10^9; returns the remainder.  (A constant
 * divisor: compilers turn the division into a multiplication.) */
uint32_t kl__big_div_1e9(kl__big *b);

/* kl__big_split: return b >> k and keep in b only its low k bits
 * (b mod 2^k).  Panics unless b >> k is below 2^32. */
uint32_t kl__big_split(kl__big *b, unsigned k);

/* kl__big_bitlen: the number of significant bits of b (0 for 0). */
unsigned kl__big_bitlen(const kl__big *b);

/* kl__big_is_zero: whether b is 0. */
static inline bool kl__big_is_zero(const kl__big *b)
{
    return b->len == 0;
}

#endif /* KEEL_INTERNAL_BIGNUM_H */
