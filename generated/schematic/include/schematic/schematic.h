/**
 * @file schematic/schematic.h
 * @brief C SDK for Schematic 0.1: include this one header.
 *
 * Schematic API
 *
 * Generated from openapi.yaml by the apic generator; do not edit.
 *
 * @code
 * schematic_config cfg = SCHEMATIC_CONFIG_INIT;
 * cfg.api_key = getenv("SCHEMATIC_API_KEY");
 * schematic_client *client = NULL;
 * schematic_error err = {0};
 * if (schematic_client_new(&cfg, &client, &err) != 0) { fprintf(stderr, "%s\n", err.message); }
 * @endcode
 */
#ifndef SCHEMATIC_H
#define SCHEMATIC_H

#include "client.h"
#include "models.h"
#include "accounts.h"
#include "billing.h"
#include "credits.h"
#include "catalogs.h"
#include "checkout.h"
#include "companies.h"
#include "entitlements.h"
#include "plans.h"
#include "components.h"
#include "planbundle.h"
#include "dataexports.h"
#include "events.h"
#include "features.h"
#include "insights.h"
#include "integrationsapi.h"
#include "licenses.h"
#include "plangroups.h"
#include "planmigrations.h"
#include "componentspublic.h"
#include "scheduledcheckout.h"
#include "accesstokens.h"
#include "webhooks.h"
#include "buffered_events.h"
#include "flag_checks.h"
#include "webhook_verify.h"

#endif
