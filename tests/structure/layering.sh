#!/bin/sh
# tests/structure/layering.sh -- ARCHITECTURE.md rule 2: a file includes
# only public headers of its own and lower layers and src/internal headers
# of the same or lower layers; the bare layer includes no libc header at
# all, only the freestanding ones; the alloc layer adds <stdlib.h> for
# malloc and nothing else.  Checked over the whole tree, whatever the
# profile configured.
. "$KL_SRCDIR/tests/structure/common.sh"
cd "$KL_SRCDIR" || exit 99

freestanding=" stddef.h stdint.h stdbool.h stdarg.h limits.h float.h stdalign.h stdnoreturn.h stdatomic.h "

# check FILE LAYER: every include of FILE is allowed for LAYER.
check() {
    file=$1 layer=$2
    rank=$(profile_rank "$layer")
    sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*\([<"][^>"]*[>"]\).*/\1/p' "$file" |
    while read -r inc; do
        name=$(echo "$inc" | sed 's/^[<"]//; s/[>"]$//')
        case $name in
            keel/require/*.h) target_layer=$(basename "$name" .h) ;;
            keel/config.h) target_layer=bare ;;
            keel.h) target_layer=bare ;;
            keel/*.h) target_layer=$(header_layer "include/$name") ;;
            internal/*.h) target_layer=$(header_layer "src/$name") ;;
            ../harness.h|harness.h|check.h) target_layer=test ;;
            *)
                # Tests are programs: libc is theirs to use (the shim's
                # Cortex-M builds have picolibc).
                case $file in tests/*) continue ;; esac
                case $layer in
                    bare) case $freestanding in *" $name "*) continue ;; esac
                          echo "FAIL: $file ($layer layer) includes <$name>, not a freestanding header" ;;
                    alloc) case "$freestanding stdlib.h " in *" $name "*) continue ;; esac
                          echo "FAIL: $file ($layer layer) includes <$name>; the alloc layer may use only <stdlib.h> from libc" ;;
                esac
                continue ;;
        esac
        [ "$target_layer" = test ] && continue
        if [ "$(profile_rank "$target_layer")" -gt "$rank" ]; then
            echo "FAIL: $file ($layer layer) includes $inc of the $target_layer layer"
        fi
    done
}

out=$tmp/out
: > "$out"
n=0
for h in include/keel/*.h include/keel/require/*.h src/internal/*.h; do
    [ -f "$h" ] || continue
    check "$h" "$(header_layer "$h")" >> "$out"; n=$((n + 1))
done
for layer in bare alloc hosted threaded; do
    for f in src/$layer/*.[ch] tests/$layer/*.c; do
        [ -f "$f" ] || continue
        check "$f" "$layer" >> "$out"; n=$((n + 1))
    done
done
cat "$out"
if [ -s "$out" ]; then
    exit 1
fi
# The check must have looked at something: a broken glob passes nothing.
[ $n -gt 20 ] || { echo "FAIL: only $n files checked"; exit 1; }
echo "layering: $n files, every include allowed"
