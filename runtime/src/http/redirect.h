/* Redirects, followed by the call loop rather than by libcurl: curl would send every header of
 * the request, credentials included, wherever a server points. Here: where a redirect goes, and
 * whether that is still the origin the credentials were meant for. */
#ifndef APIC_HTTP_REDIRECT_H
#define APIC_HTTP_REDIRECT_H

#include <stdbool.h>
#include <stddef.h>

#include "apic/error.h"
#include "apic/transport.h"

/* Whether status is a redirect that may be followed: 301, 302, 303, 307 or 308. */
bool apic_redirect_status(int status);

/* The method of the next request after status answered method (a 303, and a 301 or 302 answering
 * a POST, become a GET; HEAD stays HEAD), and whether the body goes along. */
const char *apic_redirect_method(int status, const char *method, bool *keep_body);

/* location (a Location header) resolved against url, the request it answered (RFC 3986 section
 * 5), as a new string in *out: its fragment and any user:password@ dropped. Returns 0;
 * APIC_E_NOMEM; APIC_E_HTTP when it is no http(s) URL (err says so). */
int apic_redirect_target(const char *url, const char *location, char **out, apic_error *err);

/* Whether URLs a and b have the same origin: scheme, host (case-insensitively) and port (a
 * missing port counting as its scheme's). false when either cannot be parsed. */
bool apic_same_origin(const char *a, const char *b);

/* Whether a header carries credentials whatever scheme added it: Authorization,
 * Proxy-Authorization, Cookie. */
bool apic_header_is_credential(const char *name);

#endif
