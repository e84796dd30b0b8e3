#!/bin/sh
# tests/structure/undefined.sh -- the bare layer leaves undefined only the
# symbols build-aux/bare-undefined.txt documents (the program's panic
# handler, the mem* functions compilers emit, the compiler's runtime).
. "$KL_SRCDIR/tests/structure/common.sh"
nm=${KL_NM:-nm}

# Every profile's library contains the bare layer; the bare profile's
# library is nothing else.
bare_a="$KL_BUILDDIR/src/bare/.libs/libbare.a"
[ -f "$bare_a" ] || { echo "FAIL: no $bare_a"; exit 1; }

patterns=$(grep -v '^#' "$KL_SRCDIR/build-aux/bare-undefined.txt" | grep -v '^$' |
           sed 's/.*/^(&)$/' | paste -sd'|' -)

check_archive() {
    $nm --defined-only -g "$1" | awk 'NF >= 3 { print $NF }' | sort -u > "$tmp/def"
    $nm -u "$1" | awk 'NF >= 1 && $1 !~ /:$/ { print $NF }' | sort -u > "$tmp/undef"
    comm -23 "$tmp/undef" "$tmp/def" > "$tmp/missing"
    bad=$(grep -Ev "$patterns" "$tmp/missing")
    [ -z "$bad" ] || failed "$1 leaves undocumented symbols undefined: $(echo $bad)"
    grep -qx kl_panic_handler "$tmp/missing" ||
        failed "$1 should leave kl_panic_handler to the program"
    echo "$1: undefined: $(echo $(cat "$tmp/missing"))"
}

check_archive "$bare_a"
[ "$KL_PROFILE" = bare ] && check_archive "$lib_a"
exit $fail
