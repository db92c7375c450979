/* BriteEvents topics of the insurance services: the topic table, how sessions send, and the publish functions. Generated; do not edit. */
#include <string.h>

#include "internal.h"

static const apic_topic_def briteevents_topic_defs[] = {
    {"policies", "Policy", "Created", &briteevents_policy_created_data_Type},
    {"policies", "Policy", "Bound", &briteevents_policy_bound_data_Type},
    {"policies", "Policy", "Updated", &briteevents_policy_updated_data_Type},
    {"policies", "Policy", "Cancelled", &briteevents_policy_cancelled_data_Type},
    {"customers", "PolicyHolder", "Created", &briteevents_policy_holder_created_data_Type},
    {"customers", "PolicyHolder", "Updated", &briteevents_policy_holder_updated_data_Type},
    {"claims", "Claim", "Opened", &briteevents_claim_opened_data_Type},
    {"claims", "Claim", "Closed", &briteevents_claim_closed_data_Type},
    {"billing", "Payment", "Received", &briteevents_payment_received_data_Type},
    {"billing", "Payment", "Refunded", &briteevents_payment_refunded_data_Type},
};

/* Indexes of briteevents_topic_defs sorted by entity, then action (strcmp), for apic_topic_lookup(). */
static const unsigned short briteevents_topic_by_name[] = {
    7, 6, 8, 9, 1, 3, 0, 2, 4, 5,
};

const apic_topic_registry briteevents_topic_registry = { briteevents_topic_defs, 10, briteevents_topic_by_name };

/* A request of one event goes through briteevents_events_publish(); more go through
 * briteevents_events_publish_batch(), at most 250 a request, framed as the spec's body says. */
const apic_session_def briteevents_session_def = {
    &briteevents_events_publish_op, &briteevents_events_publish_batch_op,
    { 250u, 0u, 0u, "{\"events\":[", "]}" }
};

briteevents_topic briteevents_topic_from_names(const char *entity, const char *action)
{
    return (briteevents_topic)apic_topic_lookup(&briteevents_topic_registry, entity, action);
}

/* The context every event of a session carries (docs/topics.md); user_id NULL for a service. */
static int briteevents_new_session(const char *fn, briteevents_client *client, const char *user_id, const char *job_id,
    unsigned flags, briteevents_session **out, briteevents_error *err)
{
    if (job_id == NULL || *job_id == '\0') {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "%s: job_id is required", fn);
    }
    const apic_context_item context[] = {
        {"service_name", NULL, apic_client_event_source(client)},
        {"user_id", NULL, user_id},
        {"job_id", "X-Correlation-Id", job_id},
    };
    return apic_session_new(client, &briteevents_session_def, context, 3, flags, out, err);
}

int briteevents_user_session(briteevents_client *client, const char *user_id, const char *job_id, unsigned flags,
    briteevents_session **out, briteevents_error *err)
{
    if (user_id == NULL || *user_id == '\0') {
        if (out != NULL) *out = NULL;
        return apic_error_set(err, APIC_E_ARG, "briteevents_user_session: user_id is required");
    }
    return briteevents_new_session("briteevents_user_session", client, user_id, job_id, flags, out, err);
}

int briteevents_service_session(briteevents_client *client, const char *job_id, unsigned flags, briteevents_session **out,
    briteevents_error *err)
{
    return briteevents_new_session("briteevents_service_session", client, NULL, job_id, flags, out, err);
}

int briteevents_session_publish(briteevents_session *session, const char *action, const char *entity, const char *data_json,
    briteevents_error *err)
{
    return apic_topic_publish_json(session, &briteevents_topic_registry, action, entity, data_json,
                                   data_json != NULL ? strlen(data_json) : 0, err);
}

int briteevents_session_flush(briteevents_session *session, briteevents_error *err)
{
    return apic_session_flush(session, err);
}

size_t briteevents_session_discard(briteevents_session *session)
{
    return apic_session_discard(session);
}

size_t briteevents_session_pending(const briteevents_session *session)
{
    return apic_session_pending(session);
}

void briteevents_session_free(briteevents_session *session)
{
    apic_session_free(session);
}

int briteevents_session_created_policy(briteevents_session *session, const briteevents_policy_created_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_POLICY_CREATED, data, err);
}

int briteevents_session_bound_policy(briteevents_session *session, const briteevents_policy_bound_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_POLICY_BOUND, data, err);
}

int briteevents_session_updated_policy(briteevents_session *session, const briteevents_policy_updated_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_POLICY_UPDATED, data, err);
}

int briteevents_session_cancelled_policy(briteevents_session *session, const briteevents_policy_cancelled_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_POLICY_CANCELLED, data, err);
}

int briteevents_session_created_policy_holder(briteevents_session *session, const briteevents_policy_holder_created_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_POLICY_HOLDER_CREATED, data, err);
}

int briteevents_session_updated_policy_holder(briteevents_session *session, const briteevents_policy_holder_updated_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_POLICY_HOLDER_UPDATED, data, err);
}

int briteevents_session_opened_claim(briteevents_session *session, const briteevents_claim_opened_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_CLAIM_OPENED, data, err);
}

int briteevents_session_closed_claim(briteevents_session *session, const briteevents_claim_closed_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_CLAIM_CLOSED, data, err);
}

int briteevents_session_received_payment(briteevents_session *session, const briteevents_payment_received_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_PAYMENT_RECEIVED, data, err);
}

int briteevents_session_refunded_payment(briteevents_session *session, const briteevents_payment_refunded_data *data, briteevents_error *err)
{
    return apic_topic_publish(session, &briteevents_topic_registry, BRITEEVENTS_TOPIC_PAYMENT_REFUNDED, data, err);
}
