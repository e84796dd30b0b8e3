/* keel.h -- the facade: every module the configured profile has. */
#ifndef KEEL_H
#define KEEL_H

#include <keel/config.h>

/* bare */
#include <keel/atomic.h>
#include <keel/base.h>
#include <keel/error.h>
#include <keel/float.h>
#include <keel/fmt.h>
#include <keel/hash.h>
#include <keel/io.h>
#include <keel/list.h>
#include <keel/num.h>
#include <keel/panic.h>
#include <keel/rand.h>
#include <keel/rbtree.h>
#include <keel/ring.h>
#include <keel/slice.h>
#include <keel/spsc.h>
#include <keel/str.h>
#include <keel/time.h>
#include <keel/unicode.h>

#if KL_HAVE_ALLOC
#include <keel/alloc.h>
#include <keel/arena.h>
#include <keel/heap.h>
#include <keel/hashmap.h>
#include <keel/vec.h>
#endif

#if KL_HAVE_THREADS
#include <keel/sync.h>
#include <keel/thread.h>
#endif

#endif /* KEEL_H */
