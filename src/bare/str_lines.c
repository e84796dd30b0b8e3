/* kl_str_lines: Rust's str::lines. */
#include <keel/str.h>

kl_str_lines kl_str_lines_init(kl_str s)
{
    kl_str_lines it = { s };
    return it;
}

bool kl_str_lines_next(kl_str_lines *it, kl_str *line)
{
    kl_str r = it->rest;
    if (r.len == 0)
        return false;
    size_t at = kl_str_find_byte(r, '\n');
    if (at == KL_STR_NPOS) {
        *line = r;
        it->rest = kl_str_from(r.ptr + r.len, 0);
        return true;
    }
    size_t len = at;
    if (len > 0 && r.ptr[len - 1] == '\r')
        len--;
    *line = kl_str_from(r.ptr, len);
    it->rest = kl_str_from(r.ptr + at + 1, r.len - at - 1);
    return true;
}
