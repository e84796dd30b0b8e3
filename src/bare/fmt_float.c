/* kl__fmt_float: %f %F %e %E %g %G, byte-identical to glibc's printf.
 *
 * The digits are the exact decimal expansion of the double's binary
 * value, cut where the conversion says and rounded half to even on the
 * exact value (glibc's result in the default rounding mode; keel knows
 * no other).  The method is the classic one for fixed-format output of a
 * binary fraction -- Steele and White, "How to Print Floating-Point
 * Numbers Accurately" (PLDI 1990), and Knuth, TAOCP vol. 2, 4.4: the
 * integer part is converted by repeated division by 10^9 (its digits come
 * out in 9-digit chunks, least significant first), the fraction F / 2^k
 * by repeated multiplication by 10^9 (each product's bits above the
 * binary point are the next 9 digits).  Only the digits up to the cut
 * are kept; the first digit below the cut and whether anything nonzero
 * follows it decide the rounding, exactly.
 *
 * Everything lives on the stack: the big integer (src/internal/bignum.h,
 * 148 bytes), the integer part's chunks (144 bytes) and the kept digits
 * (at most 767 significant digits exist in any double, plus a chunk's
 * overrun: 784 bytes); about 1.2 KB in all.  Zeros beyond the exact
 * expansion (%.1000f) are written, not stored. */
#include <keel/panic.h>
#include "internal/bignum.h"
#include "internal/fmt.h"
#include "internal/udiv.h"

#define DIGITS_MAX 784
#define CHUNK 1000000000u /* 10^9 */
#define FIVE_POW_9 1953125u
#define FIVE_POW_13 1220703125u

/* value = 0.d[0] d[1] ... * 10^exp; d[0] is not '0' when n > 0, and the
 * digits past n are zeros. */
typedef struct decimal {
    int n;
    int exp;
    bool carried; /* rounding turned 99...9 into 100...0 (exp grew) */
    char d[DIGITS_MAX];
} decimal;

/* Where to cut: keep the digits of place >= -limit (CUT_PLACE: %f with
 * precision limit), or the first limit significant digits (CUT_DIGITS). */
enum cut_mode { CUT_PLACE, CUT_DIGITS };

typedef struct gen {
    decimal *out;
    enum cut_mode mode;
    int limit;
    int cut;      /* the lowest place kept (known once started, or at once for CUT_PLACE) */
    int place;    /* place of the next digit: 10^place */
    bool started; /* seen the first nonzero digit */
    int tail;     /* the first digit below the cut, -1 until seen */
    bool sticky;  /* a nonzero digit follows the tail digit */
} gen;

/* Feed the ndig digits of c, most significant first, starting at place
 * g->place.  Returns true once the tail digit has been seen. */
static bool feed(gen *g, uint32_t c, int ndig)
{
    char t[9];
    for (int i = ndig; i-- > 0;) {
        t[i] = (char)(c % 10);
        c /= 10;
    }
    for (int i = 0; i < ndig; i++, g->place--) {
        int dg = t[i];
        if ((g->started || g->mode == CUT_PLACE) && g->place < g->cut) {
            g->tail = dg;
            for (int j = i + 1; j < ndig; j++)
                g->sticky |= t[j] != 0;
            return true;
        }
        if (!g->started) {
            if (dg == 0)
                continue;
            g->started = true;
            g->out->exp = g->place + 1;
            if (g->mode == CUT_DIGITS)
                g->cut = g->place - g->limit + 1;
        }
        if (g->out->n == DIGITS_MAX)
            kl_panic("kl_fmt: decimal expansion longer than %d digits", DIGITS_MAX);
        g->out->d[g->out->n++] = (char)('0' + dg);
    }
    return false;
}

static int count_digits(uint32_t c)
{
    int n = 1;
    while (c >= 10) {
        c /= 10;
        n++;
    }
    return n;
}

/* Round g's kept digits by its tail, half to even. */
static void round_tail(gen *g)
{
    decimal *out = g->out;
    int last = out->n > 0 ? out->d[out->n - 1] - '0' : 0;
    bool up = g->tail > 5 || (g->tail == 5 && (g->sticky || (last & 1)));
    if (!up)
        return;
    if (!g->started) {
        /* Nothing kept (CUT_PLACE below the first digit): one unit at
         * the cut. */
        out->d[0] = '1';
        out->n = 1;
        out->exp = g->cut + 1;
        return;
    }
    int i = out->n - 1;
    while (i >= 0 && out->d[i] == '9')
        i--;
    if (i < 0) {
        /* 99...9 became 100...0. */
        out->d[0] = '1';
        out->n = 1;
        out->exp++;
        out->carried = true;
    } else {
        out->d[i]++;
        out->n = i + 1;
    }
}

/* The digits of m * 2^e (m > 0), cut by mode and limit and rounded. */
static void to_decimal(decimal *out, uint64_t m, int e, enum cut_mode mode, int limit)
{
    gen g = { out, mode, limit, mode == CUT_PLACE ? -limit : 0, 0, false, -1, false };
    kl__big b;
    uint32_t chunks[KL__BIG_WORDS]; /* the integer part in base 10^9, low first */
    int nch = 0;
    unsigned k; /* the fraction is b / 2^k */
    out->n = 0;
    out->exp = 1;
    out->carried = false;

    if (e > 11) {
        kl__big_set_shl(&b, m, (unsigned)e);
        while (!kl__big_is_zero(&b))
            chunks[nch++] = kl__big_div_1e9(&b);
        k = 0;
    } else {
        uint64_t ip;
        uint64_t fp = 0;
        if (e >= 0) {
            ip = m << e;
            k = 0;
        } else {
            k = (unsigned)-e;
            ip = k < 64 ? m >> k : 0;
            fp = k < 64 ? m & (((uint64_t)1 << k) - 1) : m;
        }
        for (uint64_t q; ip != 0; ip = q) {
            q = kl__div_1e9(ip);
            chunks[nch++] = (uint32_t)(ip - q * CHUNK);
        }
        kl__big_set_shl(&b, fp, 0);
    }

    /* The integer part, most significant chunk first. */
    if (nch > 0) {
        int top = count_digits(chunks[nch - 1]);
        g.place = 9 * (nch - 1) + top - 1;
        for (int i = nch; i-- > 0;) {
            if (feed(&g, chunks[i], i == nch - 1 ? top : 9)) {
                for (int j = 0; j < i; j++)
                    g.sticky |= chunks[j] != 0;
                g.sticky |= !kl__big_is_zero(&b);
                round_tail(&g);
                return;
            }
        }
    }

    /* The fraction.  Leading zeros go 13 at a time while the fraction
     * stays below 10^-13: b * 5^13 < 2^(k - 13) then. */
    g.place = -1;
    if (!g.started) {
        while (kl__big_bitlen(&b) + 31 + 13 <= k) {
            if (mode == CUT_PLACE && g.place - 12 < g.cut)
                return; /* the tail digit is one of these zeros */
            kl__big_mul_small(&b, FIVE_POW_13);
            k -= 13;
            g.place -= 13;
        }
    }
    while (!kl__big_is_zero(&b)) {
        /* b / 2^k * 10^9 = b * 5^9 / 2^(k - 9). */
        if (k >= 9) {
            kl__big_mul_small(&b, FIVE_POW_9);
            k -= 9;
        } else {
            kl__big_mul_small(&b, CHUNK);
        }
        uint32_t c = kl__big_split(&b, k);
        if (feed(&g, c, 9)) {
            g.sticky |= !kl__big_is_zero(&b);
            round_tail(&g);
            return;
        }
    }
}

/* Output through a small buffer: few calls into the writer. */
typedef struct sink {
    kl__fmt_out *o;
    kl_err err;
    size_t len;
    char buf[64];
} sink;

static void flush(sink *s)
{
    if (s->err == KL_OK && s->len > 0)
        s->err = s->o->put(s->o, s->buf, s->len);
    s->len = 0;
}

static void put(sink *s, const char *p, size_t n)
{
    if (n > sizeof s->buf - s->len) {
        flush(s);
        if (n > sizeof s->buf) {
            if (s->err == KL_OK)
                s->err = s->o->put(s->o, p, n);
            return;
        }
    }
    __builtin_memcpy(s->buf + s->len, p, n);
    s->len += n;
}

static void put_repeat(sink *s, char c, size_t n)
{
    while (n > 0) {
        if (s->len == sizeof s->buf)
            flush(s);
        size_t k = sizeof s->buf - s->len;
        if (k > n)
            k = n;
        __builtin_memset(s->buf + s->len, c, k);
        s->len += k;
        n -= k;
    }
}

/* The digits of places [from, to) of dec, counted from its first digit
 * (index 0); indices outside the stored digits are zeros.  64-bit: a
 * precision near INT_MAX must not overflow. */
static void put_digits(sink *s, const decimal *dec, int64_t from, int64_t to)
{
    if (from < 0) {
        int64_t z = (to < 0 ? to : 0) - from;
        put_repeat(s, '0', (size_t)z);
        from += z;
    }
    if (from < dec->n && from < to) {
        int64_t end = to < dec->n ? to : dec->n;
        put(s, dec->d + from, (size_t)(end - from));
        from = end;
    }
    if (from < to)
        put_repeat(s, '0', (size_t)(to - from));
}

/* Padding before (right-justified) the body of len bytes, the sign
 * already included in len. */
static void pad_left(sink *s, const kl__fmt_spec *sp, char sign, size_t len, bool zero_ok)
{
    size_t pad = (size_t)sp->width > len ? (size_t)sp->width - len : 0;
    bool zero = zero_ok && (sp->flags & KL__FMT_ZERO) && !(sp->flags & KL__FMT_MINUS);
    if (!zero && !(sp->flags & KL__FMT_MINUS))
        put_repeat(s, ' ', pad);
    if (sign != 0)
        put(s, &sign, 1);
    if (zero)
        put_repeat(s, '0', pad);
}

static kl_err finish(sink *s, const kl__fmt_spec *sp, size_t len)
{
    if ((sp->flags & KL__FMT_MINUS) && (size_t)sp->width > len)
        put_repeat(s, ' ', (size_t)sp->width - len);
    flush(s);
    return s->err;
}

/* Style f: the integer part, a point, frac digits. */
static kl_err put_fixed(sink *s, const kl__fmt_spec *sp, char sign, const decimal *dec,
                        int64_t frac)
{
    bool point = frac > 0 || (sp->flags & KL__FMT_ALT);
    int int_len = dec->exp > 0 ? dec->exp : 1;
    size_t len = (sign != 0) + (size_t)int_len + point + (size_t)frac;
    pad_left(s, sp, sign, len, true);
    if (dec->exp > 0)
        put_digits(s, dec, 0, dec->exp);
    else
        put(s, "0", 1);
    if (point)
        put(s, ".", 1);
    put_digits(s, dec, dec->exp, (int64_t)dec->exp + frac);
    return finish(s, sp, len);
}

/* Style e: one digit, a point, frac digits, the exponent (two digits at
 * least). */
static kl_err put_exp(sink *s, const kl__fmt_spec *sp, char sign, const decimal *dec,
                      int64_t frac, bool upper)
{
    bool point = frac > 0 || (sp->flags & KL__FMT_ALT);
    int x = dec->n > 0 ? dec->exp - 1 : 0;
    unsigned ax = x < 0 ? (unsigned)-x : (unsigned)x;
    char e[6];
    size_t elen = 0;
    e[elen++] = upper ? 'E' : 'e';
    e[elen++] = x < 0 ? '-' : '+';
    if (ax >= 100)
        e[elen++] = (char)('0' + ax / 100);
    e[elen++] = (char)('0' + ax / 10 % 10);
    e[elen++] = (char)('0' + ax % 10);
    size_t len = (sign != 0) + 1 + point + (size_t)frac + elen;
    pad_left(s, sp, sign, len, true);
    put_digits(s, dec, 0, 1);
    if (point)
        put(s, ".", 1);
    put_digits(s, dec, 1, 1 + frac);
    put(s, e, elen);
    return finish(s, sp, len);
}

kl_err kl__fmt_float(kl__fmt_out *o, const kl__fmt_spec *sp, double v)
{
    uint64_t bits;
    __builtin_memcpy(&bits, &v, sizeof bits);
    char conv = sp->conv;
    bool upper = conv == 'F' || conv == 'E' || conv == 'G' || conv == 'A';
    char sign = (bits >> 63) ? '-' : (sp->flags & KL__FMT_PLUS) ? '+'
              : (sp->flags & KL__FMT_SPACE) ? ' ' : 0;
    unsigned biased = (unsigned)(bits >> 52) & 0x7ff;
    uint64_t frac_bits = bits & (((uint64_t)1 << 52) - 1);
    sink s = { o, KL_OK, 0, { 0 } };

    if (biased == 0x7ff) {
        /* glibc prints a NaN's sign too, and pads both with spaces. */
        const char *text = frac_bits != 0 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        size_t len = (sign != 0) + 3;
        pad_left(&s, sp, sign, len, false);
        put(&s, text, 3);
        return finish(&s, sp, len);
    }
    if (conv == 'a' || conv == 'A')
        return kl__fmt_float_hex(o, sp, v);

    uint64_t m = biased == 0 ? frac_bits : frac_bits | ((uint64_t)1 << 52);
    int e = biased == 0 ? -1074 : (int)biased - 1075;
    int prec = sp->precision < 0 ? 6 : sp->precision;
    /* No double has digits past place 10^-1074 or more than 767
     * significant ones: a longer cut rounds nothing, and this one keeps
     * the arithmetic below far from INT_MAX. */
    int cut = prec < 1100 ? prec : 1100;
    decimal dec;
    dec.n = 0;
    dec.exp = 1;
    dec.carried = false;

    switch (conv | 0x20) {
    case 'f':
        if (m != 0)
            to_decimal(&dec, m, e, CUT_PLACE, cut);
        return put_fixed(&s, sp, sign, &dec, prec);
    case 'e':
        if (m != 0)
            to_decimal(&dec, m, e, CUT_DIGITS, cut + 1);
        return put_exp(&s, sp, sign, &dec, prec, upper);
    default: { /* 'g' */
        int p = prec == 0 ? 1 : prec;
        if (m != 0)
            to_decimal(&dec, m, e, CUT_DIGITS, p < cut ? p : cut);
        int x = dec.n > 0 ? dec.exp - 1 : 0;
        bool fixed = p > x && x >= -4;
        int64_t frac = fixed ? (int64_t)p - 1 - x : (int64_t)p - 1;
        if (!fixed && dec.carried && x == p) {
            /* glibc's choice: the exact value called for style f (its
             * exponent was p - 1), rounding carried it to 10^p, and
             * glibc then prints style e with no fraction digits: %#g of
             * 999999.5 is "1.e+06", not "1.00000e+06".  Only '#' shows
             * it; without '#' the zeros go anyway. */
            frac = 0;
        }
        if (!(sp->flags & KL__FMT_ALT)) {
            /* Without '#', no trailing zeros (and no point after none). */
            int n = dec.n;
            while (n > 0 && dec.d[n - 1] == '0')
                n--;
            int64_t left = fixed ? n - (x + 1) : n - 1;
            if (left < frac)
                frac = left > 0 ? left : 0;
        }
        if (fixed) {
            dec.exp = x + 1;
            return put_fixed(&s, sp, sign, &dec, frac);
        }
        return put_exp(&s, sp, sign, &dec, frac, upper);
    }
    }
}
