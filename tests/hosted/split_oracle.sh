#!/bin/sh
# tests/hosted/split_oracle.sh -- kl_str_split, rsplit, split_once,
# rsplit_once and lines against Rust's std (str::split, rsplit,
# split_once, rsplit_once, lines) on 100,000 generated cases
# (tests/hosted/split_gen; KL_TEST_LONG=1: 1,000,000): strings and
# separators over a small alphabet with multi-byte characters, "\r" and
# "\n", the empty separator among them.  Skips (77) without a rustc of
# 1.70 or later (older ones ended str::lines at a bare trailing "\r").
# Oracle runs are long and test no memory: make check-valgrind (which sets
# VALGRIND) and matrix cells that test something else (KL_SKIP_ORACLES)
# skip them.
[ -z "$KL_SKIP_ORACLES$VALGRIND" ] || { echo "SKIP: oracle runs are off in this build"; exit 77; }
command -v rustc > /dev/null 2>&1 || { echo "SKIP: no rustc"; exit 77; }
ver=$(rustc --version | sed -n 's/^rustc 1\.\([0-9]*\)\..*/\1/p')
[ -n "$ver" ] && [ "$ver" -ge 70 ] || { echo "SKIP: rustc too old: $(rustc --version)"; exit 77; }
gen="$KL_BUILDDIR/tests/hosted/split_gen"
[ -x "$gen" ] || { echo "FAIL: no $gen"; exit 1; }
count=100000
[ -n "$KL_TEST_LONG" ] && count=1000000

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keel-split-oracle.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
MAKEFLAGS= MFLAGS= rustc --edition 2021 -C opt-level=1 -o "$tmp/oracle" "$KL_SRCDIR/tests/hosted/split_oracle.rs" ||
    { echo "FAIL: rustc could not build the oracle"; exit 1; }
{ "$gen" $count "${KL_TEST_SEED:-20261121}" || echo fail > "$tmp/gen-failed"; } | "$tmp/oracle" || exit 1
[ ! -f "$tmp/gen-failed" ] || { echo "FAIL: split_gen failed"; exit 1; }
exit 0
