/* src/internal/float_parse.h -- the parts of keel's float parser that
 * kl_parse_f64 and kl_parse_f32 share.  Private: never installed.
 *
 * The road a string takes (src/bare/float_parse*.c):
 *   1. kl__float_scan checks the syntax and gathers up to 19 significant
 *      digits into w, so that the value is w * 10^q (or lies in
 *      [w, w+1) * 10^q when more digits were cut off);
 *   2. Clinger's fast path, when w and 10^|q| are exact floats (in
 *      kl_parse_f64/f32 themselves);
 *   3. Eisel-Lemire (kl__eisel_lemire) with the 128-bit powers of five of
 *      kl__pow5_128;
 *   4. for what step 3 leaves undecided (only inputs of more than 19
 *      significant digits), the exact big-decimal algorithm of
 *      src/internal/decimal.h. */
#ifndef KEEL_INTERNAL_FLOAT_PARSE_H
#define KEEL_INTERNAL_FLOAT_PARSE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <keel/error.h>
#include <keel/str.h>

/* Declarations of the parser's tables carry hidden visibility, as their
 * definitions do (-fvisibility=hidden): position-independent code then
 * reaches them directly, not through the GOT. */
#if defined(__GNUC__)
#define KL__HIDDEN __attribute__((visibility("hidden")))
#else
#define KL__HIDDEN
#endif

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

KL__HIDDEN extern const kl__float_format kl__f64_format;
KL__HIDDEN extern const kl__float_format kl__f32_format;

enum kl__float_kind { KL__FLOAT_NUMBER, KL__FLOAT_INF, KL__FLOAT_NAN };

/* What kl__float_scan found.  The digits are the bytes at int_digits
 * (int_len of them, before any point) then frac_digits (frac_len, after
 * it); exp is the exponent written after 'e', saturated far beyond any
 * float's range. */
typedef struct kl__float_text {
    enum kl__float_kind kind;
    bool negative;
    bool truncated;  /* nonzero digits beyond w's 19 were dropped */
    uint64_t w;      /* the first (up to 19) significant digits */
    int64_t q;       /* value = w * 10^q, or in (w, w+1) * 10^q if truncated */
    const char *int_digits;
    size_t int_len;
    const char *frac_digits;
    size_t frac_len;
    int64_t exp;
} kl__float_text;

/* kl__float_scan: check s against the syntax of keel/float.h and fill *t.
 * Returns KL_OK or KL_EINVAL. */
kl_err kl__float_scan(kl_str s, kl__float_text *t);

/* kl__float_bits: the bits of the float of format f nearest the number
 * in t (steps 3 and 4, and inf, nan, zero and the sign). */
uint64_t kl__float_bits(const kl__float_text *t, const kl__float_format *f);

/* kl__eisel_lemire: the bits (biased exponent and mantissa, no sign) of
 * the float of format f nearest w * 10^q, for w != 0; false if the
 * 128-bit product cannot decide (the caller must then use the slow path).
 * Daniel Lemire, "Number Parsing at a Gigabyte per Second", Software:
 * Practice and Experience 51(8), 2021. */
bool kl__eisel_lemire(uint64_t w, int64_t q, const kl__float_format *f, uint64_t *bits);

/* The powers of five, from build-aux/gen-pow5.py (src/bare/float_pow5.c). */
#define KL__POW5_MIN_Q (-342)
#define KL__POW5_MAX_Q 308
KL__HIDDEN extern const uint64_t kl__pow5_128[KL__POW5_MAX_Q - KL__POW5_MIN_Q + 1][2];

/* kl__mul64_portable: the 128-bit product a * b, high half returned, low
 * half in *lo, from four 32x32-bit products (what a 32-bit target runs;
 * tests compare it with the __int128 fast path on 64-bit hosts). */
static inline uint64_t kl__mul64_portable(uint64_t a, uint64_t b, uint64_t *lo)
{
    uint64_t a0 = (uint32_t)a, a1 = a >> 32;
    uint64_t b0 = (uint32_t)b, b1 = b >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    /* The middle column: at most 3 * (2^32 - 1), no overflow. */
    uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
    *lo = (mid << 32) | (uint32_t)p00;
    return p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* kl__mul64: the same product, by the compiler's 128-bit integers where
 * it has them. */
static inline uint64_t kl__mul64(uint64_t a, uint64_t b, uint64_t *lo)
{
#ifdef __SIZEOF_INT128__
    unsigned __int128 p = (unsigned __int128)a * b;
    *lo = (uint64_t)p;
    return (uint64_t)(p >> 64);
#else
    return kl__mul64_portable(a, b, lo);
#endif
}

#endif /* KEEL_INTERNAL_FLOAT_PARSE_H */
