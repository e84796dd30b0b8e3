/* keel/panic.h -- panics: broken preconditions.  Layer: bare.
 *
 * A panic reports a bug (an index out of range, a broken invariant), never
 * bad input: bad input gets a kl_err.  kl_panic() gathers the message and
 * its source location and calls kl_panic_handler(), which never returns.
 *
 * Who defines kl_panic_handler:
 *  - bare and alloc: the program.  A bare program that can panic and does
 *    not define it fails to link, with the linker naming kl_panic_handler
 *    (Rust's #[panic_handler]);
 *  - hosted and threaded: keel defines a default (print "panicked at
 *    FILE:LINE: MESSAGE" to stderr, then abort()); a program that defines
 *    its own replaces it.
 */
#ifndef KEEL_PANIC_H
#define KEEL_PANIC_H

#include <stdarg.h>

#include <keel/base.h>
#include <keel/io.h>

/* kl_panic_info: what a panic handler is told.  The message is not
 * formatted yet: kl_panic_message_write() formats it to a writer, so a
 * handler needs no buffer. */
typedef struct kl_panic_info {
    const char *file;  /* __FILE__ of the panic */
    unsigned line;     /* __LINE__ of the panic */
    const char *fmt;   /* the message's printf format */
    va_list *args;     /* its arguments; valid during the handler call */
} kl_panic_info;

KL_BEGIN_DECLS

/* kl_panic(fmt, ...): panic with a printf-style message (fmt.h's formats)
 * at the caller's file and line.  Never returns. */
#define kl_panic(...) kl_panic_at(__FILE__, __LINE__, __VA_ARGS__)

/* kl_panic_at: kl_panic with an explicit location. */
KL_API KL_NORETURN void kl_panic_at(const char *file, unsigned line,
                                    const char *fmt, ...) KL_PRINTF(3, 4);

/* kl_panic_handler: called once per panic with its details; must not
 * return.  Defined by the program in bare and alloc; keel's default in
 * hosted and threaded can be replaced by defining it in the program. */
KL_API KL_NORETURN void kl_panic_handler(const kl_panic_info *info);

/* kl_panic_message_write: format info's message to w.  Returns 0 or w's
 * error.  May be called more than once. */
KL_API KL_NODISCARD kl_err kl_panic_message_write(const kl_panic_info *info,
                                                  kl_writer *w);

/* KL_ASSERT(cond): panic with "assertion failed: cond" unless cond holds.
 * Always checked. */
#define KL_ASSERT(cond)                                                        \
    ((cond) ? (void)0 : kl_panic("assertion failed: %s", #cond))

/* KL_DEBUG_ASSERT(cond): KL_ASSERT, compiled out when NDEBUG is defined
 * (cond is then not evaluated). */
#ifdef NDEBUG
#define KL_DEBUG_ASSERT(cond) ((void)0)
#else
#define KL_DEBUG_ASSERT(cond) KL_ASSERT(cond)
#endif

/* kl_unreachable(): panic with "entered unreachable code". */
#define kl_unreachable() kl_panic("entered unreachable code")

KL_END_DECLS

#endif /* KEEL_PANIC_H */
