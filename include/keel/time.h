/* keel/time.h -- durations.  Layer: bare (clocks and sleeping come with
 * the hosted layer).
 *
 * A kl_duration is a span of time as a count of nanoseconds in a uint64_t.
 * Rust's Duration is u64 seconds plus u32 nanoseconds (12 bytes of data,
 * 16 with padding, a range of 585 billion years); keel takes one u64
 * instead: half the size, arithmetic and comparison in single integer
 * operations (on a 32-bit core too, where the pair needs a carry
 * normalisation per operation), storable in one 64-bit atomic, and a range
 * of 584 years (KL_DURATION_MAX is 18446744073.709551615 s), more than any
 * timeout or uptime needs.  What does not fit is an error in the checked
 * operations, the limit in the saturating ones, and a panic in the
 * constructors (their argument is the caller's constant, not input).
 *
 * Checked operations return 0 and store the result, or return
 * KL_EOVERFLOW (result above KL_DURATION_MAX or below zero) or KL_EDOM
 * (division by zero) and leave *out alone.
 *
 * Text: kl_duration_fmt and kl_duration_write print as Rust's Debug for
 * Duration does: the largest unit of s, ms, µs, ns in which the value is
 * at least 1, then the fraction without trailing zeros: "1.5s", "250ms",
 * "3µs" (U+00B5, two bytes of UTF-8), "1.000001ms", "0ns".
 */
#ifndef KEEL_TIME_H
#define KEEL_TIME_H

#include <keel/base.h>
#include <keel/error.h>
#include <keel/io.h>
#include <keel/panic.h>

/* kl_duration: a non-negative span of time in nanoseconds. */
typedef struct kl_duration {
    uint64_t ns;
} kl_duration;

#define KL_NSEC_PER_SEC UINT64_C(1000000000)
#define KL_NSEC_PER_MSEC UINT64_C(1000000)
#define KL_NSEC_PER_USEC UINT64_C(1000)

/* KL_DURATION_ZERO, KL_DURATION_MAX: the shortest and longest durations. */
#define KL_DURATION_ZERO KL_LITERAL(kl_duration, 0)
#define KL_DURATION_MAX KL_LITERAL(kl_duration, UINT64_MAX)

/* KL_DURATION_MAX_SECS: the most whole seconds a duration holds. */
#define KL_DURATION_MAX_SECS (UINT64_MAX / KL_NSEC_PER_SEC)

/* KL_DURATION_BUFSZ: a buffer of this many bytes holds any text of
 * kl_duration_fmt ("18446744073.709551615s"). */
#define KL_DURATION_BUFSZ 22

KL_BEGIN_DECLS

/* kl_duration_from_nanos: ns nanoseconds. */
KL_INLINE kl_duration kl_duration_from_nanos(uint64_t ns)
{
    kl_duration d = { ns };
    return d;
}

/* Multiply n by unit, panicking (in the name of fn) on overflow. */
KL_INLINE kl_duration kl__duration_scale(uint64_t n, uint64_t unit, const char *fn)
{
    if (n > UINT64_MAX / unit)
        kl_panic("%s: %llu is too large for a kl_duration", fn, (unsigned long long)n);
    return kl_duration_from_nanos(n * unit);
}

/* kl_duration_from_micros, kl_duration_from_millis, kl_duration_from_secs:
 * n microseconds, milliseconds, seconds.  Panic if the result exceeds
 * KL_DURATION_MAX (for seconds: n > KL_DURATION_MAX_SECS); the checked
 * way is kl_duration_checked_mul(kl_duration_from_secs(1), n, &out). */
KL_INLINE kl_duration kl_duration_from_micros(uint64_t n)
{
    return kl__duration_scale(n, KL_NSEC_PER_USEC, "kl_duration_from_micros");
}

KL_INLINE kl_duration kl_duration_from_millis(uint64_t n)
{
    return kl__duration_scale(n, KL_NSEC_PER_MSEC, "kl_duration_from_millis");
}

KL_INLINE kl_duration kl_duration_from_secs(uint64_t n)
{
    return kl__duration_scale(n, KL_NSEC_PER_SEC, "kl_duration_from_secs");
}

/* kl_duration_new: secs seconds plus nanos nanoseconds (nanos may exceed a
 * second).  Panics if the sum exceeds KL_DURATION_MAX. */
KL_INLINE kl_duration kl_duration_new(uint64_t secs, uint32_t nanos)
{
    kl_duration d = kl__duration_scale(secs, KL_NSEC_PER_SEC, "kl_duration_new");
    if (d.ns > UINT64_MAX - nanos)
        kl_panic("kl_duration_new: %llu s + %lu ns is too large for a kl_duration",
                 (unsigned long long)secs, (unsigned long)nanos);
    d.ns += nanos;
    return d;
}

/* kl_duration_as_secs, _as_millis, _as_micros, _as_nanos: d in whole
 * units (rounded down). */
KL_INLINE uint64_t kl_duration_as_secs(kl_duration d)
{
    return d.ns / KL_NSEC_PER_SEC;
}

KL_INLINE uint64_t kl_duration_as_millis(kl_duration d)
{
    return d.ns / KL_NSEC_PER_MSEC;
}

KL_INLINE uint64_t kl_duration_as_micros(kl_duration d)
{
    return d.ns / KL_NSEC_PER_USEC;
}

KL_INLINE uint64_t kl_duration_as_nanos(kl_duration d)
{
    return d.ns;
}

/* kl_duration_subsec_nanos, _subsec_micros, _subsec_millis: the part of d
 * below a whole second, in whole units (rounded down). */
KL_INLINE uint32_t kl_duration_subsec_nanos(kl_duration d)
{
    return (uint32_t)(d.ns % KL_NSEC_PER_SEC);
}

KL_INLINE uint32_t kl_duration_subsec_micros(kl_duration d)
{
    return kl_duration_subsec_nanos(d) / 1000u;
}

KL_INLINE uint32_t kl_duration_subsec_millis(kl_duration d)
{
    return kl_duration_subsec_nanos(d) / 1000000u;
}

/* kl_duration_is_zero: true if d is zero. */
KL_INLINE bool kl_duration_is_zero(kl_duration d)
{
    return d.ns == 0;
}

/* kl_duration_cmp: negative, zero or positive as a is shorter than, equal
 * to or longer than b. */
KL_INLINE int kl_duration_cmp(kl_duration a, kl_duration b)
{
    return (a.ns > b.ns) - (a.ns < b.ns);
}

/* kl_duration_eq: true if a and b are equal. */
KL_INLINE bool kl_duration_eq(kl_duration a, kl_duration b)
{
    return a.ns == b.ns;
}

/* kl_duration_checked_add: a + b; KL_EOVERFLOW past KL_DURATION_MAX. */
KL_INLINE KL_NODISCARD kl_err kl_duration_checked_add(kl_duration a, kl_duration b,
                                                      kl_duration *out)
{
    uint64_t r;
    if (__builtin_add_overflow(a.ns, b.ns, &r))
        return KL_EOVERFLOW;
    out->ns = r;
    return KL_OK;
}

/* kl_duration_checked_sub: a - b; KL_EOVERFLOW when b is longer than a. */
KL_INLINE KL_NODISCARD kl_err kl_duration_checked_sub(kl_duration a, kl_duration b,
                                                      kl_duration *out)
{
    if (b.ns > a.ns)
        return KL_EOVERFLOW;
    out->ns = a.ns - b.ns;
    return KL_OK;
}

/* kl_duration_checked_mul: d * k; KL_EOVERFLOW past KL_DURATION_MAX. */
KL_INLINE KL_NODISCARD kl_err kl_duration_checked_mul(kl_duration d, uint64_t k,
                                                      kl_duration *out)
{
    uint64_t r;
    if (__builtin_mul_overflow(d.ns, k, &r))
        return KL_EOVERFLOW;
    out->ns = r;
    return KL_OK;
}

/* kl_duration_checked_div: d / k, rounded down to a nanosecond; KL_EDOM
 * when k is 0. */
KL_INLINE KL_NODISCARD kl_err kl_duration_checked_div(kl_duration d, uint64_t k,
                                                      kl_duration *out)
{
    if (k == 0)
        return KL_EDOM;
    out->ns = d.ns / k;
    return KL_OK;
}

/* kl_duration_saturating_add, _sub, _mul: a + b, a - b, d * k, clamped to
 * [KL_DURATION_ZERO, KL_DURATION_MAX]. */
KL_INLINE kl_duration kl_duration_saturating_add(kl_duration a, kl_duration b)
{
    kl_duration r;
    return kl_duration_checked_add(a, b, &r) == KL_OK ? r : KL_DURATION_MAX;
}

KL_INLINE kl_duration kl_duration_saturating_sub(kl_duration a, kl_duration b)
{
    kl_duration r;
    return kl_duration_checked_sub(a, b, &r) == KL_OK ? r : KL_DURATION_ZERO;
}

KL_INLINE kl_duration kl_duration_saturating_mul(kl_duration d, uint64_t k)
{
    kl_duration r;
    return kl_duration_checked_mul(d, k, &r) == KL_OK ? r : KL_DURATION_MAX;
}

/* kl_duration_fmt: write d as Rust's {:?} does ("1.5s", "250ms", "3µs",
 * "0ns"; see the top of this file) to buf, which must have room for
 * KL_DURATION_BUFSZ bytes.  Returns the number of bytes written; no NUL. */
KL_API size_t kl_duration_fmt(char *buf, kl_duration d);

/* kl_duration_write: write d as kl_duration_fmt does to w.  Returns 0 or
 * w's error. */
KL_API KL_NODISCARD kl_err kl_duration_write(kl_writer *w, kl_duration d);

/* kl_duration_write_prec: write d to w with exactly prec digits after the
 * point, as Rust's {:.prec?} does: rounded to nearest, ties to an even
 * last digit (a carry may reach the whole part: 999.9999ms at 2 digits
 * is "1000.00ms"), zeros past the nanosecond.  prec < 0 is kl_duration_write.
 * Returns 0 or w's error. */
KL_API KL_NODISCARD kl_err kl_duration_write_prec(kl_writer *w, kl_duration d, int prec);

KL_END_DECLS

#endif /* KEEL_TIME_H */
