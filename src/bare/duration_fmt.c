/* kl_duration_fmt, kl_duration_write, kl_duration_write_prec: durations as
 * text, the way Rust's Debug for Duration writes them: the largest unit in
 * which the value is at least 1, the fraction's digits up to the
 * precision (all significant ones by default), rounded to nearest with
 * ties to even. */
#include <keel/time.h>

enum { MAX_FRAC = 9 };

/* Write d's number (whole part, point and up to 9 digits) to buf and its
 * unit to *unit; returns the number's length.  prec < 0: every
 * significant digit; else min(prec, 9) digits (the caller pads beyond). */
static size_t number(char *buf, kl_duration d, int prec, const char **unit)
{
    uint64_t whole;
    uint32_t frac, divisor;
    if (d.ns >= KL_NSEC_PER_SEC) {
        whole = d.ns / KL_NSEC_PER_SEC;
        frac = (uint32_t)(d.ns % KL_NSEC_PER_SEC);
        divisor = 100000000u;
        *unit = "s";
    } else if (d.ns >= KL_NSEC_PER_MSEC) {
        whole = d.ns / KL_NSEC_PER_MSEC;
        frac = (uint32_t)(d.ns % KL_NSEC_PER_MSEC);
        divisor = 100000u;
        *unit = "ms";
    } else if (d.ns >= KL_NSEC_PER_USEC) {
        whole = d.ns / KL_NSEC_PER_USEC;
        frac = (uint32_t)(d.ns % KL_NSEC_PER_USEC);
        divisor = 100u;
        *unit = "\xc2\xb5s"; /* µs, U+00B5 as Rust writes it */
    } else {
        whole = d.ns;
        frac = 0;
        divisor = 1;
        *unit = "ns";
    }

    char digits[MAX_FRAC];
    __builtin_memset(digits, '0', sizeof digits);
    int limit = prec < 0 || prec > MAX_FRAC ? MAX_FRAC : prec;
    int n = 0;
    while (frac > 0 && n < limit) {
        digits[n++] = (char)('0' + frac / divisor);
        frac %= divisor;
        divisor /= 10;
    }
    /* What is cut off is frac / (divisor * 10) of the last digit kept:
     * round to nearest, a tie to an even last digit (the whole part's
     * when no digit is kept), as Rust does. */
    uint32_t half = divisor * 5;
    bool odd = n > 0 ? (digits[n - 1] - '0') % 2 != 0 : whole % 2 != 0;
    if (frac > 0 && (frac > half || (frac == half && odd))) {
        int i = n;
        bool carry = true;
        while (carry && i > 0) {
            i--;
            if (digits[i] < '9') {
                digits[i]++;
                carry = false;
            } else {
                digits[i] = '0';
            }
        }
        if (carry)
            whole++; /* at most 18446744074 s: no overflow */
    }

    char tmp[20];
    size_t len = 0, t = 0;
    do {
        tmp[t++] = (char)('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    while (t > 0)
        buf[len++] = tmp[--t];
    int shown = prec < 0 ? n : limit;
    if (shown > 0) {
        buf[len++] = '.';
        __builtin_memcpy(buf + len, digits, (size_t)shown);
        len += (size_t)shown;
    }
    return len;
}

size_t kl_duration_fmt(char *buf, kl_duration d)
{
    const char *unit;
    size_t len = number(buf, d, -1, &unit);
    while (*unit != '\0')
        buf[len++] = *unit++;
    return len;
}

kl_err kl_duration_write(kl_writer *w, kl_duration d)
{
    return kl_duration_write_prec(w, d, -1);
}

kl_err kl_duration_write_prec(kl_writer *w, kl_duration d, int prec)
{
    char buf[KL_DURATION_BUFSZ];
    const char *unit;
    size_t len = number(buf, d, prec, &unit);
    kl_err err = kl_write_all(w, buf, len);
    char zeros[16];
    __builtin_memset(zeros, '0', sizeof zeros);
    for (int pad = prec - MAX_FRAC; err == KL_OK && pad > 0; pad -= (int)sizeof zeros)
        err = kl_write_all(w, zeros, pad < (int)sizeof zeros ? (size_t)pad : sizeof zeros);
    if (err == KL_OK)
        err = kl_write_str(w, kl_str_from_cstr(unit));
    return err;
}
