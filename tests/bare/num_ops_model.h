/* tests/bare/num_ops_model.h -- keel/num.h's arithmetic against a model
 * computed exactly in a wider type.
 *
 * The includer defines `wide` (a signed type) and `uwide` (its unsigned
 * twin), wider than every width it checks: int64_t for the widths up to
 * 32 bits (tests/bare/num_ops.c, which runs on 32-bit ARM too) and
 * __int128 for the 64-bit ones (tests/hosted/num_ops_wide.c).  The model
 * computes each exact mathematical result in `wide`, then derives every
 * family from it by definition: checked = the exact value if it fits;
 * wrapping = the exact value modulo 2^width; saturating = the exact value
 * clamped; overflowing = (wrapping, does it not fit).  The only operation
 * whose exact result can leave `wide` is unsigned multiplication, which
 * the model does in `uwide` (a product of two w-bit numbers has 2w bits).
 */
#ifndef KEEL_TESTS_NUM_OPS_MODEL_H
#define KEEL_TESTS_NUM_OPS_MODEL_H

#include <keel/num.h>

static uint64_t model_rng = 0x9e3779b97f4a7c15u;

static uint64_t model_next(void)
{
    /* splitmix64 */
    uint64_t z = (model_rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Raw bits biased to the edges of a `bits`-wide integer: 0, 1, 2, all
 * ones (-1 or MAX), the top bit alone (MIN or 2^(w-1)), the top bit's
 * neighbours (MAX, MIN + 1 ...), small values either side of 0, values of
 * every magnitude. */
static uint64_t model_pick(unsigned bits)
{
    uint64_t top = (uint64_t)1 << (bits - 1);
    uint64_t r = model_next();
    switch (r % 8) {
    case 0: {
        static const uint64_t small[] = { 0, 1, 2, 3, 7, 10, 100 };
        return small[(r >> 8) % 7];
    }
    case 1: return 0 - ((r >> 8) % 4); /* 0, -1, -2, -3 */
    case 2: return top + ((r >> 8) % 3) - 1; /* MAX, MIN, MIN + 1 */
    case 3: return (top >> ((r >> 8) % bits)) - ((r >> 16) % 2);
    case 4: return 0 - (model_next() >> ((r >> 8) % 64));
    default: return model_next() >> ((r >> 8) % 64);
    }
}

/* Shift amounts: every amount below the width and a little past it, and
 * large ones. */
static unsigned model_shift(unsigned bits)
{
    uint64_t r = model_next();
    if (r % 4 != 0)
        return (unsigned)((r >> 8) % (bits + 3));
    static const unsigned big[] = { 63, 64, 65, 127, 128, 255, 1000, 0xffffffffu };
    return big[(r >> 8) % 8] + (unsigned)(r >> 16) % 2 * (bits - 1);
}

/* x modulo 2^bits, as a signed (wrap_s) or unsigned (wrap_u) value of
 * that width. */
static wide wrap_s(wide x, unsigned bits)
{
    uwide m = (uwide)1 << bits;
    uwide u = (uwide)x & (m - 1);
    return u >= m / 2 ? (wide)u - (wide)m : (wide)u;
}

static wide wrap_u(wide x, unsigned bits)
{
    return (wide)((uwide)x & (((uwide)1 << bits) - 1));
}

static wide clamp(wide x, wide lo, wide hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* floor(a / 2^s), by division (not by shifting). */
static wide floor_shr(wide a, unsigned s)
{
    wide d = (wide)1 << s;
    wide q = a / d;
    return a % d != 0 && a < 0 ? q - 1 : q;
}

#define MODEL_UNPAREN(...) __VA_ARGS__

/* MODEL_EXPECT(cond, ...): fail with the message unless cond.  (Check's
 * ck_assert_msg records its location on every call, a write to a file:
 * too slow for millions of checks.) */
#define MODEL_EXPECT(cond, ...)                                                \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg(__VA_ARGS__);                                         \
    } while (0)

/* Check the four families of op on S with arguments ARGS (parenthesised):
 * checked succeeds iff OK, with value CV; wrapping gives WV; saturating
 * SV; overflowing (WV, OF). */
#define MODEL_CHECK(S, T, op, ARGS, OK, CV, WV, SV, OF)                          \
    do {                                                                       \
        T sentinel_ = (T)0x5a, r_ = sentinel_;                                 \
        bool ok_ = kl_checked_##op##_##S(MODEL_UNPAREN ARGS, &r_);             \
        MODEL_EXPECT(ok_ == (OK) && r_ == ((OK) ? (T)(CV) : sentinel_),       \
                      "kl_checked_" #op "_" #S "(a=%#llx, b=%#llx, shift=%u): %d %#llx", \
                      (unsigned long long)a, (unsigned long long)b, sh, ok_,       \
                      (unsigned long long)r_);                                 \
        T w_ = kl_wrapping_##op##_##S ARGS;                                    \
        MODEL_EXPECT(w_ == (T)(WV), "kl_wrapping_" #op "_" #S                 \
                      "(a=%#llx, b=%#llx, shift=%u): %#llx, want %#llx",                 \
                      (unsigned long long)a, (unsigned long long)b, sh,            \
                      (unsigned long long)w_, (unsigned long long)(T)(WV));    \
        T s_ = kl_saturating_##op##_##S ARGS;                                  \
        MODEL_EXPECT(s_ == (T)(SV), "kl_saturating_" #op "_" #S               \
                      "(a=%#llx, b=%#llx, shift=%u): %#llx, want %#llx",                 \
                      (unsigned long long)a, (unsigned long long)b, sh,            \
                      (unsigned long long)s_, (unsigned long long)(T)(SV));    \
        bool of_ = !(OF);                                                      \
        T o_ = kl_overflowing_##op##_##S(MODEL_UNPAREN ARGS, &of_);            \
        MODEL_EXPECT(o_ == (T)(WV) && of_ == (OF), "kl_overflowing_" #op "_" #S \
                      "(a=%#llx, b=%#llx, shift=%u): %#llx %d",                          \
                      (unsigned long long)a, (unsigned long long)b, sh,            \
                      (unsigned long long)o_, of_);                            \
        model_checked++;                                                       \
    } while (0)

/* The same, from the exact result E and the range [LO, HI]. */
#define MODEL_CHECK_EXACT(S, T, op, ARGS, E, LO, HI, WRAP)                     \
    do {                                                                       \
        wide e_ = (E);                                                         \
        bool fits_ = e_ >= (LO) && e_ <= (HI);                                 \
        MODEL_CHECK(S, T, op, ARGS, fits_, e_, WRAP(e_, bits), clamp(e_, LO, HI), !fits_); \
    } while (0)

static long model_checked;

/* MODEL_SIGNED(S, T, MIN, MAX): check_S(a, b, shift) compares every
 * operation of signed S on these operands with the model. */
#define MODEL_SIGNED(S, T, MIN, MAX)                                           \
    static void check_##S(T a, T b, unsigned sh)                               \
    {                                                                          \
        const unsigned bits = sizeof(T) * 8;                                   \
        const wide lo = (MIN), hi = (MAX);                                     \
        MODEL_CHECK_EXACT(S, T, add, (a, b), (wide)a + (wide)b, lo, hi, wrap_s); \
        MODEL_CHECK_EXACT(S, T, sub, (a, b), (wide)a - (wide)b, lo, hi, wrap_s); \
        MODEL_CHECK_EXACT(S, T, mul, (a, b), (wide)a * (wide)b, lo, hi, wrap_s); \
        MODEL_CHECK_EXACT(S, T, neg, (a), -(wide)a, lo, hi, wrap_s);           \
        if (b != 0) {                                                          \
            MODEL_CHECK_EXACT(S, T, div, (a, b), (wide)a / (wide)b, lo, hi, wrap_s); \
            /* The remainder always fits, but Rust calls MIN % -1 an   \
             * overflow (the division behind it overflows). */                 \
            wide rem = (wide)a % (wide)b;                                      \
            bool bad = a == (MIN) && b == -1;                                  \
            MODEL_CHECK(S, T, rem, (a, b), !bad, rem, rem, rem, bad);          \
        } else {                                                               \
            T r = 7;                                                           \
            MODEL_EXPECT(!kl_checked_div_##S(a, b, &r) && r == 7, "div by 0");  \
            MODEL_EXPECT(!kl_checked_rem_##S(a, b, &r) && r == 7, "rem by 0");  \
        }                                                                      \
        /* Shifts: checked, wrapping and overflowing shift by sh % width   \
         * (failing for sh >= width); saturating is exact, clamped. */         \
        unsigned m = sh % bits;                                                \
        bool in = sh < bits;                                                   \
        wide shl = wrap_s((wide)a * ((wide)1 << m), bits);                     \
        wide sat_shl = a == 0 ? 0 : !in ? (a < 0 ? lo : hi)                    \
                                         : clamp((wide)a * ((wide)1 << sh), lo, hi); \
        MODEL_CHECK(S, T, shl, (a, sh), in, shl, shl, sat_shl, !in);           \
        wide shr = floor_shr(a, m);                                            \
        wide sat_shr = !in ? (a < 0 ? -1 : 0) : floor_shr(a, sh);              \
        MODEL_CHECK(S, T, shr, (a, sh), in, shr, shr, sat_shr, !in);           \
    }

/* MODEL_UNSIGNED(S, T, MAX): the same for unsigned S. */
#define MODEL_UNSIGNED(S, T, MAX)                                              \
    static void check_##S(T a, T b, unsigned sh)                               \
    {                                                                          \
        const unsigned bits = sizeof(T) * 8;                                   \
        const wide lo = 0, hi = (wide)(MAX);                                   \
        MODEL_CHECK_EXACT(S, T, add, (a, b), (wide)a + (wide)b, lo, hi, wrap_u); \
        MODEL_CHECK_EXACT(S, T, sub, (a, b), (wide)a - (wide)b, lo, hi, wrap_u); \
        uwide p = (uwide)a * (uwide)b;                                         \
        bool pfits = p <= (uwide)(MAX);                                        \
        MODEL_CHECK(S, T, mul, (a, b), pfits, p, p & (uwide)(MAX),             \
                    pfits ? p : (uwide)(MAX), !pfits);                         \
        MODEL_CHECK_EXACT(S, T, neg, (a), -(wide)a, lo, hi, wrap_u);           \
        if (b != 0) {                                                          \
            MODEL_CHECK_EXACT(S, T, div, (a, b), (wide)a / (wide)b, lo, hi, wrap_u); \
            MODEL_CHECK_EXACT(S, T, rem, (a, b), (wide)a % (wide)b, lo, hi, wrap_u); \
        } else {                                                               \
            T r = 7;                                                           \
            MODEL_EXPECT(!kl_checked_div_##S(a, b, &r) && r == 7, "div by 0");  \
            MODEL_EXPECT(!kl_checked_rem_##S(a, b, &r) && r == 7, "rem by 0");  \
        }                                                                      \
        unsigned m = sh % bits;                                                \
        bool in = sh < bits;                                                   \
        wide shl = wrap_u((wide)a * ((wide)1 << m), bits);                     \
        wide sat_shl = a == 0 ? 0 : !in ? hi : clamp((wide)a * ((wide)1 << sh), lo, hi); \
        MODEL_CHECK(S, T, shl, (a, sh), in, shl, shl, sat_shl, !in);           \
        wide shr = floor_shr(a, m);                                            \
        wide sat_shr = !in ? 0 : floor_shr(a, sh);                             \
        MODEL_CHECK(S, T, shr, (a, sh), in, shr, shr, sat_shr, !in);           \
    }

/* MODEL_RANDOM(S, T, n): n random operand triples through check_S. */
#define MODEL_RANDOM(S, T, n)                                                  \
    do {                                                                       \
        const unsigned bits_ = sizeof(T) * 8;                                  \
        for (long i_ = 0; i_ < (n); i_++)                                      \
            check_##S((T)model_pick(bits_), (T)model_pick(bits_), model_shift(bits_)); \
    } while (0)

/* MODEL_EDGES(S, T): every pair of edge values, every shift to 2 widths. */
#define MODEL_EDGES(S, T, ...)                                                 \
    do {                                                                       \
        const T edges_[] = { __VA_ARGS__ };                                    \
        const unsigned bits_ = sizeof(T) * 8;                                  \
        for (size_t i_ = 0; i_ < KL_ARRAY_LEN(edges_); i_++)                   \
            for (size_t j_ = 0; j_ < KL_ARRAY_LEN(edges_); j_++)               \
                check_##S(edges_[i_], edges_[j_], (unsigned)(i_ * 7 + j_) % (2 * bits_ + 1)); \
    } while (0)

#endif /* KEEL_TESTS_NUM_OPS_MODEL_H */
