/* keel/num.h -- integers: formatting (and, later, checked arithmetic, bits,
 * endian, parsing).  Layer: bare. */
#ifndef KEEL_NUM_H
#define KEEL_NUM_H

#include <keel/base.h>

/* KL_FMT_INT_BUFSZ: room for any 64-bit integer in any base, sign
 * included (64 binary digits and a '-'). */
#define KL_FMT_INT_BUFSZ 65

KL_BEGIN_DECLS

/* kl_fmt_u64: write v in base (2 to 36; digits 0-9 then a-z) into buf,
 * which has room for KL_FMT_INT_BUFSZ bytes; no NUL.  Returns the number
 * of bytes written.  Panics if base is outside 2..36. */
KL_API size_t kl_fmt_u64(char *buf, uint64_t v, unsigned base);

/* kl_fmt_i64: as kl_fmt_u64, with a leading '-' for a negative v. */
KL_API size_t kl_fmt_i64(char *buf, int64_t v, unsigned base);

KL_END_DECLS

#endif /* KEEL_NUM_H */
