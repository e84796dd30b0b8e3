/* src/internal/num_fmt.h -- integer to text, the pieces kl_fmt_u64 and
 * the printf engine share.  Private: never installed. */
#ifndef KEEL_INTERNAL_NUM_FMT_H
#define KEEL_INTERNAL_NUM_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* kl__fmt_dec: v in decimal into buf (room for 20 bytes; no NUL).
 * Returns the length.  (num_fmt.c; kl_fmt_u64 without the base check,
 * for the printf engine.) */
size_t kl__fmt_dec(char *buf, uint64_t v);

/* kl__fmt_pow2: v in base 2^shift (shift 1 to 5) into buf (room for 64
 * bytes; no NUL), letters upper case if upper.  Returns the length.
 * Shifts and masks only: no division. */
size_t kl__fmt_pow2(char *buf, uint64_t v, unsigned shift, bool upper);

/* kl__fmt_digits: v in base (2 to 36) written backwards, its last digit
 * at end[-1], letters upper case if upper; no NUL.  Returns the first
 * digit's address.  Division by base in 32-bit steps only: the small way
 * for 32-bit targets (num_fmt.c). */
char *kl__fmt_digits(char *end, uint64_t v, unsigned base, bool upper);

#endif /* KEEL_INTERNAL_NUM_FMT_H */
