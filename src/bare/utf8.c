/* kl_utf8_valid, kl_utf8_check: UTF-8 validation.
 *
 * Two speeds.  Runs of ASCII are skipped four machine words at a time
 * (a word whose bytes all lack the high bit is ASCII), then a word at a
 * time up to the first one that is not.  Everything else goes through a
 * deterministic automaton for Unicode's Table 3-7 in the "shift-based"
 * layout Per Vognsen described (2020): each state is a bit offset, and
 * the table entry of a byte holds, at each state's offset, the offset of
 * the state that byte leads to; one step is
 *     state = table[byte] >> state
 * (the shift count taken modulo 64), a single dependent shift per byte
 * since the load does not depend on the state.  The error state is 0 and
 * every entry holds 0 at offset 0, so it absorbs.
 *
 * The automaton says only whether a block went wrong; where exactly is
 * found again, rarely, by the plain decoder of src/internal/utf8.h from
 * the last character boundary before that block.
 *
 * On x86 with SSE2 (every x86-64) a vector pass goes first: 64 bytes at
 * a time, where each byte's constraints are checked against the three
 * bytes before it all at once (the "lookback" formulation of John
 * Keiser and Daniel Lemire, "Validating UTF-8 in less than one
 * instruction per byte", Software: Practice and Experience 51(5), 2021,
 * written here with range comparisons, which plain SSE2 has, instead of
 * their nibble tables, which need SSSE3's pshufb).  It stops at the
 * first block with an error, or the last whole block, at a character
 * boundary, and the automaton takes over from there.  The automaton
 * alone is the portable path (Arm, and every target without SSE2). */
#include <keel/str.h>
#include "internal/swar.h"
#include "internal/target.h"
#include "internal/utf8.h"

/* States: the shift offsets, 6 bits apart. */
enum {
    S_ERR = 0, /* ill-formed: absorbs */
    S_ACC = 6, /* between characters */
    S_C1 = 12, /* one more continuation byte 80..BF */
    S_C2 = 18, /* two more */
    S_C3 = 24, /* three more */
    S_E0 = 30, /* after E0: A0..BF, then one more */
    S_ED = 36, /* after ED: 80..9F, then one more (no surrogates) */
    S_F0 = 42, /* after F0: 90..BF, then two more */
    S_F4 = 48  /* after F4: 80..8F, then two more (<= U+10FFFF) */
};

#define ROW(acc, c1, c2, c3, e0, ed, f0, f4)                                   \
    ((uint64_t)(acc) << S_ACC | (uint64_t)(c1) << S_C1 | (uint64_t)(c2) << S_C2 | \
     (uint64_t)(c3) << S_C3 | (uint64_t)(e0) << S_E0 | (uint64_t)(ed) << S_ED |   \
     (uint64_t)(f0) << S_F0 | (uint64_t)(f4) << S_F4)

/* One row per class of byte: the next state from each state. */
#define ASC ROW(S_ACC, 0, 0, 0, 0, 0, 0, 0)                        /* 00..7F */
#define K80 ROW(0, S_ACC, S_C1, S_C2, 0, S_C1, 0, S_C2)            /* 80..8F */
#define K90 ROW(0, S_ACC, S_C1, S_C2, 0, S_C1, S_C2, 0)            /* 90..9F */
#define KA0 ROW(0, S_ACC, S_C1, S_C2, S_C1, 0, S_C2, 0)            /* A0..BF */
#define BAD ((uint64_t)0)                                          /* C0 C1 F5..FF */
#define L2 ROW(S_C1, 0, 0, 0, 0, 0, 0, 0)                          /* C2..DF */
#define LE0 ROW(S_E0, 0, 0, 0, 0, 0, 0, 0)                         /* E0 */
#define L3 ROW(S_C2, 0, 0, 0, 0, 0, 0, 0)                          /* E1..EC EE EF */
#define LED ROW(S_ED, 0, 0, 0, 0, 0, 0, 0)                         /* ED */
#define LF0 ROW(S_F0, 0, 0, 0, 0, 0, 0, 0)                         /* F0 */
#define L4 ROW(S_C3, 0, 0, 0, 0, 0, 0, 0)                          /* F1..F3 */
#define LF4 ROW(S_F4, 0, 0, 0, 0, 0, 0, 0)                         /* F4 */

#define R2(x) x, x
#define R4(x) R2(x), R2(x)
#define R8(x) R4(x), R4(x)
#define R16(x) R8(x), R8(x)

static const uint64_t dfa[256] = {
    R16(ASC), R16(ASC), R16(ASC), R16(ASC), R16(ASC), R16(ASC), R16(ASC), R16(ASC),
    R16(K80), R16(K90), R16(KA0), R16(KA0),
    R2(BAD), R16(L2), R8(L2), R4(L2), R2(L2),
    LE0, R8(L3), R4(L3), LED, R2(L3),
    LF0, R2(L4), L4, LF4, R8(BAD), R2(BAD), BAD,
};

typedef char dfa_has_256_rows[sizeof dfa == 256 * sizeof(uint64_t) ? 1 : -1];

enum { W = sizeof(size_t) };

/* True if none of the 4 * W bytes at p has its high bit. */
static inline bool ascii4(const unsigned char *p)
{
    size_t v = kl__load_word(p) | kl__load_word(p + W) | kl__load_word(p + 2 * W) |
               kl__load_word(p + 3 * W);
    return (v & KL__HIGHS) == 0;
}

/* True if none of the W bytes at p has its high bit. */
static inline bool ascii1(const unsigned char *p)
{
    return (kl__load_word(p) & KL__HIGHS) == 0;
}

enum { BLOCK = 16 };

#if KL__TARGET_SSE2
/* GCC/Clang vector extensions (no intrinsics header: it would need the C
 * library's, which the bare layer does not see). */
typedef unsigned char v16u __attribute__((vector_size(16)));
typedef char v16c __attribute__((vector_size(16)));

static inline v16u load16(const unsigned char *p)
{
    v16u v;
    __builtin_memcpy(&v, p, 16);
    return v;
}

static inline v16u splat(unsigned char c)
{
    return (v16u){ c, c, c, c, c, c, c, c, c, c, c, c, c, c, c, c };
}

/* The error bits of the 16 bytes at q, whose three predecessors
 * q[-3..-1] are readable: non-zero where a byte breaks Table 3-7.  The
 * predecessors come from three more (overlapping, unaligned) loads, which
 * cost less than moving bytes across the vector with SSE2 alone. */
static inline v16u check16(const unsigned char *q)
{
    v16u u = load16(q), b1 = load16(q - 1), b2 = load16(q - 2), b3 = load16(q - 3);
    /* A continuation byte exactly where a lead byte one, two or three
     * back asks for one (C0.., E0.., F0..; the bad leads among them are
     * refused below). */
    v16u cont = (v16u)((u & splat(0xC0)) == splat(0x80));
    v16u need = (v16u)(b1 >= splat(0xC0)) | (v16u)(b2 >= splat(0xE0)) |
                (v16u)(b3 >= splat(0xF0));
    v16u err = cont ^ need;
    /* Bytes that are never in UTF-8. */
    err |= (v16u)((u & splat(0xFE)) == splat(0xC0)) | (v16u)(u >= splat(0xF5));
    /* The second bytes with narrower ranges (u is a continuation byte
     * there, or the test above failed already): after E0 A0..BF (no
     * overlong forms), after ED 80..9F (no surrogates), after F0 90..BF,
     * after F4 80..8F (nothing above U+10FFFF). */
    v16u lt_a0 = (v16u)(u < splat(0xA0)), lt_90 = (v16u)(u < splat(0x90));
    err |= ((v16u)(b1 == splat(0xE0)) & lt_a0) | ((v16u)(b1 == splat(0xED)) & ~lt_a0) |
           ((v16u)(b1 == splat(0xF0)) & lt_90) | ((v16u)(b1 == splat(0xF4)) & ~lt_90);
    return err;
}

static inline bool any16(v16u v)
{
    uint64_t a, b;
    __builtin_memcpy(&a, &v, 8);
    __builtin_memcpy(&b, (const unsigned char *)&v + 8, 8);
    return (a | b) != 0;
}

/* The high bits of the 16 bytes of v (pmovmskb). */
static inline unsigned high16(v16u v)
{
    return (unsigned)__builtin_ia32_pmovmskb128((v16c)v);
}

/* Where the automaton must take over from the vector pass, which checked
 * the bytes before i (0 < i <= n) but not whether the character they end
 * with is complete: the start of that character, if it starts within the
 * last four bytes with a lead byte, else i. */
static inline size_t boundary(const unsigned char *p, size_t i)
{
    for (size_t k = i; k > 0 && i - k < 4;) {
        k--;
        if (p[k] >= 0xC0)
            return k;
        if (p[k] < 0x80)
            break;
    }
    return i;
}

/* Check the n bytes at p 64 at a time.  Returns a character boundary up
 * to which they are well-formed: at or before the start of the first
 * 64-byte block with an error, or of the last whole block's end; 0 if
 * n < 64 or the first block has an error. */
static size_t scan_vector(const unsigned char *p, size_t n)
{
    if (n < 64)
        return 0;
    /* The first 16 bytes, with three zero bytes before them. */
    unsigned char first[19] = { 0 };
    __builtin_memcpy(first + 3, p, 16);
    if (any16(check16(first + 3)))
        return 0;
    if (any16(check16(p + 16) | check16(p + 32) | check16(p + 48)))
        return 0;
    /* On from a 16-byte boundary (checking up to 15 bytes again), so
     * that the loads below do not straddle cache lines. */
    size_t i = 64 - ((uintptr_t)(p + 64) & 15);
    while (n - i >= 64) {
        const unsigned char *q = p + i;
        v16u all = load16(q) | load16(q + 16) | load16(q + 32) | load16(q + 48);
        if (high16(all) == 0) {
            /* All ASCII: well-formed unless a character before it is
             * cut short.  Runs of ASCII go on 128 bytes at a time. */
            if (q[-1] >= 0xC0 || q[-2] >= 0xE0 || q[-3] >= 0xF0)
                break;
            i += 64;
            while (n - i >= 128) {
                q = p + i;
                all = load16(q) | load16(q + 16) | load16(q + 32) | load16(q + 48) |
                      load16(q + 64) | load16(q + 80) | load16(q + 96) | load16(q + 112);
                if (high16(all) != 0)
                    break;
                i += 128;
            }
            continue;
        }
        if (any16(check16(q) | check16(q + 16) | check16(q + 32) | check16(q + 48)))
            break;
        i += 64;
    }
    return boundary(p, i);
}
#endif

/* Scan the n bytes at p.  Returns n if they are well-formed; otherwise a
 * character boundary at or before the first error, such that the bytes
 * before it are well-formed and the error lies within BLOCK + 3 bytes. */
static size_t scan(const unsigned char *p, size_t n)
{
    uint64_t s = S_ACC;
    size_t i = 0, last = 0;
    uint64_t last_state = S_ACC;
#if KL__TARGET_SSE2
    i = last = scan_vector(p, n);
#endif
    while (n - i >= BLOCK) {
        if ((s & 63) == S_ACC) {
            while (n - i >= 4 * W && ascii4(p + i))
                i += 4 * W;
            while (n - i >= W && ascii1(p + i))
                i += W;
            if (n - i < BLOCK)
                break;
        }
        last = i;
        last_state = s & 63;
        /* BLOCK steps, written out: the loop would cost more than the
         * steps themselves. */
#define STEP(k) s = dfa[p[i + (k)]] >> (s & 63)
        STEP(0); STEP(1); STEP(2); STEP(3); STEP(4); STEP(5); STEP(6); STEP(7);
        STEP(8); STEP(9); STEP(10); STEP(11); STEP(12); STEP(13); STEP(14); STEP(15);
#undef STEP
        i += BLOCK;
        if ((s & 63) == S_ERR)
            goto fail;
    }
    last = i;
    last_state = s & 63;
    for (; i < n; i++)
        s = dfa[p[i]] >> (s & 63);
    if ((s & 63) == S_ACC)
        return n;
fail:
    /* Everything before `last` is well-formed; back up to the lead byte
     * of the character `last` is inside of, if any. */
    if (last_state != S_ACC) {
        while ((p[last - 1] & 0xC0) == 0x80)
            last--;
        last--;
    }
    return last;
}

bool kl_utf8_valid(const void *p, size_t n)
{
    return n == 0 || scan(p, n) == n;
}

kl_err kl_utf8_check(const void *p, size_t n, size_t *valid_up_to)
{
    const unsigned char *b = p;
    size_t i = n == 0 ? 0 : scan(b, n);
    if (i == n) {
        *valid_up_to = n;
        return KL_OK;
    }
    uint32_t c;
    while (i < n) {
        int len = kl__utf8_decode_one(b + i, n - i, &c);
        if (len < 0)
            break;
        i += (size_t)len;
    }
    *valid_up_to = i;
    return KL_EILSEQ;
}
