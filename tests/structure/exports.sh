#!/bin/sh
# tests/structure/exports.sh -- every symbol the library exports starts
# with kl_: the static archive's global definitions (kl_ public, kl__
# internal), and the shared library's dynamic symbols (kl_ public only).
. "$KL_SRCDIR/tests/structure/common.sh"
nm=${KL_NM:-nm}

[ -f "$lib_a" ] || { echo "FAIL: no $lib_a"; exit 1; }
# AddressSanitizer adds one __odr_asan.NAME indicator per global variable:
# instrumentation, not keel's.
$nm -g --defined-only "$lib_a" | awk 'NF >= 3 && $NF !~ /^__odr_asan\./ { print $NF }' |
    sort -u > "$tmp/a"
[ -s "$tmp/a" ] || failed "$lib_a defines no global symbol"
bad=$(grep -v '^kl_' "$tmp/a")
[ -z "$bad" ] || failed "$lib_a defines globals outside kl_: $bad"
echo "static: $(wc -l < "$tmp/a") global symbols, all kl_"

case $KL_PROFILE in
    hosted|threaded)
        if [ -f "$lib_so" ]; then
            $nm -D --defined-only "$lib_so" | awk 'NF >= 3 { print $NF }' | sort -u > "$tmp/so"
            bad=$(grep -v '^kl_[a-z0-9]' "$tmp/so")
            [ -z "$bad" ] || failed "$lib_so exports symbols outside kl_ (or internal kl__): $bad"
            grep -q '^kl_profile$' "$tmp/so" || failed "$lib_so does not export kl_profile"
            echo "shared: $(wc -l < "$tmp/so") exported symbols, all kl_"
        elif [ "$KL_PLATFORM" != none ]; then
            failed "the $KL_PROFILE profile has no shared library $lib_so"
        fi ;;
    *)
        [ ! -f "$lib_so" ] || failed "the $KL_PROFILE profile must be static only, yet $lib_so exists" ;;
esac
exit $fail
