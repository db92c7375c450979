/**
 * @file briteevents/models.h
 * @brief Data types of BriteEvents 1.0.0: one struct per schema.
 *
 * Generated from openapi.yaml by the apic generator; do not edit.
 *
 * Conventions (see apic/desc.h):
 * - a string, raw-JSON or object member is absent when NULL;
 * - other optional members have `bool has_<name>`; nullable members have `bool <name>_is_null`;
 * - an enum member holds `value`, or the unknown text in `other` when value is 0;
 * - a union (oneOf/anyOf) holds `kind` and that variant in `as`, or (kind 0) the JSON that
 *   matched no variant in `other`; a union member is absent when it holds neither;
 * - every struct keeps members this SDK version does not know in `unknown_fields`;
 * - every struct or union returned by the SDK has exactly one `_free`; `_free(NULL)` is a no-op.
 */
#ifndef BRITEEVENTS_MODELS_H
#define BRITEEVENTS_MODELS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <apic/apic.h>

#ifdef __cplusplus
extern "C" {
#endif

/** The C type of the Event schema; see struct briteevents_event. */
typedef struct briteevents_event briteevents_event;
/**
 * Events published together, in the order they happened.
 * The C type of the EventBatch schema; see struct briteevents_event_batch.
 */
typedef struct briteevents_event_batch briteevents_event_batch;
/**
 * What BriteEvents answers for an accepted event.
 * The C type of the PublishReceipt schema; see struct briteevents_publish_receipt.
 */
typedef struct briteevents_publish_receipt briteevents_publish_receipt;
/**
 * What BriteEvents answers for an accepted batch.
 * The C type of the BatchReceipt schema; see struct briteevents_batch_receipt.
 */
typedef struct briteevents_batch_receipt briteevents_batch_receipt;
/**
 * Why a request failed.
 * The C type of the Error schema; see struct briteevents_error_model.
 */
typedef struct briteevents_error_model briteevents_error_model;

/**
 * PublishReceipt.status
 * `accepted` the first time, `duplicate` when an event with this id was published before.
 * Example: `"accepted"`.
 */
typedef enum briteevents_publish_receipt_status {
    BRITEEVENTS_PUBLISH_RECEIPT_STATUS_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    BRITEEVENTS_PUBLISH_RECEIPT_STATUS_ACCEPTED = 1, /**< `accepted` */
    BRITEEVENTS_PUBLISH_RECEIPT_STATUS_DUPLICATE = 2, /**< `duplicate` */
} briteevents_publish_receipt_status;

/**
 * PublishReceipt.status as stored in a struct: `value`, or the text in `other` (owned) when value
 * is 0.
 */
typedef struct briteevents_publish_receipt_status_val {
    /**
     * The value; BRITEEVENTS_PUBLISH_RECEIPT_STATUS_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    briteevents_publish_receipt_status value;
    /**
     * When value is BRITEEVENTS_PUBLISH_RECEIPT_STATUS_UNKNOWN_VALUE: the JSON text as received, or to
     * send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} briteevents_publish_receipt_status_val;

/** The JSON text of a PublishReceipt.status constant, or NULL for an unknown value. */
APIC_EXPORT const char *briteevents_publish_receipt_status_to_string(briteevents_publish_receipt_status value);

/* Arrays (items inline) and maps (keys in JSON order) of generated types. */
/**
 * A list of briteevents_event: `items` points at `count` values stored one after another, owned by
 * the enclosing object (or, for a list an operation returns, by the caller).
 */
typedef struct briteevents_event_array {
    /** The `count` values, stored inline; NULL when the list is empty. */
    briteevents_event *items;
    /** Number of values in `items`. */
    size_t count;
} briteevents_event_array;

/**
 * Event
 * One domain event: what happened (`action`) to what (`entity`), its data, and the context of the
 * unit of work that published it.
 */
struct briteevents_event {
    /**
     * Random (version 4) UUID of the event; also the idempotency key when it is sent alone.
     * Format: uuid.
     * Required.
     */
    char *id;
    /**
     * The group of topics the event belongs to, e.g. `policies`; consumers subscribe by category.
     * Maximum length: 64. Pattern: `^[a-z][a-z0-9_]*$`.
     * Required.
     */
    char *category;
    /**
     * What the event is about, in UpperCamelCase, e.g. `Policy` or `PolicyHolder`.
     * Maximum length: 64. Pattern: `^[A-Z][a-z0-9]*([A-Z][a-z0-9]*)*$`.
     * Required.
     */
    char *entity;
    /**
     * What happened to the entity, a past-tense verb, e.g. `Created`.
     * Maximum length: 64. Pattern: `^[A-Z][a-z]+$`.
     * Required.
     */
    char *action;
    /**
     * When it happened (RFC 3339, UTC, milliseconds).
     * Format: date-time.
     * Required.
     */
    char *occurred_at;
    /**
     * The event's data, as the topic definitions describe it for this entity and action.
     * Required.
     */
    apic_json_map data;
    /**
     * The service that published the event.
     * Minimum length: 1. Maximum length: 100.
     * Required.
     */
    char *service_name;
    /**
     * The user on whose behalf the service acted; absent when the service acted on its own.
     * Minimum length: 1. Maximum length: 200.
     */
    char *user_id;
    /**
     * Links the events and requests of one job across services.
     * Minimum length: 1. Maximum length: 200.
     * Required.
     */
    char *job_id;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_event_free(briteevents_event *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_event_free(). */
APIC_EXPORT int briteevents_event_from_json(const char *json, size_t len, briteevents_event **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_event_to_json(const briteevents_event *obj, char **out, apic_error *err);
/** Descriptor of briteevents_event for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_event_desc;

/**
 * EventBatch
 * Events published together, in the order they happened.
 */
struct briteevents_event_batch {
    /**
     * The events.
     * Minimum items: 1. Maximum items: 250.
     * Required.
     */
    briteevents_event_array events;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_event_batch_free(briteevents_event_batch *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_event_batch_free(). */
APIC_EXPORT int briteevents_event_batch_from_json(const char *json, size_t len, briteevents_event_batch **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_event_batch_to_json(const briteevents_event_batch *obj, char **out, apic_error *err);
/** Descriptor of briteevents_event_batch for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_event_batch_desc;

/**
 * PublishReceipt
 * What BriteEvents answers for an accepted event.
 */
struct briteevents_publish_receipt {
    /**
     * The event's id, as sent.
     * Format: uuid. Example: `"6f1c3e0b-8d0a-4f43-9a55-0e3cf7d7c1aa"`.
     * Required.
     */
    char *id;
    /**
     * `accepted` the first time, `duplicate` when an event with this id was published before.
     * Example: `"accepted"`.
     * Required.
     */
    briteevents_publish_receipt_status_val status;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_publish_receipt_free(briteevents_publish_receipt *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_publish_receipt_free(). */
APIC_EXPORT int briteevents_publish_receipt_from_json(const char *json, size_t len, briteevents_publish_receipt **out,
                                                      apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_publish_receipt_to_json(const briteevents_publish_receipt *obj, char **out,
                                                    apic_error *err);
/** Descriptor of briteevents_publish_receipt for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_publish_receipt_desc;

/**
 * BatchReceipt
 * What BriteEvents answers for an accepted batch.
 */
struct briteevents_batch_receipt {
    /**
     * Events published now.
     * Format: int32. Minimum: 0. Example: `3`.
     * Required.
     */
    int32_t accepted;
    /**
     * Events not published again because their id was published before.
     * Format: int32. Minimum: 0. Example: `0`.
     * Required.
     */
    int32_t duplicates;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_batch_receipt_free(briteevents_batch_receipt *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_batch_receipt_free(). */
APIC_EXPORT int briteevents_batch_receipt_from_json(const char *json, size_t len, briteevents_batch_receipt **out,
                                                    apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_batch_receipt_to_json(const briteevents_batch_receipt *obj, char **out, apic_error *err);
/** Descriptor of briteevents_batch_receipt for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_batch_receipt_desc;

/**
 * Error
 * Why a request failed.
 */
struct briteevents_error_model {
    /**
     * A human sentence.
     * Example: `"events[2].action: must be a past-tense verb"`.
     * Required.
     */
    char *message;
    bool has_index; /**< true when index is set */
    /**
     * In a batch, the index of the event at fault.
     * Format: int32. Minimum: 0.
     */
    int32_t index;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_error_model_free(briteevents_error_model *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_error_model_free(). */
APIC_EXPORT int briteevents_error_model_from_json(const char *json, size_t len, briteevents_error_model **out,
                                                  apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_error_model_to_json(const briteevents_error_model *obj, char **out, apic_error *err);
/** Descriptor of briteevents_error_model for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_error_model_desc;


#ifdef __cplusplus
}
#endif
#endif
