/* Sockudo quick start: the flow of Sockudo's own server SDKs, in C. A client for an app given as
 * a URL; a trigger and a batch; a channel's state; answers to private, presence and encrypted
 * channel subscriptions; an event on an end-to-end encrypted channel; and a webhook verified,
 * decoded and decrypted.
 *
 *   sockudo_quickstart URL     e.g. http://KEY:SECRET@127.0.0.1:6001/apps/APP_ID
 *
 * `make demo` runs it against tests/servers/pusher_server.py, a local server of the Pusher
 * protocol that refuses any request whose signature, timestamp or body_md5 is wrong. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sockudo/sockudo.h>

/* A master key for encrypted channels: base64 of 32 random bytes (from the environment in production). */
#define MASTER_KEY "OHRXNUZRTG5pUTFzQlFGd3J3N3Q2VFZFc0paZDEweVk="

static int fail(const char *what, const sockudo_error *err)
{
    fprintf(stderr, "%s failed: %s", what, err->message);
    if (err->http_status != 0) fprintf(stderr, " (HTTP %d): %s", err->http_status, err->body ? err->body : "");
    fprintf(stderr, "\n");
    return 1;
}

static int publish(sockudo_client *c)
{
    sockudo_error err = {0};
    const char *channels[] = {"orders", "presence-room"};
    apic_pusher_trigger_options opts = {.info = "subscription_count"};
    sockudo_trigger_result *res = NULL;
    if (sockudo_trigger(c, channels, 2, "order.created", "{\"id\":\"ord_123\",\"total\":4500}", &opts, &res, &err) != 0) {
        return fail("trigger", &err);
    }
    printf("trigger: order.created on 2 channels (HTTP %d), %zu channel(s) reported\n", err.http_status, res->channels.count);
    sockudo_trigger_result_free(res);

    apic_pusher_event batch[] = {{.channel = "orders", .name = "order.paid", .data = "{\"id\":\"ord_123\"}"},
                                 {.channel = "orders", .name = "order.packed", .data = "{\"id\":\"ord_123\"}"}};
    sockudo_batch_result *b = NULL;
    if (sockudo_trigger_batch(c, batch, 2, &b, &err) != 0) return fail("batch", &err);
    printf("batch: 2 events in one request (HTTP %d)\n", err.http_status);
    sockudo_batch_result_free(b);

    /* Limits are checked before anything is sent. */
    const char *too_many[101];
    for (int i = 0; i < 101; i++) too_many[i] = "orders";
    if (sockudo_trigger(c, too_many, 101, "x", "{}", NULL, NULL, &err) == APIC_E_VALIDATION) {
        printf("trigger on 101 channels: refused before sending: %s\n", err.message);
    }

    sockudo_channels_get_params q = {.channel_name = "presence-room", .info = "user_count,subscription_count"};
    sockudo_channel_info *info = NULL; /* app_id comes from the client */
    if (sockudo_channels_get(c, &q, &info, &err) != 0) return fail("channel info", &err);
    printf("presence-room: occupied %s, %d user(s)\n", info->occupied ? "yes" : "no", (int)info->user_count);
    sockudo_channel_info_free(info);
    sockudo_error_clear(&err);
    return 0;
}

static int authenticate(sockudo_client *c)
{
    sockudo_error err = {0};
    char *json = NULL;
    if (sockudo_authorize_channel(c, "1234.1234", "private-orders", NULL, &json, &err) != 0) return fail("private auth", &err);
    printf("private-orders auth: %s\n", json);
    free(json);
    const char *member = "{\"user_id\":\"u-17\",\"user_info\":{\"name\":\"Amani\"}}";
    if (sockudo_authorize_channel(c, "1234.1234", "presence-room", member, &json, &err) != 0) return fail("presence auth", &err);
    printf("presence-room auth: %s\n", json);
    free(json);
    if (sockudo_authorize_channel(c, "1234.1234", "private-encrypted-orders", NULL, &json, &err) != 0) {
        return fail("encrypted auth", &err);
    }
    printf("private-encrypted-orders auth (with its shared_secret): %s\n", json);
    free(json);
    /* The data leaves encrypted: the server only ever sees a nonce and a ciphertext. */
    const char *secret_channel[] = {"private-encrypted-orders"};
    if (sockudo_trigger(c, secret_channel, 1, "order.note", "{\"note\":\"leave at the door\"}", NULL, NULL, &err) != 0) {
        return fail("encrypted trigger", &err);
    }
    printf("encrypted trigger: sent as secretbox ciphertext (HTTP %d)\n", err.http_status);
    sockudo_error_clear(&err);
    return 0;
}

/* A webhook as the server would post it: an event of the encrypted channel, signed with the app's
 * secret; then the same body changed on the way. */
static int receive_webhook(sockudo_client *c, const apic_pusher_app *app)
{
    sockudo_error err = {0};
    char *sealed = NULL;
    const char *plain = "{\"who\":\"Amani\"}";
    if (sockudo_encrypt(c, "private-encrypted-orders", plain, strlen(plain), &sealed, &err) != 0) return fail("encrypt", &err);
    apic_buf body = {0};
    apic_buf_printf(&body, "{\"time_ms\":%lld,\"events\":[{\"name\":\"client_event\",\"channel\":\"private-encrypted-orders\","
                           "\"event\":\"client-typing\",\"data\":",
                    (long long)time(NULL) * 1000);
    apic_json_write_string(&body, sealed, strlen(sealed));
    apic_buf_puts(&body, "}]}");
    free(sealed);
    apic_webhook_secret secret = {app->key, app->secret};
    apic_webhook_signed s;
    if (apic_webhook_sign(sockudo_webhook_scheme, &secret, NULL, 0, body.data, body.len, &s, &err) != 0) {
        apic_buf_free(&body);
        return fail("sign webhook", &err);
    }
    sockudo_webhook_event *ev = NULL;
    int rc = sockudo_webhook_parse(c, s.headers, s.n_headers, body.data, body.len, &ev, &err);
    if (rc == 0) {
        const sockudo_channel_event *e = &ev->as.channel_events->events.items[0];
        printf("webhook: verified (X-Pusher-Key, X-Pusher-Signature), %zu event(s): %s on %s\n",
               ev->as.channel_events->events.count, e->event, e->channel);
        sockudo_webhook_event_free(ev);
        char *opened = NULL;
        size_t n = 0;
        if (sockudo_webhook_decrypt(c, body.data, body.len, &opened, &n, &err) == 0) {
            printf("webhook: decrypted: %s\n", opened);
            free(opened);
        }
    }
    body.data[body.len - 5] ^= 1; /* one byte changed on the way */
    if (sockudo_webhook_parse(c, s.headers, s.n_headers, body.data, body.len, &ev, &err) != 0) {
        printf("tampered webhook: refused: %s\n", err.message);
    }
    apic_buf_free(&body);
    sockudo_error_clear(&err);
    return rc;
}

int main(int argc, char **argv)
{
    const char *url = argc > 1 ? argv[1] : getenv("SOCKUDO_URL");
    if (url == NULL) {
        fprintf(stderr, "usage: sockudo_quickstart http://KEY:SECRET@HOST:PORT/apps/APP_ID\n");
        return 2;
    }
    apic_pusher_url parsed;
    sockudo_error err = {0};
    if (apic_pusher_parse_url(url, &parsed, &err) != 0) return fail("URL", &err);
    parsed.app.encryption_master_key_base64 = MASTER_KEY;
    apic_webhook_secret webhook_secrets[] = {{parsed.app.key, parsed.app.secret}}; /* the app's: Pusher signs with it */
    sockudo_config cfg = SOCKUDO_CONFIG_INIT;
    cfg.webhook_secrets = webhook_secrets;
    cfg.n_webhook_secrets = 1;
    sockudo_client *c = NULL;
    if (sockudo_client_new_app(&parsed.app, &cfg, &c, &err) != 0) return fail("client", &err);
    int failed = publish(c) || authenticate(c) || receive_webhook(c, &parsed.app);
    sockudo_client_free(c);
    memset(parsed.buffer, 0, sizeof parsed.buffer); /* it held the secret */
    return failed;
}
