/**
 * @file apic/async.h
 * @brief Calls that do not block: start any operation with a callback, drive them from one thread.
 *
 * apic_call_async() starts a call and returns at once; its callback runs later, exactly once,
 * with what the blocking apic_call_with() would have returned: the status, the decoded result
 * and the error. Everything the blocking path does holds, from the same code: authentication
 * and signing (anew for each attempt), idempotency keys, retries with backoff and Retry-After
 * (waited as timers, never a sleep), per-call deadlines, the answer cache, dead letters, logging
 * and redaction.
 *
 * The calls of a client are driven by one thread at a time, the loop thread, in one of two ways:
 *  - the built-in loop: apic_async_run() waits on the sockets (poll()) and timers until no call
 *    is left or a time limit passes;
 *  - the program's own event loop (epoll, libuv, libevent): apic_async_configure() with
 *    apic_async_hooks; the client says which file descriptors to watch and when to wake it, and
 *    the loop calls apic_async_socket_ready() and apic_async_timeout() (the shape of libcurl's
 *    CURLMOPT_SOCKETFUNCTION and CURLMOPT_TIMERFUNCTION). examples/esauti_async_libuv.c does so.
 * The SDK creates no thread for this: transfers run on libcurl's multi interface, inside those
 * functions.
 *
 * Threads:
 *  - apic_call_async() may be called from any thread, the loop's own callbacks included; a call
 *    started from another thread is handed to the loop thread, which it wakes (through a pipe
 *    the hooks are asked to watch, or that apic_async_run() polls).
 *  - apic_async_run(), apic_async_socket_ready(), apic_async_timeout() and apic_async_cancel()
 *    are for the loop thread only, never two at once.
 *  - Callbacks run on the loop thread, inside those functions. A callback may start calls, cancel
 *    other calls, and free the client (apic_client_free()): the calls still pending are then
 *    cancelled (each callback called once, with APIC_E_CANCELLED) and the function that ran the
 *    callback frees the client as it returns, and touches it no more. Until then the hooks may
 *    still be called (to stop watching the client's descriptors): keep what they use alive until
 *    that function has returned.
 *  - apic_client_free() from the loop thread (not from another one while the loop runs)
 *    cancels the calls still pending in the same way.
 * The blocking functions remain usable on the same client from any thread meanwhile.
 *
 * A client's custom transport (apic_config.transport) has no non-blocking form: with one, each
 * attempt is sent by that transport's send() on the loop thread, which waits for it.
 */
#ifndef APIC_ASYNC_H
#define APIC_ASYNC_H

#include <stddef.h>

#include "client.h"
#include "error.h"
#include "export.h"
#include "operation.h"
#include "request.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A started call; valid until its callback starts (then it is freed). */
typedef struct apic_async_call apic_async_call;

/**
 * Completion of a call: called once, on the loop thread.
 * @param user_data as given to apic_call_async()
 * @param rc        0, or what the blocking call would have returned (an apic_status);
 *                  APIC_E_CANCELLED when the call was cancelled (apic_async_cancel(), or the
 *                  client freed first)
 * @param result    on success, the decoded answer as the blocking call's *out would hold it
 *                  (the callback owns it: free it as the blocking call's result); else NULL
 * @param err       the call's error, as the blocking call fills it (kind, message, HTTP status,
 *                  attempts, the body of a failed answer); valid until the callback returns
 */
typedef void (*apic_async_callback)(void *user_data, int rc, void *result, apic_error *err);

/** How to watch a file descriptor: a mask of these; 0 = stop watching it. */
enum apic_async_watch {
    APIC_ASYNC_IN = 1,  /**< wait until it is readable */
    APIC_ASYNC_OUT = 2  /**< wait until it is writable */
};

/** What the client asks of the program's event loop. */
typedef struct apic_async_hooks {
    /**
     * Watch fd for events (a mask of enum apic_async_watch; 0 = stop watching fd, which may be
     * closed next) and call apic_async_socket_ready() when it is ready. Called on the loop thread,
     * from inside the apic_async_* functions and apic_call_async(); must not call them back.
     */
    void (*watch)(void *ctx, int fd, int events);
    /**
     * Call apic_async_timeout() once, ms milliseconds from now (0: as soon as possible, from the
     * loop rather than from inside this hook); ms -1: no timer is wanted. Replaces the timer
     * asked for before. Called on the loop thread as watch() is.
     */
    void (*timer)(void *ctx, long ms);
    /** Passed unchanged as the hooks' first argument. */
    void *ctx;
} apic_async_hooks;

/** Settings of a client's asynchronous calls. Zero means the default. */
typedef struct apic_async_options {
    /**
     * Most calls in flight at once (sending, or waiting to retry); the calls started beyond it
     * wait, in the order they were started, for one of those to end. 0 = 64; at most 100000.
     */
    size_t max_in_flight;
    /** The program's event loop; NULL members: apic_async_run() drives the calls. */
    apic_async_hooks hooks;
} apic_async_options;

/**
 * Configures the client's asynchronous calls; optional (without it: 64 in flight, driven by
 * apic_async_run()). Call it before the first apic_call_async() on the client.
 * @return 0; APIC_E_ARG (client NULL, only one of watch and timer set); APIC_E_CONFIG
 *         (max_in_flight over 100000); APIC_E_STATE (a call was started before);
 *         APIC_E_NOMEM
 */
APIC_EXPORT int apic_async_configure(apic_client *client, const apic_async_options *opts, apic_error *err);

/**
 * Starts a call: apic_call_with(client, op, params, body, opts, ...) that returns at once. params,
 * body and opts are read before this returns (the request is built here: a value that breaks
 * the schema fails now), except for opts->response_header and opts->response_header_value,
 * which must stay valid until the callback. Nothing is sent before the loop thread runs.
 * @param client    the client; its loop thread runs the call
 * @param op        the operation (a generated SDK's `<prefix>_<op>_op`)
 * @param params    its parameters, as for apic_call_with(); may be NULL when none is required
 * @param body      its body, as for apic_call_with()
 * @param opts      per-call options (retry policy, timeouts, idempotency key, ...); may be NULL
 * @param cb        required; called exactly once, later, on the loop thread (never from inside
 *                  this function) when the call returns 0
 * @param user_data passed to cb
 * @param call      receives the call's handle for apic_async_cancel(); may be NULL
 * @param err       why the call could not start; may be NULL
 * @return 0 (cb will be called); otherwise cb is never called and err says why: APIC_E_ARG,
 *         APIC_E_VALIDATION, APIC_E_ENCODE (the blocking call's refusals), APIC_E_STATE (the client
 *         is being freed), APIC_E_NOMEM
 */
APIC_EXPORT int apic_call_async(apic_client *client, const apic_operation *op, const void *params, const void *body,
                                const apic_request_options *opts, apic_async_callback cb, void *user_data,
                                apic_async_call **call, apic_error *err);

/** Any function pointer, for generated SDKs: their callbacks are typed. */
typedef void (*apic_async_fn)(void);
/** Calls a generated SDK's typed callback (typed) with the outcome of a call. */
typedef void (*apic_async_adapter)(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err);

/**
 * apic_call_async() for generated SDKs: on completion adapter(typed, user_data, ...) is called
 * instead of a callback, so that each operation's callback can have its typed result.
 */
APIC_EXPORT int apic_call_async_adapted(apic_client *client, const apic_operation *op, const void *params,
                                        const void *body, const apic_request_options *opts, apic_async_adapter adapter,
                                        apic_async_fn typed, void *user_data, apic_async_call **call, apic_error *err);

/**
 * Cancels a call whose callback has not started: its transfer stops (nothing more of it is
 * sent), a wait to retry ends, and its callback is called before this returns, with
 * APIC_E_CANCELLED. A cancelled call is not dead-lettered: its caller knows. A call that has
 * completed and whose callback is about to run (in the same pass of the loop) keeps its outcome:
 * its callback runs before this returns, with it. Loop thread only.
 * @return 0; APIC_E_ARG (call NULL)
 */
APIC_EXPORT int apic_async_cancel(apic_async_call *call);

/**
 * The built-in loop: drives the client's calls until none is left or timeout_ms passes (-1: no
 * limit; 0: what is ready now, without waiting). Callbacks run inside it. Not with hooks.
 * @return the number of calls still pending (0: idle), or APIC_E_ARG (client NULL), APIC_E_STATE
 *         (hooks are configured, or the client was freed by a callback: then nothing is left)
 */
APIC_EXPORT int apic_async_run(apic_client *client, long timeout_ms);

/** With hooks: fd, watched through watch(), is ready for events (a mask of enum apic_async_watch). */
APIC_EXPORT void apic_async_socket_ready(apic_client *client, int fd, int events);
/** With hooks: the timer asked for through timer() has expired. */
APIC_EXPORT void apic_async_timeout(apic_client *client);

/** The calls started and not yet completed (queued, sending or waiting to retry). */
APIC_EXPORT size_t apic_async_pending(const apic_client *client);

#ifdef __cplusplus
}
#endif
#endif
