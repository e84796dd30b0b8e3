# tests/structure/common.sh -- shared by the structural checks (sourced).
# make check exports KL_SRCDIR, KL_BUILDDIR, KL_PROFILE, KL_CC, KL_CFLAGS,
# KL_LDFLAGS, KL_NM and friends (Makefile.am, AM_TESTS_ENVIRONMENT).

fail=0
failed() {
    echo "FAIL: $*"
    fail=1
}

# profile_rank NAME: 0 for bare ... 3 for threaded.
profile_rank() {
    case $1 in
        bare) echo 0 ;; alloc) echo 1 ;; hosted) echo 2 ;; threaded) echo 3 ;;
        *) echo "unknown profile $1" >&2; exit 99 ;;
    esac
}

# header_layer FILE: the layer a header belongs to: the profile its
# <keel/require/X.h> gate names, else bare.
header_layer() {
    l=$(sed -n 's|^#include <keel/require/\([a-z]*\)\.h>.*|\1|p' "$1" | head -n 1)
    case $1 in */require/*.h) l=$(basename "$1" .h) ;; esac
    echo "${l:-bare}"
}

# Temporary directory, removed on exit.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/keel-structure.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# The library of this build (libtool puts the real files in .libs).
lib_a="$KL_BUILDDIR/.libs/libkeel-$KL_PROFILE.a"
lib_so="$KL_BUILDDIR/.libs/libkeel-$KL_PROFILE.so"
