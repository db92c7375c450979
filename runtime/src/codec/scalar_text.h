/* A scalar value as the text parameters, form bodies and multipart text parts carry. */
#ifndef APIC_CODEC_SCALAR_TEXT_H
#define APIC_CODEC_SCALAR_TEXT_H

#include <stddef.h>

#include "apic/desc.h"

/* Room for the text of any number. */
enum { APIC_NUM_CAP = 40 };

/* The text of a scalar value (bool, number, string, raw JSON, enum): *s points into num or into
 * the value itself, *len is its length. Returns -1 for a value with no text (an absent string,
 * NaN or infinity, an enum holding neither value nor text, or not a scalar). */
int apic_scalar_text(const apic_type *t, const void *value, char num[APIC_NUM_CAP], const char **s, size_t *len);

#endif
