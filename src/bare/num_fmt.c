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
 *  - on 32-bit targets (Cortex-M), for size: the same chunks split off
 *    with kl__div_1e8 (src/internal/udiv.h: no libgcc 64-bit division),
 *    then one digit at a time with 32-bit division by 10 (a
 *    multiplication), no tables. */
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

/* The small way (see above): back to front into tmp, 8-digit chunks split
 * off while v needs more than 32 bits, then the 32-bit rest. */
static size_t fmt_dec_small(char *buf, uint64_t v)
{
    char tmp[20];
    char *end = tmp + sizeof tmp;
    char *p = end;
    for (;;) {
        uint32_t u;
        int k = 1; /* digits to write at least */
        if (v > UINT32_MAX) {
            uint64_t q = kl__div_1e8(v);
            u = (uint32_t)(v - q * 100000000);
            v = q;
            k = 8;
        } else {
            u = (uint32_t)v;
            v = 0;
        }
        do {
            *--p = (char)('0' + u % 10);
            u /= 10;
        } while (--k > 0 || u != 0);
        if (v == 0)
            break;
    }
    size_t n = (size_t)(end - p);
    __builtin_memcpy(buf, p, n);
    return n;
}

size_t kl__fmt_dec(char *buf, uint64_t v)
{
    if (!WIDE)
        return fmt_dec_small(buf, v);
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

/* Divide *v by base in place and return the remainder: schoolbook
 * long division in four 16-bit steps, each within 32 bits because
 * base < 2^16, so a 32-bit target needs no 64-bit division routine. */
static uint32_t divmod_narrow(uint64_t *v, unsigned base)
{
    uint64_t q = 0;
    uint32_t r = 0;
    for (int s = 48; s >= 0; s -= 16) {
        uint32_t cur = r << 16 | ((uint32_t)(*v >> s) & 0xffff);
        q = q << 16 | cur / base;
        r = cur % base;
    }
    *v = q;
    return r;
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
        while (v > UINT32_MAX)
            *--p = digits[divmod_narrow(&v, base)];
        uint32_t u = (uint32_t)v;
        do {
            *--p = digits[u % base];
            u /= base;
        } while (u != 0);
    }
    size_t n = (size_t)(end - p);
    __builtin_memcpy(buf, p, n);
    return n;
}

size_t kl_fmt_u64(char *buf, uint64_t v, unsigned base)
{
    if (base < 2 || base > 36)
        kl_panic("kl_fmt_u64: base %u is outside 2..36", base);
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
