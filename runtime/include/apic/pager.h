/**
 * @file apic/pager.h
 * @brief Iterating over every item of a paginated list, fetching pages as they are needed.
 *
 * A generated SDK gives each list operation whose pagination it recognised an iterator:
 * `<op>_iter_new(client, params, &it, &err)`, `<op>_iter_next(it, &item, &err)` (1 with an item,
 * 0 at the end, negative on an error) and `<op>_iter_free(it)`, all built on the functions here.
 * The shapes real APIs use:
 *
 * | style               | request                        | next page                                   |
 * |---------------------|--------------------------------|---------------------------------------------|
 * | APIC_PAGE_OFFSET    | offset (+ limit)               | offset + items received; a short page, an empty one or the total ends it |
 * | APIC_PAGE_NUMBER    | page (+ per_page)              | page + 1; an empty or short page or the last page number ends it |
 * | APIC_PAGE_CURSOR    | cursor / starting_after        | the response's next cursor, or the last item's id (with has_more) |
 * | APIC_PAGE_NEXT_URL  | (first page: the parameters)   | the URL in the response; none ends it |
 * | APIC_PAGE_LINK      | (first page: the parameters)   | RFC 8288 `Link: <url>; rel="next"`; none ends it |
 *
 * A `has_more` member that says false ends any style. A page that fails is reported by
 * apic_pager_next() with the items before it already delivered; calling it again asks for the
 * same page again. A server that answers the same cursor or URL twice is stopped
 * (APIC_E_DECODE) rather than followed round forever.
 */
#ifndef APIC_PAGER_H
#define APIC_PAGER_H

#include <stddef.h>

#include "client.h"
#include "error.h"
#include "export.h"
#include "operation.h"

#ifdef __cplusplus
extern "C" {
#endif

/** How the next page is asked for (the table above). */
typedef enum apic_page_style {
    APIC_PAGE_OFFSET = 1, /**< an offset parameter, advanced by the items received */
    APIC_PAGE_NUMBER,     /**< a page-number parameter, advanced by one */
    APIC_PAGE_CURSOR,     /**< a cursor parameter, from the response or the last item */
    APIC_PAGE_NEXT_URL,   /**< the next page's URL in a response member */
    APIC_PAGE_LINK        /**< the next page's URL in the `Link` response header (rel="next") */
} apic_page_style;

/** Where an operation's pagination lives: names of parameters and members (JSON names; total,
 *  has_more and next may be dotted paths through member objects, e.g. "meta.next_page_url"). */
typedef struct apic_pagination {
    apic_page_style style; /**< how the next page is asked for */
    /** Response member holding the page's items (an array); NULL: the response is the array. */
    const char *items;
    /** Parameter advanced for the next page: the offset, page number or cursor; NULL for
     *  APIC_PAGE_NEXT_URL and APIC_PAGE_LINK. */
    const char *param;
    /** Parameter giving the page size (limit, per_page); a page with fewer items is the last. NULL: none. */
    const char *size_param;
    /** Response member with the total number of items (offset) or of pages (number); NULL: none. */
    const char *total;
    /** Response member saying whether more pages follow (a boolean); NULL: none. */
    const char *has_more;
    /** Response member with the next cursor (APIC_PAGE_CURSOR) or URL (APIC_PAGE_NEXT_URL);
     *  NULL with APIC_PAGE_CURSOR: the last item's item_cursor member is the next cursor. */
    const char *next;
    /** APIC_PAGE_CURSOR without next: the item member whose value is the cursor, e.g. "id". */
    const char *item_cursor;
    /** APIC_PAGE_NUMBER: the number of the page the API answers when the parameters leave it
     *  unset: 1 for most APIs, 0 for those that count from zero. */
    long first_page;
} apic_pagination;

/** An iteration in progress (opaque). */
typedef struct apic_pager apic_pager;

/**
 * Starts iterating over op's items. params is copied shallowly: what it points to (strings,
 * arrays) must stay valid until apic_pager_free(). Nothing is sent before the first
 * apic_pager_next(). Returns 0, APIC_E_ARG (a missing argument, or a pagination that names a
 * parameter or member op does not have, named in err) or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_pager_new(apic_client *client, const apic_operation *op, const apic_pagination *pagination,
                               const void *params, apic_pager **out, apic_error *err);

/**
 * The next item: returns 1 with *item pointing at it (inside the current page, valid until the
 * next call or apic_pager_free()), 0 when every item has been delivered, or a negative status
 * with err filled (the page that failed is asked for again by the next call).
 */
APIC_EXPORT int apic_pager_next(apic_pager *it, const void **item, apic_error *err);

/** Pages fetched so far. */
APIC_EXPORT size_t apic_pager_pages(const apic_pager *it);

/** Frees the iterator and the page it holds. NULL is a no-op. */
APIC_EXPORT void apic_pager_free(apic_pager *it);

#ifdef __cplusplus
}
#endif
#endif
