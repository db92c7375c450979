/* Writing to files the way records must be written: completely or with an error. */
#ifndef APIC_BASE_IO_H
#define APIC_BASE_IO_H

#include <stddef.h>

/* Writes all n bytes (retrying short and interrupted writes); 0, or -1 with errno set. */
int apic_write_all(int fd, const char *p, size_t n);

#endif
