#!/bin/sh
# tests/structure/cxx-headers.sh -- keel's headers work from C++: every
# public header of this profile and below compiles alone as C++ (under
# the oldest of C++11..20 the compiler knows), and the facade <keel.h>
# under each of C++11, 14, 17 and 20 that it knows, with -Wall -Wextra
# -pedantic -Werror; and (hosted and up) tests/hosted/cxx_headers.cc,
# which instantiates every KL_*_DEFINE generator, passes the front end
# (-fsyntax-only) under each of them too.  Skipped (77) without a C++
# compiler.  doc/api.md, "Using keel from C++", says what is promised.
. "$KL_SRCDIR/tests/structure/common.sh"
[ -n "$KL_CXX" ] || { echo "SKIP: no C++ compiler"; exit 77; }
rank=$(profile_rank "$KL_PROFILE")
flags="$KL_CXXFLAGS -Wall -Wextra -pedantic -Werror -I$KL_BUILDDIR/include -I$KL_SRCDIR/include"

stds=
for std in c++11 c++14 c++17 c++20; do
    if $KL_CXX -std=$std -x c++ -fsyntax-only /dev/null > /dev/null 2>&1; then
        stds="$stds $std"
    else
        echo "$KL_CXX does not know -std=$std: not tried"
    fi
done
[ -n "$stds" ] || { failed "$KL_CXX knows none of C++11 to C++20"; exit 1; }

# try STD HEADER: compile a file that includes HEADER alone.
try() {
    printf '#include <%s>\nint kl_cxx_probe;\n' "$2" > "$tmp/probe.cc"
    $KL_CXX -std=$1 $flags -fsyntax-only "$tmp/probe.cc" > "$tmp/err" 2>&1
}

# Each header alone (is it self-contained?) under the oldest standard;
# the facade, which includes them all, under every standard (the
# matrix runs this in every hosted and threaded cell: four compiles per
# header cost about 11 s a cell).
first=${stds# }
first=${first%% *}
n=0
for h in "$KL_SRCDIR"/include/keel/*.h; do
    [ "$(profile_rank "$(header_layer "$h")")" -le "$rank" ] || continue
    name=keel/$(basename "$h")
    n=$((n + 1))
    try $first "$name" || { failed "<$name> is not clean C++ (-std=$first):"; cat "$tmp/err"; }
done
for std in $stds; do
    try $std keel.h || { failed "<keel.h> is not clean C++ (-std=$std):"; cat "$tmp/err"; }
done
echo "$n headers alone as C++ (-std=$first), <keel.h> under$stds: done"

# A generator refuses, in C++, an element type it could not move as bytes.
if [ "$rank" -ge 1 ]; then
    cat > "$tmp/nontrivial.cc" <<'EOF_CC'
#include <keel/vec.h>
struct kl_probe_nontrivial {
    kl_probe_nontrivial();
    kl_probe_nontrivial(const kl_probe_nontrivial &);
    int x;
};
KL_VEC_DEFINE(kl_probe_vec, kl_probe_nontrivial)
EOF_CC
    if $KL_CXX -std=c++11 $flags -fsyntax-only "$tmp/nontrivial.cc" > "$tmp/err" 2>&1; then
        failed "KL_VEC_DEFINE took a type that is not trivially copyable"
    elif ! grep -q "must be trivially copyable" "$tmp/err"; then
        failed "KL_VEC_DEFINE of a non-trivial type failed without saying why:"; cat "$tmp/err"
    else
        echo "KL_VEC_DEFINE of a non-trivial type: refused"
    fi
fi

# Every generator, instantiated and called, under every standard (the
# program itself is compiled and run as tests/hosted/cxx_headers at the
# default one; here only the front end runs, which is where the
# standards differ, at a third of a full compile's time).
if [ "$rank" -ge 2 ]; then
    for std in $stds; do
        $KL_CXX -std=$std $flags -fsyntax-only \
            "$KL_SRCDIR/tests/hosted/cxx_headers.cc" > "$tmp/err" 2>&1 ||
            { failed "tests/hosted/cxx_headers.cc does not compile (-std=$std):"; cat "$tmp/err"; }
    done
fi
[ $n -gt 8 ] || failed "only $n headers found"
[ $fail -eq 0 ] && echo "PASS: keel's headers compile as C++ ($stds)"
exit $fail
