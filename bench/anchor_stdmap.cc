// bench/anchor_stdmap.cc -- std::map<uint64_t, uint64_t> behind C
// functions (bench/anchor_stdmap.h).  Built where configure found a C++
// compiler; needs nothing beyond the C++ standard library.
#include <map>

#include "anchor_stdmap.h"

typedef std::map<uint64_t, uint64_t> map_t;

static inline uint64_t rotl7(uint64_t v)
{
    return (v << 7) | (v >> 57);
}

extern "C" {

const char *const kl_bench_stdmap_missing = nullptr;

uint64_t kl_bench_stdmap_insert(const uint64_t *keys, size_t n, size_t reps)
{
    uint64_t sum = 0;
    for (size_t r = 0; r < reps; r++) {
        map_t m;
        for (size_t i = 0; i < n; i++)
            m.insert_or_assign(keys[i], keys[i] ^ 1);
        sum += m.size();
    }
    return sum;
}

uint64_t kl_bench_stdmap_insert_remove(const uint64_t *keys, const uint64_t *order, size_t n,
                                       size_t reps)
{
    uint64_t sum = 0;
    for (size_t r = 0; r < reps; r++) {
        map_t m;
        for (size_t i = 0; i < n; i++)
            m.insert_or_assign(keys[i], keys[i] ^ 1);
        for (size_t i = 0; i < n; i++) {
            auto it = m.find(order[i]);
            if (it != m.end()) {
                sum += it->second;
                m.erase(it);
            }
        }
        sum += m.size();
    }
    return sum;
}

void *kl_bench_stdmap_build(const uint64_t *keys, size_t n)
{
    map_t *m = new map_t;
    for (size_t i = 0; i < n; i++)
        m->insert_or_assign(keys[i], keys[i] ^ 1);
    return m;
}

void kl_bench_stdmap_drop(void *m)
{
    delete static_cast<map_t *>(m);
}

uint64_t kl_bench_stdmap_get(const void *mp, const uint64_t *probe, size_t n, size_t iters)
{
    const map_t &m = *static_cast<const map_t *>(mp);
    uint64_t sum = 0;
    size_t j = 0;
    for (size_t i = 0; i < iters; i++) {
        auto it = m.find(probe[j]);
        sum += it != m.end() ? it->second : 0;
        if (++j == n)
            j = 0;
    }
    return sum;
}

uint64_t kl_bench_stdmap_iter(const void *mp, size_t reps)
{
    const map_t &m = *static_cast<const map_t *>(mp);
    uint64_t sum = 0;
    for (size_t r = 0; r < reps; r++)
        for (const auto &kv : m)
            sum += kv.first ^ rotl7(kv.second);
    return sum;
}

} // extern "C"
