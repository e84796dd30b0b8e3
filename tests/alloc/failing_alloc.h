/* tests/alloc/failing_alloc.h -- an allocator for allocation-failure
 * injection, shared by the alloc layer's tests.
 *
 * It forwards to a parent allocator (NULL = the global one) but fails its
 * fail_at-th call to alloc or resize (counting from 1; 0 = never fail), and
 * it tracks the bytes and blocks it has out, so a test can check that a
 * container freed everything.  The usual shape of an OOM test:
 *
 *     for (long k = 1;; k++) {
 *         kl_failing_alloc f;
 *         kl_failing_alloc_init(&f, NULL, k);
 *         ... run the workload over &f.allocator; on every KL_ENOMEM check
 *             that the container is exactly as it was before the call ...
 *         ... free everything; ck_assert_uint_eq(f.live_bytes, 0) ...
 *         if (!f.failed) break;   (k went past the workload's last call)
 *     }
 */
#ifndef KEEL_TESTS_FAILING_ALLOC_H
#define KEEL_TESTS_FAILING_ALLOC_H

#include <keel/alloc.h>

typedef struct kl_failing_alloc {
    kl_allocator allocator; /* hand &allocator to the code under test */
    kl_allocator *parent;
    long calls;             /* alloc + resize calls so far */
    long fail_at;           /* the call that fails (1-based); 0 = none */
    bool failed;            /* whether that call has happened */
    size_t live_bytes;      /* bytes allocated and not yet freed */
    size_t live_blocks;     /* blocks allocated and not yet freed */
} kl_failing_alloc;

static bool kl__failing_should_fail(kl_failing_alloc *f)
{
    if (++f->calls != f->fail_at)
        return false;
    f->failed = true;
    return true;
}

static void *kl__failing_alloc(void *ctx, size_t size, size_t align)
{
    kl_failing_alloc *f = ctx;
    if (kl__failing_should_fail(f))
        return NULL;
    void *p = kl_alloc(f->parent, size, align);
    if (p != NULL) {
        f->live_bytes += size;
        f->live_blocks++;
    }
    return p;
}

static void *kl__failing_resize(void *ctx, void *ptr, size_t old_size,
                                size_t new_size, size_t align)
{
    kl_failing_alloc *f = ctx;
    if (kl__failing_should_fail(f))
        return NULL;
    void *p = kl_resize(f->parent, ptr, old_size, new_size, align);
    if (p != NULL)
        f->live_bytes = f->live_bytes - old_size + new_size;
    return p;
}

static void kl__failing_free(void *ctx, void *ptr, size_t size, size_t align)
{
    kl_failing_alloc *f = ctx;
    f->live_bytes -= size;
    f->live_blocks--;
    kl_free(f->parent, ptr, size, align);
}

static const kl_allocator_vtable kl__failing_vtable = {
    kl__failing_alloc, kl__failing_resize, kl__failing_free
};

/* kl_failing_alloc_init: f over parent (NULL = global), failing call
 * fail_at (0 = never). */
static inline void kl_failing_alloc_init(kl_failing_alloc *f,
                                         kl_allocator *parent, long fail_at)
{
    *f = (kl_failing_alloc){ { &kl__failing_vtable, f }, parent, 0, fail_at,
                             false, 0, 0 };
}

#endif /* KEEL_TESTS_FAILING_ALLOC_H */
