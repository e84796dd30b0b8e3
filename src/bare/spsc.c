/* kl_spsc: Lamport's single-producer single-consumer ring with C11
 * acquire/release and cached indices.
 *
 * The producer owns tail and the consumer owns head; each reads its own
 * index relaxed and publishes it with a release store, and reads the
 * other's with an acquire load, so a slot's bytes are written before the
 * other side can see the index that hands the slot over. */
#include <keel/panic.h>
#include <keel/spsc.h>

void kl_spsc_init(kl_spsc *q, void *buf, size_t cap, size_t elem_size)
{
    if (cap == 0 || elem_size == 0 || cap > SIZE_MAX / 2 / elem_size)
        kl_panic("kl_spsc_init: bad capacity %zu x element size %zu", cap, elem_size);
    q->buf = buf;
    q->cap = cap;
    q->elem_size = elem_size;
    kl_atomic_usize_init(&q->head, 0);
    q->tail_cache = 0;
    kl_atomic_usize_init(&q->tail, 0);
    q->head_cache = 0;
}

/* Elements from index a up to index b (both in [0, 2 cap)). */
static size_t distance(const kl_spsc *q, size_t a, size_t b)
{
    return b >= a ? b - a : b + 2 * q->cap - a;
}

static char *slot(const kl_spsc *q, size_t index)
{
    return q->buf + (index < q->cap ? index : index - q->cap) * q->elem_size;
}

static size_t advance(const kl_spsc *q, size_t index)
{
    return index + 1 == 2 * q->cap ? 0 : index + 1;
}

bool kl_spsc_push(kl_spsc *q, const void *elem)
{
    size_t tail = kl_atomic_usize_load(&q->tail, KL_ORDER_RELAXED);
    if (distance(q, q->head_cache, tail) == q->cap) {
        q->head_cache = kl_atomic_usize_load(&q->head, KL_ORDER_ACQUIRE);
        if (distance(q, q->head_cache, tail) == q->cap)
            return false;
    }
    __builtin_memcpy(slot(q, tail), elem, q->elem_size);
    kl_atomic_usize_store(&q->tail, advance(q, tail), KL_ORDER_RELEASE);
    return true;
}

void *kl_spsc_peek(kl_spsc *q)
{
    size_t head = kl_atomic_usize_load(&q->head, KL_ORDER_RELAXED);
    if (head == q->tail_cache) {
        q->tail_cache = kl_atomic_usize_load(&q->tail, KL_ORDER_ACQUIRE);
        if (head == q->tail_cache)
            return NULL;
    }
    return slot(q, head);
}

bool kl_spsc_pop(kl_spsc *q, void *out)
{
    void *p = kl_spsc_peek(q);
    if (p == NULL)
        return false;
    if (out != NULL)
        __builtin_memcpy(out, p, q->elem_size);
    size_t head = kl_atomic_usize_load(&q->head, KL_ORDER_RELAXED);
    kl_atomic_usize_store(&q->head, advance(q, head), KL_ORDER_RELEASE);
    return true;
}

size_t kl_spsc_len(const kl_spsc *q)
{
    /* head first: tail only grows past it, so the pair is never read as
     * "more than full". */
    for (;;) {
        size_t head = kl_atomic_usize_load(&q->head, KL_ORDER_ACQUIRE);
        size_t tail = kl_atomic_usize_load(&q->tail, KL_ORDER_ACQUIRE);
        size_t n = distance(q, head, tail);
        if (n <= q->cap)
            return n;
        /* The consumer moved head on after we read it and the producer
         * refilled past it (the indices wrapped): read again. */
    }
}
