/* Splitting: kl_str_split (split, rsplit), split_once, rsplit_once. */
#include <keel/str.h>

enum {
    F_REV = 1,  /* last piece first */
    F_BYTE = 2, /* the separator is it->byte */
    F_DONE = 4, /* the last piece has been returned */
    F_EDGE = 8  /* empty separator: the match at the edge of rest is used */
};

static kl_str_split make(kl_str s, kl_str sep, unsigned char byte, unsigned flags)
{
    kl_str_split it = { s, sep, byte, (unsigned char)flags };
    return it;
}

kl_str_split kl_str_split_init(kl_str s, kl_str sep)
{
    return make(s, sep, 0, 0);
}

kl_str_split kl_str_rsplit_init(kl_str s, kl_str sep)
{
    return make(s, sep, 0, F_REV);
}

kl_str_split kl_str_split_byte_init(kl_str s, char sep)
{
    return make(s, kl_str_from(NULL, 0), (unsigned char)sep, F_BYTE);
}

kl_str_split kl_str_rsplit_byte_init(kl_str s, char sep)
{
    return make(s, kl_str_from(NULL, 0), (unsigned char)sep, F_BYTE | F_REV);
}

/* The empty separator matches at every character boundary: 0, r.len, and
 * before each byte that is not a UTF-8 continuation byte. */
static bool next_empty(kl_str_split *it, kl_str *piece)
{
    kl_str r = it->rest;
    bool rev = (it->flags & F_REV) != 0;
    if (!(it->flags & F_EDGE)) {
        it->flags |= F_EDGE;
        *piece = kl_str_from(rev ? r.ptr + r.len : r.ptr, 0);
        return true;
    }
    if (r.len == 0) {
        it->flags |= F_DONE;
        *piece = r;
        return true;
    }
    if (!rev) {
        size_t k = 1;
        while (k < r.len && ((unsigned char)r.ptr[k] & 0xC0) == 0x80)
            k++;
        *piece = kl_str_from(r.ptr, k);
        it->rest = kl_str_from(r.ptr + k, r.len - k);
    } else {
        size_t k = r.len - 1;
        while (k > 0 && ((unsigned char)r.ptr[k] & 0xC0) == 0x80)
            k--;
        *piece = kl_str_from(r.ptr + k, r.len - k);
        it->rest = kl_str_from(r.ptr, k);
    }
    return true;
}

bool kl_str_split_next(kl_str_split *it, kl_str *piece)
{
    if (it->flags & F_DONE)
        return false;
    bool byte = (it->flags & F_BYTE) != 0, rev = (it->flags & F_REV) != 0;
    if (!byte && it->sep.len == 0)
        return next_empty(it, piece);
    kl_str r = it->rest;
    size_t at, seplen = byte ? 1 : it->sep.len;
    if (byte)
        at = rev ? kl_str_rfind_byte(r, (char)it->byte) : kl_str_find_byte(r, (char)it->byte);
    else
        at = rev ? kl_str_rfind(r, it->sep) : kl_str_find(r, it->sep);
    if (at == KL_STR_NPOS) {
        it->flags |= F_DONE;
        *piece = r;
        return true;
    }
    kl_str before = kl_str_from(r.ptr, at);
    kl_str after = kl_str_from(r.ptr + at + seplen, r.len - at - seplen);
    *piece = rev ? after : before;
    it->rest = rev ? before : after;
    return true;
}

bool kl_str_split_once(kl_str s, kl_str sep, kl_str *before, kl_str *after)
{
    size_t at = kl_str_find(s, sep);
    if (at == KL_STR_NPOS)
        return false;
    *before = kl_str_from(s.ptr, at);
    *after = kl_str_from(s.ptr + at + sep.len, s.len - at - sep.len);
    return true;
}

bool kl_str_rsplit_once(kl_str s, kl_str sep, kl_str *before, kl_str *after)
{
    size_t at = kl_str_rfind(s, sep);
    if (at == KL_STR_NPOS)
        return false;
    *before = kl_str_from(s.ptr, at);
    *after = kl_str_from(s.ptr + at + sep.len, s.len - at - sep.len);
    return true;
}
