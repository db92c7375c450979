/**
 * @file apic/apic.h
 * @brief The apic runtime: everything a generated SDK links against.
 */
#ifndef APIC_APIC_H
#define APIC_APIC_H

#include "async.h"
#include "body.h"
#include "buf.h"
#include "bulk.h"
#include "cache.h"
#include "client.h"
#include "codec.h"
#include "dead_letter.h"
#include "desc.h"
#include "error.h"
#include "events.h"
#include "flags.h"
#include "ids.h"
#include "log.h"
#include "operation.h"
#include "pager.h"
#include "pusher.h"
#include "queue.h"
#include "request.h"
#include "retry.h"
#include "session.h"
#include "sign.h"
#include "sse.h"
#include "topics.h"
#include "transport.h"
#include "url.h"
#include "validate.h"
#include "version.h"
#include "webhook.h"
#include "webhook_receive.h"

#endif
