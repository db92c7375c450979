/**
 * @file briteevents/topic_data.h
 * @brief BriteEvents topics of the insurance services: the data of each topic, one struct per topic. Generated; do not edit.
 *
 * `briteevents_<entity>_<action>_data` is what briteevents_session_<action>_<entity>() (and
 * briteevents_session_<entity>_<action>()) publishes as the event's `data`. The conventions of
 * models.h apply; members marked "Personal data." are masked when logs redact personal data.
 */
#ifndef BRITEEVENTS_TOPIC_DATA_H
#define BRITEEVENTS_TOPIC_DATA_H

#include "models.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The C type of the policy_created_data schema; see struct briteevents_policy_created_data. */
typedef struct briteevents_policy_created_data briteevents_policy_created_data;
/** The C type of the policy_bound_data schema; see struct briteevents_policy_bound_data. */
typedef struct briteevents_policy_bound_data briteevents_policy_bound_data;
/** The C type of the policy_updated_data schema; see struct briteevents_policy_updated_data. */
typedef struct briteevents_policy_updated_data briteevents_policy_updated_data;
/** The C type of the policy_cancelled_data schema; see struct briteevents_policy_cancelled_data. */
typedef struct briteevents_policy_cancelled_data briteevents_policy_cancelled_data;
/** The C type of the policy_holder_created_data schema; see struct briteevents_policy_holder_created_data. */
typedef struct briteevents_policy_holder_created_data briteevents_policy_holder_created_data;
/** The C type of the policy_holder_updated_data schema; see struct briteevents_policy_holder_updated_data. */
typedef struct briteevents_policy_holder_updated_data briteevents_policy_holder_updated_data;
/** The C type of the claim_opened_data schema; see struct briteevents_claim_opened_data. */
typedef struct briteevents_claim_opened_data briteevents_claim_opened_data;
/** The C type of the claim_closed_data schema; see struct briteevents_claim_closed_data. */
typedef struct briteevents_claim_closed_data briteevents_claim_closed_data;
/** The C type of the payment_received_data schema; see struct briteevents_payment_received_data. */
typedef struct briteevents_payment_received_data briteevents_payment_received_data;
/** The C type of the payment_refunded_data schema; see struct briteevents_payment_refunded_data. */
typedef struct briteevents_payment_refunded_data briteevents_payment_refunded_data;

/**
 * policy_created_data.product
 * The product line.
 */
typedef enum briteevents_policy_created_data_product {
    BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_HOME = 1, /**< `home` */
    BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_AUTO = 2, /**< `auto` */
    BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_LIFE = 3, /**< `life` */
    BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_TRAVEL = 4, /**< `travel` */
} briteevents_policy_created_data_product;

/**
 * policy_created_data.product as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct briteevents_policy_created_data_product_val {
    /**
     * The value; BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    briteevents_policy_created_data_product value;
    /**
     * When value is BRITEEVENTS_POLICY_CREATED_DATA_PRODUCT_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} briteevents_policy_created_data_product_val;

/** The JSON text of a policy_created_data.product constant, or NULL for an unknown value. */
APIC_EXPORT const char *briteevents_policy_created_data_product_to_string(briteevents_policy_created_data_product value);

/**
 * policy_cancelled_data.reason
 * Why it was cancelled.
 */
typedef enum briteevents_policy_cancelled_data_reason {
    BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_CUSTOMER_REQUEST = 1, /**< `customer_request` */
    BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_NON_PAYMENT = 2, /**< `non_payment` */
    BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_UNDERWRITING = 3, /**< `underwriting` */
    BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_DUPLICATE = 4, /**< `duplicate` */
} briteevents_policy_cancelled_data_reason;

/**
 * policy_cancelled_data.reason as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct briteevents_policy_cancelled_data_reason_val {
    /**
     * The value; BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    briteevents_policy_cancelled_data_reason value;
    /**
     * When value is BRITEEVENTS_POLICY_CANCELLED_DATA_REASON_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} briteevents_policy_cancelled_data_reason_val;

/** The JSON text of a policy_cancelled_data.reason constant, or NULL for an unknown value. */
APIC_EXPORT const char *briteevents_policy_cancelled_data_reason_to_string(briteevents_policy_cancelled_data_reason value);

/**
 * policy_holder_created_data.kind
 * Whether the holder is a person or an organisation.
 */
typedef enum briteevents_policy_holder_created_data_kind {
    BRITEEVENTS_POLICY_HOLDER_CREATED_DATA_KIND_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    BRITEEVENTS_POLICY_HOLDER_CREATED_DATA_KIND_PERSON = 1, /**< `person` */
    BRITEEVENTS_POLICY_HOLDER_CREATED_DATA_KIND_ORGANISATION = 2, /**< `organisation` */
} briteevents_policy_holder_created_data_kind;

/**
 * policy_holder_created_data.kind as stored in a struct: `value`, or the text in `other` (owned)
 * when value is 0.
 */
typedef struct briteevents_policy_holder_created_data_kind_val {
    /**
     * The value; BRITEEVENTS_POLICY_HOLDER_CREATED_DATA_KIND_UNKNOWN_VALUE (0) when the JSON text is
     * not one this SDK version knows (then see `other`).
     */
    briteevents_policy_holder_created_data_kind value;
    /**
     * When value is BRITEEVENTS_POLICY_HOLDER_CREATED_DATA_KIND_UNKNOWN_VALUE: the JSON text as
     * received, or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} briteevents_policy_holder_created_data_kind_val;

/** The JSON text of a policy_holder_created_data.kind constant, or NULL for an unknown value. */
APIC_EXPORT const char *briteevents_policy_holder_created_data_kind_to_string(briteevents_policy_holder_created_data_kind value);

/**
 * claim_opened_data.cause
 * What caused the loss.
 */
typedef enum briteevents_claim_opened_data_cause {
    BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_FIRE = 1, /**< `fire` */
    BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_WATER = 2, /**< `water` */
    BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_THEFT = 3, /**< `theft` */
    BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_COLLISION = 4, /**< `collision` */
    BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_WEATHER = 5, /**< `weather` */
    BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_OTHER = 6, /**< `other` */
} briteevents_claim_opened_data_cause;

/**
 * claim_opened_data.cause as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct briteevents_claim_opened_data_cause_val {
    /**
     * The value; BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    briteevents_claim_opened_data_cause value;
    /**
     * When value is BRITEEVENTS_CLAIM_OPENED_DATA_CAUSE_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} briteevents_claim_opened_data_cause_val;

/** The JSON text of a claim_opened_data.cause constant, or NULL for an unknown value. */
APIC_EXPORT const char *briteevents_claim_opened_data_cause_to_string(briteevents_claim_opened_data_cause value);

/**
 * claim_closed_data.outcome
 * How the claim ended.
 */
typedef enum briteevents_claim_closed_data_outcome {
    BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_PAID = 1, /**< `paid` */
    BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_DENIED = 2, /**< `denied` */
    BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_WITHDRAWN = 3, /**< `withdrawn` */
} briteevents_claim_closed_data_outcome;

/**
 * claim_closed_data.outcome as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct briteevents_claim_closed_data_outcome_val {
    /**
     * The value; BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_UNKNOWN_VALUE (0) when the JSON text is not one
     * this SDK version knows (then see `other`).
     */
    briteevents_claim_closed_data_outcome value;
    /**
     * When value is BRITEEVENTS_CLAIM_CLOSED_DATA_OUTCOME_UNKNOWN_VALUE: the JSON text as received, or
     * to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} briteevents_claim_closed_data_outcome_val;

/** The JSON text of a claim_closed_data.outcome constant, or NULL for an unknown value. */
APIC_EXPORT const char *briteevents_claim_closed_data_outcome_to_string(briteevents_claim_closed_data_outcome value);

/**
 * payment_received_data.method
 * How it was paid.
 */
typedef enum briteevents_payment_received_data_method {
    BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_UNKNOWN_VALUE = 0, /**< a value this SDK version does not know: see `other` */
    BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_CARD = 1, /**< `card` */
    BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_BANK_TRANSFER = 2, /**< `bank_transfer` */
    BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_MOBILE_MONEY = 3, /**< `mobile_money` */
    BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_CHEQUE = 4, /**< `cheque` */
} briteevents_payment_received_data_method;

/**
 * payment_received_data.method as stored in a struct: `value`, or the text in `other` (owned) when
 * value is 0.
 */
typedef struct briteevents_payment_received_data_method_val {
    /**
     * The value; BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_UNKNOWN_VALUE (0) when the JSON text is not
     * one this SDK version knows (then see `other`).
     */
    briteevents_payment_received_data_method value;
    /**
     * When value is BRITEEVENTS_PAYMENT_RECEIVED_DATA_METHOD_UNKNOWN_VALUE: the JSON text as received,
     * or to send, owned by the enclosing object (freed with it); NULL otherwise.
     */
    char *other;
} briteevents_payment_received_data_method_val;

/** The JSON text of a payment_received_data.method constant, or NULL for an unknown value. */
APIC_EXPORT const char *briteevents_payment_received_data_method_to_string(briteevents_payment_received_data_method value);

/**
 * policy_created_data
 * The data of a `Policy` `Created` event.
 */
struct briteevents_policy_created_data {
    /**
     * The policy's number.
     * Required.
     */
    char *policy_id;
    /** The quote the policy was created from. */
    char *quote_id;
    /**
     * The product line.
     * Required.
     */
    briteevents_policy_created_data_product_val product;
    /**
     * Annual premium in minor units (cents).
     * Format: int64.
     * Required.
     */
    int64_t premium;
    /**
     * ISO 4217 code of the premium.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * The first day of cover.
     * Format: date.
     * Required.
     */
    char *effective_date;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_policy_created_data_free(briteevents_policy_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_policy_created_data_free(). */
APIC_EXPORT int briteevents_policy_created_data_from_json(const char *json, size_t len,
                                                          briteevents_policy_created_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_policy_created_data_to_json(const briteevents_policy_created_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of briteevents_policy_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_policy_created_data_desc;

/**
 * policy_bound_data
 * The data of a `Policy` `Bound` event.
 */
struct briteevents_policy_bound_data {
    /**
     * The policy's number.
     * Required.
     */
    char *policy_id;
    /**
     * When the insurer committed to the cover.
     * Format: date-time.
     * Required.
     */
    char *bound_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_policy_bound_data_free(briteevents_policy_bound_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_policy_bound_data_free(). */
APIC_EXPORT int briteevents_policy_bound_data_from_json(const char *json, size_t len,
                                                        briteevents_policy_bound_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_policy_bound_data_to_json(const briteevents_policy_bound_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of briteevents_policy_bound_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_policy_bound_data_desc;

/**
 * policy_updated_data
 * The data of a `Policy` `Updated` event.
 */
struct briteevents_policy_updated_data {
    /**
     * The policy's number.
     * Required.
     */
    char *policy_id;
    /**
     * Names of the terms that changed.
     * Required.
     */
    apic_string_array changed;
    bool has_premium; /**< true when premium is set */
    /**
     * The new annual premium in minor units, when it changed.
     * Format: int64.
     */
    int64_t premium;
    /** Why the terms changed, as the underwriter wrote it. */
    char *reason;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_policy_updated_data_free(briteevents_policy_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_policy_updated_data_free(). */
APIC_EXPORT int briteevents_policy_updated_data_from_json(const char *json, size_t len,
                                                          briteevents_policy_updated_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_policy_updated_data_to_json(const briteevents_policy_updated_data *obj, char **out,
                                                        apic_error *err);
/** Descriptor of briteevents_policy_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_policy_updated_data_desc;

/**
 * policy_cancelled_data
 * The data of a `Policy` `Cancelled` event.
 */
struct briteevents_policy_cancelled_data {
    /**
     * The policy's number.
     * Required.
     */
    char *policy_id;
    /**
     * Why it was cancelled.
     * Required.
     */
    briteevents_policy_cancelled_data_reason_val reason;
    /**
     * When the cancellation takes effect.
     * Format: date-time.
     * Required.
     */
    char *cancelled_at;
    bool has_refund_amount; /**< true when refund_amount is set */
    /**
     * Unearned premium refunded, in minor units.
     * Format: int64.
     */
    int64_t refund_amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_policy_cancelled_data_free(briteevents_policy_cancelled_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_policy_cancelled_data_free(). */
APIC_EXPORT int briteevents_policy_cancelled_data_from_json(const char *json, size_t len,
                                                            briteevents_policy_cancelled_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_policy_cancelled_data_to_json(const briteevents_policy_cancelled_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of briteevents_policy_cancelled_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_policy_cancelled_data_desc;

/**
 * policy_holder_created_data
 * The data of a `PolicyHolder` `Created` event.
 */
struct briteevents_policy_holder_created_data {
    /**
     * The policy holder's id.
     * Required.
     */
    char *holder_id;
    /**
     * Whether the holder is a person or an organisation.
     * Required.
     */
    briteevents_policy_holder_created_data_kind_val kind;
    /**
     * Full name, or the organisation's registered name.
     * Required.
     * Personal data.
     */
    char *name;
    /**
     * Where policy documents are sent.
     * Format: email.
     * Personal data.
     */
    char *email;
    /**
     * ISO 3166-1 alpha-2 code of the holder's address.
     * Format: country.
     */
    char *country;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_policy_holder_created_data_free(briteevents_policy_holder_created_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_policy_holder_created_data_free(). */
APIC_EXPORT int briteevents_policy_holder_created_data_from_json(const char *json, size_t len,
                                                                 briteevents_policy_holder_created_data **out,
                                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_policy_holder_created_data_to_json(const briteevents_policy_holder_created_data *obj,
                                                               char **out, apic_error *err);
/** Descriptor of briteevents_policy_holder_created_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_policy_holder_created_data_desc;

/**
 * policy_holder_updated_data
 * The data of a `PolicyHolder` `Updated` event.
 */
struct briteevents_policy_holder_updated_data {
    /**
     * The policy holder's id.
     * Required.
     */
    char *holder_id;
    /**
     * Names of the details that changed.
     * Required.
     */
    apic_string_array changed;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_policy_holder_updated_data_free(briteevents_policy_holder_updated_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_policy_holder_updated_data_free(). */
APIC_EXPORT int briteevents_policy_holder_updated_data_from_json(const char *json, size_t len,
                                                                 briteevents_policy_holder_updated_data **out,
                                                                 apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_policy_holder_updated_data_to_json(const briteevents_policy_holder_updated_data *obj,
                                                               char **out, apic_error *err);
/** Descriptor of briteevents_policy_holder_updated_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_policy_holder_updated_data_desc;

/**
 * claim_opened_data
 * The data of a `Claim` `Opened` event.
 */
struct briteevents_claim_opened_data {
    /**
     * The claim's number.
     * Required.
     */
    char *claim_id;
    /**
     * The policy the claim is made under.
     * Required.
     */
    char *policy_id;
    /**
     * The day the loss happened.
     * Format: date.
     * Required.
     */
    char *loss_date;
    bool has_cause; /**< true when cause is set */
    /** What caused the loss. */
    briteevents_claim_opened_data_cause_val cause;
    bool has_estimated_amount; /**< true when estimated_amount is set */
    /**
     * First estimate of the loss in minor units.
     * Format: int64.
     */
    int64_t estimated_amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_claim_opened_data_free(briteevents_claim_opened_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_claim_opened_data_free(). */
APIC_EXPORT int briteevents_claim_opened_data_from_json(const char *json, size_t len,
                                                        briteevents_claim_opened_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_claim_opened_data_to_json(const briteevents_claim_opened_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of briteevents_claim_opened_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_claim_opened_data_desc;

/**
 * claim_closed_data
 * The data of a `Claim` `Closed` event.
 */
struct briteevents_claim_closed_data {
    /**
     * The claim's number.
     * Required.
     */
    char *claim_id;
    /**
     * How the claim ended.
     * Required.
     */
    briteevents_claim_closed_data_outcome_val outcome;
    bool has_paid_amount; /**< true when paid_amount is set */
    /**
     * Total paid in minor units, when paid.
     * Format: int64.
     */
    int64_t paid_amount;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_claim_closed_data_free(briteevents_claim_closed_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_claim_closed_data_free(). */
APIC_EXPORT int briteevents_claim_closed_data_from_json(const char *json, size_t len,
                                                        briteevents_claim_closed_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_claim_closed_data_to_json(const briteevents_claim_closed_data *obj, char **out,
                                                      apic_error *err);
/** Descriptor of briteevents_claim_closed_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_claim_closed_data_desc;

/**
 * payment_received_data
 * The data of a `Payment` `Received` event.
 */
struct briteevents_payment_received_data {
    /**
     * The payment's id.
     * Required.
     */
    char *payment_id;
    /**
     * The policy the payment was applied to.
     * Required.
     */
    char *policy_id;
    /**
     * Amount received in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /**
     * How it was paid.
     * Required.
     */
    briteevents_payment_received_data_method_val method;
    /**
     * When the money arrived.
     * Format: date-time.
     */
    char *received_at;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_payment_received_data_free(briteevents_payment_received_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_payment_received_data_free(). */
APIC_EXPORT int briteevents_payment_received_data_from_json(const char *json, size_t len,
                                                            briteevents_payment_received_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_payment_received_data_to_json(const briteevents_payment_received_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of briteevents_payment_received_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_payment_received_data_desc;

/**
 * payment_refunded_data
 * The data of a `Payment` `Refunded` event.
 */
struct briteevents_payment_refunded_data {
    /**
     * The payment refunded.
     * Required.
     */
    char *payment_id;
    /**
     * Amount refunded in minor units.
     * Format: int64.
     * Required.
     */
    int64_t amount;
    /**
     * ISO 4217 code of the amount.
     * Format: currency.
     * Required.
     */
    char *currency;
    /** Why the money was paid back. */
    char *reason;
    /** Members this SDK version does not know, kept verbatim (raw JSON) and sent back unchanged. */
    apic_json_map unknown_fields;
};

/** Frees obj and everything it owns. NULL is a no-op. */
APIC_EXPORT void briteevents_payment_refunded_data_free(briteevents_payment_refunded_data *obj);
/** Parses JSON text (len bytes, not necessarily NUL-terminated) into a new value; free it with briteevents_payment_refunded_data_free(). */
APIC_EXPORT int briteevents_payment_refunded_data_from_json(const char *json, size_t len,
                                                            briteevents_payment_refunded_data **out, apic_error *err);
/** Serialises obj into a new NUL-terminated JSON string; free() it. */
APIC_EXPORT int briteevents_payment_refunded_data_to_json(const briteevents_payment_refunded_data *obj, char **out,
                                                          apic_error *err);
/** Descriptor of briteevents_payment_refunded_data for the apic codec. */
APIC_EXPORT extern const apic_struct_desc briteevents_payment_refunded_data_desc;


#ifdef __cplusplus
}
#endif
#endif
