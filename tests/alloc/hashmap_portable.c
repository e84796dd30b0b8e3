/* tests/alloc/hashmap.c over the portable 8-byte group (SWAR), which the
 * host would otherwise not run where it has SSE2. */
#define KL_HASHMAP_PORTABLE 1
#define KL_HM_SUITE "hashmap_portable"
#include "hashmap.c"
