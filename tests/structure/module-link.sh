#!/bin/sh
# tests/structure/module-link.sh -- each module links alone (ARCHITECTURE.md
# rule 5): a program that calls only kl_str_find pulls in no Unicode table
# and no formatting code.  Static link against the library's archive with
# --gc-sections (as a firmware links), checked with nm: no keel symbol
# (kl_*) with unicode, fmt or printf in its name.  (The C library's own
# printf may be there: the Cortex-M test runtime links it.)  (`make size` in a build
# for arm-none-eabi does the same check on a Cortex-M3 and prints each
# module's size.)  Without --gc-sections the program may link more -- the
# panic path formats its message -- so that link is only reported.
. "$KL_SRCDIR/tests/structure/common.sh"
cd "$tmp" || exit 99
cflags="$KL_CFLAGS -I$KL_BUILDDIR/include -I$KL_SRCDIR/include"
nm=${KL_NM:-nm}
[ -f "$lib_a" ] || { echo "FAIL: no $lib_a"; exit 1; }

cat > str_find.c <<'C'
#include <keel/panic.h>
#include <keel/str.h>
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}
int main(int argc, char **argv)
{
    (void)argc;
    return kl_str_find(kl_str_from_cstr(argv[0]), KL_STR("keel")) == KL_STR_NPOS;
}
C

# unwanted PROGRAM: keel's Unicode and formatting symbols in PROGRAM.
unwanted() {
    $nm --defined-only "$1" | awk 'NF >= 3 { print $NF }' | grep -E '^kl_.*(unicode|fmt|printf)' |
        sort | paste -sd' ' -
}

for gc in "-Wl,--gc-sections" ""; do
    if ! $KL_CC $cflags $KL_LDFLAGS $gc -o str_find str_find.c "$lib_a" $KL_LIBS > link.err 2>&1; then
        failed "str_find ${gc:-without --gc-sections} did not link:"; cat link.err
        continue
    fi
    syms=$(unwanted str_find)
    echo "str_find ${gc:-(no --gc-sections)}: Unicode/formatting symbols: ${syms:-none}"
    if [ -n "$gc" ] && [ -n "$syms" ]; then
        failed "kl_str_find alone links Unicode or formatting code: $syms"
    fi
done
exit $fail
