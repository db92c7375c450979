/* Log records of SDK code (apic_client_log in apic/client.h), through the client's logger. */
#include "delivery/client_internal.h"

void apic_client_log(const apic_client *client, apic_log_level level, const apic_operation *op, const char *message)
{
    if (client == NULL || message == NULL || !apic_log_on(&client->log, level)) return;
    apic_log_attempt a = {op, NULL, 0, 0, -1, NULL, NULL, 0, 0, NULL, 0, NULL, 0, NULL, NULL, 0, NULL};
    apic_log_emit(&client->log, level, &a, message);
}
