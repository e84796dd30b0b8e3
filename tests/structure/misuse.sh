#!/bin/sh
# tests/structure/misuse.sh -- including a module of a higher layer than the
# configured profile fails to compile, with an #error naming the profile
# needed and the profile in use; every module of this profile and below
# compiles alone, and so does the facade <keel.h>.
. "$KL_SRCDIR/tests/structure/common.sh"
rank=$(profile_rank "$KL_PROFILE")

try() {
    printf '#include <%s>\nint kl_misuse_probe;\n' "$1" > "$tmp/probe.c"
    $KL_CC $KL_CFLAGS -I"$KL_BUILDDIR/include" -I"$KL_SRCDIR/include" \
        -c "$tmp/probe.c" -o "$tmp/probe.o" > "$tmp/err" 2>&1
}

n=0
for h in "$KL_SRCDIR"/include/keel/*.h; do
    name=keel/$(basename "$h")
    layer=$(header_layer "$h")
    n=$((n + 1))
    if [ "$(profile_rank "$layer")" -le "$rank" ]; then
        try "$name" || { failed "<$name> does not compile in the $KL_PROFILE profile:"; cat "$tmp/err"; }
    elif try "$name"; then
        failed "<$name> (the $layer layer) compiled in the $KL_PROFILE profile"
    elif ! grep -q "needs the $layer profile or above, but this keel is the $KL_PROFILE profile" "$tmp/err"; then
        failed "<$name> failed without naming both profiles:"; cat "$tmp/err"
    else
        echo "<$name>: refused: $(grep -o 'needs the.*profile' "$tmp/err" | head -n 1)"
    fi
done
try keel.h || { failed "<keel.h> does not compile in the $KL_PROFILE profile:"; cat "$tmp/err"; }
[ $n -gt 8 ] || failed "only $n headers found"
exit $fail
