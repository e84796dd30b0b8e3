/* kl_string: the block, its growth, and the edits at the end. */
#include <keel/string.h>
#include <keel/panic.h>

void kl_string_init(kl_string *s, kl_allocator *alloc)
{
    s->ptr = NULL;
    s->len = 0;
    s->cap = 0;
    s->alloc = alloc;
}

void kl_string_free(kl_string *s)
{
    if (s->cap > 0)
        kl_free(s->alloc, s->ptr, s->cap, 1);
    s->ptr = NULL;
    s->len = 0;
    s->cap = 0;
}

kl_err kl_string_reserve(kl_string *s, size_t additional)
{
    if (s->cap - s->len >= additional)
        return KL_OK;
    /* kl_alloc refuses sizes above PTRDIFF_MAX, so grow no further. */
    size_t max = PTRDIFF_MAX;
    if (additional > max - s->len)
        return KL_ENOMEM;
    /* At least double, so n appends copy O(n) bytes in all. */
    size_t need = s->len + additional;
    size_t cap = s->cap <= max / 2 ? s->cap * 2 : max;
    if (cap < need)
        cap = need;
    if (cap < 8)
        cap = 8;
    char *p = kl_resize(s->alloc, s->ptr, s->cap, cap, 1);
    if (p == NULL)
        return KL_ENOMEM;
    s->ptr = p;
    s->cap = cap;
    return KL_OK;
}

kl_err kl_string_shrink(kl_string *s)
{
    if (s->cap == s->len)
        return KL_OK;
    if (s->len == 0) {
        kl_string_free(s);
        return KL_OK;
    }
    char *p = kl_resize(s->alloc, s->ptr, s->cap, s->len, 1);
    if (p == NULL)
        return KL_ENOMEM;
    s->ptr = p;
    s->cap = s->len;
    return KL_OK;
}

kl_err kl_string_push(kl_string *s, uint32_t c)
{
    char buf[4];
    size_t n = kl_utf8_encode(c, buf);
    kl_err err = kl_string_reserve(s, n);
    if (err != KL_OK)
        return err;
    __builtin_memcpy(s->ptr + s->len, buf, n);
    s->len += n;
    return KL_OK;
}

kl_err kl_string_push_str(kl_string *s, kl_str t)
{
    if (!kl_utf8_valid(t.ptr, t.len))
        return KL_EILSEQ;
    if (t.len == 0)
        return KL_OK;
    /* t may be part of s, whose block growing may move. */
    const char *old = s->ptr;
    bool inside = old != NULL && t.ptr >= old && t.ptr < old + s->len;
    size_t off = inside ? (size_t)(t.ptr - old) : 0;
    kl_err err = kl_string_reserve(s, t.len);
    if (err != KL_OK)
        return err;
    __builtin_memcpy(s->ptr + s->len, inside ? s->ptr + off : t.ptr, t.len);
    s->len += t.len;
    return KL_OK;
}

bool kl_string_pop(kl_string *s, uint32_t *c)
{
    if (s->len == 0)
        return false;
    size_t i = s->len - 1;
    while (((unsigned char)s->ptr[i] & 0xC0) == 0x80)
        i--;
    if (c != NULL) {
        size_t n;
        kl_err err = kl_utf8_decode(s->ptr + i, s->len - i, c, &n);
        (void)err;
    }
    s->len = i;
    return true;
}

void kl_string_truncate(kl_string *s, size_t new_len)
{
    if (new_len >= s->len)
        return;
    if (!kl_string_is_char_boundary(s, new_len))
        kl_panic("kl_string_truncate: byte offset %zu is not a char boundary", new_len);
    s->len = new_len;
}

void kl_string_clear(kl_string *s)
{
    s->len = 0;
}
