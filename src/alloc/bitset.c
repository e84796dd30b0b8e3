/* kl_bitset: storage, and the operations over whole words. */
#include <keel/bitset.h>
#include <keel/num.h>
#include <keel/panic.h>

#include "internal/grow.h"

#define WORD_BITS KL_BITSET_WORD_BITS

static size_t words_for(size_t nbits)
{
    return nbits / WORD_BITS + (nbits % WORD_BITS != 0);
}

/* Clear the bits past nbits in the last word (the invariant). */
static void trim(kl_bitset *b)
{
    size_t r = b->nbits % WORD_BITS;
    if (r != 0)
        b->words[b->nbits / WORD_BITS] &= ((size_t)1 << r) - 1;
}

kl_err kl_bitset_init(kl_bitset *b, kl_allocator *alloc, size_t nbits)
{
    b->words = NULL;
    b->nbits = 0;
    b->cap = 0;
    b->alloc = alloc;
    return kl_bitset_resize(b, nbits);
}

void kl_bitset_free(kl_bitset *b)
{
    kl_free(b->alloc, b->words, b->cap * sizeof(size_t), _Alignof(size_t));
    b->words = NULL;
    b->nbits = 0;
    b->cap = 0;
}

kl_err kl_bitset_resize(kl_bitset *b, size_t nbits)
{
    size_t have = words_for(b->nbits), need = words_for(nbits);
    if (need > b->cap) {
        size_t cap;
        if (!kl__grow_amortized(b->cap, have, need - have, sizeof(size_t), &cap))
            return KL_ENOMEM;
        void *p = kl_resize(b->alloc, b->words, b->cap * sizeof(size_t),
                            cap * sizeof(size_t), _Alignof(size_t));
        if (p == NULL)
            return KL_ENOMEM;
        b->words = p;
        b->cap = cap;
    }
    /* Bits past the old length are 0 in its last word already; whole
     * words past it may hold bits from before a shrink. */
    if (need > have)
        __builtin_memset(b->words + have, 0, (need - have) * sizeof(size_t));
    b->nbits = nbits;
    if (nbits > 0)
        trim(b);
    return KL_OK;
}

void kl_bitset_index_fail(size_t i, size_t n)
{
    kl_panic("bit index %zu out of range for a bitset of %zu bits", i, n);
}

void kl_bitset_set_all(kl_bitset *b)
{
    size_t n = words_for(b->nbits);
    if (n == 0)
        return;
    __builtin_memset(b->words, 0xff, n * sizeof(size_t));
    trim(b);
}

void kl_bitset_clear_all(kl_bitset *b)
{
    size_t n = words_for(b->nbits);
    if (n > 0)
        __builtin_memset(b->words, 0, n * sizeof(size_t));
}

size_t kl_bitset_count(const kl_bitset *b)
{
    size_t c = 0, n = words_for(b->nbits);
    for (size_t i = 0; i < n; i++)
        c += kl_popcount_usize(b->words[i]);
    return c;
}

/* The lowest index >= from whose bit, XORed with flip (0 or all ones),
 * is 1. */
static bool next(const kl_bitset *b, size_t from, size_t flip, size_t *index)
{
    if (from >= b->nbits)
        return false;
    size_t n = words_for(b->nbits), w = from / WORD_BITS;
    size_t x = (b->words[w] ^ flip) & ~(((size_t)1 << (from % WORD_BITS)) - 1);
    for (;;) {
        if (x != 0) {
            size_t i = w * WORD_BITS + kl_trailing_zeros_usize(x);
            if (i >= b->nbits)
                return false; /* a flipped bit past the end */
            *index = i;
            return true;
        }
        if (++w == n)
            return false;
        x = b->words[w] ^ flip;
    }
}

bool kl_bitset_next_set(const kl_bitset *b, size_t from, size_t *index)
{
    return next(b, from, 0, index);
}

bool kl_bitset_next_unset(const kl_bitset *b, size_t from, size_t *index)
{
    return next(b, from, ~(size_t)0, index);
}

static void check_same(const kl_bitset *a, const kl_bitset *b)
{
    if (a->nbits != b->nbits)
        kl_panic("bitsets of different lengths: %zu and %zu bits", a->nbits, b->nbits);
}

void kl_bitset_and(kl_bitset *dst, const kl_bitset *src)
{
    check_same(dst, src);
    for (size_t i = 0, n = words_for(dst->nbits); i < n; i++)
        dst->words[i] &= src->words[i];
}

void kl_bitset_or(kl_bitset *dst, const kl_bitset *src)
{
    check_same(dst, src);
    for (size_t i = 0, n = words_for(dst->nbits); i < n; i++)
        dst->words[i] |= src->words[i];
}

void kl_bitset_xor(kl_bitset *dst, const kl_bitset *src)
{
    check_same(dst, src);
    for (size_t i = 0, n = words_for(dst->nbits); i < n; i++)
        dst->words[i] ^= src->words[i];
}

void kl_bitset_not(kl_bitset *b)
{
    size_t n = words_for(b->nbits);
    for (size_t i = 0; i < n; i++)
        b->words[i] = ~b->words[i];
    if (n > 0)
        trim(b);
}

bool kl_bitset_equal(const kl_bitset *a, const kl_bitset *b)
{
    if (a->nbits != b->nbits)
        return false;
    size_t n = words_for(a->nbits);
    return n == 0 || __builtin_memcmp(a->words, b->words, n * sizeof(size_t)) == 0;
}
