/* kl__float_layout: a decimal d * 10^k as Python's repr(float) writes it
 * (Python's float_repr_style "short": format code 'r' with
 * Py_DTSF_ADD_DOT_0). */
#include "internal/float_fmt.h"
#include "internal/udiv.h"

/* Write v (< 10^8) as exactly 8 digits ending just before end. */
static void put8(char *end, uint32_t v)
{
    for (int i = 0; i < 8; i++) {
        *--end = (char)('0' + v % 10);
        v /= 10;
    }
}

/* Write v's digits ending just before end; returns where they start. */
static char *put32(char *end, uint32_t v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    return end;
}

size_t kl__float_layout(char *buf, bool neg, uint64_t d, int k)
{
    /* The significant digits: split at 10^8 so that the rest is 32-bit
     * arithmetic (one 64-bit division; on 32-bit targets that counts). */
    char tmp[20];
    char *end = tmp + sizeof tmp;
    char *dig;
    if (d >= 100000000) {
        uint64_t hi = kl__div_1e8(d);
        put8(end, (uint32_t)(d - hi * 100000000));
        dig = put32(end - 8, (uint32_t)hi);
    } else {
        dig = put32(end, (uint32_t)d);
    }
    while (end - dig > 1 && end[-1] == '0') {
        end--;
        k++;
    }
    int n = (int)(end - dig);
    /* The position of the decimal point relative to the first digit. */
    int point = d == 0 ? 1 : n + k;

    char *p = buf;
    if (neg)
        *p++ = '-';
    if (point > 16 || point < -3) {
        /* d.ddde+XX */
        *p++ = dig[0];
        if (n > 1) {
            *p++ = '.';
            __builtin_memcpy(p, dig + 1, (size_t)(n - 1));
            p += n - 1;
        }
        int x = point - 1;
        *p++ = 'e';
        *p++ = x < 0 ? '-' : '+';
        if (x < 0)
            x = -x;
        if (x >= 100) {
            *p++ = (char)('0' + x / 100);
            x %= 100;
        }
        *p++ = (char)('0' + x / 10);
        *p++ = (char)('0' + x % 10);
    } else if (point <= 0) {
        /* 0.000ddd */
        *p++ = '0';
        *p++ = '.';
        for (int i = point; i < 0; i++)
            *p++ = '0';
        __builtin_memcpy(p, dig, (size_t)n);
        p += n;
    } else if (point < n) {
        /* ddd.ddd */
        __builtin_memcpy(p, dig, (size_t)point);
        p += point;
        *p++ = '.';
        __builtin_memcpy(p, dig + point, (size_t)(n - point));
        p += n - point;
    } else {
        /* ddd000.0 */
        __builtin_memcpy(p, dig, (size_t)n);
        p += n;
        for (int i = n; i < point; i++)
            *p++ = '0';
        *p++ = '.';
        *p++ = '0';
    }
    return (size_t)(p - buf);
}
