/* src/internal/target.h -- what the compiler and the target CPU offer,
 * decided in one place.  Private: never installed.
 *
 * ARCHITECTURE.md keeps feature tests out of algorithms: a source file
 * asks for KL__TARGET_SSE2 or uses KL__ALWAYS_INLINE, and only this
 * header looks at compiler-defined macros. */
#ifndef KEEL_INTERNAL_TARGET_H
#define KEEL_INTERNAL_TARGET_H

/* KL__TARGET_SSE2: 1 when the compiler targets SSE2 (every x86-64) and
 * offers its byte-mask builtin (pmovmskb) on GCC/Clang 16-byte vectors;
 * 0 otherwise.  The vector code uses the builtins, not <emmintrin.h>,
 * which the freestanding bare layer cannot include. */
#if defined(__SSE2__) && defined(__has_builtin)
#if __has_builtin(__builtin_ia32_pmovmskb128)
#define KL__TARGET_SSE2 1
#endif
#endif
#ifndef KL__TARGET_SSE2
#define KL__TARGET_SSE2 0
#endif

/* KL__TARGET_INT128: 1 when the compiler has unsigned __int128 (64-bit
 * targets: their 64x64->128 multiply and 64-bit bit scans are single
 * instructions), 0 on 32-bit targets such as the Cortex-M. */
#if defined(__SIZEOF_INT128__)
#define KL__TARGET_INT128 1
#else
#define KL__TARGET_INT128 0
#endif

/* KL__TARGET_BIG_ENDIAN: 1 on big-endian targets, 0 on little-endian
 * ones (and where the compiler does not say, as keel assumes little). */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define KL__TARGET_BIG_ENDIAN 1
#else
#define KL__TARGET_BIG_ENDIAN 0
#endif

/* KL__ALWAYS_INLINE: a static function inlined even where -Os would
 * not (hot inner steps of the float parser and the substring search). */
/* KL__HIDDEN: a library-internal declaration with hidden visibility, as
 * its definition has (-fvisibility=hidden), so that position-independent
 * code reaches it directly rather than through the GOT or PLT. */
#if defined(__GNUC__) || defined(__clang__)
#define KL__ALWAYS_INLINE static inline __attribute__((always_inline))
#define KL__HIDDEN __attribute__((visibility("hidden")))
#else
#define KL__ALWAYS_INLINE static inline
#define KL__HIDDEN
#endif

#endif /* KEEL_INTERNAL_TARGET_H */
