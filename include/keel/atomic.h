/* keel/atomic.h -- C11 atomics, fences, a CPU relax hint, backoff, a
 * spinlock.  Layer: bare.
 *
 * Thin typed wrappers over <stdatomic.h> with the memory order always
 * explicit.  Each kl_atomic_T is a struct around one _Atomic T, so it
 * cannot be read or written by accident without an atomic operation;
 * initialise one statically with KL_ATOMIC_INIT(v) or with
 * kl_atomic_T_init(a, v) before any thread can see it.
 *
 *     static kl_atomic_u32 hits = KL_ATOMIC_INIT(0);
 *     kl_atomic_u32_fetch_add(&hits, 1, KL_ORDER_RELAXED);
 *
 * Types (T, C type): bool (bool), u8, u16, u32, u64, i32, i64 (the
 * <stdint.h> types), usize (size_t), ptr (void *).  For each:
 *
 *   T    kl_atomic_T_load(const kl_atomic_T *a, order)
 *   void kl_atomic_T_store(kl_atomic_T *a, T v, order)
 *   T    kl_atomic_T_exchange(kl_atomic_T *a, T v, order)
 *            store v, return the value before
 *   bool kl_atomic_T_compare_exchange(kl_atomic_T *a, T *expected, T desired,
 *                                     success_order, failure_order)
 *            if *a == *expected store desired and return true; else
 *            store *a's value in *expected and return false.  The
 *            failure order must be relaxed, acquire or seq_cst.
 *   bool kl_atomic_T_compare_exchange_weak(...)
 *            the same, but may fail spuriously (use it in a loop)
 *   void kl_atomic_T_init(kl_atomic_T *a, T v)
 *            non-atomic initialisation, before the object is shared
 *
 * and for the integer types also fetch_add, fetch_sub, fetch_and,
 * fetch_or, fetch_xor (T kl_atomic_T_fetch_OP(kl_atomic_T *a, T v, order):
 * apply OP, return the value before; signed types wrap around).
 *
 * 64-bit atomics (u64, i64) exist only where they are lock-free:
 * KL_HAVE_ATOMIC_64 is 1 there, 0 elsewhere.  On a Cortex-M3 (ARMv7-M)
 * 8-, 16- and 32-bit atomics are single instructions (LDREX/STREX), but
 * 64-bit ones would be calls to libatomic's __atomic_*_8, which no
 * bare-metal toolchain here supplies (and which, being lock-based, would
 * not be safe against an interrupt handler).  So keel leaves kl_atomic_u64
 * and kl_atomic_i64 out of such a build: using them is a compile error.
 * Share a 64-bit value between an interrupt and a thread there with a
 * critical section (interrupts masked), or as two 32-bit halves with a
 * sequence counter.
 *
 * From C++: C++ before C++23 has neither _Atomic nor <stdatomic.h>, so a
 * C++ file gets the same types and functions over the GCC/Clang __atomic
 * builtins (which C11's atomics are made of there too, and which
 * ThreadSanitizer instruments alike): each kl_atomic_T is a struct around
 * a plain T aligned to its size, which is the size and alignment of
 * _Atomic T on the targets keel supports (both branches assert it), so C
 * and C++ files share kl_atomic_T objects, and structs holding them.
 */
#ifndef KEEL_ATOMIC_H
#define KEEL_ATOMIC_H

#ifndef __cplusplus
#include <stdatomic.h>
#endif

#include <keel/base.h>

/* KL_HAVE_ATOMIC_64: 1 if 64-bit atomics are lock-free on this target
 * (then kl_atomic_u64 and kl_atomic_i64 exist), else 0.  (C11's
 * ATOMIC_LLONG_LOCK_FREE is the compiler's __GCC_ATOMIC_LLONG_LOCK_FREE.) */
#ifdef __cplusplus
#if __GCC_ATOMIC_LLONG_LOCK_FREE == 2
#define KL_HAVE_ATOMIC_64 1
#else
#define KL_HAVE_ATOMIC_64 0
#endif
#elif ATOMIC_LLONG_LOCK_FREE == 2
#define KL_HAVE_ATOMIC_64 1
#else
#define KL_HAVE_ATOMIC_64 0
#endif

/* KL_CACHE_LINE: the distance in bytes that keeps two variables written by
 * different cores from sharing a cache line (false sharing).  A platform
 * fact: 128 on x86-64 (the adjacent-line prefetcher pairs 64-byte lines)
 * and 64-bit ARM, 32 on 32-bit ARM (a Cortex-M has no data cache: little
 * padding), 64 elsewhere. */
#if defined(__x86_64__) || defined(__aarch64__) || defined(__powerpc64__)
#define KL_CACHE_LINE 128
#elif defined(__arm__)
#define KL_CACHE_LINE 32
#else
#define KL_CACHE_LINE 64
#endif

/* kl_memory_order: C11's memory orders (consume is left out: compilers
 * treat it as acquire).  GCC's and Clang's <stdatomic.h> define
 * memory_order_X as __ATOMIC_X, the builtins' orders, which the C++
 * branch uses: the values are the same in both languages. */
#ifdef __cplusplus
typedef enum kl_memory_order {
    KL_ORDER_RELAXED = __ATOMIC_RELAXED,
    KL_ORDER_ACQUIRE = __ATOMIC_ACQUIRE,
    KL_ORDER_RELEASE = __ATOMIC_RELEASE,
    KL_ORDER_ACQ_REL = __ATOMIC_ACQ_REL,
    KL_ORDER_SEQ_CST = __ATOMIC_SEQ_CST
} kl_memory_order;
#else
typedef enum kl_memory_order {
    KL_ORDER_RELAXED = memory_order_relaxed,
    KL_ORDER_ACQUIRE = memory_order_acquire,
    KL_ORDER_RELEASE = memory_order_release,
    KL_ORDER_ACQ_REL = memory_order_acq_rel,
    KL_ORDER_SEQ_CST = memory_order_seq_cst
} kl_memory_order;
_Static_assert(memory_order_relaxed == __ATOMIC_RELAXED &&
                   memory_order_acquire == __ATOMIC_ACQUIRE &&
                   memory_order_release == __ATOMIC_RELEASE &&
                   memory_order_acq_rel == __ATOMIC_ACQ_REL &&
                   memory_order_seq_cst == __ATOMIC_SEQ_CST,
               "C11 memory orders are the __atomic builtins' (as C++ uses)");
#endif

/* KL_ATOMIC_INIT(v): static initialiser of any kl_atomic_T to v. */
#define KL_ATOMIC_INIT(v) { (v) }

#ifdef __cplusplus

/* C++: a plain T aligned to its size (as GCC and Clang align _Atomic T of
 * 1, 2, 4 and 8 bytes), under the __atomic builtins. */
#define KL__ATOMIC_COMMON(name, T)                                             \
    typedef struct kl_atomic_##name {                                          \
        alignas(sizeof(T)) T v;                                                \
    } kl_atomic_##name;                                                        \
    static_assert(sizeof(kl_atomic_##name) == sizeof(T) &&                     \
                      alignof(kl_atomic_##name) == sizeof(T),                  \
                  "kl_atomic_" #name " has the layout of _Atomic " #T);        \
    KL_GENERATED_INLINE void kl_atomic_##name##_init(kl_atomic_##name *a, T v) \
    {                                                                          \
        a->v = v;                                                              \
    }                                                                          \
    KL_GENERATED_INLINE T kl_atomic_##name##_load(const kl_atomic_##name *a,   \
                                                  kl_memory_order o)           \
    {                                                                          \
        return __atomic_load_n(&a->v, (int)o);                                 \
    }                                                                          \
    KL_GENERATED_INLINE void kl_atomic_##name##_store(kl_atomic_##name *a, T v, \
                                                      kl_memory_order o)       \
    {                                                                          \
        __atomic_store_n(&a->v, v, (int)o);                                    \
    }                                                                          \
    KL_GENERATED_INLINE T kl_atomic_##name##_exchange(kl_atomic_##name *a, T v, \
                                                      kl_memory_order o)       \
    {                                                                          \
        return __atomic_exchange_n(&a->v, v, (int)o);                          \
    }                                                                          \
    KL_GENERATED_INLINE bool kl_atomic_##name##_compare_exchange(              \
        kl_atomic_##name *a, T *expected, T desired, kl_memory_order success,  \
        kl_memory_order failure)                                               \
    {                                                                          \
        return __atomic_compare_exchange_n(&a->v, expected, desired, false,    \
                                           (int)success, (int)failure);        \
    }                                                                          \
    KL_GENERATED_INLINE bool kl_atomic_##name##_compare_exchange_weak(         \
        kl_atomic_##name *a, T *expected, T desired, kl_memory_order success,  \
        kl_memory_order failure)                                               \
    {                                                                          \
        return __atomic_compare_exchange_n(&a->v, expected, desired, true,     \
                                           (int)success, (int)failure);        \
    }

#define KL__ATOMIC_FETCH(name, T, op)                                          \
    KL_GENERATED_INLINE T kl_atomic_##name##_fetch_##op(kl_atomic_##name *a,   \
                                                        T v, kl_memory_order o) \
    {                                                                          \
        return __atomic_fetch_##op(&a->v, v, (int)o);                          \
    }

#define KL__ATOMIC_THREAD_FENCE(o) __atomic_thread_fence((int)(o))
#define KL__ATOMIC_SIGNAL_FENCE(o) __atomic_signal_fence((int)(o))

#else /* C */

/* The operations every type has. */
#define KL__ATOMIC_COMMON(name, T)                                             \
    typedef struct kl_atomic_##name {                                          \
        _Atomic(T) v;                                                          \
    } kl_atomic_##name;                                                        \
    _Static_assert(sizeof(kl_atomic_##name) == sizeof(T) &&                    \
                       _Alignof(kl_atomic_##name) == sizeof(T),                \
                   "kl_atomic_" #name " is " #T " aligned as in C++");         \
    KL_GENERATED_INLINE void kl_atomic_##name##_init(kl_atomic_##name *a, T v) \
    {                                                                          \
        atomic_init(&a->v, v);                                                 \
    }                                                                          \
    KL_GENERATED_INLINE T kl_atomic_##name##_load(const kl_atomic_##name *a,   \
                                                  kl_memory_order o)           \
    {                                                                          \
        return atomic_load_explicit((_Atomic(T) *)&a->v, (memory_order)o);     \
    }                                                                          \
    KL_GENERATED_INLINE void kl_atomic_##name##_store(kl_atomic_##name *a, T v, \
                                                      kl_memory_order o)       \
    {                                                                          \
        atomic_store_explicit(&a->v, v, (memory_order)o);                      \
    }                                                                          \
    KL_GENERATED_INLINE T kl_atomic_##name##_exchange(kl_atomic_##name *a, T v, \
                                                      kl_memory_order o)       \
    {                                                                          \
        return atomic_exchange_explicit(&a->v, v, (memory_order)o);            \
    }                                                                          \
    KL_GENERATED_INLINE bool kl_atomic_##name##_compare_exchange(              \
        kl_atomic_##name *a, T *expected, T desired, kl_memory_order success,  \
        kl_memory_order failure)                                               \
    {                                                                          \
        return atomic_compare_exchange_strong_explicit(                        \
            &a->v, expected, desired, (memory_order)success,                   \
            (memory_order)failure);                                            \
    }                                                                          \
    KL_GENERATED_INLINE bool kl_atomic_##name##_compare_exchange_weak(         \
        kl_atomic_##name *a, T *expected, T desired, kl_memory_order success,  \
        kl_memory_order failure)                                               \
    {                                                                          \
        return atomic_compare_exchange_weak_explicit(                          \
            &a->v, expected, desired, (memory_order)success,                   \
            (memory_order)failure);                                            \
    }

/* One read-modify-write operation of the integer types. */
#define KL__ATOMIC_FETCH(name, T, op)                                          \
    KL_GENERATED_INLINE T kl_atomic_##name##_fetch_##op(kl_atomic_##name *a,   \
                                                        T v, kl_memory_order o) \
    {                                                                          \
        return atomic_fetch_##op##_explicit(&a->v, v, (memory_order)o);        \
    }

#define KL__ATOMIC_THREAD_FENCE(o) atomic_thread_fence((memory_order)(o))
#define KL__ATOMIC_SIGNAL_FENCE(o) atomic_signal_fence((memory_order)(o))

#endif /* C */

#define KL__ATOMIC_INT(name, T)                                                \
    KL__ATOMIC_COMMON(name, T)                                                 \
    KL__ATOMIC_FETCH(name, T, add)                                             \
    KL__ATOMIC_FETCH(name, T, sub)                                             \
    KL__ATOMIC_FETCH(name, T, and)                                             \
    KL__ATOMIC_FETCH(name, T, or)                                              \
    KL__ATOMIC_FETCH(name, T, xor)

KL_BEGIN_DECLS

/* kl_atomic_bool, kl_atomic_ptr: load, store, exchange, compare_exchange
 * (see the top of this file). */
KL__ATOMIC_COMMON(bool, bool)
KL__ATOMIC_COMMON(ptr, void *)

/* kl_atomic_u8 ... kl_atomic_usize: the above and fetch_add, fetch_sub,
 * fetch_and, fetch_or, fetch_xor. */
KL__ATOMIC_INT(u8, uint8_t)
KL__ATOMIC_INT(u16, uint16_t)
KL__ATOMIC_INT(u32, uint32_t)
KL__ATOMIC_INT(i32, int32_t)
KL__ATOMIC_INT(usize, size_t)
#if KL_HAVE_ATOMIC_64
KL__ATOMIC_INT(u64, uint64_t)
KL__ATOMIC_INT(i64, int64_t)
#endif

/* kl_atomic_fence: a memory fence of order o between threads (C11
 * atomic_thread_fence).  ThreadSanitizer does not model fences (GCC says
 * so with -Wtsan, silenced here: the fence is still emitted); keel's own
 * lock-free code orders with acquire/release operations instead, which
 * it does model. */
#if defined(__SANITIZE_THREAD__) && !defined(__clang__) && __GNUC__ >= 11
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wtsan"
#endif
KL_INLINE void kl_atomic_fence(kl_memory_order o)
{
    KL__ATOMIC_THREAD_FENCE(o);
}
#if defined(__SANITIZE_THREAD__) && !defined(__clang__) && __GNUC__ >= 11
#pragma GCC diagnostic pop
#endif

/* kl_atomic_signal_fence: a fence of order o for the compiler only:
 * orders memory accesses against a signal handler or an interrupt handler
 * running on the same core (C11 atomic_signal_fence); emits no
 * instruction. */
KL_INLINE void kl_atomic_signal_fence(kl_memory_order o)
{
    KL__ATOMIC_SIGNAL_FENCE(o);
}

/* kl_cpu_relax: tell the CPU the caller is spinning on a shared variable
 * (Rust's core::hint::spin_loop).  A platform fact, one instruction: x86
 * PAUSE (frees the pipeline for the sibling hyperthread, and avoids the
 * memory-order mis-speculation when the spin ends), ARM YIELD (a hint to
 * multithreaded cores; a no-op on a Cortex-M3); elsewhere only a compiler
 * barrier, so the loop still re-reads memory. */
KL_INLINE void kl_cpu_relax(void)
{
#if defined(__i386__) || defined(__x86_64__)
    __builtin_ia32_pause();
#elif defined(__arm__) || defined(__aarch64__)
    __asm__ __volatile__("yield" ::: "memory");
#else
    __asm__ __volatile__("" ::: "memory");
#endif
}

/* KL_BACKOFF_MAX_STEP: kl_backoff_spin spins at most 2^this relax hints. */
#define KL_BACKOFF_MAX_STEP 6

/* kl_backoff: exponential backoff for a spin loop: each kl_backoff_spin
 * spins twice as long as the one before, up to 2^KL_BACKOFF_MAX_STEP hints
 * (as crossbeam's Backoff does).  KL_BACKOFF_INIT or kl_backoff_reset
 * starts over at one hint. */
typedef struct kl_backoff {
    unsigned step;
} kl_backoff;

#define KL_BACKOFF_INIT { 0 }

/* kl_backoff_reset: the next kl_backoff_spin spins one hint. */
KL_INLINE void kl_backoff_reset(kl_backoff *b)
{
    b->step = 0;
}

/* kl_backoff_spin: spin 2^step relax hints, then double the next spin
 * (up to the limit). */
KL_INLINE void kl_backoff_spin(kl_backoff *b)
{
    for (unsigned i = 0; i < 1u << b->step; i++)
        kl_cpu_relax();
    if (b->step < KL_BACKOFF_MAX_STEP)
        b->step++;
}

/* kl_spinlock: a test-and-test-and-set lock with exponential backoff: one
 * atomic flag, statically initialisable (KL_SPINLOCK_INIT), never
 * sleeping.  For short critical sections between cores.  On one core a
 * spinlock protects nothing against an interrupt handler: a handler that
 * spins on a lock the interrupted code holds spins forever (mask the
 * interrupt instead).  Not recursive; unlock it on the thread that locked
 * it. */
typedef struct kl_spinlock {
    kl_atomic_bool locked;
} kl_spinlock;

/* KL_SPINLOCK_INIT: an unlocked spinlock. */
#define KL_SPINLOCK_INIT { KL_ATOMIC_INIT(false) }

/* kl_spinlock_init: make l an unlocked spinlock. */
KL_API void kl_spinlock_init(kl_spinlock *l);

/* kl_spinlock_lock: take l, spinning (reads only, with backoff) while
 * another holder has it.  Acquire ordering. */
KL_API void kl_spinlock_lock(kl_spinlock *l);

/* kl_spinlock_try_lock: take l if it is free; returns true if taken.
 * Acquire ordering on success. */
KL_API KL_NODISCARD bool kl_spinlock_try_lock(kl_spinlock *l);

/* kl_spinlock_unlock: release l (release ordering).  Panics, in a build
 * without NDEBUG, if l is not locked. */
KL_API void kl_spinlock_unlock(kl_spinlock *l);

KL_END_DECLS

#endif /* KEEL_ATOMIC_H */
