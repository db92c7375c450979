/* eSauti: stages operations. Generated; do not edit. */
#include "internal.h"

/* GET /stages */
static const apic_field esauti_stages_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_stages_list_params, start), offsetof(esauti_stages_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_stages_list_params, limit), offsetof(esauti_stages_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_stages_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_stages_list_params, order_by), offsetof(esauti_stages_list_params, has_order_by), -1, &esauti_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_stages_list_params, order_by_dir), offsetof(esauti_stages_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"publishedOnly", 13, 0, offsetof(esauti_stages_list_params, published_only), offsetof(esauti_stages_list_params, has_published_only), -1, &apic_type_bool},
};
static const apic_struct_desc esauti_stages_list_params_desc = {
    "stages_list_params", sizeof(esauti_stages_list_params), esauti_stages_list_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param esauti_stages_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_stages_list_responses[] = {
    {200, &esauti_stage_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_stages_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_stages_list_security[] = {
    {esauti_stages_list_security_0, 1},
};
const apic_operation esauti_stages_list_op = {
    "esauti_stages_list", "GET", "/stages",
    &esauti_stages_list_params_desc, esauti_stages_list_params_locs,
    NULL, NULL, false,
    esauti_stages_list_responses, 1,
    esauti_stages_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_stages_list(esauti_client *client, const esauti_stages_list_params *params, esauti_stage_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_stages_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_stage_list *)result;
    return rc;
}

/* Calls esauti_stages_list_async()'s callback as its own type. */
static void esauti_stages_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_stages_list_callback)typed)(user_data, rc, (esauti_stage_list *)result, err);
}

int esauti_stages_list_async(esauti_client *client, const esauti_stages_list_params *params, esauti_stages_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_stages_list_op, params, NULL, NULL,
                                   esauti_stages_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_stages_list_pagination = {
    APIC_PAGE_OFFSET, "stages", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_stages_list_iter_new(esauti_client *client, const esauti_stages_list_params *params, esauti_stages_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_stages_list_op, &esauti_stages_list_pagination, params, out, err);
}

int esauti_stages_list_iter_next(esauti_stages_list_iter *it, const esauti_stage **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_stage *)next;
    return rc;
}

void esauti_stages_list_iter_free(esauti_stages_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /stages */
static const apic_response esauti_stages_create_responses[] = {
    {201, &esauti_stage_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_stages_create_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_stages_create_security[] = {
    {esauti_stages_create_security_0, 1},
};
const apic_operation esauti_stages_create_op = {
    "esauti_stages_create", "POST", "/stages",
    NULL, NULL,
    &esauti_stage_input_Type, "application/json", true,
    esauti_stages_create_responses, 1,
    esauti_stages_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_stages_create(esauti_client *client, const esauti_stage_input *body, esauti_stage **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_stages_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_stage *)result;
    return rc;
}

/* Calls esauti_stages_create_async()'s callback as its own type. */
static void esauti_stages_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_stages_create_callback)typed)(user_data, rc, (esauti_stage *)result, err);
}

int esauti_stages_create_async(esauti_client *client, const esauti_stage_input *body, esauti_stages_create_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_stages_create_op, NULL, body, NULL,
                                   esauti_stages_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /stages/{id} */
static const apic_field esauti_stages_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_stages_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_stages_get_params_desc = {
    "stages_get_params", sizeof(esauti_stages_get_params), esauti_stages_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_stages_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_stages_get_responses[] = {
    {200, &esauti_stage_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_stages_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_stages_get_security[] = {
    {esauti_stages_get_security_0, 1},
};
const apic_operation esauti_stages_get_op = {
    "esauti_stages_get", "GET", "/stages/{id}",
    &esauti_stages_get_params_desc, esauti_stages_get_params_locs,
    NULL, NULL, false,
    esauti_stages_get_responses, 1,
    esauti_stages_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_stages_get(esauti_client *client, const esauti_stages_get_params *params, esauti_stage **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_stages_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_stage *)result;
    return rc;
}

/* Calls esauti_stages_get_async()'s callback as its own type. */
static void esauti_stages_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_stages_get_callback)typed)(user_data, rc, (esauti_stage *)result, err);
}

int esauti_stages_get_async(esauti_client *client, const esauti_stages_get_params *params, esauti_stages_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_stages_get_op, params, NULL, NULL,
                                   esauti_stages_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /stages/{id} */
static const apic_field esauti_stages_delete_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_stages_delete_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_stages_delete_params_desc = {
    "stages_delete_params", sizeof(esauti_stages_delete_params), esauti_stages_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_stages_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_stages_delete_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_stages_delete_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_stages_delete_security[] = {
    {esauti_stages_delete_security_0, 1},
};
const apic_operation esauti_stages_delete_op = {
    "esauti_stages_delete", "DELETE", "/stages/{id}",
    &esauti_stages_delete_params_desc, esauti_stages_delete_params_locs,
    NULL, NULL, false,
    esauti_stages_delete_responses, 1,
    esauti_stages_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_stages_delete(esauti_client *client, const esauti_stages_delete_params *params, esauti_error *err)
{
    return apic_call(client, &esauti_stages_delete_op, params, NULL, NULL, err);
}

/* Calls esauti_stages_delete_async()'s callback as its own type. */
static void esauti_stages_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((esauti_stages_delete_callback)typed)(user_data, rc, err);
}

int esauti_stages_delete_async(esauti_client *client, const esauti_stages_delete_params *params, esauti_stages_delete_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_stages_delete_op, params, NULL, NULL,
                                   esauti_stages_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /stages/{id} */
static const apic_field esauti_stages_edit_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_stages_edit_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_stages_edit_params_desc = {
    "stages_edit_params", sizeof(esauti_stages_edit_params), esauti_stages_edit_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_stages_edit_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_stages_edit_responses[] = {
    {200, &esauti_stage_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_stages_edit_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_stages_edit_security[] = {
    {esauti_stages_edit_security_0, 1},
};
const apic_operation esauti_stages_edit_op = {
    "esauti_stages_edit", "PATCH", "/stages/{id}",
    &esauti_stages_edit_params_desc, esauti_stages_edit_params_locs,
    &esauti_stage_patch_Type, "application/json", true,
    esauti_stages_edit_responses, 1,
    esauti_stages_edit_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_stages_edit(esauti_client *client, const esauti_stages_edit_params *params, const esauti_stage_patch *body, esauti_stage **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_stages_edit_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_stage *)result;
    return rc;
}

/* Calls esauti_stages_edit_async()'s callback as its own type. */
static void esauti_stages_edit_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_stages_edit_callback)typed)(user_data, rc, (esauti_stage *)result, err);
}

int esauti_stages_edit_async(esauti_client *client, const esauti_stages_edit_params *params, const esauti_stage_patch *body, esauti_stages_edit_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_stages_edit_op, params, body, NULL,
                                   esauti_stages_edit_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /stages/{id}/contacts/{contactId} */
static const apic_field esauti_stages_assign_contact_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_stages_assign_contact_params, id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_stages_assign_contact_params, contact_id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_stages_assign_contact_params_desc = {
    "stages_assign_contact_params", sizeof(esauti_stages_assign_contact_params), esauti_stages_assign_contact_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param esauti_stages_assign_contact_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_stages_assign_contact_responses[] = {
    {200, &esauti_action_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_stages_assign_contact_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_stages_assign_contact_security[] = {
    {esauti_stages_assign_contact_security_0, 1},
};
const apic_operation esauti_stages_assign_contact_op = {
    "esauti_stages_assign_contact", "POST", "/stages/{id}/contacts/{contactId}",
    &esauti_stages_assign_contact_params_desc, esauti_stages_assign_contact_params_locs,
    NULL, NULL, false,
    esauti_stages_assign_contact_responses, 1,
    esauti_stages_assign_contact_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_stages_assign_contact(esauti_client *client, const esauti_stages_assign_contact_params *params, esauti_action_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_stages_assign_contact_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_action_result *)result;
    return rc;
}

/* Calls esauti_stages_assign_contact_async()'s callback as its own type. */
static void esauti_stages_assign_contact_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_stages_assign_contact_callback)typed)(user_data, rc, (esauti_action_result *)result, err);
}

int esauti_stages_assign_contact_async(esauti_client *client, const esauti_stages_assign_contact_params *params, esauti_stages_assign_contact_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_stages_assign_contact_op, params, NULL, NULL,
                                   esauti_stages_assign_contact_adapt, (apic_async_fn)callback, user_data, call, err);
}
