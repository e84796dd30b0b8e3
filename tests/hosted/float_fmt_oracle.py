#!/usr/bin/env python3
# tests/hosted/float_fmt_oracle.py -- the oracle half of the differential
# test of kl_fmt_f64 and kl_fmt_f32 (see float_fmt_oracle.sh).  Reads the
# lines "HEXBITS TEXT" float_fmt_gen prints and checks every TEXT:
#
#   f64: TEXT must equal Python's repr() of the double with those bits.
#   f32: TEXT must be the shortest decimal that a correctly rounded parse
#        to binary32 maps back to the float (of those, the nearest; on a
#        tie, the one with the even last digit), in repr's layout.  The
#        reference below works in exact integer arithmetic; it does not go
#        through a double (which would round twice).
#
# Prints a summary line; exits 1 if anything differs.

import math
import struct
import sys


def f32_reference(bits):
    """repr-style text of the shortest decimal for binary32 `bits`."""
    neg = bits >> 31
    bq = (bits >> 23) & 0xFF
    t = bits & 0x7FFFFF
    sign = "-" if neg else ""
    if bq == 0xFF:
        return "nan" if t else sign + "inf"
    if bq == 0 and t == 0:
        return sign + "0.0"
    if bq:
        m, e = t | 0x800000, bq - 150
    else:
        m, e = t, -149
    # The value and the ends of the interval of reals that round to it,
    # as integers times 2^ex.
    ex = e - 2
    v = 4 * m
    lo = 4 * m - (1 if (t == 0 and bq > 1) else 2)
    hi = 4 * m + 2
    inclusive = m % 2 == 0

    def best(j):
        """The multiple of 10^j inside the interval nearest v, or None.
        A multiple c * 10^j compares with x * 2^ex as c * a with x * b."""
        a = 10 ** max(j, 0) << max(-ex, 0)
        b = 10 ** max(-j, 0) << max(ex, 0)
        found = None
        c0 = v * b // a
        for c in (c0, c0 + 1):
            if c == 0:
                continue
            ca, lob, hib = c * a, lo * b, hi * b
            if (lob <= ca <= hib) if inclusive else (lob < ca < hib):
                dist = abs(ca - v * b)
                if found is None or dist < found[0] or (dist == found[0] and c % 2 == 0):
                    found = (dist, c)
        return None if found is None else found[1]

    # The interval's width w holds a multiple of 10^j for 10^j <= w; find
    # the largest j with one.
    j = math.floor(math.log10(hi - lo) + ex * math.log10(2)) - 1
    while best(j) is None:
        j -= 1
    while best(j + 1) is not None:
        j += 1
    # A decimal of at most 9 digits round-trips through a double and is
    # its shortest form there, so repr lays it out.
    return sign + repr(float("%de%d" % (best(j), j)))


def main():
    kind = sys.argv[1]
    words = sys.stdin.read().split()
    hexes, texts = words[0::2], words[1::2]
    if kind == "f64":
        raw = bytes.fromhex("".join(hexes))
        wants = [repr(x) for (x,) in struct.iter_unpack(">d", raw)]
    else:
        wants = [f32_reference(int(h, 16)) for h in hexes]
    bad = 0
    for h, text, want in zip(hexes, texts, wants):
        if text != want:
            bad += 1
            if bad <= 10:
                print("FAIL: %s bits %s: keel %s, oracle %s" % (kind, h, text, want))
    print("%s: %d values checked against %s, %d mismatches"
          % (kind, len(texts), "repr()" if kind == "f64" else "exact shortest", bad))
    return 1 if bad or not texts or len(hexes) != len(texts) else 0


if __name__ == "__main__":
    sys.exit(main())
