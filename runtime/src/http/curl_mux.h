/* Multiplexing for the libcurl transport: one thread drives a curl multi handle, so that transfers
 * from every thread share its connections (HTTP/2 streams over one connection). */
#ifndef APIC_HTTP_CURL_MUX_H
#define APIC_HTTP_CURL_MUX_H

#include <curl/curl.h>

typedef struct apic_curl_mux apic_curl_mux;

/* Starts the thread; NULL when out of memory or no thread can be made. */
apic_curl_mux *apic_curl_mux_new(void);

/* Runs the configured easy handle h to completion on the mux's thread and returns its result;
 * the caller waits. In a fork()ed child (the thread is the parent's) h runs on the calling
 * thread. */
CURLcode apic_curl_mux_perform(apic_curl_mux *m, CURL *h);

/* Stops the thread (no transfer may be running) and frees everything. NULL is a no-op. */
void apic_curl_mux_free(apic_curl_mux *m);

#endif
