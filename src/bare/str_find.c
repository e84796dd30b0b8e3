/* kl_str_find, kl_str_rfind: substring search.
 *
 * The Two-Way algorithm of M. Crochemore and D. Perrin, "Two-way string
 * matching", J. ACM 38(3), 1991: split the needle x (length m) at a
 * critical position l, found from the maximal suffixes of x under both
 * orderings of the alphabet; compare the right part x[l..m) left to
 * right, then the left part x[0..l) right to left.  A mismatch in the
 * right part at i shifts the window by i - l + 1; a full match of the
 * right part and a mismatch in the left shifts it by the period p of x
 * when x is periodic (x[0..l) == x[p..p+l)), remembering that the first
 * m - p bytes of the new window match ("memory"), or by
 * max(l, m - l) + 1 when it is not.  O(n + m) time, O(1) space.
 *
 * Fast in practice: whenever memory is empty, the window first skips
 * over places where x cannot start.  Needles of up to 4 bytes jump to the
 * next place where x's first two bytes occur, found a word of positions
 * at a time; longer ones use the last two bytes of the window the way
 * Horspool's algorithm (R. N. Horspool, "Practical fast searching in
 * strings", 1980) uses the last one, through a 256-entry table of hashed
 * byte pairs, so that most windows of ordinary text move by nearly m
 * after two loads.  Neither skip passes over a match, and both are taken
 * only where the plain algorithm has no memory, so the positions its
 * right-part scan starts from still only move forward: the bound stays
 * linear (a few comparisons per byte of s at worst).
 *
 * kl_str_rfind is the same algorithm on the reversed strings: the same
 * code, reading both strings back to front. */
#include <keel/str.h>
#include "internal/swar.h"
#include "internal/target.h"


/* Byte i of the n bytes at s, counted from the front or from the back. */
#define AT(s, n, i) (rev ? (s)[(n) - 1 - (i)] : (s)[i])

/* A hash of two consecutive bytes, for the skip table. */
#define PAIR_HASH(a, b) ((unsigned char)(((unsigned)(a) << 3) ^ (unsigned)(b)))

/* The maximal suffix of x (length m >= 1) under the byte order (or the
 * reversed order if `inv`): returns where it starts, and its period in
 * *period. */
KL__ALWAYS_INLINE size_t max_suffix(const unsigned char *x, size_t m, bool rev, bool inv,
                                       size_t *period)
{
    /* The paper's ms is ms1 - 1 (it starts at -1). */
    size_t ms1 = 0, j = 0, k = 1, p = 1;
    while (j + k < m) {
        unsigned a = AT(x, m, j + k), b = AT(x, m, ms1 + k - 1);
        if (inv) {
            unsigned t = a;
            a = b;
            b = t;
        }
        if (a < b) {
            j += k;
            k = 1;
            p = j + 1 - ms1;
        } else if (a == b) {
            if (k != p) {
                k++;
            } else {
                j += p;
                k = 1;
            }
        } else {
            ms1 = j + 1;
            j = ms1;
            k = p = 1;
        }
    }
    *period = p;
    return ms1;
}

/* Needles up to this long skip by their first two bytes, found a word at
 * a time; longer ones by a Horspool-style table of byte pairs. */
enum { SHORT_NEEDLE = 4, W = sizeof(size_t) };

/* The first q in [j, last] with y[q] == a and y[q + 1] == b, or
 * KL_STR_NPOS; y must have a byte after last + 1.  A word of positions at
 * a time: q matches iff byte q of (word at j ^ a..a) | (word at j+1 ^
 * b..b) is zero. */
static size_t pair_next(const unsigned char *y, size_t j, size_t last, unsigned a, unsigned b)
{
    size_t ra = KL__ONES * a, rb = KL__ONES * b;
    for (;;) {
        while (last - j >= W &&
               !kl__has_zero((kl__load_word(y + j) ^ ra) | (kl__load_word(y + j + 1) ^ rb)))
            j += W;
        size_t stop = last - j >= W ? j + W : last + 1;
        for (; j < stop; j++)
            if (y[j] == a && y[j + 1] == b)
                return j;
        if (j > last)
            return KL_STR_NPOS;
    }
}

/* The last q in [first, end) with y[q] == a and y[q + 1] == b, or
 * KL_STR_NPOS; y[end] must exist. */
static size_t pair_prev(const unsigned char *y, size_t first, size_t end, unsigned a, unsigned b)
{
    size_t ra = KL__ONES * a, rb = KL__ONES * b;
    for (;;) {
        while (end - first >= W &&
               !kl__has_zero((kl__load_word(y + end - W) ^ ra) |
                             (kl__load_word(y + end - W + 1) ^ rb)))
            end -= W;
        size_t stop = end - first >= W ? end - W : first;
        while (end > stop) {
            end--;
            if (y[end] == a && y[end + 1] == b)
                return end;
        }
        if (end == first)
            return KL_STR_NPOS;
    }
}

KL__ALWAYS_INLINE size_t two_way_search(const unsigned char *y, size_t n,
                                           const unsigned char *x, size_t m, bool rev,
                                           size_t l, size_t p, bool periodic,
                                           const unsigned char *pos, size_t shift1);

KL__ALWAYS_INLINE size_t two_way(const unsigned char *y, size_t n, const unsigned char *x,
                                    size_t m, bool rev)
{
    size_t p1, p2;
    size_t l1 = max_suffix(x, m, rev, false, &p1);
    size_t l2 = max_suffix(x, m, rev, true, &p2);
    size_t l = l1 > l2 ? l1 : l2, p = l1 > l2 ? p1 : p2;
    bool periodic = true;
    for (size_t i = 0; i < l; i++) {
        if (AT(x, m, i) != AT(x, m, i + p)) {
            periodic = false;
            break;
        }
    }
    if (!periodic)
        p = (l > m - l ? l : m - l) + 1;

    if (m <= SHORT_NEEDLE)
        return two_way_search(y, n, x, m, rev, l, p, periodic, NULL, 0);
    /* The skip looks at x's last z = min(m, 256) bytes (a match must
     * match them too).  For a window whose last pair of bytes hashes to h,
     * pos[h] is the last k (1 <= k < z) at which the pair of bytes ending
     * at position k of that suffix hashes to h, or 0 if none does: the
     * window may move by z - 1 - pos[h], since a match needs the window's
     * last pair to line up with one of x's; by z - 1 when pos[h] is 0.
     * That common case moves by a constant, so the loop does not wait for
     * its table loads to know where to look next. */
    size_t z = m < 256 ? m : 256, base = m - z;
    unsigned char pos[256];
    __builtin_memset(pos, 0, sizeof pos);
    for (size_t k = 1; k < z - 1; k++)
        pos[PAIR_HASH(AT(x, m, base + k - 1), AT(x, m, base + k))] = (unsigned char)k;
    /* A window the skip stops at ends in a pair that hashes like x's last
     * pair; if it is no match, the next possible one is where an earlier
     * pair of x with that hash lines up: shift1 on. */
    unsigned last = PAIR_HASH(AT(x, m, m - 2), AT(x, m, m - 1));
    size_t shift1 = z - 1 - pos[last];
    pos[last] = (unsigned char)(z - 1);

    return two_way_search(y, n, x, m, rev, l, p, periodic, pos, shift1);
}

/* The search proper, given the factorization (l, p, periodic) of x.
 * Whenever memory is empty, the window first skips ahead: with the pair
 * table `pos` if there is one, else to the next place where x's first
 * two bytes occur. */
KL__ALWAYS_INLINE size_t two_way_search(const unsigned char *y, size_t n,
                                           const unsigned char *x, size_t m, bool rev,
                                           size_t l, size_t p, bool periodic,
                                           const unsigned char *pos, size_t shift1)
{
    size_t j = 0, memory = 0;
    while (j <= n - m) {
        /* The least shift after a failed window: shift1 if the table
         * skip ran (only then is the window's last pair known). */
        size_t least = memory == 0 ? shift1 : 0;
        if (memory == 0) {
            if (pos != NULL) {
                size_t step = (m < 256 ? m : 256) - 1;
                for (;;) {
                    unsigned k;
                    while ((k = pos[PAIR_HASH(AT(y, n, j + m - 2), AT(y, n, j + m - 1))]) == 0) {
                        j += step;
                        if (j > n - m)
                            return KL_STR_NPOS;
                    }
                    if (k == step)
                        break;
                    j += step - k;
                    if (j > n - m)
                        return KL_STR_NPOS;
                }
            } else if (!rev) {
                j = pair_next(y, j, n - m, x[0], x[1]);
                if (j == KL_STR_NPOS)
                    return KL_STR_NPOS;
            } else {
                size_t q = pair_prev(y, m - 2, n - 1 - j, x[m - 2], x[m - 1]);
                if (q == KL_STR_NPOS)
                    return KL_STR_NPOS;
                j = n - 2 - q;
            }
        }
        size_t i = l > memory ? l : memory;
        while (i < m && AT(x, m, i) == AT(y, n, i + j))
            i++;
        if (i < m) {
            j += i - l + 1 > least ? i - l + 1 : least;
            memory = 0;
            continue;
        }
        i = l;
        while (i > memory && AT(x, m, i - 1) == AT(y, n, i - 1 + j))
            i--;
        if (i <= memory)
            return rev ? n - m - j : j;
        if (periodic) {
            j += p;
            memory = m - p;
        } else {
            j += p > least ? p : least;
        }
    }
    return KL_STR_NPOS;
}

size_t kl_str_find(kl_str s, kl_str needle)
{
    if (needle.len == 0)
        return 0;
    if (needle.len > s.len)
        return KL_STR_NPOS;
    if (needle.len == 1)
        return kl_str_find_byte(s, needle.ptr[0]);
    return two_way((const unsigned char *)s.ptr, s.len, (const unsigned char *)needle.ptr,
                   needle.len, false);
}

size_t kl_str_rfind(kl_str s, kl_str needle)
{
    if (needle.len == 0)
        return s.len;
    if (needle.len > s.len)
        return KL_STR_NPOS;
    if (needle.len == 1)
        return kl_str_rfind_byte(s, needle.ptr[0]);
    return two_way((const unsigned char *)s.ptr, s.len, (const unsigned char *)needle.ptr,
                   needle.len, true);
}
