/* What the parts of apic/pusher.h share: the checks the Pusher servers make (so a refusal comes
 * before anything is sent, naming what is wrong), the app's credentials on a client, and the
 * per-channel key of encrypted channels. */
#ifndef APIC_EVENTS_PUSHER_INTERNAL_H
#define APIC_EVENTS_PUSHER_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "apic/buf.h"
#include "apic/pusher.h"

/* A printable excerpt of s for an error message, in buf: at most 48 characters, anything but
 * printable ASCII shown as '?', "..." when cut. Never use it on a secret. Returns buf. */
const char *apic_pusher_quote(const char *s, char *buf, size_t cap);

/* 0, or APIC_E_VALIDATION naming what (e.g. "channels[2]") when channel is not a name the
 * servers take: 1 to APIC_PUSHER_MAX_CHANNEL_NAME of A-Z a-z 0-9 _ - = @ , . ; */
int apic_pusher_check_channel(const char *channel, const char *what, apic_error *err);

/* 0, or APIC_E_VALIDATION naming what when socket_id is not <digits>.<digits>. */
int apic_pusher_check_socket_id(const char *socket_id, const char *what, apic_error *err);

/* 0, or APIC_E_CONFIG when the client cannot sign for an app (no key or no secret). */
int apic_pusher_check_signer(const apic_client *client, const char *fn, apic_error *err);

/* The key of an encrypted channel: SHA-256 of the channel's name followed by the master key's 32
 * bytes, into key (wipe it after use). Returns 0, APIC_E_VALIDATION for a channel that is not an
 * encrypted one or a client without a master key, APIC_E_NOMEM. what names the channel's
 * argument in messages. */
int apic_pusher_channel_key(const apic_client *client, const char *channel, const char *what, unsigned char key[32],
                            apic_error *err);

/* Appends to out the JSON apic_pusher_encrypt() returns. Statuses as apic_pusher_channel_key(). */
int apic_pusher_encrypt_to(const apic_client *client, const char *channel, const char *what, const char *data,
                           size_t len, apic_buf *out, apic_error *err);

#endif
