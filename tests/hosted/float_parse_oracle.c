/* Differential tests of kl_parse_f64 and kl_parse_f32.
 *
 * Run alone (as make check does), a Check suite against glibc's strtod
 * and strtof, which are correctly rounded: random decimals of every
 * length and exponent, glibc's own %.17g and %.40e of random doubles,
 * exact midpoints between doubles, and the same for floats.
 *
 * With arguments it is the C half of tests/hosted/float_parse_python.sh,
 * whose oracle is Python's float():
 *   float_parse_oracle gen N SEED  writes N random doubles (half random bit
 *                                  patterns, half random values) as "BITS
 *                                  %.17g %.40e" lines;
 *   float_parse_oracle check       reads the "d|f STRING BITS" lines of
 *                                  float_parse_oracle.py and compares. */
#include <float.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/float.h>
#include "../harness.h"

static uint64_t rng_state;

static uint64_t next(void)
{
    /* xorshift64* */
    rng_state ^= rng_state >> 12;
    rng_state ^= rng_state << 25;
    rng_state ^= rng_state >> 27;
    return rng_state * 0x2545f4914f6cdd1du;
}

static double bits_to_f64(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static uint64_t f64_to_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    return b;
}

static uint32_t f32_to_bits(float f)
{
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

/* A random finite double: random bits, or a random value of ordinary
 * size. */
static double random_double(bool bits)
{
    for (;;) {
        double d;
        if (bits) {
            d = bits_to_f64(next());
        } else {
            double m = (double)(next() >> 11) / 9007199254740992.0;
            int e = (int)(next() % 61) - 30;
            d = m * pow(10.0, e);
            if (next() % 4 == 0)
                d = (double)(int64_t)(next() >> (next() % 64)) / (double)(1 + next() % 1000);
        }
        if (isfinite(d))
            return d;
    }
}

/* ------------------------------------------------------------------ */
/* The Python pipeline's two ends. */

static int gen(long n, uint64_t seed)
{
    rng_state = seed * 0x9e3779b97f4a7c15u + 1;
    for (long i = 0; i < n; i++) {
        double d = random_double(i % 2 == 0);
        printf("%016" PRIx64 " %.17g %.40e\n", f64_to_bits(d), d, d);
    }
    return fflush(stdout) == 0 ? 0 : 1;
}

static int check(void)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long n64 = 0, n32 = 0, bad = 0, end = -1;
    while ((len = getline(&line, &cap, stdin)) > 0) {
        if (strncmp(line, "end ", 4) == 0) {
            end = atol(line + 4);
            break;
        }
        char *s = line + 2, *sp = strchr(s, ' ');
        if (len < 5 || (line[0] != 'd' && line[0] != 'f') || sp == NULL) {
            fprintf(stderr, "float_parse_oracle: bad line: %s", line);
            free(line);
            return 1;
        }
        uint64_t want = strtoull(sp + 1, NULL, 16), got;
        kl_str str = kl_str_from(s, (size_t)(sp - s));
        kl_err err;
        if (line[0] == 'd') {
            double d;
            err = kl_parse_f64(str, &d);
            got = f64_to_bits(d);
            n64++;
        } else {
            float f;
            err = kl_parse_f32(str, &f);
            got = f32_to_bits(f);
            n32++;
        }
        if (err != KL_OK || got != want) {
            if (bad++ < 20)
                fprintf(stderr, "%s: kl_parse_%s(\"%.*s\") = %" PRIx64 " (err %d), Python %" PRIx64 "\n",
                        bad == 1 ? "MISMATCH" : "mismatch", line[0] == 'd' ? "f64" : "f32",
                        (int)str.len, str.ptr, got, (int)err, want);
        }
    }
    free(line);
    printf("float_parse_oracle: %ld f64 and %ld f32 cases against Python, %ld mismatches\n",
           n64, n32, bad);
    if (end != n64 + n32) {
        fprintf(stderr, "float_parse_oracle: the oracle said %ld cases, %ld arrived\n", end, n64 + n32);
        return 1;
    }
    return bad == 0 ? 0 : 1;
}

/* ------------------------------------------------------------------ */
/* Against glibc. */

static void expect_f64(const char *s)
{
    double d = 0, want = strtod(s, NULL);
    kl_err err = kl_parse_f64(kl_str_from_cstr(s), &d);
    ck_assert_msg(err == KL_OK && f64_to_bits(d) == f64_to_bits(want),
                  "kl_parse_f64(\"%s\") = %a (err %d), strtod %a", s, d, (int)err, want);
}

static void expect_f32(const char *s)
{
    float f = 0, want = strtof(s, NULL);
    kl_err err = kl_parse_f32(kl_str_from_cstr(s), &f);
    ck_assert_msg(err == KL_OK && f32_to_bits(f) == f32_to_bits(want),
                  "kl_parse_f32(\"%s\") = %a (err %d), strtof %a", s, (double)f, (int)err,
                  (double)want);
}

/* A random decimal of n digits (first nonzero), exponent e, in one of
 * several shapes. */
static void random_decimal(char *buf, int n, int e)
{
    char *p = buf;
    int shape = (int)(next() % 3), point = shape == 1 ? (int)(next() % (uint64_t)(n + 1)) : 1;
    if (shape == 2) {
        *p++ = '0';
        *p++ = '.';
        for (int z = (int)(next() % 20); z > 0; z--)
            *p++ = '0';
        point = -1;
    }
    for (int i = 0; i < n; i++) {
        if (i == point)
            *p++ = '.';
        *p++ = (char)(i == 0 ? '1' + next() % 9 : '0' + next() % 10);
    }
    sprintf(p, "e%d", e);
}

START_TEST(random_decimals)
{
    static char buf[1000];
    rng_state = 0x1234567;
    long n = kl_test_iterations(100000, 10);
    for (long i = 0; i < n; i++) {
        int k = (int)(i % 4);
        int digits = k == 0 ? 1 + (int)(next() % 19) : k == 1 ? 20 + (int)(next() % 21)
                     : k == 2 ? 100 + (int)(next() % 700) : 1 + (int)(next() % 9);
        random_decimal(buf, digits, (int)(next() % 700) - 360);
        expect_f64(buf);
        random_decimal(buf, digits > 300 ? 300 : digits, (int)(next() % 100) - 60);
        expect_f32(buf);
    }
}
END_TEST

START_TEST(glibc_strings_of_doubles)
{
    char buf[400];
    rng_state = 0x7654321;
    long n = kl_test_iterations(100000, 10);
    for (long i = 0; i < n; i++) {
        double d = random_double(i % 2 == 0);
        snprintf(buf, sizeof buf, "%.17g", d);
        expect_f64(buf);
        snprintf(buf, sizeof buf, "%.40e", d);
        expect_f64(buf);
        snprintf(buf, sizeof buf, "%.9g", d);
        expect_f32(buf);
        snprintf(buf, sizeof buf, "%.17g", d);
        expect_f32(buf);
    }
}
END_TEST

/* The exact midpoint between two adjacent doubles (%.800Le prints it in
 * full: glibc's printf is exact), and the same a little above. */
START_TEST(midpoints)
{
    static char buf[1000];
    rng_state = 0xabcdef;
    long n = kl_test_iterations(20000, 10);
    for (long i = 0; i < n; i++) {
        uint64_t b = next() % (i % 8 == 0 ? UINT64_C(1) << 52 : UINT64_C(0x7fefffffffffffff));
        /* The midpoint has one bit more than a double: exact in a long
         * double of x86 (64-bit mantissa) or of 128 bits.  Hosted only. */
        long double lo = (long double)bits_to_f64(b), hi = (long double)bits_to_f64(b + 1);
        long double mid = lo + (hi - lo) / 2;
        int len = snprintf(buf, sizeof buf, "%.800Le", mid);
        ck_assert(len > 0 && len < (int)sizeof buf);
        /* Drop trailing zeros of the mantissa. */
        char *e = strchr(buf, 'e'), *z = e;
        while (z[-1] == '0')
            z--;
        memmove(z, e, strlen(e) + 1);
        expect_f64(buf);
        e = strchr(buf, 'e');
        char tail[16];
        strcpy(tail, e);
        strcpy(e, "0000001");
        strcat(e, tail);
        expect_f64(buf);
    }
}
END_TEST

static Suite *oracle_suite(void)
{
    Suite *s = suite_create("float_parse_oracle");
    TCase *tc = tcase_create("glibc");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, random_decimals);
    tcase_add_test(tc, glibc_strings_of_doubles);
    tcase_add_test(tc, midpoints);
    suite_add_tcase(s, tc);
    return s;
}

int main(int argc, char **argv)
{
    if (argc == 4 && strcmp(argv[1], "gen") == 0)
        return gen(atol(argv[2]), strtoull(argv[3], NULL, 10));
    if (argc == 2 && strcmp(argv[1], "check") == 0)
        return check();
    if (argc != 1) {
        fprintf(stderr, "usage: float_parse_oracle [gen N SEED | check]\n");
        return 2;
    }
    return kl_test_run(oracle_suite());
}
