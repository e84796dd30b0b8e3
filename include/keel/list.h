/* keel/list.h -- intrusive doubly linked lists.  Layer: bare.
 *
 * A kl_list is a link embedded in the caller's struct; the list itself is
 * one more kl_list, the head, a sentinel that is never an element.  The
 * list allocates nothing, and every operation but kl_list_len is O(1).
 * From a link back to its struct with KL_CONTAINER_OF (Linux's list.h
 * is the model).
 *
 *     struct job { int id; kl_list link; };
 *     kl_list queue = KL_LIST_INIT(queue);
 *     kl_list_insert_tail(&queue, &job->link);
 *     struct job *j;
 *     KL_LIST_FOR_EACH_ENTRY(j, &queue, struct job, link) ...
 *
 * Debug builds (NDEBUG not defined where this header is used) poison a
 * removed link: its next and prev become KL_LIST_POISON_NEXT and
 * KL_LIST_POISON_PREV, distinct addresses no list uses, so a stale use
 * is recognisable; removing a link that is not in a list (a double
 * remove) panics, and so does removing a link whose neighbours do not
 * point back at it (a corrupted list).  With NDEBUG a removed link is
 * left as it was and these checks cost nothing.
 */
#ifndef KEEL_LIST_H
#define KEEL_LIST_H

#include <keel/base.h>
#include <keel/panic.h>

/* kl_list: a list head, or a link in a list. */
typedef struct kl_list {
    struct kl_list *next;
    struct kl_list *prev;
} kl_list;

/* KL_LIST_INIT(name): static initialiser of the empty list head `name`:
 *     kl_list jobs = KL_LIST_INIT(jobs); */
#define KL_LIST_INIT(name) { &(name), &(name) }

/* KL_LIST_POISON_NEXT, KL_LIST_POISON_PREV: what a removed link's next and
 * prev hold in debug builds. */
#define KL_LIST_POISON_NEXT ((kl_list *)(uintptr_t)0x100)
#define KL_LIST_POISON_PREV ((kl_list *)(uintptr_t)0x122)

/* KL_LIST_ENTRY(link, type, member): the struct `type` whose kl_list field
 * `member` is at link. */
#define KL_LIST_ENTRY(link, type, member) KL_CONTAINER_OF(link, type, member)

KL_BEGIN_DECLS

/* kl_list_init: make head an empty list (or a link that is in no list). */
KL_INLINE void kl_list_init(kl_list *head)
{
    head->next = head;
    head->prev = head;
}

/* kl_list_empty: true if the list at head has no elements. */
KL_INLINE bool kl_list_empty(const kl_list *head)
{
    return head->next == head;
}

/* kl_list_is_singular: true if the list at head has exactly one element. */
KL_INLINE bool kl_list_is_singular(const kl_list *head)
{
    return head->next != head && head->next == head->prev;
}

/* kl_list_first, kl_list_last: the first or last link of the list at
 * head, or NULL if it is empty. */
KL_INLINE kl_list *kl_list_first(const kl_list *head)
{
    return head->next != head ? head->next : NULL;
}

KL_INLINE kl_list *kl_list_last(const kl_list *head)
{
    return head->prev != head ? head->prev : NULL;
}

/* kl_list_next, kl_list_prev: the link after (before) link in the list at
 * head, or NULL if link is the last (first). */
KL_INLINE kl_list *kl_list_next(const kl_list *head, const kl_list *link)
{
    return link->next != head ? link->next : NULL;
}

KL_INLINE kl_list *kl_list_prev(const kl_list *head, const kl_list *link)
{
    return link->prev != head ? link->prev : NULL;
}

/* Link `link` between the adjacent links prev and next. */
KL_INLINE void kl__list_link(kl_list *link, kl_list *prev, kl_list *next)
{
    next->prev = link;
    link->next = next;
    link->prev = prev;
    prev->next = link;
}

/* kl_list_insert_after: put link (in no list) right after pos (the head:
 * at the front). */
KL_INLINE void kl_list_insert_after(kl_list *pos, kl_list *link)
{
    kl__list_link(link, pos, pos->next);
}

/* kl_list_insert_before: put link (in no list) right before pos (the
 * head: at the back). */
KL_INLINE void kl_list_insert_before(kl_list *pos, kl_list *link)
{
    kl__list_link(link, pos->prev, pos);
}

/* kl_list_insert_head: put link (in no list) at the front of head's list. */
KL_INLINE void kl_list_insert_head(kl_list *head, kl_list *link)
{
    kl__list_link(link, head, head->next);
}

/* kl_list_insert_tail: put link (in no list) at the back of head's list. */
KL_INLINE void kl_list_insert_tail(kl_list *head, kl_list *link)
{
    kl__list_link(link, head->prev, head);
}

/* Take link out of its list; in debug builds check it first. */
KL_INLINE void kl__list_unlink(kl_list *link)
{
#ifndef NDEBUG
    if (link->next == KL_LIST_POISON_NEXT || link->prev == KL_LIST_POISON_PREV)
        kl_panic("kl_list: removing a link that is in no list (removed twice?)");
    if (link->next->prev != link || link->prev->next != link)
        kl_panic("kl_list: corrupted list (a neighbour does not point back)");
#endif
    link->next->prev = link->prev;
    link->prev->next = link->next;
}

/* kl_list_remove: take link out of its list.  In debug builds link is
 * then poisoned, and panics if it was in no list.  Do not remove a head. */
KL_INLINE void kl_list_remove(kl_list *link)
{
    kl__list_unlink(link);
#ifndef NDEBUG
    link->next = KL_LIST_POISON_NEXT;
    link->prev = KL_LIST_POISON_PREV;
#endif
}

/* kl_list_remove_init: take link out of its list and make it an empty
 * list of its own (so kl_list_empty(link) is true, and removing it again
 * is harmless). */
KL_INLINE void kl_list_remove_init(kl_list *link)
{
    kl__list_unlink(link);
    kl_list_init(link);
}

/* kl_list_move_head: take link out of its list and put it at the front of
 * head's list (which may be the same list). */
KL_INLINE void kl_list_move_head(kl_list *head, kl_list *link)
{
    kl__list_unlink(link);
    kl_list_insert_head(head, link);
}

/* kl_list_move_tail: take link out of its list and put it at the back of
 * head's list (which may be the same list). */
KL_INLINE void kl_list_move_tail(kl_list *head, kl_list *link)
{
    kl__list_unlink(link);
    kl_list_insert_tail(head, link);
}

/* Put every element of the non-empty list `from` between prev and next. */
KL_INLINE void kl__list_splice(kl_list *from, kl_list *prev, kl_list *next)
{
    kl_list *first = from->next, *last = from->prev;
    first->prev = prev;
    prev->next = first;
    last->next = next;
    next->prev = last;
}

/* kl_list_splice_head: move every element of the list `from`, in order, to
 * the front of head's list; `from` is left empty.  from != head. */
KL_INLINE void kl_list_splice_head(kl_list *head, kl_list *from)
{
    if (!kl_list_empty(from)) {
        kl__list_splice(from, head, head->next);
        kl_list_init(from);
    }
}

/* kl_list_splice_tail: move every element of the list `from`, in order, to
 * the back of head's list; `from` is left empty.  from != head. */
KL_INLINE void kl_list_splice_tail(kl_list *head, kl_list *from)
{
    if (!kl_list_empty(from)) {
        kl__list_splice(from, head->prev, head);
        kl_list_init(from);
    }
}

/* kl_list_len: the number of elements of head's list (O(n)). */
KL_INLINE size_t kl_list_len(const kl_list *head)
{
    size_t n = 0;
    for (const kl_list *l = head->next; l != head; l = l->next)
        n++;
    return n;
}

/* KL_LIST_FOR_EACH(link, head): for each link (a kl_list *) of head's
 * list, front to back.  The body must not remove link (see _SAFE). */
#define KL_LIST_FOR_EACH(link, head)                                           \
    for ((link) = (head)->next; (link) != (head); (link) = (link)->next)

/* KL_LIST_FOR_EACH_REVERSE(link, head): the same, back to front. */
#define KL_LIST_FOR_EACH_REVERSE(link, head)                                   \
    for ((link) = (head)->prev; (link) != (head); (link) = (link)->prev)

/* KL_LIST_FOR_EACH_SAFE(link, tmp, head): front to back; the body may
 * remove (or move elsewhere) link, since its successor is fetched into tmp
 * (a kl_list *) first. */
#define KL_LIST_FOR_EACH_SAFE(link, tmp, head)                                 \
    for ((link) = (head)->next, (tmp) = (link)->next; (link) != (head);        \
         (link) = (tmp), (tmp) = (link)->next)

/* KL_LIST_FOR_EACH_REVERSE_SAFE(link, tmp, head): back to front; the body
 * may remove link. */
#define KL_LIST_FOR_EACH_REVERSE_SAFE(link, tmp, head)                         \
    for ((link) = (head)->prev, (tmp) = (link)->prev; (link) != (head);        \
         (link) = (tmp), (tmp) = (link)->prev)

/* The entry of link, or NULL when link is the head. */
#define KL__LIST_ENTRY_OR_NULL(link, head, type, member)                       \
    ((link) != (head) ? KL_CONTAINER_OF(link, type, member) : (type *)NULL)

/* KL_LIST_FOR_EACH_ENTRY(pos, head, type, member): for each element of
 * head's list, front to back, pos (a type *) pointing at the struct that
 * holds the link `member`.  The body must not remove pos. */
#define KL_LIST_FOR_EACH_ENTRY(pos, head, type, member)                        \
    for ((pos) = KL__LIST_ENTRY_OR_NULL((head)->next, head, type, member);     \
         (pos) != NULL;                                                        \
         (pos) = KL__LIST_ENTRY_OR_NULL((pos)->member.next, head, type, member))

/* KL_LIST_FOR_EACH_ENTRY_REVERSE(pos, head, type, member): the same, back
 * to front. */
#define KL_LIST_FOR_EACH_ENTRY_REVERSE(pos, head, type, member)                \
    for ((pos) = KL__LIST_ENTRY_OR_NULL((head)->prev, head, type, member);     \
         (pos) != NULL;                                                        \
         (pos) = KL__LIST_ENTRY_OR_NULL((pos)->member.prev, head, type, member))

/* KL_LIST_FOR_EACH_ENTRY_SAFE(pos, tmp, head, type, member): front to
 * back; the body may remove pos (tmp, a type *, holds the next element). */
#define KL_LIST_FOR_EACH_ENTRY_SAFE(pos, tmp, head, type, member)              \
    for ((pos) = KL__LIST_ENTRY_OR_NULL((head)->next, head, type, member),     \
        (tmp) = (pos) != NULL                                                  \
                    ? KL__LIST_ENTRY_OR_NULL((pos)->member.next, head, type, member) \
                    : NULL;                                                    \
         (pos) != NULL;                                                        \
         (pos) = (tmp),                                                        \
        (tmp) = (pos) != NULL                                                  \
                    ? KL__LIST_ENTRY_OR_NULL((pos)->member.next, head, type, member) \
                    : NULL)

/* KL_LIST_FOR_EACH_ENTRY_REVERSE_SAFE(pos, tmp, head, type, member): back
 * to front; the body may remove pos. */
#define KL_LIST_FOR_EACH_ENTRY_REVERSE_SAFE(pos, tmp, head, type, member)      \
    for ((pos) = KL__LIST_ENTRY_OR_NULL((head)->prev, head, type, member),     \
        (tmp) = (pos) != NULL                                                  \
                    ? KL__LIST_ENTRY_OR_NULL((pos)->member.prev, head, type, member) \
                    : NULL;                                                    \
         (pos) != NULL;                                                        \
         (pos) = (tmp),                                                        \
        (tmp) = (pos) != NULL                                                  \
                    ? KL__LIST_ENTRY_OR_NULL((pos)->member.prev, head, type, member) \
                    : NULL)

KL_END_DECLS

#endif /* KEEL_LIST_H */
