/* The clocks the runtime measures with: monotonic milliseconds for timeouts, deadlines and
 * batch intervals (they must not jump with the wall clock), and a sleep that finishes its time. */
#ifndef APIC_BASE_CLOCK_H
#define APIC_BASE_CLOCK_H

/* Milliseconds of CLOCK_MONOTONIC. */
long long apic_monotonic_ms(void);

/* Sleeps ms milliseconds, resuming after signals. */
void apic_sleep_ms(long ms);

#endif
