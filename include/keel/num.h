/* keel/num.h -- integers: checked, wrapping, saturating and overflowing
 * arithmetic; bit operations; endian loads and stores; parsing and
 * formatting.  Layer: bare.
 *
 * Widths.  Every arithmetic operation exists for each of these types,
 * named by a suffix S after the operation (kl_checked_add_i32):
 *
 *   i8 i16 i32 i64   int8_t int16_t int32_t int64_t
 *   u8 u16 u32 u64   uint8_t uint16_t uint32_t uint64_t
 *   usize            size_t
 *
 * and the bit operations for the unsigned ones (u8 ... u64, usize).
 *
 * Arithmetic.  For OP in add sub mul div rem (binary: T a, T b), neg
 * (unary: T a) and shl shr (T a, unsigned shift), four families, with the
 * semantics of Rust's methods of the same names:
 *
 *   bool kl_checked_OP_S(T a, T b, T *out)
 *       true, with the result in *out, when it is exact; false, with *out
 *       untouched, when the exact result does not fit T, when b is 0 (div,
 *       rem), for MIN / -1 and MIN % -1, when shift >= the width (shl,
 *       shr; bits shifted out are not an overflow), and for the negation
 *       of any unsigned value but 0.
 *   T kl_wrapping_OP_S(T a, T b)
 *       the result modulo 2^width: MIN / -1 is MIN, MIN % -1 is 0; the
 *       shifts shift by shift % width.
 *   T kl_saturating_OP_S(T a, T b)
 *       the exact result clamped to [MIN, MAX]: MIN / -1 is MAX, MIN % -1
 *       is 0, the negation of an unsigned value is 0; shl is a * 2^shift
 *       clamped (any shift: 0 stays 0, anything else saturates once bits
 *       would be lost); shr is floor(a / 2^shift) (0, or -1 for a negative
 *       a, once shift >= the width).  (Rust has saturating add, sub, mul,
 *       div and signed neg; the rest follow the same rule.)
 *   T kl_overflowing_OP_S(T a, T b, bool *overflowed)
 *       the wrapping result, and *overflowed = whether the checked form
 *       would have failed (for the shifts: shift >= the width).
 *
 * Comparison.  int kl_cmp_S(const T *a, const T *b) is -1, 0 or 1 as *a
 * is less than, equal to or greater than *b (Rust's Ord::cmp), for the
 * comparison arguments of KL_BTREE_DEFINE, KL_BTREE_SET_DEFINE and the
 * like.
 *
 * Division by zero in the wrapping, saturating and overflowing forms of
 * div and rem is a broken precondition: they panic (as Rust does).  Only
 * the checked forms take 0 as input.
 *
 * All of these are inline functions over the compiler's overflow builtins,
 * freestanding on every target (32-bit ARM included).
 */
#ifndef KEEL_NUM_H
#define KEEL_NUM_H

#include <keel/base.h>
#include <keel/error.h>
#include <keel/panic.h>
#include <keel/str.h>

/* KL_FMT_INT_BUFSZ: room for any 64-bit integer in any base, sign
 * included (64 binary digits and a '-'). */
#define KL_FMT_INT_BUFSZ 65

/* KL__BITS(T): the width of integer type T (uint8_t exists, so a byte is
 * 8 bits). */
#define KL__BITS(T) ((unsigned)sizeof(T) * 8u)

KL_BEGIN_DECLS

/* ------------------------------------------------------------------------
 * Arithmetic, as described at the top of this file. */

/* KL__NUM_COMMON(S, T): add, sub and mul in all four families, the same
 * for signed and unsigned T (the builtins wrap and report overflow). */
#define KL__NUM_COMMON(S, T)                                                   \
    KL_INLINE KL_NODISCARD bool kl_checked_add_##S(T a, T b, T *out)           \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_add_overflow(a, b, &r))                                  \
            return false;                                                      \
        *out = r;                                                              \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_sub_##S(T a, T b, T *out)           \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_sub_overflow(a, b, &r))                                  \
            return false;                                                      \
        *out = r;                                                              \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_mul_##S(T a, T b, T *out)           \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_mul_overflow(a, b, &r))                                  \
            return false;                                                      \
        *out = r;                                                              \
        return true;                                                           \
    }                                                                          \
    KL_INLINE T kl_wrapping_add_##S(T a, T b)                                  \
    {                                                                          \
        T r;                                                                   \
        (void)__builtin_add_overflow(a, b, &r);                                \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_wrapping_sub_##S(T a, T b)                                  \
    {                                                                          \
        T r;                                                                   \
        (void)__builtin_sub_overflow(a, b, &r);                                \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_wrapping_mul_##S(T a, T b)                                  \
    {                                                                          \
        T r;                                                                   \
        (void)__builtin_mul_overflow(a, b, &r);                                \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_overflowing_add_##S(T a, T b, bool *overflowed)             \
    {                                                                          \
        T r;                                                                   \
        *overflowed = __builtin_add_overflow(a, b, &r);                        \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_overflowing_sub_##S(T a, T b, bool *overflowed)             \
    {                                                                          \
        T r;                                                                   \
        *overflowed = __builtin_sub_overflow(a, b, &r);                        \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_overflowing_mul_##S(T a, T b, bool *overflowed)             \
    {                                                                          \
        T r;                                                                   \
        *overflowed = __builtin_mul_overflow(a, b, &r);                        \
        return r;                                                              \
    }                                                                          \
    /* Written as a conditional, not as (a > b) - (a < b): where a caller   \
     * only asks whether the result is negative, as a B-tree's node scan   \
     * does, GCC 12 turns this into one compare and a carry but computes   \
     * the other in full (5 instructions a key scanned against 12). */                  \
    KL_INLINE int kl_cmp_##S(const T *a, const T *b)                           \
    {                                                                          \
        return *a < *b ? -1 : *a > *b;                                         \
    }

/* KL__NUM_SIGNED(S, T, UT, MIN, MAX): the operations of signed T (UT is
 * its unsigned twin, used to shift left without undefined behaviour). */
#define KL__NUM_SIGNED(S, T, UT, MIN, MAX)                                     \
    KL__NUM_COMMON(S, T)                                                       \
    KL_INLINE T kl_wrapping_neg_##S(T a)                                       \
    {                                                                          \
        return a == (MIN) ? a : (T)-a;                                         \
    }                                                                          \
    KL_INLINE T kl_wrapping_shl_##S(T a, unsigned shift)                       \
    {                                                                          \
        return (T)((UT)a << (shift & (KL__BITS(T) - 1)));                      \
    }                                                                          \
    KL_INLINE T kl_wrapping_shr_##S(T a, unsigned shift)                       \
    {                                                                          \
        return (T)(a >> (shift & (KL__BITS(T) - 1)));                          \
    }                                                                          \
    KL_INLINE T kl_wrapping_div_##S(T a, T b)                                  \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_wrapping_div_" #S ": division by zero");              \
        return b == -1 ? kl_wrapping_neg_##S(a) : (T)(a / b);                  \
    }                                                                          \
    KL_INLINE T kl_wrapping_rem_##S(T a, T b)                                  \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_wrapping_rem_" #S ": division by zero");              \
        return b == -1 ? (T)0 : (T)(a % b);                                    \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_div_##S(T a, T b, T *out)           \
    {                                                                          \
        if (b == 0 || (a == (MIN) && b == -1))                                 \
            return false;                                                      \
        *out = (T)(a / b);                                                     \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_rem_##S(T a, T b, T *out)           \
    {                                                                          \
        if (b == 0 || (a == (MIN) && b == -1))                                 \
            return false;                                                      \
        *out = (T)(a % b);                                                     \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_neg_##S(T a, T *out)                \
    {                                                                          \
        if (a == (MIN))                                                        \
            return false;                                                      \
        *out = (T)-a;                                                          \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_shl_##S(T a, unsigned shift, T *out) \
    {                                                                          \
        if (shift >= KL__BITS(T))                                              \
            return false;                                                      \
        *out = kl_wrapping_shl_##S(a, shift);                                  \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_shr_##S(T a, unsigned shift, T *out) \
    {                                                                          \
        if (shift >= KL__BITS(T))                                              \
            return false;                                                      \
        *out = kl_wrapping_shr_##S(a, shift);                                  \
        return true;                                                           \
    }                                                                          \
    KL_INLINE T kl_saturating_add_##S(T a, T b)                                \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_add_overflow(a, b, &r))                                  \
            return b < 0 ? (MIN) : (MAX);                                      \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_saturating_sub_##S(T a, T b)                                \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_sub_overflow(a, b, &r))                                  \
            return b < 0 ? (MAX) : (MIN);                                      \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_saturating_mul_##S(T a, T b)                                \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_mul_overflow(a, b, &r))                                  \
            return (a < 0) != (b < 0) ? (MIN) : (MAX);                         \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_saturating_div_##S(T a, T b)                                \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_saturating_div_" #S ": division by zero");            \
        return a == (MIN) && b == -1 ? (MAX) : (T)(a / b);                     \
    }                                                                          \
    KL_INLINE T kl_saturating_rem_##S(T a, T b)                                \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_saturating_rem_" #S ": division by zero");            \
        return b == -1 ? (T)0 : (T)(a % b);                                    \
    }                                                                          \
    KL_INLINE T kl_saturating_neg_##S(T a)                                     \
    {                                                                          \
        return a == (MIN) ? (MAX) : (T)-a;                                     \
    }                                                                          \
    KL_INLINE T kl_saturating_shl_##S(T a, unsigned shift)                     \
    {                                                                          \
        if (a == 0)                                                            \
            return 0;                                                          \
        if (shift >= KL__BITS(T))                                              \
            return a < 0 ? (MIN) : (MAX);                                      \
        if (a > ((MAX) >> shift))                                              \
            return (MAX);                                                      \
        if (a < ((MIN) >> shift))                                              \
            return (MIN);                                                      \
        return kl_wrapping_shl_##S(a, shift);                                  \
    }                                                                          \
    KL_INLINE T kl_saturating_shr_##S(T a, unsigned shift)                     \
    {                                                                          \
        if (shift >= KL__BITS(T))                                              \
            return a < 0 ? (T)-1 : (T)0;                                       \
        return (T)(a >> shift);                                                \
    }                                                                          \
    KL_INLINE T kl_overflowing_div_##S(T a, T b, bool *overflowed)             \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_overflowing_div_" #S ": division by zero");           \
        *overflowed = a == (MIN) && b == -1;                                   \
        return b == -1 ? kl_wrapping_neg_##S(a) : (T)(a / b);                  \
    }                                                                          \
    KL_INLINE T kl_overflowing_rem_##S(T a, T b, bool *overflowed)             \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_overflowing_rem_" #S ": division by zero");           \
        *overflowed = a == (MIN) && b == -1;                                   \
        return b == -1 ? (T)0 : (T)(a % b);                                    \
    }                                                                          \
    KL_INLINE T kl_overflowing_neg_##S(T a, bool *overflowed)                  \
    {                                                                          \
        *overflowed = a == (MIN);                                              \
        return kl_wrapping_neg_##S(a);                                         \
    }                                                                          \
    KL_INLINE T kl_overflowing_shl_##S(T a, unsigned shift, bool *overflowed)  \
    {                                                                          \
        *overflowed = shift >= KL__BITS(T);                                    \
        return kl_wrapping_shl_##S(a, shift);                                  \
    }                                                                          \
    KL_INLINE T kl_overflowing_shr_##S(T a, unsigned shift, bool *overflowed)  \
    {                                                                          \
        *overflowed = shift >= KL__BITS(T);                                    \
        return kl_wrapping_shr_##S(a, shift);                                  \
    }

/* KL__NUM_UNSIGNED(S, T, MAX): the operations of unsigned T. */
#define KL__NUM_UNSIGNED(S, T, MAX)                                            \
    KL__NUM_COMMON(S, T)                                                       \
    KL_INLINE T kl_wrapping_neg_##S(T a)                                       \
    {                                                                          \
        return (T)(0u - a);                                                    \
    }                                                                          \
    KL_INLINE T kl_wrapping_shl_##S(T a, unsigned shift)                       \
    {                                                                          \
        return (T)(a << (shift & (KL__BITS(T) - 1)));                          \
    }                                                                          \
    KL_INLINE T kl_wrapping_shr_##S(T a, unsigned shift)                       \
    {                                                                          \
        return (T)(a >> (shift & (KL__BITS(T) - 1)));                          \
    }                                                                          \
    KL_INLINE T kl_wrapping_div_##S(T a, T b)                                  \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_wrapping_div_" #S ": division by zero");              \
        return (T)(a / b);                                                     \
    }                                                                          \
    KL_INLINE T kl_wrapping_rem_##S(T a, T b)                                  \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_wrapping_rem_" #S ": division by zero");              \
        return (T)(a % b);                                                     \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_div_##S(T a, T b, T *out)           \
    {                                                                          \
        if (b == 0)                                                            \
            return false;                                                      \
        *out = (T)(a / b);                                                     \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_rem_##S(T a, T b, T *out)           \
    {                                                                          \
        if (b == 0)                                                            \
            return false;                                                      \
        *out = (T)(a % b);                                                     \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_neg_##S(T a, T *out)                \
    {                                                                          \
        if (a != 0)                                                            \
            return false;                                                      \
        *out = 0;                                                              \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_shl_##S(T a, unsigned shift, T *out) \
    {                                                                          \
        if (shift >= KL__BITS(T))                                              \
            return false;                                                      \
        *out = kl_wrapping_shl_##S(a, shift);                                  \
        return true;                                                           \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_shr_##S(T a, unsigned shift, T *out) \
    {                                                                          \
        if (shift >= KL__BITS(T))                                              \
            return false;                                                      \
        *out = kl_wrapping_shr_##S(a, shift);                                  \
        return true;                                                           \
    }                                                                          \
    KL_INLINE T kl_saturating_add_##S(T a, T b)                                \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_add_overflow(a, b, &r))                                  \
            return (MAX);                                                      \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_saturating_sub_##S(T a, T b)                                \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_sub_overflow(a, b, &r))                                  \
            return 0;                                                          \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_saturating_mul_##S(T a, T b)                                \
    {                                                                          \
        T r;                                                                   \
        if (__builtin_mul_overflow(a, b, &r))                                  \
            return (MAX);                                                      \
        return r;                                                              \
    }                                                                          \
    KL_INLINE T kl_saturating_div_##S(T a, T b)                                \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_saturating_div_" #S ": division by zero");            \
        return (T)(a / b);                                                     \
    }                                                                          \
    KL_INLINE T kl_saturating_rem_##S(T a, T b)                                \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_saturating_rem_" #S ": division by zero");            \
        return (T)(a % b);                                                     \
    }                                                                          \
    KL_INLINE T kl_saturating_neg_##S(T a)                                     \
    {                                                                          \
        (void)a;                                                               \
        return 0;                                                              \
    }                                                                          \
    KL_INLINE T kl_saturating_shl_##S(T a, unsigned shift)                     \
    {                                                                          \
        if (a == 0)                                                            \
            return 0;                                                          \
        if (shift >= KL__BITS(T) || a > ((MAX) >> shift))                      \
            return (MAX);                                                      \
        return (T)(a << shift);                                                \
    }                                                                          \
    KL_INLINE T kl_saturating_shr_##S(T a, unsigned shift)                     \
    {                                                                          \
        return shift >= KL__BITS(T) ? (T)0 : (T)(a >> shift);                  \
    }                                                                          \
    KL_INLINE T kl_overflowing_div_##S(T a, T b, bool *overflowed)             \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_overflowing_div_" #S ": division by zero");           \
        *overflowed = false;                                                   \
        return (T)(a / b);                                                     \
    }                                                                          \
    KL_INLINE T kl_overflowing_rem_##S(T a, T b, bool *overflowed)             \
    {                                                                          \
        if (b == 0)                                                            \
            kl_panic("kl_overflowing_rem_" #S ": division by zero");           \
        *overflowed = false;                                                   \
        return (T)(a % b);                                                     \
    }                                                                          \
    KL_INLINE T kl_overflowing_neg_##S(T a, bool *overflowed)                  \
    {                                                                          \
        *overflowed = a != 0;                                                  \
        return kl_wrapping_neg_##S(a);                                         \
    }                                                                          \
    KL_INLINE T kl_overflowing_shl_##S(T a, unsigned shift, bool *overflowed)  \
    {                                                                          \
        *overflowed = shift >= KL__BITS(T);                                    \
        return kl_wrapping_shl_##S(a, shift);                                  \
    }                                                                          \
    KL_INLINE T kl_overflowing_shr_##S(T a, unsigned shift, bool *overflowed)  \
    {                                                                          \
        *overflowed = shift >= KL__BITS(T);                                    \
        return kl_wrapping_shr_##S(a, shift);                                  \
    }

/* kl_{checked,wrapping,saturating,overflowing}_{add,sub,mul,div,rem,neg,
 * shl,shr}_{i8,i16,i32,i64}: signed arithmetic (see the top of the file). */
KL__NUM_SIGNED(i8, int8_t, uint8_t, INT8_MIN, INT8_MAX)
KL__NUM_SIGNED(i16, int16_t, uint16_t, INT16_MIN, INT16_MAX)
KL__NUM_SIGNED(i32, int32_t, uint32_t, INT32_MIN, INT32_MAX)
KL__NUM_SIGNED(i64, int64_t, uint64_t, INT64_MIN, INT64_MAX)

/* kl_{checked,wrapping,saturating,overflowing}_{add,sub,mul,div,rem,neg,
 * shl,shr}_{u8,u16,u32,u64,usize}: unsigned arithmetic (see the top of
 * the file; usize is size_t). */
KL__NUM_UNSIGNED(u8, uint8_t, UINT8_MAX)
KL__NUM_UNSIGNED(u16, uint16_t, UINT16_MAX)
KL__NUM_UNSIGNED(u32, uint32_t, UINT32_MAX)
KL__NUM_UNSIGNED(u64, uint64_t, UINT64_MAX)
KL__NUM_UNSIGNED(usize, size_t, SIZE_MAX)

/* ------------------------------------------------------------------------
 * Bit operations on unsigned integers: for S in u8 u16 u32 u64 usize,
 *
 *   unsigned kl_popcount_S(T x)          the number of 1 bits
 *   unsigned kl_leading_zeros_S(T x)     0 bits above the highest 1 (the
 *                                        width for x == 0)
 *   unsigned kl_trailing_zeros_S(T x)    0 bits below the lowest 1 (the
 *                                        width for x == 0)
 *   T kl_rotate_left_S(T x, unsigned n)  x rotated by n % width bits
 *   T kl_rotate_right_S(T x, unsigned n)
 *   T kl_bswap_S(T x)                    x with its bytes reversed
 *   bool kl_is_power_of_two_S(T x)       x is 2^k for some k (0 is not)
 *   T kl_next_power_of_two_S(T x)        the least 2^k >= x (1 for 0);
 *                                        panics if that exceeds T
 *   bool kl_checked_next_power_of_two_S(T x, T *out)
 *                                        the same, or false (and *out
 *                                        untouched) if it exceeds T
 */

/* KL__NUM_BITS(S, T): the bit operations of unsigned T.  The builtins of
 * unsigned int serve the widths up to 32, those of unsigned long long the
 * rest (sizeof tests fold at compile time). */
#define KL__NUM_BITS(S, T)                                                     \
    KL_INLINE unsigned kl_popcount_##S(T x)                                    \
    {                                                                          \
        return sizeof(T) <= sizeof(unsigned) ? (unsigned)__builtin_popcount((unsigned)x) \
                                             : (unsigned)__builtin_popcountll(x); \
    }                                                                          \
    KL_INLINE unsigned kl_leading_zeros_##S(T x)                               \
    {                                                                          \
        if (x == 0)                                                            \
            return KL__BITS(T);                                                \
        return sizeof(T) <= sizeof(unsigned)                                   \
                   ? (unsigned)__builtin_clz((unsigned)x) - (KL__BITS(unsigned) - KL__BITS(T)) \
                   : (unsigned)__builtin_clzll(x) - (KL__BITS(unsigned long long) - KL__BITS(T)); \
    }                                                                          \
    KL_INLINE unsigned kl_trailing_zeros_##S(T x)                              \
    {                                                                          \
        if (x == 0)                                                            \
            return KL__BITS(T);                                                \
        return sizeof(T) <= sizeof(unsigned) ? (unsigned)__builtin_ctz((unsigned)x) \
                                             : (unsigned)__builtin_ctzll(x);   \
    }                                                                          \
    KL_INLINE T kl_rotate_left_##S(T x, unsigned n)                            \
    {                                                                          \
        n &= KL__BITS(T) - 1;                                                  \
        return (T)(x << n | x >> ((0u - n) & (KL__BITS(T) - 1)));              \
    }                                                                          \
    KL_INLINE T kl_rotate_right_##S(T x, unsigned n)                           \
    {                                                                          \
        n &= KL__BITS(T) - 1;                                                  \
        return (T)(x >> n | x << ((0u - n) & (KL__BITS(T) - 1)));              \
    }                                                                          \
    KL_INLINE T kl_bswap_##S(T x)                                              \
    {                                                                          \
        return sizeof(T) == 1 ? x                                              \
             : sizeof(T) == 2 ? (T)__builtin_bswap16((uint16_t)x)              \
             : sizeof(T) == 4 ? (T)__builtin_bswap32((uint32_t)x)              \
                              : (T)__builtin_bswap64((uint64_t)x);             \
    }                                                                          \
    KL_INLINE bool kl_is_power_of_two_##S(T x)                                 \
    {                                                                          \
        return x != 0 && (x & (x - 1)) == 0;                                   \
    }                                                                          \
    KL_INLINE KL_NODISCARD bool kl_checked_next_power_of_two_##S(T x, T *out)  \
    {                                                                          \
        if (x <= 1) {                                                          \
            *out = 1;                                                          \
            return true;                                                       \
        }                                                                      \
        unsigned k = KL__BITS(T) - kl_leading_zeros_##S((T)(x - 1));           \
        if (k >= KL__BITS(T))                                                  \
            return false;                                                      \
        *out = (T)((T)1 << k);                                                 \
        return true;                                                           \
    }                                                                          \
    KL_INLINE T kl_next_power_of_two_##S(T x)                                  \
    {                                                                          \
        T r;                                                                   \
        if (!kl_checked_next_power_of_two_##S(x, &r))                          \
            kl_panic("kl_next_power_of_two_" #S ": no power of two >= x fits"); \
        return r;                                                              \
    }

/* kl_popcount_S ... kl_checked_next_power_of_two_S for the unsigned
 * widths (see above). */
KL__NUM_BITS(u8, uint8_t)
KL__NUM_BITS(u16, uint16_t)
KL__NUM_BITS(u32, uint32_t)
KL__NUM_BITS(u64, uint64_t)
KL__NUM_BITS(usize, size_t)

/* ------------------------------------------------------------------------
 * Endian loads and stores: integers from and to byte arrays at any
 * address (no alignment needed), little (le) or big (be) endian whatever
 * the machine's order.  Written byte by byte, which compilers turn into
 * one load or store (and a byte swap where needed). */

/* kl_load_le16, kl_load_le32, kl_load_le64: the little-endian integer in
 * the 2, 4 or 8 bytes at p. */
KL_INLINE uint16_t kl_load_le16(const void *p)
{
    const unsigned char *b = (const unsigned char *)p;
    return (uint16_t)((unsigned)b[0] | (unsigned)b[1] << 8);
}

KL_INLINE uint32_t kl_load_le32(const void *p)
{
    const unsigned char *b = (const unsigned char *)p;
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

KL_INLINE uint64_t kl_load_le64(const void *p)
{
    const unsigned char *b = (const unsigned char *)p;
    return (uint64_t)b[0] | (uint64_t)b[1] << 8 | (uint64_t)b[2] << 16 | (uint64_t)b[3] << 24 |
           (uint64_t)b[4] << 32 | (uint64_t)b[5] << 40 | (uint64_t)b[6] << 48 |
           (uint64_t)b[7] << 56;
}

/* kl_load_be16, kl_load_be32, kl_load_be64: the big-endian integer in the
 * 2, 4 or 8 bytes at p. */
KL_INLINE uint16_t kl_load_be16(const void *p)
{
    const unsigned char *b = (const unsigned char *)p;
    return (uint16_t)((unsigned)b[0] << 8 | (unsigned)b[1]);
}

KL_INLINE uint32_t kl_load_be32(const void *p)
{
    const unsigned char *b = (const unsigned char *)p;
    return (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | (uint32_t)b[3];
}

KL_INLINE uint64_t kl_load_be64(const void *p)
{
    const unsigned char *b = (const unsigned char *)p;
    return (uint64_t)b[0] << 56 | (uint64_t)b[1] << 48 | (uint64_t)b[2] << 40 |
           (uint64_t)b[3] << 32 | (uint64_t)b[4] << 24 | (uint64_t)b[5] << 16 |
           (uint64_t)b[6] << 8 | (uint64_t)b[7];
}

/* kl_store_le16, kl_store_le32, kl_store_le64: write v little-endian into
 * the 2, 4 or 8 bytes at p. */
KL_INLINE void kl_store_le16(void *p, uint16_t v)
{
    unsigned char *b = (unsigned char *)p;
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
}

KL_INLINE void kl_store_le32(void *p, uint32_t v)
{
    unsigned char *b = (unsigned char *)p;
    b[0] = (unsigned char)v;
    b[1] = (unsigned char)(v >> 8);
    b[2] = (unsigned char)(v >> 16);
    b[3] = (unsigned char)(v >> 24);
}

KL_INLINE void kl_store_le64(void *p, uint64_t v)
{
    kl_store_le32(p, (uint32_t)v);
    kl_store_le32((unsigned char *)p + 4, (uint32_t)(v >> 32));
}

/* kl_store_be16, kl_store_be32, kl_store_be64: write v big-endian into
 * the 2, 4 or 8 bytes at p. */
KL_INLINE void kl_store_be16(void *p, uint16_t v)
{
    unsigned char *b = (unsigned char *)p;
    b[0] = (unsigned char)(v >> 8);
    b[1] = (unsigned char)v;
}

KL_INLINE void kl_store_be32(void *p, uint32_t v)
{
    unsigned char *b = (unsigned char *)p;
    b[0] = (unsigned char)(v >> 24);
    b[1] = (unsigned char)(v >> 16);
    b[2] = (unsigned char)(v >> 8);
    b[3] = (unsigned char)v;
}

KL_INLINE void kl_store_be64(void *p, uint64_t v)
{
    kl_store_be32(p, (uint32_t)(v >> 32));
    kl_store_be32((unsigned char *)p + 4, (uint32_t)v);
}

/* ------------------------------------------------------------------------
 * Parsing: the syntax of Rust's from_str_radix.
 *
 * kl_parse_S(kl_str s, unsigned base, T *out) reads all of s as an integer
 * of type T: an optional sign ('+', or '-' for the signed types only),
 * then one or more digits of base (0-9, then a-z or A-Z for 10 to 35),
 * and nothing else: no whitespace, no '_', no prefix.  base is 2 to 36,
 * or 0: then "0x"/"0X", "0o"/"0O" or "0b"/"0B" after the sign selects
 * base 16, 8 or 2 (digits must follow), and anything else is decimal.
 *
 * Returns 0 with the value in *out; or, with *out untouched, KL_EINVAL
 * for an empty s, a lone sign or a character that is not a digit, and
 * KL_ERANGE when the value does not fit T.  The first fault from the left
 * decides, as in Rust: "999x" is KL_ERANGE for an int8_t (the third digit
 * overflows before the 'x' is seen), KL_EINVAL for an int16_t.  ("-0" is
 * 0 for the signed types and KL_EINVAL for the unsigned ones.)
 *
 * Panics if base is neither 0 nor within 2..36.
 */

/* kl_parse_i8, kl_parse_i16, kl_parse_i32, kl_parse_i64: a signed integer
 * (see above). */
KL_API KL_NODISCARD kl_err kl_parse_i8(kl_str s, unsigned base, int8_t *out);
KL_API KL_NODISCARD kl_err kl_parse_i16(kl_str s, unsigned base, int16_t *out);
KL_API KL_NODISCARD kl_err kl_parse_i32(kl_str s, unsigned base, int32_t *out);
KL_API KL_NODISCARD kl_err kl_parse_i64(kl_str s, unsigned base, int64_t *out);

/* kl_parse_u8, kl_parse_u16, kl_parse_u32, kl_parse_u64, kl_parse_usize:
 * an unsigned integer (see above; a '-' is KL_EINVAL). */
KL_API KL_NODISCARD kl_err kl_parse_u8(kl_str s, unsigned base, uint8_t *out);
KL_API KL_NODISCARD kl_err kl_parse_u16(kl_str s, unsigned base, uint16_t *out);
KL_API KL_NODISCARD kl_err kl_parse_u32(kl_str s, unsigned base, uint32_t *out);
KL_API KL_NODISCARD kl_err kl_parse_u64(kl_str s, unsigned base, uint64_t *out);
KL_API KL_NODISCARD kl_err kl_parse_usize(kl_str s, unsigned base, size_t *out);

/* ------------------------------------------------------------------------
 * Formatting. */

/* kl_fmt_u64: write v in base (2 to 36; digits 0-9 then a-z) into buf,
 * which has room for KL_FMT_INT_BUFSZ bytes; no NUL.  Returns the number
 * of bytes written.  Panics if base is outside 2..36. */
KL_API size_t kl_fmt_u64(char *buf, uint64_t v, unsigned base);

/* kl_fmt_i64: as kl_fmt_u64, with a leading '-' for a negative v. */
KL_API size_t kl_fmt_i64(char *buf, int64_t v, unsigned base);

KL_END_DECLS

#endif /* KEEL_NUM_H */
