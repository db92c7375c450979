/**
 * @file apic/sse.h
 * @brief Server-sent events (text/event-stream): a parser following the WHATWG HTML rules,
 * and apic_call_events(), which delivers each event of a response as it arrives.
 *
 * The stream is read line by line (lines end with CRLF, LF or CR, and an end may be split
 * across reads); a leading byte order mark is dropped; `event`, `data` (several lines are
 * joined with "\n"), `id` and `retry` fields are kept, comments (lines starting with ':')
 * and unknown fields are ignored; a blank line dispatches the event, unless it has no data.
 * An event the stream ends in the middle of is not dispatched. Bytes are passed on as they
 * came (UTF-8 is not checked), except that an `event` or `id` field holding a NUL byte is
 * ignored: the type and the id are handed over as C strings.
 *
 * Size: a stream is not limited as a whole (it may run for hours), each event is.
 * apic_call_events() stops the stream with APIC_E_TOO_LARGE as soon as the event being read
 * (its data, its type and the line not yet ended) holds more than the call's
 * max_response_bytes (apic_config.max_response_bytes, 64 MiB by default), so memory stays
 * bounded whatever the server sends. The parser itself (apic_sse_feed()) has no limit: a
 * caller feeding it directly bounds what it feeds.
 */
#ifndef APIC_SSE_H
#define APIC_SSE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** One event. Everything is borrowed for the duration of the callback only. */
typedef struct apic_sse_event {
    const char *type; /**< the `event` field, or "message" when the event had none */
    const char *data; /**< the data lines joined with "\n", NUL-terminated */
    size_t data_len;  /**< bytes of data, the terminator not counted (data may hold NUL bytes) */
    const char *id;   /**< the last `id` the stream sent, this event's or an earlier one's; "" when none */
    long retry_ms;    /**< the last `retry` the stream sent (reconnection delay), or -1 */
} apic_sse_event;

/** Receives one event. Return 0 to go on, anything else to stop the stream. */
typedef int (*apic_sse_callback)(void *ctx, const apic_sse_event *event);

/**
 * Parser state, for reading a stream yourself (apic_call_events() runs one for you). Members are
 * private; set it up with apic_sse_init(), release it with apic_sse_clear(). Not thread-safe.
 */
typedef struct apic_sse_parser {
    apic_sse_callback on_event;  /**< private: receives each event (may be NULL: events are parsed and dropped) */
    void *ctx;                   /**< private: on_event's first argument */
    apic_buf line;               /**< private: the line being read */
    apic_buf data;               /**< private: data lines of the event being read, each followed by a line feed */
    apic_buf type;               /**< private: its event type */
    apic_buf id;                 /**< private: the last event id */
    long retry_ms;               /**< private: the last `retry` value, in milliseconds; -1 before any */
    bool first_line;             /**< private: no line ended yet: a byte order mark may start this one */
    bool after_cr;               /**< private: the last byte was CR: a LF right after it ends nothing more */
    int stopped;                 /**< private: what the callback returned when it stopped the stream, else 0 */
} apic_sse_parser;

/** Prepares p (its contents are overwritten, not freed) to deliver events to on_event(ctx, event). */
APIC_EXPORT void apic_sse_init(apic_sse_parser *p, apic_sse_callback on_event, void *ctx);

/**
 * Reads the next len bytes of the stream, in any split, and calls on_event for each event
 * they complete. Returns 0; APIC_E_NOMEM; or, once the callback returned non-zero, that value
 * (then and on every later call, without reading anything more).
 */
APIC_EXPORT int apic_sse_feed(apic_sse_parser *p, const char *bytes, size_t len);

/** Frees what p holds (p itself is the caller's); an event not yet dispatched is dropped. NULL is a no-op. */
APIC_EXPORT void apic_sse_clear(apic_sse_parser *p);

#ifdef __cplusplus
}
#endif
#endif
