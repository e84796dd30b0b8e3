/* kl_str basics. */
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

bool kl_str_eq(kl_str a, kl_str b)
{
    return a.len == b.len && (a.len == 0 || __builtin_memcmp(a.ptr, b.ptr, a.len) == 0);
}
