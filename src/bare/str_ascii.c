/* ASCII case: case-insensitive comparison, upper and lower case copies. */
#include <keel/panic.h>
#include <keel/str.h>

static inline unsigned char lower(unsigned char c)
{
    return (unsigned char)((unsigned)(c - 'A') < 26u ? c + ('a' - 'A') : c);
}

static inline unsigned char upper(unsigned char c)
{
    return (unsigned char)((unsigned)(c - 'a') < 26u ? c - ('a' - 'A') : c);
}

bool kl_str_eq_ignore_ascii_case(kl_str a, kl_str b)
{
    if (a.len != b.len)
        return false;
    for (size_t i = 0; i < a.len; i++)
        if (lower((unsigned char)a.ptr[i]) != lower((unsigned char)b.ptr[i]))
            return false;
    return true;
}

int kl_str_cmp_ignore_ascii_case(kl_str a, kl_str b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    for (size_t i = 0; i < n; i++) {
        unsigned char x = lower((unsigned char)a.ptr[i]), y = lower((unsigned char)b.ptr[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return (a.len > b.len) - (a.len < b.len);
}

kl_str kl_str_to_ascii_upper(kl_str s, char *buf, size_t cap)
{
    if (cap < s.len)
        kl_panic("kl_str_to_ascii_upper: %zu bytes do not fit in %zu", s.len, cap);
    for (size_t i = 0; i < s.len; i++)
        buf[i] = (char)upper((unsigned char)s.ptr[i]);
    return kl_str_from(buf, s.len);
}

kl_str kl_str_to_ascii_lower(kl_str s, char *buf, size_t cap)
{
    if (cap < s.len)
        kl_panic("kl_str_to_ascii_lower: %zu bytes do not fit in %zu", s.len, cap);
    for (size_t i = 0; i < s.len; i++)
        buf[i] = (char)lower((unsigned char)s.ptr[i]);
    return kl_str_from(buf, s.len);
}
