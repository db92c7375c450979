/* The typed decoder across its two files: json_decode.c decodes every kind and hands unions
 * to json_union.c, which decodes the variant it picks through apic_dec_value. */
#ifndef APIC_CODEC_JSON_DECODE_H
#define APIC_CODEC_JSON_DECODE_H

#include "codec/json_lex.h"

/* Decodes the value at x->p (whitespace skipped) into a zeroed inline slot of type t. */
int apic_dec_value(apic_lex *x, const apic_type *t, void *slot);

/* The same for an APIC_UNION slot (json_union.c). */
int apic_dec_union(apic_lex *x, const apic_type *t, void *slot);

#endif
