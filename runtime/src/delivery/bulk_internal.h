/* A bulk request's framing, shared by apic_bulk_send() and sessions' batches. */
#ifndef APIC_DELIVERY_BULK_INTERNAL_H
#define APIC_DELIVERY_BULK_INTERNAL_H

#include "apic/buf.h"
#include "apic/bulk.h"

/* The body text before and after the records (lim's, or "[" and "]"). */
const char *apic_bulk_open(const apic_bulk_limits *lim);
const char *apic_bulk_close(const apic_bulk_limits *lim);

/* Appends the body of one request holding recs[0..n): open, the records joined by commas, close.
 * Returns 0 or APIC_E_NOMEM. */
int apic_bulk_body(const apic_bulk_limits *lim, const apic_bulk_record *recs, size_t n, apic_buf *out);

#endif
