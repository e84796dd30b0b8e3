/* keel/float.h -- floating point to text and back: shortest formatting
 * and correctly rounded parsing.  Layer: bare.
 *
 * No libm and no long double: everything here works with integer
 * arithmetic alone, on a soft-float Cortex-M3 as on a server. */
#ifndef KEEL_FLOAT_H
#define KEEL_FLOAT_H

#include <keel/base.h>
#include <keel/error.h>
#include <keel/str.h>

/* ------------------------------------------------------------------------
 * Formatting
 *
 * The shortest decimal that reads back to the same value (and of those
 * the nearest to it), laid out exactly as Python's repr(float) does:
 * "0.1", "123.0", "1e+16", "1.5e-07", "-0.0", "inf", "-inf", "nan".
 * Scientific notation when the decimal exponent is below -4 or at least
 * 16; at least two exponent digits; ".0" after a whole number in fixed
 * notation; a NaN prints "nan" whatever its sign and payload.
 *
 * Algorithm: Schubfach (Raffaello Giulietti, "The Schubfach way to render
 * doubles", 2020).  kl_fmt_f64 multiplies by a table of 617 126-bit powers
 * of ten (9,872 bytes of read-only data); kl_fmt_f32 by its own table of
 * 77 64-bit ones (616 bytes), so a program formatting only floats links
 * only the small one.  No division except by constants, no libm, no
 * floating-point arithmetic. */

/* KL_F64_BUFSZ: the most bytes kl_fmt_f64 writes ("-2.2250738585072014e-308"). */
#define KL_F64_BUFSZ 24

/* KL_F32_BUFSZ: the most bytes kl_fmt_f32 writes ("-1000000000000000.0":
 * fixed notation runs to 16 digits before the point). */
#define KL_F32_BUFSZ 19

KL_BEGIN_DECLS

/* kl_fmt_f64: write into buf, which has room for KL_F64_BUFSZ bytes, the
 * shortest decimal that reads back (correctly rounded) as v, as Python's
 * repr(v) writes it; no NUL.  Returns the number of bytes written. */
KL_API size_t kl_fmt_f64(char *buf, double v);

/* kl_fmt_f32: as kl_fmt_f64 for a binary32 float: the shortest decimal
 * that reads back as v when parsed as a float, in the same layout (so
 * 0.1f prints "0.1", 16777216.0f "16777216.0", FLT_MAX "3.4028235e+38").
 * buf has room for KL_F32_BUFSZ bytes; no NUL.  Returns the length. */
KL_API size_t kl_fmt_f32(char *buf, float v);

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
