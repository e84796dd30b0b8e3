/* kl_fmt_u64, kl_fmt_i64: integers to text in any base 2..36. */
#include <keel/num.h>
#include <keel/panic.h>
#include "internal/num_fmt.h"
#include "internal/udiv.h"

/* Decimal is the case that matters, and is done two ways, chosen by a
 * constant the compiler folds (both are compiled everywhere):
 *  - where registers are 64 bits wide, for speed: the digit count first
 *    (so the digits go straight into buf, back to front), then 8-digit
 *    chunks split off with one 64-bit division by a constant (a
 *    multiplication), each chunk turned into four digit pairs with 32-bit
 *    arithmetic and a 200-byte table of pairs -- the pairs of a chunk
 *    depend on nothing but the chunk, so a superscalar core computes them
 *    side by side.  (Digit pairs: Alexandrescu, "Three optimization tips
 *    for C++", 2012.  Splitting a u64 at 10^8 so that the rest is 32-bit
 *    arithmetic is the usual move of fast itoa code, James Anhalt's
 *    jeaiii among them.)
 *  - on 32-bit targets (Cortex-M), for size: every base, 10 included,
 *    one digit at a time by kl__fmt_digits --
 *    schoolbook long division of the 64-bit v in 32-, 16- and 16-bit
 *    steps, each a 32-bit division (a udiv on a Cortex-M3; no libgcc
 *    64-bit division).  One small loop, no tables: the printf engine
 *    uses it too. */
#define WIDE KL__WIDE

static const char digit_pairs[200] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static const uint64_t pow10[20] = {
    UINT64_C(1), UINT64_C(10), UINT64_C(100), UINT64_C(1000), UINT64_C(10000),
    UINT64_C(100000), UINT64_C(1000000), UINT64_C(10000000), UINT64_C(100000000),
    UINT64_C(1000000000), UINT64_C(10000000000), UINT64_C(100000000000),
    UINT64_C(1000000000000), UINT64_C(10000000000000), UINT64_C(100000000000000),
    UINT64_C(1000000000000000), UINT64_C(10000000000000000),
    UINT64_C(100000000000000000), UINT64_C(1000000000000000000),
    UINT64_C(10000000000000000000),
};

/* The number of decimal digits of v (1 for 0).  floor(log10(v)) is
 * floor(bits * log10(2)) or one less; 1233/4096 is log10(2) to 4 digits
 * ("Bit Twiddling Hacks", Anderson). */
static unsigned dec_len(uint64_t v)
{
    unsigned t = (unsigned)(64 - __builtin_clzll(v | 1)) * 1233 >> 12;
    return t + (v >= pow10[t]) + (v == 0);
}

static inline __attribute__((always_inline)) void put2(char *p, uint32_t d)
{
    __builtin_memcpy(p, digit_pairs + 2 * d, 2);
}

/* The 8 digits of v < 10^8, leading zeros included, at p. */
static inline __attribute__((always_inline)) void put8(char *p, uint32_t v)
{
    uint32_t hi = v / 10000, lo = v % 10000;
    put2(p, hi / 100);
    put2(p + 2, hi % 100);
    put2(p + 4, lo / 100);
    put2(p + 6, lo % 100);
}

/* One digit at a time: v divided by base as schoolbook long division
 * in steps of 32, 16 and 16 bits, each within 32 bits because base <
 * 2^16, so a 32-bit target needs no 64-bit division routine (3 udiv per
 * digit on a Cortex-M3, and small). */
char *kl__fmt_digits(char *end, uint64_t v, unsigned base, bool upper)
{
    char letter = upper ? 'A' - 10 : 'a' - 10;
    uint32_t hi = (uint32_t)(v >> 32), lo = (uint32_t)v;
    do {
        uint32_t r = hi % base;
        hi /= base;
        uint32_t mid = r << 16 | lo >> 16;
        r = mid % base;
        mid /= base;
        uint32_t low = r << 16 | (lo & 0xffff);
        r = low % base;
        lo = mid << 16 | low / base;
        *--end = (char)(r + (r < 10 ? '0' : letter));
    } while ((hi | lo) != 0);
    return end;
}

/* v in base into buf: the 64-bit division where it is native, else
 * kl__fmt_digits. */
static size_t fmt_base(char *buf, uint64_t v, unsigned base)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char tmp[64];
    char *end = tmp + sizeof tmp;
    char *p = end;
    if (WIDE) {
        do {
            *--p = digits[v % base];
            v /= base;
        } while (v != 0);
    } else {
        p = kl__fmt_digits(end, v, base, false);
    }
    size_t n = (size_t)(end - p);
    __builtin_memcpy(buf, p, n);
    return n;
}

size_t kl__fmt_dec(char *buf, uint64_t v)
{
    if (!WIDE)
        return fmt_base(buf, v, 10);
    size_t n = dec_len(v);
    char *p = buf + n;
    while (v > UINT32_MAX) {
        uint64_t q = v / 100000000;
        p -= 8;
        put8(p, (uint32_t)(v - q * 100000000));
        v = q;
    }
    uint32_t u = (uint32_t)v;
    if (u >= 100000000) {
        p -= 8;
        put8(p, u % 100000000);
        u /= 100000000;
    }
    while (u >= 100) {
        p -= 2;
        put2(p, u % 100);
        u /= 100;
    }
    if (u >= 10)
        put2(p - 2, u);
    else
        p[-1] = (char)('0' + u);
    return n;
}

size_t kl__fmt_pow2(char *buf, uint64_t v, unsigned shift, bool upper)
{
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdefghijklmnopqrstuv";
    unsigned mask = (1u << shift) - 1;
    char tmp[64];
    char *end = tmp + sizeof tmp;
    char *p = end;
    do {
        *--p = digits[(unsigned)v & mask];
        v >>= shift;
    } while (v != 0);
    size_t n = (size_t)(end - p);
    __builtin_memcpy(buf, p, n);
    return n;
}

size_t kl_fmt_u64(char *buf, uint64_t v, unsigned base)
{
    if (base < 2 || base > 36)
        kl_panic("kl_fmt_u64: base %u is outside 2..36", base);
    if (!WIDE)
        return fmt_base(buf, v, base);
    if (base == 10)
        return kl__fmt_dec(buf, v);
    if ((base & (base - 1)) == 0)
        return kl__fmt_pow2(buf, v, (unsigned)__builtin_ctz(base), false);
    return fmt_base(buf, v, base);
}

size_t kl_fmt_i64(char *buf, int64_t v, unsigned base)
{
    if (v >= 0)
        return kl_fmt_u64(buf, (uint64_t)v, base);
    buf[0] = '-';
    /* 0 - (uint64_t)v is |v| even for INT64_MIN. */
    return 1 + kl_fmt_u64(buf + 1, 0 - (uint64_t)v, base);
}
