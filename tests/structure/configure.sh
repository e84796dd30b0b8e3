#!/bin/sh
# tests/structure/configure.sh -- bad input to configure stops it with a
# sentence saying why and what to do instead.
. "$KL_SRCDIR/tests/structure/common.sh"
cd "$tmp" || exit 99

# expect_error DESCRIPTION TEXT ARGS...: configure ARGS fails, saying TEXT.
expect_error() {
    what=$1 text=$2
    shift 2
    if "$KL_SRCDIR/configure" "$@" > out 2>&1; then
        failed "configure $* succeeded ($what)"
    elif ! grep -q "error: .*$text" out; then
        failed "configure $* failed without saying '$text' ($what):"; tail -n 5 out
    else
        echo "$what: $(grep 'error:' out | head -n 1)"
    fi
}

expect_error "unknown profile" "unknown profile 'nonsense'.*bare.*alloc.*hosted.*threaded" \
    --with-profile=nonsense
expect_error "hosted without an OS" "hosted profile needs an operating system.*--with-profile=bare or --with-profile=alloc" \
    --host=arm-none-eabi --with-profile=hosted
expect_error "threaded without an OS" "threaded profile needs an operating system" \
    --host=arm-none-eabi
expect_error "bad sanitizer list" "address,undefined or thread" \
    --with-profile=bare --enable-sanitizers=memory
exit $fail
