#!/bin/sh
# tests/structure/panic-link.sh -- who supplies kl_panic_handler.
#  bare, alloc: the program; one that can panic but defines no handler
#    fails to link, and the linker's message names kl_panic_handler.
#  hosted, threaded: keel's default; a program that defines its own
#    replaces it, linked statically and dynamically.
. "$KL_SRCDIR/tests/structure/common.sh"
cd "$tmp" || exit 99
cflags="$KL_CFLAGS -I$KL_BUILDDIR/include -I$KL_SRCDIR/include"

cat > nohandler.c <<'C'
#include <keel/panic.h>
int main(int argc, char **argv)
{
    if (argc > 5)
        kl_panic("too many arguments: %d", argc);
    return 0;
}
C
cat > ownhandler.c <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <keel/io.h>
#include <keel/panic.h>
void kl_panic_handler(const kl_panic_info *info)
{
    char buf[64];
    kl_buf_writer bw;
    kl_buf_writer_init(&bw, buf, sizeof buf);
    kl_err err = kl_panic_message_write(info, &bw.writer);
    (void)err;
    printf("own handler: %.*s\n", (int)bw.len, buf);
    exit(3);
}
int main(void)
{
    kl_panic("boom %d", 7);
}
C

link() { # link OUTPUT SOURCE LIBRARY-ARGS...
    out=$1 src=$2
    shift 2
    $KL_CC $cflags $KL_LDFLAGS -o "$out" "$src" "$@" $KL_LIBS > link.err 2>&1
}

case $KL_PROFILE in
    bare|alloc)
        if link nohandler nohandler.c "$lib_a"; then
            failed "a $KL_PROFILE program without kl_panic_handler linked"
        elif ! grep -q "kl_panic_handler" link.err; then
            failed "the link failed without naming kl_panic_handler:"; cat link.err
        else
            echo "no handler: $(grep kl_panic_handler link.err | head -n 1)"
        fi
        if [ "$KL_PLATFORM" != none ]; then
            link ownhandler ownhandler.c "$lib_a" || { failed "own handler did not link:"; cat link.err; }
            out=$(./ownhandler); status=$?
            [ "$out" = "own handler: boom 7" ] && [ $status = 3 ] ||
                failed "own handler: got '$out', status $status"
        fi ;;
    *)
        link nohandler nohandler.c "$lib_a" || { failed "keel's default handler is missing:"; cat link.err; }
        link own_static ownhandler.c "$lib_a" || { failed "own handler (static) did not link:"; cat link.err; }
        link own_shared ownhandler.c -L"$KL_BUILDDIR/.libs" -lkeel-"$KL_PROFILE" \
            -Wl,-rpath,"$KL_BUILDDIR/.libs" || { failed "own handler (shared) did not link:"; cat link.err; }
        for p in own_static own_shared; do
            out=$(./$p); status=$?
            if [ "$out" = "own handler: boom 7" ] && [ $status = 3 ]; then
                echo "$p: the program's handler replaced keel's"
            else
                failed "$p: got '$out', status $status"
            fi
        done ;;
esac
exit $fail
