/* kl_fmt_f64: the shortest decimal that reads back as a double, by
 * Schubfach (Raffaello Giulietti, "The Schubfach way to render doubles",
 * 2020; the algorithm of Java's Double.toString since JDK 19).
 *
 * A finite v = c * 2^q is the midpoint of the interval of reals that
 * round to it; scaled by 4 its ends are cbl and cbr.  With k such that
 * 10^k <= the interval's width < 10^(k+1), the interval holds at least
 * one multiple of 10^k and at most one of 10^(k+1): the answer is that
 * multiple of 10^(k+1) if there is one, else the multiple of 10^k
 * nearest v.  The scaled ends times 10^-k are computed "rounded to odd"
 * from a 126-bit 10^-k, which the paper proves exact enough to decide
 * every comparison.
 *
 * One change from the paper: Java asks for at least two digits, so it
 * looks for the multiple of 10^(k+1) only when v / 10^k >= 100 and
 * renders the tiniest subnormals with one digit more; Python's repr
 * wants the shortest (5e-324, not 4.9e-324), so here the threshold is
 * 10 and tiny subnormals take the ordinary path. */
#include <keel/float.h>
#include "internal/float_fmt.h"
#include "internal/float_pow10_f64.h"
#include "internal/udiv.h"

#define F64_C_MIN (UINT64_C(1) << 52)
#define F64_Q_MIN (-1074)

/* g * cp / 2^128 rounded to odd: its floor, with the lowest bit set if
 * the bits below are not all zero (of which only the upper 64 are looked
 * at; g's excess over the exact power lies in the lower ones). */
static uint64_t round_to_odd(const uint64_t g[2], uint64_t cp)
{
    uint64_t x1, y1;
    (void)kl__mul128(g[1], cp, &x1);
    uint64_t y0 = kl__mul128(g[0], cp, &y1);
    uint64_t z = y0 + x1;
    y1 += z < y0;
    return y1 | (z != 0);
}

/* The decimal for v = c * 2^q (c > 0): *d * 10^*k. */
static void to_decimal(int q, uint64_t c, uint64_t *d, int *k)
{
    uint64_t out = c & 1;
    uint64_t cb = c << 2;
    uint64_t cbr = cb + 2;
    uint64_t cbl;
    int e;
    if (c != F64_C_MIN || q == F64_Q_MIN) {
        cbl = cb - 2;
        e = kl__floor_log10_pow2(q);
    } else {
        /* At a power of two the lower neighbour is half as far. */
        cbl = cb - 1;
        e = kl__floor_log10_three_quarters_pow2(q);
    }
    int h = q + kl__floor_log2_pow10(-e) + 3;
    const uint64_t *g = f64_pow10[e - F64_POW10_KMIN];
    uint64_t vb = round_to_odd(g, cb << h);
    uint64_t vbl = round_to_odd(g, cbl << h);
    uint64_t vbr = round_to_odd(g, cbr << h);

    uint64_t s = vb >> 2;
    if (s >= 10) {
        uint64_t sp10 = kl__div_10(s) * 10;
        uint64_t tp10 = sp10 + 10;
        bool upin = vbl + out <= sp10 << 2;
        bool wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            *d = upin ? sp10 : tp10;
            *k = e;
            return;
        }
    }
    uint64_t t = s + 1;
    bool uin = vbl + out <= s << 2;
    bool win = (t << 2) + out <= vbr;
    *k = e;
    if (uin != win) {
        *d = uin ? s : t;
        return;
    }
    /* Both in: the nearer, the even one on a tie. */
    uint64_t mid = (s + t) << 1;
    *d = vb < mid || (vb == mid && (s & 1) == 0) ? s : t;
}

size_t kl_fmt_f64(char *buf, double v)
{
    uint64_t bits;
    __builtin_memcpy(&bits, &v, sizeof bits);
    bool neg = (bits >> 63) != 0;
    unsigned bq = (unsigned)(bits >> 52) & 0x7ff;
    uint64_t t = bits & (F64_C_MIN - 1);
    uint64_t d;
    int k;

    if (bq == 0x7ff) {
        if (t != 0) {
            __builtin_memcpy(buf, "nan", 3);
            return 3;
        }
        char *p = buf;
        if (neg)
            *p++ = '-';
        __builtin_memcpy(p, "inf", 3);
        return (size_t)(p - buf) + 3;
    }
    if (bq != 0) {
        int mq = 1075 - (int)bq;
        uint64_t c = F64_C_MIN | t;
        /* A whole number below 2^53 is its own shortest decimal. */
        if (mq > 0 && mq < 53 && (c & ((UINT64_C(1) << mq) - 1)) == 0)
            return kl__float_layout(buf, neg, c >> mq, 0);
        to_decimal(-mq, c, &d, &k);
    } else if (t != 0) {
        to_decimal(F64_Q_MIN, t, &d, &k);
    } else {
        d = 0;
        k = 0;
    }
    return kl__float_layout(buf, neg, d, k);
}
