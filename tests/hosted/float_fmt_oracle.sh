#!/bin/sh
# tests/hosted/float_fmt_oracle.sh -- kl_fmt_f64 against Python's
# repr(float), and kl_fmt_f32 against an exact shortest-decimal reference
# written in Python: tests/hosted/float_fmt_gen prints bit patterns and
# keel's text, tests/hosted/float_fmt_oracle.py checks them.  1,000,000
# random doubles and 100,000 random floats after the edge cases (x20 with
# KL_TEST_LONG set, a tenth with KL_TEST_SHORT).  Skips (77) without
# python3.
# Oracle runs are long and test no memory: make check-valgrind (which sets
# VALGRIND) and matrix cells that test something else (KL_SKIP_ORACLES)
# skip them.
[ -z "$KL_SKIP_ORACLES$VALGRIND" ] || { echo "SKIP: oracle runs are off in this build"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }

gen="$KL_BUILDDIR/tests/hosted/float_fmt_gen"
oracle="$KL_SRCDIR/tests/hosted/float_fmt_oracle.py"
n64=1000000
n32=85000
if [ -n "$KL_TEST_LONG" ]; then
    n64=$((n64 * 20))
    n32=$((n32 * 20))
elif [ -n "$KL_TEST_SHORT" ]; then
    n64=$((n64 / 10))
    n32=$((n32 / 10))
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keel-float.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

fail=0
# run KIND COUNT: fails if either side of the pipe does.
run() {
    { "$gen" "$1" "$2"; echo $? >"$tmp/rc"; } | python3 "$oracle" "$1" || fail=1
    [ "$(cat "$tmp/rc")" = 0 ] || { echo "FAIL: float_fmt_gen $1 exited $(cat "$tmp/rc")"; fail=1; }
}
run f64 $n64
run f32 $n32
exit $fail
