/* keel/require/hosted.h -- a module of the hosted layer is being included.
 *
 * Every public header of the hosted layer includes this first.  In a keel
 * built as a lower profile it stops the compile with an error naming the
 * profile the header needs and the profile in use (the compiler shows which
 * header was included, just above the error).
 */
#ifndef KEEL_REQUIRE_HOSTED_H
#define KEEL_REQUIRE_HOSTED_H

#include <keel/config.h>

#if !KL_HAVE_OS
#if KL_PROFILE_BARE
#error "this keel header needs the hosted profile or above, but this keel is the bare profile: configure keel --with-profile=hosted (or use pkg-config keel-hosted)"
#elif KL_PROFILE_ALLOC
#error "this keel header needs the hosted profile or above, but this keel is the alloc profile: configure keel --with-profile=hosted (or use pkg-config keel-hosted)"
#else
#error "this keel header needs the hosted profile or above, which this keel is not"
#endif
#endif

#endif /* KEEL_REQUIRE_HOSTED_H */
