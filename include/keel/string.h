/* keel/string.h -- owned, growable UTF-8 strings.  Layer: alloc.
 *
 * A kl_string owns len bytes of well-formed UTF-8 in a block of cap bytes
 * from its allocator (NULL = the global one).  It is always well-formed:
 * every function that takes bytes from outside (a kl_str) checks them and
 * returns KL_EILSEQ for ill-formed UTF-8, leaving the string as it was;
 * byte offsets into a string must be character boundaries, or the call
 * panics (as Rust's String does).  The bytes are not NUL-terminated.
 *
 * Every allocating call returns KL_ENOMEM when the allocator fails (or the
 * size would overflow) and then leaves the string exactly as it was --
 * contents, length, capacity and block.  The functions that make a new
 * string (kl_string_from_str, _replace, _join, _repeat, _to_upper ...)
 * initialise *out over the allocator given; on any error *out is an empty
 * string that holds no memory.
 *
 *     kl_string s = KL_STRING_INIT;
 *     if (kl_string_push_str(&s, KL_STR("straße")) != KL_OK) ...
 *     kl_string up;
 *     if (kl_string_to_upper(&up, NULL, kl_string_as_str(&s)) == KL_OK)
 *         ... up holds "STRASSE" ...
 *     kl_string_free(&up);
 *     kl_string_free(&s);
 */
#ifndef KEEL_STRING_H
#define KEEL_STRING_H

#include <stdarg.h>

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>
#include <keel/str.h>
#include <keel/vec.h>

/* kl_string: len bytes of well-formed UTF-8 at ptr, in a block of cap
 * bytes from alloc (NULL = the global allocator); ptr is NULL when cap is
 * 0.  Read the fields; change them only through the functions here. */
typedef struct kl_string {
    char *ptr;
    size_t len;
    size_t cap;
    kl_allocator *alloc;
} kl_string;

/* KL_STRING_INIT: an empty string over the global allocator. */
#define KL_STRING_INIT { NULL, 0, 0, NULL }

KL_BEGIN_DECLS

/* kl_str_vec: a vector of kl_str (keel/vec.h), what kl_string_split
 * fills. */
KL_VEC_DEFINE(kl_str_vec, kl_str)

/* ---------------------------------------------------------------------
 * Making and freeing. */

/* kl_string_init: an empty string over alloc (NULL = global); allocates
 * nothing. */
KL_API void kl_string_init(kl_string *s, kl_allocator *alloc);

/* kl_string_free: give back s's block; s is then empty (over the same
 * allocator) and reusable. */
KL_API void kl_string_free(kl_string *s);

/* kl_string_from_str: a new string over alloc holding a copy of src.
 * KL_EILSEQ if src is not well-formed UTF-8, KL_ENOMEM. */
KL_API KL_NODISCARD kl_err kl_string_from_str(kl_string *out, kl_allocator *alloc,
                                              kl_str src);

/* kl_string_from_utf8_lossy: a new string over alloc holding the n bytes
 * at src with each maximal subpart of an ill-formed sequence replaced by
 * U+FFFD (kl_utf8_lossy's conversion).  KL_ENOMEM only. */
KL_API KL_NODISCARD kl_err kl_string_from_utf8_lossy(kl_string *out, kl_allocator *alloc,
                                                     const void *src, size_t n);

/* kl_string_as_str: the contents of s as a slice (valid until s
 * changes). */
KL_INLINE kl_str kl_string_as_str(const kl_string *s)
{
    kl_str r = { s->ptr, s->len };
    return r;
}

/* kl_string_is_char_boundary: true if byte offset i of s is the start of
 * a character or s->len; false inside a character or past the end. */
KL_INLINE bool kl_string_is_char_boundary(const kl_string *s, size_t i)
{
    if (i >= s->len)
        return i == s->len;
    return ((unsigned char)s->ptr[i] & 0xC0) != 0x80;
}

/* ---------------------------------------------------------------------
 * Capacity. */

/* kl_string_reserve: make room for at least `additional` more bytes
 * (growing to at least twice the capacity, so appends are amortised O(1)).
 * KL_ENOMEM leaves s unchanged. */
KL_API KL_NODISCARD kl_err kl_string_reserve(kl_string *s, size_t additional);

/* kl_string_shrink: make the capacity equal the length (freeing the block
 * of an empty string).  KL_ENOMEM (the allocator would not shrink the
 * block) leaves s unchanged. */
KL_API KL_NODISCARD kl_err kl_string_shrink(kl_string *s);

/* ---------------------------------------------------------------------
 * Editing.  Offsets are in bytes. */

/* kl_string_push: append the character c.  KL_ENOMEM.  Panics if c is a
 * surrogate or above 0x10FFFF. */
KL_API KL_NODISCARD kl_err kl_string_push(kl_string *s, uint32_t c);

/* kl_string_push_str: append the bytes of t.  KL_EILSEQ if t is not
 * well-formed UTF-8, KL_ENOMEM. */
KL_API KL_NODISCARD kl_err kl_string_push_str(kl_string *s, kl_str t);

/* kl_string_insert: insert the character c at byte offset i.  KL_ENOMEM.
 * Panics if i is not a character boundary of s (or past its end), or if c
 * is not a scalar value. */
KL_API KL_NODISCARD kl_err kl_string_insert(kl_string *s, size_t i, uint32_t c);

/* kl_string_insert_str: insert the bytes of t at byte offset i.
 * KL_EILSEQ if t is not well-formed UTF-8, KL_ENOMEM.  Panics if i is not
 * a character boundary of s. */
KL_API KL_NODISCARD kl_err kl_string_insert_str(kl_string *s, size_t i, kl_str t);

/* kl_string_remove: remove the character that starts at byte offset i
 * and return it.  Panics if i is not a character boundary or is s->len or
 * more. */
KL_API uint32_t kl_string_remove(kl_string *s, size_t i);

/* kl_string_pop: remove the last character, storing it in *c unless c is
 * NULL; false if s is empty. */
KL_API bool kl_string_pop(kl_string *s, uint32_t *c);

/* kl_string_truncate: shorten s to new_len bytes; nothing if new_len >=
 * s->len.  The capacity stays.  Panics if new_len < s->len is not a
 * character boundary. */
KL_API void kl_string_truncate(kl_string *s, size_t new_len);

/* kl_string_clear: make s empty, keeping its capacity. */
KL_API void kl_string_clear(kl_string *s);

/* kl_string_trim: remove s's leading and trailing Unicode White_Space in
 * place (what kl_str_trim removes); the capacity stays.
 * kl_str_trim(kl_string_as_str(s)) gives the trimmed slice instead. */
KL_API void kl_string_trim(kl_string *s);

/* ---------------------------------------------------------------------
 * Formatting. */

/* kl_string_fmt: append the printf-style formatting of fmt and its
 * arguments (keel/fmt.h's kl_fmt, floats included) to s.  On any error s
 * is unchanged: KL_ENOMEM; KL_EINVAL for a format keel does not know;
 * KL_EILSEQ if the output would not be well-formed UTF-8 (a %s of other
 * bytes, a %c above 0x7F).  Formats at most twice: once into the spare
 * capacity, and when that was too small again after growing. */
KL_API KL_NODISCARD kl_err kl_string_fmt(kl_string *s, const char *fmt, ...)
    KL_PRINTF(2, 3);

/* kl_string_vfmt: kl_string_fmt with a va_list. */
KL_API KL_NODISCARD kl_err kl_string_vfmt(kl_string *s, const char *fmt, va_list ap)
    KL_PRINTF(2, 0);

/* ---------------------------------------------------------------------
 * Replacing, splitting, joining, repeating. */

/* kl_string_replace: a new string over alloc: src with every occurrence
 * of from replaced by to, left to right without overlap (Rust's
 * str::replace).  The empty from matches at every character boundary
 * ("ab" -> "-a-b-" for to "-").  KL_EILSEQ if src, from or to is not
 * well-formed UTF-8; KL_ENOMEM.  *out is overwritten, not freed: pass a
 * string that holds no block (to replace within a string, use
 * kl_string_replace_in_place). */
KL_API KL_NODISCARD kl_err kl_string_replace(kl_string *out, kl_allocator *alloc, kl_str src,
                                             kl_str from, kl_str to);

/* kl_string_replace_in_place: kl_string_replace of s's contents, stored
 * back in s.  On KL_EILSEQ or KL_ENOMEM s is unchanged.  (It builds the
 * result in a new block, then frees the old one.) */
KL_API KL_NODISCARD kl_err kl_string_replace_in_place(kl_string *s, kl_str from, kl_str to);

/* kl_string_split: append to out the pieces of s between the occurrences
 * of sep, with kl_str_split's (Rust's str::split's) rules; the pieces
 * point into s.  KL_ENOMEM leaves out unchanged (it is grown once, to
 * hold them all). */
KL_API KL_NODISCARD kl_err kl_string_split(kl_str_vec *out, kl_str s, kl_str sep);

/* kl_string_join: a new string over alloc: the n parts with sep between
 * each two (Rust's [&str]::join).  KL_EILSEQ if a part or sep is not
 * well-formed UTF-8; KL_ENOMEM (also when the length overflows). */
KL_API KL_NODISCARD kl_err kl_string_join(kl_string *out, kl_allocator *alloc,
                                          const kl_str *parts, size_t n, kl_str sep);

/* kl_string_repeat: a new string over alloc: src n times.  KL_EILSEQ if
 * src is not well-formed UTF-8; KL_ENOMEM (also when the length
 * overflows). */
KL_API KL_NODISCARD kl_err kl_string_repeat(kl_string *out, kl_allocator *alloc, kl_str src,
                                            size_t n);

/* ---------------------------------------------------------------------
 * Case conversion: Unicode's full mappings, as Rust's str::to_uppercase
 * and to_lowercase and Python's str.upper and str.lower do: each
 * character through kl_unicode_to_upper_full (to_lower_full), so 'ß'
 * becomes "SS" and 'ﬁ' "FI"; in lowercasing, U+03A3 'Σ' becomes U+03C2
 * 'ς' in the Final_Sigma context of Unicode's section 3.13 (preceded by a
 * cased letter and case-ignorable characters, not followed by
 * case-ignorable characters and a cased letter: "ΟΔΟΣ" -> "οδος" but
 * "Σ" alone -> "σ"), else U+03C3 'σ'.  No language-specific rules
 * (Turkish, Lithuanian).  The context is src alone, not what precedes it
 * in s. */

/* kl_string_to_upper, kl_string_to_lower: a new string over alloc, src
 * converted.  KL_EILSEQ if src is not well-formed UTF-8; KL_ENOMEM. */
KL_API KL_NODISCARD kl_err kl_string_to_upper(kl_string *out, kl_allocator *alloc,
                                              kl_str src);
KL_API KL_NODISCARD kl_err kl_string_to_lower(kl_string *out, kl_allocator *alloc,
                                              kl_str src);

/* kl_string_push_upper, kl_string_push_lower: append src converted to s
 * (src may be part of s).  KL_EILSEQ, KL_ENOMEM: s unchanged. */
KL_API KL_NODISCARD kl_err kl_string_push_upper(kl_string *s, kl_str src);
KL_API KL_NODISCARD kl_err kl_string_push_lower(kl_string *s, kl_str src);

KL_END_DECLS

#endif /* KEEL_STRING_H */
