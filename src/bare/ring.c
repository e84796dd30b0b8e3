/* kl_ring: a deque in a fixed array.  Indices wrap by one subtraction,
 * not a modulo, so any capacity is as fast as a power of two. */
#include <keel/panic.h>
#include <keel/ring.h>

void kl_ring_init(kl_ring *r, void *buf, size_t cap, size_t elem_size)
{
    if (cap == 0 || elem_size == 0 || cap > SIZE_MAX / elem_size)
        kl_panic("kl_ring_init: bad capacity %zu x element size %zu", cap, elem_size);
    r->buf = buf;
    r->cap = cap;
    r->elem_size = elem_size;
    r->head = 0;
    r->len = 0;
}

/* The slot of the i-th element from the front, i <= cap. */
static char *slot(const kl_ring *r, size_t i)
{
    size_t s = r->head + i; /* < 2 cap: no overflow, buf holds cap slots */
    if (s >= r->cap)
        s -= r->cap;
    return r->buf + s * r->elem_size;
}

bool kl_ring_push_back(kl_ring *r, const void *elem)
{
    if (r->len == r->cap)
        return false;
    __builtin_memcpy(slot(r, r->len), elem, r->elem_size);
    r->len++;
    return true;
}

bool kl_ring_push_front(kl_ring *r, const void *elem)
{
    if (r->len == r->cap)
        return false;
    r->head = r->head == 0 ? r->cap - 1 : r->head - 1;
    __builtin_memcpy(r->buf + r->head * r->elem_size, elem, r->elem_size);
    r->len++;
    return true;
}

bool kl_ring_pop_front(kl_ring *r, void *out)
{
    if (r->len == 0)
        return false;
    if (out != NULL)
        __builtin_memcpy(out, r->buf + r->head * r->elem_size, r->elem_size);
    r->head = r->head + 1 == r->cap ? 0 : r->head + 1;
    r->len--;
    return true;
}

bool kl_ring_pop_back(kl_ring *r, void *out)
{
    if (r->len == 0)
        return false;
    r->len--;
    if (out != NULL)
        __builtin_memcpy(out, slot(r, r->len), r->elem_size);
    return true;
}

void *kl_ring_at(const kl_ring *r, size_t i)
{
    if (i >= r->len)
        kl_panic("kl_ring_at: index %zu out of range (len %zu)", i, r->len);
    return slot(r, i);
}
