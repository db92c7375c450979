/**
 * @file apic/url.h
 * @brief URL building: percent-encoding and parameter serialisation per OpenAPI style/explode;
 * application/x-www-form-urlencoded bodies, written by the same serialiser.
 *
 * Percent-encoding is the same everywhere: RFC 3986 unreserved characters are kept and every
 * other byte becomes "%XX", so a space is always "%20", never "+" (form decoders read both,
 * and one encoder then serves query strings and form bodies alike).
 */
#ifndef APIC_URL_H
#define APIC_URL_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"
#include "export.h"
#include "operation.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Appends s percent-encoded: RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~) are
 * kept; with allow_reserved, the reserved set `:/?#[]@!$&'()*+,;=` is kept too; every
 * other byte becomes "%XX" (upper-case hex). Returns 0 or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_url_encode(apic_buf *out, const char *s, size_t len, bool allow_reserved);

/**
 * Builds the URL of an operation: base_url + path template with path parameters
 * substituted, then the query string, appended to url_out. Path parameters are always
 * percent-encoded ('/', '?', '#' and every reserved character included), so a value cannot
 * leave its segment; a segment that parameters make exactly "." or ".." is written "%2E" or
 * "%2E%2E", so it is not a dot-segment that clients and servers would remove with the one
 * before it ("/files/{name}" with ".." stays under /files/). Header and cookie parameters
 * are returned in a new array *headers_out of "Name: value" lines (owned strings, count in
 * *n_headers_out; cookies share one "Cookie" line; NULL when there are none).
 * Returns 0, APIC_E_VALIDATION (a required parameter is absent, or a header value holds a
 * line break; named in err), APIC_E_ENCODE (a value with no parameter form: nested objects,
 * NaN, an enum with neither value nor text) or APIC_E_NOMEM. On failure url_out is restored
 * to its previous length.
 */
APIC_EXPORT int apic_url_build(const char *base_url, const apic_operation *op, const void *params, apic_buf *url_out,
                               char ***headers_out, size_t *n_headers_out, apic_error *err);

/**
 * Appends an application/x-www-form-urlencoded body: the members of value (t is an object or
 * a map), each written by the query-parameter serialiser with its encoding fields[i] (parallel
 * to t's fields; NULL = style form, explode). Scalars give `name=value`; arrays `tag=a&tag=b`
 * (form, exploded), `tag=a,b`, `tag=a%20b` or `tag=a|b`; objects, with style deepObject, nest
 * in brackets as deep as they go, array items by index: `metadata[plan]=pro`,
 * `items[0][price]=p_1` (how Stripe, Rails and PHP read nested forms). Read-only members are
 * skipped, null ones left out (a form has no null), unknown members (raw JSON) not sent;
 * additionalProperties members are plain pairs.
 * Returns 0, APIC_E_VALIDATION (a required member is absent), APIC_E_ENCODE (a value with no
 * form encoding, such as an object inside a form-style member), APIC_E_ARG or APIC_E_NOMEM;
 * err names the member. On failure out is restored to its previous length.
 */
APIC_EXPORT int apic_form_encode(const apic_type *t, const void *value, const apic_body_field *fields, apic_buf *out,
                                 apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
