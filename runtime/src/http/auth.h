/* Security schemes: which alternative a call uses, and the Authorization header values. */
#ifndef APIC_HTTP_AUTH_H
#define APIC_HTTP_AUTH_H

#include "apic/operation.h"

/* The credentials a client was configured with; NULL means not configured. */
typedef struct apic_credentials {
    const char *token;
    const char *api_key;
    const char *username;
    const char *password;
    const char *hmac_secret;
} apic_credentials;

/* The first non-empty alternative of op->security whose credentials are all configured,
 * or NULL (the request then goes without authentication). */
const apic_security_req *apic_auth_pick(const apic_operation *op, const apic_credentials *c);

/* "Bearer <token>" or "Basic <base64(username:password)>" for an Authorization header
 * (bearer and basic schemes only),
 * newly allocated; NULL when out of memory. */
char *apic_auth_header_value(const apic_security_scheme *s, const apic_credentials *c);

#endif
