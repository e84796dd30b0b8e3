/* kl_parse_* against Rust's from_str_radix: generated inputs (every type,
 * every base, boundary values, random digit strings, mutations of valid
 * numbers, random junk including non-ASCII UTF-8) go through keel here and
 * through tests/hosted/num_parse_oracle.rs, compiled with rustc at test
 * time; every answer must agree.  Skips (exit 77) without rustc ($RUSTC,
 * else rustc on the PATH). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <keel/num.h>
#include "../harness.h"

/* EXPECT(cond, ...): fail with the message unless cond.  (Check's
 * ck_assert_msg records its location on every call, a write to a file:
 * too slow for loops.) */
#define EXPECT(cond, ...)                                                      \
    do {                                                                       \
        if (!(cond))                                                           \
            ck_abort_msg(__VA_ARGS__);                                         \
    } while (0)

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
    /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static unsigned below(unsigned n)
{
    return (unsigned)(next() % n);
}

enum ty { I8, I16, I32, I64, U8, U16, U32, U64, USIZE, NTYPES };

static const char *const ty_name[] = { "i8", "i16", "i32", "i64", "u8",
                                        "u16", "u32", "u64", "usize" };

static bool is_signed(enum ty t)
{
    return t <= I64;
}

static uint64_t ty_max(enum ty t)
{
    static const uint64_t max[] = { INT8_MAX, INT16_MAX, INT32_MAX, INT64_MAX, UINT8_MAX,
                                    UINT16_MAX, UINT32_MAX, UINT64_MAX, SIZE_MAX };
    return max[t];
}

/* keel's answer in the oracle's words: "ok VALUE", "einval", "erange". */
static void keel_answer(enum ty t, kl_str s, unsigned base, char *ans, size_t cap)
{
    kl_err e;
    long long i = 0;
    unsigned long long u = 0;
    switch (t) {
    case I8: { int8_t v; e = kl_parse_i8(s, base, &v); i = v; break; }
    case I16: { int16_t v; e = kl_parse_i16(s, base, &v); i = v; break; }
    case I32: { int32_t v; e = kl_parse_i32(s, base, &v); i = v; break; }
    case I64: { int64_t v; e = kl_parse_i64(s, base, &v); i = v; break; }
    case U8: { uint8_t v; e = kl_parse_u8(s, base, &v); u = v; break; }
    case U16: { uint16_t v; e = kl_parse_u16(s, base, &v); u = v; break; }
    case U32: { uint32_t v; e = kl_parse_u32(s, base, &v); u = v; break; }
    case U64: { uint64_t v; e = kl_parse_u64(s, base, &v); u = v; break; }
    default: { size_t v; e = kl_parse_usize(s, base, &v); u = v; break; }
    }
    if (e == KL_EINVAL)
        snprintf(ans, cap, "einval");
    else if (e == KL_ERANGE)
        snprintf(ans, cap, "erange");
    else if (e != KL_OK)
        snprintf(ans, cap, "unexpected %s", kl_err_name(e));
    else if (is_signed(t))
        snprintf(ans, cap, "ok %lld", i);
    else
        snprintf(ans, cap, "ok %llu", u);
}

/* ---- input generation ---- */

enum { MAXLEN = 120 };

typedef struct gen_case {
    enum ty t;
    unsigned base;
    size_t len;
    char s[MAXLEN];
} gen_case;

static const char digits_lc[] = "0123456789abcdefghijklmnopqrstuvwxyz";

static void put(gen_case *c, const char *p, size_t n)
{
    if (c->len + n <= MAXLEN) {
        memcpy(c->s + c->len, p, n);
        c->len += n;
    }
}

/* Add 1 to the digits at p[0..n) in base (lower case); the new length. */
static size_t digits_inc(char *p, size_t n, unsigned base)
{
    for (size_t i = n; i-- > 0;) {
        unsigned d = (unsigned)(strchr(digits_lc, p[i]) - digits_lc);
        if (d + 1 < base) {
            p[i] = digits_lc[d + 1];
            return n;
        }
        p[i] = '0';
    }
    memmove(p + 1, p, n);
    p[0] = '1';
    return n + 1;
}

/* A sign: usually none, sometimes '+' or '-' (also for unsigned types). */
static void put_sign(gen_case *c, bool neg)
{
    if (neg)
        put(c, "-", 1);
    else if (below(4) == 0)
        put(c, "+", 1);
}

/* The prefix base 0 needs for base b (b one of 2, 8, 10, 16). */
static void put_prefix(gen_case *c, unsigned b)
{
    const char *p = b == 16 ? "0x0X" : b == 8 ? "0o0O" : b == 2 ? "0b0B" : "";
    if (*p)
        put(c, p + 2 * below(2), 2);
}

/* Magnitude mag in base b with random case and leading zeros, plus `bump`
 * (0 or 1: mag + 1 even past 2^64 - 1). */
static void put_digits(gen_case *c, uint64_t mag, unsigned b, unsigned bump)
{
    char tmp[KL_FMT_INT_BUFSZ + 2];
    size_t n = kl_fmt_u64(tmp, mag, b);
    if (bump)
        n = digits_inc(tmp, n, b);
    for (unsigned z = below(12); z < 2; z++)
        put(c, "0", 1);
    bool up = below(3) == 0, mixed = below(4) == 0;
    for (size_t i = 0; i < n; i++)
        if ((up || (mixed && below(2))) && tmp[i] >= 'a')
            tmp[i] = (char)(tmp[i] - 'a' + 'A');
    put(c, tmp, n);
}

/* Values at and near every width's limits, in c's type's base. */
static void gen_boundary(gen_case *c)
{
    static const enum ty widths[] = { I8, I16, I32, I64, U8, U16, U32, U64 };
    enum ty w = widths[below(8)];
    bool neg = is_signed(w) && below(2);
    uint64_t lim = neg ? ty_max(w) + 1 : ty_max(w);
    unsigned d = below(5); /* lim - 2 ... lim + 2 */
    uint64_t mag = d <= 2 ? lim - (2 - d) : lim;
    unsigned b = c->base;
    put_sign(c, neg);
    if (b == 0) {
        static const unsigned bases[] = { 2, 8, 10, 16 };
        b = bases[below(4)];
        put_prefix(c, b);
    }
    if (d <= 2) {
        put_digits(c, mag, b, 0);
    } else {
        /* lim + 1, lim + 2: via the digit string, so u64's overflow too. */
        size_t start = c->len;
        put_digits(c, lim, b, 1);
        if (d == 4) {
            char *p = c->s + start;
            size_t n = c->len - start;
            for (size_t i = 0; i < n; i++)
                if (p[i] >= 'A' && p[i] <= 'Z')
                    p[i] = (char)(p[i] - 'A' + 'a');
            if (start + n < MAXLEN)
                c->len = start + digits_inc(p, n, b);
        }
    }
}

/* A random magnitude of any size, any sign. */
static void gen_value(gen_case *c)
{
    uint64_t mag = next() >> below(64);
    unsigned b = c->base;
    put_sign(c, below(3) == 0);
    if (b == 0) {
        static const unsigned bases[] = { 2, 8, 10, 16 };
        b = bases[below(4)];
        put_prefix(c, b);
    }
    put_digits(c, mag, b, 0);
}

/* A long run of digits (overflowing most types). */
static void gen_long(gen_case *c)
{
    unsigned b = c->base == 0 ? 10 : c->base;
    put_sign(c, below(3) == 0);
    unsigned n = 1 + below(70);
    for (unsigned i = 0; i < n; i++)
        put(c, &digits_lc[below(b)], 1);
}

/* Characters for junk and mutations: ASCII around the digit ranges,
 * signs, prefixes, spaces, and some UTF-8 (é, Arabic-Indic three,
 * fullwidth one). */
static void put_junk_char(gen_case *c)
{
    static const char *const junk[] = {
        "0", "1", "7", "9", "a", "f", "z", "A", "F", "Z", "x", "X", "o", "b", "B",
        "+", "-", "_", " ", "\t", ".", "/", ":", "@", "[", "`", "{", "\x7f", "\xc3\xa9",
        "\xd9\xa3", "\xef\xbc\x91", "0x", "0o", "0b",
    };
    const char *j = junk[below(KL_ARRAY_LEN(junk))];
    put(c, j, strlen(j));
}

static void gen_junk(gen_case *c)
{
    unsigned n = below(7);
    for (unsigned i = 0; i < n; i++)
        put_junk_char(c);
}

/* A valid or boundary number with one character inserted or replaced
 * (never inside a multibyte character: all generated numbers are ASCII). */
static void gen_mutant(gen_case *c)
{
    if (below(2))
        gen_boundary(c);
    else
        gen_value(c);
    char tail[MAXLEN];
    size_t at = c->len == 0 ? 0 : below((unsigned)c->len + 1);
    size_t skip = at < c->len && below(2) ? 1 : 0;
    size_t tn = c->len - at - skip;
    memcpy(tail, c->s + at + skip, tn);
    c->len = at;
    put_junk_char(c);
    put(c, tail, tn);
}

static void gen(gen_case *c)
{
    c->t = (enum ty)below(NTYPES);
    static const unsigned common[] = { 0, 2, 8, 10, 10, 16, 36 };
    c->base = below(2) ? common[below(KL_ARRAY_LEN(common))] : 2 + below(35);
    c->len = 0;
    switch (below(10)) {
    case 0: case 1: case 2: gen_boundary(c); break;
    case 3: case 4: gen_value(c); break;
    case 5: gen_long(c); break;
    case 6: gen_junk(c); break;
    default: gen_mutant(c); break;
    }
}

/* ---- running the oracle ---- */

static const char *rustc(void)
{
    const char *r = getenv("RUSTC");
    return r != NULL && *r ? r : "rustc";
}

static char oracle_bin[4096];

/* Compile the oracle into the build tree; false (and a message) on
 * failure. */
static bool build_oracle(void)
{
    const char *src = getenv("KL_SRCDIR"), *bld = getenv("KL_BUILDDIR");
    char cmd[8192];
    snprintf(oracle_bin, sizeof oracle_bin, "%s/tests/hosted/num_parse_oracle-rs",
             bld ? bld : ".");
    /* MAKEFLAGS= keeps rustc from looking for make's jobserver. */
    snprintf(cmd, sizeof cmd, "MAKEFLAGS= '%s' -O -o '%s' '%s/tests/hosted/num_parse_oracle.rs'",
             rustc(), oracle_bin, src ? src : ".");
    if (system(cmd) != 0) {
        fprintf(stderr, "num_parse_oracle: failed: %s\n", cmd);
        return false;
    }
    return true;
}

START_TEST(against_rust)
{
    ck_assert_msg(build_oracle(), "could not compile the Rust oracle");
    long n = kl_test_iterations(200000, 10);
    gen_case *cases = malloc((size_t)n * sizeof *cases);
    ck_assert_ptr_nonnull(cases);
    char in_path[4200], out_path[4200], cmd[3 * 4200];
    snprintf(in_path, sizeof in_path, "%s.in", oracle_bin);
    snprintf(out_path, sizeof out_path, "%s.out", oracle_bin);
    FILE *in = fopen(in_path, "w");
    ck_assert_ptr_nonnull(in);
    for (long i = 0; i < n; i++) {
        gen(&cases[i]);
        fprintf(in, "%s %u ", ty_name[cases[i].t], cases[i].base);
        for (size_t k = 0; k < cases[i].len; k++)
            fprintf(in, "%02x", (unsigned char)cases[i].s[k]);
        fputc('\n', in);
    }
    ck_assert_int_eq(fclose(in), 0);
    snprintf(cmd, sizeof cmd, "'%s' < '%s' > '%s'", oracle_bin, in_path, out_path);
    ck_assert_msg(system(cmd) == 0, "the oracle failed: %s", cmd);

    FILE *out = fopen(out_path, "r");
    ck_assert_ptr_nonnull(out);
    char want[128], got[128];
    long ok = 0, einval = 0, erange = 0;
    for (long i = 0; i < n; i++) {
        EXPECT(fgets(want, sizeof want, out) != NULL, "the oracle stopped at line %ld", i);
        want[strcspn(want, "\n")] = '\0';
        gen_case *c = &cases[i];
        keel_answer(c->t, kl_str_from(c->s, c->len), c->base, got, sizeof got);
        EXPECT(strcmp(got, want) == 0, "kl_parse_%s(\"%.*s\", %u): keel %s, Rust %s",
                      ty_name[c->t], (int)c->len, c->s, c->base, got, want);
        ok += want[0] == 'o';
        einval += want[1] == 'i';
        erange += want[1] == 'r';
    }
    fclose(out);
    remove(in_path);
    remove(out_path);
    free(cases);
    printf("num_parse_oracle: %ld cases agree with Rust (%ld ok, %ld einval, %ld erange)\n", n,
           ok, einval, erange);
    /* The generator must reach every outcome in earnest. */
    ck_assert_int_gt(ok, n / 5);
    ck_assert_int_gt(einval, n / 10);
    ck_assert_int_gt(erange, n / 10);
}
END_TEST

static Suite *num_parse_oracle_suite(void)
{
    Suite *s = suite_create("num_parse_oracle");
    TCase *tc = tcase_create("rust");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, against_rust);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    /* As the other oracle runs: off under make check-valgrind (the run is
     * Rust's, not keel's memory) and in matrix cells that set
     * KL_SKIP_ORACLES. */
    if (getenv("VALGRIND") != NULL || getenv("KL_SKIP_ORACLES") != NULL) {
        printf("SKIP: oracle runs are off in this build\n");
        return 77;
    }
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "'%s' --version >/dev/null 2>&1", rustc());
    if (system(cmd) != 0) {
        printf("SKIP: num_parse_oracle needs rustc (Debian package rustc, or set RUSTC)\n");
        return 77;
    }
    return kl_test_run(num_parse_oracle_suite());
}
