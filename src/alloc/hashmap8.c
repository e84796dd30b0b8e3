/* The hash map core over 8-byte portable (SWAR) groups: the core of every
 * target without SSE2, and of KL_HASHMAP_PORTABLE maps everywhere. */
#define KL_HASHMAP_GROUP 8
#include "internal/hashmap_core.h"
