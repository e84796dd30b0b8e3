/* kl__fmt_float_hex: %a and %A as glibc prints them.
 *
 * A normal double prints as 0x1.<13 hex digits>p<exponent>, a subnormal
 * as 0x0.<13 hex digits>p-1022, zero as 0x0p+0; without a precision the
 * trailing zero digits go.  A precision below 13 rounds the significand
 * half to even on the hex digits, and a carry may make the leading digit
 * 2 (0x1.f8p+0 at %.0a is 0x2p+0), as glibc leaves it.  inf and nan are
 * kl__fmt_float's. */
#include "internal/fmt.h"

kl_err kl__fmt_float_hex(kl__fmt_out *o, const kl__fmt_spec *sp, double v)
{
    uint64_t bits;
    __builtin_memcpy(&bits, &v, sizeof bits);
    bool upper = sp->conv == 'A';
    const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    unsigned biased = (unsigned)(bits >> 52) & 0x7ff;
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    unsigned lead = biased != 0;
    int exp = biased != 0 ? (int)biased - 1023 : mant != 0 ? -1022 : 0;

    int ndig = 13;     /* hex digits of mant after the point */
    size_t zeros = 0;  /* zeros after those */
    if (sp->precision < 0) {
        while (ndig > 0 && (mant & 0xf) == 0) {
            mant >>= 4;
            ndig--;
        }
    } else if (sp->precision < 13) {
        unsigned shift = 4 * (13 - (unsigned)sp->precision);
        uint64_t full = ((uint64_t)lead << 52) | mant;
        uint64_t rest = full & (((uint64_t)1 << shift) - 1);
        uint64_t half = (uint64_t)1 << (shift - 1);
        full >>= shift;
        if (rest > half || (rest == half && (full & 1)))
            full++;
        ndig = sp->precision;
        lead = (unsigned)(full >> (4 * ndig));
        mant = full & (((uint64_t)1 << (4 * ndig)) - 1);
    } else {
        zeros = (size_t)sp->precision - 13;
    }

    /* prefix: sign and 0x; body: the digits; suffix: p and exponent. */
    char prefix[3], body[16], suffix[7];
    size_t np = 0, nb = 0, ns = 0;
    if (bits >> 63)
        prefix[np++] = '-';
    else if (sp->flags & KL__FMT_PLUS)
        prefix[np++] = '+';
    else if (sp->flags & KL__FMT_SPACE)
        prefix[np++] = ' ';
    prefix[np++] = '0';
    prefix[np++] = upper ? 'X' : 'x';
    body[nb++] = hex[lead];
    if (ndig > 0 || zeros > 0 || (sp->flags & KL__FMT_ALT))
        body[nb++] = '.';
    for (int i = ndig; i-- > 0;)
        body[nb++] = hex[(mant >> (4 * i)) & 0xf];
    suffix[ns++] = upper ? 'P' : 'p';
    suffix[ns++] = exp < 0 ? '-' : '+';
    unsigned ax = exp < 0 ? (unsigned)-exp : (unsigned)exp;
    char tmp[4];
    size_t nt = 0;
    do {
        tmp[nt++] = (char)('0' + ax % 10);
        ax /= 10;
    } while (ax != 0);
    while (nt > 0)
        suffix[ns++] = tmp[--nt];

    size_t len = np + nb + zeros + ns;
    size_t pad = (size_t)sp->width > len ? (size_t)sp->width - len : 0;
    bool left = (sp->flags & KL__FMT_MINUS) != 0;
    bool zero_pad = !left && (sp->flags & KL__FMT_ZERO);
    kl_err err = KL_OK;
    if (!left && !zero_pad)
        err = kl__fmt_repeat(o, ' ', pad);
    if (err == KL_OK)
        err = o->put(o, prefix, np);
    if (err == KL_OK && zero_pad)
        err = kl__fmt_repeat(o, '0', pad);
    if (err == KL_OK)
        err = o->put(o, body, nb);
    if (err == KL_OK)
        err = kl__fmt_repeat(o, '0', zeros);
    if (err == KL_OK)
        err = o->put(o, suffix, ns);
    if (err == KL_OK && left)
        err = kl__fmt_repeat(o, ' ', pad);
    return err;
}
