/* eSauti: emails operations. Generated; do not edit. */
#include "internal.h"

/* GET /emails */
static const apic_field esauti_emails_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_emails_list_params, start), offsetof(esauti_emails_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_emails_list_params, limit), offsetof(esauti_emails_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_emails_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_emails_list_params, order_by), offsetof(esauti_emails_list_params, has_order_by), -1, &esauti_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_emails_list_params, order_by_dir), offsetof(esauti_emails_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"publishedOnly", 13, 0, offsetof(esauti_emails_list_params, published_only), offsetof(esauti_emails_list_params, has_published_only), -1, &apic_type_bool},
};
static const apic_struct_desc esauti_emails_list_params_desc = {
    "emails_list_params", sizeof(esauti_emails_list_params), esauti_emails_list_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param esauti_emails_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_emails_list_responses[] = {
    {200, &esauti_email_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_emails_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_emails_list_security[] = {
    {esauti_emails_list_security_0, 1},
};
const apic_operation esauti_emails_list_op = {
    "esauti_emails_list", "GET", "/emails",
    &esauti_emails_list_params_desc, esauti_emails_list_params_locs,
    NULL, NULL, false,
    esauti_emails_list_responses, 1,
    esauti_emails_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_emails_list(esauti_client *client, const esauti_emails_list_params *params, esauti_email_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_emails_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_email_list *)result;
    return rc;
}

/* Calls esauti_emails_list_async()'s callback as its own type. */
static void esauti_emails_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_emails_list_callback)typed)(user_data, rc, (esauti_email_list *)result, err);
}

int esauti_emails_list_async(esauti_client *client, const esauti_emails_list_params *params, esauti_emails_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_emails_list_op, params, NULL, NULL,
                                   esauti_emails_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_emails_list_pagination = {
    APIC_PAGE_OFFSET, "emails", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_emails_list_iter_new(esauti_client *client, const esauti_emails_list_params *params, esauti_emails_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_emails_list_op, &esauti_emails_list_pagination, params, out, err);
}

int esauti_emails_list_iter_next(esauti_emails_list_iter *it, const esauti_email **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_email *)next;
    return rc;
}

void esauti_emails_list_iter_free(esauti_emails_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /emails */
static const apic_response esauti_emails_create_responses[] = {
    {201, &esauti_email_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_emails_create_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_emails_create_security[] = {
    {esauti_emails_create_security_0, 1},
};
const apic_operation esauti_emails_create_op = {
    "esauti_emails_create", "POST", "/emails",
    NULL, NULL,
    &esauti_email_input_Type, "application/json", true,
    esauti_emails_create_responses, 1,
    esauti_emails_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_emails_create(esauti_client *client, const esauti_email_input *body, esauti_email **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_emails_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_email *)result;
    return rc;
}

/* Calls esauti_emails_create_async()'s callback as its own type. */
static void esauti_emails_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_emails_create_callback)typed)(user_data, rc, (esauti_email *)result, err);
}

int esauti_emails_create_async(esauti_client *client, const esauti_email_input *body, esauti_emails_create_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_emails_create_op, NULL, body, NULL,
                                   esauti_emails_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /emails/{id} */
static const apic_field esauti_emails_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_emails_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_emails_get_params_desc = {
    "emails_get_params", sizeof(esauti_emails_get_params), esauti_emails_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_emails_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_emails_get_responses[] = {
    {200, &esauti_email_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_emails_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_emails_get_security[] = {
    {esauti_emails_get_security_0, 1},
};
const apic_operation esauti_emails_get_op = {
    "esauti_emails_get", "GET", "/emails/{id}",
    &esauti_emails_get_params_desc, esauti_emails_get_params_locs,
    NULL, NULL, false,
    esauti_emails_get_responses, 1,
    esauti_emails_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_emails_get(esauti_client *client, const esauti_emails_get_params *params, esauti_email **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_emails_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_email *)result;
    return rc;
}

/* Calls esauti_emails_get_async()'s callback as its own type. */
static void esauti_emails_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_emails_get_callback)typed)(user_data, rc, (esauti_email *)result, err);
}

int esauti_emails_get_async(esauti_client *client, const esauti_emails_get_params *params, esauti_emails_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_emails_get_op, params, NULL, NULL,
                                   esauti_emails_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /emails/{id}/send */
static const apic_field esauti_emails_send_to_segments_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_emails_send_to_segments_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_emails_send_to_segments_params_desc = {
    "emails_send_to_segments_params", sizeof(esauti_emails_send_to_segments_params), esauti_emails_send_to_segments_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_emails_send_to_segments_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_emails_send_to_segments_responses[] = {
    {200, &esauti_email_send_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_emails_send_to_segments_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_emails_send_to_segments_security[] = {
    {esauti_emails_send_to_segments_security_0, 1},
};
const apic_operation esauti_emails_send_to_segments_op = {
    "esauti_emails_send_to_segments", "POST", "/emails/{id}/send",
    &esauti_emails_send_to_segments_params_desc, esauti_emails_send_to_segments_params_locs,
    NULL, NULL, false,
    esauti_emails_send_to_segments_responses, 1,
    esauti_emails_send_to_segments_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_emails_send_to_segments(esauti_client *client, const esauti_emails_send_to_segments_params *params, esauti_email_send_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_emails_send_to_segments_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_email_send_result *)result;
    return rc;
}

/* Calls esauti_emails_send_to_segments_async()'s callback as its own type. */
static void esauti_emails_send_to_segments_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_emails_send_to_segments_callback)typed)(user_data, rc, (esauti_email_send_result *)result, err);
}

int esauti_emails_send_to_segments_async(esauti_client *client, const esauti_emails_send_to_segments_params *params, esauti_emails_send_to_segments_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_emails_send_to_segments_op, params, NULL, NULL,
                                   esauti_emails_send_to_segments_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /emails/{id}/contact/{contactId}/send */
static const apic_field esauti_emails_send_to_contact_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_emails_send_to_contact_params, id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_emails_send_to_contact_params, contact_id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_emails_send_to_contact_params_desc = {
    "emails_send_to_contact_params", sizeof(esauti_emails_send_to_contact_params), esauti_emails_send_to_contact_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param esauti_emails_send_to_contact_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_emails_send_to_contact_responses[] = {
    {200, &esauti_email_send_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_emails_send_to_contact_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_emails_send_to_contact_security[] = {
    {esauti_emails_send_to_contact_security_0, 1},
};
const apic_operation esauti_emails_send_to_contact_op = {
    "esauti_emails_send_to_contact", "POST", "/emails/{id}/contact/{contactId}/send",
    &esauti_emails_send_to_contact_params_desc, esauti_emails_send_to_contact_params_locs,
    &esauti_email_send_request_Type, "application/json", false,
    esauti_emails_send_to_contact_responses, 1,
    esauti_emails_send_to_contact_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_emails_send_to_contact(esauti_client *client, const esauti_emails_send_to_contact_params *params, const esauti_email_send_request *body, esauti_email_send_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_emails_send_to_contact_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_email_send_result *)result;
    return rc;
}

/* Calls esauti_emails_send_to_contact_async()'s callback as its own type. */
static void esauti_emails_send_to_contact_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_emails_send_to_contact_callback)typed)(user_data, rc, (esauti_email_send_result *)result, err);
}

int esauti_emails_send_to_contact_async(esauti_client *client, const esauti_emails_send_to_contact_params *params, const esauti_email_send_request *body, esauti_emails_send_to_contact_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_emails_send_to_contact_op, params, body, NULL,
                                   esauti_emails_send_to_contact_adapt, (apic_async_fn)callback, user_data, call, err);
}
