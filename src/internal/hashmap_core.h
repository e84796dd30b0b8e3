/* src/internal/hashmap_core.h -- the type-erased core of keel/hashmap.h
 * for one group width: src/alloc/hashmap8.c defines KL_HASHMAP_GROUP 8,
 * src/alloc/hashmap16.c takes keel/hashmap.h's 16 where SSE2 is there,
 * and each includes this, so the portable and the SSE2
 * core are each compiled once (a program links the one its header
 * picked).  Private: never installed. */
#ifndef KEEL_INTERNAL_HASHMAP_CORE_H
#define KEEL_INTERNAL_HASHMAP_CORE_H

#include <keel/require/alloc.h>
#include <keel/hashmap.h>
#include <keel/panic.h>

/* The most entries a table of mask + 1 buckets takes: 7/8 of them, or
 * all but one in tables of fewer than 8 (which a single group covers). */
static size_t capacity_of(size_t mask)
{
    return mask < 8 ? mask : (mask + 1) / 8 * 7;
}

/* The buckets for cap entries (a power of two, at least 4), or 0 if that
 * overflows. */
static size_t buckets_for(size_t cap)
{
    if (cap < 8)
        return cap < 4 ? 4 : 8;
    if (cap > SIZE_MAX / 8)
        return 0;
    size_t want = cap * 8 / 7, b = 16;
    while (b < want) {
        if (b > SIZE_MAX / 2)
            return 0;
        b *= 2;
    }
    return b;
}

/* The bytes of a table of `buckets` (slots, then control bytes), or 0 on
 * overflow. */
static size_t table_bytes(size_t buckets, size_t slot_size)
{
    if (buckets > (SIZE_MAX - KL__HM_W) / (slot_size + 1))
        return 0;
    return buckets * slot_size + buckets + KL__HM_W;
}

static void reset_empty(kl_hashmap *m)
{
    m->ctrl = (uint8_t *)(uintptr_t)kl_hashmap_empty_ctrl;
    m->slots = NULL;
    m->bucket_mask = 0;
    m->len = 0;
    m->growth_left = 0;
}

void kl_hashmap_free(kl_hashmap *m, const kl_hashmap_type *t)
{
    if (m->bucket_mask != 0)
        kl_free(m->alloc, m->slots, table_bytes(m->bucket_mask + 1, t->slot_size),
                t->slot_align);
    reset_empty(m);
}

void kl_hashmap_clear(kl_hashmap *m, const kl_hashmap_type *t)
{
    (void)t;
    if (m->bucket_mask == 0)
        return;
    __builtin_memset(m->ctrl, KL__HM_EMPTY, m->bucket_mask + 1 + KL__HM_W);
    m->len = 0;
    m->growth_left = capacity_of(m->bucket_mask);
}

/* Move every entry into a new table with room for cap entries.  The new
 * table is allocated first: on failure m is untouched. */
static kl_err resize(kl_hashmap *m, size_t cap, const kl_hashmap_type *t)
{
    size_t buckets = buckets_for(cap);
    size_t bytes = buckets == 0 ? 0 : table_bytes(buckets, t->slot_size);
    if (bytes == 0)
        return KL_ENOMEM;
    char *mem = kl_alloc(m->alloc, bytes, t->slot_align);
    if (mem == NULL)
        return KL_ENOMEM;
    kl_hashmap n = *m;
    n.slots = mem;
    n.ctrl = (uint8_t *)mem + buckets * t->slot_size;
    n.bucket_mask = buckets - 1;
    __builtin_memset(n.ctrl, KL__HM_EMPTY, buckets + KL__HM_W);
    size_t old_buckets = m->bucket_mask == 0 ? 0 : m->bucket_mask + 1;
    if (m->len == 0) {
        /* nothing to move */
    } else if (t->move_all != NULL) {
        t->move_all(&n, m);
    } else {
        for (size_t i = 0; i < old_buckets; i++) {
            if (m->ctrl[i] >= 0x80)
                continue;
            const void *slot = kl__hm_slot(m, i, t->slot_size);
            kl__hm_move(&n, slot, t->hash(slot, &m->seed), t->slot_size);
        }
    }
    n.growth_left = capacity_of(n.bucket_mask) - n.len;
    if (m->bucket_mask != 0)
        kl_free(m->alloc, m->slots, table_bytes(old_buckets, t->slot_size), t->slot_align);
    *m = n;
    return KL_OK;
}

static void swap_bytes(void *a, void *b, size_t n)
{
    unsigned char tmp[64];
    char *p = a, *q = b;
    while (n > 0) {
        size_t k = n < sizeof tmp ? n : sizeof tmp;
        __builtin_memcpy(tmp, p, k);
        __builtin_memcpy(p, q, k);
        __builtin_memcpy(q, tmp, k);
        p += k;
        q += k;
        n -= k;
    }
}

/* Clear the tombstones without allocating: every entry is marked DELETED
 * (and every tombstone EMPTY), then each is put back on its own probe
 * sequence -- left where it is if that is the group its probe starts in,
 * else moved to the first free bucket, swapping with a not yet placed
 * entry found there.  (The algorithm of Abseil's and hashbrown's
 * drop-deleted rehash.) */
static void rehash_in_place(kl_hashmap *m, const kl_hashmap_type *t)
{
    size_t mask = m->bucket_mask, buckets = mask + 1;
    for (size_t i = 0; i < buckets; i++)
        m->ctrl[i] = m->ctrl[i] >= 0x80 ? KL__HM_EMPTY : KL__HM_DELETED;
    if (buckets < KL__HM_W)
        __builtin_memcpy(m->ctrl + KL__HM_W, m->ctrl, buckets);
    else
        __builtin_memcpy(m->ctrl + buckets, m->ctrl, KL__HM_W);
    for (size_t i = 0; i < buckets; i++) {
        if (m->ctrl[i] != KL__HM_DELETED)
            continue;
        void *slot = kl__hm_slot(m, i, t->slot_size);
        for (;;) {
            uint64_t h = t->hash(slot, &m->seed);
            size_t j = kl__hm_find_free(m, h);
            size_t start = (size_t)h & mask;
            if ((((i - start) & mask) / KL__HM_W) == (((j - start) & mask) / KL__HM_W)) {
                kl__hm_set_ctrl(m, i, kl__hm_h2(h));
                break;
            }
            uint8_t prev = m->ctrl[j];
            kl__hm_set_ctrl(m, j, kl__hm_h2(h));
            if (prev == KL__HM_EMPTY) {
                kl__hm_set_ctrl(m, i, KL__HM_EMPTY);
                __builtin_memcpy(kl__hm_slot(m, j, t->slot_size), slot, t->slot_size);
                break;
            }
            swap_bytes(kl__hm_slot(m, j, t->slot_size), slot, t->slot_size);
        }
    }
    m->growth_left = capacity_of(mask) - m->len;
}

kl_err kl_hashmap_reserve(kl_hashmap *m, size_t additional, const kl_hashmap_type *t)
{
    if (additional <= m->growth_left)
        return KL_OK;
    if (additional > SIZE_MAX - m->len)
        return KL_ENOMEM;
    size_t need = m->len + additional, full = capacity_of(m->bucket_mask);
    if (need <= full / 2) {
        rehash_in_place(m, t);
        return KL_OK;
    }
    return resize(m, need > full + 1 ? need : full + 1, t);
}

kl_err kl_hashmap_shrink_to(kl_hashmap *m, size_t min_capacity, const kl_hashmap_type *t)
{
    if (m->bucket_mask == 0)
        return KL_OK;
    size_t want = m->len > min_capacity ? m->len : min_capacity;
    if (want == 0) {
        kl_hashmap_free(m, t);
        return KL_OK;
    }
    /* 0 (overflow) means more than any table this map has. */
    size_t buckets = buckets_for(want);
    if (buckets == 0 || buckets > m->bucket_mask)
        return KL_OK;
    return resize(m, want, t);
}

const char *kl_hashmap_check(const kl_hashmap *m, const kl_hashmap_type *t)
{
    if (m->bucket_mask == 0) {
        if (m->ctrl != kl_hashmap_empty_ctrl)
            return "a map without a table must use the empty control bytes";
        if (m->len != 0 || m->growth_left != 0)
            return "a map without a table must have len and growth_left 0";
        return NULL;
    }
    size_t mask = m->bucket_mask, buckets = mask + 1;
    if ((buckets & mask) != 0 || buckets < 4)
        return "the bucket count is not a power of two of at least 4";
    size_t full = 0, deleted = 0;
    for (size_t i = 0; i < buckets; i++) {
        uint8_t c = m->ctrl[i];
        if (c != KL__HM_EMPTY && c != KL__HM_DELETED && c >= 0x80)
            return "a control byte is neither EMPTY, DELETED nor FULL";
        if (m->ctrl[((i - KL__HM_W) & mask) + KL__HM_W] != c)
            return "a mirrored control byte differs from its bucket's";
        if (c == KL__HM_DELETED)
            deleted++;
        if (c >= 0x80)
            continue;
        full++;
        const void *slot = kl__hm_slot(m, i, t->slot_size);
        uint64_t h = t->hash(slot, &m->seed);
        if (kl__hm_h2(h) != c)
            return "a control byte does not hold its key's H2";
        if (kl__hm_find(m, h, slot, t->slot_size, t->eq) != slot)
            return "a key is not found where it lies";
    }
    for (size_t i = buckets; i < KL__HM_W; i++)
        if (m->ctrl[i] != KL__HM_EMPTY)
            return "a control byte past a small table's buckets is not EMPTY";
    if (full != m->len)
        return "len is not the number of FULL buckets";
    if (full + deleted > capacity_of(mask))
        return "the table is fuller than its capacity";
    if (m->growth_left != capacity_of(mask) - full - deleted)
        return "growth_left is not the capacity less the FULL and DELETED buckets";
    return NULL;
}

void *kl_hashmap_get(const kl_hashmap *m, const kl_hashmap_type *t, const void *key)
{
    return kl__hm_find(m, t->hash(key, &m->seed), key, t->slot_size, t->eq);
}

kl_err kl_hashmap_insert(kl_hashmap *m, const kl_hashmap_type *t, const void *key,
                         const void *value, bool *replaced, void *old)
{
    uint64_t h = t->hash(key, &m->seed);
    char *slot = kl__hm_find(m, h, key, t->slot_size, t->eq);
    bool found = slot != NULL;
    if (found) {
        if (old != NULL)
            __builtin_memcpy(old, slot + t->value_offset, t->value_size);
    } else {
        slot = kl__hm_insert_slot(m, h, t);
        if (slot == NULL)
            return KL_ENOMEM;
        __builtin_memcpy(slot, key, t->key_size);
    }
    if (t->value_size > 0)
        __builtin_memcpy(slot + t->value_offset, value, t->value_size);
    if (replaced != NULL)
        *replaced = found;
    return KL_OK;
}

bool kl_hashmap_remove(kl_hashmap *m, const kl_hashmap_type *t, const void *key, void *out)
{
    char *slot = kl__hm_find(m, t->hash(key, &m->seed), key, t->slot_size, t->eq);
    if (slot == NULL)
        return false;
    if (out != NULL && t->value_size > 0)
        __builtin_memcpy(out, slot + t->value_offset, t->value_size);
    kl__hm_erase_slot(m, slot, t->slot_size);
    return true;
}

kl_err kl_hashmap_entry(kl_hashmap *m, const kl_hashmap_type *t, const void *key,
                        void **slot, bool *inserted)
{
    uint64_t h = t->hash(key, &m->seed);
    char *s = kl__hm_find(m, h, key, t->slot_size, t->eq);
    bool fresh = s == NULL;
    if (fresh) {
        s = kl__hm_insert_slot(m, h, t);
        if (s == NULL)
            return KL_ENOMEM;
        __builtin_memcpy(s, key, t->key_size);
        __builtin_memset(s + t->value_offset, 0, t->value_size);
    }
    *slot = s;
    if (inserted != NULL)
        *inserted = fresh;
    return KL_OK;
}

#endif /* KEEL_INTERNAL_HASHMAP_CORE_H */
