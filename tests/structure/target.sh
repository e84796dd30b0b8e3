#!/bin/sh
# tests/structure/target.sh -- ARCHITECTURE.md section 3: no feature
# #ifdefs inside algorithms.  What the compiler and the CPU offer is
# decided in src/internal/target.h alone (KL__TARGET_*, KL__ALWAYS_INLINE,
# KL__HIDDEN); the library's other sources never test compiler or CPU
# macros themselves.  src/sys/ (the platform layer) is exempt.
. "$KL_SRCDIR/tests/structure/common.sh"
cd "$KL_SRCDIR" || exit 99

macros='__SSE|__AVX|__GNUC__|__clang__|__x86_64__|__i386__|__arm__|__aarch64__|__ARM_|__has_builtin|__SIZEOF_INT128__|__BYTE_ORDER__'
out=$tmp/out
grep -nE "^[[:space:]]*#[[:space:]]*(el)?if.*($macros)" \
    src/bare/*.c src/alloc/*.c src/hosted/*.c src/threaded/*.c src/internal/*.h 2>/dev/null |
    grep -v '^src/internal/target\.h:' > "$out"
if [ -s "$out" ]; then
    sed 's/^/FAIL: compiler or CPU test outside src\/internal\/target.h: /' "$out"
    exit 1
fi
n=$(ls src/bare/*.c src/alloc/*.c src/hosted/*.c src/threaded/*.c src/internal/*.h 2>/dev/null | wc -l)
echo "PASS: $n sources leave compiler and CPU tests to src/internal/target.h"
