/* Schematic: planmigrations operations. Generated; do not edit. */
#include "internal.h"

/* GET /plan-version-company-migrations */
static const apic_field schematic_planmigrations_list_company_migrations_params_desc_Fields[] = {
    {"migration_id", 12, APIC_F_REQUIRED, offsetof(schematic_planmigrations_list_company_migrations_params, migration_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_planmigrations_list_company_migrations_params, q), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_list_company_migrations_params, status), offsetof(schematic_planmigrations_list_company_migrations_params, has_status), -1, &schematic_plan_version_company_migration_status_Type},
    {"limit", 5, 0, offsetof(schematic_planmigrations_list_company_migrations_params, limit), offsetof(schematic_planmigrations_list_company_migrations_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_planmigrations_list_company_migrations_params, offset), offsetof(schematic_planmigrations_list_company_migrations_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_planmigrations_list_company_migrations_params_desc = {
    "planmigrations_list_company_migrations_params", sizeof(schematic_planmigrations_list_company_migrations_params), schematic_planmigrations_list_company_migrations_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planmigrations_list_company_migrations_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_planmigrations_list_company_migrations_responses[] = {
    {200, &schematic_planmigrations_list_company_migrations_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_list_company_migrations_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_list_company_migrations_security[] = {
    {schematic_planmigrations_list_company_migrations_security_0, 1},
};
const apic_operation schematic_planmigrations_list_company_migrations_op = {
    "schematic_planmigrations_list_company_migrations", "GET", "/plan-version-company-migrations",
    &schematic_planmigrations_list_company_migrations_params_desc, schematic_planmigrations_list_company_migrations_params_locs,
    NULL, NULL, false,
    schematic_planmigrations_list_company_migrations_responses, 1,
    schematic_planmigrations_list_company_migrations_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_list_company_migrations(schematic_client *client, const schematic_planmigrations_list_company_migrations_params *params, schematic_planmigrations_list_company_migrations_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_list_company_migrations_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_list_company_migrations_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_list_company_migrations_async()'s callback as its own type. */
static void schematic_planmigrations_list_company_migrations_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_list_company_migrations_callback)typed)(user_data, rc, (schematic_planmigrations_list_company_migrations_response *)result, err);
}

int schematic_planmigrations_list_company_migrations_async(schematic_client *client, const schematic_planmigrations_list_company_migrations_params *params, schematic_planmigrations_list_company_migrations_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_list_company_migrations_op, params, NULL, NULL,
                                   schematic_planmigrations_list_company_migrations_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_planmigrations_list_company_migrations_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_planmigrations_list_company_migrations_iter_new(schematic_client *client, const schematic_planmigrations_list_company_migrations_params *params, schematic_planmigrations_list_company_migrations_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_planmigrations_list_company_migrations_op, &schematic_planmigrations_list_company_migrations_pagination, params, out, err);
}

int schematic_planmigrations_list_company_migrations_iter_next(schematic_planmigrations_list_company_migrations_iter *it, const schematic_plan_version_company_migration_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_plan_version_company_migration_response_data *)next;
    return rc;
}

void schematic_planmigrations_list_company_migrations_iter_free(schematic_planmigrations_list_company_migrations_iter *it)
{
    apic_pager_free(it);
}

/* POST /plan-version-company-migrations/{plan_version_company_migration_id}/retry */
static const apic_field schematic_planmigrations_retry_company_migration_params_desc_Fields[] = {
    {"plan_version_company_migration_id", 33, APIC_F_REQUIRED, offsetof(schematic_planmigrations_retry_company_migration_params, plan_version_company_migration_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_planmigrations_retry_company_migration_params_desc = {
    "planmigrations_retry_company_migration_params", sizeof(schematic_planmigrations_retry_company_migration_params), schematic_planmigrations_retry_company_migration_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planmigrations_retry_company_migration_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_planmigrations_retry_company_migration_responses[] = {
    {200, &schematic_planmigrations_retry_company_migration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_retry_company_migration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_retry_company_migration_security[] = {
    {schematic_planmigrations_retry_company_migration_security_0, 1},
};
const apic_operation schematic_planmigrations_retry_company_migration_op = {
    "schematic_planmigrations_retry_company_migration", "POST", "/plan-version-company-migrations/{plan_version_company_migration_id}/retry",
    &schematic_planmigrations_retry_company_migration_params_desc, schematic_planmigrations_retry_company_migration_params_locs,
    NULL, NULL, false,
    schematic_planmigrations_retry_company_migration_responses, 1,
    schematic_planmigrations_retry_company_migration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_retry_company_migration(schematic_client *client, const schematic_planmigrations_retry_company_migration_params *params, schematic_planmigrations_retry_company_migration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_retry_company_migration_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_retry_company_migration_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_retry_company_migration_async()'s callback as its own type. */
static void schematic_planmigrations_retry_company_migration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_retry_company_migration_callback)typed)(user_data, rc, (schematic_planmigrations_retry_company_migration_response *)result, err);
}

int schematic_planmigrations_retry_company_migration_async(schematic_client *client, const schematic_planmigrations_retry_company_migration_params *params, schematic_planmigrations_retry_company_migration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_retry_company_migration_op, params, NULL, NULL,
                                   schematic_planmigrations_retry_company_migration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-version-company-migrations/count */
static const apic_field schematic_planmigrations_count_company_migrations_params_desc_Fields[] = {
    {"migration_id", 12, APIC_F_REQUIRED, offsetof(schematic_planmigrations_count_company_migrations_params, migration_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_planmigrations_count_company_migrations_params, q), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_count_company_migrations_params, status), offsetof(schematic_planmigrations_count_company_migrations_params, has_status), -1, &schematic_plan_version_company_migration_status_Type},
    {"limit", 5, 0, offsetof(schematic_planmigrations_count_company_migrations_params, limit), offsetof(schematic_planmigrations_count_company_migrations_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_planmigrations_count_company_migrations_params, offset), offsetof(schematic_planmigrations_count_company_migrations_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_planmigrations_count_company_migrations_params_desc = {
    "planmigrations_count_company_migrations_params", sizeof(schematic_planmigrations_count_company_migrations_params), schematic_planmigrations_count_company_migrations_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planmigrations_count_company_migrations_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_planmigrations_count_company_migrations_responses[] = {
    {200, &schematic_planmigrations_count_company_migrations_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_count_company_migrations_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_count_company_migrations_security[] = {
    {schematic_planmigrations_count_company_migrations_security_0, 1},
};
const apic_operation schematic_planmigrations_count_company_migrations_op = {
    "schematic_planmigrations_count_company_migrations", "GET", "/plan-version-company-migrations/count",
    &schematic_planmigrations_count_company_migrations_params_desc, schematic_planmigrations_count_company_migrations_params_locs,
    NULL, NULL, false,
    schematic_planmigrations_count_company_migrations_responses, 1,
    schematic_planmigrations_count_company_migrations_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_count_company_migrations(schematic_client *client, const schematic_planmigrations_count_company_migrations_params *params, schematic_planmigrations_count_company_migrations_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_count_company_migrations_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_count_company_migrations_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_count_company_migrations_async()'s callback as its own type. */
static void schematic_planmigrations_count_company_migrations_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_count_company_migrations_callback)typed)(user_data, rc, (schematic_planmigrations_count_company_migrations_response *)result, err);
}

int schematic_planmigrations_count_company_migrations_async(schematic_client *client, const schematic_planmigrations_count_company_migrations_params *params, schematic_planmigrations_count_company_migrations_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_count_company_migrations_op, params, NULL, NULL,
                                   schematic_planmigrations_count_company_migrations_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-version-migrations */
static const apic_field schematic_planmigrations_list_migrations_params_desc_Fields[] = {
    {"plan_version_id", 15, APIC_F_REQUIRED, offsetof(schematic_planmigrations_list_migrations_params, plan_version_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_list_migrations_params, status), offsetof(schematic_planmigrations_list_migrations_params, has_status), -1, &schematic_plan_version_migration_status_Type},
    {"limit", 5, 0, offsetof(schematic_planmigrations_list_migrations_params, limit), offsetof(schematic_planmigrations_list_migrations_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_planmigrations_list_migrations_params, offset), offsetof(schematic_planmigrations_list_migrations_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_planmigrations_list_migrations_params_desc = {
    "planmigrations_list_migrations_params", sizeof(schematic_planmigrations_list_migrations_params), schematic_planmigrations_list_migrations_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planmigrations_list_migrations_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_planmigrations_list_migrations_responses[] = {
    {200, &schematic_planmigrations_list_migrations_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_list_migrations_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_list_migrations_security[] = {
    {schematic_planmigrations_list_migrations_security_0, 1},
};
const apic_operation schematic_planmigrations_list_migrations_op = {
    "schematic_planmigrations_list_migrations", "GET", "/plan-version-migrations",
    &schematic_planmigrations_list_migrations_params_desc, schematic_planmigrations_list_migrations_params_locs,
    NULL, NULL, false,
    schematic_planmigrations_list_migrations_responses, 1,
    schematic_planmigrations_list_migrations_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_list_migrations(schematic_client *client, const schematic_planmigrations_list_migrations_params *params, schematic_planmigrations_list_migrations_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_list_migrations_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_list_migrations_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_list_migrations_async()'s callback as its own type. */
static void schematic_planmigrations_list_migrations_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_list_migrations_callback)typed)(user_data, rc, (schematic_planmigrations_list_migrations_response *)result, err);
}

int schematic_planmigrations_list_migrations_async(schematic_client *client, const schematic_planmigrations_list_migrations_params *params, schematic_planmigrations_list_migrations_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_list_migrations_op, params, NULL, NULL,
                                   schematic_planmigrations_list_migrations_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_planmigrations_list_migrations_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_planmigrations_list_migrations_iter_new(schematic_client *client, const schematic_planmigrations_list_migrations_params *params, schematic_planmigrations_list_migrations_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_planmigrations_list_migrations_op, &schematic_planmigrations_list_migrations_pagination, params, out, err);
}

int schematic_planmigrations_list_migrations_iter_next(schematic_planmigrations_list_migrations_iter *it, const schematic_plan_version_migration_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_plan_version_migration_response_data *)next;
    return rc;
}

void schematic_planmigrations_list_migrations_iter_free(schematic_planmigrations_list_migrations_iter *it)
{
    apic_pager_free(it);
}

/* POST /plan-version-migrations */
static const apic_response schematic_planmigrations_create_migration_responses[] = {
    {201, &schematic_planmigrations_create_migration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_create_migration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_create_migration_security[] = {
    {schematic_planmigrations_create_migration_security_0, 1},
};
const apic_operation schematic_planmigrations_create_migration_op = {
    "schematic_planmigrations_create_migration", "POST", "/plan-version-migrations",
    NULL, NULL,
    &schematic_create_migration_input_Type, "application/json", true,
    schematic_planmigrations_create_migration_responses, 1,
    schematic_planmigrations_create_migration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_create_migration(schematic_client *client, const schematic_create_migration_input *body, schematic_planmigrations_create_migration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_create_migration_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_create_migration_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_create_migration_async()'s callback as its own type. */
static void schematic_planmigrations_create_migration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_create_migration_callback)typed)(user_data, rc, (schematic_planmigrations_create_migration_response *)result, err);
}

int schematic_planmigrations_create_migration_async(schematic_client *client, const schematic_create_migration_input *body, schematic_planmigrations_create_migration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_create_migration_op, NULL, body, NULL,
                                   schematic_planmigrations_create_migration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-version-migrations/{plan_version_migration_id} */
static const apic_field schematic_planmigrations_get_migration_params_desc_Fields[] = {
    {"plan_version_migration_id", 25, APIC_F_REQUIRED, offsetof(schematic_planmigrations_get_migration_params, plan_version_migration_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_planmigrations_get_migration_params_desc = {
    "planmigrations_get_migration_params", sizeof(schematic_planmigrations_get_migration_params), schematic_planmigrations_get_migration_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planmigrations_get_migration_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_planmigrations_get_migration_responses[] = {
    {200, &schematic_planmigrations_get_migration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_get_migration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_get_migration_security[] = {
    {schematic_planmigrations_get_migration_security_0, 1},
};
const apic_operation schematic_planmigrations_get_migration_op = {
    "schematic_planmigrations_get_migration", "GET", "/plan-version-migrations/{plan_version_migration_id}",
    &schematic_planmigrations_get_migration_params_desc, schematic_planmigrations_get_migration_params_locs,
    NULL, NULL, false,
    schematic_planmigrations_get_migration_responses, 1,
    schematic_planmigrations_get_migration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_get_migration(schematic_client *client, const schematic_planmigrations_get_migration_params *params, schematic_planmigrations_get_migration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_get_migration_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_get_migration_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_get_migration_async()'s callback as its own type. */
static void schematic_planmigrations_get_migration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_get_migration_callback)typed)(user_data, rc, (schematic_planmigrations_get_migration_response *)result, err);
}

int schematic_planmigrations_get_migration_async(schematic_client *client, const schematic_planmigrations_get_migration_params *params, schematic_planmigrations_get_migration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_get_migration_op, params, NULL, NULL,
                                   schematic_planmigrations_get_migration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plan-version-migrations/{plan_version_migration_id}/retry */
static const apic_field schematic_planmigrations_retry_migration_params_desc_Fields[] = {
    {"plan_version_migration_id", 25, APIC_F_REQUIRED, offsetof(schematic_planmigrations_retry_migration_params, plan_version_migration_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_planmigrations_retry_migration_params_desc = {
    "planmigrations_retry_migration_params", sizeof(schematic_planmigrations_retry_migration_params), schematic_planmigrations_retry_migration_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planmigrations_retry_migration_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_planmigrations_retry_migration_responses[] = {
    {200, &schematic_planmigrations_retry_migration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_retry_migration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_retry_migration_security[] = {
    {schematic_planmigrations_retry_migration_security_0, 1},
};
const apic_operation schematic_planmigrations_retry_migration_op = {
    "schematic_planmigrations_retry_migration", "POST", "/plan-version-migrations/{plan_version_migration_id}/retry",
    &schematic_planmigrations_retry_migration_params_desc, schematic_planmigrations_retry_migration_params_locs,
    &schematic_retry_migration_request_body_Type, "application/json", true,
    schematic_planmigrations_retry_migration_responses, 1,
    schematic_planmigrations_retry_migration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_retry_migration(schematic_client *client, const schematic_planmigrations_retry_migration_params *params, const schematic_retry_migration_request_body *body, schematic_planmigrations_retry_migration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_retry_migration_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_retry_migration_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_retry_migration_async()'s callback as its own type. */
static void schematic_planmigrations_retry_migration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_retry_migration_callback)typed)(user_data, rc, (schematic_planmigrations_retry_migration_response *)result, err);
}

int schematic_planmigrations_retry_migration_async(schematic_client *client, const schematic_planmigrations_retry_migration_params *params, const schematic_retry_migration_request_body *body, schematic_planmigrations_retry_migration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_retry_migration_op, params, body, NULL,
                                   schematic_planmigrations_retry_migration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /plan-version-migrations/count */
static const apic_field schematic_planmigrations_count_migrations_params_desc_Fields[] = {
    {"plan_version_id", 15, APIC_F_REQUIRED, offsetof(schematic_planmigrations_count_migrations_params, plan_version_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_planmigrations_count_migrations_params, status), offsetof(schematic_planmigrations_count_migrations_params, has_status), -1, &schematic_plan_version_migration_status_Type},
    {"limit", 5, 0, offsetof(schematic_planmigrations_count_migrations_params, limit), offsetof(schematic_planmigrations_count_migrations_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_planmigrations_count_migrations_params, offset), offsetof(schematic_planmigrations_count_migrations_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_planmigrations_count_migrations_params_desc = {
    "planmigrations_count_migrations_params", sizeof(schematic_planmigrations_count_migrations_params), schematic_planmigrations_count_migrations_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_planmigrations_count_migrations_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_planmigrations_count_migrations_responses[] = {
    {200, &schematic_planmigrations_count_migrations_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_count_migrations_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_count_migrations_security[] = {
    {schematic_planmigrations_count_migrations_security_0, 1},
};
const apic_operation schematic_planmigrations_count_migrations_op = {
    "schematic_planmigrations_count_migrations", "GET", "/plan-version-migrations/count",
    &schematic_planmigrations_count_migrations_params_desc, schematic_planmigrations_count_migrations_params_locs,
    NULL, NULL, false,
    schematic_planmigrations_count_migrations_responses, 1,
    schematic_planmigrations_count_migrations_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_count_migrations(schematic_client *client, const schematic_planmigrations_count_migrations_params *params, schematic_planmigrations_count_migrations_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_count_migrations_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_count_migrations_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_count_migrations_async()'s callback as its own type. */
static void schematic_planmigrations_count_migrations_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_count_migrations_callback)typed)(user_data, rc, (schematic_planmigrations_count_migrations_response *)result, err);
}

int schematic_planmigrations_count_migrations_async(schematic_client *client, const schematic_planmigrations_count_migrations_params *params, schematic_planmigrations_count_migrations_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_count_migrations_op, params, NULL, NULL,
                                   schematic_planmigrations_count_migrations_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /plan-version-migrations/preview */
static const apic_response schematic_planmigrations_preview_migration_responses[] = {
    {200, &schematic_planmigrations_preview_migration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_planmigrations_preview_migration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_planmigrations_preview_migration_security[] = {
    {schematic_planmigrations_preview_migration_security_0, 1},
};
const apic_operation schematic_planmigrations_preview_migration_op = {
    "schematic_planmigrations_preview_migration", "POST", "/plan-version-migrations/preview",
    NULL, NULL,
    &schematic_preview_migration_request_body_Type, "application/json", true,
    schematic_planmigrations_preview_migration_responses, 1,
    schematic_planmigrations_preview_migration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_planmigrations_preview_migration(schematic_client *client, const schematic_preview_migration_request_body *body, schematic_planmigrations_preview_migration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_planmigrations_preview_migration_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_planmigrations_preview_migration_response *)result;
    return rc;
}

/* Calls schematic_planmigrations_preview_migration_async()'s callback as its own type. */
static void schematic_planmigrations_preview_migration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_planmigrations_preview_migration_callback)typed)(user_data, rc, (schematic_planmigrations_preview_migration_response *)result, err);
}

int schematic_planmigrations_preview_migration_async(schematic_client *client, const schematic_preview_migration_request_body *body, schematic_planmigrations_preview_migration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_planmigrations_preview_migration_op, NULL, body, NULL,
                                   schematic_planmigrations_preview_migration_adapt, (apic_async_fn)callback, user_data, call, err);
}
