/* eSauti without blocking, on libuv: one thread lists contacts and sends 1,000 HMAC-signed events
 * at once, its libuv loop driving every transfer through the SDK's hooks (apic/async.h).
 *
 *   esauti_async_libuv API_URL EVENTS_URL HMAC_SECRET [COUNT]
 *
 * API_URL serves the REST API (contacts), EVENTS_URL is where events are posted (the events
 * endpoint, e.g. http://127.0.0.1:8080/api/integrations/events). COUNT events (1,000 by default)
 * are started at once; the client keeps 64 of them in flight and queues the rest. Each callback is
 * checked to fire exactly once and every call to succeed; the program prints a summary and exits
 * non-zero on any failure. `make demo` runs it against Prism (contacts) and the receiver that
 * checks every signature (tests/servers/event_receiver.py). The token comes from $ESAUTI_TOKEN.
 *
 * How the loop and the client meet: the client says which sockets to watch and when to wake it
 * (the hooks below); the loop says when a socket is ready or the time has come
 * (apic_async_socket_ready(), apic_async_timeout()). The program never blocks and creates no
 * thread; callbacks run on this thread, inside those two functions. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uv.h>

#include <apic/async.h>
#include <esauti/esauti.h>

enum { DEFAULT_EVENTS = 1000, MAX_EVENTS = 100000, IN_FLIGHT = 64, WATCHDOG_MS = 60000 };

/* One watched socket: the uv_poll_t libuv needs per file descriptor. Kept in a list because the
 * client watches a few sockets at a time (at most IN_FLIGHT connections and its wake-up pipe). */
typedef struct watcher {
    uv_poll_t poll;
    int fd;
    struct app *app;
    struct watcher *next;
} watcher;

/* One event sent: its callback counts here, so that a second call of it shows. */
typedef struct event_call {
    struct app *app;
    int index;
    int fired;
    bool refused; /* apic_call_async() refused it: no callback is due */
} event_call;

typedef struct app {
    uv_loop_t loop;
    uv_timer_t timer;    /* the one timer the client asks for (hooks.timer) */
    uv_timer_t watchdog; /* ends a run that hangs, so that the demo fails instead of waiting */
    watcher *watchers;   /* sockets the client asked to watch, not yet told to stop */
    int open_handles;    /* uv handles initialised and not yet closed: 0 at the end, or a leak */
    esauti_client *client;
    const char *events_url;
    const char *source;
    event_call *events;
    int n_events, events_done, events_failed, callbacks;
    int contacts_fired, contacts_failed;
    size_t contacts_listed;
    long long contacts_total;
    bool timed_out;
    bool running; /* inside the first uv_run(): the one maybe_done() stops */
    bool freed;   /* esauti_client_free() returned: no hook may be called after it */
    int late_hooks;
    uint64_t t0;
} app;

/* --- what the loop does for the client --------------------------------------------------------- */

static void on_closed(uv_handle_t *h)
{
    app *a = h->data;
    a->open_handles--;
    if (h->type == UV_POLL) free(h); /* a watcher: its uv_poll_t is its first member */
}

static watcher **find_watcher(app *a, int fd)
{
    watcher **w = &a->watchers;
    while (*w != NULL && (*w)->fd != fd) w = &(*w)->next;
    return w;
}

/* A socket is ready: tell the client. libuv reports an error on the socket (status < 0) without
 * events; the client is told it is readable and writable, so that libcurl reads or writes it and
 * finds the error itself (and fails or retries that call as the blocking path would). */
static void on_socket(uv_poll_t *p, int status, int events)
{
    watcher *w = (watcher *)p;
    int ready = status < 0 ? APIC_ASYNC_IN | APIC_ASYNC_OUT
                           : ((events & UV_READABLE) ? APIC_ASYNC_IN : 0) | ((events & UV_WRITABLE) ? APIC_ASYNC_OUT : 0);
    /* w may be closed by watch() during this call (its transfer ended): w->fd is read before. */
    apic_async_socket_ready(w->app->client, w->fd, ready);
}

/* hooks.watch: start, change or stop watching fd. A socket no longer watched has its handle
 * closed, not merely stopped: the client may close the socket next, and the next socket may get
 * the same number, which must then get a handle of its own. */
static void watch(void *ctx, int fd, int events)
{
    app *a = ctx;
    if (a->freed) { /* the client is gone: nothing may ask for its sockets any more */
        a->late_hooks++;
        return;
    }
    watcher **slot = find_watcher(a, fd), *w = *slot;
    if (events == 0) {
        if (w == NULL) return; /* never watched, or already closed when the loop ended */
        *slot = w->next;
        uv_poll_stop(&w->poll);
        uv_close((uv_handle_t *)&w->poll, on_closed); /* freed in on_closed, after libuv is done with it */
        return;
    }
    if (w == NULL) {
        w = calloc(1, sizeof *w);
        if (w == NULL || uv_poll_init_socket(&a->loop, &w->poll, fd) != 0) {
            /* No way to say so from a hook: the call on this socket would wait forever. The
             * watchdog ends the run, which then fails. */
            fprintf(stderr, "esauti_async_libuv: cannot watch socket %d\n", fd);
            free(w);
            return;
        }
        w->fd = fd;
        w->app = a;
        w->poll.data = a;
        w->next = a->watchers;
        a->watchers = w;
        a->open_handles++;
    }
    int uv_events = ((events & APIC_ASYNC_IN) ? UV_READABLE : 0) | ((events & APIC_ASYNC_OUT) ? UV_WRITABLE : 0);
    uv_poll_start(&w->poll, uv_events, on_socket); /* replaces the mask it had */
}

static void on_timer(uv_timer_t *t)
{
    app *a = t->data;
    apic_async_timeout(a->client);
}

/* hooks.timer: one timer, re-armed on each request; -1 stops it. 0 arms it too: libuv then fires
 * it on the loop's next turn, not from inside this hook, as the client asks. */
static void timer(void *ctx, long ms)
{
    app *a = ctx;
    if (a->freed) {
        a->late_hooks++;
        return;
    }
    if (ms < 0) {
        uv_timer_stop(&a->timer);
    } else {
        uv_timer_start(&a->timer, on_timer, (uint64_t)ms, 0);
    }
}

/* --- what the program does when its calls complete --------------------------------------------- */

static void report(const char *what, int rc, const esauti_error *err)
{
    fprintf(stderr, "%s: %s (%d)", what, err != NULL ? err->message : "", rc);
    if (err != NULL && err->http_status != 0) {
        fprintf(stderr, " (HTTP %d): %s", err->http_status, err->body != NULL ? err->body : "");
    }
    fprintf(stderr, "\n");
}

/* Everything started has called back: the loop may stop. It would not stop by itself: the
 * client keeps its idle keep-alive connections (and the watchdog its timer) until freed. */
static void maybe_done(app *a)
{
    /* Only while running: a uv_stop() left pending (a callback of a call cancelled by
     * esauti_client_free() after the watchdog) would make close_loop()'s uv_run() return at once,
     * its close callbacks not run. */
    if (a->running && a->contacts_fired >= 1 && a->events_done == a->n_events) uv_stop(&a->loop);
}

/* The generated contacts list's typed callback: the page is ours to free, err valid until we return. */
static void on_contacts(void *user_data, int rc, esauti_contact_list *page, esauti_error *err)
{
    app *a = user_data;
    a->callbacks++;
    if (++a->contacts_fired > 1) {
        fprintf(stderr, "contacts list: callback called %d times\n", a->contacts_fired);
        a->contacts_failed = 1;
    }
    if (rc != 0 || page == NULL) {
        report("contacts list", rc, err);
        a->contacts_failed = 1;
    } else {
        a->contacts_listed = page->contacts.count;
        a->contacts_total = (long long)page->total;
        for (size_t i = 0; i < page->contacts.count && i < 3; i++) {
            printf("  #%lld  %s\n", (long long)page->contacts.items[i].id, page->contacts.items[i].email);
        }
    }
    esauti_contact_list_free(page);
    maybe_done(a);
}

/* An event's callback: an untyped result (apic_call_async()), the operation's receipt. */
static void on_event(void *user_data, int rc, void *result, apic_error *err)
{
    event_call *e = user_data;
    app *a = e->app;
    esauti_event_receipt *receipt = result;
    a->callbacks++;
    if (++e->fired > 1) {
        /* Counted once in events_done only: a second call is a failure of its own. */
        fprintf(stderr, "event %d: callback called %d times\n", e->index, e->fired);
        a->events_failed++;
        esauti_event_receipt_free(receipt);
        return;
    }
    a->events_done++;
    if (rc != 0 || receipt == NULL) {
        if (a->events_failed++ < 5) report("event", rc, err); /* the first few; the summary counts all */
    } else if (receipt->status.value != ESAUTI_EVENT_RECEIPT_STATUS_ACCEPTED) {
        /* Each event has an id of its own: anything but accepted means it was not sent once. */
        fprintf(stderr, "event %d: receipt %s\n", e->index, esauti_event_receipt_status_to_string(receipt->status.value));
        a->events_failed++;
    }
    esauti_event_receipt_free(receipt);
    maybe_done(a);
}

static void on_watchdog(uv_timer_t *t)
{
    app *a = t->data;
    fprintf(stderr, "esauti_async_libuv: still %zu calls pending after %d s\n", apic_async_pending(a->client),
            WATCHDOG_MS / 1000);
    a->timed_out = true;
    uv_stop(&a->loop);
}

/* --- starting the calls ------------------------------------------------------------------------- */

/* The async form of esauti_events_send_order_created(). The typed send functions are not
 * operations but the events layer over one (apic/events.h): it checks the event and builds its
 * envelope, then posts it with the ingest operation. So the async form does the same two steps:
 * apic_event_encode() (nothing starts when the event is wrong), then apic_call_async() with the
 * ingest operation and the options apic_event_send() gives it: the events URL, the source header,
 * the event id as the idempotency key (a retry is recognised by the server), and is_event so that
 * an event that fails for good is dead-lettered as an event. The HMAC signature is the ingest
 * operation's security: added to every attempt, as for the blocking send. */
static int send_order_created_async(app *a, event_call *e, const esauti_event_identity *who,
                                    const esauti_order_created_data *order, esauti_error *err)
{
    char id[37];
    if (apic_uuid_v4(id) != 0) {
        err->kind = APIC_E_NOMEM;
        snprintf(err->message, sizeof err->message, "no random bytes for the event id");
        return APIC_E_NOMEM;
    }
    esauti_event_options opts = {.id = id, .source = a->source};
    apic_buf envelope = {0};
    int rc = apic_event_encode(&esauti_event_registry, ESAUTI_EVENT_ORDER_CREATED, who, order, &opts, &envelope, err);
    if (rc != 0) return rc;
    const apic_event_registry *r = &esauti_event_registry;
    apic_header source = {r->source_header, a->source};
    apic_request_options ro = {
        .url = a->events_url,
        .headers = &source,
        .n_headers = r->source_header != NULL ? 1 : 0,
        .body = envelope.data,
        .body_len = envelope.len,
        .idempotency_key = id,
        .is_event = true,
    };
    /* The request is built before apic_call_async() returns: the envelope and id may go now. */
    rc = apic_call_async(a->client, r->ingest, NULL, NULL, &ro, on_event, e, NULL, err);
    apic_buf_free(&envelope);
    return rc;
}

static int start_events(app *a)
{
    esauti_order_created_data_items_item lines[] = {
        {.sku = "KIKOY-TWL-BLU", .name = "Kikoy beach towel", .quantity = 3, .unit_amount = 150000},
        {.sku = "CHAI-500G", .name = "Kericho tea, 500 g", .quantity = 1, .unit_amount = 45000},
    };
    esauti_error err = {0};
    for (int i = 0; i < a->n_events; i++) {
        char order_id[32];
        snprintf(order_id, sizeof order_id, "ord_%d", 5001 + i);
        esauti_event_identity who = {.customer_id = "cus_1001", .entity_id = order_id};
        esauti_order_created_data order = {.order_id = order_id, .currency = "KES", .total_amount = 495000,
                                           .items = {lines, 2}, .placed_at = "2026-04-12T06:50:20Z"};
        a->events[i] = (event_call){.app = a, .index = i};
        if (send_order_created_async(a, &a->events[i], &who, &order, &err) != 0) {
            /* Refused at once: its callback will never run. Counted as done and failed. */
            report("event not started", err.kind, &err);
            a->events[i].refused = true;
            a->events_done++;
            a->events_failed++;
        }
    }
    esauti_error_clear(&err);
    return 0;
}

/* --- main ------------------------------------------------------------------------------------- */

/* Closes every handle still open (the client's sockets, the timers) and lets the loop run their
 * close callbacks: uv_loop_close() then succeeds only if no handle was forgotten. */
static int close_loop(app *a)
{
    int leftover = 0;
    while (a->watchers != NULL) {
        watcher *w = a->watchers;
        a->watchers = w->next;
        uv_close((uv_handle_t *)&w->poll, on_closed);
        leftover++;
    }
    if (leftover > 0) fprintf(stderr, "esauti_async_libuv: %d sockets still watched after the client was freed\n", leftover);
    uv_close((uv_handle_t *)&a->timer, on_closed);
    uv_close((uv_handle_t *)&a->watchdog, on_closed);
    uv_run(&a->loop, UV_RUN_DEFAULT);
    int rc = uv_loop_close(&a->loop);
    if (rc != 0 || a->open_handles != 0) {
        fprintf(stderr, "esauti_async_libuv: loop not closed: %s, %d handles open\n", uv_strerror(rc), a->open_handles);
        return 1;
    }
    return leftover > 0;
}

int main(int argc, char **argv)
{
    if (argc < 4 || argc > 5) {
        fprintf(stderr, "usage: %s API_URL EVENTS_URL HMAC_SECRET [COUNT]\n", argv[0]);
        return 2;
    }
    int n = argc > 4 ? atoi(argv[4]) : DEFAULT_EVENTS;
    if (n <= 0 || n > MAX_EVENTS) {
        fprintf(stderr, "COUNT: 1 to %d\n", MAX_EVENTS);
        return 2;
    }
    app a = {.events_url = argv[2], .source = "quickstart", .n_events = n};
    a.events = calloc((size_t)n, sizeof *a.events);
    if (a.events == NULL || uv_loop_init(&a.loop) != 0) return 1;
    uv_timer_init(&a.loop, &a.timer);
    uv_timer_init(&a.loop, &a.watchdog);
    a.timer.data = a.watchdog.data = &a;
    a.open_handles = 2;

    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.events_endpoint = argv[2]; /* a complete URL: events go to the receiver, the rest to API_URL */
    cfg.hmac_secret = argv[3];
    cfg.token = getenv("ESAUTI_TOKEN") ? getenv("ESAUTI_TOKEN") : "demo-token";
    cfg.event_source = a.source;
    esauti_error err = {0};
    int failed = 0;
    if (esauti_client_new(&cfg, &a.client, &err) != 0) {
        report("esauti_client_new", err.kind, &err);
        failed = 1;
    }
    /* Before the first call: this loop drives the client, 64 calls in flight at most. */
    apic_async_options opts = {.max_in_flight = IN_FLIGHT, .hooks = {.watch = watch, .timer = timer, .ctx = &a}};
    if (!failed && apic_async_configure(a.client, &opts, &err) != 0) {
        report("apic_async_configure", err.kind, &err);
        failed = 1;
    }
    if (!failed) {
        a.t0 = uv_hrtime();
        /* client.api.contacts.list(limit=10), without waiting for it. */
        esauti_contacts_list_params q = {.has_limit = true, .limit = 10};
        if (esauti_contacts_list_async(a.client, &q, on_contacts, &a, NULL, &err) != 0) {
            report("contacts list not started", err.kind, &err);
            a.contacts_fired = 1; /* no callback to wait for */
            a.contacts_failed = 1;
        }
        start_events(&a); /* returns at once: nothing is sent before the loop runs */
        uv_timer_start(&a.watchdog, on_watchdog, WATCHDOG_MS, 0);
        /* Nothing to wait for when every call was refused at once. */
        a.running = true;
        if (!(a.contacts_fired >= 1 && a.events_done == a.n_events)) uv_run(&a.loop, UV_RUN_DEFAULT);
        a.running = false;
        uv_timer_stop(&a.watchdog);
    }
    double ms = (double)(uv_hrtime() - a.t0) / 1e6;

    /* Freeing the client on the loop thread cancels what is still pending (after the watchdog)
     * and has it stop watching its sockets (watch(fd, 0)); the loop's handles close after it. */
    esauti_client_free(a.client);
    a.freed = true;
    failed |= close_loop(&a);

    int expected = 1 + a.n_events;
    int never = 0, twice = 0;
    for (int i = 0; i < a.n_events; i++) {
        never += a.events[i].fired == 0 && !a.events[i].refused;
        twice += a.events[i].fired > 1;
    }
    printf("listed %zu contacts (of %lld); %d events sent, %d callbacks (of %d), %d failed, in %.0f ms\n",
           a.contacts_listed, a.contacts_total, a.n_events, a.callbacks, expected, a.events_failed, ms);
    if (never > 0 || twice > 0 || a.contacts_fired != 1) {
        printf("callbacks: %d events never called back, %d called back more than once; contacts called back %d times\n",
               never, twice, a.contacts_fired);
        failed = 1;
    }
    if (a.late_hooks > 0) printf("hooks called %d times after esauti_client_free() returned\n", a.late_hooks);
    failed |= a.timed_out || a.contacts_failed || a.events_failed != 0 || a.late_hooks != 0;
    esauti_error_clear(&err);
    free(a.events);
    return failed;
}
