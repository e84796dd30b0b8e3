/* keel/require/alloc.h -- a module of the alloc layer is being included.
 *
 * Every public header of the alloc layer includes this first.  In a keel
 * built as a lower profile it stops the compile with an error naming the
 * profile the header needs and the profile in use (the compiler shows which
 * header was included, just above the error).
 */
#ifndef KEEL_REQUIRE_ALLOC_H
#define KEEL_REQUIRE_ALLOC_H

#include <keel/config.h>

#if !KL_HAVE_ALLOC
#if KL_PROFILE_BARE
#error "this keel header needs the alloc profile or above, but this keel is the bare profile: configure keel --with-profile=alloc (or use pkg-config keel-alloc)"
#else
#error "this keel header needs the alloc profile or above, which this keel is not"
#endif
#endif

#endif /* KEEL_REQUIRE_ALLOC_H */
