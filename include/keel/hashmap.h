/* keel/hashmap.h -- hash maps and hash sets.  Layer: alloc.
 *
 * Open addressing of the Swiss-table family, after the design Google
 * described publicly (Matt Kulukundis, "Designing a Fast, Efficient,
 * Cache-friendly Hash Table, Step by Step", CppCon 2017, and the Abseil
 * design notes on SwissTable); keel's own code.  A table of 2^k buckets
 * keeps one control byte per bucket beside the slots:
 *
 *     0xFF EMPTY    0x80 DELETED (a tombstone)    0x00-0x7F FULL: H2
 *
 * A 64-bit hash splits into H1 (its low bits: where probing starts) and
 * H2 (its top 7 bits, kept in the control byte).  A lookup loads a group
 * of control bytes at once -- 16 compared with SSE2 where __SSE2__ is
 * defined, else 8 in a 64-bit word by SWAR bit tricks -- compares all of
 * them with H2 together, checks the keys only where H2 matched, and stops
 * at the first group holding an EMPTY byte.  Groups are visited in
 * triangular steps (pos += W, 2W, 3W ... mod the table), which visits
 * every group of a power-of-two table.  The first W control bytes are
 * mirrored after the last, so a group may start at any bucket.  Removal
 * writes EMPTY when no probe can have passed the bucket's group (an EMPTY
 * byte within W on both sides) and DELETED otherwise.  The table holds at
 * most 7/8 of its buckets (all but one in tables of fewer than 8); when
 * an insert finds no room, a table at most half full of live entries is
 * rehashed in place (tombstones cleared, no allocation), else it grows to
 * a new table, allocated before anything moves.
 *
 * Hashing: the hash function is a parameter.  keel gives SipHash-1-3
 * (kl_siphash13), keyed per map -- the default, resistant to HashDoS, as
 * Rust's HashMap is -- and fast hashes for keys no attacker chooses
 * (kl_hash64 for strings, one multiply for u64 keys).  Each map's key
 * is derived from a process seed, a global counter and the map's
 * address.  keel's alloc profile has no entropy source, so the process
 * seed is a constant unless the program sets one with
 * kl_hashmap_set_process_seed (from a hardware RNG, say); the hosted
 * profile can later seed it from the OS.
 *
 * The type-erased core (kl_hashmap with a kl_hashmap_type describing
 * the slots, the hash and the equality) is compiled once into the
 * library.  KL_HASHMAP_DEFINE(name, K, V, HASH, EQ) generates a typed map
 * whose lookups, inserts and removals are inline, with HASH and EQ
 * inlined into the probing loop; growing, clearing and freeing call the
 * core.  Every allocating call returns KL_ENOMEM on failure and leaves
 * the map exactly as it was.
 *
 *     KL_HASHMAP_DEFINE_U64(counts, int)
 *     counts m;
 *     counts_init(&m, NULL);
 *     int *v; bool fresh;
 *     if (counts_entry(&m, 42, &v, &fresh) == KL_OK) ++*v;
 *     counts_free(&m);
 *
 * Group width: 16 (SSE2) or 8 (portable).  Defining KL_HASHMAP_PORTABLE
 * before including this header picks the portable group even where SSE2
 * exists; define it (or not) alike in every file that shares a map type.
 */
#ifndef KEEL_HASHMAP_H
#define KEEL_HASHMAP_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>
#include <keel/hash.h>
#include <keel/str.h>

/* KL_HASHMAP_GROUP: the group width this file's maps use, 16 or 8. */
#ifndef KL_HASHMAP_GROUP
#if defined(__SSE2__) && !defined(KL_HASHMAP_PORTABLE)
#define KL_HASHMAP_GROUP 16
#else
#define KL_HASHMAP_GROUP 8
#endif
#endif
#if KL_HASHMAP_GROUP == 16 && !defined(__SSE2__)
#error "KL_HASHMAP_GROUP 16 needs SSE2"
#endif

/* kl_hashmap_seed: a map's hash key.  k is SipHash's 16-byte key (as
 * bytes: k[0] then k[1] in memory) and k[0] is kl_hash64's seed.  The
 * rest is precomputed from k by kl_hashmap_init*: fast, the key of
 * kl_hashmap_hash_u64_fast, is k[0] after kl_hash64's first mixing
 * step (so that it is as random as k[0] even when k[0] is small, as
 * kl_hashmap_init_seeded allows); sip is SipHash's state after the key
 * setup and the half of the first SipRound that the message does not
 * reach (v0 and v1; v2 and v3 as set up). */
typedef struct kl_hashmap_seed {
    uint64_t k[2];
    uint64_t fast;
    uint64_t sip[4];
} kl_hashmap_seed;

/* kl_hashmap: the type-erased core of every map and set.  Fields are
 * read by the generated inline functions; do not change them. */
typedef struct kl_hashmap {
    uint8_t *ctrl;      /* buckets + KL_HASHMAP_GROUP control bytes */
    void *slots;        /* buckets slots (the allocation starts here) */
    size_t bucket_mask; /* buckets - 1; 0 when no table is allocated */
    size_t len;         /* live entries */
    size_t growth_left; /* inserts into EMPTY buckets before a resize */
    kl_allocator *alloc;
    kl_hashmap_seed seed;
} kl_hashmap;

/* kl_hashmap_type: what the core knows of a map's slots: a slot is a key
 * (at offset 0) and a value (at value_offset; value_size 0 for a set).
 * hash(key, seed) is the key's 64-bit hash; eq(a, b) whether two keys
 * are equal.  Equal keys must hash alike.  A type-erased user sets
 * move_all to NULL. */
typedef struct kl_hashmap_type {
    size_t slot_size;
    size_t slot_align;
    size_t key_size;
    size_t value_offset;
    size_t value_size;
    uint64_t (*hash)(const void *key, const kl_hashmap_seed *seed);
    bool (*eq)(const void *a, const void *b);
    /* move_all(dst, src): put every entry of src into dst, a new empty
     * table of the same type with room for them (kl__hm_move_all with
     * the hash inlined).  NULL: the core does it, calling hash. */
    void (*move_all)(struct kl_hashmap *dst, const struct kl_hashmap *src);
} kl_hashmap_type;

/* kl_hashmap_iter: a position in a map; start at KL_HASHMAP_ITER_INIT.
 * Inserting may move every entry: an iteration that inserts must start
 * again.  Removing the entry just returned is allowed. */
typedef struct kl_hashmap_iter {
    size_t next;
} kl_hashmap_iter;

#define KL_HASHMAP_ITER_INIT { 0 }

/* The core's functions exist once per group width; these names pick the
 * width this file uses. */
#define KL__HM_CAT(a, b, c) a##b##_##c
#define KL__HM_XCAT(a, b, c) KL__HM_CAT(a, b, c)
#define KL__HM_NAME(n) KL__HM_XCAT(kl_hashmap, KL_HASHMAP_GROUP, n)
#define kl_hashmap_free KL__HM_NAME(free)
#define kl_hashmap_reserve KL__HM_NAME(reserve)
#define kl_hashmap_shrink_to KL__HM_NAME(shrink_to)
#define kl_hashmap_clear KL__HM_NAME(clear)
#define kl_hashmap_check KL__HM_NAME(check)
#define kl_hashmap_get KL__HM_NAME(get)
#define kl_hashmap_insert KL__HM_NAME(insert)
#define kl_hashmap_remove KL__HM_NAME(remove)
#define kl_hashmap_entry KL__HM_NAME(entry)

KL_BEGIN_DECLS

/* kl_hashmap_empty_ctrl: the control bytes of every map with no table
 * (all EMPTY; never written). */
KL_API extern const uint8_t kl_hashmap_empty_ctrl[16];

/* kl_hashmap_init: m empty, over alloc (NULL = global), with a fresh
 * per-map seed.  Allocates nothing. */
KL_API void kl_hashmap_init(kl_hashmap *m, kl_allocator *alloc);

/* kl_hashmap_init_seeded: as kl_hashmap_init with the hash key k0, k1
 * (for reproducible tests and benchmarks; not HashDoS-resistant unless
 * the key is secret and random). */
KL_API void kl_hashmap_init_seeded(kl_hashmap *m, kl_allocator *alloc,
                                   uint64_t k0, uint64_t k1);

/* kl_hashmap_set_process_seed: mix k0, k1 (secret random bits, say from
 * a hardware RNG) into the seeds of maps initialised from now on.  Call
 * it before creating maps, not while another thread creates one. */
KL_API void kl_hashmap_set_process_seed(uint64_t k0, uint64_t k1);

/* kl_hashmap_free: give m's table back; m is then empty and reusable. */
KL_API void kl_hashmap_free(kl_hashmap *m, const kl_hashmap_type *t);

/* kl_hashmap_reserve: make room for `additional` more entries without
 * another allocation.  KL_ENOMEM (m unchanged) when the allocation fails
 * or the size overflows. */
KL_API KL_NODISCARD kl_err kl_hashmap_reserve(kl_hashmap *m, size_t additional,
                                              const kl_hashmap_type *t);

/* kl_hashmap_shrink_to: shrink m's table to the smallest that holds
 * max(len, min_capacity) entries (as Rust's HashMap::shrink_to); no
 * table at all when that is 0.  Does nothing when the table is already
 * no bigger.  The capacity can rise: removals' tombstones count against
 * it, and the smaller table has none.  KL_ENOMEM (m unchanged) when the
 * smaller table cannot be allocated. */
KL_API KL_NODISCARD kl_err kl_hashmap_shrink_to(kl_hashmap *m, size_t min_capacity,
                                                const kl_hashmap_type *t);

/* kl_hashmap_clear: remove every entry, keeping the table. */
KL_API void kl_hashmap_clear(kl_hashmap *m, const kl_hashmap_type *t);

/* kl_hashmap_check: check m's invariants (control bytes and their
 * mirror, len, growth_left, every key found where it lies).  NULL when
 * they hold, else what is broken. */
KL_API const char *kl_hashmap_check(const kl_hashmap *m, const kl_hashmap_type *t);

/* kl_hashmap_get: the slot of key (key at its start, the value at
 * t->value_offset), or NULL. */
KL_API void *kl_hashmap_get(const kl_hashmap *m, const kl_hashmap_type *t,
                            const void *key);

/* kl_hashmap_insert: set key's value to the t->value_size bytes at
 * value.  *replaced (unless NULL) says whether key was there; then its
 * old value is copied to old (unless NULL) and the stored key is kept.
 * KL_ENOMEM leaves m unchanged. */
KL_API KL_NODISCARD kl_err kl_hashmap_insert(kl_hashmap *m, const kl_hashmap_type *t,
                                             const void *key, const void *value,
                                             bool *replaced, void *old);

/* kl_hashmap_remove: remove key, copying its value to out (unless
 * NULL).  Returns whether it was there. */
KL_API bool kl_hashmap_remove(kl_hashmap *m, const kl_hashmap_type *t,
                              const void *key, void *out);

/* kl_hashmap_entry: key's slot in *slot, inserting key with an all-zero
 * value if it was missing; *inserted (unless NULL) says which.  KL_ENOMEM
 * leaves m unchanged. */
KL_API KL_NODISCARD kl_err kl_hashmap_entry(kl_hashmap *m, const kl_hashmap_type *t,
                                            const void *key, void **slot,
                                            bool *inserted);

KL_END_DECLS

/* ---------------------------------------------------------------------
 * Inline machinery shared by the core and the generated functions. */

#if defined(__GNUC__) || defined(__clang__)
#define KL__HM_INLINE static inline __attribute__((always_inline))
#else
#define KL__HM_INLINE static inline
#endif

/* KL__HM_HOT: the generated lookups, inserts and removals, always
 * inlined (with the hash, which is too): left to its heuristics GCC 12
 * keeps name__find or name_insert out of line, a call per operation
 * that spills the SipHash state, or the hash out of line in them. */
#define KL__HM_HOT KL__HM_INLINE KL_MAYBE_UNUSED

#define KL__HM_EMPTY 0xFF
#define KL__HM_DELETED 0x80
#define KL__HM_W ((size_t)KL_HASHMAP_GROUP)

#if KL_HASHMAP_GROUP == 16
/* SSE2 without <emmintrin.h>: GCC's and Clang's vector extensions and
 * the pmovmskb builtin, which both compilers have. */
typedef char kl__hm_group __attribute__((vector_size(16)));
typedef uint32_t kl__hm_bits; /* bit i: byte i of the group */

KL_INLINE kl__hm_group kl__hm_load(const uint8_t *p)
{
    kl__hm_group g;
    __builtin_memcpy(&g, p, 16);
    return g;
}

typedef uint32_t kl__hm_u32x4 __attribute__((vector_size(16)));

KL_INLINE kl__hm_bits kl__hm_match(kl__hm_group g, uint8_t b)
{
    /* The byte broadcast by a multiply and one shuffle (movd, pshufd)
     * rather than the three unpacks GCC makes of a char broadcast. */
    uint32_t x = b * UINT32_C(0x01010101);
    kl__hm_u32x4 v = { x, x, x, x };
    return (kl__hm_bits)__builtin_ia32_pmovmskb128((kl__hm_group)(g == (kl__hm_group)v));
}

KL_INLINE kl__hm_bits kl__hm_match_empty(kl__hm_group g)
{
    return kl__hm_match(g, KL__HM_EMPTY);
}

KL_INLINE kl__hm_bits kl__hm_match_free(kl__hm_group g)
{
    return (kl__hm_bits)__builtin_ia32_pmovmskb128(g);
}

KL_INLINE size_t kl__hm_lowest(kl__hm_bits b)
{
    return (unsigned)__builtin_ctz(b);
}

/* Matches before the first one / after the last one, counted in bytes. */
KL_INLINE size_t kl__hm_leading(kl__hm_bits b)
{
    return b == 0 ? 16 : (size_t)__builtin_clz(b) - 16;
}

KL_INLINE size_t kl__hm_trailing(kl__hm_bits b)
{
    return b == 0 ? 16 : (unsigned)__builtin_ctz(b);
}
#else
/* SWAR over a little-endian 64-bit word: each match sets bit 7 of the
 * byte.  kl__hm_match may also flag a FULL byte next to a true match
 * (a borrow); the key comparison that follows weeds those out. */
typedef uint64_t kl__hm_group;
typedef uint64_t kl__hm_bits;
#define KL__HM_LSB UINT64_C(0x0101010101010101)
#define KL__HM_MSB UINT64_C(0x8080808080808080)

KL_INLINE kl__hm_group kl__hm_load(const uint8_t *p)
{
    uint64_t g;
    __builtin_memcpy(&g, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    g = __builtin_bswap64(g);
#endif
    return g;
}

KL_INLINE kl__hm_bits kl__hm_match(kl__hm_group g, uint8_t b)
{
    uint64_t x = g ^ (KL__HM_LSB * b);
    return (x - KL__HM_LSB) & ~x & KL__HM_MSB;
}

/* EMPTY (0xFF) is the only byte with bits 7 and 6 set. */
KL_INLINE kl__hm_bits kl__hm_match_empty(kl__hm_group g)
{
    return g & (g << 1) & KL__HM_MSB;
}

KL_INLINE kl__hm_bits kl__hm_match_free(kl__hm_group g)
{
    return g & KL__HM_MSB;
}

KL_INLINE size_t kl__hm_lowest(kl__hm_bits b)
{
    return (size_t)__builtin_ctzll(b) >> 3;
}

KL_INLINE size_t kl__hm_leading(kl__hm_bits b)
{
    return b == 0 ? 8 : (size_t)__builtin_clzll(b) >> 3;
}

KL_INLINE size_t kl__hm_trailing(kl__hm_bits b)
{
    return b == 0 ? 8 : (size_t)__builtin_ctzll(b) >> 3;
}
#endif

KL_INLINE uint8_t kl__hm_h2(uint64_t hash)
{
    return (uint8_t)(hash >> 57);
}

KL_INLINE void *kl__hm_slot(const kl_hashmap *m, size_t i, size_t slot_size)
{
    return (char *)m->slots + i * slot_size;
}

/* kl__hm_slot_at: the slot of bucket (pos + k) & mask, addressed from
 * the control bytes, which follow the slots: ((pos + k) & mask) - buckets
 * is (pos + k) | ~mask.  The probe loops use it so that they keep one
 * base pointer (ctrl) and ~mask rather than ctrl, slots and mask. */
KL_INLINE void *kl__hm_slot_at(const kl_hashmap *m, size_t pos, size_t k, size_t slot_size)
{
    return (char *)m->ctrl + (ptrdiff_t)((pos + k) | ~m->bucket_mask) * (ptrdiff_t)slot_size;
}

/* KL__HM_PREFETCH_MIN: slot arrays of at least this many bytes are
 * taken to be out of the caches (this is 2^17 buckets of 16 bytes). */
#define KL__HM_PREFETCH_MIN ((size_t)1 << 21)

/* kl__hm_prefetch: in a table of at least KL__HM_PREFETCH_MIN bytes of
 * slots, prefetch the slot of the bucket where hash's probe starts (the
 * likeliest home of its key, and of a new key), so that its cache miss
 * overlaps the control bytes' rather than follows it.  Removals and
 * inserts use it; lookups do not: a lookup that misses would fetch a
 * line it never reads, and misses measured 7-38% slower for it (hits
 * 25-37% faster; doc/benchmarks.md, Hash map, "prefetch for inserts
 * and removals"). */
KL__HM_INLINE void kl__hm_prefetch(const kl_hashmap *m, uint64_t hash, size_t slot_size)
{
    if ((m->bucket_mask + 1) * slot_size >= KL__HM_PREFETCH_MIN)
        __builtin_prefetch(kl__hm_slot_at(m, (size_t)hash & m->bucket_mask, 0, slot_size));
}

/* kl__hm_find: the slot holding key (whose hash is hash), or NULL. */
KL__HM_INLINE void *kl__hm_find(const kl_hashmap *m, uint64_t hash, const void *key,
                                size_t slot_size, bool (*eq)(const void *, const void *))
{
    size_t mask = m->bucket_mask;
    size_t pos = (size_t)hash & mask;
    uint8_t h2 = kl__hm_h2(hash);
    for (size_t stride = 0;;) {
        kl__hm_group g = kl__hm_load(m->ctrl + pos);
        for (kl__hm_bits b = kl__hm_match(g, h2); b != 0; b &= b - 1) {
            void *slot = kl__hm_slot_at(m, pos, kl__hm_lowest(b), slot_size);
            if (KL_LIKELY(eq(key, slot)))
                return slot;
        }
        if (KL_LIKELY(kl__hm_match_empty(g) != 0))
            return NULL;
        stride += KL__HM_W;
        pos = (pos + stride) & mask;
    }
}

/* kl__hm_find_or_free: as kl__hm_find; when key is missing, also the
 * first EMPTY or DELETED bucket of its probe sequence in *free_at (the
 * bucket kl__hm_find_free would give), found in the same pass. */
KL__HM_INLINE void *kl__hm_find_or_free(const kl_hashmap *m, uint64_t hash, const void *key,
                                        size_t slot_size,
                                        bool (*eq)(const void *, const void *),
                                        size_t *free_at)
{
    size_t mask = m->bucket_mask;
    size_t pos = (size_t)hash & mask;
    uint8_t h2 = kl__hm_h2(hash);
    kl__hm_prefetch(m, hash, slot_size);
    size_t fr = SIZE_MAX;
    for (size_t stride = 0;;) {
        kl__hm_group g = kl__hm_load(m->ctrl + pos);
        for (kl__hm_bits b = kl__hm_match(g, h2); b != 0; b &= b - 1) {
            void *slot = kl__hm_slot_at(m, pos, kl__hm_lowest(b), slot_size);
            if (KL_LIKELY(eq(key, slot)))
                return slot;
        }
        kl__hm_bits f = kl__hm_match_free(g);
        if (fr == SIZE_MAX && f != 0)
            fr = (pos + kl__hm_lowest(f)) & mask;
        if (KL_LIKELY(kl__hm_match_empty(g) != 0))
            break;
        stride += KL__HM_W;
        pos = (pos + stride) & mask;
    }
    /* See kl__hm_find_free on tables smaller than a group. */
    if (KL_UNLIKELY(m->ctrl[fr] < 0x80))
        fr = kl__hm_lowest(kl__hm_match_free(kl__hm_load(m->ctrl)));
    *free_at = fr;
    return NULL;
}

/* kl__hm_find_free: the first EMPTY or DELETED bucket on hash's probe
 * sequence (there always is one). */
KL__HM_INLINE size_t kl__hm_find_free(const kl_hashmap *m, uint64_t hash)
{
    size_t mask = m->bucket_mask;
    size_t pos = (size_t)hash & mask;
    for (size_t stride = 0;;) {
        kl__hm_bits b = kl__hm_match_free(kl__hm_load(m->ctrl + pos));
        if (KL_LIKELY(b != 0)) {
            size_t i = (pos + kl__hm_lowest(b)) & mask;
            /* In a table smaller than a group, the EMPTY bytes past the
             * buckets map back onto buckets that may be full: then the
             * first group (which has a free bucket) decides. */
            if (KL_UNLIKELY(m->ctrl[i] < 0x80))
                i = kl__hm_lowest(kl__hm_match_free(kl__hm_load(m->ctrl)));
            return i;
        }
        stride += KL__HM_W;
        pos = (pos + stride) & mask;
    }
}

/* kl__hm_set_ctrl: bucket i's control byte, and its mirror. */
KL__HM_INLINE void kl__hm_set_ctrl(kl_hashmap *m, size_t i, uint8_t c)
{
    m->ctrl[i] = c;
    m->ctrl[((i - KL__HM_W) & m->bucket_mask) + KL__HM_W] = c;
}

/* kl__hm_claim: bucket i (from kl__hm_find_free) now holds an entry of
 * hash; returns its slot. */
KL__HM_INLINE void *kl__hm_claim(kl_hashmap *m, size_t i, uint64_t hash, size_t slot_size)
{
    m->growth_left -= m->ctrl[i] == KL__HM_EMPTY;
    kl__hm_set_ctrl(m, i, kl__hm_h2(hash));
    m->len++;
    return kl__hm_slot(m, i, slot_size);
}

/* kl__hm_insert_at: a fresh slot for a key of hash that is not in m,
 * at bucket i from kl__hm_find_or_free or kl__hm_find_free, growing m
 * (and probing again) if it must; NULL (m unchanged) when that fails. */
KL__HM_INLINE void *kl__hm_insert_at(kl_hashmap *m, size_t i, uint64_t hash,
                                     const kl_hashmap_type *t)
{
    if (KL_UNLIKELY(m->growth_left == 0 && m->ctrl[i] == KL__HM_EMPTY)) {
        if (kl_hashmap_reserve(m, 1, t) != KL_OK)
            return NULL;
        i = kl__hm_find_free(m, hash);
    }
    return kl__hm_claim(m, i, hash, t->slot_size);
}

/* kl__hm_insert_slot: kl__hm_insert_at at the first free bucket. */
KL__HM_INLINE void *kl__hm_insert_slot(kl_hashmap *m, uint64_t hash, const kl_hashmap_type *t)
{
    return kl__hm_insert_at(m, kl__hm_find_free(m, hash), hash, t);
}

/* kl__hm_move: put the slot_size bytes at slot, of hash, into dst (a
 * table being filled by a resize: no tombstones, no equal keys). */
KL__HM_INLINE void kl__hm_move(kl_hashmap *dst, const void *slot, uint64_t hash, size_t slot_size)
{
    size_t j = kl__hm_find_free(dst, hash);
    kl__hm_set_ctrl(dst, j, kl__hm_h2(hash));
    __builtin_memcpy(kl__hm_slot(dst, j, slot_size), slot, slot_size);
}

/* kl__hm_erase: empty bucket i (full). */
KL__HM_INLINE void kl__hm_erase(kl_hashmap *m, size_t i)
{
    size_t before = (i - KL__HM_W) & m->bucket_mask;
    kl__hm_bits eb = kl__hm_match_empty(kl__hm_load(m->ctrl + before));
    kl__hm_bits ea = kl__hm_match_empty(kl__hm_load(m->ctrl + i));
    uint8_t c = KL__HM_DELETED;
    /* A probe passed bucket i only if a whole group around it was free
     * of EMPTY bytes; otherwise no lookup needs the tombstone. */
    if (kl__hm_leading(eb) + kl__hm_trailing(ea) < KL__HM_W) {
        c = KL__HM_EMPTY;
        m->growth_left++;
    }
    kl__hm_set_ctrl(m, i, c);
    m->len--;
}

/* kl__hm_erase_slot: as kl__hm_erase, given the slot. */
KL__HM_INLINE void kl__hm_erase_slot(kl_hashmap *m, void *slot, size_t slot_size)
{
    kl__hm_erase(m, (size_t)((char *)slot - (char *)m->slots) / slot_size);
}

/* kl__hm_next: the next full slot from it, or NULL at the end. */
KL__HM_INLINE void *kl__hm_next(const kl_hashmap *m, kl_hashmap_iter *it, size_t slot_size)
{
    size_t n = m->bucket_mask == 0 ? 0 : m->bucket_mask + 1;
    while (it->next < n) {
        size_t i = it->next++;
        if (m->ctrl[i] < 0x80)
            return kl__hm_slot(m, i, slot_size);
    }
    return NULL;
}

/* ---------------------------------------------------------------------
 * Hash and equality functions for KL_HASHMAP_DEFINE. */

KL__HM_INLINE uint64_t kl__hm_rotl(uint64_t x, unsigned b)
{
    return (x << b) | (x >> (64 - b));
}

KL__HM_INLINE void kl__hm_sipround(uint64_t *v0, uint64_t *v1, uint64_t *v2, uint64_t *v3)
{
    *v0 += *v1;
    *v1 = kl__hm_rotl(*v1, 13);
    *v1 ^= *v0;
    *v0 = kl__hm_rotl(*v0, 32);
    *v2 += *v3;
    *v3 = kl__hm_rotl(*v3, 16);
    *v3 ^= *v2;
    *v0 += *v3;
    *v3 = kl__hm_rotl(*v3, 21);
    *v3 ^= *v0;
    *v2 += *v1;
    *v1 = kl__hm_rotl(*v1, 17);
    *v1 ^= *v2;
    *v2 = kl__hm_rotl(*v2, 32);
}

/* kl_hashmap_hash_u64: SipHash-1-3 of *key's 8 bytes under the map's
 * seed, inline: kl_siphash13(key, 8, (const uint8_t *)seed->k) on a
 * little-endian machine.  Starts from the state precomputed in seed. */
KL__HM_INLINE uint64_t kl_hashmap_hash_u64(const uint64_t *key, const kl_hashmap_seed *seed)
{
    uint64_t m = *key;
    uint64_t v0 = seed->sip[0], v1 = seed->sip[1], v2 = seed->sip[2], v3 = seed->sip[3] ^ m;
    /* The rest of the first SipRound (its v0/v1 half is in seed). */
    v2 += v3;
    v3 = kl__hm_rotl(v3, 16);
    v3 ^= v2;
    v0 += v3;
    v3 = kl__hm_rotl(v3, 21);
    v3 ^= v0;
    v2 += v1;
    v1 = kl__hm_rotl(v1, 17);
    v1 ^= v2;
    v2 = kl__hm_rotl(v2, 32);
    v0 ^= m;
    uint64_t b = (uint64_t)8 << 56;
    v3 ^= b;
    kl__hm_sipround(&v0, &v1, &v2, &v3);
    v0 ^= b;
    v2 ^= 0xff;
    kl__hm_sipround(&v0, &v1, &v2, &v3);
    kl__hm_sipround(&v0, &v1, &v2, &v3);
    /* (GCC drops the last round's final v0 update itself: it cancels in
     * the XOR below.) */
    kl__hm_sipround(&v0, &v1, &v2, &v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

/* kl__hm_mix: the 128-bit product of a and b, its halves XORed. */
KL__HM_INLINE uint64_t kl__hm_mix(uint64_t a, uint64_t b)
{
#ifdef __SIZEOF_INT128__
    __extension__ unsigned __int128 p = (unsigned __int128)a * b;
    return (uint64_t)p ^ (uint64_t)(p >> 64);
#else
    uint64_t a_lo = (uint32_t)a, a_hi = a >> 32;
    uint64_t b_lo = (uint32_t)b, b_hi = b >> 32;
    uint64_t ll = a_lo * b_lo, lh = a_lo * b_hi, hl = a_hi * b_lo, hh = a_hi * b_hi;
    uint64_t mid = (ll >> 32) + (uint32_t)lh + (uint32_t)hl;
    uint64_t hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
    return ((mid << 32) | (uint32_t)ll) ^ hi;
#endif
}

/* kl_hashmap_hash_u64_fast: the fast hash of *key under the map's seed:
 * the key plus seed->fast, times a 64-bit odd constant, the 128-bit
 * product's halves XORed -- one multiply, where kl_hash64 (a hash for
 * inputs of any length) chains two: a lookup's hash is on the path to
 * its first load, and the second multiply made lookups 15-30% slower
 * (doc/benchmarks.md, Hash map, "one multiply").
 *
 * A product by a constant is linear in the key, so for keys in
 * arithmetic progression the bits that pick the bucket and those that
 * pick the control byte are both Weyl sequences, and some multipliers
 * correlate them for some strides.  The multiplier is CityHash's kMul
 * (G. Pike and J. Alakuijala, 2011; abseil's hash mixes u64 keys the
 * same way): over the key patterns of tests/alloc/hashmap.c (i << s for
 * every shift, i times 21 strides), lookups of absent keys probe at
 * most 1.3 times the groups that random keys' do, and make at most 2.5
 * times their (rare) false key comparisons; the golden ratio and four
 * random multipliers tried each fail that for some pattern.  Fast; not
 * HashDoS-resistant: for keys that may be chosen against the map, use
 * the default, SipHash-1-3. */
KL__HM_INLINE uint64_t kl_hashmap_hash_u64_fast(const uint64_t *key, const kl_hashmap_seed *seed)
{
    return kl__hm_mix(*key + seed->fast, UINT64_C(0x9ddfea08eb382d69));
}

/* kl_hashmap_eq_u64: whether *a == *b. */
KL__HM_INLINE bool kl_hashmap_eq_u64(const uint64_t *a, const uint64_t *b)
{
    return *a == *b;
}

/* kl_hashmap_hash_str: SipHash-1-3 of the string's bytes under the map's
 * seed. */
KL_INLINE uint64_t kl_hashmap_hash_str(const kl_str *key, const kl_hashmap_seed *seed)
{
    return kl_siphash13(key->ptr, key->len, (const uint8_t *)seed->k);
}

/* kl_hashmap_hash_str_fast: kl_hash64 of the string's bytes. */
KL_INLINE uint64_t kl_hashmap_hash_str_fast(const kl_str *key, const kl_hashmap_seed *seed)
{
    return kl_hash64(key->ptr, key->len, seed->k[0]);
}

/* kl_hashmap_eq_str: whether the strings have the same bytes. */
KL_INLINE bool kl_hashmap_eq_str(const kl_str *a, const kl_str *b)
{
    return a->len == b->len && (a->len == 0 || __builtin_memcmp(a->ptr, b->ptr, a->len) == 0);
}

/* ---------------------------------------------------------------------
 * Typed maps and sets. */

/* KL__HM_DEFINE_COMMON(name, K, SLOT, VOFF, VSIZE, HASH, EQ): what maps
 * and sets share: the type `name`, the type-erased hash, equality and
 * move_all (the key is at the start of each SLOT), the kl_hashmap_type
 * (values VSIZE bytes at offset VOFF), and name_init, name_free,
 * name_len, name_reserve, name_clear and name_check. */
#define KL__HM_DEFINE_COMMON(name, K, SLOT, VOFF, VSIZE, HASH, EQ)             \
    KL__ASSERT_TRIVIAL(K)                                                      \
    typedef struct name { kl_hashmap raw; } name;                              \
    KL_GENERATED_INLINE uint64_t name##__hash(const void *k,                   \
                                              const kl_hashmap_seed *s)        \
    {                                                                          \
        return HASH((const K *)k, s);                                          \
    }                                                                          \
    KL_GENERATED_INLINE bool name##__eq(const void *a, const void *b)          \
    {                                                                          \
        return EQ((const K *)a, (const K *)b);                                 \
    }                                                                          \
    KL_GENERATED_INLINE void name##__move_all(kl_hashmap *dst,                 \
                                              const kl_hashmap *src)           \
    {                                                                          \
        for (size_t i = 0; i <= src->bucket_mask; i++)                         \
            if (src->ctrl[i] < 0x80) {                                         \
                const SLOT *s = (const SLOT *)src->slots + i;                  \
                kl__hm_move(dst, s, HASH((const K *)s, &src->seed),            \
                            sizeof(SLOT));                                     \
            }                                                                  \
    }                                                                          \
    static const kl_hashmap_type name##__type KL_MAYBE_UNUSED = {              \
        sizeof(SLOT), KL_ALIGNOF(SLOT), sizeof(K), VOFF, VSIZE,                  \
        name##__hash, name##__eq, name##__move_all                             \
    };                                                                         \
    KL_GENERATED_INLINE void name##_init(name *m, kl_allocator *a)             \
    {                                                                          \
        kl_hashmap_init(&m->raw, a);                                           \
    }                                                                          \
    KL_GENERATED_INLINE void name##_free(name *m)                              \
    {                                                                          \
        kl_hashmap_free(&m->raw, &name##__type);                               \
    }                                                                          \
    KL_GENERATED_INLINE size_t name##_len(const name *m) { return m->raw.len; } \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_reserve(name *m, size_t n)  \
    {                                                                          \
        return kl_hashmap_reserve(&m->raw, n, &name##__type);                  \
    }                                                                          \
    KL_GENERATED_INLINE size_t name##_capacity(const name *m)                  \
    {                                                                          \
        return m->raw.len + m->raw.growth_left;                                \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_shrink_to(name *m, size_t n) \
    {                                                                          \
        return kl_hashmap_shrink_to(&m->raw, n, &name##__type);                \
    }                                                                          \
    KL_GENERATED_INLINE KL_NODISCARD kl_err name##_shrink_to_fit(name *m)      \
    {                                                                          \
        return kl_hashmap_shrink_to(&m->raw, 0, &name##__type);                \
    }                                                                          \
    KL_GENERATED_INLINE void name##_clear(name *m)                             \
    {                                                                          \
        kl_hashmap_clear(&m->raw, &name##__type);                              \
    }                                                                          \
    KL_GENERATED_INLINE const char *name##_check(const name *m)                \
    {                                                                          \
        return kl_hashmap_check(&m->raw, &name##__type);                       \
    }

/* KL_HASHMAP_DEFINE(name, K, V, HASH, EQ): the map `name` from K to V,
 * hashing with `uint64_t HASH(const K *, const kl_hashmap_seed *)` and
 * comparing keys with `bool EQ(const K *, const K *)`.  Generates the
 * entry type name_kv { K key; V value; } and, for a `name *m`:
 *
 *   void   name_init(m, kl_allocator *a)  empty map over a (NULL = global)
 *   void   name_free(m)                   free the table; m empty, reusable
 *   size_t name_len(m)                    the number of entries
 *   V     *name_get(m, K key)             key's value, or NULL
 *   bool   name_contains(m, K key)
 *   kl_err name_insert(m, K key, V value, bool *replaced, V *old)
 *          set key's value; *replaced (unless NULL) says whether key was
 *          there, and then old (unless NULL) gets its previous value
 *   bool   name_remove(m, K key, V *out)  remove key; whether it was there
 *   bool   name_remove_entry(m, K key, K *key_out, V *out)
 *          as name_remove, also copying out the stored key (unless NULL)
 *   kl_err name_entry(m, K key, V **value, bool *inserted)
 *          key's value, inserted as all-zero bytes if missing
 *   kl_err name_reserve(m, size_t n)      room for n more entries
 *   size_t name_capacity(m)               entries it holds without growing
 *   kl_err name_shrink_to(m, size_t n)    the smallest table for
 *          max(len, n) entries (none for 0); KL_ENOMEM: m unchanged
 *   kl_err name_shrink_to_fit(m)          name_shrink_to(m, 0)
 *   void   name_clear(m)                  remove every entry
 *   void   name_retain(m, bool (*keep)(const K *, V *, void *), void *ctx)
 *          remove the entries keep() says false to
 *   name_kv *name_next(m, kl_hashmap_iter *it)  the next entry, or NULL
 *   const char *name_check(m)             kl_hashmap_check
 *
 * Every kl_err is KL_OK or KL_ENOMEM, which leaves the map unchanged.
 * The stored keys must not be modified through name_next's entries. */
#define KL_HASHMAP_DEFINE(name, K, V, HASH, EQ)                                \
    KL__ASSERT_TRIVIAL(V)                                                      \
    typedef struct name##_kv { K key; V value; } name##_kv;                    \
    KL__HM_DEFINE_COMMON(name, K, name##_kv, offsetof(name##_kv, value),       \
                         sizeof(V), HASH, EQ)                                  \
    KL__HM_HOT name##_kv *name##__find(const name *m, const K *key)            \
    {                                                                          \
        return (name##_kv *)kl__hm_find(&m->raw, HASH(key, &m->raw.seed), key, \
                                        sizeof(name##_kv), name##__eq);        \
    }                                                                          \
    KL__HM_HOT V *name##_get(const name *m, K key)                             \
    {                                                                          \
        name##_kv *kv = name##__find(m, &key);                                 \
        return kv != NULL ? &kv->value : NULL;                                 \
    }                                                                          \
    KL__HM_HOT bool name##_contains(const name *m, K key)                      \
    {                                                                          \
        return name##__find(m, &key) != NULL;                                  \
    }                                                                          \
    KL__HM_HOT KL_NODISCARD kl_err name##_insert(                              \
        name *m, K key, V value, bool *replaced, V *old)                       \
    {                                                                          \
        uint64_t h = HASH(&key, &m->raw.seed);                                 \
        size_t at = 0; /* set by find_or_free when it returns NULL */     \
        name##_kv *kv = (name##_kv *)kl__hm_find_or_free(                      \
            &m->raw, h, &key, sizeof(name##_kv), name##__eq, &at);             \
        bool found = kv != NULL;                                               \
        if (found) {                                                           \
            if (old != NULL)                                                   \
                *old = kv->value;                                              \
        } else {                                                               \
            kv = (name##_kv *)kl__hm_insert_at(&m->raw, at, h, &name##__type); \
            if (KL_UNLIKELY(kv == NULL))                                       \
                return KL_ENOMEM;                                              \
            kv->key = key;                                                     \
        }                                                                      \
        kv->value = value;                                                     \
        if (replaced != NULL)                                                  \
            *replaced = found;                                                 \
        return KL_OK;                                                          \
    }                                                                          \
    KL__HM_HOT bool name##_remove_entry(name *m, K key, K *key_out, V *out)    \
    {                                                                          \
        uint64_t h = HASH(&key, &m->raw.seed);                                 \
        kl__hm_prefetch(&m->raw, h, sizeof(name##_kv));                        \
        name##_kv *kv = (name##_kv *)kl__hm_find(&m->raw, h, &key,             \
                                                 sizeof(name##_kv), name##__eq); \
        if (kv == NULL)                                                        \
            return false;                                                      \
        if (key_out != NULL)                                                   \
            *key_out = kv->key;                                                \
        if (out != NULL)                                                       \
            *out = kv->value;                                                  \
        kl__hm_erase_slot(&m->raw, kv, sizeof(name##_kv));                     \
        return true;                                                           \
    }                                                                          \
    KL__HM_HOT bool name##_remove(name *m, K key, V *out)                      \
    {                                                                          \
        return name##_remove_entry(m, key, NULL, out);                         \
    }                                                                          \
    KL__HM_HOT KL_NODISCARD kl_err name##_entry(                               \
        name *m, K key, V **value, bool *inserted)                             \
    {                                                                          \
        uint64_t h = HASH(&key, &m->raw.seed);                                 \
        size_t at = 0; /* set by find_or_free when it returns NULL */     \
        name##_kv *kv = (name##_kv *)kl__hm_find_or_free(                      \
            &m->raw, h, &key, sizeof(name##_kv), name##__eq, &at);             \
        bool fresh = kv == NULL;                                               \
        if (fresh) {                                                           \
            kv = (name##_kv *)kl__hm_insert_at(&m->raw, at, h, &name##__type); \
            if (KL_UNLIKELY(kv == NULL))                                       \
                return KL_ENOMEM;                                              \
            kv->key = key;                                                     \
            __builtin_memset(&kv->value, 0, sizeof(V));                        \
        }                                                                      \
        *value = &kv->value;                                                   \
        if (inserted != NULL)                                                  \
            *inserted = fresh;                                                 \
        return KL_OK;                                                          \
    }                                                                          \
    KL_GENERATED_INLINE name##_kv *name##_next(const name *m,                  \
                                                kl_hashmap_iter *it)           \
    {                                                                          \
        return (name##_kv *)kl__hm_next(&m->raw, it, sizeof(name##_kv));       \
    }                                                                          \
    KL_GENERATED_INLINE void name##_retain(                                    \
        name *m, bool (*keep)(const K *, V *, void *), void *ctx)              \
    {                                                                          \
        kl_hashmap_iter it = KL_HASHMAP_ITER_INIT;                             \
        for (name##_kv *kv; (kv = name##_next(m, &it)) != NULL;)               \
            if (!keep(&kv->key, &kv->value, ctx))                              \
                kl__hm_erase(&m->raw, it.next - 1);                            \
    }

/* KL_HASHMAP_DEFINE_U64(name, V): a map from uint64_t to V hashed with
 * SipHash-1-3; KL_HASHMAP_DEFINE_U64_FAST with kl_hashmap_hash_u64_fast. */
#define KL_HASHMAP_DEFINE_U64(name, V)                                         \
    KL_HASHMAP_DEFINE(name, uint64_t, V, kl_hashmap_hash_u64, kl_hashmap_eq_u64)
#define KL_HASHMAP_DEFINE_U64_FAST(name, V)                                    \
    KL_HASHMAP_DEFINE(name, uint64_t, V, kl_hashmap_hash_u64_fast, kl_hashmap_eq_u64)

/* KL_HASHMAP_DEFINE_STR(name, V): a map from kl_str (borrowed: the bytes
 * must outlive their entry) to V, hashed with SipHash-1-3;
 * KL_HASHMAP_DEFINE_STR_FAST with kl_hash64. */
#define KL_HASHMAP_DEFINE_STR(name, V)                                         \
    KL_HASHMAP_DEFINE(name, kl_str, V, kl_hashmap_hash_str, kl_hashmap_eq_str)
#define KL_HASHMAP_DEFINE_STR_FAST(name, V)                                    \
    KL_HASHMAP_DEFINE(name, kl_str, V, kl_hashmap_hash_str_fast, kl_hashmap_eq_str)

/* KL_HASHSET_DEFINE(name, K, HASH, EQ): the set `name` of K, with HASH
 * and EQ as for KL_HASHMAP_DEFINE.  For a `name *m`: name_init, name_free,
 * name_len, name_contains, name_reserve, name_capacity, name_shrink_to,
 * name_shrink_to_fit, name_clear, name_check as for a map, and
 *
 *   kl_err name_insert(m, K key, bool *inserted)  add key; *inserted
 *          (unless NULL) says whether it was new (a present key is kept)
 *   bool   name_remove(m, K key)                 whether key was there
 *   bool   name_take(m, K key, K *out)           as name_remove, copying
 *          out the stored key (unless NULL)
 *   void   name_retain(m, bool (*keep)(const K *, void *), void *ctx)
 *   const K *name_next(m, kl_hashmap_iter *it)   the next key, or NULL */
#define KL_HASHSET_DEFINE(name, K, HASH, EQ)                                   \
    KL__HM_DEFINE_COMMON(name, K, K, sizeof(K), 0, HASH, EQ)                   \
    KL__HM_HOT K *name##__find(const name *m, const K *key)                    \
    {                                                                          \
        return (K *)kl__hm_find(&m->raw, HASH(key, &m->raw.seed), key,         \
                                sizeof(K), name##__eq);                        \
    }                                                                          \
    KL__HM_HOT bool name##_contains(const name *m, K key)                      \
    {                                                                          \
        return name##__find(m, &key) != NULL;                                  \
    }                                                                          \
    KL__HM_HOT KL_NODISCARD kl_err name##_insert(name *m, K key,               \
                                                          bool *inserted)      \
    {                                                                          \
        uint64_t h = HASH(&key, &m->raw.seed);                                 \
        size_t at = 0; /* set by find_or_free when it returns NULL */     \
        bool fresh = kl__hm_find_or_free(&m->raw, h, &key, sizeof(K),          \
                                         name##__eq, &at) == NULL;             \
        if (fresh) {                                                           \
            K *slot = (K *)kl__hm_insert_at(&m->raw, at, h, &name##__type);    \
            if (KL_UNLIKELY(slot == NULL))                                     \
                return KL_ENOMEM;                                              \
            *slot = key;                                                       \
        }                                                                      \
        if (inserted != NULL)                                                  \
            *inserted = fresh;                                                 \
        return KL_OK;                                                          \
    }                                                                          \
    KL__HM_HOT bool name##_take(name *m, K key, K *out)                        \
    {                                                                          \
        uint64_t h = HASH(&key, &m->raw.seed);                                 \
        kl__hm_prefetch(&m->raw, h, sizeof(K));                                \
        K *slot = (K *)kl__hm_find(&m->raw, h, &key, sizeof(K),                \
                                   name##__eq);                                \
        if (slot == NULL)                                                      \
            return false;                                                      \
        if (out != NULL)                                                       \
            *out = *slot;                                                      \
        kl__hm_erase_slot(&m->raw, slot, sizeof(K));                           \
        return true;                                                           \
    }                                                                          \
    KL__HM_HOT bool name##_remove(name *m, K key)                              \
    {                                                                          \
        return name##_take(m, key, NULL);                                      \
    }                                                                          \
    KL_GENERATED_INLINE const K *name##_next(const name *m, kl_hashmap_iter *it) \
    {                                                                          \
        return (const K *)kl__hm_next(&m->raw, it, sizeof(K));                 \
    }                                                                          \
    KL_GENERATED_INLINE void name##_retain(                                    \
        name *m, bool (*keep)(const K *, void *), void *ctx)                   \
    {                                                                          \
        kl_hashmap_iter it = KL_HASHMAP_ITER_INIT;                             \
        for (const K *k; (k = name##_next(m, &it)) != NULL;)                   \
            if (!keep(k, ctx))                                                 \
                kl__hm_erase(&m->raw, it.next - 1);                            \
    }

/* KL_HASHSET_DEFINE_U64(name), KL_HASHSET_DEFINE_U64_FAST(name): sets of
 * uint64_t with SipHash-1-3 or kl_hashmap_hash_u64_fast;
 * KL_HASHSET_DEFINE_STR(name):
 * a set of kl_str with SipHash-1-3. */
#define KL_HASHSET_DEFINE_U64(name)                                            \
    KL_HASHSET_DEFINE(name, uint64_t, kl_hashmap_hash_u64, kl_hashmap_eq_u64)
#define KL_HASHSET_DEFINE_U64_FAST(name)                                       \
    KL_HASHSET_DEFINE(name, uint64_t, kl_hashmap_hash_u64_fast, kl_hashmap_eq_u64)
#define KL_HASHSET_DEFINE_STR(name)                                            \
    KL_HASHSET_DEFINE(name, kl_str, kl_hashmap_hash_str, kl_hashmap_eq_str)

#endif /* KEEL_HASHMAP_H */
