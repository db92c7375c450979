/* Triggering a Pusher event, without the network: what the SDK does for one typical event (one
 * channel, a ~200-byte JSON data string, socket_id) before the bytes would leave, timed two ways:
 *
 *   pusher_trigger_c_ns  sockudo_trigger() through a transport that answers 200 `{}` at once: the
 *                        whole call a user makes (checks of the channel, event, data and socket id;
 *                        the body written by the runtime's JSON writer; a UUID v4 idempotency key
 *                        from getrandom; the URL; Pusher signing: body_md5 and the HMAC-SHA256
 *                        auth_signature over the sorted query; headers; the 200 read back), so
 *                        it does more than the baseline, not less.
 *   pusher_sign_c_ns     the part the library's own timing covers most closely: the same body
 *                        written with apic_json_write_string() and signed with
 *                        apic_pusher_sign_query() (the signed query string).
 *
 * Its baseline, bench/node_pusher.js, times the `pusher` npm library (pinned in tests/servers) on
 * the same event in the same run: trigger() with its HTTP layer stubbed, and JSON.stringify of its
 * body + createSignedQueryString.
 *
 *   pusher_trigger [ITERATIONS [RUNS]]    prints VALUE|pusher_trigger_c_ns|<median ns per trigger>
 *                                         and    VALUE|pusher_sign_c_ns|<median ns per body + signature> */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <apic/apic.h>
#include <sockudo/sockudo.h>

#include "bench.h"

#define KEY "278d425bdf160c739803"
#define SECRET "7ad3773142a6692b25b8"
/* 200 bytes of event data, the same text node_pusher.js sends. */
#define DATA "{\"order_id\":\"ord_5001\",\"status\":\"paid\",\"total\":{\"amount\":495000,\"currency\":\"KES\"}," \
             "\"customer\":{\"id\":\"cus_1001\",\"name\":\"Wanjiru Kamau\"},\"items\":3,\"note\":\"Deliver after 5 pm\"," \
             "\"at\":\"2026-04-12T06:50:20Z\"}"

static int instant_send(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)err;
    (*(long *)ctx)++;
    if (req->body_len == 0 || strstr(req->url, "auth_signature=") == NULL) return APIC_E_TRANSPORT;
    res->status = 200;
    return apic_buf_puts(&res->body, "{}");
}

/* The body apic_pusher_trigger writes, with the runtime's JSON writer, signed. */
static int body_and_signature(apic_buf *body, apic_buf *query, long long ts)
{
    static const char *const channel = "orders";
    body->len = query->len = 0;
    int rc = apic_buf_puts(body, "{\"name\":");
    if (rc == 0) rc = apic_json_write_string(body, "order.paid", 10);
    if (rc == 0) rc = apic_buf_puts(body, ",\"channels\":[");
    if (rc == 0) rc = apic_json_write_string(body, channel, strlen(channel));
    if (rc == 0) rc = apic_buf_puts(body, "],\"data\":");
    if (rc == 0) rc = apic_json_write_string(body, DATA, sizeof DATA - 1);
    if (rc == 0) rc = apic_buf_puts(body, ",\"socket_id\":\"123.456\"}");
    if (rc == 0) rc = apic_pusher_sign_query(KEY, SECRET, "POST", "/apps/3/events", NULL, body->data, body->len, ts, query, NULL);
    return rc;
}

int main(int argc, char **argv)
{
    long iterations = argc > 1 ? atol(argv[1]) : 200000;
    int runs = argc > 2 ? atoi(argv[2]) : 7;
    if (iterations <= 0 || runs <= 0 || runs > 100) return 2;
    if (sizeof DATA - 1 != 200) {
        fprintf(stderr, "pusher_trigger: the data is %zu bytes, not 200\n", sizeof DATA - 1);
        return 1;
    }

    long sent = 0;
    apic_transport t = {instant_send, NULL, &sent};
    sockudo_config cfg = APIC_CONFIG_INIT(NULL);
    cfg.transport = &t;
    apic_pusher_app app = {"3", KEY, SECRET, "127.0.0.1", 6001, false, NULL};
    sockudo_client *c = NULL;
    sockudo_error err = {0};
    if (sockudo_client_new_app(&app, &cfg, &c, &err) != 0) {
        fprintf(stderr, "pusher_trigger: %s\n", err.message);
        return 1;
    }
    const char *channels[] = {"orders"};
    apic_pusher_trigger_options opts = {"123.456", NULL, NULL};
    if (sockudo_trigger(c, channels, 1, "order.paid", DATA, &opts, NULL, &err) != 0) {
        fprintf(stderr, "pusher_trigger: %s\n", err.message);
        return 1;
    }

    long failures = 0;
    for (long i = 0; i < iterations / 10; i++) failures += sockudo_trigger(c, channels, 1, "order.paid", DATA, &opts, NULL, NULL) != 0;
    double ns[100];
    for (int r = 0; r < runs; r++) {
        double t0 = bench_now();
        for (long i = 0; i < iterations; i++) {
            failures += sockudo_trigger(c, channels, 1, "order.paid", DATA, &opts, NULL, NULL) != 0;
        }
        ns[r] = (bench_now() - t0) * 1e9 / (double)iterations;
    }
    sockudo_client_free(c);
    if (failures != 0 || sent != 1 + iterations / 10 + (long)runs * iterations) {
        fprintf(stderr, "pusher_trigger: %ld triggers failed, %ld sent\n", failures, sent);
        return 1;
    }
    printf("VALUE|pusher_trigger_c_ns|%.1f\n", bench_median(ns, runs));

    apic_buf body = {0}, query = {0};
    long long ts = (long long)time(NULL);
    for (long i = 0; i < iterations / 10; i++) failures += body_and_signature(&body, &query, ts) != 0;
    for (int r = 0; r < runs; r++) {
        double t0 = bench_now();
        for (long i = 0; i < iterations; i++) failures += body_and_signature(&body, &query, ts) != 0;
        ns[r] = (bench_now() - t0) * 1e9 / (double)iterations;
    }
    if (failures != 0 || strstr(query.data, "&body_md5=") == NULL) {
        fprintf(stderr, "pusher_trigger: signing failed\n");
        return 1;
    }
    apic_buf_free(&body);
    apic_buf_free(&query);
    printf("VALUE|pusher_sign_c_ns|%.1f\n", bench_median(ns, runs));
    return 0;
}
