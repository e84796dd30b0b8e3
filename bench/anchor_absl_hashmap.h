/* bench/anchor_absl_hashmap.h -- absl::flat_hash_map<uint64_t, uint64_t>
 * (libabsl-dev) behind C functions, the anchor of bench/hashmap.c.
 * bench/anchor_absl_hashmap.cc defines them where configure found a C++
 * compiler and abseil; else bench/anchor_absl_hashmap_none.c defines the
 * same names with kl_bench_absl_missing saying why.  Each function runs a
 * whole batch, so no call crosses the language boundary per operation. */
#ifndef KEEL_BENCH_ANCHOR_ABSL_HASHMAP_H
#define KEEL_BENCH_ANCHOR_ABSL_HASHMAP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* NULL if the abseil anchor is built, else why not. */
extern const char *const kl_bench_absl_missing;

/* A new empty map; free it with kl_bench_absl_map_free. */
void *kl_bench_absl_map_new(void);
void kl_bench_absl_map_free(void *m);

/* Insert keys[i] -> i into m. */
void kl_bench_absl_map_fill(void *m, const uint64_t *keys, size_t n);

/* reps times: a fresh map with keys[i] -> i inserted; returns the sum of
 * the lengths. */
uint64_t kl_bench_absl_map_insert(const uint64_t *keys, size_t n, size_t reps);

/* reps passes of lookups of keys in m: the sum of the values found plus
 * 1 per miss. */
uint64_t kl_bench_absl_map_lookup(const void *m, const uint64_t *keys, size_t n, size_t reps);

/* reps times: remove every key from m, then insert them again. */
uint64_t kl_bench_absl_map_remove(void *m, const uint64_t *keys, size_t n, size_t reps);

#ifdef __cplusplus
}
#endif

#endif /* KEEL_BENCH_ANCHOR_ABSL_HASHMAP_H */
