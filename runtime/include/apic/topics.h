/**
 * @file apic/topics.h
 * @brief Topics: events named by an entity and an action (`Policy` `Created`), published in sessions.
 *
 * A generated SDK emits one apic_topic_def per topic of its topic definitions (category,
 * entity, action, data descriptor) and an apic_topic_registry over them. Publishing checks
 * the data against its struct (nothing is queued when anything is wrong), wraps it in an
 * event and hands it to a session (apic/session.h), which adds the session's context:
 *
 * @code
 * {"id":"<UUID v4>","category":"policies","entity":"Policy","action":"Created",
 *  "occurred_at":"2026-11-23T06:18:45.123Z","data":{...}, ...the session's context...}
 * @endcode
 *
 * The id comes from a CSPRNG; it is the event's idempotency key whenever the event is sent
 * alone, and it names the event in a dead-letter record.
 */
#ifndef APIC_TOPICS_H
#define APIC_TOPICS_H

#include <stddef.h>

#include "buf.h"
#include "desc.h"
#include "error.h"
#include "export.h"
#include "session.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One topic. Generated. */
typedef struct apic_topic_def {
    const char *category;  /**< the group the topic belongs to, e.g. "policies"; sent with every event */
    const char *entity;    /**< what the event is about, UpperCamelCase: "Policy", "MyEntity" */
    const char *action;    /**< what happened to it, a past-tense verb: "Created" */
    const apic_type *data; /**< the data struct (APIC_OBJECT) */
} apic_topic_def;

/** The topics of an API. Generated once per SDK. */
typedef struct apic_topic_registry {
    const apic_topic_def *defs;    /**< defs[i] is the topic whose constant is i + 1 */
    size_t n_defs;                 /**< number of topics, in defs and in by_name; constants run 1..n_defs */
    const unsigned short *by_name; /**< indexes into defs sorted by entity, then action (strcmp), for lookups */
} apic_topic_registry;

/** The constant (index + 1) of the topic (entity, action), or 0 when the registry has none. O(log n), no allocation. */
APIC_EXPORT int apic_topic_lookup(const apic_topic_registry *r, const char *entity, const char *action);

/**
 * Validates data (a value of the topic's data struct), wraps it in an event and appends the
 * event to out (no session context). Returns 0, APIC_E_ARG, APIC_E_VALIDATION (err names the
 * place: `data.amount: required member is missing`) or APIC_E_NOMEM; out is unchanged on failure.
 */
APIC_EXPORT int apic_topic_encode(const apic_topic_registry *r, int topic, const void *data, apic_buf *out, apic_error *err);

/**
 * Publishes data as an event of topic (a constant, 1..n_defs) in session s: validated and
 * encoded (see apic_topic_encode()), then apic_session_add(). Nothing is queued or sent when
 * validation fails.
 * @return 0; APIC_E_ARG, APIC_E_VALIDATION, APIC_E_NOMEM, or in immediate mode the errors of a call
 */
APIC_EXPORT int apic_topic_publish(apic_session *s, const apic_topic_registry *r, int topic, const void *data, apic_error *err);

/**
 * apic_topic_publish() by action and entity names with the data as JSON text (len bytes),
 * decoded into the topic's struct and checked like a typed publish (members the struct does
 * not know are kept). A pair that is no topic of the registry is APIC_E_VALIDATION, before
 * anything is queued or sent; the message says so, and says when the words look swapped.
 */
APIC_EXPORT int apic_topic_publish_json(apic_session *s, const apic_topic_registry *r, const char *action, const char *entity,
                                        const char *data_json, size_t len, apic_error *err);

#ifdef __cplusplus
}
#endif
#endif
