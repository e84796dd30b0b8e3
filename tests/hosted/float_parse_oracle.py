#!/usr/bin/env python3
"""tests/hosted/float_parse_oracle.py -- the oracle side of keel's
differential float parsing test (tests/hosted/float_parse_python.sh).

Reads from stdin the lines "BITS S17 S40" that float_parse_oracle gen
writes (a random double's bits in hex, then glibc's %.17g and %.40e of
it) and writes to stdout "d STRING BITS" lines: the double's repr and the
two given strings, each with the bits of Python's float() of it (which
is correctly rounded).  Then its own cases: short, medium and long
(hundreds of digits) random decimals, and the exact midpoints between
adjacent doubles with and without a last digit one unit above or below.
Then "f STRING BITS" lines for binary32: float() would round twice
(decimal -> double -> float), so those are rounded exactly here in
integer arithmetic (checked against Rust's f32::from_str when written).  Last "end COUNT".

usage: float_parse_oracle.py SEED N_EXTRA N_F32
"""
import math
import random
import struct
import sys
from decimal import Decimal, localcontext, Inexact

PD = struct.Struct('<d')
PQ = struct.Struct('<Q')


def dbits(x):
    return PQ.unpack(PD.pack(x))[0]


def bits_d(b):
    return PD.unpack(PQ.pack(b))[0]


def sci(d):
    """The exact Decimal d as d.ddd...eN, all its digits."""
    sign, digits, _ = d.as_tuple()
    ds = ''.join(map(str, digits)).rstrip('0') or '0'
    s = ds[0] + ('.' + ds[1:] if len(ds) > 1 else '') + 'e' + str(d.adjusted())
    return ('-' if sign else '') + s


def digits_exp(d):
    """(digit string without trailing zeros, exponent of its first digit)."""
    ds = ''.join(map(str, d.as_tuple().digits)).rstrip('0') or '0'
    return ds, d.adjusted()


def with_point(ds, e):
    return ds[0] + '.' + ds[1:] + 'e' + str(e) if len(ds) > 1 else ds + 'e' + str(e)


def near(ds, e, rng):
    """The decimal ds*10^e with k more digits: one unit above in its last
    digit, and one unit below (k random, 0 to 60)."""
    k = rng.randint(0, 60)
    ext = ds + '0' * k
    up = str(int(ext) + 1)
    dn = str(int(ext) - 1)
    out = []
    if len(up) == len(ext):
        out.append(with_point(up, e))
    if len(dn) == len(ext):
        out.append(with_point(dn, e))
    return out


def random_decimal(rng, ndigits, emin, emax):
    ds = str(rng.randint(1, 9)) + ''.join(rng.choices('0123456789', k=ndigits - 1))
    e = rng.randint(emin, emax)
    form = rng.randrange(3)
    if form == 0:
        return with_point(ds, e)
    if form == 1:  # a point somewhere inside, or none
        p = rng.randint(0, len(ds))
        s = ds[:p] + ('.' if p < len(ds) else '') + ds[p:]
        return s + 'e' + str(e - p + 1) if rng.randrange(2) else s
    return '0.' + '0' * rng.randint(0, 30) + ds + 'e' + str(e)


def f32_round(num, den):
    """Bits of the binary32 nearest num/den >= 0, ties to even, in exact
    integer arithmetic."""
    if num == 0:
        return 0
    e = num.bit_length() - den.bit_length()     # 2**e <= x < 2**(e+2)
    if (num << max(0, -e)) < (den << max(0, e)):
        e -= 1                                  # now 2**e <= x < 2**(e+1)
    e = max(e, -126)
    shift = 23 - e                              # 24 bits above the point
    a, b = (num << shift, den) if shift >= 0 else (num, den << -shift)
    m, r = divmod(a, b)
    if 2 * r > b or (2 * r == b and m & 1):
        m += 1
    if m == 1 << 24:
        m >>= 1
        e += 1
    if e > 127:
        return 0x7f800000
    if m < 1 << 23:
        return m
    return ((e + 127) << 23) | (m - (1 << 23))


def f32_of(s):
    neg = s.startswith('-')
    mant, _, exp = s.lstrip('+-').lower().partition('e')
    ip, _, fp = mant.partition('.')
    n = int(ip + fp or '0')
    e = (int(exp) if exp else 0) - len(fp)
    if n == 0:
        v = 0
    elif e > 400:                               # far beyond range
        v = 0x7f800000
    elif e < -1000 and len(str(n)) + e < -400:
        v = 0
    else:
        v = f32_round(n * 10 ** max(e, 0), 10 ** max(-e, 0))
    return (neg << 31) | v


def main():
    seed, n_extra, n_f32 = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(seed)
    out = sys.stdout
    count = 0

    def emit(kind, s, bits):
        nonlocal count
        out.write('%s %s %x\n' % (kind, s, bits))
        count += 1

    def d(s):
        emit('d', s, dbits(float(s)))

    # 1. The doubles of the C generator: repr, %.17g, %.40e.
    for line in sys.stdin:
        h, s17, s40 = line.split()
        d(repr(bits_d(int(h, 16))))
        d(s17)
        d(s40)

    with localcontext() as ctx:
        ctx.prec = 1200
        ctx.traps[Inexact] = True
        for i in range(n_extra):
            k = i % 4
            if k == 0:    # short: the Eisel-Lemire range and its edges
                d(random_decimal(rng, rng.randint(1, 19), -345, 310))
            elif k == 1:  # 20 to 40 digits: w and w+1
                d(random_decimal(rng, rng.randint(20, 40), -345, 310))
            elif k == 2:  # hundreds of digits
                d(random_decimal(rng, rng.randint(100, 800), -330, 308))
            else:         # between two adjacent doubles
                r = rng.randrange(8)
                if r == 0:
                    b = rng.getrandbits(52)                      # subnormal
                elif r == 1:
                    b = (0x7fe << 52) | rng.getrandbits(52)      # near DBL_MAX
                else:
                    b = rng.randrange(0x7ff << 52)
                x = bits_d(b)
                mid = Decimal(x) + Decimal(math.ulp(x)) / 2
                ds, e = digits_exp(mid)
                d(with_point(ds, e))
                for s in near(ds, e, rng):
                    d(s)

        # 3. binary32, rounded exactly.
        def f(s):
            emit('f', s, f32_of(s))

        for i in range(n_f32):
            k = i % 5
            if k == 0:    # random bit patterns, several ways
                b = rng.randrange(0x7f800000)
                x = struct.unpack('<f', struct.pack('<I', b))[0]
                s = rng.choice(['%.9g', '%.17g', '%.40e', '%r'])
                f(s % x)
            elif k == 1:
                f(random_decimal(rng, rng.randint(1, 12), -50, 40))
            elif k == 2:
                f(random_decimal(rng, rng.randint(13, 60), -50, 40))
            elif k == 3:
                f(random_decimal(rng, rng.randint(100, 300), -50, 40))
            else:         # between two adjacent floats (an exact double)
                b = rng.randrange(0x7f7fffff) if rng.randrange(4) else rng.randrange(1 << 23)
                lo = struct.unpack('<f', struct.pack('<I', b))[0]
                hi = struct.unpack('<f', struct.pack('<I', b + 1))[0]
                mid = (Decimal(lo) + Decimal(hi)) / 2
                ds, e = digits_exp(mid)
                f(with_point(ds, e))
                for s in near(ds, e, rng):
                    f(s)
    out.write('end %d\n' % count)


if __name__ == '__main__':
    main()
