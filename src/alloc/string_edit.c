/* kl_string_insert, _insert_str, _remove, _trim: edits inside a string. */
#include <keel/string.h>
#include <keel/panic.h>

kl_err kl_string_insert(kl_string *s, size_t i, uint32_t c)
{
    char buf[4];
    if (!kl_string_is_char_boundary(s, i))
        kl_panic("kl_string_insert: byte offset %zu is not a char boundary (len %zu)", i,
                 s->len);
    size_t n = kl_utf8_encode(c, buf);
    kl_err err = kl_string_reserve(s, n);
    if (err != KL_OK)
        return err;
    __builtin_memmove(s->ptr + i + n, s->ptr + i, s->len - i);
    __builtin_memcpy(s->ptr + i, buf, n);
    s->len += n;
    return KL_OK;
}

kl_err kl_string_insert_str(kl_string *s, size_t i, kl_str t)
{
    if (!kl_string_is_char_boundary(s, i))
        kl_panic("kl_string_insert_str: byte offset %zu is not a char boundary (len %zu)", i,
                 s->len);
    if (!kl_utf8_valid(t.ptr, t.len))
        return KL_EILSEQ;
    if (t.len == 0)
        return KL_OK;
    /* t may point into s, whose block growing may move: copy through
     * offsets then. */
    const char *old = s->ptr;
    bool inside = old != NULL && t.ptr >= old && t.ptr < old + s->len;
    size_t off = inside ? (size_t)(t.ptr - old) : 0;
    kl_err err = kl_string_reserve(s, t.len);
    if (err != KL_OK)
        return err;
    char *p = s->ptr;
    __builtin_memmove(p + i + t.len, p + i, s->len - i);
    if (!inside) {
        __builtin_memcpy(p + i, t.ptr, t.len);
    } else if (off + t.len <= i) {
        __builtin_memcpy(p + i, p + off, t.len);
    } else if (off >= i) {
        __builtin_memcpy(p + i, p + off + t.len, t.len);
    } else {
        /* t straddles i: its first part stayed, its second moved up. */
        size_t head = i - off;
        __builtin_memcpy(p + i, p + off, head);
        __builtin_memcpy(p + i + head, p + i + t.len, t.len - head);
    }
    s->len += t.len;
    return KL_OK;
}

uint32_t kl_string_remove(kl_string *s, size_t i)
{
    if (i >= s->len || !kl_string_is_char_boundary(s, i))
        kl_panic("kl_string_remove: byte offset %zu is not a char boundary of the string "
                 "(len %zu)", i, s->len);
    uint32_t c;
    size_t n;
    kl_err err = kl_utf8_decode(s->ptr + i, s->len - i, &c, &n);
    (void)err;
    __builtin_memmove(s->ptr + i, s->ptr + i + n, s->len - i - n);
    s->len -= n;
    return c;
}

void kl_string_trim(kl_string *s)
{
    kl_str t = kl_str_trim(kl_string_as_str(s));
    if (t.len > 0 && t.ptr != s->ptr)
        __builtin_memmove(s->ptr, t.ptr, t.len);
    s->len = t.len;
}
