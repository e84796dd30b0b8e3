/* kl_hashmap_init and the per-map seeds: what the cores of both group
 * widths share. */
#include <keel/atomic.h>
#include <keel/hashmap.h>
#include <keel/num.h>

const uint8_t kl_hashmap_empty_ctrl[16] = {
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

/* The process seed: constants (the first fractional digits of pi) until
 * kl_hashmap_set_process_seed gives secret ones.  keel's alloc profile has
 * no entropy of its own; the hosted profile is where OS entropy can come
 * in.  Without it a map's seed still differs from map to map (the
 * counter, the map's address, and in a hosted process the address of
 * this file's data, which address-space randomization moves). */
static uint64_t process_seed[2] = { UINT64_C(0x243f6a8885a308d3), UINT64_C(0x13198a2e03707344) };
static kl_atomic_usize map_counter = KL_ATOMIC_INIT(0);

void kl_hashmap_set_process_seed(uint64_t k0, uint64_t k1)
{
    process_seed[0] ^= k0;
    process_seed[1] ^= k1;
}

void kl_hashmap_init_seeded(kl_hashmap *m, kl_allocator *alloc, uint64_t k0, uint64_t k1)
{
    m->ctrl = (uint8_t *)(uintptr_t)kl_hashmap_empty_ctrl;
    m->slots = NULL;
    m->bucket_mask = 0;
    m->len = 0;
    m->growth_left = 0;
    m->alloc = alloc;
    m->seed.k[0] = k0;
    m->seed.k[1] = k1;
    /* kl_hash64's first step on its seed (src/bare/hash_fast.c), done once
     * here for kl_hashmap_hash_u64_fast. */
    m->seed.fast = k0 ^ kl__hm_mix(k0 ^ UINT64_C(0x6a09e667f3bcc908), UINT64_C(0xbb67ae8584caa73b));
    /* SipHash's key setup (the words as kl_siphash13 reads the key's
     * bytes) and the v0/v1 half of the first SipRound, for
     * kl_hashmap_hash_u64. */
    unsigned char key[16];
    __builtin_memcpy(key, &k0, 8);
    __builtin_memcpy(key + 8, &k1, 8);
    k0 = kl_load_le64(key);
    k1 = kl_load_le64(key + 8);
    uint64_t v0 = k0 ^ UINT64_C(0x736f6d6570736575);
    uint64_t v1 = k1 ^ UINT64_C(0x646f72616e646f6d);
    v0 += v1;
    v1 = kl__hm_rotl(v1, 13) ^ v0;
    m->seed.sip[0] = kl__hm_rotl(v0, 32);
    m->seed.sip[1] = v1;
    m->seed.sip[2] = k0 ^ UINT64_C(0x6c7967656e657261);
    m->seed.sip[3] = k1 ^ UINT64_C(0x7465646279746573);
}

void kl_hashmap_init(kl_hashmap *m, kl_allocator *alloc)
{
    uint64_t words[2] = {
        (uint64_t)kl_atomic_usize_fetch_add(&map_counter, 1, KL_ORDER_RELAXED),
        (uint64_t)(uintptr_t)m ^ ((uint64_t)(uintptr_t)&map_counter << 24),
    };
    const uint8_t *key = (const uint8_t *)process_seed;
    uint64_t k0 = kl_siphash13(words, sizeof words, key);
    words[0] ^= UINT64_C(0xa4093822299f31d0);
    uint64_t k1 = kl_siphash13(words, sizeof words, key);
    kl_hashmap_init_seeded(m, alloc, k0, k1);
}
