/* keel/str.h -- string slices.  Layer: bare.
 *
 * A kl_str is a borrowed run of bytes: a pointer and a length, no NUL
 * needed, never owning its bytes.  Print one with "%.*s", KL_STR_ARG(s).
 */
#ifndef KEEL_STR_H
#define KEEL_STR_H

#include <keel/base.h>

/* kl_str: len bytes at ptr (ptr may be NULL only when len is 0). */
typedef struct kl_str {
    const char *ptr;
    size_t len;
} kl_str;

/* KL_STR("literal"): the slice of a string literal, without its NUL. */
#define KL_STR(lit) ((kl_str){ "" lit, sizeof(lit) - 1 })

/* KL_STR_ARG(s): the two printf arguments for "%.*s".  s must be shorter
 * than INT_MAX bytes. */
#define KL_STR_ARG(s) (int)(s).len, (s).ptr

KL_BEGIN_DECLS

/* kl_str_from: the slice of len bytes at ptr. */
KL_INLINE kl_str kl_str_from(const char *ptr, size_t len)
{
    kl_str s = { ptr, len };
    return s;
}

/* kl_str_from_cstr: the slice of the NUL-terminated string cstr, without
 * the NUL.  Panics if cstr is NULL. */
KL_API kl_str kl_str_from_cstr(const char *cstr);

/* kl_str_eq: true if a and b hold the same bytes. */
KL_API bool kl_str_eq(kl_str a, kl_str b);

KL_END_DECLS

#endif /* KEEL_STR_H */
