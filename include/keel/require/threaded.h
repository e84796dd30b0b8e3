/* keel/require/threaded.h -- a module of the threaded layer is being included.
 *
 * Every public header of the threaded layer includes this first.  In a keel
 * built as a lower profile it stops the compile with an error naming the
 * profile the header needs and the profile in use (the compiler shows which
 * header was included, just above the error).
 */
#ifndef KEEL_REQUIRE_THREADED_H
#define KEEL_REQUIRE_THREADED_H

#include <keel/config.h>

#if !KL_HAVE_THREADS
#if KL_PROFILE_BARE
#error "this keel header needs the threaded profile or above, but this keel is the bare profile: configure keel --with-profile=threaded (or use pkg-config keel-threaded)"
#elif KL_PROFILE_ALLOC
#error "this keel header needs the threaded profile or above, but this keel is the alloc profile: configure keel --with-profile=threaded (or use pkg-config keel-threaded)"
#elif KL_PROFILE_HOSTED
#error "this keel header needs the threaded profile or above, but this keel is the hosted profile: configure keel --with-profile=threaded (or use pkg-config keel-threaded)"
#else
#error "this keel header needs the threaded profile or above, which this keel is not"
#endif
#endif

#endif /* KEEL_REQUIRE_THREADED_H */
