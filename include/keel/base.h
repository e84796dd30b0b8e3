/* keel/base.h -- attributes, KL_CONTAINER_OF, array length.  Layer: bare.
 *
 * Every keel header includes this one.  It needs only the freestanding
 * headers, and gives the macros the rest of keel is written with.
 * Assertions (KL_ASSERT, KL_DEBUG_ASSERT) live in <keel/panic.h>.
 */
#ifndef KEEL_BASE_H
#define KEEL_BASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <keel/config.h>

#ifdef __cplusplus
#define KL_BEGIN_DECLS extern "C" {
#define KL_END_DECLS }
#else
#define KL_BEGIN_DECLS
#define KL_END_DECLS
#endif

/* KL_API marks a public function: exported from the shared library, which
 * is built with -fvisibility=hidden so that nothing else is. */
#if defined(__GNUC__) || defined(__clang__)
#define KL_API __attribute__((visibility("default")))
#else
#define KL_API
#endif

/* KL_NODISCARD: the result must be used (every function returning kl_err). */
#if defined(__GNUC__) || defined(__clang__)
#define KL_NODISCARD __attribute__((warn_unused_result))
#else
#define KL_NODISCARD
#endif

/* KL_NORETURN: the function never returns.  (In C++ the GNU attribute,
 * which may follow KL_API; [[noreturn]] must come first.) */
#if defined(__cplusplus) && (defined(__GNUC__) || defined(__clang__))
#define KL_NORETURN __attribute__((__noreturn__))
#elif defined(__cplusplus)
#define KL_NORETURN [[noreturn]]
#else
#define KL_NORETURN _Noreturn
#endif

/* KL_PRINTF(f, a): argument f is a printf format checked against the
 * arguments from a on (a = 0 for a va_list). */
#if defined(__GNUC__) || defined(__clang__)
#define KL_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define KL_PRINTF(f, a)
#endif

/* KL_LIKELY/KL_UNLIKELY: branch hints for hot paths. */
#if defined(__GNUC__) || defined(__clang__)
#define KL_LIKELY(x) __builtin_expect(!!(x), 1)
#define KL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#else
#define KL_LIKELY(x) (x)
#define KL_UNLIKELY(x) (x)
#endif

/* KL_INLINE: a function defined in a header, inlined where used. */
#define KL_INLINE static inline

/* KL_MAYBE_UNUSED: no warning if this is never used (functions that
 * KL_..._DEFINE macros generate in a program's own file). */
#if defined(__GNUC__) || defined(__clang__)
#define KL_MAYBE_UNUSED __attribute__((unused))
#else
#define KL_MAYBE_UNUSED
#endif

/* KL_GENERATED_INLINE: KL_INLINE for functions a macro generates. */
#define KL_GENERATED_INLINE static inline KL_MAYBE_UNUSED

/* KL_ALIGNOF(T): the alignment of type T (C11 _Alignof, C++11 alignof);
 * KL_ALIGNAS(n): align a declaration to n bytes (C11 _Alignas, C++11
 * alignas).  Generated code uses these so that it compiles as both. */
#ifdef __cplusplus
#define KL_ALIGNOF(T) alignof(T)
#define KL_ALIGNAS(n) alignas(n)
#else
#define KL_ALIGNOF(T) _Alignof(T)
#define KL_ALIGNAS(n) _Alignas(n)
#endif

/* KL_LITERAL(T, ...): a value of struct type T from an initialiser list: a
 * compound literal (T){ ... } in C, a temporary T{ ... } in C++ (which has
 * no compound literals).  The initialisers go in declaration order. */
#ifdef __cplusplus
#define KL_LITERAL(T, ...) (T{ __VA_ARGS__ })
#else
#define KL_LITERAL(T, ...) ((T){ __VA_ARGS__ })
#endif

/* KL__ASSERT_TRIVIAL(T): in C++, a compile error unless T is trivially
 * copyable: keel's containers and sorts move elements as bytes and never
 * run a constructor or destructor.  Nothing in C.  (Written without a
 * trailing semicolon where used.) */
#ifdef __cplusplus
#define KL__ASSERT_TRIVIAL(T)                                                  \
    static_assert(__is_trivially_copyable(T),                                  \
                  "keel moves elements as bytes: " #T                          \
                  " must be trivially copyable");
#else
#define KL__ASSERT_TRIVIAL(T)
#endif

/* KL_ARRAY_LEN(a): the number of elements of array a (not a pointer). */
#define KL_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* KL_CONTAINER_OF(ptr, type, member): the address of the `type` object
 * whose field `member` is at `ptr` (Linux's container_of). */
#define KL_CONTAINER_OF(ptr, type, member)                                     \
    ((type *)(void *)((char *)(ptr) - offsetof(type, member)))

/* KL_STRINGIFY(x): x's tokens as a string literal, after expansion. */
#define KL__STRINGIFY(x) #x
#define KL_STRINGIFY(x) KL__STRINGIFY(x)

KL_BEGIN_DECLS

/* kl_profile: the name of the profile this library was built as: "bare",
 * "alloc", "hosted" or "threaded".  Never NULL. */
KL_API const char *kl_profile(void);

/* kl_version: keel's version as "MAJOR.MINOR.PATCH".  Never NULL. */
KL_API const char *kl_version(void);

KL_END_DECLS

#endif /* KEEL_BASE_H */
