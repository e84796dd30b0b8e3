/* src/internal/swar.h -- "SIMD within a register": byte tests on a whole
 * machine word at once.  Private: never installed.  Layer: bare. */
#ifndef KEEL_INTERNAL_SWAR_H
#define KEEL_INTERNAL_SWAR_H

#include <keel/base.h>

/* KL__ONES: 0x0101...01; KL__HIGHS: 0x8080...80 (a size_t's width). */
#define KL__ONES ((size_t)-1 / 0xFF)
#define KL__HIGHS (KL__ONES * 0x80)

/* kl__has_zero: true if some byte of v is zero.  (v - 0x01..01) & ~v &
 * 0x80..80 is non-zero exactly then; it may also flag a 0x01 byte above
 * a true zero, so callers locate the byte by looking. */
KL_INLINE bool kl__has_zero(size_t v)
{
    return ((v - KL__ONES) & ~v & KL__HIGHS) != 0;
}

/* kl__load_word: the sizeof(size_t) bytes at p, at any alignment. */
KL_INLINE size_t kl__load_word(const unsigned char *p)
{
    size_t v;
    __builtin_memcpy(&v, p, sizeof v);
    return v;
}

#endif /* KEEL_INTERNAL_SWAR_H */
