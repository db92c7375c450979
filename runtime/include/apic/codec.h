/**
 * @file apic/codec.h
 * @brief The one JSON codec: parse into, serialise from and free any described value.
 *
 * Parsing writes straight into the C structs (no intermediate tree), keeps 64-bit
 * integers exact, keeps unknown members and unknown enum texts, and never reads past
 * `len`. Strings are C strings: a string value holding `\u0000` ends there, and a member
 * name holding it is an APIC_E_DECODE (cut short, it would name another member). Serialising
 * writes straight into an apic_buf.
 *
 * A "slot" is inline storage of apic_type_size(t) bytes (see apic/desc.h); for
 * APIC_OBJECT the slot is the struct itself.
 */
#ifndef APIC_CODEC_H
#define APIC_CODEC_H

#include <stddef.h>

#include "buf.h"
#include "desc.h"
#include "error.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Maximum nesting depth accepted by the parser (deeper input is an APIC_E_DECODE). */
#define APIC_JSON_MAX_DEPTH 128

/** Serialisation modes. */
enum {
    APIC_ENC_REQUEST = 1u << 0, /**< skip read-only fields; enforce required fields */
    APIC_ENC_RESPONSE = 1u << 1 /**< skip write-only fields */
};

/**
 * Parses JSON text into a zeroed slot of type t.
 * On failure the slot is left zeroed (everything partly parsed is freed) and err names
 * the position and the JSON path, e.g. `$.contacts[2].id: expected integer at offset 812`.
 * Returns 0, APIC_E_DECODE or APIC_E_NOMEM.
 */
APIC_EXPORT int apic_json_decode(const apic_type *t, const char *json, size_t len, void *slot, apic_error *err);

/**
 * Appends the JSON text of the slot to out.
 * Fails with APIC_E_VALIDATION naming the path (`$.email`) when a required field is
 * absent in APIC_ENC_REQUEST mode, or APIC_E_ENCODE for an unserialisable value
 * (invalid raw JSON in an APIC_ANY slot, an enum with neither value nor text, NaN).
 * On failure out is restored to its previous length.
 */
APIC_EXPORT int apic_json_encode(const apic_type *t, const void *slot, apic_buf *out, unsigned mode, apic_error *err);

/** Frees everything the slot owns and zeroes it; the slot's own storage is not freed. */
APIC_EXPORT void apic_value_clear(const apic_type *t, void *slot);

/** Frees a heap-allocated struct of descriptor d and everything it owns. NULL is a no-op. */
APIC_EXPORT void apic_struct_free(const apic_struct_desc *d, void *obj);

/**
 * Allocates a zeroed slot of type t, decodes json into it and returns it in *out.
 * Used for typed results; free with apic_value_free(). Returns 0 or a negative status.
 */
APIC_EXPORT int apic_value_new_from_json(const apic_type *t, const char *json, size_t len, void **out, apic_error *err);

/** Clears and frees a slot allocated by apic_value_new_from_json(). NULL is a no-op. */
APIC_EXPORT void apic_value_free(const apic_type *t, void *slot);

/**
 * Serialises a slot (all fields, whatever their direction) into a new NUL-terminated string
 * in *out (free() it). Returns 0 or a negative status; *out is NULL on failure.
 */
APIC_EXPORT int apic_value_to_json(const apic_type *t, const void *slot, char **out, apic_error *err);

/**
 * Checks that raw JSON text is exactly one well-formed JSON value (surrounding whitespace
 * allowed). Returns 0 or APIC_E_DECODE with the offset of the first problem.
 */
APIC_EXPORT int apic_json_validate(const char *json, size_t len, apic_error *err);

/** Appends s as a JSON string literal (quotes and escapes added). Returns 0 or APIC_E_NOMEM. */
APIC_EXPORT int apic_json_write_string(apic_buf *out, const char *s, size_t len);

#ifdef __cplusplus
}
#endif
#endif
