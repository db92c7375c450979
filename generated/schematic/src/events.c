/* Schematic: events operations. Generated; do not edit. */
#include "internal.h"

/* POST /event-batch */
static const apic_response schematic_events_create_batch_responses[] = {
    {201, &schematic_events_create_batch_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_events_create_batch_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_events_create_batch_security[] = {
    {schematic_events_create_batch_security_0, 1},
};
const apic_operation schematic_events_create_batch_op = {
    "schematic_events_create_batch", "POST", "/event-batch",
    NULL, NULL,
    &schematic_create_event_batch_request_body_Type, "application/json", true,
    schematic_events_create_batch_responses, 1,
    schematic_events_create_batch_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_events_create_batch(schematic_client *client, const schematic_create_event_batch_request_body *body, schematic_events_create_batch_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_events_create_batch_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_events_create_batch_response *)result;
    return rc;
}

/* Calls schematic_events_create_batch_async()'s callback as its own type. */
static void schematic_events_create_batch_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_events_create_batch_callback)typed)(user_data, rc, (schematic_events_create_batch_response *)result, err);
}

int schematic_events_create_batch_async(schematic_client *client, const schematic_create_event_batch_request_body *body, schematic_events_create_batch_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_events_create_batch_op, NULL, body, NULL,
                                   schematic_events_create_batch_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /event-types */
static const apic_field schematic_events_get_summaries_params_desc_Fields[] = {
    {"q", 1, 0, offsetof(schematic_events_get_summaries_params, q), -1, -1, &apic_type_string},
    {"event_subtypes", 14, 0, offsetof(schematic_events_get_summaries_params, event_subtypes), offsetof(schematic_events_get_summaries_params, has_event_subtypes), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_events_get_summaries_params, limit), offsetof(schematic_events_get_summaries_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_events_get_summaries_params, offset), offsetof(schematic_events_get_summaries_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_events_get_summaries_params_desc = {
    "events_get_summaries_params", sizeof(schematic_events_get_summaries_params), schematic_events_get_summaries_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_events_get_summaries_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_events_get_summaries_responses[] = {
    {200, &schematic_events_get_summaries_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_events_get_summaries_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_events_get_summaries_security[] = {
    {schematic_events_get_summaries_security_0, 1},
};
const apic_operation schematic_events_get_summaries_op = {
    "schematic_events_get_summaries", "GET", "/event-types",
    &schematic_events_get_summaries_params_desc, schematic_events_get_summaries_params_locs,
    NULL, NULL, false,
    schematic_events_get_summaries_responses, 1,
    schematic_events_get_summaries_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_events_get_summaries(schematic_client *client, const schematic_events_get_summaries_params *params, schematic_events_get_summaries_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_events_get_summaries_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_events_get_summaries_response *)result;
    return rc;
}

/* Calls schematic_events_get_summaries_async()'s callback as its own type. */
static void schematic_events_get_summaries_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_events_get_summaries_callback)typed)(user_data, rc, (schematic_events_get_summaries_response *)result, err);
}

int schematic_events_get_summaries_async(schematic_client *client, const schematic_events_get_summaries_params *params, schematic_events_get_summaries_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_events_get_summaries_op, params, NULL, NULL,
                                   schematic_events_get_summaries_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_events_get_summaries_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_events_get_summaries_iter_new(schematic_client *client, const schematic_events_get_summaries_params *params, schematic_events_get_summaries_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_events_get_summaries_op, &schematic_events_get_summaries_pagination, params, out, err);
}

int schematic_events_get_summaries_iter_next(schematic_events_get_summaries_iter *it, const schematic_event_summary_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_event_summary_response_data *)next;
    return rc;
}

void schematic_events_get_summaries_iter_free(schematic_events_get_summaries_iter *it)
{
    apic_pager_free(it);
}

/* GET /events */
static const apic_field schematic_events_list_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_events_list_params, company_id), -1, -1, &apic_type_string},
    {"event_subtype", 13, 0, offsetof(schematic_events_list_params, event_subtype), -1, -1, &apic_type_string},
    {"event_types", 11, 0, offsetof(schematic_events_list_params, event_types), offsetof(schematic_events_list_params, has_event_types), -1, &schematic_event_type_model_array_Type},
    {"flag_id", 7, 0, offsetof(schematic_events_list_params, flag_id), -1, -1, &apic_type_string},
    {"idempotency_key", 15, 0, offsetof(schematic_events_list_params, idempotency_key), -1, -1, &apic_type_string},
    {"user_id", 7, 0, offsetof(schematic_events_list_params, user_id), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(schematic_events_list_params, limit), offsetof(schematic_events_list_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_events_list_params, offset), offsetof(schematic_events_list_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_events_list_params_desc = {
    "events_list_params", sizeof(schematic_events_list_params), schematic_events_list_params_desc_Fields, 8,
    -1,
    -1,
    NULL
};

static const apic_param schematic_events_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_events_list_responses[] = {
    {200, &schematic_events_list_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_events_list_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_events_list_security[] = {
    {schematic_events_list_security_0, 1},
};
const apic_operation schematic_events_list_op = {
    "schematic_events_list", "GET", "/events",
    &schematic_events_list_params_desc, schematic_events_list_params_locs,
    NULL, NULL, false,
    schematic_events_list_responses, 1,
    schematic_events_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_events_list(schematic_client *client, const schematic_events_list_params *params, schematic_events_list_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_events_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_events_list_response *)result;
    return rc;
}

/* Calls schematic_events_list_async()'s callback as its own type. */
static void schematic_events_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_events_list_callback)typed)(user_data, rc, (schematic_events_list_response *)result, err);
}

int schematic_events_list_async(schematic_client *client, const schematic_events_list_params *params, schematic_events_list_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_events_list_op, params, NULL, NULL,
                                   schematic_events_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_events_list_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_events_list_iter_new(schematic_client *client, const schematic_events_list_params *params, schematic_events_list_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_events_list_op, &schematic_events_list_pagination, params, out, err);
}

int schematic_events_list_iter_next(schematic_events_list_iter *it, const schematic_event_detail_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_event_detail_response_data *)next;
    return rc;
}

void schematic_events_list_iter_free(schematic_events_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /events */
static const apic_response schematic_events_create_responses[] = {
    {201, &schematic_events_create_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_events_create_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_events_create_security[] = {
    {schematic_events_create_security_0, 1},
};
const apic_operation schematic_events_create_op = {
    "schematic_events_create", "POST", "/events",
    NULL, NULL,
    &schematic_create_event_request_body_Type, "application/json", true,
    schematic_events_create_responses, 1,
    schematic_events_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_events_create(schematic_client *client, const schematic_create_event_request_body *body, schematic_events_create_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_events_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_events_create_response *)result;
    return rc;
}

/* Calls schematic_events_create_async()'s callback as its own type. */
static void schematic_events_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_events_create_callback)typed)(user_data, rc, (schematic_events_create_response *)result, err);
}

int schematic_events_create_async(schematic_client *client, const schematic_create_event_request_body *body, schematic_events_create_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_events_create_op, NULL, body, NULL,
                                   schematic_events_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /events/{event_id} */
static const apic_field schematic_events_get_params_desc_Fields[] = {
    {"event_id", 8, APIC_F_REQUIRED, offsetof(schematic_events_get_params, event_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_events_get_params_desc = {
    "events_get_params", sizeof(schematic_events_get_params), schematic_events_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_events_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_events_get_responses[] = {
    {200, &schematic_events_get_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_events_get_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_events_get_security[] = {
    {schematic_events_get_security_0, 1},
};
const apic_operation schematic_events_get_op = {
    "schematic_events_get", "GET", "/events/{event_id}",
    &schematic_events_get_params_desc, schematic_events_get_params_locs,
    NULL, NULL, false,
    schematic_events_get_responses, 1,
    schematic_events_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_events_get(schematic_client *client, const schematic_events_get_params *params, schematic_events_get_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_events_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_events_get_response *)result;
    return rc;
}

/* Calls schematic_events_get_async()'s callback as its own type. */
static void schematic_events_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_events_get_callback)typed)(user_data, rc, (schematic_events_get_response *)result, err);
}

int schematic_events_get_async(schematic_client *client, const schematic_events_get_params *params, schematic_events_get_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_events_get_op, params, NULL, NULL,
                                   schematic_events_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /segment-integration */
static const apic_response schematic_events_get_segment_integration_status_responses[] = {
    {200, &schematic_events_get_segment_integration_status_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_events_get_segment_integration_status_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_events_get_segment_integration_status_security[] = {
    {schematic_events_get_segment_integration_status_security_0, 1},
};
const apic_operation schematic_events_get_segment_integration_status_op = {
    "schematic_events_get_segment_integration_status", "GET", "/segment-integration",
    NULL, NULL,
    NULL, NULL, false,
    schematic_events_get_segment_integration_status_responses, 1,
    schematic_events_get_segment_integration_status_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_events_get_segment_integration_status(schematic_client *client, schematic_events_get_segment_integration_status_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_events_get_segment_integration_status_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_events_get_segment_integration_status_response *)result;
    return rc;
}

/* Calls schematic_events_get_segment_integration_status_async()'s callback as its own type. */
static void schematic_events_get_segment_integration_status_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_events_get_segment_integration_status_callback)typed)(user_data, rc, (schematic_events_get_segment_integration_status_response *)result, err);
}

int schematic_events_get_segment_integration_status_async(schematic_client *client, schematic_events_get_segment_integration_status_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_events_get_segment_integration_status_op, NULL, NULL, NULL,
                                   schematic_events_get_segment_integration_status_adapt, (apic_async_fn)callback, user_data, call, err);
}
