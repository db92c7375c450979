/* Moving a recorded URL to another base URL, as a dead-letter replay to another server does. */
#ifndef APIC_HTTP_URL_REBASE_H
#define APIC_HTTP_URL_REBASE_H

#include "apic/buf.h"

/* Appends to out the URL url would be under new_base: when url starts with old_base (at a path,
 * query or end boundary), new_base followed by the rest; otherwise url's path and query after
 * the scheme, host and port of new_base. old_base may be NULL. Returns 0 or APIC_E_NOMEM. */
int apic_url_rebase(const char *url, const char *old_base, const char *new_base, apic_buf *out);

#endif
