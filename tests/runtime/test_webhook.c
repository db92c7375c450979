/* Webhook signatures (apic/webhook.h): the vectors of the three senders byte for byte, and every
 * refusal with its reason, for each scheme; rotation, repeated and differently-cased headers, a
 * sender described as data, configuration errors. The Pusher and Schematic vectors were computed
 * with `openssl dgst -sha256 -hmac`, independently of this code; the Standard Webhooks one is the
 * specification's (../shared/reference/PROTOCOLS.md). */
#include <CUnit/CUnit.h>
#include <stdio.h>
#include <string.h>

#include "apic/apic.h"
#include "cunit_run.h"

#define STD_SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
#define STD_ID "msg_p5jXN8AQM9LWM0D4loKWxJek"
#define STD_TS 1614265330LL
#define STD_BODY "{\"test\": 2432232314}"
#define STD_SIG "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

#define PUSHER_KEY "278d425bdf160c739803"
#define PUSHER_SECRET "7ad3773142a6692b25b8"
#define PUSHER_BODY "{\"time_ms\":1614265330000,\"events\":[{\"name\":\"channel_occupied\",\"channel\":\"test-channel\"}]}"
#define PUSHER_SIG "fe421e705bb4a1ad4a161c272ffca7c5d021129635ca862186954eae6e975ab0"

#define SCHEMATIC_SECRET "test-secret"
#define SCHEMATIC_BODY "{\"event\":\"test\"}"
#define SCHEMATIC_TS 1609459200LL
#define SCHEMATIC_SIG "698efb567d886c51002192c79ba46a8ec5735ab1f1976eedb041cf2375b4fb90"

/* A webhook as received: headers (copied, so tests can change them) and body. Returned by
 * value, so the apic_header view is made when it is verified. */
typedef struct webhook {
    char names[8][64], values[8][256];
    size_t n;
    char body[512];
    size_t len;
    long long now_ms;
} webhook;

static void put(webhook *w, const char *name, const char *value)
{
    snprintf(w->names[w->n], sizeof w->names[w->n], "%s", name);
    snprintf(w->values[w->n], sizeof w->values[w->n], "%s", value);
    w->n++;
}

static void set_body(webhook *w, const char *body)
{
    snprintf(w->body, sizeof w->body, "%s", body);
    w->len = strlen(body);
}

/* The index of header name (exact case), or -1. */
static int find(const webhook *w, const char *name)
{
    for (size_t i = 0; i < w->n; i++) {
        if (strcmp(w->names[i], name) == 0) return (int)i;
    }
    return -1;
}

static void drop(webhook *w, const char *name)
{
    int i = find(w, name);
    if (i < 0) return;
    for (size_t j = (size_t)i; j + 1 < w->n; j++) {
        memcpy(w->names[j], w->names[j + 1], sizeof w->names[j]);
        memcpy(w->values[j], w->values[j + 1], sizeof w->values[j]);
    }
    w->n--;
}

static apic_webhook_verifier *verifier(const apic_webhook_scheme *s, const char *key_id, const char *secret)
{
    apic_webhook_secret sec = {key_id, secret};
    apic_webhook_verifier *v = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(s, &sec, 1, 0, &v, &err), 0);
    if (err.kind != APIC_OK) fprintf(stderr, "\n%s\n", err.message);
    apic_error_clear(&err);
    return v;
}

/* Verifies w; checks the status and that no message shows the secret or a signature. */
static int verify(const apic_webhook_verifier *v, const webhook *w, const char *secret)
{
    apic_error err = {0};
    apic_header h[8];
    for (size_t i = 0; i < w->n; i++) h[i].name = w->names[i], h[i].value = w->values[i];
    int rc = apic_webhook_verify(v, h, w->n, w->body, w->len, w->now_ms, &err);
    CU_ASSERT_EQUAL(rc, err.kind);
    CU_ASSERT_PTR_NULL(strstr(err.message, secret));
    CU_ASSERT_PTR_NULL(strstr(err.message, "g0hM9SsE"));
    CU_ASSERT_PTR_NULL(strstr(err.message, "fe421e70"));
    apic_error_clear(&err);
    return rc;
}

static webhook standard(void)
{
    webhook w;
    memset(&w, 0, sizeof w);
    put(&w, "webhook-id", STD_ID);
    put(&w, "webhook-timestamp", "1614265330");
    put(&w, "webhook-signature", STD_SIG);
    set_body(&w, STD_BODY);
    w.now_ms = STD_TS * 1000 + 2000;
    return w;
}

static webhook pusher(void)
{
    webhook w;
    memset(&w, 0, sizeof w);
    put(&w, "X-Pusher-Key", PUSHER_KEY);
    put(&w, "X-Pusher-Signature", PUSHER_SIG);
    set_body(&w, PUSHER_BODY);
    w.now_ms = 1614265330000LL + 1000;
    return w;
}

static webhook schematic(void)
{
    webhook w;
    memset(&w, 0, sizeof w);
    put(&w, "X-Schematic-Webhook-Signature", SCHEMATIC_SIG);
    put(&w, "X-Schematic-Webhook-Timestamp", "1609459200");
    set_body(&w, SCHEMATIC_BODY);
    w.now_ms = SCHEMATIC_TS * 1000;
    return w;
}

/* --- vectors ------------------------------------------------------------------------------------- */

static void test_vectors_signed_byte_for_byte(void)
{
    apic_webhook_signed out;
    apic_webhook_secret std = {NULL, STD_SECRET};
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(&APIC_WEBHOOK_STANDARD, &std, STD_ID, STD_TS, STD_BODY, strlen(STD_BODY), &out,
                                            NULL), 0);
    CU_ASSERT_EQUAL_FATAL(out.n_headers, 3);
    CU_ASSERT_STRING_EQUAL(out.headers[0].name, "webhook-id");
    CU_ASSERT_STRING_EQUAL(out.headers[0].value, STD_ID);
    CU_ASSERT_STRING_EQUAL(out.headers[1].value, "1614265330");
    CU_ASSERT_STRING_EQUAL(out.headers[2].name, "webhook-signature");
    CU_ASSERT_STRING_EQUAL(out.headers[2].value, STD_SIG);

    apic_webhook_secret push = {PUSHER_KEY, PUSHER_SECRET};
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(&APIC_WEBHOOK_PUSHER, &push, NULL, 0, PUSHER_BODY, strlen(PUSHER_BODY), &out,
                                            NULL), 0);
    CU_ASSERT_EQUAL_FATAL(out.n_headers, 2);
    CU_ASSERT_STRING_EQUAL(out.headers[0].name, "X-Pusher-Key");
    CU_ASSERT_STRING_EQUAL(out.headers[0].value, PUSHER_KEY);
    CU_ASSERT_STRING_EQUAL(out.headers[1].value, PUSHER_SIG);

    apic_webhook_secret sch = {NULL, SCHEMATIC_SECRET};
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(&APIC_WEBHOOK_SCHEMATIC, &sch, NULL, SCHEMATIC_TS, SCHEMATIC_BODY,
                                            strlen(SCHEMATIC_BODY), &out, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(out.n_headers, 2);
    CU_ASSERT_STRING_EQUAL(out.headers[0].name, "X-Schematic-Webhook-Timestamp");
    CU_ASSERT_STRING_EQUAL(out.headers[0].value, "1609459200");
    CU_ASSERT_STRING_EQUAL(out.headers[1].value, SCHEMATIC_SIG);
}

static void test_vectors_verify(void)
{
    apic_webhook_verifier *v = verifier(&APIC_WEBHOOK_STANDARD, NULL, STD_SECRET);
    webhook w = standard();
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), 0);
    apic_webhook_verifier_free(v);
    v = verifier(&APIC_WEBHOOK_PUSHER, PUSHER_KEY, PUSHER_SECRET);
    w = pusher();
    CU_ASSERT_EQUAL(verify(v, &w, PUSHER_SECRET), 0);
    apic_webhook_verifier_free(v);
    v = verifier(&APIC_WEBHOOK_SCHEMATIC, NULL, SCHEMATIC_SECRET);
    w = schematic();
    CU_ASSERT_EQUAL(verify(v, &w, SCHEMATIC_SECRET), 0);
    apic_webhook_verifier_free(v);
    CU_ASSERT_PTR_EQUAL(apic_webhook_scheme_named("standard-webhooks"), &APIC_WEBHOOK_STANDARD);
    CU_ASSERT_PTR_EQUAL(apic_webhook_scheme_named("pusher"), &APIC_WEBHOOK_PUSHER);
    CU_ASSERT_PTR_EQUAL(apic_webhook_scheme_named("svix"), &APIC_WEBHOOK_SVIX);
    CU_ASSERT_PTR_EQUAL(apic_webhook_scheme_named("schematic"), &APIC_WEBHOOK_SCHEMATIC);
    CU_ASSERT_PTR_NULL(apic_webhook_scheme_named("stripe"));
}

/* --- refusals, the same list for every scheme ---------------------------------------------------- */

typedef struct case_of {
    const apic_webhook_scheme *scheme;
    webhook (*make)(void);
    const char *key_id, *secret;
    const char *signature_header, *timestamp_header; /* timestamp_header NULL: it lives in the body */
} case_of;

static void refusals(const case_of *c)
{
    apic_webhook_verifier *v = verifier(c->scheme, c->key_id, c->secret);
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    webhook w = c->make();
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), 0);

    w = c->make(); /* one flipped body byte */
    w.body[3] ^= 1;
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_SIGNATURE);

    apic_webhook_verifier *wrong = verifier(c->scheme, c->key_id, c->scheme == &APIC_WEBHOOK_STANDARD
                                                                   ? "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                                                                   : "another-secret");
    w = c->make(); /* a wrong secret */
    CU_ASSERT_EQUAL(verify(wrong, &w, c->secret), APIC_E_WEBHOOK_SIGNATURE);
    apic_webhook_verifier_free(wrong);

    w = c->make(); /* six minutes old (and six minutes early) */
    w.now_ms += 6 * 60 * 1000;
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_TIMESTAMP);
    w.now_ms -= 12 * 60 * 1000;
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_TIMESTAMP);

    w = c->make(); /* a missing header: the signature's, then the timestamp's */
    drop(&w, c->signature_header);
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_HEADER);
    if (c->timestamp_header != NULL) {
        w = c->make();
        drop(&w, c->timestamp_header);
        CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_HEADER);
    }

    w = c->make(); /* a truncated signature */
    int s = find(&w, c->signature_header);
    w.values[s][strlen(w.values[s]) - 4] = '\0';
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_MALFORMED);

    w = c->make(); /* an empty body */
    set_body(&w, "");
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_MALFORMED);

    w = c->make(); /* the signature header twice, a bad value first */
    char good[256];
    snprintf(good, sizeof good, "%s", w.values[s]);
    snprintf(w.values[s], sizeof w.values[s], "%s", "0000");
    put(&w, c->signature_header, good);
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), APIC_E_WEBHOOK_MALFORMED);

    w = c->make(); /* the same value twice is one header; names in any case */
    put(&w, c->signature_header, good);
    for (size_t i = 0; i < w.n; i++) {
        for (char *p = w.names[i]; *p != '\0'; p++) *p = (char)(*p >= 'a' && *p <= 'z' ? *p - 32 : *p);
    }
    CU_ASSERT_EQUAL(verify(v, &w, c->secret), 0);
    apic_webhook_verifier_free(v);
}

static void test_standard_refusals(void)
{
    case_of c = {&APIC_WEBHOOK_STANDARD, standard, NULL, STD_SECRET, "webhook-signature", "webhook-timestamp"};
    refusals(&c);
    /* The id is signed too. */
    apic_webhook_verifier *v = verifier(&APIC_WEBHOOK_STANDARD, NULL, STD_SECRET);
    webhook w = standard();
    w.values[find(&w, "webhook-id")][4] = 'X';
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), APIC_E_WEBHOOK_SIGNATURE);
    w = standard();
    snprintf(w.values[find(&w, "webhook-timestamp")], 256, "%s", "16142653xx");
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), APIC_E_WEBHOOK_MALFORMED);
    w = standard(); /* only signatures of another version */
    snprintf(w.values[find(&w, "webhook-signature")], 256, "%s", "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), APIC_E_WEBHOOK_MALFORMED);
    apic_webhook_verifier_free(v);
}

static void test_pusher_refusals(void)
{
    case_of c = {&APIC_WEBHOOK_PUSHER, pusher, PUSHER_KEY, PUSHER_SECRET, "X-Pusher-Signature", NULL};
    refusals(&c);
    /* Several apps: the key header picks the secret; an unknown key matches nothing. */
    apic_webhook_secret apps[] = {{"other-app", "other-secret"}, {PUSHER_KEY, PUSHER_SECRET}};
    apic_webhook_verifier *v = NULL;
    CU_ASSERT_EQUAL_FATAL(apic_webhook_verifier_new(&APIC_WEBHOOK_PUSHER, apps, 2, 0, &v, NULL), 0);
    webhook w = pusher();
    CU_ASSERT_EQUAL(verify(v, &w, PUSHER_SECRET), 0);
    snprintf(w.values[find(&w, "X-Pusher-Key")], 256, "%s", "unknown-app");
    CU_ASSERT_EQUAL(verify(v, &w, PUSHER_SECRET), APIC_E_WEBHOOK_SIGNATURE);
    w = pusher(); /* the right signature under the other app's key */
    snprintf(w.values[find(&w, "X-Pusher-Key")], 256, "%s", "other-app");
    CU_ASSERT_EQUAL(verify(v, &w, PUSHER_SECRET), APIC_E_WEBHOOK_SIGNATURE);
    w = pusher(); /* a body without time_ms, correctly signed, is refused after its signature */
    apic_webhook_signed s;
    const char *no_time = "{\"events\":[]}";
    CU_ASSERT_EQUAL(apic_webhook_sign(&APIC_WEBHOOK_PUSHER, &apps[1], NULL, 0, no_time, strlen(no_time), &s, NULL), 0);
    set_body(&w, no_time);
    snprintf(w.values[find(&w, "X-Pusher-Signature")], 256, "%s", s.headers[1].value);
    CU_ASSERT_EQUAL(verify(v, &w, PUSHER_SECRET), APIC_E_WEBHOOK_MALFORMED);
    apic_webhook_verifier_free(v);
}

static void test_schematic_refusals(void)
{
    case_of c = {&APIC_WEBHOOK_SCHEMATIC, schematic, NULL, SCHEMATIC_SECRET, "X-Schematic-Webhook-Signature",
                 "X-Schematic-Webhook-Timestamp"};
    refusals(&c);
    /* The timestamp is signed: another one breaks the signature even when it is recent. */
    apic_webhook_verifier *v = verifier(&APIC_WEBHOOK_SCHEMATIC, NULL, SCHEMATIC_SECRET);
    webhook w = schematic();
    snprintf(w.values[find(&w, "X-Schematic-Webhook-Timestamp")], 256, "%s", "1609459201");
    CU_ASSERT_EQUAL(verify(v, &w, SCHEMATIC_SECRET), APIC_E_WEBHOOK_SIGNATURE);
    apic_webhook_verifier_free(v);
}

/* --- rotation, tolerance, a sender described as data ---------------------------------------------- */

static void test_rotation(void)
{
    /* The sender signs with the old and the new secret; the receiver knows either. */
    apic_webhook_secret fresh = {NULL, "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"};
    apic_webhook_signed s;
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(&APIC_WEBHOOK_STANDARD, &fresh, STD_ID, STD_TS, STD_BODY, strlen(STD_BODY), &s,
                                            NULL), 0);
    webhook w = standard();
    char both[256];
    snprintf(both, sizeof both, "v2,ignored-entry %s  %s", s.headers[2].value, STD_SIG);
    snprintf(w.values[find(&w, "webhook-signature")], 256, "%s", both);
    apic_webhook_secret only_old = {NULL, STD_SECRET}, only_new = fresh;
    apic_webhook_secret receiver[] = {{NULL, "whsec_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB"}, only_old};
    apic_webhook_verifier *v = NULL;
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, &only_new, 1, 0, &v, NULL), 0);
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), 0);
    apic_webhook_verifier_free(v);
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, receiver, 2, 0, &v, NULL), 0);
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), 0);
    apic_webhook_verifier_free(v);
    /* A wider tolerance takes the six-minute-old webhook; a negative one does not look. */
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, &only_old, 1, 600, &v, NULL), 0);
    w = standard();
    w.now_ms += 6 * 60 * 1000;
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), 0);
    apic_webhook_verifier_free(v);
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, &only_old, 1, -1, &v, NULL), 0);
    w.now_ms += 365LL * 24 * 3600 * 1000;
    CU_ASSERT_EQUAL(verify(v, &w, STD_SECRET), 0);
    apic_webhook_verifier_free(v);
}

static void test_a_sender_described_as_data(void)
{
    /* `X-Hub: t=<seconds>,sha256=<base64>` over "{timestamp}:{body}", the key in base64. */
    apic_webhook_scheme hub = {.name = "Hub", .signature_header = "X-Hub", .prefix = "sha256=", .separator = ',',
                               .encoding = APIC_WEBHOOK_BASE64, .signed_content = "{timestamp}:{body}",
                               .timestamp_header = "X-Hub", .timestamp_prefix = "t=",
                               .secret_format = APIC_WEBHOOK_SECRET_BASE64};
    apic_webhook_secret sec = {NULL, "c2VjcmV0LWtleS1ieXRlcw=="};
    apic_webhook_signed s;
    const char *body = "{\"ok\":true}";
    CU_ASSERT_EQUAL_FATAL(apic_webhook_sign(&hub, &sec, NULL, 1700000000, body, strlen(body), &s, NULL), 0);
    CU_ASSERT_EQUAL_FATAL(s.n_headers, 1);
    CU_ASSERT_EQUAL(strncmp(s.headers[0].value, "t=1700000000,sha256=", 20), 0);
    /* Independently: base64(HMAC("secret-key-bytes", "1700000000:{\"ok\":true}")) by openssl. */
    CU_ASSERT_STRING_EQUAL(s.headers[0].value + 20, "+CC7uMvV6ngIzyJ3HAWw7+wddpoCu21YMdekg+Kcifs=");
    apic_webhook_verifier *v = verifier(&hub, NULL, sec.secret);
    webhook w;
    memset(&w, 0, sizeof w);
    put(&w, "x-hub", s.headers[0].value);
    set_body(&w, body);
    w.now_ms = 1700000000LL * 1000;
    CU_ASSERT_EQUAL(verify(v, &w, sec.secret), 0);
    snprintf(w.values[0], 256, "%s", s.headers[0].value + 13); /* without its timestamp */
    CU_ASSERT_EQUAL(verify(v, &w, sec.secret), APIC_E_WEBHOOK_HEADER);
    apic_webhook_verifier_free(v);
}

static void test_configuration_errors(void)
{
    apic_webhook_verifier *v = NULL;
    apic_error err = {0};
    apic_webhook_secret bad = {NULL, "whsec_not*base64!"};
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, &bad, 1, 0, &v, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "webhook secret 1"));
    CU_ASSERT_PTR_NULL(strstr(err.message, "not*base64"));
    CU_ASSERT_PTR_NULL(v);
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&APIC_WEBHOOK_STANDARD, NULL, 0, 0, &v, &err), APIC_E_CONFIG);
    apic_webhook_secret no_key = {NULL, PUSHER_SECRET};
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&APIC_WEBHOOK_PUSHER, &no_key, 1, 0, &v, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "X-Pusher-Key"));
    apic_webhook_scheme no_body = APIC_WEBHOOK_SCHEMATIC;
    no_body.signed_content = "{timestamp}";
    apic_webhook_secret ok = {NULL, "s"};
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&no_body, &ok, 1, 0, &v, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "{body}"));
    no_body.signed_content = "{body}.{nonce}";
    CU_ASSERT_EQUAL(apic_webhook_verifier_new(&no_body, &ok, 1, 0, &v, &err), APIC_E_CONFIG);
    /* A client: secrets need a scheme; a bad secret names the config key, never itself. */
    apic_config cfg = APIC_CONFIG_INIT("http://h");
    cfg.webhook_secrets = &bad;
    cfg.n_webhook_secrets = 1;
    apic_client *c = NULL;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.webhook_scheme"));
    cfg.webhook_scheme = &APIC_WEBHOOK_STANDARD;
    CU_ASSERT_EQUAL(apic_client_new(&cfg, &c, &err), APIC_E_CONFIG);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "config.webhook_secrets: webhook secret 1"));
    CU_ASSERT_PTR_NULL(c);
    apic_webhook_secret good = {NULL, STD_SECRET};
    cfg.webhook_secrets = &good;
    CU_ASSERT_EQUAL_FATAL(apic_client_new(&cfg, &c, &err), 0);
    CU_ASSERT_TRUE(apic_client_verifies_webhooks(c));
    apic_client_free(c);
    CU_ASSERT_EQUAL(apic_webhook_verify(NULL, NULL, 0, "x", 1, 0, &err), APIC_E_ARG);
    apic_error_clear(&err);
}

int main(void)
{
    CU_TestInfo vectors[] = {
        {"Standard Webhooks, Pusher, Schematic: signed byte for byte", test_vectors_signed_byte_for_byte},
        {"the same vectors verify", test_vectors_verify},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo refused[] = {
        {"Standard Webhooks: each refusal with its reason", test_standard_refusals},
        {"Pusher: each refusal with its reason; app keys pick the secret", test_pusher_refusals},
        {"Schematic: each refusal with its reason", test_schematic_refusals},
        CU_TEST_INFO_NULL,
    };
    CU_TestInfo more[] = {
        {"rotation: several signatures, several secrets; tolerance", test_rotation},
        {"a sender described as data (timestamp inside the signature header, base64)", test_a_sender_described_as_data},
        {"configuration errors name the key and never the secret", test_configuration_errors},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {
        {"vectors", NULL, NULL, NULL, NULL, vectors},
        {"refusals", NULL, NULL, NULL, NULL, refused},
        {"schemes", NULL, NULL, NULL, NULL, more},
        CU_SUITE_INFO_NULL,
    };
    return cunit_run(suites);
}
