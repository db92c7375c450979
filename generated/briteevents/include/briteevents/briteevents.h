/**
 * @file briteevents/briteevents.h
 * @brief C SDK for BriteEvents 1.0.0: include this one header.
 *
 * BriteEvents carries domain events between services. A service publishes what happened to an
 * entity (`Policy` `Created`, `Claim` `Closed`) with the event's data and the context of the
 * unit of work that produced it: the service's name, the user who acted (absent when a service
 * works on its own) and the job id that links the requests of one job across services.
 * The events of one unit of work are published together, as one batch, once the work has
 * succeeded; a unit of work that failed publishes nothing.
 * Topics (category, entity, action and the data each carries) are defined in a topic
 * definitions file shared by publishers and consumers; this API checks the event's shape, the
 * consumers its data. Every request is authenticated with a bearer token.
 * This is our own description of the API that the vendor's Python library (bc-events) uses.
 *
 * Generated from openapi.yaml by the apic generator; do not edit.
 *
 * @code
 * briteevents_config cfg = BRITEEVENTS_CONFIG_INIT;
 * cfg.token = getenv("BRITEEVENTS_TOKEN");
 * briteevents_client *client = NULL;
 * briteevents_error err = {0};
 * if (briteevents_client_new(&cfg, &client, &err) != 0) { fprintf(stderr, "%s\n", err.message); }
 * @endcode
 */
#ifndef BRITEEVENTS_H
#define BRITEEVENTS_H

#include "client.h"
#include "models.h"
#include "events.h"
#include "topics.h"

#endif
