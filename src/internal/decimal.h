/* src/internal/decimal.h -- a big decimal number for the float parser's
 * slow path.  Private: never installed.
 *
 * "The Simple Decimal Conversion" algorithm: hold the decimal digits
 * exactly (up to KL__DECIMAL_DIGITS of them, and a flag for any nonzero
 * digit beyond), multiply and divide by powers of two until the value is
 * in [1/2, 1), then take the mantissa's bits and round it, ties to even.
 * Described by Nigel Tao, "The Simple Decimal Conversion Algorithm"
 * (2020), after the decimal type of Go's strconv.  800 digits suffice:
 * a point halfway between two doubles has at most 768 significant
 * digits, and the flag keeps any tail's effect on rounding. */
#ifndef KEEL_INTERNAL_DECIMAL_H
#define KEEL_INTERNAL_DECIMAL_H

#include <stdbool.h>
#include <stdint.h>

#include "internal/float_parse.h"

#define KL__DECIMAL_DIGITS 800

/* value = 0.d[0] d[1] ... d[num_digits - 1] * 10^decimal_point, plus
 * something positive and smaller than the last digit if truncated.  No
 * leading or trailing zero digits are kept.  The spare room takes the new
 * leading digits of a left shift before the tail is cut off. */
typedef struct kl__decimal {
    uint32_t num_digits;
    int32_t decimal_point;
    bool truncated;
    uint8_t d[KL__DECIMAL_DIGITS + 32];
} kl__decimal;

/* kl__decimal_from_text: the number whose digits and exponent t holds. */
void kl__decimal_from_text(kl__decimal *d, const kl__float_text *t);

/* kl__decimal_to_bits: the bits (no sign) of the float of format f nearest
 * d's value; d is consumed. */
uint64_t kl__decimal_to_bits(kl__decimal *d, const kl__float_format *f);

#endif /* KEEL_INTERNAL_DECIMAL_H */
