/* The float parser's slow path: an exact big decimal, scaled by powers of
 * two until its binary exponent is known, then rounded ("The Simple
 * Decimal Conversion Algorithm", Nigel Tao, 2020; see
 * src/internal/decimal.h).  Only inputs of more than 19 significant
 * digits whose first 19 digits do not decide the rounding come here. */
#include "internal/decimal.h"

/* The most bits one shift moves: a digit (< 10) shifted left by 60 bits
 * plus a carry still fits in 64 bits. */
#define MAX_SHIFT 60

static void trim(kl__decimal *d)
{
    while (d->num_digits > 0 && d->d[d->num_digits - 1] == 0)
        d->num_digits--;
}

void kl__decimal_from_text(kl__decimal *d, const kl__float_text *t)
{
    d->num_digits = 0;
    d->truncated = false;
    int64_t dp = 0;
    bool leading = true;
    for (size_t part = 0; part < 2; part++) {
        const char *p = part == 0 ? t->int_digits : t->frac_digits;
        size_t len = part == 0 ? t->int_len : t->frac_len;
        for (size_t i = 0; i < len; i++) {
            uint8_t c = (uint8_t)(p[i] - '0');
            if (leading && c == 0) {
                if (part == 1)
                    dp--; /* 0.00ddd: each zero moves the point */
                continue;
            }
            leading = false;
            if (part == 0)
                dp++;
            if (d->num_digits < KL__DECIMAL_DIGITS)
                d->d[d->num_digits++] = c;
            else if (c != 0)
                d->truncated = true;
        }
    }
    trim(d);
    /* |dp| is at most the string's length, exp at most 1e18: no overflow.
     * Beyond +-100000 only the side matters (kl__decimal_to_bits gives
     * inf above 310, zero below -330). */
    dp += t->exp;
    if (dp > 100000)
        dp = 100000;
    if (dp < -100000)
        dp = -100000;
    d->decimal_point = (int32_t)dp;
}

/* Divide by 2^k (k <= MAX_SHIFT), in place: read digits into n until n >> k
 * is a digit, then emit one digit per digit read, then the remainder's. */
static void shift_right(kl__decimal *d, unsigned k)
{
    uint32_t r = 0, w = 0;
    uint64_t n = 0;
    while (n >> k == 0) {
        if (r < d->num_digits) {
            n = n * 10 + d->d[r++];
        } else if (n == 0) {
            d->num_digits = 0;
            return;
        } else {
            while (n >> k == 0) {
                n *= 10;
                r++;
            }
        }
    }
    d->decimal_point -= (int32_t)r - 1;
    const uint64_t mask = (UINT64_C(1) << k) - 1;
    while (r < d->num_digits) {
        d->d[w++] = (uint8_t)(n >> k);
        n = (n & mask) * 10 + d->d[r++];
    }
    while (n != 0) {
        uint8_t digit = (uint8_t)(n >> k);
        if (w < KL__DECIMAL_DIGITS)
            d->d[w++] = digit;
        else if (digit != 0)
            d->truncated = true;
        n = (n & mask) * 10;
    }
    d->num_digits = w;
    trim(d);
}

/* Multiply by 2^k (k <= MAX_SHIFT): from the last digit to the first, with
 * the new leading digits (at most k/3 + 1 of them) written into the spare
 * room, then everything moved down to d[0]. */
static void shift_left(kl__decimal *d, unsigned k)
{
    uint32_t top = d->num_digits + k / 3 + 1; /* one past the last digit */
    uint32_t w = top;
    uint64_t n = 0;
    for (uint32_t r = d->num_digits; r-- > 0;) {
        n += (uint64_t)d->d[r] << k;
        uint64_t q = n / 10;
        d->d[--w] = (uint8_t)(n - q * 10);
        n = q;
    }
    while (n != 0) {
        uint64_t q = n / 10;
        d->d[--w] = (uint8_t)(n - q * 10);
        n = q;
    }
    uint32_t count = top - w;
    d->decimal_point += (int32_t)(count - d->num_digits);
    __builtin_memmove(d->d, d->d + w, count);
    if (count > KL__DECIMAL_DIGITS) {
        for (uint32_t i = KL__DECIMAL_DIGITS; i < count; i++)
            d->truncated |= d->d[i] != 0;
        count = KL__DECIMAL_DIGITS;
    }
    d->num_digits = count;
    trim(d);
}

/* The integer part of d's value (d->decimal_point <= 19), rounded to
 * nearest, ties to even. */
static uint64_t rounded_integer(const kl__decimal *d)
{
    int32_t dp = d->decimal_point;
    if (dp < 0)
        return 0;
    uint64_t n = 0;
    for (int32_t i = 0; i < dp; i++)
        n = n * 10 + ((uint32_t)i < d->num_digits ? d->d[i] : 0);
    if ((uint32_t)dp >= d->num_digits)
        return n;
    uint8_t next = d->d[dp];
    bool up = next > 5 || (next == 5 && ((uint32_t)dp + 1 < d->num_digits ||
                                         d->truncated || (n & 1) != 0));
    return n + up;
}

/* How far one step may shift a value in [10^(dp-1), 10^dp) right and stay
 * >= 1/2 (dp > 0), or left and stay < 1 (dp <= 0): floor(log2 10^(dp-1)) + 1,
 * and floor(log2 10^-dp) (at least 1), capped at MAX_SHIFT. */
static unsigned right_step(int32_t dp)
{
    return dp > 18 ? MAX_SHIFT : (unsigned)(((dp - 1) * 217706) >> 16) + 1;
}

static unsigned left_step(int32_t dp)
{
    if (dp == 0)
        return 1;
    return -dp > 18 ? MAX_SHIFT : (unsigned)((-dp * 217706) >> 16);
}

uint64_t kl__decimal_to_bits(kl__decimal *d, const kl__float_format *f)
{
    const int mbits = f->mantissa_bits;
    const uint64_t inf = (uint64_t)(2 * f->bias + 1) << mbits;
    if (d->num_digits == 0 || d->decimal_point < -330)
        return 0; /* below 10^-330: less than half the smallest double */
    if (d->decimal_point > 310)
        return inf; /* at least 10^309 */

    /* Bring the value into [1/2, 1): value = d * 2^e2. */
    int32_t e2 = 0;
    while (d->decimal_point > 0) {
        unsigned k = right_step(d->decimal_point);
        shift_right(d, k);
        e2 += (int32_t)k;
    }
    while (d->decimal_point < 0 || (d->decimal_point == 0 && d->d[0] < 5)) {
        unsigned k = left_step(d->decimal_point);
        shift_left(d, k);
        e2 -= (int32_t)k;
    }

    /* As a float, value = 1.f * 2^e with e = e2 - 1.  Below the smallest
     * normal exponent, scale down to it: the value becomes subnormal. */
    int32_t e = e2 - 1;
    const int32_t min_e = 1 - f->bias;
    if (e < min_e) {
        int32_t k = min_e - e;
        while (k > 0 && d->num_digits != 0) {
            unsigned step = k > MAX_SHIFT ? MAX_SHIFT : (unsigned)k;
            shift_right(d, step);
            k -= (int32_t)step;
        }
        e = min_e;
        if (d->num_digits == 0)
            return 0;
    }
    if (e > f->bias)
        return inf;

    /* The mantissa: mbits + 1 bits above the point, rounded. */
    shift_left(d, (unsigned)mbits + 1);
    uint64_t m = rounded_integer(d);
    if (m >> (mbits + 1) != 0) {
        m >>= 1;
        e++;
        if (e > f->bias)
            return inf;
    }
    if (m >> mbits == 0)
        return m; /* subnormal (or zero): exponent field 0 */
    return ((uint64_t)(e + f->bias) << mbits) | (m & ((UINT64_C(1) << mbits) - 1));
}
