/**
 * @file apic/operation.h
 * @brief Operation descriptors: everything the runtime needs to perform one API call.
 *
 * Generated code emits one `static const apic_operation` per operation and a typed
 * wrapper that calls apic_call(). Parameters live in a generated struct described by
 * an apic_struct_desc; `params[i]` gives where field i goes (path, query, header, cookie)
 * and how it is serialised (style, explode, allowReserved).
 */
#ifndef APIC_OPERATION_H
#define APIC_OPERATION_H

#include <stdbool.h>
#include <stddef.h>

#include "desc.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum apic_param_in {
    APIC_IN_PATH = 1,
    APIC_IN_QUERY,
    APIC_IN_HEADER,
    APIC_IN_COOKIE
} apic_param_in;

typedef enum apic_style {
    APIC_STYLE_FORM = 1,
    APIC_STYLE_SIMPLE,
    APIC_STYLE_LABEL,
    APIC_STYLE_MATRIX,
    APIC_STYLE_SPACE_DELIMITED,
    APIC_STYLE_PIPE_DELIMITED,
    APIC_STYLE_DEEP_OBJECT
} apic_style;

/** Location and serialisation of one parameter; parallel to the params struct's fields. */
typedef struct apic_param {
    apic_param_in in;
    apic_style style;
    bool explode;
    bool allow_reserved;
} apic_param;

/** Security scheme kinds. */
typedef enum apic_auth_kind {
    APIC_AUTH_BEARER = 1, /**< http bearer, oauth2, openIdConnect: `Authorization: Bearer <token>` */
    APIC_AUTH_BASIC,      /**< http basic from username/password */
    APIC_AUTH_API_KEY,    /**< apiKey in header, query or cookie */
    APIC_AUTH_HMAC        /**< HMAC-SHA256 request signature from config.hmac_secret (see apic_hmac_scheme) */
} apic_auth_kind;

/**
 * How an APIC_AUTH_HMAC scheme signs (spec extension `x-apic-hmac` on an apiKey scheme):
 * `<timestamp_header>: <unix seconds>` and `<scheme param>: <prefix><hex HMAC-SHA256>`, the
 * HMAC taken with the secret over METHOD "\n" TARGET "\n" TIMESTAMP "\n" BODY, TARGET being
 * the path (and "?query" when there is one) and BODY the exact bytes sent.
 */
typedef struct apic_hmac_scheme {
    const char *timestamp_header; /**< e.g. "X-eSauti-Timestamp" */
    const char *prefix;           /**< written before the hex digest, e.g. "sha256=" */
} apic_hmac_scheme;

/** A security scheme from components/securitySchemes. */
typedef struct apic_security_scheme {
    const char *name;     /**< scheme name in the spec */
    apic_auth_kind kind;
    apic_param_in in;     /**< for APIC_AUTH_API_KEY */
    const char *param;    /**< header, query or cookie name for APIC_AUTH_API_KEY; signature header for HMAC */
    const apic_hmac_scheme *hmac; /**< for APIC_AUTH_HMAC, else NULL */
} apic_security_scheme;

/** One security requirement: all of its schemes apply together. */
typedef struct apic_security_req {
    const apic_security_scheme *const *schemes;
    size_t n_schemes;
} apic_security_req;

/** How a success response's body reaches the caller. */
typedef enum apic_response_kind {
    APIC_RESPONSE_JSON = 0, /**< decoded into `type` */
    APIC_RESPONSE_TEXT,     /**< the text as it came, a `char *` (text/plain, XML, ...) */
    APIC_RESPONSE_BYTES,    /**< an apic_bytes: the bytes, their length and Content-Type (apic/body.h) */
    APIC_RESPONSE_EVENTS    /**< a text/event-stream, delivered event by event (apic/sse.h) */
} apic_response_kind;

/** One documented response. */
typedef struct apic_response {
    int status;            /**< exact code, 1..5 for 1XX..5XX, or 0 for default */
    const apic_type *type; /**< body type, or NULL when there is no body to decode */
    const char *media;     /**< media type, e.g. "application/json" */
    apic_response_kind kind;
} apic_response;

/** How the request body is sent. */
typedef enum apic_body_kind {
    APIC_BODY_JSON = 0,  /**< the value of `body` serialised as JSON */
    APIC_BODY_TEXT,      /**< a string (`body` points at a `char *`) sent as it is */
    APIC_BODY_FORM,      /**< an object sent as application/x-www-form-urlencoded (apic_form_encode) */
    APIC_BODY_MULTIPART, /**< an object sent as multipart/form-data, one part per member */
    APIC_BODY_BYTES      /**< an apic_file (apic/body.h) sent as it is */
} apic_body_kind;

/**
 * How one member of a form or multipart body is sent (the OpenAPI Encoding Object);
 * `body_fields[i]` belongs to field i of the body's struct.
 */
typedef struct apic_body_field {
    apic_style style;    /**< form bodies: APIC_STYLE_FORM, _SPACE_DELIMITED, _PIPE_DELIMITED or _DEEP_OBJECT */
    bool explode;        /**< form bodies */
    bool allow_reserved; /**< form bodies: reserved characters are not percent-encoded */
    /**
     * Multipart: the Content-Type of the member's parts; NULL = by value: none for text
     * (text/plain), application/json for objects, the file's own for files.
     */
    const char *content_type;
} apic_body_field;

/** Everything needed to perform an operation. */
typedef struct apic_operation {
    const char *name;                /**< C function name, for errors and logs */
    const char *method;              /**< "GET", "POST", ... */
    const char *path;                /**< template relative to the base URL, e.g. "/contacts/{id}" */
    const apic_struct_desc *params;  /**< NULL when the operation takes no parameters */
    const apic_param *param_locs;    /**< n = params->n_fields */
    const apic_type *body;           /**< request body type, or NULL */
    const char *body_media;          /**< e.g. "application/json" */
    bool body_required;
    const apic_response *responses;
    size_t n_responses;
    /** Alternatives: the first whose credentials are configured is used. NULL = no auth. */
    const apic_security_req *security;
    size_t n_security;
    apic_body_kind body_kind;
    /** For APIC_BODY_FORM and APIC_BODY_MULTIPART with a struct body: one per field; else NULL. */
    const apic_body_field *body_fields;
} apic_operation;

#ifdef __cplusplus
}
#endif
#endif
