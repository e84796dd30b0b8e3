/* kl_write_u64, kl_write_i64: decimal integers to a writer. */
#include <keel/io.h>
#include <keel/num.h>

kl_err kl_write_u64(kl_writer *w, uint64_t v)
{
    char buf[KL_FMT_INT_BUFSZ];
    return kl_write_all(w, buf, kl_fmt_u64(buf, v, 10));
}

kl_err kl_write_i64(kl_writer *w, int64_t v)
{
    char buf[KL_FMT_INT_BUFSZ];
    return kl_write_all(w, buf, kl_fmt_i64(buf, v, 10));
}
