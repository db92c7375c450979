/**
 * @file briteevents/topics.h
 * @brief BriteEvents topics of the insurance services: 10 topics, the sessions that publish them, and a typed shortcut per topic in both word orders. Generated; do not edit.
 *
 * @code
 * briteevents_session *session = NULL;                      // one per unit of work
 * if (briteevents_user_session(client, "user-17", "job-42", 0, &session, &err) != 0) { ... }
 * briteevents_policy_created_data data = { ... };
 * briteevents_session_created_policy(session, &data, &err);     // or briteevents_session_policy_created()
 * briteevents_session_publish(session, "Created", "Policy", "{...}", &err);  // JSON data
 * if (work_succeeded) briteevents_session_flush(session, &err);  // sends what the session holds
 * else briteevents_session_discard(session);                   // a failed unit of work publishes nothing
 * briteevents_session_free(session);
 * @endcode
 *
 * Every event is checked before it is held (required data members, formats, enum values):
 * nothing is held or sent when anything is wrong, and the error is APIC_E_VALIDATION naming
 * the place, e.g. `data.amount`. Every event of a session carries its context: the service
 * name (the client's config.event_source), the user id (user sessions only) and the job id, which
 * also goes in the `X-Correlation-Id` header of every request. A flush sends the held events in
 * order, in batches of at most BRITEEVENTS_MAX_BATCH; when it fails for good, every event it did
 * not deliver goes to the client's dead-letter sink and the error says so. See apic/session.h
 * (a session is used by one thread at a time; the client is shared) and apic/topics.h.
 */
#ifndef BRITEEVENTS_TOPICS_H
#define BRITEEVENTS_TOPICS_H

#include <apic/session.h>
#include <apic/topics.h>

#include "client.h"
#include "topic_data.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The topics; 0 is no topic. Values are stable: new topics are added at the end. */
typedef enum briteevents_topic {
    BRITEEVENTS_TOPIC_UNKNOWN = 0, /**< not a topic of these definitions */
    /**
     * `Policy` `Created` (category `policies`): A policy was created from an accepted quote; it is not
     * in force until it is bound.
     */
    BRITEEVENTS_TOPIC_POLICY_CREATED = 1,
    /**
     * `Policy` `Bound` (category `policies`): The policy was bound, so cover is in force from its
     * effective date.
     */
    BRITEEVENTS_TOPIC_POLICY_BOUND = 2,
    /**
     * `Policy` `Updated` (category `policies`): Terms of the policy changed (an endorsement); the data
     * lists what changed.
     */
    BRITEEVENTS_TOPIC_POLICY_UPDATED = 3,
    /**
     * `Policy` `Cancelled` (category `policies`): The policy was cancelled before its end; any
     * unearned premium is refunded.
     */
    BRITEEVENTS_TOPIC_POLICY_CANCELLED = 4,
    /**
     * `PolicyHolder` `Created` (category `customers`): A person or organisation that can hold policies
     * was registered.
     */
    BRITEEVENTS_TOPIC_POLICY_HOLDER_CREATED = 5,
    /** `PolicyHolder` `Updated` (category `customers`): Contact details of a policy holder changed. */
    BRITEEVENTS_TOPIC_POLICY_HOLDER_UPDATED = 6,
    /**
     * `Claim` `Opened` (category `claims`): A loss was reported against a policy and a claim opened to
     * handle it.
     */
    BRITEEVENTS_TOPIC_CLAIM_OPENED = 7,
    /** `Claim` `Closed` (category `claims`): Handling of the claim ended, paid or not. */
    BRITEEVENTS_TOPIC_CLAIM_CLOSED = 8,
    /**
     * `Payment` `Received` (category `billing`): A premium payment was received and applied to a
     * policy.
     */
    BRITEEVENTS_TOPIC_PAYMENT_RECEIVED = 9,
    /**
     * `Payment` `Refunded` (category `billing`): A payment, or part of it, was paid back to the policy
     * holder.
     */
    BRITEEVENTS_TOPIC_PAYMENT_REFUNDED = 10,
} briteevents_topic;

/** Number of topics (BRITEEVENTS_TOPIC_UNKNOWN not counted). */
#define BRITEEVENTS_TOPIC_COUNT 10
/** Most events in one batch request (250, the spec's maxItems). */
#define BRITEEVENTS_MAX_BATCH 250
/** Flag of briteevents_user_session() and briteevents_service_session(): send every event as soon as it is published. */
#define BRITEEVENTS_PUBLISH_IMMEDIATELY APIC_SESSION_PUBLISH_IMMEDIATELY

/** The events of one unit of work and their context; see apic/session.h. */
typedef apic_session briteevents_session;

/** The topics, for the generic functions of apic/topics.h. */
APIC_EXPORT extern const apic_topic_registry briteevents_topic_registry;
/** How sessions send, for apic_session_new(): briteevents_events_publish() and briteevents_events_publish_batch(). */
APIC_EXPORT extern const apic_session_def briteevents_session_def;

/** The topic with this entity and action ("Policy", "Created"), or BRITEEVENTS_TOPIC_UNKNOWN. A binary search: no allocation. */
APIC_EXPORT briteevents_topic briteevents_topic_from_names(const char *entity, const char *action);

/**
 * Starts a session for work done on behalf of a user: every event carries user_id, job_id
 * and the service name (the client's config.event_source).
 * @param client a client from briteevents_client_new(); shared, and must outlive the session
 * @param user_id the user who acts; required
 * @param job_id links the requests of one job across services; required
 * @param flags 0, or BRITEEVENTS_PUBLISH_IMMEDIATELY to send every event as soon as it is published
 * @param out receives the session (briteevents_session_free() it)
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0, or APIC_E_ARG / APIC_E_VALIDATION (err names the argument), APIC_E_NOMEM
 */
APIC_EXPORT int briteevents_user_session(briteevents_client *client, const char *user_id, const char *job_id,
                                         unsigned flags, briteevents_session **out, briteevents_error *err);

/** Starts a session for work a service does on its own: as briteevents_user_session(), without a user. */
APIC_EXPORT int briteevents_service_session(briteevents_client *client, const char *job_id, unsigned flags,
                                            briteevents_session **out, briteevents_error *err);

/**
 * Publishes an event by its action and entity ("Created", "Policy") with JSON data (a
 * NUL-terminated object), checked against the topic's data struct like a typed shortcut
 * (members the struct does not know are kept).
 * @return 0; APIC_E_VALIDATION when no topic has this action and entity or the data breaks
 * its schema (nothing held or sent), or in immediate mode the errors of a call
 */
APIC_EXPORT int briteevents_session_publish(briteevents_session *session, const char *action, const char *entity,
                                            const char *data_json, briteevents_error *err);

/**
 * Sends the events the session holds, in batches of at most BRITEEVENTS_MAX_BATCH. When a request fails
 * for good, its events and the later ones go to the client's dead-letter sink (the error says
 * how many). The session is empty afterwards either way. Nothing is sent when it holds nothing.
 * @return 0, or the errors of a call
 */
APIC_EXPORT int briteevents_session_flush(briteevents_session *session, briteevents_error *err);

/** Drops the events the session holds, unsent: the unit of work failed. Returns how many. */
APIC_EXPORT size_t briteevents_session_discard(briteevents_session *session);

/** The number of events the session holds. */
APIC_EXPORT size_t briteevents_session_pending(const briteevents_session *session);

/** Frees a session; events still held are discarded, with a warn-level log record. NULL is a no-op. */
APIC_EXPORT void briteevents_session_free(briteevents_session *session);

/**
 * Publishes a `Policy` `Created` event (category `policies`) in a session.
 *
 * A policy was created from an accepted quote; it is not in force until it is bound.
 *
 * briteevents_session_policy_created() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_policy_created_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"policy_id": "POL-1001", "quote_id": "Q-88", "product": "home", "premium": 125000, "currency": "USD", "effective_date": "2026-12-01"}
 * @endcode
 */
APIC_EXPORT int briteevents_session_created_policy(briteevents_session *session,
                                                   const briteevents_policy_created_data *data, briteevents_error *err);

/** briteevents_session_created_policy(), the words in the other order: publishes a `Policy` `Created` event. */
static inline int briteevents_session_policy_created(briteevents_session *session, const briteevents_policy_created_data *data, briteevents_error *err)
{
    return briteevents_session_created_policy(session, data, err);
}

/**
 * Publishes a `Policy` `Bound` event (category `policies`) in a session.
 *
 * The policy was bound, so cover is in force from its effective date.
 *
 * briteevents_session_policy_bound() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_policy_bound_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"policy_id": "POL-1001", "bound_at": "2026-11-23T06:18:45.123Z"}
 * @endcode
 */
APIC_EXPORT int briteevents_session_bound_policy(briteevents_session *session,
                                                 const briteevents_policy_bound_data *data, briteevents_error *err);

/** briteevents_session_bound_policy(), the words in the other order: publishes a `Policy` `Bound` event. */
static inline int briteevents_session_policy_bound(briteevents_session *session, const briteevents_policy_bound_data *data, briteevents_error *err)
{
    return briteevents_session_bound_policy(session, data, err);
}

/**
 * Publishes a `Policy` `Updated` event (category `policies`) in a session.
 *
 * Terms of the policy changed (an endorsement); the data lists what changed.
 *
 * briteevents_session_policy_updated() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_policy_updated_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"policy_id": "POL-1001", "changed": ["premium", "coverage_limit"], "premium": 131000, "reason": "Added a home office."}
 * @endcode
 */
APIC_EXPORT int briteevents_session_updated_policy(briteevents_session *session,
                                                   const briteevents_policy_updated_data *data, briteevents_error *err);

/** briteevents_session_updated_policy(), the words in the other order: publishes a `Policy` `Updated` event. */
static inline int briteevents_session_policy_updated(briteevents_session *session, const briteevents_policy_updated_data *data, briteevents_error *err)
{
    return briteevents_session_updated_policy(session, data, err);
}

/**
 * Publishes a `Policy` `Cancelled` event (category `policies`) in a session.
 *
 * The policy was cancelled before its end; any unearned premium is refunded.
 *
 * briteevents_session_policy_cancelled() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_policy_cancelled_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"policy_id": "POL-1001", "reason": "customer_request", "cancelled_at": "2027-03-01T00:00:00Z", "refund_amount": 82000}
 * @endcode
 */
APIC_EXPORT int briteevents_session_cancelled_policy(briteevents_session *session,
                                                     const briteevents_policy_cancelled_data *data,
                                                     briteevents_error *err);

/** briteevents_session_cancelled_policy(), the words in the other order: publishes a `Policy` `Cancelled` event. */
static inline int briteevents_session_policy_cancelled(briteevents_session *session, const briteevents_policy_cancelled_data *data, briteevents_error *err)
{
    return briteevents_session_cancelled_policy(session, data, err);
}

/**
 * Publishes a `PolicyHolder` `Created` event (category `customers`) in a session.
 *
 * A person or organisation that can hold policies was registered.
 *
 * briteevents_session_policy_holder_created() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_policy_holder_created_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"holder_id": "PH-501", "kind": "person", "name": "Jane Doe", "country": "US"}
 * @endcode
 */
APIC_EXPORT int briteevents_session_created_policy_holder(briteevents_session *session,
                                                          const briteevents_policy_holder_created_data *data,
                                                          briteevents_error *err);

/** briteevents_session_created_policy_holder(), the words in the other order: publishes a `PolicyHolder` `Created` event. */
static inline int briteevents_session_policy_holder_created(briteevents_session *session, const briteevents_policy_holder_created_data *data, briteevents_error *err)
{
    return briteevents_session_created_policy_holder(session, data, err);
}

/**
 * Publishes a `PolicyHolder` `Updated` event (category `customers`) in a session.
 *
 * Contact details of a policy holder changed.
 *
 * briteevents_session_policy_holder_updated() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_policy_holder_updated_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"holder_id": "PH-501", "changed": ["email"]}
 * @endcode
 */
APIC_EXPORT int briteevents_session_updated_policy_holder(briteevents_session *session,
                                                          const briteevents_policy_holder_updated_data *data,
                                                          briteevents_error *err);

/** briteevents_session_updated_policy_holder(), the words in the other order: publishes a `PolicyHolder` `Updated` event. */
static inline int briteevents_session_policy_holder_updated(briteevents_session *session, const briteevents_policy_holder_updated_data *data, briteevents_error *err)
{
    return briteevents_session_updated_policy_holder(session, data, err);
}

/**
 * Publishes a `Claim` `Opened` event (category `claims`) in a session.
 *
 * A loss was reported against a policy and a claim opened to handle it.
 *
 * briteevents_session_claim_opened() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_claim_opened_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"claim_id": "CLM-3001", "policy_id": "POL-1001", "loss_date": "2027-01-14", "cause": "water", "estimated_amount": 450000}
 * @endcode
 */
APIC_EXPORT int briteevents_session_opened_claim(briteevents_session *session,
                                                 const briteevents_claim_opened_data *data, briteevents_error *err);

/** briteevents_session_opened_claim(), the words in the other order: publishes a `Claim` `Opened` event. */
static inline int briteevents_session_claim_opened(briteevents_session *session, const briteevents_claim_opened_data *data, briteevents_error *err)
{
    return briteevents_session_opened_claim(session, data, err);
}

/**
 * Publishes a `Claim` `Closed` event (category `claims`) in a session.
 *
 * Handling of the claim ended, paid or not.
 *
 * briteevents_session_claim_closed() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_claim_closed_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"claim_id": "CLM-3001", "outcome": "paid", "paid_amount": 380000}
 * @endcode
 */
APIC_EXPORT int briteevents_session_closed_claim(briteevents_session *session,
                                                 const briteevents_claim_closed_data *data, briteevents_error *err);

/** briteevents_session_closed_claim(), the words in the other order: publishes a `Claim` `Closed` event. */
static inline int briteevents_session_claim_closed(briteevents_session *session, const briteevents_claim_closed_data *data, briteevents_error *err)
{
    return briteevents_session_closed_claim(session, data, err);
}

/**
 * Publishes a `Payment` `Received` event (category `billing`) in a session.
 *
 * A premium payment was received and applied to a policy.
 *
 * briteevents_session_payment_received() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_payment_received_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"payment_id": "PAY-9001", "policy_id": "POL-1001", "amount": 125000, "currency": "USD", "method": "card", "received_at": "2026-11-23T06:20:00Z"}
 * @endcode
 */
APIC_EXPORT int briteevents_session_received_payment(briteevents_session *session,
                                                     const briteevents_payment_received_data *data,
                                                     briteevents_error *err);

/** briteevents_session_received_payment(), the words in the other order: publishes a `Payment` `Received` event. */
static inline int briteevents_session_payment_received(briteevents_session *session, const briteevents_payment_received_data *data, briteevents_error *err)
{
    return briteevents_session_received_payment(session, data, err);
}

/**
 * Publishes a `Payment` `Refunded` event (category `billing`) in a session.
 *
 * A payment, or part of it, was paid back to the policy holder.
 *
 * briteevents_session_payment_refunded() is the same function with the words in the other order.
 *
 * @param session a session from briteevents_user_session() or briteevents_service_session()
 * @param data the event's data (see briteevents_payment_refunded_data); required, borrowed
 * @param err receives details on failure (may be NULL); release with briteevents_error_clear()
 * @return 0 (held until the session is flushed, or sent at once in a session made with
 * BRITEEVENTS_PUBLISH_IMMEDIATELY); APIC_E_VALIDATION (nothing held or sent, err names the field),
 * or in immediate mode the errors of a call
 *
 * Example data:
 * @code
 * {"payment_id": "PAY-9001", "amount": 82000, "currency": "USD", "reason": "Policy cancelled at the customer's request."}
 * @endcode
 */
APIC_EXPORT int briteevents_session_refunded_payment(briteevents_session *session,
                                                     const briteevents_payment_refunded_data *data,
                                                     briteevents_error *err);

/** briteevents_session_refunded_payment(), the words in the other order: publishes a `Payment` `Refunded` event. */
static inline int briteevents_session_payment_refunded(briteevents_session *session, const briteevents_payment_refunded_data *data, briteevents_error *err)
{
    return briteevents_session_refunded_payment(session, data, err);
}

#ifdef __cplusplus
}
#endif
#endif
