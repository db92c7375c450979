/* Random bytes from the kernel's CSPRNG, buffered per thread. */
#ifndef APIC_BASE_RANDOM_H
#define APIC_BASE_RANDOM_H

#include <stdbool.h>
#include <stddef.h>

/* Fills out with n (at most 256) bytes; false only when no randomness could be had at all. */
bool apic_random_bytes(void *out, size_t n);

#endif
