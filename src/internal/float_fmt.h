/* src/internal/float_fmt.h -- what keel's shortest float formatting
 * (src/bare/float_fmt_*.c, Schubfach) shares: integer logarithms, the
 * text layout (the 64x64->128 multiply is kl__mul128 of
 * src/internal/mul128.h).  (The power-of-ten tables are in
 * float_pow10_f64.h and float_pow10_f32.h, one formatter each.)
 * Private: never installed. */
#ifndef KEEL_INTERNAL_FLOAT_FMT_H
#define KEEL_INTERNAL_FLOAT_FMT_H

#include <keel/base.h>
#include "internal/mul128.h"
#include "internal/target.h"

/* floor(log10(2^q)), floor(log10(3/4 * 2^q)), for |q| <= 1100, and
 * floor(log2(10^e)), for |e| <= 400 (the script checks every value).  The
 * shifts are arithmetic, as GCC and Clang define them. */
static inline int kl__floor_log10_pow2(int q)
{
    return (q * 315653) >> 20;
}

static inline int kl__floor_log10_three_quarters_pow2(int q)
{
    return (q * 315653 - 130967) >> 20;
}

static inline int kl__floor_log2_pow10(int e)
{
    return (e * 1741647) >> 19;
}

/* kl__float_layout: write the decimal d * 10^k (d < 10^17) into buf as
 * Python's repr does, after a '-' if neg; returns the length. */
KL__HIDDEN size_t kl__float_layout(char *buf, bool neg, uint64_t d, int k);

#endif /* KEEL_INTERNAL_FLOAT_FMT_H */
