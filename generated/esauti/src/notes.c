/* eSauti: notes operations. Generated; do not edit. */
#include "internal.h"

/* GET /notes */
static const apic_field esauti_notes_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_notes_list_params, start), offsetof(esauti_notes_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_notes_list_params, limit), offsetof(esauti_notes_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_notes_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_notes_list_params, order_by), offsetof(esauti_notes_list_params, has_order_by), -1, &esauti_note_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_notes_list_params, order_by_dir), offsetof(esauti_notes_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"contactId", 9, 0, offsetof(esauti_notes_list_params, contact_id), offsetof(esauti_notes_list_params, has_contact_id), -1, &apic_type_int64},
    {"type", 4, 0, offsetof(esauti_notes_list_params, type), offsetof(esauti_notes_list_params, has_type), -1, &esauti_note_kind_Type},
};
static const apic_struct_desc esauti_notes_list_params_desc = {
    "notes_list_params", sizeof(esauti_notes_list_params), esauti_notes_list_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param esauti_notes_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_notes_list_responses[] = {
    {200, &esauti_note_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_notes_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_notes_list_security[] = {
    {esauti_notes_list_security_0, 1},
};
const apic_operation esauti_notes_list_op = {
    "esauti_notes_list", "GET", "/notes",
    &esauti_notes_list_params_desc, esauti_notes_list_params_locs,
    NULL, NULL, false,
    esauti_notes_list_responses, 1,
    esauti_notes_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_notes_list(esauti_client *client, const esauti_notes_list_params *params, esauti_note_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_notes_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_note_list *)result;
    return rc;
}

/* Calls esauti_notes_list_async()'s callback as its own type. */
static void esauti_notes_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_notes_list_callback)typed)(user_data, rc, (esauti_note_list *)result, err);
}

int esauti_notes_list_async(esauti_client *client, const esauti_notes_list_params *params, esauti_notes_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_notes_list_op, params, NULL, NULL,
                                   esauti_notes_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_notes_list_pagination = {
    APIC_PAGE_OFFSET, "notes", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_notes_list_iter_new(esauti_client *client, const esauti_notes_list_params *params, esauti_notes_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_notes_list_op, &esauti_notes_list_pagination, params, out, err);
}

int esauti_notes_list_iter_next(esauti_notes_list_iter *it, const esauti_note **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_note *)next;
    return rc;
}

void esauti_notes_list_iter_free(esauti_notes_list_iter *it)
{
    apic_pager_free(it);
}

/* POST /notes */
static const apic_response esauti_notes_create_responses[] = {
    {201, &esauti_note_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_notes_create_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_notes_create_security[] = {
    {esauti_notes_create_security_0, 1},
};
const apic_operation esauti_notes_create_op = {
    "esauti_notes_create", "POST", "/notes",
    NULL, NULL,
    &esauti_note_input_Type, "application/json", true,
    esauti_notes_create_responses, 1,
    esauti_notes_create_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_notes_create(esauti_client *client, const esauti_note_input *body, esauti_note **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_notes_create_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_note *)result;
    return rc;
}

/* Calls esauti_notes_create_async()'s callback as its own type. */
static void esauti_notes_create_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_notes_create_callback)typed)(user_data, rc, (esauti_note *)result, err);
}

int esauti_notes_create_async(esauti_client *client, const esauti_note_input *body, esauti_notes_create_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_notes_create_op, NULL, body, NULL,
                                   esauti_notes_create_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /notes/{id} */
static const apic_field esauti_notes_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_notes_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_notes_get_params_desc = {
    "notes_get_params", sizeof(esauti_notes_get_params), esauti_notes_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_notes_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_notes_get_responses[] = {
    {200, &esauti_note_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_notes_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_notes_get_security[] = {
    {esauti_notes_get_security_0, 1},
};
const apic_operation esauti_notes_get_op = {
    "esauti_notes_get", "GET", "/notes/{id}",
    &esauti_notes_get_params_desc, esauti_notes_get_params_locs,
    NULL, NULL, false,
    esauti_notes_get_responses, 1,
    esauti_notes_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_notes_get(esauti_client *client, const esauti_notes_get_params *params, esauti_note **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_notes_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_note *)result;
    return rc;
}

/* Calls esauti_notes_get_async()'s callback as its own type. */
static void esauti_notes_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_notes_get_callback)typed)(user_data, rc, (esauti_note *)result, err);
}

int esauti_notes_get_async(esauti_client *client, const esauti_notes_get_params *params, esauti_notes_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_notes_get_op, params, NULL, NULL,
                                   esauti_notes_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /notes/{id} */
static const apic_field esauti_notes_delete_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_notes_delete_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_notes_delete_params_desc = {
    "notes_delete_params", sizeof(esauti_notes_delete_params), esauti_notes_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_notes_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_notes_delete_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_notes_delete_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_notes_delete_security[] = {
    {esauti_notes_delete_security_0, 1},
};
const apic_operation esauti_notes_delete_op = {
    "esauti_notes_delete", "DELETE", "/notes/{id}",
    &esauti_notes_delete_params_desc, esauti_notes_delete_params_locs,
    NULL, NULL, false,
    esauti_notes_delete_responses, 1,
    esauti_notes_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_notes_delete(esauti_client *client, const esauti_notes_delete_params *params, esauti_error *err)
{
    return apic_call(client, &esauti_notes_delete_op, params, NULL, NULL, err);
}

/* Calls esauti_notes_delete_async()'s callback as its own type. */
static void esauti_notes_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((esauti_notes_delete_callback)typed)(user_data, rc, err);
}

int esauti_notes_delete_async(esauti_client *client, const esauti_notes_delete_params *params, esauti_notes_delete_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_notes_delete_op, params, NULL, NULL,
                                   esauti_notes_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PATCH /notes/{id} */
static const apic_field esauti_notes_edit_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_notes_edit_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_notes_edit_params_desc = {
    "notes_edit_params", sizeof(esauti_notes_edit_params), esauti_notes_edit_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_notes_edit_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_notes_edit_responses[] = {
    {200, &esauti_note_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_notes_edit_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_notes_edit_security[] = {
    {esauti_notes_edit_security_0, 1},
};
const apic_operation esauti_notes_edit_op = {
    "esauti_notes_edit", "PATCH", "/notes/{id}",
    &esauti_notes_edit_params_desc, esauti_notes_edit_params_locs,
    &esauti_note_patch_Type, "application/json", true,
    esauti_notes_edit_responses, 1,
    esauti_notes_edit_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_notes_edit(esauti_client *client, const esauti_notes_edit_params *params, const esauti_note_patch *body, esauti_note **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_notes_edit_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_note *)result;
    return rc;
}

/* Calls esauti_notes_edit_async()'s callback as its own type. */
static void esauti_notes_edit_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_notes_edit_callback)typed)(user_data, rc, (esauti_note *)result, err);
}

int esauti_notes_edit_async(esauti_client *client, const esauti_notes_edit_params *params, const esauti_note_patch *body, esauti_notes_edit_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_notes_edit_op, params, body, NULL,
                                   esauti_notes_edit_adapt, (apic_async_fn)callback, user_data, call, err);
}
