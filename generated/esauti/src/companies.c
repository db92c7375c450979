/* eSauti: companies operations. Generated; do not edit. */
#include "internal.h"

/* GET /companies */
static const apic_field esauti_companies_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_companies_list_params, start), offsetof(esauti_companies_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_companies_list_params, limit), offsetof(esauti_companies_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_companies_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_companies_list_params, order_by), offsetof(esauti_companies_list_params, has_order_by), -1, &esauti_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_companies_list_params, order_by_dir), offsetof(esauti_companies_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"where", 5, 0, offsetof(esauti_companies_list_params, where), -1, -1, &esauti_company_filter_Type},
};
static const apic_struct_desc esauti_companies_list_params_desc = {
    "companies_list_params", sizeof(esauti_companies_list_params), esauti_companies_list_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param esauti_companies_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_DEEP_OBJECT, true, false},
};
static const apic_response esauti_companies_list_responses[] = {
    {200, &esauti_company_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_companies_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_companies_list_security[] = {
    {esauti_companies_list_security_0, 1},
};
const apic_operation esauti_companies_list_op = {
    "esauti_companies_list", "GET", "/companies",
    &esauti_companies_list_params_desc, esauti_companies_list_params_locs,
    NULL, NULL, false,
    esauti_companies_list_responses, 1,
    esauti_companies_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_companies_list(esauti_client *client, const esauti_companies_list_params *params, esauti_company_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_companies_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_company_list *)result;
    return rc;
}

/* Calls esauti_companies_list_async()'s callback as its own type. */
static void esauti_companies_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_companies_list_callback)typed)(user_data, rc, (esauti_company_list *)result, err);
}

int esauti_companies_list_async(esauti_client *client, const esauti_companies_list_params *params, esauti_companies_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_companies_list_op, params, NULL, NULL,
                                   esauti_companies_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_companies_list_pagination = {
    APIC_PAGE_OFFSET, "companies", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_companies_list_iter_new(esauti_client *client, const esauti_companies_list_params *params, esauti_companies_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_companies_list_op, &esauti_companies_list_pagination, params, out, err);
}

int esauti_companies_list_iter_next(esauti_companies_list_iter *it, const esauti_company **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_company *)next;
    return rc;
}

void esauti_companies_list_iter_free(esauti_companies_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /companies */
static const apic_response esauti_companies_create_responses[] = {
    {201, &esauti_company_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_companies_create_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_companies_create_security[] = {
    {esauti_companies_create_security_0, 1},
};
const apic_operation esauti_companies_create_op = {
    "esauti_companies_create", "POST", "/companies",
    NULL, NULL,
    &esauti_company_input_Type, "application/json", true,
    esauti_companies_create_responses, 1,
    esauti_companies_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_companies_create(esauti_client *client, const esauti_company_input *body, esauti_company **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_companies_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_company *)result;
    return rc;
}

/* Calls esauti_companies_create_async()'s callback as its own type. */
static void esauti_companies_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_companies_create_callback)typed)(user_data, rc, (esauti_company *)result, err);
}

int esauti_companies_create_async(esauti_client *client, const esauti_company_input *body, esauti_companies_create_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_companies_create_op, NULL, body, NULL,
                                   esauti_companies_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /companies/{id} */
static const apic_field esauti_companies_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_companies_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_companies_get_params_desc = {
    "companies_get_params", sizeof(esauti_companies_get_params), esauti_companies_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_companies_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_companies_get_responses[] = {
    {200, &esauti_company_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_companies_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_companies_get_security[] = {
    {esauti_companies_get_security_0, 1},
};
const apic_operation esauti_companies_get_op = {
    "esauti_companies_get", "GET", "/companies/{id}",
    &esauti_companies_get_params_desc, esauti_companies_get_params_locs,
    NULL, NULL, false,
    esauti_companies_get_responses, 1,
    esauti_companies_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_companies_get(esauti_client *client, const esauti_companies_get_params *params, esauti_company **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_companies_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_company *)result;
    return rc;
}

/* Calls esauti_companies_get_async()'s callback as its own type. */
static void esauti_companies_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_companies_get_callback)typed)(user_data, rc, (esauti_company *)result, err);
}

int esauti_companies_get_async(esauti_client *client, const esauti_companies_get_params *params, esauti_companies_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_companies_get_op, params, NULL, NULL,
                                   esauti_companies_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /companies/{id} */
static const apic_field esauti_companies_delete_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_companies_delete_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_companies_delete_params_desc = {
    "companies_delete_params", sizeof(esauti_companies_delete_params), esauti_companies_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_companies_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_companies_delete_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_companies_delete_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_companies_delete_security[] = {
    {esauti_companies_delete_security_0, 1},
};
const apic_operation esauti_companies_delete_op = {
    "esauti_companies_delete", "DELETE", "/companies/{id}",
    &esauti_companies_delete_params_desc, esauti_companies_delete_params_locs,
    NULL, NULL, false,
    esauti_companies_delete_responses, 1,
    esauti_companies_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_companies_delete(esauti_client *client, const esauti_companies_delete_params *params, esauti_error *err)
{
    return apic_call(client, &esauti_companies_delete_op, params, NULL, NULL, err);
}

/* Calls esauti_companies_delete_async()'s callback as its own type. */
static void esauti_companies_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((esauti_companies_delete_callback)typed)(user_data, rc, err);
}

int esauti_companies_delete_async(esauti_client *client, const esauti_companies_delete_params *params, esauti_companies_delete_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_companies_delete_op, params, NULL, NULL,
                                   esauti_companies_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /companies/{id} */
static const apic_field esauti_companies_edit_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_companies_edit_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_companies_edit_params_desc = {
    "companies_edit_params", sizeof(esauti_companies_edit_params), esauti_companies_edit_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_companies_edit_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_companies_edit_responses[] = {
    {200, &esauti_company_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_companies_edit_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_companies_edit_security[] = {
    {esauti_companies_edit_security_0, 1},
};
const apic_operation esauti_companies_edit_op = {
    "esauti_companies_edit", "PATCH", "/companies/{id}",
    &esauti_companies_edit_params_desc, esauti_companies_edit_params_locs,
    &esauti_company_patch_Type, "application/json", true,
    esauti_companies_edit_responses, 1,
    esauti_companies_edit_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_companies_edit(esauti_client *client, const esauti_companies_edit_params *params, const esauti_company_patch *body, esauti_company **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_companies_edit_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_company *)result;
    return rc;
}

/* Calls esauti_companies_edit_async()'s callback as its own type. */
static void esauti_companies_edit_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_companies_edit_callback)typed)(user_data, rc, (esauti_company *)result, err);
}

int esauti_companies_edit_async(esauti_client *client, const esauti_companies_edit_params *params, const esauti_company_patch *body, esauti_companies_edit_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_companies_edit_op, params, body, NULL,
                                   esauti_companies_edit_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /companies/{id}/contacts/{contactId} */
static const apic_field esauti_companies_add_contact_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_companies_add_contact_params, id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_companies_add_contact_params, contact_id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_companies_add_contact_params_desc = {
    "companies_add_contact_params", sizeof(esauti_companies_add_contact_params), esauti_companies_add_contact_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param esauti_companies_add_contact_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_companies_add_contact_responses[] = {
    {200, &esauti_action_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_companies_add_contact_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_companies_add_contact_security[] = {
    {esauti_companies_add_contact_security_0, 1},
};
const apic_operation esauti_companies_add_contact_op = {
    "esauti_companies_add_contact", "POST", "/companies/{id}/contacts/{contactId}",
    &esauti_companies_add_contact_params_desc, esauti_companies_add_contact_params_locs,
    NULL, NULL, false,
    esauti_companies_add_contact_responses, 1,
    esauti_companies_add_contact_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_companies_add_contact(esauti_client *client, const esauti_companies_add_contact_params *params, esauti_action_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_companies_add_contact_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_action_result *)result;
    return rc;
}

/* Calls esauti_companies_add_contact_async()'s callback as its own type. */
static void esauti_companies_add_contact_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_companies_add_contact_callback)typed)(user_data, rc, (esauti_action_result *)result, err);
}

int esauti_companies_add_contact_async(esauti_client *client, const esauti_companies_add_contact_params *params, esauti_companies_add_contact_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_companies_add_contact_op, params, NULL, NULL,
                                   esauti_companies_add_contact_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /companies/{id}/contacts/{contactId} */
static const apic_field esauti_companies_remove_contact_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_companies_remove_contact_params, id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_companies_remove_contact_params, contact_id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_companies_remove_contact_params_desc = {
    "companies_remove_contact_params", sizeof(esauti_companies_remove_contact_params), esauti_companies_remove_contact_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param esauti_companies_remove_contact_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_companies_remove_contact_responses[] = {
    {200, &esauti_action_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_companies_remove_contact_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_companies_remove_contact_security[] = {
    {esauti_companies_remove_contact_security_0, 1},
};
const apic_operation esauti_companies_remove_contact_op = {
    "esauti_companies_remove_contact", "DELETE", "/companies/{id}/contacts/{contactId}",
    &esauti_companies_remove_contact_params_desc, esauti_companies_remove_contact_params_locs,
    NULL, NULL, false,
    esauti_companies_remove_contact_responses, 1,
    esauti_companies_remove_contact_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_companies_remove_contact(esauti_client *client, const esauti_companies_remove_contact_params *params, esauti_action_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_companies_remove_contact_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_action_result *)result;
    return rc;
}

/* Calls esauti_companies_remove_contact_async()'s callback as its own type. */
static void esauti_companies_remove_contact_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_companies_remove_contact_callback)typed)(user_data, rc, (esauti_action_result *)result, err);
}

int esauti_companies_remove_contact_async(esauti_client *client, const esauti_companies_remove_contact_params *params, esauti_companies_remove_contact_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_companies_remove_contact_op, params, NULL, NULL,
                                   esauti_companies_remove_contact_adapt, (apic_async_fn)callback, user_data, call, err);
}
