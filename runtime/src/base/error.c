/* The error object every apic call fills on failure. */
#include "apic/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void apic_error_clear(apic_error *err)
{
    if (err == NULL) return;
    free(err->body);
    free(err->request_id);
    memset(err, 0, sizeof *err);
}

const char *apic_strerror(int status)
{
    switch (status) {
    case APIC_OK: return "success";
    case APIC_E_CONFIG: return "invalid configuration";
    case APIC_E_ARG: return "invalid argument";
    case APIC_E_VALIDATION: return "validation error";
    case APIC_E_ENCODE: return "encoding error";
    case APIC_E_DECODE: return "decoding error";
    case APIC_E_TRANSPORT: return "transport error";
    case APIC_E_TIMEOUT: return "timeout";
    case APIC_E_HTTP: return "HTTP error";
    case APIC_E_NOMEM: return "out of memory";
    case APIC_E_FULL: return "queue full";
    case APIC_E_STATE: return "not in a state to do that";
    case APIC_E_WEBHOOK_HEADER: return "webhook header missing";
    case APIC_E_WEBHOOK_MALFORMED: return "webhook signature malformed";
    case APIC_E_WEBHOOK_TIMESTAMP: return "webhook timestamp outside the tolerance";
    case APIC_E_WEBHOOK_SIGNATURE: return "webhook signature does not match";
    case APIC_E_OFFLINE: return "offline mode: nothing is sent";
    case APIC_E_TOO_LARGE: return "response too large";
    case APIC_E_CANCELLED: return "cancelled";
    default: return "unknown error";
    }
}

int apic_error_set(apic_error *err, apic_status kind, const char *fmt, ...)
{
    if (err == NULL) return kind;
    err->kind = kind;
    err->message[0] = '\0';
    if (fmt != NULL) {
        va_list ap;
        va_start(ap, fmt);
        /* Truncation is fine: the message is for humans and is always terminated. */
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return kind;
}
