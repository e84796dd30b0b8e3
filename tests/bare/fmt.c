/* Tests of keel/fmt.h: exact outputs (glibc's, checked by hand; the hosted
 * test fmt_oracle compares against glibc over many generated formats). */
#include <float.h>
#include <string.h>

#include <keel/fmt.h>
#include "../harness.h"

/* Some formats here are odd on purpose (flags C says are ignored, NULL
 * strings, conversions keel refuses): the compiler's format checks, which
 * would flag them, are off for this file. */
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wunknown-warning-option"
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"
#pragma GCC diagnostic ignored "-Wformat-zero-length"
#pragma GCC diagnostic ignored "-Wformat-overflow"
#pragma GCC diagnostic ignored "-Wformat-invalid-specifier"

static char out[2048];

#define EXPECT_FMT(expect, ...)                                                \
    do {                                                                       \
        size_t n_ = kl_snprintf(out, sizeof out, __VA_ARGS__);                 \
        ck_assert_str_eq(out, expect);                                         \
        ck_assert_uint_eq(n_, strlen(expect));                                 \
    } while (0)

/* The same through kl_snprintf_int too (its own engine: no floats). */
#define EXPECT_INT(expect, ...)                                                \
    do {                                                                       \
        EXPECT_FMT(expect, __VA_ARGS__);                                       \
        size_t n_ = kl_snprintf_int(out, sizeof out, __VA_ARGS__);             \
        ck_assert_str_eq(out, expect);                                         \
        ck_assert_uint_eq(n_, strlen(expect));                                 \
    } while (0)

START_TEST(integers)
{
    EXPECT_INT("42", "%d", 42);
    EXPECT_INT("-42", "%i", -42);
    EXPECT_INT("-2147483648", "%d", (-2147483647 - 1));
    EXPECT_INT("4294967295", "%u", 4294967295u);
    EXPECT_INT("777 1ff 1FF", "%o %x %X", 511u, 511u, 511u);
    EXPECT_INT("-128 255", "%hhd %hhu", -128, 255);
    EXPECT_INT("-1 65535", "%hd %hu", 65535, 65535);  /* converted to short */
    EXPECT_INT("-9223372036854775808", "%lld", (long long)INT64_MIN);
    EXPECT_INT("18446744073709551615", "%llu", (unsigned long long)UINT64_MAX);
    EXPECT_INT("123 456 789", "%zu %jd %td", (size_t)123, (intmax_t)456, (ptrdiff_t)789);
    EXPECT_INT("-5", "%ld", -5L);
    /* Narrowed to the length modifier's type, then extended. */
    EXPECT_INT("127 -1 255 0", "%hhd %hhd %hhu %hhu", 0x17f, 0xff, -1, 256);
    EXPECT_INT("-32768 32767 65535", "%hd %hd %hu", 0x8000, 0x17fff, -1);
    EXPECT_INT("-2147483648 4294967295", "%d %u", (-2147483647 - 1), -1);
    EXPECT_INT("-1 18446744073709551615", "%lld %llu", -1LL, -1LL);
    EXPECT_INT("-1 -7", "%jd %td", (intmax_t)-1, (ptrdiff_t)-7);
    EXPECT_INT("ff FF 377 11111111", "%hhx %hhX %hho %llo", -1, -1, -1, 011111111ULL);
    EXPECT_INT("0XFF 0xff 0377", "%#X %#x %#o", 255u, 255u, 255u);
}
END_TEST

START_TEST(flags_width_precision)
{
    EXPECT_INT("   42", "%5d", 42);
    EXPECT_INT("42   |", "%-5d|", 42);
    EXPECT_INT("00042", "%05d", 42);
    EXPECT_INT("-0042", "%05d", -42);
    EXPECT_INT("+42", "%+d", 42);
    EXPECT_INT(" 42", "% d", 42);
    EXPECT_INT("+42", "%+ d", 42);
    EXPECT_INT("  00042", "%7.5d", 42);
    EXPECT_INT("   42", "%05.2d", 42); /* a precision turns '0' off */
    EXPECT_INT("", "%.0d", 0);
    EXPECT_INT("  ", "%2.0d", 0);
    EXPECT_INT("0", "%#.0o", 0u);
    EXPECT_INT("0", "%#o", 0u);
    EXPECT_INT("010", "%#o", 8u);
    EXPECT_INT("0x1f 0X1F", "%#x %#X", 31u, 31u);
    EXPECT_INT("0", "%#x", 0u);
    EXPECT_INT("0x001f", "%#06x", 31u);
    EXPECT_INT("   42", "%*d", 5, 42);
    EXPECT_INT("42   |", "%*d|", -5, 42);
    EXPECT_INT("00042", "%.*d", 5, 42);
    EXPECT_INT("42", "%.*d", -3, 42); /* negative precision: none */
    EXPECT_INT("+000042", "%+.6d", 42);
}
END_TEST

START_TEST(chars_strings_pointers)
{
    EXPECT_INT("a", "%c", 'a');
    EXPECT_INT("  a|a  |", "%3c|%-3c|", 'a', 'a');
    EXPECT_INT("hello", "%s", "hello");
    EXPECT_INT("hel", "%.3s", "hello");
    EXPECT_INT("  hello|hello  |", "%7s|%-7s|", "hello", "hello");
    EXPECT_INT("(null)", "%s", (char *)NULL);
    EXPECT_INT("", "%.5s", (char *)NULL);
    EXPECT_INT("(nil)", "%p", (void *)NULL);
    EXPECT_INT("0x1234", "%p", (void *)(uintptr_t)0x1234);
    EXPECT_INT("100%", "100%%");
    kl_str s = KL_STR("slice!");
    EXPECT_INT("[slice]", "[%.*s]", (int)s.len - 1, s.ptr);
    EXPECT_INT("<slice!>", "<%.*s>", KL_STR_ARG(s));
}
END_TEST

START_TEST(snprintf_truncation)
{
    char buf[8];
    memset(buf, 'x', sizeof buf);
    ck_assert_uint_eq(kl_snprintf(buf, 4, "%d", 123456), 6);
    ck_assert_str_eq(buf, "123");
    ck_assert_int_eq(buf[4], 'x');
    memset(buf, 'x', sizeof buf);
    ck_assert_uint_eq(kl_snprintf(buf, 0, "%s", "abc"), 3);
    ck_assert_int_eq(buf[0], 'x');
    ck_assert_uint_eq(kl_snprintf(NULL, 0, "%05d", 1), 5);
    ck_assert_uint_eq(kl_snprintf(buf, 1, "abc"), 3);
    ck_assert_str_eq(buf, "");
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%s", ""), 0);
    ck_assert_str_eq(buf, "");
    /* The same through kl_snprintf_int. */
    memset(buf, 'x', sizeof buf);
    ck_assert_uint_eq(kl_snprintf_int(buf, 4, "%d", 123456), 6);
    ck_assert_str_eq(buf, "123");
    ck_assert_int_eq(buf[4], 'x');
    memset(buf, 'x', sizeof buf);
    ck_assert_uint_eq(kl_snprintf_int(buf, 0, "%s", "abc"), 3);
    ck_assert_int_eq(buf[0], 'x');
    ck_assert_uint_eq(kl_snprintf_int(NULL, 0, "%05d", 1), 5);
    ck_assert_uint_eq(kl_snprintf_int(buf, 1, "abc"), 3);
    ck_assert_str_eq(buf, "");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "%s", ""), 0);
    ck_assert_str_eq(buf, "");
    /* Every size: what fits, a NUL, nothing after. */
    static const char all[] = "+00042|0xff";
    for (size_t size = 0; size <= sizeof all + 1; size++) {
        char big[16];
        memset(big, 'x', sizeof big);
        ck_assert_uint_eq(kl_snprintf_int(big, size, "%+06d|%#x", 42, 255u), sizeof all - 1);
        size_t kept = size == 0 ? 0 : size - 1 < sizeof all - 1 ? size - 1 : sizeof all - 1;
        for (size_t i = 0; i < sizeof big; i++)
            ck_assert_int_eq(big[i], i < kept ? all[i] : i == kept && size > 0 ? '\0' : 'x');
    }
}
END_TEST

/* Floating point: expected strings are glibc 2.36's output. */
START_TEST(floats)
{
    EXPECT_FMT("1.000000", "%f", 1.0);
    EXPECT_FMT("-0.000000", "%f", -0.0);
    EXPECT_FMT("0", "%.0f", 0.5);
    EXPECT_FMT("2", "%.0f", 1.5);
    EXPECT_FMT("2", "%.0f", 2.5);
    EXPECT_FMT("0.12", "%.2f", 0.125);
    EXPECT_FMT("0.38", "%.2f", 0.375);
    EXPECT_FMT("0.2", "%.1f", 0.25);
    EXPECT_FMT("0.000", "%.3f", 1e-10);
    EXPECT_FMT("1000000000000000000000", "%.0f", 1e21);
    EXPECT_FMT("123456789.125000", "%f", 123456789.125);
    EXPECT_FMT("0.10000000000000000555", "%.20f", 0.1);
    EXPECT_FMT("0.100000000000000005551115123125782702118158340454101562500000", "%.60f", 0.1);
    EXPECT_FMT("0.10000000000000001", "%.17g", 0.1);
    EXPECT_FMT("9.9999999999999992e+22", "%.17g", 1e23);
    EXPECT_FMT("0.000000e+00", "%e", 0.0);
    EXPECT_FMT("1.000000e+00", "%e", 1.0);
    EXPECT_FMT("1.234560E+05", "%E", 123456.0);
    EXPECT_FMT("2e+00", "%.0e", 2.5);
    EXPECT_FMT("4e+00", "%.0e", 3.5);
    EXPECT_FMT("1.234e+04", "%.3e", 12345.0);
    EXPECT_FMT("1.236e+04", "%.3e", 12355.0);
    EXPECT_FMT("1.000000e-300", "%e", 1e-300);
    EXPECT_FMT("1.000000e+300", "%e", 1e300);
    EXPECT_FMT("9.99e+00", "%.2e", 9.995);
    EXPECT_FMT("1.00e+01", "%.2e", 9.996);
    EXPECT_FMT("4.940656e-324", "%e", 4.9406564584124654e-324);
    EXPECT_FMT("1.7976931348623157e+308", "%.16e", DBL_MAX);
    EXPECT_FMT("2.2250738585072014e-308", "%.16e", DBL_MIN);
    EXPECT_FMT("0", "%g", 0.0);
    EXPECT_FMT("100000", "%g", 100000.0);
    EXPECT_FMT("1e+06", "%g", 1000000.0);
    EXPECT_FMT("0.0001", "%g", 0.0001);
    EXPECT_FMT("1e-05", "%g", 0.00001);
    EXPECT_FMT("1E-10", "%G", 1e-10);
    EXPECT_FMT("123.456", "%g", 123.456);
    EXPECT_FMT("0.000123", "%.3g", 0.0001234);
    EXPECT_FMT("1.00000", "%#g", 1.0);
    EXPECT_FMT("100.", "%#.3g", 100.0);
    EXPECT_FMT("0.5", "%.0g", 0.5);
    EXPECT_FMT("1e+06", "%g", 999999.5);
    EXPECT_FMT("1.e+06", "%#g", 999999.5);
    EXPECT_FMT("0.000100000", "%#g", 0.000099999995);
    EXPECT_FMT("0x1p+0", "%a", 1.0);
    EXPECT_FMT("0x1.8p+1", "%a", 3.0);
    EXPECT_FMT("0X1.999999999999AP-4", "%A", 0.1);
    EXPECT_FMT("-0x0p+0", "%a", -0.0);
    EXPECT_FMT("0x0.0000000000001p-1022", "%a", 4.9406564584124654e-324);
    EXPECT_FMT("0x1.fffffffffffffp+1023", "%a", DBL_MAX);
    EXPECT_FMT("0x2p+0", "%.0a", 1.5);
    EXPECT_FMT("0x1p+0", "%.0a", 2.5/2);
    EXPECT_FMT("0x1.0p+0", "%.1a", 1.03125);
    EXPECT_FMT("0x1.2p+0", "%.1a", 1.09375);
    EXPECT_FMT("0x2p+1023", "%.0a", DBL_MAX);
    EXPECT_FMT("0x2.0p+1023", "%.1a", DBL_MAX);
    EXPECT_FMT("0x1.p+0", "%#a", 1.0);
    EXPECT_FMT("0x1.000000000000000p+0", "%.15a", 1.0);
    EXPECT_FMT("-003.142", "%08.3f", -3.14159);
    EXPECT_FMT("3.14    |", "%-8.2f|", 3.14159);
    EXPECT_FMT("+2.0e+00", "%+.1e", 2.0);
    EXPECT_FMT(" 1.000000", "% f", 1.0);
    EXPECT_FMT("-1.000000", "%+f", -1.0);
    EXPECT_FMT("3.", "%#.0f", 3.0);
    EXPECT_FMT("3.e+00", "%#.0e", 3.0);
    EXPECT_FMT("0x0000001p+0", "%012a", 1.0);
    EXPECT_FMT("-0x1p+0     |", "%-12a|", -1.0);
    EXPECT_FMT("+0x1p+0", "%+a", 1.0);
    EXPECT_FMT("inf", "%f", __builtin_inf());
    EXPECT_FMT("-INF", "%F", -__builtin_inf());
    EXPECT_FMT("nan", "%e", __builtin_nan(""));
    EXPECT_FMT("-NAN", "%E", -__builtin_nan(""));
    EXPECT_FMT("+nan", "%+g", __builtin_nan(""));
    EXPECT_FMT(" INF", "% G", __builtin_inf());
    EXPECT_FMT("     inf", "%08f", __builtin_inf());
    EXPECT_FMT("nan   |", "%-6a|", __builtin_nan(""));
    EXPECT_FMT("-INF", "%A", -__builtin_inf());
    EXPECT_FMT("0.0000000000000000000000000000000000000000", "%.40f", 4.9406564584124654e-324);
}
END_TEST

/* Exact expansions, all digits: glibc prints them, and so must keel. */
static const char dbl_max_f[] = /* %.0f */
    "179769313486231570814527423731704356798070567525844996598917476803157260"
    "780028538760589558632766878171540458953514382464234321326889464182768467"
    "546703537516986049910576551282076245490090389328944075868508455133942304"
    "583236903222948165808559332123348274797826204144723168738177180919299881"
    "250404026184124858368";
static const char min_subnormal_f[] = /* %.1074f */
    "0.0000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000000000000000000000000000000000000000"
    "000000000000000000000000000000000000049406564584124654417656879286822137"
    "236505980261432476442558568250067550727020875186529983636163599237979656"
    "469544571773092665671035593979639877479601078187812630071319031140452784"
    "581716784898210368871863605699873072305000638740915356498438731247339727"
    "316961514003171538539807412623856559117102665855668676818703956031062493"
    "194527159149245532930545654440112748012970999954193198940908041656332452"
    "475714786901472678015935523861155013480352649347201937902681071074917033"
    "322268447533357208324319360923828934583680601060115061698097530783422773"
    "183292479049825247307763759272478746560847782037344696995336470179726777"
    "175851256605511991315048911014510378627381672509558373897335989936648099"
    "41164205702637090279242767544565229087538682506419718265533447265625";
static const char max_subnormal_e[] = /* %.766e */
    "2.2250738585072008890245868760858598876504231122409594654935248025624400"
    "092282356951787758888037591552642309780950434312085877387158357291821993"
    "020294379224223559819827501242041788969571311791082261043971979604000454"
    "897391938079198936081525613113376149842043271751033627391549782731594143"
    "828136275113838604094249464942286316695429105080201815926642134996606517"
    "803095075913058719846423906068637102005108723282784678843631944515866135"
    "041223479014792369585208321597621066375401613736583044193603714778355306"
    "682834535634005074073040135602968046375918583163124224521599262546494300"
    "836851861719422417646455137135420132217031370496583210154654068035397417"
    "906022589503023501937519773030945763173210852507299305089761582519159720"
    "757232455434770912461317493580281734466552734375e-308";

START_TEST(floats_exact_expansion)
{
    EXPECT_FMT(dbl_max_f, "%.0f", DBL_MAX);
    EXPECT_FMT(min_subnormal_f, "%.1074f", 4.9406564584124654e-324);
    EXPECT_FMT(max_subnormal_e, "%.766e", 2.2250738585072009e-308);
    /* Past the exact expansion: zeros. */
    size_t n = kl_snprintf(out, sizeof out, "%.1100f", 4.9406564584124654e-324);
    ck_assert_uint_eq(n, 1102);
    ck_assert(memcmp(out, min_subnormal_f, 1076) == 0);
    for (size_t i = 1076; i < n; i++)
        ck_assert_int_eq(out[i], '0');
    EXPECT_FMT("1.2500000000000000000000000000000000000000000000000000000000000000e-01",
               "%.64e", 0.125);
    EXPECT_FMT("    1.50", "%*.*f", 8, 2, 1.5);
    EXPECT_FMT("1.5     |", "%*g|", -8, 1.5);
    EXPECT_FMT("1.500000", "%.*f", -1, 1.5); /* negative precision: none */
    EXPECT_FMT("2.500000", "%lf", 2.5);       /* l means nothing on %f */
}
END_TEST

/* The integer-only engine refuses floats; the full one does not; %Lf is
 * refused by both (keel has no long double). */
START_TEST(float_choice_and_refusals)
{
    char buf[32];
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "%d", 42), 2);
    ck_assert_str_eq(buf, "42");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "%f", 1.0), (size_t)-1);
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "%a", 1.0), (size_t)-1);
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf);
    ck_assert_int_eq(kl_fmt_int(&bw.writer, "x%d|%g|", 1, 2.0), KL_EINVAL);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("x1|")));
    kl_buf_writer_init(&bw, buf, sizeof buf);
    ck_assert_int_eq(kl_fmt(&bw.writer, "x%d|%g|", 1, 2.0), KL_OK);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("x1|2|")));
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%Lf", 1.0), (size_t)-1);
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%hf", 1.0), (size_t)-1);
    /* Truncation counts the whole length. */
    ck_assert_uint_eq(kl_snprintf(buf, 4, "%.3f", 3.14159), 5);
    ck_assert_str_eq(buf, "3.1");
    ck_assert_uint_eq(kl_snprintf(NULL, 0, "%.1100f", 1.0), 1102);
    ck_assert_uint_eq(kl_snprintf(NULL, 0, "%.*f", 100000, 0.1), 100002);
    ck_assert_uint_eq(kl_snprintf(NULL, 0, "%.*e", 100000, -1e300), 100008);
    ck_assert_uint_eq(kl_snprintf(NULL, 0, "%#.*g", 100000, 1e-300), 100006);
    /* A program that links float formatting has it in panic messages. */
    KL_EXPECT_PANIC(kl_panic("x=%.1f %d", 2.25, 3));
    ck_assert_str_eq(kl_test_panic_message(), "x=2.2 3");
}
END_TEST

/* Plain %d %i %u (with l, ll or z) take a shortcut on 64-bit targets,
 * straight into snprintf's buffer when there is room for any integer:
 * the same text, and the same truncation, near the end of the buffer and
 * past it, and through other writers. */
START_TEST(plain_integers)
{
    char buf[64];
    EXPECT_FMT("-1 4294967295 -9223372036854775808 18446744073709551615 7 -7 0",
               "%d %u %lld %llu %zu %zd %i", -1, 4294967295u, (long long)INT64_MIN,
               (unsigned long long)UINT64_MAX, (size_t)7, (ptrdiff_t)-7, 0);
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%ld %lu x%lc", -5L, 5UL, 65), (size_t)-1);
    ck_assert_str_eq(buf, "-5 5 x");
    ck_assert_uint_eq(kl_snprintf(buf, 5, "%llu", 123456789ULL), 9);
    ck_assert_str_eq(buf, "1234");
    ck_assert_uint_eq(kl_snprintf(buf, 0, "%d", -123), 4);
    /* 30 bytes of text, then numbers that fit the buffer only partly. */
    for (size_t size = 30; size <= 52; size++) {
        size_t n = kl_snprintf(buf, size, "%030d%lld|%d", 7, (long long)INT64_MIN, -42);
        const char *all = "000000000000000000000000000007-9223372036854775808|-42";
        ck_assert_uint_eq(n, strlen(all));
        ck_assert_uint_eq(strlen(buf), size - 1);
        ck_assert(strncmp(buf, all, size - 1) == 0);
    }
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, 8);
    ck_assert_int_eq(kl_fmt_int(&bw.writer, "%llu", 18446744073709551615ULL), KL_ENOSPC);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("18446744")));
    kl_buf_writer_init(&bw, buf, sizeof buf);
    ck_assert_int_eq(kl_fmt_int(&bw.writer, "%zd|%lu|%d", (ptrdiff_t)-3, 99UL, 12), KL_OK);
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("-3|99|12")));
}
END_TEST

/* A writer that fails: kl_fmt hands its error back. */
static kl_err failing_write(void *ctx, const void *data, size_t len, size_t *written)
{
    return KL_EPIPE;
}
static const kl_writer_vtable failing_vtable = { failing_write, NULL };

START_TEST(writer_errors_and_unknown_formats)
{
    kl_writer w = { &failing_vtable, NULL };
    ck_assert_int_eq(kl_fmt(&w, "x"), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, "%d", 5), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, "%f", 5.0), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, "%20.3e", 5.0), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, "%-20a", 5.0), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, "%08f", -__builtin_inf()), KL_EPIPE);
    ck_assert_int_eq(kl_fmt(&w, ""), KL_OK);

    char buf[32];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf);
    ck_assert_int_eq(kl_fmt(&bw.writer, "a%qb", 1), KL_EINVAL); /* no %q in C */
    ck_assert(kl_str_eq(kl_buf_writer_str(&bw), KL_STR("a")));
    ck_assert_int_eq(kl_fmt(&bw.writer, "%Ld", 1), KL_EINVAL);
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "%ls", (void *)0), (size_t)-1);
    ck_assert_uint_eq(kl_snprintf(buf, sizeof buf, "trailing %"), (size_t)-1);
    /* The integer engine refuses the same, keeping what came before. */
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "a%qb", 1), (size_t)-1);
    ck_assert_str_eq(buf, "a");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "b%Ld", 1LL), (size_t)-1);
    ck_assert_str_eq(buf, "b");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "c%ls", (void *)0), (size_t)-1);
    ck_assert_str_eq(buf, "c");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "d%hc", 1), (size_t)-1);
    ck_assert_str_eq(buf, "d");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "trailing %"), (size_t)-1);
    ck_assert_str_eq(buf, "trailing ");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "e%2147483640d", 1), (size_t)-1);
    ck_assert_str_eq(buf, "e");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "f%.2147483640d", 1), (size_t)-1);
    ck_assert_str_eq(buf, "f");
    ck_assert_uint_eq(kl_snprintf_int(buf, sizeof buf, "%5%|%-5%|%l%"), 5);
    ck_assert_str_eq(buf, "%|%|%");
}
END_TEST

START_TEST(percent_n_panics)
{
    int n;
    KL_EXPECT_PANIC((void)kl_snprintf(out, sizeof out, "ab%n", &n));
    ck_assert_str_eq(kl_test_panic_message(), "kl_fmt: %n is not supported");
    KL_EXPECT_PANIC((void)kl_snprintf_int(out, sizeof out, "ab%-5hhn", &n));
    ck_assert_str_eq(kl_test_panic_message(), "kl_fmt: %n is not supported");
}
END_TEST

static Suite *fmt_suite(void)
{
    Suite *s = suite_create("fmt");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, integers);
    tcase_add_test(tc, flags_width_precision);
    tcase_add_test(tc, chars_strings_pointers);
    tcase_add_test(tc, snprintf_truncation);
    tcase_add_test(tc, floats);
    tcase_add_test(tc, floats_exact_expansion);
    tcase_add_test(tc, float_choice_and_refusals);
    tcase_add_test(tc, writer_errors_and_unknown_formats);
    tcase_add_test(tc, plain_integers);
    tcase_add_test(tc, percent_n_panics);
    suite_add_tcase(s, tc);
    return s;
}

KL_TEST_MAIN(fmt_suite)
