/* kl_fmt_f32: the shortest decimal that reads back as a float: Schubfach
 * (see float_fmt_f64.c) for binary32, with a 64-bit 10^-k. */
#include <keel/float.h>
#include "internal/float_fmt.h"
#include "internal/float_pow10_f32.h"

#define F32_C_MIN (UINT32_C(1) << 23)
#define F32_Q_MIN (-149)

/* g * cp / 2^96 rounded to odd (see float_fmt_f64.c). */
static uint32_t round_to_odd(uint64_t g, uint64_t cp)
{
    uint64_t hi;
    (void)kl__mul128(g, cp, &hi);
    return (uint32_t)(hi >> 32) | ((uint32_t)hi != 0);
}

/* The decimal for v = c * 2^q (c > 0): *d * 10^*k. */
static void to_decimal(int q, uint32_t c, uint32_t *d, int *k)
{
    uint32_t out = c & 1;
    uint64_t cb = (uint64_t)c << 2;
    uint64_t cbr = cb + 2;
    uint64_t cbl;
    int e;
    if (c != F32_C_MIN || q == F32_Q_MIN) {
        cbl = cb - 2;
        e = kl__floor_log10_pow2(q);
    } else {
        cbl = cb - 1;
        e = kl__floor_log10_three_quarters_pow2(q);
    }
    int h = q + kl__floor_log2_pow10(-e) + 33;
    uint64_t g = f32_pow10[e - F32_POW10_KMIN];
    uint32_t vb = round_to_odd(g, cb << h);
    uint32_t vbl = round_to_odd(g, cbl << h);
    uint32_t vbr = round_to_odd(g, cbr << h);

    uint32_t s = vb >> 2;
    *k = e;
    if (s >= 10) {
        uint32_t sp10 = s / 10 * 10;
        uint32_t tp10 = sp10 + 10;
        bool upin = vbl + out <= sp10 << 2;
        bool wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            *d = upin ? sp10 : tp10;
            return;
        }
    }
    uint32_t t = s + 1;
    bool uin = vbl + out <= s << 2;
    bool win = (t << 2) + out <= vbr;
    if (uin != win) {
        *d = uin ? s : t;
        return;
    }
    uint32_t mid = (s + t) << 1;
    *d = vb < mid || (vb == mid && (s & 1) == 0) ? s : t;
}

size_t kl_fmt_f32(char *buf, float v)
{
    uint32_t bits;
    __builtin_memcpy(&bits, &v, sizeof bits);
    bool neg = (bits >> 31) != 0;
    unsigned bq = (bits >> 23) & 0xff;
    uint32_t t = bits & (F32_C_MIN - 1);
    uint32_t d;
    int k;

    if (bq == 0xff) {
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
        int mq = 150 - (int)bq;
        uint32_t c = F32_C_MIN | t;
        if (mq > 0 && mq < 24 && (c & ((UINT32_C(1) << mq) - 1)) == 0)
            return kl__float_layout(buf, neg, c >> mq, 0);
        to_decimal(-mq, c, &d, &k);
    } else if (t != 0) {
        to_decimal(F32_Q_MIN, t, &d, &k);
    } else {
        d = 0;
        k = 0;
    }
    return kl__float_layout(buf, neg, d, k);
}
