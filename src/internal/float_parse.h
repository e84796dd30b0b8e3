/* src/internal/float_parse.h -- the parts of keel's float parser that
 * kl_parse_f64 and kl_parse_f32 share.  Private: never installed.
 *
 * The road a string takes (src/bare/float_parse*.c):
 *   1. kl__float_scan (inline here) checks the syntax and gathers the
 *      digits into w, so that the value is w * 10^q; strings of more than
 *      19 significant digits, "inf" and "nan" leave the inline path;
 *   2. Clinger's fast path, when w and 10^|q| are exact floats (in
 *      kl_parse_f64/f32 themselves);
 *   3. Eisel-Lemire (kl__eisel_lemire, inline here) with the 128-bit
 *      powers of five of kl__pow5_128;
 *   4. more than 19 digits (kl__float_long): Eisel-Lemire on the first 19
 *      and on them plus one, and where the two differ the exact
 *      big-decimal algorithm of src/internal/decimal.h.
 * Steps 1-3 are inlined into kl_parse_f64 and kl_parse_f32 with their
 * format's constants: no call on the common path. */
#ifndef KEEL_INTERNAL_FLOAT_PARSE_H
#define KEEL_INTERNAL_FLOAT_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <keel/base.h>
#include <keel/error.h>
#include <keel/str.h>
#include "internal/mul128.h"
#include "internal/target.h"

/* An IEEE 754 binary format: explicit mantissa bits and exponent bias,
 * plus the decimal exponents Eisel-Lemire needs to know about. */
typedef struct kl__float_format {
    int mantissa_bits;  /* 52 or 23 */
    int bias;           /* 1023 or 127; the all-ones exponent is 2 * bias + 1 */
    int min_q;          /* w * 10^q rounds to 0 for every w < 2^64 if q < min_q */
    int max_q;          /* w * 10^q is infinite for every w >= 1 if q > max_q */
    int min_q_tie;      /* a tie between two floats needs */
    int max_q_tie;      /*   min_q_tie <= q <= max_q_tie (Lemire 2021, 6) */
} kl__float_format;

/* The two formats, as initialisers: a file that inlines the parser for
 * one of them keeps a static copy, whose constants the compiler folds.
 * Ties between floats need the exact midpoint w * 10^q (w < 2^64) to
 * have mbits + 2 significant bits: 5^-q must divide w with a quotient of
 * at least 2^(mbits+1) (so 5^-q < 2^(63 - mbits)), or 5^q must divide
 * the midpoint's odd part (5^q < 2^(mbits + 2)). */
#define KL__F64_FORMAT { 52, 1023, -342, 308, -4, 23 }
#define KL__F32_FORMAT { 23, 127, -65, 38, -17, 10 }

/* A number of more than 19 significant digits, as kl__float_scan found
 * it: the digits are the bytes at int_digits (int_len of them, before
 * any point) then frac_digits (frac_len, after it); exp is the exponent
 * written after 'e', saturated far beyond any float's range.  w, q and
 * truncated are kl__float_long's: the first 19 significant digits, and
 * value = w * 10^q or, if truncated, in (w, w+1) * 10^q. */
typedef struct kl__float_text {
    bool negative;
    bool truncated;
    uint64_t w;
    int64_t q;
    const char *int_digits;
    size_t int_len;
    const char *frac_digits;
    size_t frac_len;
    int64_t exp;
} kl__float_text;

/* The powers of five, from build-aux/gen-pow5.py (src/bare/float_pow5.c). */
#define KL__POW5_MIN_Q (-342)
#define KL__POW5_MAX_Q 308
KL__HIDDEN extern const uint64_t kl__pow5_128[KL__POW5_MAX_Q - KL__POW5_MIN_Q + 1][2];

/* kl__float_long: the bits of the float of format f nearest the number in
 * t (more than 19 significant digits; w, q and truncated are filled in
 * here), with its sign. */
KL__HIDDEN uint64_t kl__float_long(kl__float_text *t, const kl__float_format *f);

/* kl__float_exact: the bits (no sign) of the float of format f nearest
 * w * 10^q, by the exact slow path: for a product kl__eisel_lemire could
 * not decide (which Mushtak and Lemire prove never happens). */
KL__HIDDEN uint64_t kl__float_exact(uint64_t w, int64_t q, const kl__float_format *f);

/* kl__float_special: the bits of s (an optional sign, then "inf",
 * "infinity" or "nan" in any case) as a float of format f, in *bits.
 * Returns KL_OK or KL_EINVAL. */
KL__HIDDEN kl_err kl__float_special(kl_str s, const kl__float_format *f, uint64_t *bits);

/* ------------------------------------------------------------------------
 * Digits, eight at a time (Daniel Lemire, "Number Parsing at a Gigabyte
 * per Second", Software: Practice and Experience 51(8), 2021, section 3,
 * after Wojciech Mula): eight bytes as a little-endian integer, a test
 * that finds the non-digits among them, and their value with three
 * multiplications.  A run of digits costs one such step per eight
 * digits, plus one for its last (0 to 7) digits, whose count is the
 * position of the first non-digit: no branch per digit. */

/* Where the bytes of v (the first in the lowest byte) that are not ASCII
 * digits are: a nonzero byte at each; bytes above the first non-digit
 * may be nonzero too (a carry of v + 0x06.. can only start at one). */
KL_INLINE uint64_t kl__nondigits8(uint64_t v)
{
    return ((v & 0xf0f0f0f0f0f0f0f0u) |
            (((v + 0x0606060606060606u) & 0xf0f0f0f0f0f0f0f0u) >> 4)) ^
           0x3333333333333333u;
}

/* The value of the eight digits d (v - '0' in each byte; the first, in
 * the lowest byte, is the most significant). */
KL_INLINE uint32_t kl__value8(uint64_t d)
{
    d = d * 10 + (d >> 8); /* pairs of digits, in every other byte */
    d = ((d & 0x000000ff000000ffu) * (100 + (UINT64_C(1000000) << 32)) +
         ((d >> 16) & 0x000000ff000000ffu) * (1 + (UINT64_C(10000) << 32))) >> 32;
    return (uint32_t)d;
}

/* kl__ctz64: the number of trailing zero bits of x != 0.  Targets with
 * 128-bit integers have native 64-bit registers and the builtin; 32-bit
 * ones count in halves (the builtin would call libgcc's __ctzdi2). */
KL_INLINE unsigned kl__ctz64(uint64_t x)
{
#if KL__TARGET_INT128
    return (unsigned)__builtin_ctzll(x);
#else
    uint32_t lo = (uint32_t)x;
    return lo != 0 ? (unsigned)__builtin_ctz(lo) : 32 + (unsigned)__builtin_ctz((uint32_t)(x >> 32));
#endif
}

/* kl__float_skip_digits: the end of the run of digits from p on (before
 * end). */
KL__HIDDEN const char *kl__float_skip_digits(const char *p, const char *end);

/* kl__scan_digits: the digits from p on (before end) appended to *w;
 * returns the end of the digits.  base is the start of the string: when
 * fewer than eight bytes are left, the last eight of the string are read
 * if it has them.  A third block of eight digits in a row means more
 * than 19 digits, whose value the caller computes again: the rest of
 * the run is only skipped, and *skipped set. */
KL__ALWAYS_INLINE const char *kl__scan_digits(const char *p, const char *end,
                                              const char *base, uint64_t *w, bool *skipped)
{
    static const uint32_t pow10[8] = { 1, 10, 100, 1000, 10000, 100000, 1000000, 10000000 };
    uint64_t v = *w;
    for (int blocks = 0;; blocks++) {
        uint64_t x;
        if (KL_LIKELY(end - p >= 8)) {
            x = kl__load64le(p);
        } else if (end - base >= 8 && p != end) {
            /* The bytes from p to end, then zeros (not digits). */
            x = kl__load64le(end - 8) >> (8 * (8 - (end - p)));
        } else {
            while (p != end && (unsigned)(unsigned char)*p - '0' < 10u)
                v = v * 10 + (unsigned)(*p++ - '0');
            break;
        }
        uint64_t nd = kl__nondigits8(x);
        /* Below the first non-digit, x - '0' borrows nowhere. */
        uint64_t d = x - 0x3030303030303030u;
        if (nd == 0) {
            if (KL_UNLIKELY(blocks == 2)) {
                p = kl__float_skip_digits(p + 8, end);
                *skipped = true;
                break;
            }
            v = v * 100000000 + kl__value8(d);
            p += 8;
            continue;
        }
        /* k digits, then not a digit: shift them to the top, below them
         * zeros (leading zero digits). */
        unsigned k = kl__ctz64(nd) >> 3;
        v = v * pow10[k] + kl__value8((d << (8 * (7 - k))) << 8);
        p += k;
        break;
    }
    *w = v;
    return p;
}

/* kl__float_scan_digits: kl__scan_digits out of line (for integer parts
 * of eight digits or more). */
KL__HIDDEN const char *kl__float_scan_digits(const char *p, const char *end, const char *base,
                                             uint64_t *w, bool *skipped);

/* Exponents saturate here: no string that fits in memory has enough
 * digits to bring a number this far back into a float's range, and
 * int64_t arithmetic on it cannot overflow. */
#define KL__EXP_LIMIT 100000000000000000 /* 1e17 */

enum kl__scan_result {
    KL__SCAN_SHORT,   /* a number: (-1)^neg * w * 10^q, exactly */
    KL__SCAN_LONG,    /* a number of more than 19 significant digits, in *t */
    KL__SCAN_SPECIAL, /* no digits where a number starts: inf, nan or invalid */
    KL__SCAN_INVALID, /* not a float */
};

/* kl__float_scan: check s against the syntax of keel/float.h.  A number
 * of up to 19 significant digits (leading zeros are not) comes back in
 * *neg, *w and *q; a longer one in *t, for kl__float_long. */
KL__ALWAYS_INLINE enum kl__scan_result kl__float_scan(kl_str s, bool *neg, uint64_t *w,
                                                      int64_t *q, kl__float_text *t)
{
    const char *base = s.ptr, *p = s.ptr, *end = s.ptr + s.len;
    if (KL_UNLIKELY(p == end))
        return KL__SCAN_INVALID;
    *neg = *p == '-';
    if (*p == '-' || *p == '+') {
        if (KL_UNLIKELY(++p == end))
            return KL__SCAN_INVALID;
    }

    /* Digits before the point, then after it; v takes them all. */
    uint64_t v = 0;
    bool skipped = false;
    const char *start = p;
    /* Integer parts are mostly short: byte by byte, unless they start
     * with eight digits.  (Those are read inline where 64-bit arithmetic
     * is native, by a call on 32-bit targets, which the size of a second
     * copy matters more to.) */
    if (KL_UNLIKELY(end - p >= 8 && kl__nondigits8(kl__load64le(p)) == 0)) {
        if (sizeof(void *) >= 8)
            p = kl__scan_digits(p, end, base, &v, &skipped);
        else
            p = kl__float_scan_digits(p, end, base, &v, &skipped);
    } else {
        while (p != end && (unsigned)(unsigned char)*p - '0' < 10u)
            v = v * 10 + (unsigned)(*p++ - '0');
    }
    const char *int_end = p, *frac = p;
    if (p != end && *p == '.') {
        frac = ++p;
        p = kl__scan_digits(p, end, base, &v, &skipped);
    } else if (KL_UNLIKELY(p == start)) {
        return KL__SCAN_SPECIAL;
    }
    size_t frac_len = (size_t)(p - frac); /* 0 without a point */
    size_t nd = (size_t)(int_end - start) + frac_len;
    if (KL_UNLIKELY(nd == 0))
        return KL__SCAN_INVALID;

    int64_t exp = 0;
    if (p != end && (*p | 0x20) == 'e') {
        bool eneg = false;
        if (++p != end && (*p == '-' || *p == '+'))
            eneg = *p++ == '-';
        if (KL_UNLIKELY(p == end || (unsigned)(unsigned char)*p - '0' >= 10u))
            return KL__SCAN_INVALID;
        uint64_t e = 0;
        do {
            if (e < KL__EXP_LIMIT)
                e = e * 10 + (unsigned)(*p - '0');
            p++;
        } while (p != end && (unsigned)(unsigned char)*p - '0' < 10u);
        if (KL_UNLIKELY(p != end))
            return KL__SCAN_INVALID;
        exp = eneg ? -(int64_t)e : (int64_t)e;
    } else if (KL_UNLIKELY(p != end)) {
        return KL__SCAN_INVALID;
    }

    if (KL_UNLIKELY(nd > 19)) {
        /* Leading zeros are not significant digits.  (If digits were
         * skipped, kl__float_long counts them.) */
        const char *z = start;
        while (z != int_end && *z == '0')
            z++;
        size_t zeros = (size_t)(z - start);
        if (z == int_end) {
            z = frac;
            while (z != frac + frac_len && *z == '0')
                z++;
            zeros += (size_t)(z - frac);
        }
        if (nd - zeros > 19 || skipped) {
            t->negative = *neg;
            t->int_digits = start;
            t->int_len = (size_t)(int_end - start);
            t->frac_digits = frac;
            t->frac_len = frac_len;
            t->exp = exp;
            return KL__SCAN_LONG;
        }
    }
    *w = v;
    *q = exp - (int64_t)frac_len;
    return KL__SCAN_SHORT;
}

/* ------------------------------------------------------------------------
 * Eisel-Lemire: w * 10^q to the nearest float with one or two 64x64-bit
 * products.
 *
 * Daniel Lemire, "Number Parsing at a Gigabyte per Second", 2021 (after
 * an idea of Michael Eisel), with the result of Noble Mushtak and Daniel
 * Lemire, "Fast Number Parsing Without Fallback", Software: Practice and
 * Experience 53(6), 2023: with the tables of build-aux/gen-pow5.py the
 * 128-bit product always decides the rounding of an exact w < 2^64.  The
 * check of the 2021 paper for an undecided product is kept: it costs one
 * predictable branch and would send such a case to the exact slow path. */

/* floor(log2(10^q)), for |q| <= 1700 (build-aux/gen-pow5.py checks the
 * range the parser uses). */
KL_INLINE int32_t kl__floor_log2_pow10_q(int32_t q)
{
    return (q * 217706) >> 16;
}

/* kl__eisel_lemire: the bits (biased exponent and mantissa, no sign) of
 * the float of format f nearest w * 10^q, in *bits; false if the 128-bit
 * product cannot decide (the caller must then use the slow path). */
KL__ALWAYS_INLINE bool kl__eisel_lemire(uint64_t w, int64_t q, const kl__float_format *f,
                                        uint64_t *bits)
{
    const int mbits = f->mantissa_bits;
    const int32_t max_biased = 2 * f->bias + 1; /* inf's exponent field */
    if (KL_UNLIKELY(w == 0 || q < f->min_q)) {
        *bits = 0;
        return true;
    }
    if (KL_UNLIKELY(q > f->max_q)) {
        *bits = (uint64_t)max_biased << mbits;
        return true;
    }

    /* Normalise w to [2^63, 2^64) and multiply by the top half of 5^q's
     * table entry T (T ~ 5^q * 2^(127 - floor(log2 5^q))).  The 128-bit
     * product hi:lo approximates w * 10^q * 2^(lz - 1 - floor(log2 10^q))
     * from below or above by less than 2^64 units of lo. */
    int lz = __builtin_clzll(w);
    w <<= lz;
    const uint64_t *t = kl__pow5_128[q - KL__POW5_MIN_Q];
    uint64_t hi, lo = kl__mul128(w, t[0], &hi);

    /* hi keeps mbits + 3 bits beyond its leading one (one of them to
     * round with); if all the bits below those are ones, the error could
     * carry into them: add the product with T's low half. */
    const uint64_t below = UINT64_MAX >> (mbits + 3);
    if (KL_UNLIKELY((hi & below) == below)) {
        uint64_t hi2;
        (void)kl__mul128(w, t[1], &hi2);
        lo += hi2;
        hi += lo < hi2;
        if (KL_UNLIKELY(lo == UINT64_MAX && (hi & below) == below))
            return false;
    }

    /* hi has its leading one at bit 63 or 62; keep mbits + 2 bits. */
    int upper = (int)(hi >> 63);
    int shift = upper + 64 - mbits - 3;
    uint64_t m = hi >> shift;
    int32_t e = kl__floor_log2_pow10_q((int32_t)q) + upper - lz + 63 + f->bias;

    if (KL_UNLIKELY(e <= 0)) {
        /* Subnormal: shift to the fixed exponent, then round half up (a
         * tie is impossible this far from 10^0: Lemire 2021, 6). */
        if (1 - e >= 64) {
            *bits = 0;
            return true;
        }
        m >>= 1 - e;
        m = (m + (m & 1)) >> 1;
        /* Rounding may have carried into the smallest normal. */
        e = m >> mbits != 0 ? 1 : 0;
        *bits = ((uint64_t)e << mbits) | (m & ((UINT64_C(1) << mbits) - 1));
        return true;
    }

    /* Ties: the value is exactly halfway only if every bit dropped from
     * the product is zero, which can happen only for small |q|. */
    if (KL_UNLIKELY(lo <= 1 && q >= f->min_q_tie && q <= f->max_q_tie && (m & 3) == 1 &&
                    (m << shift) == hi))
        m &= ~UINT64_C(1); /* halfway and even below: do not round up */
    m = (m + (m & 1)) >> 1;
    if (m >> (mbits + 1) != 0) {
        m >>= 1;
        e++;
    }
    if (KL_UNLIKELY(e >= max_biased)) {
        *bits = (uint64_t)max_biased << mbits;
        return true;
    }
    *bits = ((uint64_t)e << mbits) | (m & ((UINT64_C(1) << mbits) - 1));
    return true;
}

#endif /* KEEL_INTERNAL_FLOAT_PARSE_H */
