/* keel/spsc.h -- a lock-free single-producer single-consumer queue on
 * caller storage.  Layer: bare.
 *
 * A kl_spsc hands fixed-size elements from one producer to one consumer
 * without locks: an interrupt handler to a thread, one thread to another
 * (Lamport's single-producer single-consumer ring, "Specifying Concurrent
 * Program Modules", TOPLAS 1983, with C11 acquire/release in place of
 * sequential consistency).  Elements are copied in and out of a buffer of
 * cap * elem_size bytes that the caller owns; any cap >= 1, every slot
 * usable.  Nothing is allocated; push and pop are O(1), wait-free, and
 * never block.
 *
 * Who may call what:
 *  - kl_spsc_push: the producer only (one thread, or one interrupt
 *    handler: not two handlers that can preempt each other);
 *  - kl_spsc_pop, kl_spsc_peek: the consumer only;
 *  - kl_spsc_len: either side (exact at some moment during the call);
 *    another thread gets an estimate;
 *  - kl_spsc_capacity: anyone;
 *  - kl_spsc_init: before either side runs.
 * A push's copy of the element happens before (release/acquire) the pop
 * that takes it, so the consumer sees every byte the producer wrote.
 *
 * Each index has its cache line (KL_CACHE_LINE), and each side keeps a
 * private copy of the other side's index, reloaded only when the queue
 * looks full (producer) or empty (consumer): in a steady stream each side
 * mostly touches its own line.  So a kl_spsc is aligned to KL_CACHE_LINE
 * (static or automatic storage honours that; memory from malloc may not).
 *
 * The indices are atomic size_t values, lock-free on every keel target
 * (a Cortex-M3 included).
 */
#ifndef KEEL_SPSC_H
#define KEEL_SPSC_H

#include <keel/atomic.h>
#include <keel/base.h>

/* kl_spsc: the queue.  head and tail run over [0, 2 cap), so that full
 * (tail - head == cap) and empty (tail == head) differ with every slot in
 * use.  Fields are private: use the functions. */
typedef struct kl_spsc {
    char *buf;        /* cap slots of elem_size bytes; read-only */
    size_t cap;
    size_t elem_size;
    KL_ALIGNAS(KL_CACHE_LINE) kl_atomic_usize head; /* written by the consumer */
    size_t tail_cache;                              /* the consumer's copy of tail */
    KL_ALIGNAS(KL_CACHE_LINE) kl_atomic_usize tail; /* written by the producer */
    size_t head_cache;                              /* the producer's copy of head */
} kl_spsc;

/* KL_SPSC_INIT(storage, n, size): static initialiser of an empty queue of
 * n elements of size bytes over storage (n * size bytes).  (The fields in
 * order, without designators, so that C++ before C++20 takes it too.) */
#define KL_SPSC_INIT(storage, n, size)                                         \
    {                                                                          \
        (char *)(storage), (size_t)(n), (size_t)(size), KL_ATOMIC_INIT(0), 0,  \
        KL_ATOMIC_INIT(0), 0                                                   \
    }

KL_BEGIN_DECLS

/* kl_spsc_init: make q an empty queue over the cap * elem_size bytes at
 * buf.  Panics if cap or elem_size is 0 or the sizes overflow. */
KL_API void kl_spsc_init(kl_spsc *q, void *buf, size_t cap, size_t elem_size);

/* kl_spsc_push: (producer) copy the element at elem into q.  Returns
 * false, changing nothing, when q is full. */
KL_API KL_NODISCARD bool kl_spsc_push(kl_spsc *q, const void *elem);

/* kl_spsc_pop: (consumer) take the oldest element out of q, copying it to
 * out unless out is NULL.  Returns false when q is empty. */
KL_API bool kl_spsc_pop(kl_spsc *q, void *out);

/* kl_spsc_peek: (consumer) the address of the oldest element, or NULL when
 * q is empty.  It stays valid, and the producer leaves it alone, until the
 * consumer pops it. */
KL_API void *kl_spsc_peek(kl_spsc *q);

/* kl_spsc_len: (producer or consumer) the number of elements in q at some
 * moment during the call; called from a third thread, an estimate between
 * 0 and the capacity. */
KL_API size_t kl_spsc_len(const kl_spsc *q);

/* kl_spsc_capacity: the most elements q can hold. */
KL_INLINE size_t kl_spsc_capacity(const kl_spsc *q)
{
    return q->cap;
}

KL_END_DECLS

#endif /* KEEL_SPSC_H */
