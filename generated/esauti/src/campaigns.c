/* eSauti: campaigns operations. Generated; do not edit. */
#include "internal.h"

/* GET /campaigns */
static const apic_field esauti_campaigns_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_campaigns_list_params, start), offsetof(esauti_campaigns_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_campaigns_list_params, limit), offsetof(esauti_campaigns_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_campaigns_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_campaigns_list_params, order_by), offsetof(esauti_campaigns_list_params, has_order_by), -1, &esauti_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_campaigns_list_params, order_by_dir), offsetof(esauti_campaigns_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"publishedOnly", 13, 0, offsetof(esauti_campaigns_list_params, published_only), offsetof(esauti_campaigns_list_params, has_published_only), -1, &apic_type_bool},
};
static const apic_struct_desc esauti_campaigns_list_params_desc = {
    "campaigns_list_params", sizeof(esauti_campaigns_list_params), esauti_campaigns_list_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param esauti_campaigns_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_campaigns_list_responses[] = {
    {200, &esauti_campaign_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_campaigns_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_campaigns_list_security[] = {
    {esauti_campaigns_list_security_0, 1},
};
const apic_operation esauti_campaigns_list_op = {
    "esauti_campaigns_list", "GET", "/campaigns",
    &esauti_campaigns_list_params_desc, esauti_campaigns_list_params_locs,
    NULL, NULL, false,
    esauti_campaigns_list_responses, 1,
    esauti_campaigns_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_campaigns_list(esauti_client *client, const esauti_campaigns_list_params *params, esauti_campaign_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_campaigns_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_campaign_list *)result;
    return rc;
}

/* Calls esauti_campaigns_list_async()'s callback as its own type. */
static void esauti_campaigns_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_campaigns_list_callback)typed)(user_data, rc, (esauti_campaign_list *)result, err);
}

int esauti_campaigns_list_async(esauti_client *client, const esauti_campaigns_list_params *params, esauti_campaigns_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_campaigns_list_op, params, NULL, NULL,
                                   esauti_campaigns_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_campaigns_list_pagination = {
    APIC_PAGE_OFFSET, "campaigns", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_campaigns_list_iter_new(esauti_client *client, const esauti_campaigns_list_params *params, esauti_campaigns_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_campaigns_list_op, &esauti_campaigns_list_pagination, params, out, err);
}

int esauti_campaigns_list_iter_next(esauti_campaigns_list_iter *it, const esauti_campaign **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_campaign *)next;
    return rc;
}

void esauti_campaigns_list_iter_free(esauti_campaigns_list_iter *it)
{
    apic_pager_free(it);
}

/* GET /campaigns/{id} */
static const apic_field esauti_campaigns_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_campaigns_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_campaigns_get_params_desc = {
    "campaigns_get_params", sizeof(esauti_campaigns_get_params), esauti_campaigns_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_campaigns_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_campaigns_get_responses[] = {
    {200, &esauti_campaign_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_campaigns_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_campaigns_get_security[] = {
    {esauti_campaigns_get_security_0, 1},
};
const apic_operation esauti_campaigns_get_op = {
    "esauti_campaigns_get", "GET", "/campaigns/{id}",
    &esauti_campaigns_get_params_desc, esauti_campaigns_get_params_locs,
    NULL, NULL, false,
    esauti_campaigns_get_responses, 1,
    esauti_campaigns_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_campaigns_get(esauti_client *client, const esauti_campaigns_get_params *params, esauti_campaign **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_campaigns_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_campaign *)result;
    return rc;
}

/* Calls esauti_campaigns_get_async()'s callback as its own type. */
static void esauti_campaigns_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_campaigns_get_callback)typed)(user_data, rc, (esauti_campaign *)result, err);
}

int esauti_campaigns_get_async(esauti_client *client, const esauti_campaigns_get_params *params, esauti_campaigns_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_campaigns_get_op, params, NULL, NULL,
                                   esauti_campaigns_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /campaigns/{id}/contacts */
static const apic_field esauti_campaigns_list_contacts_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_campaigns_list_contacts_params, id), -1, -1, &apic_type_int64},
    {"start", 5, 0, offsetof(esauti_campaigns_list_contacts_params, start), offsetof(esauti_campaigns_list_contacts_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_campaigns_list_contacts_params, limit), offsetof(esauti_campaigns_list_contacts_params, has_limit), -1, &apic_type_int32},
    {"orderByDir", 10, 0, offsetof(esauti_campaigns_list_contacts_params, order_by_dir), offsetof(esauti_campaigns_list_contacts_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
};
static const apic_struct_desc esauti_campaigns_list_contacts_params_desc = {
    "campaigns_list_contacts_params", sizeof(esauti_campaigns_list_contacts_params), esauti_campaigns_list_contacts_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param esauti_campaigns_list_contacts_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_campaigns_list_contacts_responses[] = {
    {200, &esauti_campaign_contact_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_campaigns_list_contacts_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_campaigns_list_contacts_security[] = {
    {esauti_campaigns_list_contacts_security_0, 1},
};
const apic_operation esauti_campaigns_list_contacts_op = {
    "esauti_campaigns_list_contacts", "GET", "/campaigns/{id}/contacts",
    &esauti_campaigns_list_contacts_params_desc, esauti_campaigns_list_contacts_params_locs,
    NULL, NULL, false,
    esauti_campaigns_list_contacts_responses, 1,
    esauti_campaigns_list_contacts_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_campaigns_list_contacts(esauti_client *client, const esauti_campaigns_list_contacts_params *params, esauti_campaign_contact_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_campaigns_list_contacts_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_campaign_contact_list *)result;
    return rc;
}

/* Calls esauti_campaigns_list_contacts_async()'s callback as its own type. */
static void esauti_campaigns_list_contacts_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_campaigns_list_contacts_callback)typed)(user_data, rc, (esauti_campaign_contact_list *)result, err);
}

int esauti_campaigns_list_contacts_async(esauti_client *client, const esauti_campaigns_list_contacts_params *params, esauti_campaigns_list_contacts_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_campaigns_list_contacts_op, params, NULL, NULL,
                                   esauti_campaigns_list_contacts_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_campaigns_list_contacts_pagination = {
    APIC_PAGE_OFFSET, "contacts", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_campaigns_list_contacts_iter_new(esauti_client *client, const esauti_campaigns_list_contacts_params *params, esauti_campaigns_list_contacts_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_campaigns_list_contacts_op, &esauti_campaigns_list_contacts_pagination, params, out, err);
}

int esauti_campaigns_list_contacts_iter_next(esauti_campaigns_list_contacts_iter *it, const esauti_campaign_contact **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_campaign_contact *)next;
    return rc;
}

void esauti_campaigns_list_contacts_iter_free(esauti_campaigns_list_contacts_iter *it)
{
    apic_pager_free(it);
}

/* POST /campaigns/{id}/contacts/{contactId} */
static const apic_field esauti_campaigns_add_contact_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_campaigns_add_contact_params, id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_campaigns_add_contact_params, contact_id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_campaigns_add_contact_params_desc = {
    "campaigns_add_contact_params", sizeof(esauti_campaigns_add_contact_params), esauti_campaigns_add_contact_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param esauti_campaigns_add_contact_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_campaigns_add_contact_responses[] = {
    {200, &esauti_action_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_campaigns_add_contact_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_campaigns_add_contact_security[] = {
    {esauti_campaigns_add_contact_security_0, 1},
};
const apic_operation esauti_campaigns_add_contact_op = {
    "esauti_campaigns_add_contact", "POST", "/campaigns/{id}/contacts/{contactId}",
    &esauti_campaigns_add_contact_params_desc, esauti_campaigns_add_contact_params_locs,
    NULL, NULL, false,
    esauti_campaigns_add_contact_responses, 1,
    esauti_campaigns_add_contact_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_campaigns_add_contact(esauti_client *client, const esauti_campaigns_add_contact_params *params, esauti_action_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_campaigns_add_contact_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_action_result *)result;
    return rc;
}

/* Calls esauti_campaigns_add_contact_async()'s callback as its own type. */
static void esauti_campaigns_add_contact_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_campaigns_add_contact_callback)typed)(user_data, rc, (esauti_action_result *)result, err);
}

int esauti_campaigns_add_contact_async(esauti_client *client, const esauti_campaigns_add_contact_params *params, esauti_campaigns_add_contact_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_campaigns_add_contact_op, params, NULL, NULL,
                                   esauti_campaigns_add_contact_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /campaigns/{id}/contacts/{contactId} */
static const apic_field esauti_campaigns_remove_contact_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_campaigns_remove_contact_params, id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_campaigns_remove_contact_params, contact_id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_campaigns_remove_contact_params_desc = {
    "campaigns_remove_contact_params", sizeof(esauti_campaigns_remove_contact_params), esauti_campaigns_remove_contact_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param esauti_campaigns_remove_contact_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_campaigns_remove_contact_responses[] = {
    {200, &esauti_action_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_campaigns_remove_contact_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_campaigns_remove_contact_security[] = {
    {esauti_campaigns_remove_contact_security_0, 1},
};
const apic_operation esauti_campaigns_remove_contact_op = {
    "esauti_campaigns_remove_contact", "DELETE", "/campaigns/{id}/contacts/{contactId}",
    &esauti_campaigns_remove_contact_params_desc, esauti_campaigns_remove_contact_params_locs,
    NULL, NULL, false,
    esauti_campaigns_remove_contact_responses, 1,
    esauti_campaigns_remove_contact_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_campaigns_remove_contact(esauti_client *client, const esauti_campaigns_remove_contact_params *params, esauti_action_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_campaigns_remove_contact_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_action_result *)result;
    return rc;
}

/* Calls esauti_campaigns_remove_contact_async()'s callback as its own type. */
static void esauti_campaigns_remove_contact_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_campaigns_remove_contact_callback)typed)(user_data, rc, (esauti_action_result *)result, err);
}

int esauti_campaigns_remove_contact_async(esauti_client *client, const esauti_campaigns_remove_contact_params *params, esauti_campaigns_remove_contact_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_campaigns_remove_contact_op, params, NULL, NULL,
                                   esauti_campaigns_remove_contact_adapt, (apic_async_fn)callback, user_data, call, err);
}
