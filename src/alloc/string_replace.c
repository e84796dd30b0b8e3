/* kl_string_replace, kl_string_replace_in_place: every occurrence of one
 * string replaced by another, into a new block sized exactly. */
#include <keel/string.h>

/* replace: walk src's matches of from (Rust's str::replace order: left to
 * right, without overlap; the empty from at every character boundary),
 * writing the result to dst unless dst is NULL.  Returns its length, or
 * SIZE_MAX if that overflows. */
static size_t replace(char *dst, kl_str src, kl_str from, kl_str to)
{
    size_t out = 0, pos = 0;
    for (;;) {
        size_t at;
        if (from.len > 0) {
            at = kl_str_find(kl_str_sub(src, pos, src.len), from);
            if (at == KL_STR_NPOS)
                break;
            at += pos;
        } else {
            at = pos;
        }
        /* The piece before the match, then to. */
        size_t piece = at - pos;
        if (piece > SIZE_MAX - out || to.len > SIZE_MAX - out - piece)
            return SIZE_MAX;
        if (dst != NULL) {
            if (piece > 0)
                __builtin_memcpy(dst + out, src.ptr + pos, piece);
            if (to.len > 0)
                __builtin_memcpy(dst + out + piece, to.ptr, to.len);
        }
        out += piece + to.len;
        pos = at + from.len;
        if (from.len == 0) {
            /* Step over one character (copying it); past the end, stop. */
            if (pos == src.len)
                return out;
            size_t n = 1;
            while (pos + n < src.len && ((unsigned char)src.ptr[pos + n] & 0xC0) == 0x80)
                n++;
            if (n > SIZE_MAX - out)
                return SIZE_MAX;
            if (dst != NULL)
                __builtin_memcpy(dst + out, src.ptr + pos, n);
            out += n;
            pos += n;
        }
    }
    size_t rest = src.len - pos;
    if (rest > SIZE_MAX - out)
        return SIZE_MAX;
    if (dst != NULL && rest > 0)
        __builtin_memcpy(dst + out, src.ptr + pos, rest);
    return out + rest;
}

kl_err kl_string_replace(kl_string *out, kl_allocator *alloc, kl_str src, kl_str from,
                         kl_str to)
{
    kl_string_init(out, alloc);
    if (!kl_utf8_valid(src.ptr, src.len) || !kl_utf8_valid(from.ptr, from.len) ||
        !kl_utf8_valid(to.ptr, to.len))
        return KL_EILSEQ;
    size_t len = replace(NULL, src, from, to);
    if (len == SIZE_MAX)
        return KL_ENOMEM;
    if (len == 0)
        return KL_OK;
    kl_err err = kl_string_reserve(out, len);
    if (err != KL_OK)
        return err;
    out->len = replace(out->ptr, src, from, to);
    return KL_OK;
}

kl_err kl_string_replace_in_place(kl_string *s, kl_str from, kl_str to)
{
    kl_string r;
    kl_err err = kl_string_replace(&r, s->alloc, kl_string_as_str(s), from, to);
    if (err != KL_OK)
        return err;
    if (r.cap == 0) {
        /* Nothing left (and nothing allocated): keep the block. */
        s->len = 0;
        return KL_OK;
    }
    kl_string_free(s);
    *s = r;
    return KL_OK;
}
