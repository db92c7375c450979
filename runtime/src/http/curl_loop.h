/* libcurl's multi interface driven by events: the sockets curl wants watched and the time it
 * wants to be woken, kept here so that either the built-in poll() loop or the program's own
 * event loop (told through a watch function) can wait on them; and a pipe that wakes whichever
 * waits, from any thread. Finished transfers are reported through done(), after curl's calls
 * have returned (so that done() may add and remove transfers). One thread drives a loop. */
#ifndef APIC_HTTP_CURL_LOOP_H
#define APIC_HTTP_CURL_LOOP_H

#include <curl/curl.h>
#include <stdbool.h>

typedef struct apic_curl_loop apic_curl_loop;

/* What to watch a file descriptor for (the values of apic/async.h's enum apic_async_watch). */
enum { APIC_LOOP_IN = 1, APIC_LOOP_OUT = 2 };

/* A transfer ended (it is out of the multi handle already): xfer is what was added with it. */
typedef void (*apic_curl_loop_done)(void *ctx, void *xfer, CURLcode cc);
/* Forwards curl's interest in fd (APIC_LOOP_IN/OUT mask, 0 = none) to the program's loop. */
typedef void (*apic_curl_loop_watch)(void *ctx, int fd, int events);

/* NULL when out of memory (or no pipe). watch may be NULL: only the built-in poll then. The
 * wake pipe is announced through watch at once. */
apic_curl_loop *apic_curl_loop_new(apic_curl_loop_done done, apic_curl_loop_watch watch, void *ctx);
/* Stops watching everything (through watch) and frees the loop; no transfer may be in it. */
void apic_curl_loop_free(apic_curl_loop *l);

/* Adds a configured easy handle; 0, or curl's error. */
CURLMcode apic_curl_loop_add(apic_curl_loop *l, CURL *h, void *xfer);
/* Takes a running transfer out (its connection is closed if half-used); done() is not called. */
void apic_curl_loop_remove(apic_curl_loop *l, CURL *h);

/* fd (a socket curl asked for, or the wake pipe) is ready for events. Returns true when it was
 * the wake pipe (drained now). */
bool apic_curl_loop_socket(apic_curl_loop *l, int fd, int events);
/* curl's timer, when it is due (monotonic ms; -1: none). */
long long apic_curl_loop_due(const apic_curl_loop *l);
/* Lets curl act on its timer, if it is due. */
void apic_curl_loop_timeout(apic_curl_loop *l);
/* The built-in loop: waits up to ms (0: not at all, -1: no limit) for a watched fd and acts on
 * those that are ready. Returns true when the wake pipe was among them. */
bool apic_curl_loop_poll(apic_curl_loop *l, long ms);

/* Wakes the thread waiting on the loop; from any thread. */
void apic_curl_loop_wake(apic_curl_loop *l);

#endif
