/**
 * @file apic/validate.h
 * @brief Checking a value against its descriptor before anything is sent.
 *
 * The encoder already refuses a request with a missing required member; the validator goes
 * further and names every problem's place the way a person would write it
 * (`data.items[2].sku`): required members, string formats and enum values.
 */
#ifndef APIC_VALIDATE_H
#define APIC_VALIDATE_H

#include <stdbool.h>

#include "desc.h"
#include "error.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Checks the slot of type t as a request value: every required member (read-only ones
 * excepted) is present, strings match their format, enum members hold a known value (a text
 * this SDK does not know is refused: the registry or spec defines the allowed ones) and raw
 * JSON members are well-formed JSON. root names the value in messages, e.g. "data".
 * Returns 0, or APIC_E_VALIDATION with err's message starting with the path of the first
 * problem: `data.items[2].sku: required member is missing`.
 */
APIC_EXPORT int apic_validate(const apic_type *t, const void *slot, const char *root, apic_error *err);

/**
 * True when the NUL-terminated text s is valid for format f (APIC_FMT_NONE accepts any).
 * date-time is RFC 3339 (calendar checked), date is its full-date, uuid is 8-4-4-4-12 hex,
 * uri has a scheme, email is a practical mailbox (`local@domain.tld`), currency is an active
 * ISO 4217 code, phone is E.164 (+ and 7 to 15 digits), country is two capital letters.
 */
APIC_EXPORT bool apic_format_check(apic_format f, const char *s);

/** The name of a format as written in a spec, e.g. "date-time"; "" for APIC_FMT_NONE. */
APIC_EXPORT const char *apic_format_name(apic_format f);

#ifdef __cplusplus
}
#endif
#endif
