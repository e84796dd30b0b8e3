/* tests/hosted/duration_gen.c -- the keel half of the differential test of
 * kl_duration's text against Rust's Debug for Duration
 * (tests/hosted/duration_oracle.sh): one line per case, "NS PREC TEXT",
 * PREC -1 meaning Rust's {:?} and N meaning {:.N?}.
 *
 *     duration_gen COUNT
 *
 * Cases: edge values (each unit's boundaries, ties at each digit, the
 * limit) at every precision 0..12 and none, then COUNT random ones: a
 * quarter each uniformly random, random below a random power of ten,
 * random multiples of a random power of ten (trailing zeros), and exact
 * ties (a 5 followed by zeros below a random digit). */
#include <stdio.h>
#include <stdlib.h>

#include <keel/time.h>

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
    /* splitmix64 */
    uint64_t z = (rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static uint64_t pow10u(int k)
{
    uint64_t p = 1;
    while (k-- > 0)
        p *= 10;
    return p;
}

static void emit(uint64_t ns, int prec)
{
    char buf[128];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf - 1);
    if (kl_duration_write_prec(&bw.writer, kl_duration_from_nanos(ns), prec) != KL_OK) {
        fprintf(stderr, "duration_gen: write failed for %llu\n", (unsigned long long)ns);
        exit(1);
    }
    buf[bw.len] = '\0';
    if (prec < 0) {
        char b2[KL_DURATION_BUFSZ + 1];
        size_t n = kl_duration_fmt(b2, kl_duration_from_nanos(ns));
        b2[n] = '\0';
        if (n > KL_DURATION_BUFSZ || kl_str_eq(kl_str_from(b2, n), kl_buf_writer_str(&bw)) == false) {
            fprintf(stderr, "duration_gen: fmt and write differ for %llu\n", (unsigned long long)ns);
            exit(1);
        }
    }
    printf("%llu %d %s\n", (unsigned long long)ns, prec, buf);
}

static int random_prec(void)
{
    uint64_t r = next() % 20;
    return r < 7 ? -1 : (int)(r - 7); /* none, or 0..12 */
}

int main(int argc, char **argv)
{
    long count = argc > 1 ? atol(argv[1]) : 100000;
    static const uint64_t edges[] = {
        0, 1, 5, 9, 10, 99, 100, 999, 1000, 1001, 1005, 1050, 1500, 2500, 3500,
        9999, 99999, 999499, 999500, 999501, 999999, 1000000, 1000001, 1000500,
        1500000, 2500000, 999999499, 999999500, 999999999, 1000000000,
        1000000001, 1000000005, 1000000015, 1500000000, 2500000000u,
        9999999999u, 18446744073000000000u, 18446744073709551615u,
        18446744073709551614u, 18446744073500000000u,
    };
    for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++)
        for (int prec = -1; prec <= 12; prec++)
            emit(edges[i], prec);
    for (long i = 0; i < count; i++) {
        uint64_t ns;
        switch (i % 4) {
        case 0:
            ns = next();
            break;
        case 1:
            ns = next() % pow10u(1 + (int)(next() % 19));
            break;
        case 2: {
            int k = 1 + (int)(next() % 19);
            ns = next() % (UINT64_MAX / pow10u(k) + 1) * pow10u(k);
            break;
        }
        default: { /* d.dd..d5000 in some unit: a tie at some precision */
            int k = 1 + (int)(next() % 18);
            uint64_t hi = next() % (UINT64_MAX / pow10u(k));
            ns = hi * pow10u(k) + 5 * pow10u(k - 1);
            break;
        }
        }
        emit(ns, random_prec());
    }
    return ferror(stdout) ? 1 : 0;
}
