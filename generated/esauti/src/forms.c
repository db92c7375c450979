/* eSauti: forms operations. Generated; do not edit. */
#include "internal.h"

/* GET /forms */
static const apic_field esauti_forms_list_params_desc_Fields[] = {
    {"start", 5, 0, offsetof(esauti_forms_list_params, start), offsetof(esauti_forms_list_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_forms_list_params, limit), offsetof(esauti_forms_list_params, has_limit), -1, &apic_type_int32},
    {"search", 6, 0, offsetof(esauti_forms_list_params, search), -1, -1, &apic_type_string},
    {"orderBy", 7, 0, offsetof(esauti_forms_list_params, order_by), offsetof(esauti_forms_list_params, has_order_by), -1, &esauti_sort_field_Type},
    {"orderByDir", 10, 0, offsetof(esauti_forms_list_params, order_by_dir), offsetof(esauti_forms_list_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
    {"publishedOnly", 13, 0, offsetof(esauti_forms_list_params, published_only), offsetof(esauti_forms_list_params, has_published_only), -1, &apic_type_bool},
};
static const apic_struct_desc esauti_forms_list_params_desc = {
    "forms_list_params", sizeof(esauti_forms_list_params), esauti_forms_list_params_desc_Fields, 6,
    -1,
    -1,
    NULL
};

static const apic_param esauti_forms_list_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_forms_list_responses[] = {
    {200, &esauti_form_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_forms_list_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_forms_list_security[] = {
    {esauti_forms_list_security_0, 1},
};
const apic_operation esauti_forms_list_op = {
    "esauti_forms_list", "GET", "/forms",
    &esauti_forms_list_params_desc, esauti_forms_list_params_locs,
    NULL, NULL, false,
    esauti_forms_list_responses, 1,
    esauti_forms_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_forms_list(esauti_client *client, const esauti_forms_list_params *params, esauti_form_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_forms_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_form_list *)result;
    return rc;
}

/* Calls esauti_forms_list_async()'s callback as its own type. */
static void esauti_forms_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_forms_list_callback)typed)(user_data, rc, (esauti_form_list *)result, err);
}

int esauti_forms_list_async(esauti_client *client, const esauti_forms_list_params *params, esauti_forms_list_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_forms_list_op, params, NULL, NULL,
                                   esauti_forms_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_forms_list_pagination = {
    APIC_PAGE_OFFSET, "forms", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_forms_list_iter_new(esauti_client *client, const esauti_forms_list_params *params, esauti_forms_list_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_forms_list_op, &esauti_forms_list_pagination, params, out, err);
}

int esauti_forms_list_iter_next(esauti_forms_list_iter *it, const esauti_form **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_form *)next;
    return rc;
}

void esauti_forms_list_iter_free(esauti_forms_list_iter *it)
{
    apic_pager_free(it);
}

/* GET /forms/{id} */
static const apic_field esauti_forms_get_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_forms_get_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_forms_get_params_desc = {
    "forms_get_params", sizeof(esauti_forms_get_params), esauti_forms_get_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_forms_get_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_forms_get_responses[] = {
    {200, &esauti_form_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_forms_get_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_forms_get_security[] = {
    {esauti_forms_get_security_0, 1},
};
const apic_operation esauti_forms_get_op = {
    "esauti_forms_get", "GET", "/forms/{id}",
    &esauti_forms_get_params_desc, esauti_forms_get_params_locs,
    NULL, NULL, false,
    esauti_forms_get_responses, 1,
    esauti_forms_get_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_forms_get(esauti_client *client, const esauti_forms_get_params *params, esauti_form **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_forms_get_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_form *)result;
    return rc;
}

/* Calls esauti_forms_get_async()'s callback as its own type. */
static void esauti_forms_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_forms_get_callback)typed)(user_data, rc, (esauti_form *)result, err);
}

int esauti_forms_get_async(esauti_client *client, const esauti_forms_get_params *params, esauti_forms_get_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_forms_get_op, params, NULL, NULL,
                                   esauti_forms_get_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /forms/{id} */
static const apic_field esauti_forms_delete_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_forms_delete_params, id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_forms_delete_params_desc = {
    "forms_delete_params", sizeof(esauti_forms_delete_params), esauti_forms_delete_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param esauti_forms_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_forms_delete_responses[] = {
    {204, NULL, NULL, APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_forms_delete_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_forms_delete_security[] = {
    {esauti_forms_delete_security_0, 1},
};
const apic_operation esauti_forms_delete_op = {
    "esauti_forms_delete", "DELETE", "/forms/{id}",
    &esauti_forms_delete_params_desc, esauti_forms_delete_params_locs,
    NULL, NULL, false,
    esauti_forms_delete_responses, 1,
    esauti_forms_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_forms_delete(esauti_client *client, const esauti_forms_delete_params *params, esauti_error *err)
{
    return apic_call(client, &esauti_forms_delete_op, params, NULL, NULL, err);
}

/* Calls esauti_forms_delete_async()'s callback as its own type. */
static void esauti_forms_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    (void)result; /* NULL: the operation has no result */
    ((esauti_forms_delete_callback)typed)(user_data, rc, err);
}

int esauti_forms_delete_async(esauti_client *client, const esauti_forms_delete_params *params, esauti_forms_delete_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_forms_delete_op, params, NULL, NULL,
                                   esauti_forms_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /forms/{id}/submissions */
static const apic_field esauti_forms_list_submissions_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_forms_list_submissions_params, id), -1, -1, &apic_type_int64},
    {"start", 5, 0, offsetof(esauti_forms_list_submissions_params, start), offsetof(esauti_forms_list_submissions_params, has_start), -1, &apic_type_int32},
    {"limit", 5, 0, offsetof(esauti_forms_list_submissions_params, limit), offsetof(esauti_forms_list_submissions_params, has_limit), -1, &apic_type_int32},
    {"orderByDir", 10, 0, offsetof(esauti_forms_list_submissions_params, order_by_dir), offsetof(esauti_forms_list_submissions_params, has_order_by_dir), -1, &esauti_sort_direction_Type},
};
static const apic_struct_desc esauti_forms_list_submissions_params_desc = {
    "forms_list_submissions_params", sizeof(esauti_forms_list_submissions_params), esauti_forms_list_submissions_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param esauti_forms_list_submissions_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response esauti_forms_list_submissions_responses[] = {
    {200, &esauti_form_submission_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_forms_list_submissions_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_forms_list_submissions_security[] = {
    {esauti_forms_list_submissions_security_0, 1},
};
const apic_operation esauti_forms_list_submissions_op = {
    "esauti_forms_list_submissions", "GET", "/forms/{id}/submissions",
    &esauti_forms_list_submissions_params_desc, esauti_forms_list_submissions_params_locs,
    NULL, NULL, false,
    esauti_forms_list_submissions_responses, 1,
    esauti_forms_list_submissions_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_forms_list_submissions(esauti_client *client, const esauti_forms_list_submissions_params *params, esauti_form_submission_list **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_forms_list_submissions_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_form_submission_list *)result;
    return rc;
}

/* Calls esauti_forms_list_submissions_async()'s callback as its own type. */
static void esauti_forms_list_submissions_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_forms_list_submissions_callback)typed)(user_data, rc, (esauti_form_submission_list *)result, err);
}

int esauti_forms_list_submissions_async(esauti_client *client, const esauti_forms_list_submissions_params *params, esauti_forms_list_submissions_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_forms_list_submissions_op, params, NULL, NULL,
                                   esauti_forms_list_submissions_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'start' advanced by the items received, up to 'total' */
static const apic_pagination esauti_forms_list_submissions_pagination = {
    APIC_PAGE_OFFSET, "submissions", "start", "limit",
    "total", NULL, NULL, NULL, 1
};

int esauti_forms_list_submissions_iter_new(esauti_client *client, const esauti_forms_list_submissions_params *params, esauti_forms_list_submissions_iter **out, esauti_error *err)
{
    return apic_pager_new(client, &esauti_forms_list_submissions_op, &esauti_forms_list_submissions_pagination, params, out, err);
}

int esauti_forms_list_submissions_iter_next(esauti_forms_list_submissions_iter *it, const esauti_form_submission **item, esauti_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const esauti_form_submission *)next;
    return rc;
}

void esauti_forms_list_submissions_iter_free(esauti_forms_list_submissions_iter *it)
{
    apic_pager_free(it);
}

/* GET /forms/{id}/submissions/{submissionId} */
static const apic_field esauti_forms_get_submission_params_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_forms_get_submission_params, id), -1, -1, &apic_type_int64},
    {"submissionId", 12, APIC_F_REQUIRED, offsetof(esauti_forms_get_submission_params, submission_id), -1, -1, &apic_type_int64},
};
static const apic_struct_desc esauti_forms_get_submission_params_desc = {
    "forms_get_submission_params", sizeof(esauti_forms_get_submission_params), esauti_forms_get_submission_params_desc_Fields, 2,
    -1,
    -1,
    NULL
};

static const apic_param esauti_forms_get_submission_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response esauti_forms_get_submission_responses[] = {
    {200, &esauti_form_submission_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const esauti_forms_get_submission_security_0[] = { &esauti_scheme_bearer_auth };
static const apic_security_req esauti_forms_get_submission_security[] = {
    {esauti_forms_get_submission_security_0, 1},
};
const apic_operation esauti_forms_get_submission_op = {
    "esauti_forms_get_submission", "GET", "/forms/{id}/submissions/{submissionId}",
    &esauti_forms_get_submission_params_desc, esauti_forms_get_submission_params_locs,
    NULL, NULL, false,
    esauti_forms_get_submission_responses, 1,
    esauti_forms_get_submission_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int esauti_forms_get_submission(esauti_client *client, const esauti_forms_get_submission_params *params, esauti_form_submission **out, esauti_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &esauti_forms_get_submission_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (esauti_form_submission *)result;
    return rc;
}

/* Calls esauti_forms_get_submission_async()'s callback as its own type. */
static void esauti_forms_get_submission_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((esauti_forms_get_submission_callback)typed)(user_data, rc, (esauti_form_submission *)result, err);
}

int esauti_forms_get_submission_async(esauti_client *client, const esauti_forms_get_submission_params *params, esauti_forms_get_submission_callback callback, void *user_data, apic_async_call **call, esauti_error *err)
{
    return apic_call_async_adapted(client, &esauti_forms_get_submission_op, params, NULL, NULL,
                                   esauti_forms_get_submission_adapt, (apic_async_fn)callback, user_data, call, err);
}
