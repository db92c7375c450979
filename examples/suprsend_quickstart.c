/* SuprSend quick start: trigger a workflow with a file attached, track an event, against a local
 * server.
 *
 *   suprsend_quickstart BASE_URL FILE     (make demo passes Prism serving spec/suprsend/openapi.yaml
 *                                          as its overlays leave it, and a small PDF)
 *
 * Both requests are checked before anything is sent: a missing file, an idempotency key over 255
 * characters or a delay that is no duration stops the call with a sentence naming it. Workspaces
 * that still sign requests with their key and secret use suprsend_use_workspace_signature()
 * instead of cfg.token (suprsend/workspace_signature.h). */
#include <stdio.h>
#include <string.h>

#include <suprsend/suprsend.h>

static int fail(const char *what, const suprsend_error *err)
{
    fprintf(stderr, "%s: %s\n", what, err->message);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: %s BASE_URL FILE\n", argv[0]);
        return 2;
    }
    suprsend_config cfg = SUPRSEND_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.token = "YOUR_API_KEY"; /* Authorization: Bearer */
    suprsend_client *client = NULL;
    suprsend_error err = {0};
    if (suprsend_client_new(&cfg, &client, &err) != 0) return fail("client", &err);

    /* A workflow for one user, with the invoice attached: its type comes from its content. */
    const char *to[] = {"user-42", NULL};
    suprsend_attachment invoice[] = {{argv[2], "invoice.pdf", false}};
    suprsend_workflow_trigger t;
    memset(&t, 0, sizeof t);
    t.workflow = "invoice-ready";
    t.recipient_ids = to;
    t.data = "{\"amount\": \"$49\", \"due\": \"2026-12-01\"}";
    t.idempotency_key = "invoice-INV-7781";
    t.tenant_id = "acme";
    t.attachments = invoice;
    t.n_attachments = 1;
    suprsend_trigger_workflow_api_response *res = NULL;
    if (suprsend_trigger(client, &t, &res, &err) != 0) return fail("trigger", &err);
    printf("trigger: HTTP %d, status %s\n", err.http_status, res->status != NULL ? res->status : "(none)");
    suprsend_trigger_workflow_api_response_free(res);

    /* Refused before sending, each naming what is wrong. */
    t.delay = "2h1d"; /* hours before days: not a duration */
    printf("refused: %s\n", suprsend_trigger(client, &t, NULL, &err) != 0 ? err.message : "(sent)");
    t.delay = NULL;
    suprsend_attachment missing[] = {{"no-such-invoice.pdf", NULL, false}};
    t.attachments = missing;
    printf("refused: %s\n", suprsend_trigger(client, &t, NULL, &err) != 0 ? err.message : "(sent)");

    /* An event, which workflows triggered by it receive with its properties. */
    suprsend_event e;
    memset(&e, 0, sizeof e);
    e.distinct_id = "user-42";
    e.event = "invoice_paid";
    e.properties = "{\"invoice\": \"INV-7781\", \"amount\": \"$49\"}";
    e.idempotency_key = "paid-INV-7781";
    e.tenant_id = "acme";
    if (suprsend_track(client, &e, &err) != 0) return fail("track", &err);
    printf("track: HTTP %d\n", err.http_status);
    suprsend_error_clear(&err);
    suprsend_client_free(client);
    return 0;
}
