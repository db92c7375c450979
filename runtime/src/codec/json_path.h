/* Where in a document the codec is, kept as a small stack so an error can say
 * `$.contacts[2].id` without the hot path building any text. */
#ifndef APIC_CODEC_JSON_PATH_H
#define APIC_CODEC_JSON_PATH_H

#include <stddef.h>

/* One step: a member name (key, len), or an array index (key NULL, len = index). */
typedef struct apic_path_seg {
    const char *key;
    size_t len;
} apic_path_seg;

/* Writes root (the codec's is "$", an event's data is "data") followed by ".key" and "[i]"
 * steps into buf; always terminated, "..." when cut. */
void apic_path_format(const char *root, const apic_path_seg *segs, size_t n, char *buf, size_t cap);

#endif
