/* kl_str basics: construction, comparison, prefixes and suffixes. */
#include <keel/panic.h>
#include <keel/str.h>

kl_str kl_str_from_cstr(const char *cstr)
{
    if (cstr == NULL)
        kl_panic("kl_str_from_cstr: NULL string");
    size_t n = 0;
    while (cstr[n] != '\0')
        n++;
    return kl_str_from(cstr, n);
}

kl_str kl_str_sub(kl_str s, size_t start, size_t end)
{
    if (start > end || end > s.len)
        kl_panic("kl_str_sub: range [%zu, %zu) out of a slice of %zu bytes", start, end, s.len);
    return kl_str_from(s.ptr + start, end - start);
}

bool kl_str_eq(kl_str a, kl_str b)
{
    return a.len == b.len && (a.len == 0 || __builtin_memcmp(a.ptr, b.ptr, a.len) == 0);
}

int kl_str_cmp(kl_str a, kl_str b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int r = n == 0 ? 0 : __builtin_memcmp(a.ptr, b.ptr, n);
    if (r == 0)
        return (a.len > b.len) - (a.len < b.len);
    return r < 0 ? -1 : 1;
}

bool kl_str_starts_with(kl_str s, kl_str prefix)
{
    return prefix.len <= s.len &&
           (prefix.len == 0 || __builtin_memcmp(s.ptr, prefix.ptr, prefix.len) == 0);
}

bool kl_str_ends_with(kl_str s, kl_str suffix)
{
    return suffix.len <= s.len &&
           (suffix.len == 0 ||
            __builtin_memcmp(s.ptr + s.len - suffix.len, suffix.ptr, suffix.len) == 0);
}

bool kl_str_strip_prefix(kl_str s, kl_str prefix, kl_str *rest)
{
    if (!kl_str_starts_with(s, prefix))
        return false;
    *rest = kl_str_from(s.ptr + prefix.len, s.len - prefix.len);
    return true;
}

bool kl_str_strip_suffix(kl_str s, kl_str suffix, kl_str *rest)
{
    if (!kl_str_ends_with(s, suffix))
        return false;
    *rest = kl_str_from(s.ptr, s.len - suffix.len);
    return true;
}
