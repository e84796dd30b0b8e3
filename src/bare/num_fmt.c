/* kl_fmt_u64, kl_fmt_i64: integers to text in any base 2..36. */
#include <keel/num.h>
#include <keel/panic.h>

/* "00" "01" ... "99": base 10 emits two digits per division, which halves
 * the number of (slow, 64-bit) divisions. */
static const char digit_pairs[200] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

static size_t fmt_dec(char *buf, uint64_t v)
{
    char tmp[20];
    char *end = tmp + sizeof tmp;
    char *p = end;
    while (v >= 100) {
        unsigned pair = (unsigned)(v % 100) * 2;
        v /= 100;
        p -= 2;
        p[0] = digit_pairs[pair];
        p[1] = digit_pairs[pair + 1];
    }
    if (v >= 10) {
        p -= 2;
        p[0] = digit_pairs[v * 2];
        p[1] = digit_pairs[v * 2 + 1];
    } else {
        *--p = (char)('0' + v);
    }
    size_t n = (size_t)(end - p);
    __builtin_memcpy(buf, p, n);
    return n;
}

static size_t fmt_base(char *buf, uint64_t v, unsigned base)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char tmp[64];
    char *end = tmp + sizeof tmp;
    char *p = end;
    do {
        *--p = digits[v % base];
        v /= base;
    } while (v != 0);
    size_t n = (size_t)(end - p);
    __builtin_memcpy(buf, p, n);
    return n;
}

size_t kl_fmt_u64(char *buf, uint64_t v, unsigned base)
{
    if (base < 2 || base > 36)
        kl_panic("kl_fmt_u64: base %u is outside 2..36", base);
    return base == 10 ? fmt_dec(buf, v) : fmt_base(buf, v, base);
}

size_t kl_fmt_i64(char *buf, int64_t v, unsigned base)
{
    if (v >= 0)
        return kl_fmt_u64(buf, (uint64_t)v, base);
    buf[0] = '-';
    /* 0 - (uint64_t)v is |v| even for INT64_MIN. */
    return 1 + kl_fmt_u64(buf + 1, 0 - (uint64_t)v, base);
}
