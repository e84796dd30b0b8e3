/* keel/float.h -- floating point: correctly rounded parsing (and, later,
 * shortest and precise formatting).  Layer: bare.
 *
 * No libm and no long double: everything here works with integer
 * arithmetic alone, on a soft-float Cortex-M3 as on a server. */
#ifndef KEEL_FLOAT_H
#define KEEL_FLOAT_H

#include <keel/base.h>
#include <keel/error.h>
#include <keel/str.h>

KL_BEGIN_DECLS

/* ---------------------------------------------------------------------
 * Parsing
 *
 * The syntax is that of Rust's f64::from_str: an optional sign (+ or -),
 * then either a decimal number -- digits with an optional point ("5.",
 * ".5" and "5" are numbers, "." is not) and an optional exponent (e or E,
 * an optional sign, one or more digits) -- or "inf", "infinity" or "nan"
 * in any case.  Nothing else: no whitespace, no hexadecimal, no "_".
 * Any number of digits and any exponent are accepted; the result is the
 * nearest float (ties to even), as IEEE 754 rounds: a magnitude too large
 * gives +-inf and one too small +-0, with no error.  "-nan" gives a NaN
 * with its sign bit set, as Rust's does. */

/* kl_parse_f64: parse s as above into *out.  Returns KL_OK, or KL_EINVAL
 * if s is not a number (*out is then untouched). */
KL_API KL_NODISCARD kl_err kl_parse_f64(kl_str s, double *out);

/* kl_parse_f32: as kl_parse_f64, rounded to the nearest float directly
 * from the decimal (not through double, which would round twice). */
KL_API KL_NODISCARD kl_err kl_parse_f32(kl_str s, float *out);

KL_END_DECLS

#endif /* KEEL_FLOAT_H */
