/* bench/anchor_stdmap.h -- C++'s std::map<uint64_t, uint64_t> (a
 * red-black tree from libstdc++) behind C functions, an anchor of
 * bench/btree.c.  bench/anchor_stdmap.cc defines them where configure
 * found a C++ compiler; bench/anchor_stdmap_none.c otherwise, with
 * kl_bench_stdmap_missing saying why.  Each runs a whole batch, as the
 * Rust anchor's (bench/anchor_rust_btree.rs) do. */
#ifndef KEEL_BENCH_ANCHOR_STDMAP_H
#define KEEL_BENCH_ANCHOR_STDMAP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* NULL if the std::map anchor is built, else why not. */
extern const char *const kl_bench_stdmap_missing;

/* Build a map of the n keys (value: key ^ 1) reps times; the lengths
 * summed. */
uint64_t kl_bench_stdmap_insert(const uint64_t *keys, size_t n, size_t reps);

/* Build, then erase the keys in the order of order; a checksum. */
uint64_t kl_bench_stdmap_insert_remove(const uint64_t *keys, const uint64_t *order, size_t n,
                                       size_t reps);

/* A map of the n keys, for lookups and iteration; and its end. */
void *kl_bench_stdmap_build(const uint64_t *keys, size_t n);
void kl_bench_stdmap_drop(void *m);

/* iters lookups of probe's n keys, cycled; the values summed. */
uint64_t kl_bench_stdmap_get(const void *m, const uint64_t *probe, size_t n, size_t iters);

/* In-order iteration reps times; keys and values summed. */
uint64_t kl_bench_stdmap_iter(const void *m, size_t reps);

#ifdef __cplusplus
}
#endif

#endif /* KEEL_BENCH_ANCHOR_STDMAP_H */
