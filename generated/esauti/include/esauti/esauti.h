/**
 * @file esauti/esauti.h
 * @brief C SDK for eSauti 1.0.0: include this one header.
 *
 * eSauti is a marketing-automation platform: it keeps contacts and the companies they work
 * for, groups them into segments, runs campaigns, collects form submissions, sends emails,
 * tracks notes and lifecycle stages, and notifies other systems through webhooks.
 * Every request is authenticated with a bearer token (an OAuth2 access token or a personal
 * API token) and exchanges JSON. List operations page with `start` and `limit` and return an
 * envelope holding the `total` number of matches and one page of items.
 *
 * Generated from openapi.yaml by the apic generator; do not edit.
 *
 * @code
 * esauti_config cfg = ESAUTI_CONFIG_INIT;
 * cfg.token = getenv("ESAUTI_TOKEN");
 * esauti_client *client = NULL;
 * esauti_error err = {0};
 * if (esauti_client_new(&cfg, &client, &err) != 0) { fprintf(stderr, "%s\n", err.message); }
 * @endcode
 */
#ifndef ESAUTI_H
#define ESAUTI_H

#include "client.h"
#include "models.h"
#include "contacts.h"
#include "companies.h"
#include "segments.h"
#include "campaigns.h"
#include "forms.h"
#include "emails.h"
#include "notes.h"
#include "stages.h"
#include "tags.h"
#include "webhooks.h"
#include "events.h"
#include "event_types.h"
#include "webhook_events.h"

#endif
