/* apic_call and its kin: the blocking driver of a call's steps (call_run.h). It sends on the
 * calling thread and sleeps between attempts (or waits through the thread's retry waiter). */
#include <stdlib.h>

#include "base/clock.h"
#include "delivery/call_internal.h"
#include "delivery/call_run.h"
#include "delivery/client_internal.h"

_Thread_local apic_retry_waiter apic_thread_retry_waiter;

/* The wait before a retry; false when this thread's waiter gave up (the call then fails). */
static bool wait_to_retry(long ms)
{
    const apic_retry_waiter *w = &apic_thread_retry_waiter;
    if (w->wait != NULL) return w->wait(w->ctx, ms);
    apic_sleep_ms(ms);
    return true;
}

static int call(apic_client *client, const apic_operation *op, const void *params, const void *body,
                const apic_request_options *opts, bool may_dead_letter, apic_run_stream *st, void **out, apic_error *err)
{
    /* Every step may write to err, so a caller passing NULL gets a scratch one. */
    apic_error scratch = {0};
    if (err == NULL) err = &scratch;
    apic_call_run run;
    apic_run_open(&run, client, op, params, body, opts, may_dead_letter, st, out, err);
    while (run.step != APIC_RUN_DONE) {
        if (run.step == APIC_RUN_SEND) {
            int rc = client->transport.send(client->transport.ctx, &run.req, &run.res, err);
            apic_run_sent(&run, rc);
        } else if (run.wait_ms == 0 || wait_to_retry(run.wait_ms)) {
            apic_run_waited(&run);
        } else {
            apic_run_stop(&run, 0, " (retry abandoned: the caller stopped waiting)");
        }
    }
    int rc = apic_run_close(&run);
    apic_error_clear(&scratch);
    return rc;
}

int apic_call(apic_client *client, const apic_operation *op, const void *params, const void *body, void **out,
              apic_error *err)
{
    return call(client, op, params, body, NULL, true, NULL, out, err);
}

int apic_call_with(apic_client *client, const apic_operation *op, const void *params, const void *body,
                   const apic_request_options *opts, void **out, apic_error *err)
{
    return call(client, op, params, body, opts, true, NULL, out, err);
}

int apic_call_internal(apic_client *client, const apic_operation *op, const void *params, const void *body,
                       const apic_request_options *opts, bool may_dead_letter, void **out, apic_error *err)
{
    return call(client, op, params, body, opts, may_dead_letter, NULL, out, err);
}

int apic_call_events(apic_client *client, const apic_operation *op, const void *params, const void *body,
                     const apic_request_options *opts, apic_sse_callback on_event, void *ctx, apic_error *err)
{
    if (on_event == NULL) return apic_error_set(err, APIC_E_ARG, "apic_call_events: on_event must not be NULL");
    apic_run_stream st;
    apic_run_stream_init(&st, on_event, ctx);
    int rc = call(client, op, params, body, opts, true, &st, NULL, err);
    apic_sse_clear(&st.parser);
    return rc;
}
