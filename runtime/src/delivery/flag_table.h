/* The flag defaults of a client (apic/flags.h): a small table behind a lock, read only when a
 * flag cannot be asked, written whenever the application likes. */
#ifndef APIC_DELIVERY_FLAG_TABLE_H
#define APIC_DELIVERY_FLAG_TABLE_H

#include <pthread.h>

#include "apic/flags.h"

typedef struct apic_flag_table {
    pthread_mutex_t lock;
    apic_flag_default *entries; /* keys owned */
    size_t count, cap;
} apic_flag_table;

/* 0, or APIC_E_NOMEM. */
int apic_flag_table_init(apic_flag_table *t);
void apic_flag_table_free(apic_flag_table *t);
/* Sets n defaults, all or none; what names the source in errors ("config.flag_defaults"). */
int apic_flag_table_set(apic_flag_table *t, const apic_flag_default *d, size_t n, const char *what, apic_error *err);
bool apic_flag_table_get(apic_flag_table *t, const char *key);

#endif
