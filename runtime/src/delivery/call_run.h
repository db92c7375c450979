/* One logical call as a series of steps, shared by the blocking path (call.c, which sends and
 * sleeps in place) and the asynchronous one (async.c, which sends through a multi handle and
 * waits on timers): the request is built once; each attempt authenticates anew (signatures
 * carry a time), sends, may follow redirects, and its outcome decides: a result, an error for
 * good, or another attempt after a wait (apic/retry.h). A call that fails for good may go to
 * the dead-letter sink. The driver only moves bytes and time:
 *
 *   apic_run_open()       -> WAIT (0 ms: the first attempt) or DONE
 *   SEND: send run->req, filling run->res; apic_run_sent(rc)  -> SEND (a redirect), WAIT or DONE
 *   WAIT: wait run->wait_ms; apic_run_waited()                 -> SEND or DONE
 *   DONE: apic_run_close() -> the call's status; everything freed */
#ifndef APIC_DELIVERY_CALL_RUN_H
#define APIC_DELIVERY_CALL_RUN_H

#include <stdbool.h>

#include "apic/client.h"
#include "delivery/call_cache.h"
#include "http/outgoing.h"

/* An event stream being read (apic_call_events): the parser, fed by the transport as the body
 * arrives, and how many events the caller has seen, since a call is not retried after one. */
typedef struct apic_run_stream {
    apic_sse_parser parser;
    apic_body_sink sink;
    apic_sse_callback on_event;
    void *ctx;
    int delivered;
    bool nomem;
    size_t max_event; /* largest event (data, type and the line being read), in bytes */
    bool too_large;   /* an event passed max_event: the stream was stopped */
} apic_run_stream;

/* Time limits of one call: per attempt, and the deadline of all of them (0: none). */
typedef struct apic_run_limits {
    long timeout_ms;
    long connect_timeout_ms;
    long long deadline; /* monotonic milliseconds */
    size_t max_body;    /* largest response body (of a stream: event), in bytes */
    bool max_body_from_call; /* max_body is the call's option, not the client's */
} apic_run_limits;

typedef enum apic_run_step { APIC_RUN_SEND, APIC_RUN_WAIT, APIC_RUN_DONE } apic_run_step;

typedef struct apic_call_run {
    apic_client *c;
    const apic_operation *op;
    apic_request_options opts; /* a copy (zero when the call had none) */
    bool may_dead_letter;
    apic_run_stream *st; /* NULL unless the call reads an event stream */
    void **out;
    apic_error *err;
    apic_retry_policy pol;
    apic_run_limits lim;
    apic_call_cache cc;
    bool cache_open;
    apic_request o;
    bool prepared;
    bool repeatable; /* retrying cannot apply the request twice */
    char first_at[25];
    /* The exchange under way: what to send next, and what came back. */
    apic_http_request req;
    apic_http_response res;
    long long attempt_started;
    long long hop_started;
    const char *unfollowed; /* why a 3xx answer was not followed, for the message */
    /* The redirect chain of the attempt. */
    apic_header *hop_hdr;
    char *hop_url;
    bool foreign;
    bool hop_body;
    unsigned hops;
    /* Where the call is. */
    apic_run_step step;
    int rc;       /* at DONE */
    long wait_ms; /* at WAIT */
} apic_call_run;

/* Checks the call and builds its request; run->step is WAIT for 0 ms (the first attempt is
 * made by apic_run_waited()), or DONE (refused, offline, or answered from the cache). err may be NULL only when the driver has no use for it. */
void apic_run_open(apic_call_run *run, apic_client *c, const apic_operation *op, const void *params, const void *body,
                   const apic_request_options *opts, bool may_dead_letter, apic_run_stream *st, void **out,
                   apic_error *err);
/* The transport's status for run->req (run->res filled when 0), err->retryable as it left it
 * (true before sending). */
void apic_run_sent(apic_call_run *run, int rc);
/* The wait is over: the next attempt. */
void apic_run_waited(apic_call_run *run);
/* The driver stops the call where it is (a wait cut short, a cancellation): DONE with rc and
 * note added to the message; rc 0 keeps the last attempt's status. */
void apic_run_stop(apic_call_run *run, int rc, const char *note);
/* Ends the call at DONE: dead letter, logs, everything freed. Returns its status. */
int apic_run_close(apic_call_run *run);

/* The answer of a 2xx/other response into *out or err (call_answer.c). */
int apic_run_finish(const apic_operation *op, apic_http_response *res, apic_run_stream *st, void **out,
                    apic_error *err);
/* Copies the response header the caller asked for; false when out of memory. */
bool apic_run_copy_header(const apic_request_options *opts, const apic_http_response *res);
/* Sets up the stream of an apic_call_events() call. */
void apic_run_stream_init(apic_run_stream *st, apic_sse_callback on_event, void *ctx);
/* Starts the stream afresh for an attempt. */
void apic_run_stream_restart(apic_run_stream *st);

#endif
