/* eSauti events: send customer.created and order.created, signed with HMAC, and print the receipts.
 *
 *   esauti_events BASE_URL HMAC_SECRET
 *
 * The token comes from $ESAUTI_TOKEN. `make demo` runs it against a local receiver that checks
 * every signature (tests/servers/event_receiver.py). */
#include <stdio.h>
#include <stdlib.h>

#include <esauti/esauti.h>

static int report(const char *what, int rc, esauti_event_receipt *receipt, esauti_error *err)
{
    if (rc != 0) {
        fprintf(stderr, "%s: %s", what, err->message);
        if (err->http_status != 0) fprintf(stderr, " (HTTP %d): %s", err->http_status, err->body ? err->body : "");
        fprintf(stderr, "\n");
        return 1;
    }
    printf("%-17s -> receipt %s: %s at %s\n", what, receipt->id,
           esauti_event_receipt_status_to_string(receipt->status.value), receipt->received_at);
    esauti_event_receipt_free(receipt);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s BASE_URL HMAC_SECRET\n", argv[0]);
        return 2;
    }
    esauti_config cfg = ESAUTI_CONFIG_INIT;
    cfg.base_url = argv[1];
    cfg.hmac_secret = argv[2]; /* adds X-eSauti-Timestamp and X-eSauti-Signature */
    cfg.token = getenv("ESAUTI_TOKEN") ? getenv("ESAUTI_TOKEN") : "demo-token";
    cfg.event_source = "quickstart";

    esauti_client *client = NULL;
    esauti_error err = {0};
    if (esauti_client_new(&cfg, &client, &err) != 0) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    int failed = 0;

    /* client.events.send(EventType.CUSTOMER_CREATED, identity=..., data=...) */
    esauti_event_identity amina = {.customer_id = "cus_1001", .customer_email = "amina@example.com"};
    esauti_customer_created_data customer = {
        .customer_id = "cus_1001",
        .email = "amina@example.com",
        .first_name = "Amina",
        .country = "KE",
        .source = {.value = ESAUTI_CUSTOMER_CREATED_DATA_SOURCE_SIGNUP},
        .created_at = "2026-03-14T09:26:53Z",
    };
    esauti_event_receipt *receipt = NULL;
    int rc = esauti_events_send_customer_created(client, &amina, &customer, NULL, &receipt, &err);
    failed |= report("customer.created", rc, receipt, &err);

    esauti_order_created_data_items_item lines[] = {
        {.sku = "KIKOY-TWL-BLU", .name = "Kikoy beach towel", .quantity = 3, .unit_amount = 150000},
        {.sku = "CHAI-500G", .name = "Kericho tea, 500 g", .quantity = 1, .unit_amount = 45000},
    };
    esauti_event_identity amina_order = {.customer_id = "cus_1001", .entity_id = "ord_5001"};
    esauti_order_created_data order = {
        .order_id = "ord_5001",
        .currency = "KES",
        .total_amount = 495000,
        .items = {lines, 2},
        .placed_at = "2026-04-12T06:50:20Z",
    };
    rc = esauti_events_send_order_created(client, &amina_order, &order, NULL, &receipt, &err);
    failed |= report("order.created", rc, receipt, &err);

    /* A mistake is caught before anything is sent, and named. */
    order.currency = "KSH";
    rc = esauti_events_send_order_created(client, &amina_order, &order, NULL, NULL, &err);
    printf("with currency KSH -> %s (%d requests sent)\n", err.message, err.attempts);
    failed |= rc != APIC_E_VALIDATION;

    esauti_error_clear(&err);
    esauti_client_free(client);
    return failed;
}
