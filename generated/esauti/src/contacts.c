/* eSauti: contacts operations. Generated; do not edit. */
#include "internal.h"

/* GET /contacts */
static const apic_field esauti_contacts_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_contacts_list_params, start), offsetof(esauti_contacts_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_contacts_list_params, limit), offsetof(esauti_contacts_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_contacts_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_contacts_list_params, order_by), offsetof(esauti_contacts_list_params, has_order_by), -1, &esauti_contact_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_contacts_list_params, order_by_dir), offsetof(esauti_contacts_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"ids", 3, 0, offsetof(esauti_contacts_list_params, ids), offsetof(esauti_contacts_list_params, has_ids), -1, &esauti_int64_array_Type},
};
static const apic_struct_desc esauti_contacts_list_params_desc = {
    "contacts_list_params", sizeof(esauti_contacts_list_params), esauti_contacts_list_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param esauti_contacts_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, false, false},
};
static const apic_response esauti_contacts_list_responses[] = {
    {200, &esauti_contact_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_contacts_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_contacts_list_security[] = {
    {esauti_contacts_list_security_0, 1},
};
const apic_operation esauti_contacts_list_op = {
    "esauti_contacts_list", "GET", "/contacts",
    &esauti_contacts_list_params_desc, esauti_contacts_list_params_locs,
    NULL, NULL, false,
    esauti_contacts_list_responses, 1,
    esauti_contacts_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_contacts_list(esauti_client *client, const esauti_contacts_list_params *params, esauti_contact_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_contacts_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_contact_list *)result;
    return rc;
}

/* Calls esauti_contacts_list_async()'s callback as its own type. */
static void esauti_contacts_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_contacts_list_callback)typed)(user_data, rc, (esauti_contact_list *)result, err);
}

int esauti_contacts_list_async(esauti_client *client, const esauti_contacts_list_params *params, esauti_contacts_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_contacts_list_op, params, NULL, NULL,
                                   esauti_contacts_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_contacts_list_pagination = {
    APIC_PAGE_OFFSET, "contacts", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_contacts_list_iter_new(esauti_client *client, const esauti_contacts_list_params *params, esauti_contacts_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_contacts_list_op, &esauti_contacts_list_pagination, params, out, err);
}

int esauti_contacts_list_iter_next(esauti_contacts_list_iter *it, const esauti_contact **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_contact *)next;
    return rc;
}

void esauti_contacts_list_iter_free(esauti_contacts_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /contacts */
static const apic_response esauti_contacts_create_responses[] = {
    {201, &esauti_contact_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_contacts_create_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_contacts_create_security[] = {
    {esauti_contacts_create_security_0, 1},
};
const apic_operation esauti_contacts_create_op = {
    "esauti_contacts_create", "POST", "/contacts",
    NULL, NULL,
    &esauti_contact_input_Type, "application/json", true,
    esauti_contacts_create_responses, 1,
    esauti_contacts_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_contacts_create(esauti_client *client, const esauti_contact_input *body, esauti_contact **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_contacts_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_contact *)result;
    return rc;
}

/* Calls esauti_contacts_create_async()'s callback as its own type. */
static void esauti_contacts_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_contacts_create_callback)typed)(user_data, rc, (esauti_contact *)result, err);
}

int esauti_contacts_create_async(esauti_client *client, const esauti_contact_input *body, esauti_contacts_create_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_contacts_create_op, NULL, body, NULL,
                                   esauti_contacts_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /contacts/batch */
static const apic_response esauti_contacts_batch_create_responses[] = {
    {201, &esauti_contact_batch_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_contacts_batch_create_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_contacts_batch_create_security[] = {
    {esauti_contacts_batch_create_security_0, 1},
};
const apic_operation esauti_contacts_batch_create_op = {
    "esauti_contacts_batch_create", "POST", "/contacts/batch",
    NULL, NULL,
    &esauti_contact_batch_Type, "application/json", true,
    esauti_contacts_batch_create_responses, 1,
    esauti_contacts_batch_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_contacts_batch_create(esauti_client *client, const esauti_contact_batch *body, esauti_contact_batch_result **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_contacts_batch_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_contact_batch_result *)result;
    return rc;
}

/* Calls esauti_contacts_batch_create_async()'s callback as its own type. */
static void esauti_contacts_batch_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_contacts_batch_create_callback)typed)(user_data, rc, (esauti_contact_batch_result *)result, err);
}

int esauti_contacts_batch_create_async(esauti_client *client, const esauti_contact_batch *body, esauti_contacts_batch_create_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_contacts_batch_create_op, NULL, body, NULL,
                                   esauti_contacts_batch_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /contacts/{id} */
static const apic_field esauti_contacts_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_contacts_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_contacts_get_params_desc = {
    "contacts_get_params", sizeof(esauti_contacts_get_params), esauti_contacts_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_contacts_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_contacts_get_responses[] = {
    {200, &esauti_contact_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_contacts_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_contacts_get_security[] = {
    {esauti_contacts_get_security_0, 1},
};
const apic_operation esauti_contacts_get_op = {
    "esauti_contacts_get", "GET", "/contacts/{id}",
    &esauti_contacts_get_params_desc, esauti_contacts_get_params_locs,
    NULL, NULL, false,
    esauti_contacts_get_responses, 1,
    esauti_contacts_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_contacts_get(esauti_client *client, const esauti_contacts_get_params *params, esauti_contact **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_contacts_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_contact *)result;
    return rc;
}

/* Calls esauti_contacts_get_async()'s callback as its own type. */
static void esauti_contacts_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_contacts_get_callback)typed)(user_data, rc, (esauti_contact *)result, err);
}

int esauti_contacts_get_async(esauti_client *client, const esauti_contacts_get_params *params, esauti_contacts_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_contacts_get_op, params, NULL, NULL,
                                   esauti_contacts_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /contacts/{id} */
static const apic_field esauti_contacts_replace_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_contacts_replace_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_contacts_replace_params_desc = {
    "contacts_replace_params", sizeof(esauti_contacts_replace_params), esauti_contacts_replace_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_contacts_replace_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_contacts_replace_responses[] = {
    {200, &esauti_contact_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_contacts_replace_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_contacts_replace_security[] = {
    {esauti_contacts_replace_security_0, 1},
};
const apic_operation esauti_contacts_replace_op = {
    "esauti_contacts_replace", "PUT", "/contacts/{id}",
    &esauti_contacts_replace_params_desc, esauti_contacts_replace_params_locs,
    &esauti_contact_input_Type, "application/json", true,
    esauti_contacts_replace_responses, 1,
    esauti_contacts_replace_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_contacts_replace(esauti_client *client, const esauti_contacts_replace_params *params, const esauti_contact_input *body, esauti_contact **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_contacts_replace_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_contact *)result;
    return rc;
}

/* Calls esauti_contacts_replace_async()'s callback as its own type. */
static void esauti_contacts_replace_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_contacts_replace_callback)typed)(user_data, rc, (esauti_contact *)result, err);
}

int esauti_contacts_replace_async(esauti_client *client, const esauti_contacts_replace_params *params, const esauti_contact_input *body, esauti_contacts_replace_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_contacts_replace_op, params, body, NULL,
                                   esauti_contacts_replace_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /contacts/{id} */
static const apic_field esauti_contacts_delete_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_contacts_delete_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_contacts_delete_params_desc = {
    "contacts_delete_params", sizeof(esauti_contacts_delete_params), esauti_contacts_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_contacts_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_contacts_delete_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_contacts_delete_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_contacts_delete_security[] = {
    {esauti_contacts_delete_security_0, 1},
};
const apic_operation esauti_contacts_delete_op = {
    "esauti_contacts_delete", "DELETE", "/contacts/{id}",
    &esauti_contacts_delete_params_desc, esauti_contacts_delete_params_locs,
    NULL, NULL, false,
    esauti_contacts_delete_responses, 1,
    esauti_contacts_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_contacts_delete(esauti_client *client, const esauti_contacts_delete_params *params, esauti_error *err)
{
    return apic_call(client, &esauti_contacts_delete_op, params, NULL, NULL, err);
}

/* Calls esauti_contacts_delete_async()'s callback as its own type. */
static void esauti_contacts_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((esauti_contacts_delete_callback)typed)(user_data, rc, err);
}

int esauti_contacts_delete_async(esauti_client *client, const esauti_contacts_delete_params *params, esauti_contacts_delete_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_contacts_delete_op, params, NULL, NULL,
                                   esauti_contacts_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /contacts/{id} */
static const apic_field esauti_contacts_edit_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_contacts_edit_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_contacts_edit_params_desc = {
    "contacts_edit_params", sizeof(esauti_contacts_edit_params), esauti_contacts_edit_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_contacts_edit_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_contacts_edit_responses[] = {
    {200, &esauti_contact_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_contacts_edit_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_contacts_edit_security[] = {
    {esauti_contacts_edit_security_0, 1},
};
const apic_operation esauti_contacts_edit_op = {
    "esauti_contacts_edit", "PATCH", "/contacts/{id}",
    &esauti_contacts_edit_params_desc, esauti_contacts_edit_params_locs,
    &esauti_contact_patch_Type, "application/json", true,
    esauti_contacts_edit_responses, 1,
    esauti_contacts_edit_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_contacts_edit(esauti_client *client, const esauti_contacts_edit_params *params, const esauti_contact_patch *body, esauti_contact **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_contacts_edit_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_contact *)result;
    return rc;
}

/* Calls esauti_contacts_edit_async()'s callback as its own type. */
static void esauti_contacts_edit_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_contacts_edit_callback)typed)(user_data, rc, (esauti_contact *)result, err);
}

int esauti_contacts_edit_async(esauti_client *client, const esauti_contacts_edit_params *params, const esauti_contact_patch *body, esauti_contacts_edit_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_contacts_edit_op, params, body, NULL,
                                   esauti_contacts_edit_adapt, (apic_async_fn)callback, user_data, call, err);
}
