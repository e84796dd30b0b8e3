#!/bin/sh
# tests/structure/fmt-link.sh -- fmt.h's link-time choice (ARCHITECTURE.md
# rule 5): a program that formats only integers (kl_snprintf_int) and can
# panic links none of the float formatting code; one that calls
# kl_snprintf does.  Static links against the library's archive, with and
# without --gc-sections, checked with nm.
. "$KL_SRCDIR/tests/structure/common.sh"
cd "$tmp" || exit 99
cflags="$KL_CFLAGS -I$KL_BUILDDIR/include -I$KL_SRCDIR/include"
nm=${KL_NM:-nm}
[ -f "$lib_a" ] || { echo "FAIL: no $lib_a"; exit 1; }

# Every profile: the program's own panic handler (bare needs one; in
# hosted it replaces keel's default).
cat > common.h <<'C'
#include <keel/fmt.h>
#include <keel/panic.h>
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}
C
cat > int_only.c <<'C'
#include "common.h"
int main(int argc, char **argv)
{
    char buf[32];
    if (argc > 5)
        kl_panic("too many arguments: %d", argc);
    return kl_snprintf_int(buf, sizeof buf, "%d %s", argc, argv[0]) > 0 ? 0 : 1;
}
C
cat > with_float.c <<'C'
#include "common.h"
int main(int argc, char **argv)
{
    char buf[32];
    (void)argv;
    if (argc > 5)
        kl_panic("too many arguments: %d", argc);
    return kl_snprintf(buf, sizeof buf, "%g", argc / 3.0) > 0 ? 0 : 1;
}
C

# The float code's symbols: the formatter, %a, the big integers.
float_syms='^kl__(fmt_float|fmt_float_hex|big_[a-z0-9_]+)$'

# float_symbols PROGRAM: the float code's symbols PROGRAM defines.
float_symbols() {
    $nm --defined-only "$1" | awk 'NF >= 3 { print $NF }' | grep -E "$float_syms" | sort
}

for gc in "-Wl,--gc-sections" ""; do
    for prog in int_only with_float; do
        if ! $KL_CC $cflags $KL_LDFLAGS $gc -o $prog $prog.c "$lib_a" $KL_LIBS > link.err 2>&1; then
            failed "$prog ${gc:-without --gc-sections} did not link:"; cat link.err
            continue
        fi
        syms=$(float_symbols $prog | paste -sd' ' -)
        case $prog in
            int_only)
                [ -z "$syms" ] || failed "$prog ${gc:-without --gc-sections} links float code: $syms" ;;
            with_float)
                echo "$syms" | grep -q 'kl__fmt_float ' ||
                    failed "$prog ${gc:-without --gc-sections} lacks kl__fmt_float (has: $syms)" ;;
        esac
        echo "$prog ${gc:-(no --gc-sections)}: float symbols: ${syms:-none}"
    done
done
exit $fail
