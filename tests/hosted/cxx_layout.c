/* tests/hosted/cxx_layout.c -- the C half of tests/hosted/cxx_headers.cc:
 * the layout of keel's public types as C sees them, and C functions over
 * objects the C++ half made (see cxx_layout.h). */
#include "cxx_layout.h"

#define KL__TYPE(T) { #T, sizeof(T), KL_ALIGNOF(T) },
#define KL__FIELD(T, f) { #T "." #f, offsetof(T, f), 0 },

const kl_test_layout kl_test_c_layouts[] = {
    KL_TEST_LAYOUT_TYPES(KL__TYPE) KL_TEST_LAYOUT_FIELDS(KL__FIELD)
};

const size_t kl_test_c_layouts_len = KL_ARRAY_LEN(kl_test_c_layouts);

uint64_t kl_test_c_fetch_add(kl_atomic_u64 *a, uint64_t v)
{
    return kl_atomic_u64_fetch_add(a, v, KL_ORDER_SEQ_CST);
}

bool kl_test_c_spsc_push(kl_spsc *q, uint32_t x)
{
    return kl_spsc_push(q, &x);
}

uint64_t kl_test_c_vec_sum(const kl_vec *v)
{
    const uint32_t *d = (const uint32_t *)v->ptr;
    uint64_t sum = 0;
    for (size_t i = 0; i < v->len; i++)
        sum += d[i];
    return sum;
}
