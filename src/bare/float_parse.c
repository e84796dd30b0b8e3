/* kl__float_long and kl__float_exact: what kl_parse_f64 and kl_parse_f32
 * share off their inlined common path -- numbers of more than 19
 * significant digits, and the exact slow path. */
#include "internal/decimal.h"
#include "internal/float_parse.h"
#include "internal/udiv.h"

/* Out of line, so that its callers do not reserve the big decimal's
 * stack. */
__attribute__((noinline)) static uint64_t slow_path(const kl__float_text *t,
                                                    const kl__float_format *f)
{
    kl__decimal d;
    kl__decimal_from_text(&d, t);
    return kl__decimal_to_bits(&d, f);
}

/* One copy of Eisel-Lemire for the long path's two calls. */
__attribute__((noinline)) static bool eisel_lemire(uint64_t w, int64_t q,
                                                   const kl__float_format *f, uint64_t *bits)
{
    return kl__eisel_lemire(w, q, f, bits);
}

uint64_t kl__float_exact(uint64_t w, int64_t q, const kl__float_format *f)
{
    char digits[20];
    size_t n = sizeof digits;
    do {
        uint64_t tenth = kl__div_10(w);
        digits[--n] = (char)('0' + (w - tenth * 10));
        w = tenth;
    } while (w != 0);
    kl__float_text t = { 0 };
    t.int_digits = digits + n;
    t.int_len = sizeof digits - n;
    t.frac_digits = digits + sizeof digits;
    t.exp = q;
    return slow_path(&t, f);
}

/* Up to *need digits from [p, end) appended to *w, eight at a time while
 * eight are wanted; returns where it stopped. */
static const char *take_digits(const char *p, const char *end, uint64_t *w, size_t *need)
{
    uint64_t v = *w;
    size_t n = *need;
    while (n >= 8 && end - p >= 8) {
        v = v * 100000000 + kl__value8(kl__load64le(p) - 0x3030303030303030u);
        p += 8;
        n -= 8;
    }
    for (; n > 0 && p != end; n--)
        v = v * 10 + (unsigned)(*p++ - '0');
    *w = v;
    *need = n;
    return p;
}

static bool all_zeros(const char *p, const char *end)
{
    for (; p != end; p++)
        if (*p != '0')
            return false;
    return true;
}

uint64_t kl__float_long(kl__float_text *t, const kl__float_format *f)
{
    const int mbits = f->mantissa_bits;
    const uint64_t sign = (uint64_t)t->negative << (mbits + (mbits == 52 ? 11 : 8));
    const char *p = t->int_digits, *int_end = p + t->int_len;
    const char *r = t->frac_digits, *frac_end = r + t->frac_len;

    /* The first 19 significant digits (Lemire 2021, section 11: the
     * digits are read again, the dropped ones only counted). */
    while (p != int_end && *p == '0')
        p++;
    if (p == int_end) {
        while (r != frac_end && *r == '0')
            r++;
    }
    uint64_t w = 0;
    size_t need = 19;
    p = take_digits(p, int_end, &w, &need);
    if (need > 0)
        r = take_digits(r, frac_end, &w, &need);
    size_t dropped = (size_t)(int_end - p) + (size_t)(frac_end - r);
    t->w = w;
    t->q = t->exp - (int64_t)t->frac_len + (int64_t)dropped;
    t->truncated = true;

    /* The value lies in [w, w+1) * 10^q: if both ends round alike, so
     * does the value (rounding is monotonic).  w + 1 <= 10^19 fits.
     * Where they differ, the dropped digits may all be zeros (then w
     * * 10^q is exact); else only the exact algorithm knows. */
    uint64_t bits, above;
    if (eisel_lemire(w, t->q, f, &bits)) {
        if (eisel_lemire(w + 1, t->q, f, &above) && above == bits)
            return sign | bits;
        if (all_zeros(p, int_end) && all_zeros(r, frac_end)) {
            t->truncated = false;
            return sign | bits;
        }
    }
    return sign | slow_path(t, f);
}
