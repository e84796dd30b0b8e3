#!/bin/sh
# tests/structure/alloc-link.sh -- a program replaces keel's global
# allocator at link time by defining kl_global_allocator() itself (as it
# does kl_panic_handler): keel's containers and kl_alloc(NULL, ...) then
# use the program's, linked statically (and, for hosted and threaded,
# dynamically: the program's definition interposes).  And a program that
# defines it and also calls kl_set_global_allocator, which keel's own
# definition sits beside, fails to link, naming the symbol.
. "$KL_SRCDIR/tests/structure/common.sh"
case $KL_PROFILE in bare) echo "no allocator in bare"; exit 77 ;; esac
cd "$tmp" || exit 99
cflags="$KL_CFLAGS -I$KL_BUILDDIR/include -I$KL_SRCDIR/include"

cat > own.c <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <keel/alloc.h>
#include <keel/vec.h>
void kl_panic_handler(const kl_panic_info *info)
{
    (void)info;
    abort();
}
static _Alignas(64) unsigned char pool[4096];
static size_t used;
static int calls;
static void *bump(void *ctx, size_t size, size_t align)
{
    (void)ctx;
    calls++;
    size_t at = (used + align - 1) & ~(align - 1);
    if (at + size > sizeof pool)
        return NULL;
    used = at + size;
    return pool + at;
}
static void *grow(void *ctx, void *p, size_t old, size_t size, size_t align)
{
    unsigned char *q = bump(ctx, size, align);
    if (q != NULL)
        for (size_t i = 0; i < old && i < size; i++)
            q[i] = ((unsigned char *)p)[i];
    return q;
}
static void drop(void *ctx, void *p, size_t size, size_t align)
{
    (void)ctx; (void)p; (void)size; (void)align;
}
static const kl_allocator_vtable vt = { bump, grow, drop };
static kl_allocator mine = { &vt, NULL };
kl_allocator *kl_global_allocator(void)
{
    return &mine;
}
KL_VEC_DEFINE(int_vec, int)
int main(void)
{
    unsigned char *p = kl_alloc(NULL, 10, 1);
    int_vec v = KL_VEC_INIT;
    for (int i = 0; i < 100; i++)
        if (int_vec_push(&v, i) != KL_OK)
            return 1;
    int ok = p >= pool && p < pool + sizeof pool
             && (unsigned char *)int_vec_data(&v) >= pool
             && (unsigned char *)int_vec_data(&v) < pool + sizeof pool;
    printf("own allocator: %s, %d calls\n", ok ? "used" : "NOT used", calls);
    return ok ? 0 : 2;
}
C
sed 's/^int main(void)$/int main_unused(void);\nint main_unused(void)/' own.c > both.c
cat >> both.c <<'C'
int main(void)
{
    return kl_set_global_allocator(&mine) == KL_OK ? 0 : 1;
}
C

link() { # link OUTPUT SOURCE LIBRARY-ARGS...
    out=$1 src=$2
    shift 2
    $KL_CC $cflags $KL_LDFLAGS -o "$out" "$src" "$@" $KL_LIBS > link.err 2>&1
}

run() { # run PROGRAM: its output must say the program's allocator served
    out=$(./"$1"); status=$?
    if [ $status = 0 ]; then
        echo "$1: $out"
    else
        failed "$1: status $status, '$out'"
    fi
}

link own_static own.c "$lib_a" || { failed "own allocator (static) did not link:"; cat link.err; }
[ "$KL_PLATFORM" != none ] && [ -x own_static ] && run own_static
if [ -f "$lib_so" ]; then
    link own_shared own.c -L"$KL_BUILDDIR/.libs" -lkeel-"$KL_PROFILE" \
        -Wl,-rpath,"$KL_BUILDDIR/.libs" || { failed "own allocator (shared) did not link:"; cat link.err; }
    [ -x own_shared ] && run own_shared
fi
if link both both.c "$lib_a"; then
    failed "a program defining kl_global_allocator and calling kl_set_global_allocator linked statically"
elif ! grep -q kl_global_allocator link.err; then
    failed "the link failed without naming kl_global_allocator:"; cat link.err
else
    echo "both: $(grep kl_global_allocator link.err | head -n 1)"
fi
exit $fail
