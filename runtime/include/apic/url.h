/**
 * @file apic/url.h
 * @brief URL building: percent-encoding and parameter serialisation per OpenAPI style/explode.
 */
#ifndef APIC_URL_H
#define APIC_URL_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "error.h"
#include "operation.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Appends s percent-encoded: RFC 3986 unreserved characters (A-Z a-z 0-9 - . _ ~) are
 * kept; with allow_reserved, the reserved set `:/?#[]@!$&'()*+,;=` is kept too; every
 * other byte becomes %XX (upper-case hex). Returns 0 or APIC_E_NOMEM.
 */
int apic_url_encode(apic_buf *out, const char *s, size_t len, bool allow_reserved);

/**
 * Builds the URL of an operation: base_url + path template with path parameters
 * substituted, then the query string, appended to url_out. Header and cookie parameters
 * are returned in a new array *headers_out of "Name: value" lines (owned strings, count in
 * *n_headers_out; cookies share one "Cookie" line; NULL when there are none).
 * Returns 0, APIC_E_VALIDATION (a required parameter is absent, or a header value holds a
 * line break; named in err), APIC_E_ENCODE (a value with no parameter form: nested objects,
 * NaN, an enum with neither value nor text) or APIC_E_NOMEM. On failure url_out is restored
 * to its previous length.
 */
int apic_url_build(const char *base_url, const apic_operation *op, const void *params, apic_buf *url_out,
                   char ***headers_out, size_t *n_headers_out, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
