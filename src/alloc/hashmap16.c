/* The hash map core over 16-byte SSE2 groups, the default where the
 * compiler targets SSE2 (every x86-64).  keel/hashmap.h decides the
 * group width for every program, so this file asks it; elsewhere the
 * file is empty and programs use the 8-byte core of hashmap8.c. */
#include <keel/hashmap.h>
#if KL_HASHMAP_GROUP == 16
#include "internal/hashmap_core.h"
#endif
