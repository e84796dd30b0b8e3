#!/bin/sh
# tests/structure/unicode-link.sh -- keel/unicode.h's tables are a
# link-time choice (ARCHITECTURE.md rule 5): each property's table sits in
# its own object file, so a program that asks only for White_Space links
# no General_Category, bitmap or case table; one that maps to upper case
# links the upper-case table and no other; the full mappings' exceptions
# (SpecialCasing.txt) come only with kl_unicode_to_upper_full.  Static
# links against the library's archive, with and without --gc-sections,
# checked with nm (the
# tables are named kl__unicode_PROPERTY_* in the object files' symbol
# tables).
. "$KL_SRCDIR/tests/structure/common.sh"
cd "$tmp" || exit 99
cflags="$KL_CFLAGS -I$KL_BUILDDIR/include -I$KL_SRCDIR/include"
nm=${KL_NM:-nm}
[ -f "$lib_a" ] || { echo "FAIL: no $lib_a"; exit 1; }

cat > common.h <<'C'
#include <keel/panic.h>
#include <keel/unicode.h>
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    for (;;) {
    }
}
C
cat > space.c <<'C'
#include "common.h"
int main(int argc, char **argv)
{
    (void)argv;
    return kl_unicode_is_white_space((uint32_t)argc + 0x1F) ? 0 : 1;
}
C
cat > upper.c <<'C'
#include "common.h"
int main(int argc, char **argv)
{
    (void)argv;
    return kl_unicode_to_upper((uint32_t)argc + 0x60) == 0x41 ? 0 : 1;
}
C
cat > title.c <<'C'
#include "common.h"
int main(int argc, char **argv)
{
    (void)argv;
    return kl_unicode_to_title((uint32_t)argc + 0x1C3) == 0x1C5 ? 0 : 1;
}
C
cat > upper_full.c <<'C'
#include "common.h"
int main(int argc, char **argv)
{
    uint32_t m[KL_UNICODE_FULL_CASE_MAX];
    (void)argv;
    return kl_unicode_to_upper_full((uint32_t)argc + 0xDE, m) == 2 ? 0 : 1;
}
C
cat > letter.c <<'C'
#include "common.h"
int main(int argc, char **argv)
{
    (void)argv;
    return kl_unicode_is_letter((uint32_t)argc + 0x40) ? 0 : 1;
}
C

# tables PROGRAM: the Unicode tables PROGRAM holds (the property names).
tables() {
    $nm "$1" | awk 'NF >= 2 { print $NF }' |
        sed -n 's/^kl__unicode_\([a-z_]*\)_\(top\|mid\|leaf\|delta\|ranges\|exceptions\)\(\.[0-9]*\)\{0,1\}$/\1/p' |
        sort -u | paste -sd' ' -
}

for gc in "-Wl,--gc-sections" ""; do
    for prog in space upper title upper_full letter; do
        if ! $KL_CC $cflags $KL_LDFLAGS $gc -o $prog $prog.c "$lib_a" $KL_LIBS > link.err 2>&1; then
            failed "$prog ${gc:-without --gc-sections} did not link:"; cat link.err
            continue
        fi
        got=$(tables $prog)
        case $prog in
            space) want="white_space" ;;
            upper) want="upper" ;;
            title) want="title upper" ;;
            upper_full) want="upper upper_full" ;;
            letter) want="category" ;;
        esac
        # White_Space is ten ranges: clang folds so small a table into the
        # code, leaving no table symbol at all -- which still links no
        # other table, the point of this check.
        [ "$got" = "$want" ] || { [ $prog = space ] && [ -z "$got" ]; } ||
            failed "$prog ${gc:-without --gc-sections} links tables '$got', not '$want'"
        echo "$prog ${gc:-(no --gc-sections)}: tables: ${got:-none}"
    done
done
exit $fail
