/* tests/hosted/float_fmt_gen.c -- the keel half of the differential test
 * of kl_fmt_f64 and kl_fmt_f32 (tests/hosted/float_fmt_oracle.sh): print
 * one line per value, its bit pattern in hex and keel's text, for the
 * oracle (Python) to check.
 *
 *     float_fmt_gen f64|f32 COUNT
 *
 * Values: every edge case first (powers of two and ten and their
 * neighbours, the smallest subnormals, the limits), then COUNT random
 * ones, a fifth each: uniformly random bit patterns; uniformly random
 * values in a random decade; random short decimals (up to the format's
 * digits, any exponent) read with strtod/strtof; random integers; and
 * significands that are multiples of a power of five, scaled by a power
 * of two: values whose two nearest shortest decimals can tie (keel, like
 * Python, then takes the even last digit). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/float.h>

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
    /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static void emit64(uint64_t bits)
{
    double v;
    char buf[KL_F64_BUFSZ + 1];
    memcpy(&v, &bits, sizeof v);
    size_t n = kl_fmt_f64(buf, v);
    if (n > KL_F64_BUFSZ) {
        fprintf(stderr, "float_fmt_gen: %zu bytes for %016" PRIx64 "\n", n, bits);
        exit(1);
    }
    buf[n] = '\0';
    printf("%016" PRIx64 " %s\n", bits, buf);
}

static void emit32(uint32_t bits)
{
    float v;
    char buf[KL_F32_BUFSZ + 1];
    memcpy(&v, &bits, sizeof v);
    size_t n = kl_fmt_f32(buf, v);
    if (n > KL_F32_BUFSZ) {
        fprintf(stderr, "float_fmt_gen: %zu bytes for %08" PRIx32 "\n", n, bits);
        exit(1);
    }
    buf[n] = '\0';
    printf("%08" PRIx32 " %s\n", bits, buf);
}

static uint64_t bits64(double v)
{
    uint64_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}

static uint32_t bits32(float v)
{
    uint32_t b;
    memcpy(&b, &v, sizeof b);
    return b;
}

/* b and its neighbours within 2 ulps, both signs (the caller keeps b
 * finite-ish; NaN patterns are fine too). */
static void around64(uint64_t b)
{
    for (int d = -2; d <= 2; d++) {
        uint64_t x = (b & 0x7fffffffffffffffu) + (uint64_t)(int64_t)d;
        if (x > 0x7ff0000000000000u)
            continue;
        emit64(x);
        emit64(x | 0x8000000000000000u);
    }
}

static void around32(uint32_t b)
{
    for (int d = -2; d <= 2; d++) {
        uint32_t x = (b & 0x7fffffffu) + (uint32_t)(int32_t)d;
        if (x > 0x7f800000u)
            continue;
        emit32(x);
        emit32(x | 0x80000000u);
    }
}

static void edges64(void)
{
    char s[64];
    emit64(0x7ff8000000000000u);
    emit64(0xfff8000000000001u);
    emit64(0x7ff0000000000001u);
    for (uint64_t c = 0; c < 10000; c++)
        emit64(c);
    for (int e = 0; e < 2047; e++)
        around64((uint64_t)e << 52); /* the powers of two */
    for (int e = -330; e <= 310; e++) {
        snprintf(s, sizeof s, "1e%d", e);
        around64(bits64(strtod(s, NULL)));
        snprintf(s, sizeof s, "9.999999999999999e%d", e);
        around64(bits64(strtod(s, NULL)));
        snprintf(s, sizeof s, "5e%d", e);
        around64(bits64(strtod(s, NULL)));
    }
    for (uint64_t i = 0; i < 64; i++) {
        around64(bits64((double)(UINT64_C(1) << 53) + (double)i * 2));
        around64(bits64((double)((UINT64_C(1) << 53) - i)));
    }
    around64(0x7fefffffffffffffu);      /* DBL_MAX */
    around64(0x0010000000000000u);      /* DBL_MIN */
    around64(0x000fffffffffffffu);      /* the largest subnormal */
}

static void edges32(void)
{
    char s[64];
    emit32(0x7fc00000u);
    emit32(0xffc00001u);
    emit32(0x7f800001u);
    for (uint32_t c = 0; c < 10000; c++)
        emit32(c);
    for (uint32_t e = 0; e < 255; e++)
        around32(e << 23);
    for (int e = -47; e <= 40; e++) {
        snprintf(s, sizeof s, "1e%d", e);
        around32(bits32(strtof(s, NULL)));
        snprintf(s, sizeof s, "9.9999999e%d", e);
        around32(bits32(strtof(s, NULL)));
        snprintf(s, sizeof s, "5e%d", e);
        around32(bits32(strtof(s, NULL)));
    }
    for (uint32_t i = 0; i < 64; i++) {
        around32(bits32((float)(UINT32_C(1) << 24) + (float)i * 2));
        around32(bits32((float)((UINT32_C(1) << 24) - i)));
    }
    around32(0x7f7fffffu);
    around32(0x00800000u);
    around32(0x007fffffu);
}

/* A random decimal of up to `digits` digits and an exponent in [lo, hi]. */
static void short_decimal(char *s, size_t size, int digits, int lo, int hi)
{
    int nd = 1 + (int)(next() % (uint64_t)digits);
    uint64_t m = 0;
    for (int i = 0; i < nd; i++)
        m = m * 10 + next() % 10;
    int e = lo + (int)(next() % (uint64_t)(hi - lo + 1));
    snprintf(s, size, "%s%" PRIu64 "e%d", next() & 1 ? "-" : "", m, e);
}

static double pow10_of(int e)
{
    char s[16];
    snprintf(s, sizeof s, "1e%d", e);
    return strtod(s, NULL);
}

/* A significand in [2^bits - 1, 2^bits) that is a multiple of 5^k. */
static uint64_t five_multiple(int bits, int k)
{
    uint64_t p = 1;
    for (int i = 0; i < k; i++)
        p *= 5;
    uint64_t lo = ((UINT64_C(1) << (bits - 1)) + p - 1) / p;
    uint64_t hi = ((UINT64_C(1) << bits) - 1) / p;
    return p * (lo + next() % (hi - lo + 1));
}

static void random64(long count)
{
    char s[64];
    for (long i = 0; i < count; i++) {
        uint64_t r = next();
        switch (i % 5) {
        case 0: emit64(r); break;
        case 1: {
            /* uniform in [10^e, 10^(e+1)) for a random decade e */
            int e = -307 + (int)(next() % 615);
            double u = (double)(r >> 11) / 9007199254740992.0;
            double v = pow10_of(e) * (1 + 9 * u);
            emit64(bits64(r & 1 ? -v : v));
            break;
        }
        case 2:
            short_decimal(s, sizeof s, 17, -340, 300);
            emit64(bits64(strtod(s, NULL)));
            break;
        case 3: {
            uint64_t m = five_multiple(53, 1 + (int)(next() % 22));
            uint64_t bq = (uint64_t)(1075 - 60 + (int)(next() % 140));
            emit64(bq << 52 | (m & 0xfffffffffffffu));
            break;
        }
        default:
            emit64(bits64((double)(int64_t)(r >> (next() % 64))));
            break;
        }
    }
}

static void random32(long count)
{
    char s[64];
    for (long i = 0; i < count; i++) {
        uint64_t r = next();
        switch (i % 5) {
        case 0: emit32((uint32_t)r); break;
        case 1: {
            int e = -38 + (int)(next() % 76);
            float u = (float)(r >> 40) / 16777216.0f;
            float v = (float)pow10_of(e) * (1 + 9 * u);
            emit32(bits32(r & 1 ? -v : v));
            break;
        }
        case 2:
            short_decimal(s, sizeof s, 9, -50, 40);
            emit32(bits32(strtof(s, NULL)));
            break;
        case 3: {
            uint32_t m = (uint32_t)five_multiple(24, 1 + (int)(next() % 10));
            uint32_t bq = (uint32_t)(150 - 40 + (int)(next() % 80));
            emit32(bq << 23 | (m & 0x7fffffu));
            break;
        }
        default:
            emit32(bits32((float)(int32_t)((uint32_t)r >> (next() % 32))));
            break;
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 3 || (strcmp(argv[1], "f64") != 0 && strcmp(argv[1], "f32") != 0)) {
        fprintf(stderr, "usage: float_fmt_gen f64|f32 COUNT\n");
        return 2;
    }
    long count = strtol(argv[2], NULL, 10);
    if (strcmp(argv[1], "f64") == 0) {
        edges64();
        random64(count);
    } else {
        edges32();
        random32(count);
    }
    return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
}
