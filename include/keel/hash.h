/* keel/hash.h -- hashing: SipHash (keyed, for tables facing untrusted
 * keys) and a fast non-cryptographic hash.  Layer: bare.
 *
 * SipHash is Aumasson & Bernstein's "SipHash: a fast short-input PRF"
 * (2012): SipHash-2-4 as specified, and SipHash-1-3, the variant Rust's
 * HashMap uses.  Both read the key as two little-endian 64-bit words and
 * give the same value on every platform.
 *
 * kl_hash64 follows the design of wyhash (Wang Yi, 2019): input read 16
 * or 48 bytes at a time, each pair of 64-bit words mixed by a 64x64->128
 * bit multiply whose halves are folded together with XOR.  It is keel's
 * own implementation and constants (not wyhash's values), fast and with
 * good avalanche (tests/bare/hash.c measures it), but NOT resistant to
 * deliberate collisions: use SipHash with a secret key where an attacker
 * chooses the keys.  Its values are the same on every platform.
 */
#ifndef KEEL_HASH_H
#define KEEL_HASH_H

#include <keel/base.h>

/* kl_siphash: the state of a streaming SipHash computation.  Opaque:
 * use the functions below. */
typedef struct kl_siphash {
    uint64_t v[4];
    uint64_t tail;    /* the bytes of an unfinished 8-byte word */
    uint64_t len;     /* bytes absorbed so far */
    uint8_t crounds;  /* compression rounds per word: 2 (SipHash-2-4) or 1 */
} kl_siphash;

KL_BEGIN_DECLS

/* kl_siphash24: SipHash-2-4 of the len bytes at data under the 16-byte
 * key. */
KL_API uint64_t kl_siphash24(const void *data, size_t len, const uint8_t key[16]);

/* kl_siphash13: SipHash-1-3 of the len bytes at data under key. */
KL_API uint64_t kl_siphash13(const void *data, size_t len, const uint8_t key[16]);

/* kl_siphash24_init, kl_siphash13_init: start a streaming SipHash-2-4 or
 * -1-3 under key. */
KL_API void kl_siphash24_init(kl_siphash *h, const uint8_t key[16]);
KL_API void kl_siphash13_init(kl_siphash *h, const uint8_t key[16]);

/* kl_siphash_update: absorb len more bytes.  Any split of a message into
 * updates gives the same result as the one-shot function. */
KL_API void kl_siphash_update(kl_siphash *h, const void *data, size_t len);

/* kl_siphash_finish: the hash of everything absorbed.  Leaves h as it
 * was, so more can be absorbed and finished again. */
KL_API uint64_t kl_siphash_finish(const kl_siphash *h);

/* kl_hash64: the fast hash of the len bytes at data, with seed (any
 * value; different seeds give unrelated hash functions). */
KL_API uint64_t kl_hash64(const void *data, size_t len, uint64_t seed);

KL_END_DECLS

#endif /* KEEL_HASH_H */
