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
 * Fast in practice: whenever memory is empty, the window jumps straight
 * to the next place where the needle's first byte occurs, found a word at
 * a time by kl_str_find_byte.  That never skips a match and is taken only
 * in a state the plain algorithm can be in (memory empty), and the
 * positions the right-part scan starts from still only move forward, so
 * the bound stays linear.
 *
 * kl_str_rfind is the same algorithm on the reversed strings: the same
 * code, reading both strings back to front. */
#include <keel/str.h>

#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define ALWAYS_INLINE inline
#endif

/* Byte i of the n bytes at s, counted from the front or from the back. */
#define AT(s, n, i) (rev ? (s)[(n) - 1 - (i)] : (s)[i])

/* The maximal suffix of x (length m >= 1) under the byte order (or the
 * reversed order if `inv`): returns where it starts, and its period in
 * *period. */
static ALWAYS_INLINE size_t max_suffix(const unsigned char *x, size_t m, bool rev, bool inv,
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

static ALWAYS_INLINE size_t two_way(const unsigned char *y, size_t n, const unsigned char *x,
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

    unsigned char first = AT(x, m, 0);
    size_t j = 0, memory = 0;
    while (j <= n - m) {
        if (memory == 0) {
            /* Skip to the next window that starts with x's first byte. */
            size_t q;
            if (!rev) {
                q = kl_str_find_byte(kl_str_from((const char *)y + j, n - m - j + 1),
                                     (char)first);
                if (q == KL_STR_NPOS)
                    return KL_STR_NPOS;
                j += q;
            } else {
                q = kl_str_rfind_byte(kl_str_from((const char *)y + m - 1, n - m - j + 1),
                                      (char)first);
                if (q == KL_STR_NPOS)
                    return KL_STR_NPOS;
                j = n - m - q;
            }
        }
        size_t i = l > memory ? l : memory;
        while (i < m && AT(x, m, i) == AT(y, n, i + j))
            i++;
        if (i < m) {
            j += i - l + 1;
            memory = 0;
            continue;
        }
        i = l;
        while (i > memory && AT(x, m, i - 1) == AT(y, n, i - 1 + j))
            i--;
        if (i <= memory)
            return rev ? n - m - j : j;
        j += p;
        memory = periodic ? m - p : 0;
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
