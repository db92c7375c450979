/**
 * @file sockudo/sockudo.h
 * @brief C SDK for Sockudo 2.0.0: include this one header.
 *
 * Sockudo is a WebSocket server that speaks the Pusher Channels protocol. Its HTTP API is the
 * trusted server interface of an app: it publishes events to channels (one at a time or in
 * batches), reads the state of channels and presence members, and disconnects users. Beside the
 * Pusher Channels HTTP API it keeps durable channel history and presence history (paged with
 * opaque cursors), versioned (mutable) messages that can be updated, appended to and deleted,
 * and annotations on messages (reactions, read receipts, moderation signals).
 * Every route under `/apps/{app_id}` is signed the Pusher way: `auth_key`, `auth_timestamp`,
 * `auth_version`, `body_md5` (for a request with a body) and `auth_signature` in the query
 * string (see the `pusherSignature` security scheme). The history reset and purge endpoints and
 * the presence-history reset are Sockudo operator endpoints: destructive, for administrative
 * tooling, and each asks the caller to name the channel and the operation again in its body.
 * This is our own description of the API documented in the sockudo/sockudo repository
 * (docs/content/docs/server/http-api.mdx and the HTTP endpoint reference).
 *
 * Generated from openapi.yaml by the apic generator; do not edit.
 *
 * @code
 * sockudo_config cfg = SOCKUDO_CONFIG_INIT;
 * cfg.api_key = getenv("SOCKUDO_API_KEY");
 * sockudo_client *client = NULL;
 * sockudo_error err = {0};
 * if (sockudo_client_new(&cfg, &client, &err) != 0) { fprintf(stderr, "%s\n", err.message); }
 * @endcode
 */
#ifndef SOCKUDO_H
#define SOCKUDO_H

#include "client.h"
#include "models.h"
#include "events.h"
#include "channels.h"
#include "presence.h"
#include "users.h"
#include "history.h"
#include "messages.h"
#include "annotations.h"
#include "webhook_events.h"
#include "pusher.h"

#endif
