/* keel/str.h -- string slices, search, split, UTF-8 and UTF-16.  Layer: bare.
 *
 * A kl_str is a borrowed run of bytes: a pointer and a length, no NUL
 * needed, never owning its bytes.  Print one with "%.*s", KL_STR_ARG(s).
 *
 * Nothing here allocates.  Positions are byte offsets; searches that find
 * nothing return KL_STR_NPOS.  The slice functions work on any bytes; the
 * ones that see characters (trim of Unicode White_Space, chars, lines'
 * and split's view of "") read UTF-8 and say what they do with bytes that
 * are not.  Iterators (kl_str_split, kl_str_lines, kl_str_chars) are small
 * structs on the caller's stack, started by an _init function and
 * advanced by _next until it returns false.
 *
 * A Unicode scalar value (0..0xD7FF, 0xE000..0x10FFFF) travels as a
 * uint32_t.
 */
#ifndef KEEL_STR_H
#define KEEL_STR_H

#include <keel/base.h>
#include <keel/error.h>

/* kl_str: len bytes at ptr (ptr may be NULL only when len is 0). */
typedef struct kl_str {
    const char *ptr;
    size_t len;
} kl_str;

/* KL_STR("literal"): the slice of a string literal, without its NUL. */
#define KL_STR(lit) KL_LITERAL(kl_str, "" lit, sizeof(lit) - 1)

/* KL_STR_ARG(s): the two printf arguments for "%.*s".  s must be shorter
 * than INT_MAX bytes. */
#define KL_STR_ARG(s) (int)(s).len, (s).ptr

/* KL_STR_NPOS: "not found", from the searches. */
#define KL_STR_NPOS SIZE_MAX

/* KL_UTF8_REPLACEMENT: U+FFFD REPLACEMENT CHARACTER, what lossy decoding
 * puts in place of bytes that are not UTF-8. */
#define KL_UTF8_REPLACEMENT 0xFFFDu

struct kl_writer;

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

/* kl_str_sub: the bytes [start, end) of s.  Panics unless
 * start <= end <= s.len. */
KL_API kl_str kl_str_sub(kl_str s, size_t start, size_t end);

/* ---------------------------------------------------------------------
 * Comparison. */

/* kl_str_eq: true if a and b hold the same bytes. */
KL_API bool kl_str_eq(kl_str a, kl_str b);

/* kl_str_cmp: compare a and b lexicographically by unsigned bytes (a
 * proper prefix sorts first).  Returns <0, 0 or >0 as a <, ==, > b;
 * exactly -1, 0 or 1. */
KL_API int kl_str_cmp(kl_str a, kl_str b);

/* kl_str_eq_ignore_ascii_case: kl_str_eq with the ASCII letters A-Z and
 * a-z taken as equal to their other case (other bytes must match
 * exactly). */
KL_API bool kl_str_eq_ignore_ascii_case(kl_str a, kl_str b);

/* kl_str_cmp_ignore_ascii_case: kl_str_cmp of the ASCII-lowercased
 * bytes of a and b: -1, 0 or 1. */
KL_API int kl_str_cmp_ignore_ascii_case(kl_str a, kl_str b);

/* kl_str_to_ascii_upper, kl_str_to_ascii_lower: copy s to buf with the
 * ASCII letters changed to upper (lower) case, every other byte as it is;
 * return the copy, s.len bytes at buf.  buf may be s.ptr itself (in
 * place).  Panics if cap < s.len. */
KL_API kl_str kl_str_to_ascii_upper(kl_str s, char *buf, size_t cap);
KL_API kl_str kl_str_to_ascii_lower(kl_str s, char *buf, size_t cap);

/* ---------------------------------------------------------------------
 * Prefixes, suffixes, trimming. */

/* kl_str_starts_with, kl_str_ends_with: true if s begins (ends) with the
 * bytes of affix; the empty affix always. */
KL_API bool kl_str_starts_with(kl_str s, kl_str prefix);
KL_API bool kl_str_ends_with(kl_str s, kl_str suffix);

/* kl_str_strip_prefix: if s starts with prefix, store the rest of s (after
 * it) in *rest and return true; else return false and leave *rest alone.
 * kl_str_strip_suffix: the same at the end (rest is what precedes it). */
KL_API bool kl_str_strip_prefix(kl_str s, kl_str prefix, kl_str *rest);
KL_API bool kl_str_strip_suffix(kl_str s, kl_str suffix, kl_str *rest);

/* kl_str_trim_ascii, _start, _end: s without its leading and/or trailing
 * ASCII whitespace: the bytes Rust's u8::is_ascii_whitespace takes (space,
 * \t, \n, \f, \r -- not \v). */
KL_API kl_str kl_str_trim_ascii(kl_str s);
KL_API kl_str kl_str_trim_ascii_start(kl_str s);
KL_API kl_str kl_str_trim_ascii_end(kl_str s);

/* kl_str_trim, _start, _end: s without its leading and/or trailing
 * characters of the Unicode White_Space property (Rust's str::trim): the
 * 25 of PropList.txt, U+0009..000D, 0020, 0085, 00A0, 1680, 2000..200A,
 * 2028, 2029, 202F, 205F, 3000.  Trimming stops at the first byte that
 * does not start (end) a well-formed UTF-8 white-space character, so
 * invalid UTF-8 is never trimmed away. */
KL_API kl_str kl_str_trim(kl_str s);
KL_API kl_str kl_str_trim_start(kl_str s);
KL_API kl_str kl_str_trim_end(kl_str s);

/* kl_is_white_space: true if c has the Unicode White_Space property (the
 * list above). */
KL_API bool kl_is_white_space(uint32_t c);

/* ---------------------------------------------------------------------
 * Search.  Every function returns a byte offset into s, or KL_STR_NPOS. */

/* kl_str_find_byte, kl_str_rfind_byte: the first (last) offset of byte c
 * in s (memchr and memrchr, a word at a time). */
KL_API size_t kl_str_find_byte(kl_str s, char c);
KL_API size_t kl_str_rfind_byte(kl_str s, char c);

/* kl_str_find, kl_str_rfind: the offset of the first (last) occurrence of
 * needle in s.  The empty needle is found at 0 (at s.len).  Linear time in
 * the worst case, constant extra space: Crochemore and Perrin's Two-Way
 * algorithm, with skips over windows that cannot match. */
KL_API size_t kl_str_find(kl_str s, kl_str needle);
KL_API size_t kl_str_rfind(kl_str s, kl_str needle);

/* kl_str_find_any, kl_str_rfind_any: the first (last) offset in s of any
 * of the bytes of set (strpbrk); KL_STR_NPOS if set is empty. */
KL_API size_t kl_str_find_any(kl_str s, kl_str set);
KL_API size_t kl_str_rfind_any(kl_str s, kl_str set);

/* kl_str_contains: kl_str_find(s, needle) != KL_STR_NPOS. */
KL_INLINE bool kl_str_contains(kl_str s, kl_str needle)
{
    return kl_str_find(s, needle) != KL_STR_NPOS;
}

/* ---------------------------------------------------------------------
 * Splitting.  The semantics are Rust's str::split, rsplit, split_once,
 * rsplit_once and lines:
 *   "a,b,,c" split ','  -> "a" "b" "" "c"      "" split ','  -> ""
 *   ",a," split ','     -> "" "a" ""
 *   "abc" split ""      -> "" "a" "b" "c" ""   "" split ""   -> "" ""
 * A separator of several bytes is matched left to right without overlap
 * ("aaa" split "aa" -> "" "a"); rsplit matches right to left and yields
 * the pieces last first ("aaa" rsplit "aa" -> "" "a": the match is the
 * last two bytes, and the pieces come after it first).  The empty
 * separator matches at every character boundary: at 0, at s.len and
 * before every byte that is not a UTF-8 continuation byte (10xxxxxx) --
 * for valid UTF-8 exactly Rust's boundaries. */

/* kl_str_split: an iterator over the pieces of a string between its
 * separators.  Fields are private. */
typedef struct kl_str_split {
    kl_str rest;
    kl_str sep;
    unsigned char byte;
    unsigned char flags;
} kl_str_split;

/* kl_str_split_init: iterate over the pieces of s separated by sep, first
 * to last.  kl_str_rsplit_init: last to first.  _byte: the separator is
 * the one byte sep. */
KL_API kl_str_split kl_str_split_init(kl_str s, kl_str sep);
KL_API kl_str_split kl_str_rsplit_init(kl_str s, kl_str sep);
KL_API kl_str_split kl_str_split_byte_init(kl_str s, char sep);
KL_API kl_str_split kl_str_rsplit_byte_init(kl_str s, char sep);

/* kl_str_split_next: store the next piece in *piece and return true, or
 * return false when there are no more (and keep returning false). */
KL_API bool kl_str_split_next(kl_str_split *it, kl_str *piece);

/* kl_str_split_once: if sep occurs in s, store the part before its first
 * occurrence in *before, the part after in *after, and return true; else
 * return false and store nothing.  kl_str_rsplit_once: at the last
 * occurrence.  The empty sep splits at 0 (rsplit_once: at s.len). */
KL_API bool kl_str_split_once(kl_str s, kl_str sep, kl_str *before, kl_str *after);
KL_API bool kl_str_rsplit_once(kl_str s, kl_str sep, kl_str *before, kl_str *after);

/* kl_str_lines: an iterator over the lines of a string, Rust's
 * str::lines: lines end with "\n" or "\r\n", which are not part of the
 * line; a lone "\r" is part of it; the final line may lack an ending, and
 * an ending at the very end makes no empty last line ("a\n" -> "a";
 * "" -> nothing; "\n" -> "").  Fields are private. */
typedef struct kl_str_lines {
    kl_str rest;
} kl_str_lines;

/* kl_str_lines_init: iterate over the lines of s. */
KL_API kl_str_lines kl_str_lines_init(kl_str s);

/* kl_str_lines_next: store the next line in *line and return true, or
 * return false when there are no more. */
KL_API bool kl_str_lines_next(kl_str_lines *it, kl_str *line);

/* ---------------------------------------------------------------------
 * Characters. */

/* kl_str_chars: an iterator over the characters (Unicode scalar values)
 * of UTF-8 text with their byte offsets.  A byte sequence that is not
 * UTF-8 yields U+FFFD once per maximal subpart (as kl_utf8_lossy does),
 * at the subpart's offset.  Fields are private. */
typedef struct kl_str_chars {
    kl_str s;
    size_t pos;
} kl_str_chars;

/* kl_str_chars_init: iterate over the characters of s. */
KL_API kl_str_chars kl_str_chars_init(kl_str s);

/* kl_str_chars_next: store the next character in *c, its byte offset in
 * *offset (if offset is not NULL) and return true; false at the end. */
KL_API bool kl_str_chars_next(kl_str_chars *it, uint32_t *c, size_t *offset);

/* ---------------------------------------------------------------------
 * UTF-8.  Well-formed means what Unicode's Table 3-7 and Rust's
 * str::from_utf8 accept: shortest forms only, no surrogates
 * (U+D800..DFFF), nothing above U+10FFFF. */

/* kl_utf8_valid: true if the n bytes at p are well-formed UTF-8. */
KL_API bool kl_utf8_valid(const void *p, size_t n);

/* kl_utf8_check: if the n bytes at p are well-formed UTF-8, set
 * *valid_up_to to n and return KL_OK; otherwise set *valid_up_to to the
 * length of the longest well-formed prefix (the offset of the first bad
 * or incomplete sequence, Rust's Utf8Error::valid_up_to) and return
 * KL_EILSEQ. */
KL_API KL_NODISCARD kl_err kl_utf8_check(const void *p, size_t n, size_t *valid_up_to);

/* kl_utf8_decode: decode the character at the start of the n bytes at p.
 * On success store it in *c, its length (1-4) in *len and return KL_OK.
 * If the bytes do not start with a well-formed sequence return KL_EILSEQ
 * and store in *len the length of the maximal subpart there (1-3: the
 * bytes lossy decoding replaces by one U+FFFD); *c is then
 * KL_UTF8_REPLACEMENT.  n == 0 returns KL_EINVAL with *len = 0. */
KL_API KL_NODISCARD kl_err kl_utf8_decode(const void *p, size_t n, uint32_t *c, size_t *len);

/* kl_utf8_encode: write the UTF-8 form of scalar value c to buf (1 to 4
 * bytes) and return its length.  Panics if c is a surrogate or above
 * 0x10FFFF. */
KL_API size_t kl_utf8_encode(uint32_t c, char buf[4]);

/* kl_utf8_encoded_len: the length of c's UTF-8 form (1-4); 0 if c is not
 * a scalar value. */
KL_INLINE size_t kl_utf8_encoded_len(uint32_t c)
{
    if (c < 0x80)
        return 1;
    if (c < 0x800)
        return 2;
    if (c < 0x10000)
        return (c >= 0xD800 && c <= 0xDFFF) ? 0 : 3;
    return c <= 0x10FFFF ? 4 : 0;
}

/* kl_utf8_lossy: convert the n bytes at src to well-formed UTF-8, each
 * maximal subpart of an ill-formed sequence replaced by one U+FFFD
 * (Unicode ch. 3, "U+FFFD Substitution of Maximal Subparts"; what
 * Python's decode('utf-8', 'replace') and Rust's from_utf8_lossy do).
 * Returns the length of the whole result (at most 3 * n).  Writes the
 * result to dst if it fits in cap bytes; otherwise writes only the whole
 * characters that fit.  dst may be NULL if cap is 0 (to ask the size). */
KL_API size_t kl_utf8_lossy(const void *src, size_t n, char *dst, size_t cap);

/* kl_utf8_lossy_write: write kl_utf8_lossy's result to w, the valid runs
 * as they are.  Returns KL_OK or w's error. */
KL_API KL_NODISCARD kl_err kl_utf8_lossy_write(struct kl_writer *w, const void *src, size_t n);

/* ---------------------------------------------------------------------
 * UTF-16 (native-endian 16-bit code units). */

/* kl_utf16_encode: write the UTF-16 form of scalar value c to buf (1 unit,
 * or a surrogate pair) and return the number of units.  Panics if c is a
 * surrogate or above 0x10FFFF. */
KL_API size_t kl_utf16_encode(uint32_t c, uint16_t buf[2]);

/* kl_utf16_decode: decode the character at the start of the n units at
 * p.  On success store it in *c and its length (1 or 2) in *len and
 * return KL_OK.  An unpaired surrogate returns KL_EILSEQ with *len = 1
 * and *c = KL_UTF8_REPLACEMENT.  n == 0 returns KL_EINVAL with *len = 0. */
KL_API KL_NODISCARD kl_err kl_utf16_decode(const uint16_t *p, size_t n, uint32_t *c, size_t *len);

/* kl_utf16_to_utf8: convert the n units at src to UTF-8.  If src holds an
 * unpaired surrogate, return KL_EILSEQ with *out_len set to its index.
 * Otherwise set *out_len to the length of the whole result and return
 * KL_OK if it fit in the cap bytes at dst, or KL_ENOSPC (dst then holds
 * the whole characters that fit). */
KL_API KL_NODISCARD kl_err kl_utf16_to_utf8(const uint16_t *src, size_t n, char *dst,
                                            size_t cap, size_t *out_len);

/* kl_utf16_to_utf8_lossy: kl_utf16_to_utf8 with each unpaired surrogate
 * replaced by U+FFFD.  Returns the length of the whole result, written
 * as kl_utf8_lossy writes it. */
KL_API size_t kl_utf16_to_utf8_lossy(const uint16_t *src, size_t n, char *dst, size_t cap);

/* kl_utf8_to_utf16: convert the n bytes of UTF-8 at src to UTF-16.  If
 * src is not well-formed, return KL_EILSEQ with *out_len set to
 * valid_up_to (as kl_utf8_check).  Otherwise set *out_len to the number
 * of units of the whole result and return KL_OK if it fit in the cap
 * units at dst, or KL_ENOSPC (dst then holds the whole characters that
 * fit). */
KL_API KL_NODISCARD kl_err kl_utf8_to_utf16(const void *src, size_t n, uint16_t *dst,
                                            size_t cap, size_t *out_len);

/* kl_utf8_to_utf16_lossy: kl_utf8_to_utf16 with each maximal subpart of
 * an ill-formed sequence replaced by U+FFFD.  Returns the number of units
 * of the whole result, written as kl_utf8_lossy writes it. */
KL_API size_t kl_utf8_to_utf16_lossy(const void *src, size_t n, uint16_t *dst, size_t cap);

KL_END_DECLS

#endif /* KEEL_STR_H */
