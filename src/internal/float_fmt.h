/* src/internal/float_fmt.h -- what keel's shortest float formatting
 * (src/bare/float_fmt_*.c, Schubfach) shares: integer logarithms, the
 * 64x64->128 multiply, the text layout.  (The power-of-ten tables are in
 * float_pow10_f64.h and float_pow10_f32.h, one formatter each.)
 * Private: never installed. */
#ifndef KEEL_INTERNAL_FLOAT_FMT_H
#define KEEL_INTERNAL_FLOAT_FMT_H

#include <keel/base.h>

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

/* kl__umul128_portable: the 128-bit product of a and b from four 32x32
 * products (what a 32-bit target does best): returns the high half and
 * stores the low half in *lo. */
static inline uint64_t kl__umul128_portable(uint64_t a, uint64_t b, uint64_t *lo)
{
    uint64_t a0 = (uint32_t)a, a1 = a >> 32;
    uint64_t b0 = (uint32_t)b, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    /* The middle column cannot overflow: three terms below 2^32. */
    uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
    *lo = (mid << 32) | (uint32_t)p00;
    return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* kl__umul128: as kl__umul128_portable, with the compiler's 128-bit
 * integers where it has them (64-bit hosts). */
static inline uint64_t kl__umul128(uint64_t a, uint64_t b, uint64_t *lo)
{
#ifdef __SIZEOF_INT128__
    __extension__ unsigned __int128 p = (unsigned __int128)a * b;
    *lo = (uint64_t)p;
    return (uint64_t)(p >> 64);
#else
    return kl__umul128_portable(a, b, lo);
#endif
}

/* kl__float_layout: write the decimal d * 10^k (d < 10^17) into buf as
 * Python's repr does, after a '-' if neg; returns the length. */
/* Hidden (not just unexported), so that position-independent code calls
 * it directly. */
#define KL__HIDDEN __attribute__((visibility("hidden")))

KL__HIDDEN size_t kl__float_layout(char *buf, bool neg, uint64_t d, int k);

#endif /* KEEL_INTERNAL_FLOAT_FMT_H */
