#!/bin/sh
# tests/hosted/float_parse_python.sh -- kl_parse_f64 and kl_parse_f32
# against Python's float() (correctly rounded) and, for binary32, exact
# rounding with fractions.Fraction: float_parse_oracle gen writes random
# doubles with glibc's %.17g and %.40e, float_parse_oracle.py adds their
# repr, its own long, short and near-halfway decimals and the expected
# bits, float_parse_oracle check compares.  Two pipelines share the work.
# KL_TEST_LONG=1 runs ten times as many cases, KL_TEST_SHORT=1 a tenth.
# Skipped without python3.
prog="$KL_BUILDDIR/tests/hosted/float_parse_oracle"
oracle="$KL_SRCDIR/tests/hosted/float_parse_oracle.py"
# Oracle runs are long and test no memory: make check-valgrind (which sets
# VALGRIND) and matrix cells that test something else (KL_SKIP_ORACLES)
# skip them.
[ -z "$KL_SKIP_ORACLES$VALGRIND" ] || { echo "SKIP: oracle runs are off in this build"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "SKIP: no python3"; exit 77; }

# Per pipeline: random doubles (each gives 3 strings), extra decimals
# (a quarter of them near-halfway, 3 strings each), binary32 cases.
doubles=500000 extra=25000 f32=50000
if [ -n "$KL_TEST_LONG" ]; then
    doubles=$((doubles * 10)) extra=$((extra * 10)) f32=$((f32 * 10))
elif [ -n "$KL_TEST_SHORT" ]; then
    doubles=$((doubles / 10)) extra=$((extra / 10)) f32=$((f32 / 10))
fi

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

run() {
    "$prog" gen "$doubles" "$1" | python3 "$oracle" "$1" "$extra" "$f32" |
        "$prog" check > "$tmp/out$1" 2>&1
    echo $? > "$tmp/rc$1"
}
run 1 &
run 2 &
wait
fail=0
for i in 1 2; do
    cat "$tmp/out$i"
    [ "$(cat "$tmp/rc$i")" = 0 ] || fail=1
done
exit $fail
