/* Credentials are wiped before their memory goes back to the allocator. */
#ifndef APIC_BASE_SECRET_H
#define APIC_BASE_SECRET_H

/* Zeroes and frees a string that held a secret. NULL is a no-op. */
void apic_free_secret(char *s);

#endif
