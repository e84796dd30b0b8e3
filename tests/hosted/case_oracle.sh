#!/bin/sh
# tests/hosted/case_oracle.sh -- keel/string.h's full case conversion
# against Python 3's str.upper() and str.lower() (full mappings with
# SpecialCasing.txt's unconditional lines, and Final_Sigma), on what
# tests/hosted/case_gen prints:
#  - every code point assigned in keel's Unicode (15.0.0), alone;
#  - 200,000 random short strings of sigmas, cased and case-ignorable
#    characters (KL_TEST_LONG=1: 2,000,000).
# Python's unicodedata may be of another Unicode version (Debian 12's
# Python 3.11 has 14.0.0): then only code points assigned in both are
# compared (the others are counted and reported), and a context string
# with a character Python does not know is skipped.  Skips (77) without
# python3.  Oracle runs are long and test no memory: make check-valgrind
# (which sets VALGRIND) and matrix cells that test something else
# (KL_SKIP_ORACLES) skip them.
[ -z "$KL_SKIP_ORACLES$VALGRIND" ] || { echo "SKIP: oracle runs are off in this build"; exit 77; }
command -v python3 > /dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }
gen="$KL_BUILDDIR/tests/hosted/case_gen"
[ -x "$gen" ] || { echo "FAIL: no $gen"; exit 1; }
factor=1
[ -n "$KL_TEST_LONG" ] && factor=10
seed=${KL_TEST_SEED:-20261121}

oracle='
import sys, unicodedata
mode, bad, n, skipped = sys.argv[1], 0, 0, 0
def known(s):
    return all(unicodedata.category(ch) != "Cn" for ch in s)
for line in sys.stdin:
    f = line.split()
    if mode == "points":
        s = chr(int(f[0], 16))
    else:
        s = bytes.fromhex(f[0][1:]).decode("utf-8")
    if not known(s):
        skipped += 1
        continue
    n += 1
    got = (f[1][1:], f[2][1:])
    want = (s.upper().encode("utf-8").hex(), s.lower().encode("utf-8").hex())
    if got != want:
        bad += 1
        if bad <= 10:
            print("MISMATCH %s %s: keel upper %s lower %s, python upper %s lower %s"
                  % (mode, s.encode("utf-8").hex(), got[0], got[1], want[0], want[1]))
print("%s: %d cases compared, %d mismatches; %d skipped (not assigned in Python %s)"
      % (mode, n, bad, skipped, unicodedata.unidata_version))
sys.exit(1 if bad or n == 0 else 0)
'

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keel-case-oracle.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
# run MODE ARGS...: the generator into the oracle, failing if either does.
run() {
    mode=$1
    { "$gen" "$@" || echo fail > "$tmp/gen-failed"; } | python3 -c "$oracle" "$mode" || return 1
    [ ! -f "$tmp/gen-failed" ]
}

fail=0
run points || fail=1
run context $((200000 * factor)) "$seed" || fail=1
exit $fail
