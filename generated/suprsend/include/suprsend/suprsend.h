/**
 * @file suprsend/suprsend.h
 * @brief C SDK for SuprSend 1.2.2: include this one header.
 *
 * APIs supported on suprsend platform
 *
 * Generated from openapi.yaml with overlays fix-service-token.yaml, fix-examples.yaml, fix-trigger-recipients.yaml by the apic generator; do not edit.
 *
 * @code
 * suprsend_config cfg = SUPRSEND_CONFIG_INIT;
 * cfg.token = getenv("SUPRSEND_TOKEN");
 * suprsend_client *client = NULL;
 * suprsend_error err = {0};
 * if (suprsend_client_new(&cfg, &client, &err) != 0) { fprintf(stderr, "%s\n", err.message); }
 * @endcode
 */
#ifndef SUPRSEND_H
#define SUPRSEND_H

#include "client.h"
#include "models.h"
#include "operations.h"
#include "attachments.h"
#include "bulk.h"
#include "duration.h"
#include "request_limits.h"
#include "track.h"
#include "user_edit.h"
#include "workflow_trigger.h"
#include "workspace_signature.h"

#endif
