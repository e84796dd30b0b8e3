// bench/anchor_absl_hashmap.cc -- absl::flat_hash_map<uint64_t, uint64_t>
// with absl::Hash behind C functions (bench/anchor_absl_hashmap.h).  Built
// only where configure found a C++ compiler and libabsl-dev.
//
// abseil as its users ship it: with NDEBUG.  Without it (the bench's
// flags have no -DNDEBUG) raw_hash_set checks its assertions on every
// operation and, to shake out order dependencies, inserts at the back
// of a group half the time (ShouldInsertBackwards, an out-of-line call
// per insert): 1.4-3x the release build's time, which flattered keel.
#ifndef NDEBUG
#define NDEBUG 1
#endif
#include <absl/container/flat_hash_map.h>

#include "anchor_absl_hashmap.h"

using Map = absl::flat_hash_map<uint64_t, uint64_t>;

extern "C" {

const char *const kl_bench_absl_missing = nullptr;

void *kl_bench_absl_map_new(void)
{
    return new Map();
}

void kl_bench_absl_map_free(void *m)
{
    delete static_cast<Map *>(m);
}

void kl_bench_absl_map_fill(void *m, const uint64_t *keys, size_t n)
{
    Map &map = *static_cast<Map *>(m);
    for (size_t i = 0; i < n; i++)
        map.insert_or_assign(keys[i], i);
}

uint64_t kl_bench_absl_map_insert(const uint64_t *keys, size_t n, size_t reps)
{
    uint64_t total = 0;
    for (size_t r = 0; r < reps; r++) {
        Map map;
        for (size_t i = 0; i < n; i++)
            map.insert_or_assign(keys[i], i);
        total += map.size();
    }
    return total;
}

uint64_t kl_bench_absl_map_lookup(const void *m, const uint64_t *keys, size_t n, size_t reps)
{
    const Map &map = *static_cast<const Map *>(m);
    uint64_t sum = 0;
    for (size_t r = 0; r < reps; r++)
        for (size_t i = 0; i < n; i++) {
            auto it = map.find(keys[i]);
            sum += it != map.end() ? it->second : 1;
        }
    return sum;
}

uint64_t kl_bench_absl_map_remove(void *m, const uint64_t *keys, size_t n, size_t reps)
{
    Map &map = *static_cast<Map *>(m);
    uint64_t sum = 0;
    for (size_t r = 0; r < reps; r++) {
        for (size_t i = 0; i < n; i++) {
            auto it = map.find(keys[i]);
            if (it != map.end()) {
                sum += it->second;
                map.erase(it);
            } else {
                sum += 1;
            }
        }
        for (size_t i = 0; i < n; i++)
            map.insert_or_assign(keys[i], i);
    }
    return sum;
}

} // extern "C"
