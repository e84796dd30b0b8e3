/* keel/rc.h -- reference-counted values: Rc (one thread) and Arc (atomic,
 * shared between threads), each with weak references.  Layer: alloc.
 *
 * kl_rc_new puts a value in a block from an allocator (NULL = the global
 * one), after a header with two counts: strong references keep the value
 * alive, weak ones only the block.  When the last strong reference goes,
 * the destructor callback (if any) runs on the value; when the last weak
 * one goes too, the block is freed.  A weak reference upgrades to a strong
 * one only while the value is alive.  As Rust's Rc/Arc; a handle is the
 * address of the value itself (r.ptr), so
 *
 *     kl_rc r;
 *     point p = { 1, 2 };
 *     if (kl_rc_new(&r, NULL, &p, sizeof p, KL_ALIGNOF(point), NULL) != KL_OK) ...
 *     point *q = KL_RC_GET(r, point);
 *     kl_rc r2 = kl_rc_clone(r);
 *     kl_rc_drop(r);
 *     kl_rc_drop(r2);                         (frees the block)
 *
 * kl_rc counts with plain integers and must stay on one thread (or be
 * handed between threads with synchronisation); kl_arc counts with C11
 * atomics (size_t wide: lock-free on a Cortex-M3 too) and may be cloned
 * and dropped from any threads at once.  Incrementing a count past
 * PTRDIFF_MAX (leaked references) panics, where Rust aborts.
 */
#ifndef KEEL_RC_H
#define KEEL_RC_H

#include <keel/require/alloc.h>
#include <keel/alloc.h>
#include <keel/base.h>
#include <keel/error.h>

/* kl_rc: a strong reference; ptr is the value. */
typedef struct kl_rc { void *ptr; } kl_rc;
/* kl_rc_weak: a weak reference to an Rc value (ptr NULL: a weak reference
 * to nothing, which never upgrades: KL_RC_WEAK_NONE). */
typedef struct kl_rc_weak { void *ptr; } kl_rc_weak;
/* kl_arc: an atomically counted strong reference; ptr is the value. */
typedef struct kl_arc { void *ptr; } kl_arc;
/* kl_arc_weak: a weak reference to an Arc value (ptr NULL: to nothing,
 * KL_ARC_WEAK_NONE). */
typedef struct kl_arc_weak { void *ptr; } kl_arc_weak;

/* KL_RC_WEAK_NONE, KL_ARC_WEAK_NONE: weak references that never upgrade
 * (Rust's Weak::new); dropping or cloning them does nothing. */
#define KL_RC_WEAK_NONE KL_LITERAL(kl_rc_weak, NULL)
#define KL_ARC_WEAK_NONE KL_LITERAL(kl_arc_weak, NULL)

/* KL_RC_GET(r, T): the value of the kl_rc or kl_arc r as a T *. */
#define KL_RC_GET(r, T) ((T *)(r).ptr)

/* kl_rc_drop_fn: a destructor, run on the value when its last strong
 * reference is dropped (it must not free the value's memory itself). */
typedef void (*kl_rc_drop_fn)(void *value);

KL_BEGIN_DECLS

/* kl_rc_new: a new Rc value of size bytes aligned to align, copied from
 * value (zero-filled if value is NULL), with strong count 1 and weak count
 * 0, destroyed by drop (NULL = nothing to do), in *out.  KL_ENOMEM if the
 * allocation fails (*out untouched).  Panics if align is not a power of
 * two. */
KL_API KL_NODISCARD kl_err kl_rc_new(kl_rc *out, kl_allocator *alloc, const void *value,
                                     size_t size, size_t align, kl_rc_drop_fn drop);

/* kl_rc_clone: another strong reference to r's value.  Panics if the
 * count would overflow. */
KL_API kl_rc kl_rc_clone(kl_rc r);

/* kl_rc_drop: give up r; the last strong reference runs the destructor,
 * and the block is freed once no weak reference remains either. */
KL_API void kl_rc_drop(kl_rc r);

/* kl_rc_downgrade: a weak reference to r's value.  Panics if the count
 * would overflow. */
KL_API kl_rc_weak kl_rc_downgrade(kl_rc r);

/* kl_rc_weak_upgrade: a strong reference from w in *out, and true, while
 * the value is alive; false (and *out untouched) after it was dropped.
 * Panics if the count would overflow. */
KL_API bool kl_rc_weak_upgrade(kl_rc_weak w, kl_rc *out);

/* kl_rc_weak_clone: another weak reference to w's value. */
KL_API kl_rc_weak kl_rc_weak_clone(kl_rc_weak w);

/* kl_rc_weak_drop: give up w (freeing the block if it was the last
 * reference of any kind). */
KL_API void kl_rc_weak_drop(kl_rc_weak w);

/* kl_rc_strong_count, kl_rc_weak_count: the number of strong and weak
 * references to r's value. */
KL_API size_t kl_rc_strong_count(kl_rc r);
KL_API size_t kl_rc_weak_count(kl_rc r);

/* kl_rc_weak_strong_count: the number of strong references to w's value
 * (0 once it is dropped, or for KL_RC_WEAK_NONE). */
KL_API size_t kl_rc_weak_strong_count(kl_rc_weak w);

/* kl_rc_get_mut: r's value if r is its only reference, strong or weak
 * (so it may be changed in place), else NULL. */
KL_API void *kl_rc_get_mut(kl_rc r);

/* kl_arc_new: as kl_rc_new, for an Arc. */
KL_API KL_NODISCARD kl_err kl_arc_new(kl_arc *out, kl_allocator *alloc,
                                      const void *value, size_t size, size_t align,
                                      kl_rc_drop_fn drop);

/* kl_arc_clone: another strong reference to a's value (any thread).
 * Panics if the count would overflow. */
KL_API kl_arc kl_arc_clone(kl_arc a);

/* kl_arc_drop: give up a; the thread dropping the last strong reference
 * runs the destructor (after every other thread's use of the value), and
 * the block is freed once no weak reference remains either. */
KL_API void kl_arc_drop(kl_arc a);

/* kl_arc_downgrade: a weak reference to a's value.  Panics if the count
 * would overflow. */
KL_API kl_arc_weak kl_arc_downgrade(kl_arc a);

/* kl_arc_weak_upgrade: a strong reference from w in *out, and true, while
 * the value is alive; false after it was dropped.  Panics if the count
 * would overflow. */
KL_API bool kl_arc_weak_upgrade(kl_arc_weak w, kl_arc *out);

/* kl_arc_weak_clone: another weak reference to w's value. */
KL_API kl_arc_weak kl_arc_weak_clone(kl_arc_weak w);

/* kl_arc_weak_drop: give up w (freeing the block if it was the last
 * reference of any kind). */
KL_API void kl_arc_weak_drop(kl_arc_weak w);

/* kl_arc_strong_count, kl_arc_weak_count: the number of strong and weak
 * references to a's value (a snapshot: other threads may change it). */
KL_API size_t kl_arc_strong_count(kl_arc a);
KL_API size_t kl_arc_weak_count(kl_arc a);

/* kl_arc_weak_strong_count: the number of strong references to w's value
 * (0 once it is dropped, or for KL_ARC_WEAK_NONE). */
KL_API size_t kl_arc_weak_strong_count(kl_arc_weak w);

/* kl_arc_get_mut: a's value if a is its only reference, strong or weak,
 * else NULL. */
KL_API void *kl_arc_get_mut(kl_arc a);

KL_END_DECLS

#endif /* KEEL_RC_H */
