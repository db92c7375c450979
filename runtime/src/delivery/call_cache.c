/* Cached calls (call_cache.h). The key is the values sdk.yaml lists, each as a part: strings as
 * they are, string maps as sorted pairs (so {a,b} and {b,a} meet), anything else as its JSON
 * text; an absent value and null are parts of their own. The entry is the status, as three
 * digits, then the body, so a hit decodes exactly what the API sent. */
#include <stdlib.h>
#include <string.h>

#include "apic/codec.h"
#include "codec/slot.h"
#include "delivery/call_cache.h"

static const apic_field *field_named(const apic_struct_desc *d, const char *name)
{
    for (size_t i = 0; d != NULL && i < d->n_fields; i++) {
        if (strcmp(d->fields[i].name, name) == 0) return &d->fields[i];
    }
    return NULL;
}

static void add_value(apic_cache_key *k, const void *obj, const apic_field *f)
{
    static const char absent = 'a', null = 'n', value = 'v';
    if (obj == NULL || (!apic_field_is_null(obj, f) && !apic_field_has_value(obj, f))) {
        apic_cache_key_add(k, &absent, 1);
        return;
    }
    if (apic_field_is_null(obj, f)) {
        apic_cache_key_add(k, &null, 1);
        return;
    }
    apic_cache_key_add(k, &value, 1);
    const void *slot = apic_slot_at(obj, f);
    const apic_type *t = f->type;
    if (t->kind == APIC_STRING || t->kind == APIC_ANY) {
        apic_cache_key_add_str(k, *(char *const *)slot);
        return;
    }
    if (t->kind == APIC_MAP && t->elem->kind == APIC_STRING) {
        const apic_string_map *m = slot;
        apic_cache_key_add_pairs(k, (const char *const *)m->keys, (const char *const *)m->values, m->count, 1);
        return;
    }
    if (t->kind == APIC_OBJECT) slot = *(void *const *)slot;
    apic_buf json = {0};
    if (apic_json_encode(t, slot, &json, APIC_ENC_REQUEST, NULL) != 0) {
        k->failed = true; /* a value that cannot be written is sent (and refused) uncached */
    } else {
        apic_cache_key_add(k, json.data, json.len);
    }
    apic_buf_free(&json);
}

void apic_call_cache_begin(const apic_client *c, const apic_operation *op, const void *params, const void *body,
                           const apic_request_options *opts, apic_call_cache *cc)
{
    cc->cache = NULL;
    cc->read = false;
    apic_cache_use use = opts != NULL ? opts->cache : APIC_CACHE_USE;
    /* A body given as raw bytes is not the typed value the key is made of. */
    if (use == APIC_CACHE_SKIP || (opts != NULL && opts->body != NULL)) return;
    const apic_op_cache *oc = NULL;
    for (size_t i = 0; i < c->n_caches && oc == NULL; i++) {
        if (c->caches[i].op == op) oc = &c->caches[i];
    }
    if (oc == NULL) return;
    const apic_struct_desc *bd = op->body != NULL && op->body->kind == APIC_OBJECT ? op->body->object : NULL;
    apic_cache_key_init(&cc->key, 'R');
    for (const char *const *name = oc->spec->key; *name != NULL; name++) {
        const apic_field *f = field_named(op->params, *name);
        const void *obj = params;
        if (f == NULL) {
            f = field_named(bd, *name);
            obj = body;
        }
        add_value(&cc->key, obj, f); /* apic_client_cache_op() saw that every name is one or the other */
    }
    cc->cache = oc->cache;
    cc->read = use == APIC_CACHE_USE;
}

bool apic_call_cache_lookup(apic_call_cache *cc, apic_http_response *res)
{
    if (cc->cache == NULL || !cc->read) return false;
    apic_buf kept = {0};
    if (!apic_cache_get_buf(cc->cache, &cc->key, &kept)) {
        apic_buf_free(&kept);
        return false;
    }
    res->status = (kept.data[0] - '0') * 100 + (kept.data[1] - '0') * 10 + (kept.data[2] - '0');
    memmove(kept.data, kept.data + 3, kept.len - 3 + 1);
    kept.len -= 3;
    res->body = kept;
    return true;
}

void apic_call_cache_store(apic_call_cache *cc, const apic_http_response *res)
{
    if (cc->cache == NULL || res->status < 200 || res->status > 299 || res->body.data == NULL) return;
    apic_buf entry = {0};
    char status[4] = {(char)('0' + res->status / 100), (char)('0' + res->status / 10 % 10), (char)('0' + res->status % 10), 0};
    /* Out of memory here only means the next call is sent. */
    if (apic_buf_append(&entry, status, 3) == 0 && apic_buf_append(&entry, res->body.data, res->body.len) == 0) {
        apic_cache_put(cc->cache, &cc->key, entry.data, entry.len);
    }
    apic_buf_free(&entry);
}

void apic_call_cache_end(apic_call_cache *cc)
{
    if (cc->cache != NULL) apic_cache_key_release(&cc->key);
    cc->cache = NULL;
}
