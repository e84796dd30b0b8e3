/* kl_rc: reference counting for one thread. */
#include "internal/rc.h"

kl_err kl_rc_new(kl_rc *out, kl_allocator *alloc, const void *value, size_t size,
                 size_t align, kl_rc_drop_fn drop)
{
    kl__rc_block b;
    void *v = kl__rc_block_new(alloc, value, size, align, sizeof(kl__rc_header),
                               _Alignof(kl__rc_header), drop, &b);
    if (v == NULL)
        return KL_ENOMEM;
    kl__rc_header *h = kl__rc_header_of(v);
    h->strong = 1;
    h->weak = 1; /* the one all strong references hold together */
    h->block = b;
    out->ptr = v;
    return KL_OK;
}

static void inc(size_t *count)
{
    if (*count >= KL__RC_MAX)
        kl__rc_overflow();
    ++*count;
}

static void release_weak(kl__rc_header *h, void *value)
{
    if (--h->weak == 0)
        kl__rc_block_free(&h->block, value);
}

kl_rc kl_rc_clone(kl_rc r)
{
    inc(&kl__rc_header_of(r.ptr)->strong);
    return r;
}

void kl_rc_drop(kl_rc r)
{
    kl__rc_header *h = kl__rc_header_of(r.ptr);
    if (--h->strong != 0)
        return;
    if (h->block.drop != NULL)
        h->block.drop(r.ptr);
    release_weak(h, r.ptr);
}

kl_rc_weak kl_rc_downgrade(kl_rc r)
{
    inc(&kl__rc_header_of(r.ptr)->weak);
    return (kl_rc_weak){ r.ptr };
}

bool kl_rc_weak_upgrade(kl_rc_weak w, kl_rc *out)
{
    if (w.ptr == NULL)
        return false;
    kl__rc_header *h = kl__rc_header_of(w.ptr);
    if (h->strong == 0)
        return false;
    inc(&h->strong);
    out->ptr = w.ptr;
    return true;
}

kl_rc_weak kl_rc_weak_clone(kl_rc_weak w)
{
    if (w.ptr != NULL)
        inc(&kl__rc_header_of(w.ptr)->weak);
    return w;
}

void kl_rc_weak_drop(kl_rc_weak w)
{
    if (w.ptr != NULL)
        release_weak(kl__rc_header_of(w.ptr), w.ptr);
}

size_t kl_rc_strong_count(kl_rc r)
{
    return kl__rc_header_of(r.ptr)->strong;
}

size_t kl_rc_weak_count(kl_rc r)
{
    return kl__rc_header_of(r.ptr)->weak - 1;
}

size_t kl_rc_weak_strong_count(kl_rc_weak w)
{
    return w.ptr != NULL ? kl__rc_header_of(w.ptr)->strong : 0;
}

void *kl_rc_get_mut(kl_rc r)
{
    kl__rc_header *h = kl__rc_header_of(r.ptr);
    return h->strong == 1 && h->weak == 1 ? r.ptr : NULL;
}
