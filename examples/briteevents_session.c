/* BriteEvents quick start, the flow of the vendor's Python library in C: a client made once, a
 * session per unit of work, events published verbosely (action, entity, JSON data) or through
 * typed shortcuts in either word order, sent together by a flush when the work succeeded; a
 * unit of work that failed discards its events and publishes nothing.
 *
 *   briteevents_session [base URL]     (make demo runs it against Prism serving spec/briteevents) */
#include <stdio.h>
#include <stdlib.h>

#include <briteevents/briteevents.h>

/* Events that fail for good land here (a file is the usual choice: see apic/dead_letter.h). */
static int report_dead_letter(void *ctx, const apic_dead_letter_record *r)
{
    (void)ctx;
    fprintf(stderr, "dead letter: event %s: %s\n", r->idempotency_key, r->error);
    return 0;
}

/* A user's request: the policy is created and bound, its holder registered, a payment taken. */
static int sell_policy(briteevents_client *client)
{
    briteevents_error err = {0};
    briteevents_session *session = NULL;
    if (briteevents_user_session(client, "u-17", "job-7f3a9c", 0, &session, &err) != 0) {
        fprintf(stderr, "session: %s\n", err.message);
        return 1;
    }
    /* Verbose: action, entity and the data as JSON, checked against the topic's schema. */
    int rc = briteevents_session_publish(session, "Created", "Policy",
                                         "{\"policy_id\":\"POL-1001\",\"product\":\"home\",\"premium\":125000,"
                                         "\"currency\":\"USD\",\"effective_date\":\"2026-12-01\"}", &err);
    /* Shortcuts: the action first ... */
    briteevents_policy_bound_data bound = {.policy_id = "POL-1001", .bound_at = "2026-11-23T06:18:45.123Z"};
    if (rc == 0) rc = briteevents_session_bound_policy(session, &bound, &err);
    /* ... or the entity first, also for an entity of two words. */
    briteevents_policy_holder_created_data holder = {
        .holder_id = "PH-501", .kind = {BRITEEVENTS_POLICY_HOLDER_CREATED_DATA_KIND_PERSON, NULL},
        .name = "Jane Doe", .country = "US"};
    if (rc == 0) rc = briteevents_session_policy_holder_created(session, &holder, &err);
    briteevents_payment_received_data payment = {
        .payment_id = "PAY-9001", .policy_id = "POL-1001", .amount = 125000, .currency = "USD",
        .method = {BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_CARD, NULL}};
    if (rc == 0) rc = briteevents_session_received_payment(session, &payment, &err);
    if (rc == 0) {
        size_t held = briteevents_session_pending(session);
        rc = briteevents_session_flush(session, &err); /* one batch request */
        if (rc == 0) printf("user session: %zu events published in one batch (HTTP %d)\n", held, err.http_status);
    }
    if (rc != 0) fprintf(stderr, "user session: %s\n", err.message);
    briteevents_error_clear(&err);
    briteevents_session_free(session);
    return rc != 0;
}

/* A nightly job a service runs on its own: it fails half-way, so nothing it published is sent. */
static int renew_policies(briteevents_client *client)
{
    briteevents_error err = {0};
    briteevents_session *session = NULL;
    if (briteevents_service_session(client, "renewals-2026-11-23", 0, &session, &err) != 0) {
        fprintf(stderr, "session: %s\n", err.message);
        return 1;
    }
    char *changed[] = {"premium"};
    briteevents_policy_updated_data renewed = {.policy_id = "POL-0042", .changed = {changed, 1},
                                               .has_premium = true, .premium = 98000};
    int rc = briteevents_session_policy_updated(session, &renewed, &err);
    /* A topic the definitions do not have is refused before anything is held. */
    if (rc == 0 && briteevents_session_publish(session, "Renewed", "Policy", "{\"policy_id\":\"POL-0042\"}", &err) != 0) {
        printf("service session: refused: %s\n", err.message);
    }
    /* The job fails here (say, the rating service is down): its events must not be published. */
    printf("service session: the job failed; %zu held event(s) discarded, none sent\n", briteevents_session_discard(session));
    briteevents_error_clear(&err);
    briteevents_session_free(session);
    return rc != 0;
}

int main(int argc, char **argv)
{
    apic_dead_letter dead_letters = {.callback = report_dead_letter};
    briteevents_config cfg = BRITEEVENTS_CONFIG_INIT;
    if (argc > 1) cfg.base_url = argv[1];
    cfg.token = getenv("BRITEEVENTS_TOKEN") != NULL ? getenv("BRITEEVENTS_TOKEN") : "demo-token";
    cfg.event_source = "policy-service"; /* the service name every event carries */
    cfg.dead_letter = &dead_letters;

    briteevents_client *client = NULL; /* made once, shared by every session */
    briteevents_error err = {0};
    if (briteevents_client_new(&cfg, &client, &err) != 0) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    int failed = sell_policy(client) + renew_policies(client);
    briteevents_client_free(client);
    return failed != 0;
}
