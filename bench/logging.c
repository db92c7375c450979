/* The logger's cost: a typed event through the whole call path (validation, envelope, signing,
 * receipt decoding) to a transport that answers at once, so the network does not hide it.
 *
 *   logging disabled|info     prints VALUE|log_<mode>_ns|<ns per event>
 *
 * bench/run.sh runs it from this build (logger disabled, or at info level into a sink that
 * drops the records) and from a build with -DAPIC_NO_LOG (no log calls at all: the baseline). */
#include <stdio.h>
#include <string.h>

#include <esauti/esauti.h>

#include "bench.h"

enum { EVENTS = 200000 };

static int answer(void *ctx, const apic_http_request *req, apic_http_response *res, apic_error *err)
{
    (void)ctx;
    (void)req;
    (void)err;
    res->status = 202;
    apic_http_response_add_header(res, "Content-Type", 12, "application/json", 16);
    return apic_buf_puts(&res->body, "{\"id\":\"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa\",\"status\":\"accepted\","
                                     "\"received_at\":\"2026-11-23T06:18:45.200Z\"}");
}

static void drop(void *ctx, const apic_log_record *r)
{
    (void)ctx;
    (void)r;
}

int main(int argc, char **argv)
{
    const char *mode = argc > 1 ? argv[1] : "disabled";
    apic_transport t = {answer, NULL, NULL};
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = "http://127.0.0.1:1/api";
    cfg.token = "bench-token";
    cfg.hmac_secret = "bench-secret";
    cfg.transport = &t;
    cfg.log_level = strcmp(mode, "info") == 0 ? APIC_LOG_INFO : APIC_LOG_OFF;
    cfg.log_sink = drop;
    esauti_client *c = NULL;
    if (esauti_client_new(&cfg, &c, NULL) != 0) return 1;
    esauti_order_created_data_items_item lines[] = {
        {.sku = "KIKOY-TWL-BLU", .name = "Kikoy beach towel", .quantity = 3, .unit_amount = 150000}};
    esauti_order_created_data order = {.order_id = "ord_5001", .currency = "KES", .total_amount = 450000,
                                       .items = {lines, 1}, .placed_at = "2026-04-12T06:50:20Z"};
    esauti_event_identity who = {.customer_id = "cus_1001", .entity_id = "ord_5001"};
    double t0 = bench_now();
    for (int i = 0; i < EVENTS; i++) {
        if (esauti_events_send_order_created(c, &who, &order, NULL, NULL, NULL) != 0) return 1;
    }
    printf("VALUE|log_%s_ns|%.1f\n", mode, (bench_now() - t0) * 1e9 / EVENTS);
    esauti_client_free(c);
    return 0;
}
