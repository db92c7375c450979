/**
 * @file apic/operation.h
 * @brief Operation descriptors: everything the runtime needs to perform one API call.
 *
 * Generated code emits one `static const apic_operation` per operation and a typed
 * wrapper that calls apic_call(). Parameters live in a generated struct described by
 * an apic_struct_desc; `param_locs[i]` gives where field i goes (path, query, header, cookie)
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

/** Where a parameter goes (OpenAPI `in`); also where an apiKey security scheme puts its key. */
typedef enum apic_param_in {
    APIC_IN_PATH = 1, /**< substituted into the path template's `{name}`; always required */
    APIC_IN_QUERY,    /**< in the query string */
    APIC_IN_HEADER,   /**< a request header of the parameter's name */
    APIC_IN_COOKIE    /**< a pair in the one Cookie header */
} apic_param_in;

/**
 * How a parameter's value is written (OpenAPI `style`), shown for the array [a, b] and the
 * object {"x": 1} (explode: the apic_param member of that name).
 */
typedef enum apic_style {
    APIC_STYLE_FORM = 1,        /**< query and cookie: `name=a,b`, `name=x,1`; exploded `name=a&name=b`, `x=1` */
    APIC_STYLE_SIMPLE,          /**< path: `a,b`, `x,1`; exploded `x=1`. Headers always use it */
    APIC_STYLE_LABEL,           /**< path: `.a.b`, `.x.1`; exploded `.x=1` */
    APIC_STYLE_MATRIX,          /**< path: `;name=a,b`; exploded `;name=a;name=b`, `;x=1` */
    APIC_STYLE_SPACE_DELIMITED, /**< query arrays: `name=a%20b` */
    APIC_STYLE_PIPE_DELIMITED,  /**< query arrays: `name=a|b` */
    APIC_STYLE_DEEP_OBJECT,     /**< objects: `name[x]=1`, nested as deep as the value goes (`name[x][y]=1`, arrays by index: `name[0][x]=1`) */
    /** A parameter described with `content: application/json`: the value as JSON text
     *  (`filter=%7B%22x%22%3A1%7D`). Also how any style writes a member or item that it has
     *  no form for (an array of objects in form style, which OpenAPI leaves undefined). */
    APIC_STYLE_JSON
} apic_style;

/** Location and serialisation of one parameter; parallel to the params struct's fields. */
typedef struct apic_param {
    apic_param_in in;    /**< where the parameter goes */
    apic_style style;    /**< how it is written; ignored for headers (always simple) */
    bool explode;        /**< OpenAPI `explode`: one pair (or segment) per array item or object member */
    bool allow_reserved; /**< query and cookie: reserved characters (`:/?#[]@!$&'()*+,;=`) are kept, not percent-encoded */
} apic_param;

/** Security scheme kinds. */
typedef enum apic_auth_kind {
    APIC_AUTH_BEARER = 1, /**< http bearer, oauth2, openIdConnect: `Authorization: Bearer <token>` */
    APIC_AUTH_BASIC,      /**< http basic from username/password */
    APIC_AUTH_API_KEY,    /**< apiKey in header, query or cookie */
    APIC_AUTH_HMAC,       /**< HMAC-SHA256 request signature from config.hmac_secret (see apic_hmac_scheme) */
    /** Pusher's query signing (spec extension `x-apic-pusher-signature: true` on an apiKey query
     *  scheme named auth_signature): auth_key (config.api_key), auth_timestamp, auth_version,
     *  body_md5 and auth_signature, the hex HMAC-SHA256 with config.hmac_secret over
     *  METHOD "\n" PATH "\n" the sorted query (apic_pusher_sign_query() in apic/sign.h). */
    APIC_AUTH_PUSHER
} apic_auth_kind;

/**
 * How an APIC_AUTH_HMAC scheme signs (spec extension `x-apic-hmac` on an apiKey scheme):
 * `<timestamp_header>: <unix seconds>` and `<scheme param>: <prefix><hex HMAC-SHA256>`, the
 * HMAC taken with the secret over METHOD "\n" TARGET "\n" TIMESTAMP "\n" BODY, TARGET being
 * the path (and "?query" when there is one) and BODY the exact bytes sent.
 */
typedef struct apic_hmac_scheme {
    const char *timestamp_header; /**< header carrying the Unix time in seconds, e.g. "X-eSauti-Timestamp" */
    const char *prefix;           /**< written before the hex digest, e.g. "sha256=" */
} apic_hmac_scheme;

/** A security scheme from components/securitySchemes. */
typedef struct apic_security_scheme {
    const char *name;     /**< scheme name in the spec */
    apic_auth_kind kind;  /**< which credential of the config applies, and how */
    apic_param_in in;     /**< for APIC_AUTH_API_KEY: where the key goes (header, query or cookie) */
    const char *param;    /**< header, query or cookie name for APIC_AUTH_API_KEY; signature header for HMAC */
    const apic_hmac_scheme *hmac; /**< for APIC_AUTH_HMAC, else NULL */
    /** For APIC_AUTH_API_KEY: written before the key, e.g. "ServiceToken " for a header
     *  `Authorization: ServiceToken <key>` (spec extension `x-apic-key-prefix`); NULL = none. */
    const char *prefix;
} apic_security_scheme;

/** One security requirement: all of its schemes apply together. */
typedef struct apic_security_req {
    const apic_security_scheme *const *schemes; /**< the schemes, applied in this order */
    size_t n_schemes;                           /**< number of entries in schemes; 0 = the spec's `{}`: anonymous */
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
    const char *media;     /**< media type, e.g. "application/json"; the Accept header lists those of 2xx responses */
    apic_response_kind kind; /**< how a 2xx body reaches the caller */
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
    bool explode;        /**< form bodies: OpenAPI explode (one pair per array item or object member) */
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
    const apic_struct_desc *params;  /**< descriptor of the parameter struct; NULL when the operation takes no parameters */
    const apic_param *param_locs;    /**< where and how each parameter goes: params->n_fields entries */
    const apic_type *body;           /**< type of the request body apic_call() takes, or NULL without one */
    const char *body_media;          /**< the body's Content-Type, e.g. "application/json"; NULL = application/json */
    bool body_required;              /**< apic_call() refuses a NULL body (APIC_E_ARG) */
    /**
     * The documented responses. An answer uses the entry of its exact status, else of its class
     * (1..5), else the default (0); a 2xx without an entry, or one whose type is NULL, decodes nothing.
     */
    const apic_response *responses;
    size_t n_responses;              /**< number of entries in responses */
    /** Alternatives: the first whose credentials are configured is used. NULL = no auth. */
    const apic_security_req *security;
    size_t n_security;               /**< number of entries in security */
    apic_body_kind body_kind;        /**< how `body` is encoded; APIC_BODY_JSON (0) by default */
    /** For APIC_BODY_FORM and APIC_BODY_MULTIPART with a struct body: one per field; else NULL. */
    const apic_body_field *body_fields;
    /**
     * The operation's own server (the spec's `servers` on the operation or its path), an absolute
     * URL such as "https://management-api.suprsend.com", used instead of config.base_url (and
     * redirected by config.servers); NULL = config.base_url, as for most operations.
     */
    const char *server;
} apic_operation;

#ifdef __cplusplus
}
#endif
#endif
