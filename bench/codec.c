/* The codec against raw cJSON, in the same process, on the same text:
 *   parse: typed parse into the generated struct + free  vs  cJSON_Parse + cJSON_Delete
 *   print: typed serialise to a new string               vs  cJSON_PrintUnformatted of a prebuilt tree
 * for (a) the Petstore Pet, (b) an eSauti contact with custom fields (~1 KB), (c) a page of 100
 * contacts (~100 KB) and (d) an order.created event (its data parsed; the whole envelope,
 * validation included, serialised). Each figure is the median of RUNS runs, ours and the
 * baseline interleaved so drift affects both alike. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <esauti/esauti.h>
#include <petstore/petstore.h>

#include "bench.h"

enum { RUNS = 7 };

static const char PET[] = "{\"id\":12345,\"category\":{\"id\":1,\"name\":\"Dogs\"},\"name\":\"doggie\",\"photoUrls\":"
                          "[\"http://example.com/photo1.png\",\"http://example.com/photo2.png\"],\"tags\":[{\"id\":1,"
                          "\"name\":\"friendly\"},{\"id\":2,\"name\":\"small\"}],\"status\":\"available\"}";

/* One contact of about 1 KB: the documented members and 28 custom fields. */
static int contact_json(char *out, size_t cap, long long id)
{
    int n = snprintf(out, cap,
                     "{\"id\":%lld,\"email\":\"contact%lld@example.com\",\"firstname\":\"Wanjiru\",\"lastname\":\"Kamau\","
                     "\"phone\":\"+254712%06lld\",\"points\":%lld,\"doNotContact\":false,\"ownerId\":7,"
                     "\"stage\":{\"id\":3,\"name\":\"Qualified\"},\"tags\":[\"newsletter\",\"vip\",\"nairobi\"],"
                     "\"customFields\":{",
                     id, id, id % 1000000, id % 500);
    for (int i = 0; i < 28 && n > 0 && (size_t)n < cap; i++) {
        n += snprintf(out + n, cap - (size_t)n, "%s\"field_%02d\":%s", i ? "," : "", i,
                      i % 4 == 0 ? "\"a fairly ordinary text value\"" : i % 4 == 1 ? "12345" : i % 4 == 2 ? "true"
                                                                                                         : "[1,2,3]");
    }
    if (n > 0 && (size_t)n < cap) {
        n += snprintf(out + n, cap - (size_t)n,
                      "},\"dateAdded\":\"2026-03-14T09:26:53Z\",\"dateModified\":\"2026-11-23T06:18:45Z\"}");
    }
    return n;
}

typedef struct doc {
    const char *figure;
    const apic_type *type;
    const char *json;
    size_t len;
    int iters;
} doc;

static double ns_per(double seconds, int iters)
{
    return seconds * 1e9 / iters;
}

static double typed_parse(const doc *d)
{
    double t0 = bench_now();
    for (int i = 0; i < d->iters; i++) {
        void *v = NULL;
        if (apic_value_new_from_json(d->type, d->json, d->len, &v, NULL) != 0) abort();
        apic_value_free(d->type, v);
    }
    return ns_per(bench_now() - t0, d->iters);
}

static double cjson_parse(const doc *d)
{
    double t0 = bench_now();
    for (int i = 0; i < d->iters; i++) {
        cJSON *j = cJSON_ParseWithLength(d->json, d->len);
        if (j == NULL) abort();
        cJSON_Delete(j);
    }
    return ns_per(bench_now() - t0, d->iters);
}

static double typed_print(const doc *d, const void *v)
{
    double t0 = bench_now();
    for (int i = 0; i < d->iters; i++) {
        char *s = NULL;
        if (apic_value_to_json(d->type, v, &s, NULL) != 0) abort();
        free(s);
    }
    return ns_per(bench_now() - t0, d->iters);
}

static double cjson_print(const doc *d, const cJSON *tree)
{
    double t0 = bench_now();
    for (int i = 0; i < d->iters; i++) {
        char *s = cJSON_PrintUnformatted(tree);
        if (s == NULL) abort();
        cJSON_free(s);
    }
    return ns_per(bench_now() - t0, d->iters);
}

static void measure(const doc *d, bool print)
{
    double ours[RUNS], base[RUNS], ours_p[RUNS], base_p[RUNS];
    void *v = NULL;
    if (apic_value_new_from_json(d->type, d->json, d->len, &v, NULL) != 0) {
        fprintf(stderr, "codec: %s does not parse\n", d->figure);
        exit(1);
    }
    cJSON *tree = cJSON_ParseWithLength(d->json, d->len);
    for (int r = 0; r < RUNS; r++) {
        ours[r] = typed_parse(d);
        base[r] = cjson_parse(d);
        if (print) {
            ours_p[r] = typed_print(d, v);
            base_p[r] = cjson_print(d, tree);
        }
    }
    char figure[128];
    snprintf(figure, sizeof figure, "parse+free %s (%zu B)", d->figure, d->len);
    bench_row(figure, bench_median(ours, RUNS), bench_median(base, RUNS), "ns", "<=1.15");
    if (print) {
        snprintf(figure, sizeof figure, "serialise %s", d->figure);
        bench_row(figure, bench_median(ours_p, RUNS), bench_median(base_p, RUNS), "ns", "<=0.5");
    }
    cJSON_Delete(tree);
    apic_value_free(d->type, v);
}

/* (d): the order.created envelope, as the SDK builds it (validation included). */
static void measure_event(void)
{
    const int iters = 20000;
    const char *data = "{\"order_id\":\"ord_5001\",\"order_number\":\"1042\",\"currency\":\"KES\",\"total_amount\":495000,"
                       "\"subtotal_amount\":495000,\"items\":[{\"sku\":\"KIKOY-TWL-BLU\",\"name\":\"Kikoy beach towel\","
                       "\"quantity\":3,\"unit_amount\":150000},{\"sku\":\"CHAI-500G\",\"name\":\"Kericho tea, 500 g\","
                       "\"quantity\":1,\"unit_amount\":45000}],\"channel\":\"web\",\"placed_at\":\"2026-04-12T06:50:20Z\"}";
    const apic_event_def *def = &esauti_event_registry.defs[ESAUTI_EVENT_ORDER_CREATED - 1];
    doc d = {"order.created data", def->data, data, strlen(data), iters};
    measure(&d, false);

    void *v = NULL;
    if (apic_value_new_from_json(def->data, data, strlen(data), &v, NULL) != 0) abort();
    esauti_event_identity who = {"cus_1001", "amina@example.com", NULL, "ord_5001", NULL};
    esauti_event_options o = {"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa", "2026-11-23T06:18:45.123Z", NULL, 0, NULL};
    apic_buf env = {0};
    if (apic_event_encode(&esauti_event_registry, ESAUTI_EVENT_ORDER_CREATED, &who, v, &o, &env, NULL) != 0) abort();
    cJSON *tree = cJSON_Parse(env.data);
    double ours[RUNS], base[RUNS];
    for (int r = 0; r < RUNS; r++) {
        double t0 = bench_now();
        for (int i = 0; i < iters; i++) {
            apic_buf b = {0};
            if (apic_event_encode(&esauti_event_registry, ESAUTI_EVENT_ORDER_CREATED, &who, v, &o, &b, NULL) != 0) abort();
            apic_buf_free(&b);
        }
        ours[r] = ns_per(bench_now() - t0, iters);
        doc e = {"", NULL, NULL, 0, iters};
        base[r] = cjson_print(&e, tree);
    }
    char figure[128];
    snprintf(figure, sizeof figure, "serialise order.created envelope (%zu B, validated)", env.len);
    bench_row(figure, bench_median(ours, RUNS), bench_median(base, RUNS), "ns", "<=0.5");
    cJSON_Delete(tree);
    apic_buf_free(&env);
    apic_value_free(def->data, v);
}

int main(void)
{
    static const apic_type pet = {APIC_OBJECT, APIC_FMT_NONE, &petstore_pet_desc, NULL, NULL};
    static const apic_type contact = {APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_desc, NULL, NULL};
    static const apic_type page = {APIC_OBJECT, APIC_FMT_NONE, &esauti_contact_list_desc, NULL, NULL};

    char one[2048];
    int one_len = contact_json(one, sizeof one, 9007199254740993LL);
    size_t cap = 160 * 1024, n = 0;
    char *list = malloc(cap);
    n += (size_t)snprintf(list, cap, "{\"total\":5000,\"contacts\":[");
    for (int i = 0; i < 100; i++) {
        if (i) list[n++] = ',';
        n += (size_t)contact_json(list + n, cap - n, 1000 + i);
    }
    n += (size_t)snprintf(list + n, cap - n, "]}");

    doc docs[] = {
        {"Petstore Pet", &pet, PET, sizeof PET - 1, 200000},
        {"eSauti contact", &contact, one, (size_t)one_len, 50000},
        {"page of 100 contacts", &page, list, n, 500},
    };
    for (size_t i = 0; i < sizeof docs / sizeof docs[0]; i++) measure(&docs[i], true);
    measure_event();
    free(list);
    return 0;
}
