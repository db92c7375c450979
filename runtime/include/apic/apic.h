/**
 * @file apic/apic.h
 * @brief The apic runtime: everything a generated SDK links against.
 */
#ifndef APIC_APIC_H
#define APIC_APIC_H

#define APIC_VERSION "0.1.0"

#include "body.h"
#include "buf.h"
#include "bulk.h"
#include "client.h"
#include "codec.h"
#include "desc.h"
#include "error.h"
#include "events.h"
#include "operation.h"
#include "queue.h"
#include "session.h"
#include "sign.h"
#include "sse.h"
#include "topics.h"
#include "transport.h"
#include "log.h"
#include "url.h"
#include "validate.h"

#endif
