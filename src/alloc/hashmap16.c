/* The hash map core over 16-byte SSE2 groups, the default where the
 * compiler targets SSE2 (every x86-64); elsewhere this file is empty and
 * keel/hashmap.h picks the 8-byte core of hashmap8.c. */
#if defined(__SSE2__)
#define KL_HASHMAP_GROUP 16
#include "internal/hashmap_core.h"
#endif
