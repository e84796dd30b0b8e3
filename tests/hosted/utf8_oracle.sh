#!/bin/sh
# tests/hosted/utf8_oracle.sh -- kl_utf8_check and kl_utf8_lossy against
# Python 3's UTF-8 codec, on random, mutated and truncated byte strings
# made by tests/hosted/utf8_gen:
#  - 1,000,000 strings: kl_utf8_check succeeds iff bytes.decode('utf-8')
#    does, and valid_up_to equals the UnicodeDecodeError's start;
#  - 200,000 strings: kl_utf8_lossy equals decode('utf-8', 'replace')
#    (which replaces each maximal subpart with one U+FFFD).
# KL_TEST_LONG=1 multiplies both by 10, KL_TEST_SHORT=1 divides them by
# 10.  Skips (77) without python3.
# Oracle runs are long and test no memory: make check-valgrind (which sets
# VALGRIND) and matrix cells that test something else (KL_SKIP_ORACLES)
# skip them.
[ -z "$KL_SKIP_ORACLES$VALGRIND" ] || { echo "SKIP: oracle runs are off in this build"; exit 77; }
command -v python3 > /dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
gen="$KL_BUILDDIR/tests/hosted/utf8_gen"
[ -x "$gen" ] || { echo "FAIL: no $gen"; exit 1; }
checks=1000000 lossy=200000
if [ -n "$KL_TEST_LONG" ]; then
    checks=$((checks * 10)) lossy=$((lossy * 10))
elif [ -n "$KL_TEST_SHORT" ]; then
    checks=$((checks / 10)) lossy=$((lossy / 10))
fi
seed=${KL_TEST_SEED:-20261121}

oracle='
import sys
mode, bad, n = sys.argv[1], 0, 0
for line in sys.stdin:
    f = line.split()
    b = bytes.fromhex(f[0][1:])
    n += 1
    if mode == "check":
        try:
            b.decode("utf-8")
            want = (0, len(b))
        except UnicodeDecodeError as e:
            want = (1, e.start)
        got = (int(f[1]), int(f[2]))
    else:
        want = b.decode("utf-8", "replace").encode("utf-8").hex()
        got = f[1][1:]
    if got != want:
        bad += 1
        if bad <= 10:
            print("MISMATCH %s input %s: keel %s, python %s" % (mode, b.hex(), got, want))
print("%s: %d cases, %d mismatches" % (mode, n, bad))
sys.exit(1 if bad or n == 0 else 0)
'

# run MODE COUNT SEED: the generator into the oracle, failing if either does.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/keel-utf8-oracle.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
run() {
    { "$gen" "$1" "$2" "$3" || echo fail > "$tmp/gen-failed"; } | python3 -c "$oracle" "$1" || return 1
    [ ! -f "$tmp/gen-failed" ]
}

fail=0
run check "$checks" "$seed" || fail=1
run lossy "$lossy" "$((seed + 1))" || fail=1
exit $fail
