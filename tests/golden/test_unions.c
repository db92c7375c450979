/* Golden test of oneOf/anyOf as tagged unions (tests/golden/unions.yaml): discriminators with an
 * explicit mapping, the implicit one and enum-given values; matching by required members and by
 * JSON type; anyOf and nested unions; unions as members, array items, map values, request bodies
 * and responses; values no variant matches kept byte for byte; what encoding adds and refuses. */
#include <stdlib.h>
#include <string.h>

#include <unions/unions.h>

#include "cunit_run.h"
#include "recorder.h"

/* Parses json as type t (a union or struct descriptor's apic_type), serialises it again and
 * checks the text is unchanged; returns the parsed value for more checks (free with t). */
static void *parse(const apic_type *t, const char *json)
{
    void *v = NULL;
    apic_error err = {0};
    int rc = apic_value_new_from_json(t, json, strlen(json), &v, &err);
    CU_ASSERT_EQUAL(rc, 0);
    if (rc != 0) fprintf(stderr, "\n%s: %s\n", json, err.message);
    return v;
}

static void round_trips(const apic_type *t, const char *json)
{
    void *v = parse(t, json);
    char *out = NULL;
    apic_error err = {0};
    if (v != NULL) CU_ASSERT_EQUAL(apic_value_to_json(t, v, &out, &err), 0);
    if (out != NULL) CU_ASSERT_STRING_EQUAL(out, json);
    free(out);
    apic_value_free(t, v);
}

static const apic_type pet_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_pet_desc.kinds, NULL};
static const apic_type vehicle_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_vehicle_desc.kinds, NULL};
static const apic_type event_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_event_desc.kinds, NULL};
static const apic_type contact_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_contact_desc.kinds, NULL};
static const apic_type scalar_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_scalar_desc.kinds, NULL};
static const apic_type limit_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_limit_desc.kinds, NULL};
static const apic_type node_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_node_desc.kinds, NULL};
static const apic_type message_t = {APIC_UNION, APIC_FMT_NONE, NULL, &unions_message_desc.kinds, NULL};

static void test_explicit_mapping_chooses_by_value(void)
{
    const char *kitty = "{\"petType\":\"kitty\",\"name\":\"Tom\",\"lives\":9}";
    unions_pet *p = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(unions_pet_from_json(kitty, strlen(kitty), &p, &err), 0);
    CU_ASSERT_EQUAL_FATAL(p->kind, UNIONS_PET_CAT); /* two values map to Cat */
    CU_ASSERT_STRING_EQUAL(p->as.cat->name, "Tom");
    CU_ASSERT(p->as.cat->has_lives && p->as.cat->lives == 9);
    CU_ASSERT_PTR_NULL(p->other);
    char *json = NULL;
    CU_ASSERT_EQUAL(unions_pet_to_json(p, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, kitty);
    free(json);
    unions_pet_free(p);

    const char *dog = "{\"petType\":\"dog\",\"bark\":false}"; /* mapped by a bare schema name */
    CU_ASSERT_EQUAL_FATAL(unions_pet_from_json(dog, strlen(dog), &p, &err), 0);
    CU_ASSERT_EQUAL(p->kind, UNIONS_PET_DOG);
    CU_ASSERT_FALSE(p->as.dog->bark);
    unions_pet_free(p);
    round_trips(&pet_t, "{\"petType\":\"cat\",\"name\":\"Felix\",\"friend\":{\"petType\":\"dog\",\"bark\":true}}");
    apic_error_clear(&err);
}

static void test_implicit_mapping_is_the_schema_name(void)
{
    unions_pet *p = parse(&pet_t, "{\"petType\":\"Lizard\",\"scales\":300}");
    CU_ASSERT_EQUAL_FATAL(p->kind, UNIONS_PET_LIZARD); /* the one variant the mapping leaves out */
    CU_ASSERT_EQUAL(p->as.lizard->scales, 300);
    unions_pet_free(p);
    unions_vehicle *v = parse(&vehicle_t, "{\"kind\":\"Bike\",\"gears\":21}");
    CU_ASSERT_EQUAL_FATAL(v->kind, UNIONS_VEHICLE_BIKE);
    CU_ASSERT_EQUAL(v->as.bike->gears, 21);
    unions_vehicle_free(v);
    v = parse(&vehicle_t, "{\"kind\":\"bike\",\"gears\":3}"); /* values are exact text */
    CU_ASSERT_EQUAL(v->kind, UNIONS_VEHICLE_UNKNOWN_VALUE);
    CU_ASSERT_STRING_EQUAL(v->other, "{\"kind\":\"bike\",\"gears\":3}");
    unions_vehicle_free(v);
}

static void test_enum_of_the_member_gives_the_values(void)
{
    unions_event *e = parse(&event_t, "{\"type\":\"item.deleted\",\"id\":\"i1\",\"deleted\":true}");
    CU_ASSERT_EQUAL_FATAL(e->kind, UNIONS_EVENT_ITEM_DELETED); /* from its const */
    CU_ASSERT_STRING_EQUAL(e->as.item_deleted->id, "i1");
    unions_event_free(e);
    e = parse(&event_t, "{\"id\":\"i2\",\"type\":\"item.created\"}"); /* from its enum; any position */
    CU_ASSERT_EQUAL_FATAL(e->kind, UNIONS_EVENT_ITEM_CREATED);
    CU_ASSERT_EQUAL(e->as.item_created->type.value, UNIONS_ITEM_CREATED_TYPE_ITEM_CREATED);
    unions_event_free(e);
}

static void test_variants_sharing_a_value_are_told_apart_by_shape(void)
{
    unions_message *m = parse(&message_t, "{\"type\":\"message\",\"id\":\"m1\"}");
    CU_ASSERT_EQUAL_FATAL(m->kind, UNIONS_MESSAGE_OUTPUT_MESSAGE); /* InputMessage lacks `content` */
    CU_ASSERT_STRING_EQUAL(m->as.output_message->id, "m1");
    unions_message_free(m);
    m = parse(&message_t, "{\"type\":\"message\",\"content\":\"hi\",\"id\":\"m2\"}");
    CU_ASSERT_EQUAL(m->kind, UNIONS_MESSAGE_INPUT_MESSAGE); /* both fit: the first */
    unions_message_free(m);
    m = parse(&message_t, "{\"type\":\"item.deleted\",\"id\":\"i3\"}"); /* a value of the nested union */
    CU_ASSERT_EQUAL_FATAL(m->kind, UNIONS_MESSAGE_EVENT);
    CU_ASSERT_EQUAL(m->as.event.kind, UNIONS_EVENT_ITEM_DELETED);
    unions_message_free(m);
    round_trips(&message_t, "{\"type\":\"message\"}"); /* neither fits: kept */
    m = parse(&message_t, "{\"type\":\"message\"}");
    CU_ASSERT_EQUAL(m->kind, UNIONS_MESSAGE_UNKNOWN_VALUE);
    unions_message_free(m);
}

static void test_discriminator_reading_is_exact(void)
{
    unions_pet *p = parse(&pet_t, "{\"pet\\u0054ype\":\"d\\u006fg\",\"bark\":true}"); /* escapes */
    CU_ASSERT_EQUAL(p->kind, UNIONS_PET_DOG);
    unions_pet_free(p);
    p = parse(&pet_t, "{\"petType\":\"cat\",\"bark\":true,\"petType\":\"dog\"}"); /* the last one counts */
    CU_ASSERT_EQUAL(p->kind, UNIONS_PET_DOG);
    unions_pet_free(p);
    char long_key[400]; /* an escaped member name longer than the scanner's stack buffer */
    snprintf(long_key, sizeof long_key, "{\"\\u0061%0300d\":1,\"petType\":\"dog\",\"bark\":true}", 0);
    p = parse(&pet_t, long_key);
    CU_ASSERT_EQUAL(p->kind, UNIONS_PET_DOG);
    CU_ASSERT_EQUAL(p->as.dog->unknown_fields.count, 1);
    unions_pet_free(p);
    /* The tag says what the value is, so a variant that then does not decode is an error. */
    const char *bad = "{\"petType\":\"dog\",\"bark\":\"loud\"}";
    apic_error err = {0};
    p = NULL;
    CU_ASSERT_EQUAL(unions_pet_from_json(bad, strlen(bad), &p, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NULL(p);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "$.bark"));
    apic_error_clear(&err);
}

/* What no variant takes is kept byte for byte (inner spacing too) and sent back unchanged. */
static void test_unknown_values_are_kept_byte_for_byte(void)
{
    const char *texts[] = {"{\"petType\": \"bird\",  \"wings\" : [1, 2]}", "{\"name\":\"no tag\"}", "[1,2]", "\"cat\"",
                           "null"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        unions_pet *p = parse(&pet_t, texts[i]);
        CU_ASSERT_EQUAL(p->kind, UNIONS_PET_UNKNOWN_VALUE);
        CU_ASSERT_STRING_EQUAL(p->other, texts[i]);
        unions_pet_free(p);
        round_trips(&pet_t, texts[i]);
    }
}

static void test_without_discriminator_required_members_decide(void)
{
    unions_contact *c = parse(&contact_t, "{\"verified\":true,\"phone\":\"+254700000001\"}");
    CU_ASSERT_EQUAL_FATAL(c->kind, UNIONS_CONTACT_PHONE_CONTACT); /* EmailContact lacks `email` */
    CU_ASSERT_STRING_EQUAL(c->as.phone_contact->phone, "+254700000001");
    CU_ASSERT(c->as.phone_contact->has_verified && c->as.phone_contact->verified);
    unions_contact_free(c);
    c = parse(&contact_t, "{\"email\":\"a@example.com\"}");
    CU_ASSERT_EQUAL(c->kind, UNIONS_CONTACT_EMAIL_CONTACT);
    unions_contact_free(c);
    /* Fits EmailContact's required members but does not decode as one: the next variant is
     * tried, and PhoneContact lacks `phone`, so the value is kept as it is. */
    c = parse(&contact_t, "{\"email\":5}");
    CU_ASSERT_EQUAL(c->kind, UNIONS_CONTACT_UNKNOWN_VALUE);
    CU_ASSERT_STRING_EQUAL(c->other, "{\"email\":5}");
    unions_contact_free(c);
    round_trips(&contact_t, "{\"fax\":\"1\"}");
    c = parse(&contact_t, "{\"phone\":\"1\",\"email\":\"both@example.com\"}");
    CU_ASSERT_EQUAL_FATAL(c->kind, UNIONS_CONTACT_EMAIL_CONTACT); /* both fit: the first wins */
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(unions_contact_to_json(c, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"email\":\"both@example.com\",\"phone\":\"1\"}"); /* phone kept as unknown */
    free(json);
    unions_contact_free(c);
}

static void test_primitives_match_by_json_type(void)
{
    unions_scalar *s = parse(&scalar_t, "\"abc\"");
    CU_ASSERT_EQUAL(s->kind, UNIONS_SCALAR_STRING);
    CU_ASSERT_STRING_EQUAL(s->as.string, "abc");
    unions_scalar_free(s);
    s = parse(&scalar_t, "-9007199254740993");
    CU_ASSERT_EQUAL(s->kind, UNIONS_SCALAR_INTEGER);
    CU_ASSERT_EQUAL(s->as.integer, INT64_C(-9007199254740993)); /* exact */
    unions_scalar_free(s);
    s = parse(&scalar_t, "[\"a\",\"b\"]");
    CU_ASSERT_EQUAL_FATAL(s->kind, UNIONS_SCALAR_STRING_ARRAY);
    CU_ASSERT_EQUAL_FATAL(s->as.string_array.count, 2);
    CU_ASSERT_STRING_EQUAL(s->as.string_array.items[1], "b");
    unions_scalar_free(s);
    const char *none[] = {"1.5", "true", "{}", "[1]", "null"}; /* [1]: the array variant holds strings */
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        s = parse(&scalar_t, none[i]);
        CU_ASSERT_EQUAL(s->kind, UNIONS_SCALAR_UNKNOWN_VALUE);
        CU_ASSERT_STRING_EQUAL(s->other, none[i]);
        unions_scalar_free(s);
    }
    round_trips(&scalar_t, "[\"x\",\"y\",\"z\"]");
    round_trips(&scalar_t, "12");
}

static void test_any_of_takes_the_first_match_and_nests(void)
{
    unions_limit *l = parse(&limit_t, "10");
    CU_ASSERT_EQUAL(l->kind, UNIONS_LIMIT_INTEGER);
    CU_ASSERT_EQUAL(l->as.integer, 10);
    unions_limit_free(l);
    l = parse(&limit_t, "\"unlimited\"");
    CU_ASSERT_EQUAL(l->kind, UNIONS_LIMIT_STRING);
    CU_ASSERT_EQUAL(l->as.string.value, UNIONS_LIMIT_STRING_UNLIMITED);
    unions_limit_free(l);
    l = parse(&limit_t, "{\"phone\":\"2\"}"); /* a union inside a union, held inline */
    CU_ASSERT_EQUAL_FATAL(l->kind, UNIONS_LIMIT_CONTACT);
    CU_ASSERT_EQUAL_FATAL(l->as.contact.kind, UNIONS_CONTACT_PHONE_CONTACT);
    CU_ASSERT_STRING_EQUAL(l->as.contact.as.phone_contact->phone, "2");
    unions_limit_free(l);
    /* An enum variant takes only its own values, a nested union only its own variants, an
     * int32 only what fits in 32 bits: the rest stays raw at the top, not deep inside. */
    const char *none[] = {"\"lots\"", "{\"fax\":\"3\"}", "3000000000"};
    for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
        l = parse(&limit_t, none[i]);
        CU_ASSERT_EQUAL(l->kind, UNIONS_LIMIT_UNKNOWN_VALUE);
        CU_ASSERT_STRING_EQUAL(l->other, none[i]);
        unions_limit_free(l);
    }
    round_trips(&limit_t, "{\"email\":\"n@example.com\",\"verified\":false}");
}

static const char owner_json[] =
    "{\"name\":\"Ann\",\"pet\":{\"petType\":\"cat\",\"name\":\"Tom\"},\"contact\":{\"email\":\"ann@example.com\"},"
    "\"rescue\":null,\"pets\":[{\"petType\":\"dog\",\"bark\":true},{\"petType\":\"parrot\"},"
    "{\"petType\":\"Lizard\"}],\"tags\":{\"a\":\"x\",\"b\":2,\"c\":[\"y\"],\"d\":false},\"limit\":5,"
    "\"size\":\"huge\",\"vehicle\":{\"kind\":\"Car\",\"doors\":4}}";

static void test_unions_as_members_items_and_map_values(void)
{
    unions_owner *o = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(unions_owner_from_json(owner_json, strlen(owner_json), &o, &err), 0);
    CU_ASSERT_EQUAL(o->pet.kind, UNIONS_PET_CAT); /* inline member */
    CU_ASSERT_STRING_EQUAL(o->pet.as.cat->name, "Tom");
    CU_ASSERT_EQUAL(o->contact.kind, UNIONS_CONTACT_EMAIL_CONTACT);
    CU_ASSERT(o->rescue_is_null && o->rescue.kind == UNIONS_OWNER_RESCUE_UNKNOWN_VALUE && o->rescue.other == NULL);
    CU_ASSERT_EQUAL_FATAL(o->pets.count, 3);
    CU_ASSERT_EQUAL(o->pets.items[0].kind, UNIONS_PET_DOG);
    CU_ASSERT_EQUAL(o->pets.items[1].kind, UNIONS_PET_UNKNOWN_VALUE);
    CU_ASSERT_STRING_EQUAL(o->pets.items[1].other, "{\"petType\":\"parrot\"}");
    CU_ASSERT_EQUAL(o->pets.items[2].kind, UNIONS_PET_LIZARD);
    CU_ASSERT_EQUAL_FATAL(o->tags.count, 4);
    CU_ASSERT_STRING_EQUAL(o->tags.keys[1], "b");
    CU_ASSERT_EQUAL(o->tags.values[1].kind, UNIONS_SCALAR_INTEGER);
    CU_ASSERT_EQUAL(o->tags.values[2].kind, UNIONS_SCALAR_STRING_ARRAY);
    CU_ASSERT_EQUAL(o->tags.values[3].kind, UNIONS_SCALAR_UNKNOWN_VALUE);
    CU_ASSERT_EQUAL(o->limit.kind, UNIONS_LIMIT_INTEGER);
    CU_ASSERT_EQUAL(o->size.value, UNIONS_SIZE_UNKNOWN_VALUE); /* string | enum: an open enum */
    CU_ASSERT_STRING_EQUAL(o->size.other, "huge");
    CU_ASSERT_EQUAL(o->vehicle.as.car->doors, 4);
    char *json = NULL;
    CU_ASSERT_EQUAL(unions_owner_to_json(o, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, owner_json);
    free(json);
    unions_owner_free(o);
    apic_error_clear(&err);
}

/* A union member holding neither a variant nor raw JSON is absent: not sent, and refused when
 * the member is required. */
static void test_absent_union_members(void)
{
    unions_cat cat = {.name = "Tom"};
    unions_owner o = {.name = "Ann"};
    o.pet.kind = UNIONS_PET_CAT;
    o.pet.as.cat = &cat;
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(unions_owner_to_json(&o, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"name\":\"Ann\",\"pet\":{\"petType\":\"cat\",\"name\":\"Tom\"}}");
    free(json);
    o.rescue_is_null = true;
    CU_ASSERT_EQUAL(unions_owner_to_json(&o, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"name\":\"Ann\",\"pet\":{\"petType\":\"cat\",\"name\":\"Tom\"},\"rescue\":null}");
    free(json);

    const apic_type owner_t = {APIC_OBJECT, APIC_FMT_NONE, &unions_owner_desc, NULL, NULL};
    o.pet.kind = UNIONS_PET_UNKNOWN_VALUE;
    CU_ASSERT_EQUAL(apic_validate(&owner_t, &o, "owner", &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "owner.pet: required member is missing");
    apic_error_clear(&err);
}

/* Built in C: the encoder writes the discriminator the variant's struct leaves unset (where the
 * struct declares it, else first), and never twice. */
static void test_encoding_adds_the_discriminator(void)
{
    unions_cat cat = {.name = "Tom"};
    unions_pet p = {.kind = UNIONS_PET_CAT};
    p.as.cat = &cat;
    char *json = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL(unions_pet_to_json(&p, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"petType\":\"cat\",\"name\":\"Tom\"}"); /* its first value */
    free(json);
    CU_ASSERT_EQUAL(apic_validate(&pet_t, &p, "pet", &err), 0); /* so it is not missing */
    cat.pet_type = "kitty";
    CU_ASSERT_EQUAL(unions_pet_to_json(&p, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"petType\":\"kitty\",\"name\":\"Tom\"}"); /* the caller's value wins */
    free(json);

    unions_boat boat = {.has_length = true, .length = 5}; /* Boat declares no `kind`: it goes first */
    unions_vehicle v = {.kind = UNIONS_VEHICLE_BOAT};
    v.as.boat = &boat;
    CU_ASSERT_EQUAL(unions_vehicle_to_json(&v, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"kind\":\"Boat\",\"length\":5}");
    free(json);
    round_trips(&vehicle_t, "{\"length\":5,\"kind\":\"Boat\"}"); /* decoded, it is an unknown member: not twice */

    unions_lizard liz = {.has_scales = true, .scales = 2};
    p.kind = UNIONS_PET_LIZARD;
    p.as.lizard = &liz;
    CU_ASSERT_EQUAL(unions_pet_to_json(&p, &json, &err), 0);
    CU_ASSERT_STRING_EQUAL(json, "{\"petType\":\"Lizard\",\"scales\":2}");
    free(json);
    apic_error_clear(&err);
}

static void test_encoding_refuses_what_has_no_json(void)
{
    apic_error err = {0};
    char *json = NULL;
    unions_pet empty = {.kind = UNIONS_PET_UNKNOWN_VALUE};
    CU_ASSERT_EQUAL(unions_pet_to_json(&empty, &json, &err), APIC_E_ENCODE);
    CU_ASSERT_PTR_NULL(json);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "Pet holds neither a variant nor raw JSON"));
    unions_pet no_object = {.kind = UNIONS_PET_DOG};
    CU_ASSERT_EQUAL(unions_pet_to_json(&no_object, &json, &err), APIC_E_ENCODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "Pet holds dog without its object"));
    unions_pet bad_kind = {.kind = (unions_pet_kind)7};
    CU_ASSERT_EQUAL(unions_pet_to_json(&bad_kind, &json, &err), APIC_E_ENCODE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "7 is not a kind of Pet"));
    unions_pet raw = {.other = "{\"petType\":\"bird\"}"};
    CU_ASSERT_EQUAL(apic_validate(&pet_t, &raw, "pet", &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "pet: matches none of the variants of Pet");
    unions_dog dog = {.pet_type = "dog"};
    unions_pet no_bark = {.kind = UNIONS_PET_DOG};
    no_bark.as.dog = &dog; /* a required bool without has_ is always present, so it validates */
    CU_ASSERT_EQUAL(apic_validate(&pet_t, &no_bark, "pet", &err), 0);
    unions_email_contact ec = {.verified = true, .has_verified = true};
    unions_contact c = {.kind = UNIONS_CONTACT_EMAIL_CONTACT};
    c.as.email_contact = &ec;
    CU_ASSERT_EQUAL(apic_validate(&contact_t, &c, "contact", &err), APIC_E_VALIDATION);
    CU_ASSERT_STRING_EQUAL(err.message, "contact.email: required member is missing"); /* the variant's own */
    apic_error_clear(&err);
}

static void test_operations_send_and_receive_unions(void)
{
    recorder rec;
    apic_transport t =
        recorder_transport(&rec, 200, "{\"petType\":\"cat\",\"name\":\"Tom\",\"friend\":{\"petType\":\"dog\",\"bark\":false}}");
    unions_config cfg = UNIONS_CONFIG_INIT;
    cfg.transport = &t;
    unions_client *client = NULL;
    apic_error err = {0};
    CU_ASSERT_EQUAL_FATAL(unions_client_new(&cfg, &client, &err), 0);
    unions_dog dog = {.bark = true};
    unions_pet body = {.kind = UNIONS_PET_DOG};
    body.as.dog = &dog;
    unions_pet *out = NULL;
    CU_ASSERT_EQUAL_FATAL(unions_create_pet(client, &body, &out, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.body, "{\"petType\":\"dog\",\"bark\":true}");
    CU_ASSERT_EQUAL_FATAL(out->kind, UNIONS_PET_CAT);
    CU_ASSERT_EQUAL(out->as.cat->friend_.kind, UNIONS_PET_DOG);
    unions_pet_free(out);

    unions_pet raw = {.other = "{\"petType\":\"bird\", \"wings\":2}"}; /* sent as it is */
    CU_ASSERT_EQUAL_FATAL(unions_create_pet(client, &raw, NULL, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.body, "{\"petType\":\"bird\", \"wings\":2}");

    /* Inline unions: a boolean body; an answer that is not a Scalar but is an Event. */
    rec.res_body = "{\"type\":\"item.created\",\"id\":\"i9\"}";
    unions_put_value_request value = {.kind = UNIONS_PUT_VALUE_REQUEST_BOOLEAN};
    value.as.boolean = true;
    unions_put_value_response *stored = NULL;
    CU_ASSERT_EQUAL_FATAL(unions_put_value(client, &value, &stored, &err), 0);
    CU_ASSERT_STRING_EQUAL(rec.body, "true");
    CU_ASSERT_EQUAL_FATAL(stored->kind, UNIONS_PUT_VALUE_RESPONSE_EVENT);
    CU_ASSERT_EQUAL_FATAL(stored->as.event.kind, UNIONS_EVENT_ITEM_CREATED);
    CU_ASSERT_STRING_EQUAL(stored->as.event.as.item_created->id, "i9");
    unions_put_value_response_free(stored);
    unions_put_value_request *parsed = NULL; /* a boolean is no Contact, but the second variant */
    CU_ASSERT_EQUAL_FATAL(unions_put_value_request_from_json("true", 4, &parsed, &err), 0);
    CU_ASSERT(parsed->kind == UNIONS_PUT_VALUE_REQUEST_BOOLEAN && parsed->as.boolean);
    unions_put_value_request_free(parsed);
    unions_client_free(client);
    apic_error_clear(&err);
}

/* `{"x": ... {"x":{},"a":1} ... ,"a":1}` nested n deep: NodeA decodes its x, then fails on
 * "a", and NodeB decodes the same x again, at every level ({} is neither: kept raw). */
static char *nested(int n)
{
    char *s = malloc((size_t)n * 13 + 16);
    size_t len = 0;
    for (int i = 0; i < n; i++) len += (size_t)sprintf(s + len, "{\"x\":");
    len += (size_t)sprintf(s + len, "{}");
    for (int i = 0; i < n; i++) len += (size_t)sprintf(s + len, ",\"a\":1}");
    return s;
}

static void test_backtracking_is_bounded(void)
{
    char *small = nested(6);
    unions_node *n = parse(&node_t, small);
    CU_ASSERT_EQUAL_FATAL(n->kind, UNIONS_NODE_NODE_B);
    CU_ASSERT_EQUAL(n->as.node_b->x.kind, UNIONS_NODE_NODE_B);
    unions_node_free(n);
    round_trips(&node_t, small);
    free(small);
    char *deep = nested(60); /* 2^60 trials without a bound */
    apic_error err = {0};
    n = NULL;
    CU_ASSERT_EQUAL(unions_node_from_json(deep, strlen(deep), &n, &err), APIC_E_DECODE);
    CU_ASSERT_PTR_NULL(n);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.message, "too much backtracking among the variants of Node"));
    free(deep);
    apic_error_clear(&err);
}

static void test_tables_list_every_union(void)
{
    CU_ASSERT_EQUAL_FATAL(unions_union_count, 11);
    CU_ASSERT_STRING_EQUAL(unions_unions[0]->kinds.name, "Pet");
    CU_ASSERT_STRING_EQUAL(unions_pet_desc.discriminator, "petType");
    CU_ASSERT_PTR_NULL(unions_contact_desc.discriminator);
}

int main(void)
{
    CU_TestInfo tests[] = {
        {"an explicit mapping chooses by value", test_explicit_mapping_chooses_by_value},
        {"the implicit mapping is the schema name", test_implicit_mapping_is_the_schema_name},
        {"the member's enum or const gives the values", test_enum_of_the_member_gives_the_values},
        {"variants sharing a value are told apart by shape", test_variants_sharing_a_value_are_told_apart_by_shape},
        {"the discriminator is read exactly", test_discriminator_reading_is_exact},
        {"unknown values are kept byte for byte", test_unknown_values_are_kept_byte_for_byte},
        {"without a discriminator, required members decide", test_without_discriminator_required_members_decide},
        {"primitives match by JSON type", test_primitives_match_by_json_type},
        {"anyOf takes the first match, and unions nest", test_any_of_takes_the_first_match_and_nests},
        {"unions as members, array items and map values", test_unions_as_members_items_and_map_values},
        {"absent union members", test_absent_union_members},
        {"encoding adds the discriminator", test_encoding_adds_the_discriminator},
        {"encoding refuses what has no JSON", test_encoding_refuses_what_has_no_json},
        {"operations send and receive unions", test_operations_send_and_receive_unions},
        {"backtracking is bounded", test_backtracking_is_bounded},
        {"the tables list every union", test_tables_list_every_union},
        CU_TEST_INFO_NULL,
    };
    CU_SuiteInfo suites[] = {{"golden unions", NULL, NULL, NULL, NULL, tests}, CU_SUITE_INFO_NULL};
    return cunit_run(suites);
}
