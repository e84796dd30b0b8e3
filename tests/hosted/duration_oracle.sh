#!/bin/sh
# tests/hosted/duration_oracle.sh -- kl_duration's text against Rust's
# Debug for Duration ({:?} and {:.N?}): tests/hosted/duration_gen prints
# nanoseconds, precision and keel's text; tests/hosted/duration_oracle.rs,
# compiled here with rustc, formats the same Duration and compares.
# 560 edge cases and 400,000 random ones (x20 with KL_TEST_LONG).  Skips
# (77) without rustc ($RUSTC, or rustc on the PATH).
# Oracle runs are long and test no memory: make check-valgrind (which sets
# VALGRIND) and matrix cells that test something else (KL_SKIP_ORACLES)
# skip them.
[ -z "$KL_SKIP_ORACLES$VALGRIND" ] || { echo "SKIP: oracle runs are off in this build"; exit 77; }
rustc=${RUSTC:-rustc}
command -v "$rustc" >/dev/null 2>&1 || { echo "SKIP: no rustc"; exit 77; }

gen="$KL_BUILDDIR/tests/hosted/duration_gen"
count=400000
[ -n "$KL_TEST_LONG" ] && count=$((count * 20))

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keel-duration.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

"$rustc" -O --edition 2021 -o "$tmp/oracle" "$KL_SRCDIR/tests/hosted/duration_oracle.rs" ||
    { echo "FAIL: rustc could not build the oracle"; exit 1; }
{ "$gen" $count; echo $? >"$tmp/rc"; } | "$tmp/oracle" || exit 1
[ "$(cat "$tmp/rc")" = 0 ] || { echo "FAIL: duration_gen exited $(cat "$tmp/rc")"; exit 1; }
exit 0
