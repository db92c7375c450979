/* Schematic: accounts operations. Generated; do not edit. */
#include "internal.h"

/* GET /account-members */
static const apic_field schematic_accounts_list_members_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_accounts_list_members_params, ids), offsetof(schematic_accounts_list_members_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_accounts_list_members_params, q), -1, -1, &apic_type_string},
    {"role", 4, 0, offsetof(schematic_accounts_list_members_params, role), offsetof(schematic_accounts_list_members_params, has_role), -1, &schematic_account_member_role_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_list_members_params, limit), offsetof(schematic_accounts_list_members_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_members_params, offset), offsetof(schematic_accounts_list_members_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_accounts_list_members_params_desc = {
    "accounts_list_members_params", sizeof(schematic_accounts_list_members_params), schematic_accounts_list_members_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_list_members_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_accounts_list_members_responses[] = {
    {200, &schematic_accounts_list_members_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_list_members_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_list_members_security[] = {
    {schematic_accounts_list_members_security_0, 1},
};
const apic_operation schematic_accounts_list_members_op = {
    "schematic_accounts_list_members", "GET", "/account-members",
    &schematic_accounts_list_members_params_desc, schematic_accounts_list_members_params_locs,
    NULL, NULL, false,
    schematic_accounts_list_members_responses, 1,
    schematic_accounts_list_members_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_list_members(schematic_client *client, const schematic_accounts_list_members_params *params, schematic_accounts_list_members_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_list_members_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_list_members_response *)result;
    return rc;
}

/* Calls schematic_accounts_list_members_async()'s callback as its own type. */
static void schematic_accounts_list_members_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_list_members_callback)typed)(user_data, rc, (schematic_accounts_list_members_response *)result, err);
}

int schematic_accounts_list_members_async(schematic_client *client, const schematic_accounts_list_members_params *params, schematic_accounts_list_members_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_list_members_op, params, NULL, NULL,
                                   schematic_accounts_list_members_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_accounts_list_members_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_accounts_list_members_iter_new(schematic_client *client, const schematic_accounts_list_members_params *params, schematic_accounts_list_members_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_accounts_list_members_op, &schematic_accounts_list_members_pagination, params, out, err);
}

int schematic_accounts_list_members_iter_next(schematic_accounts_list_members_iter *it, const schematic_account_member_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_account_member_response_data *)next;
    return rc;
}

void schematic_accounts_list_members_iter_free(schematic_accounts_list_members_iter *it)
{
    apic_pager_free(it);
}

/* GET /account-members/{account_member_id} */
static const apic_field schematic_accounts_get_member_params_desc_Fields[] = {
    {"account_member_id", 17, APIC_F_REQUIRED, offsetof(schematic_accounts_get_member_params, account_member_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_get_member_params_desc = {
    "accounts_get_member_params", sizeof(schematic_accounts_get_member_params), schematic_accounts_get_member_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_get_member_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_get_member_responses[] = {
    {200, &schematic_accounts_get_member_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_get_member_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_get_member_security[] = {
    {schematic_accounts_get_member_security_0, 1},
};
const apic_operation schematic_accounts_get_member_op = {
    "schematic_accounts_get_member", "GET", "/account-members/{account_member_id}",
    &schematic_accounts_get_member_params_desc, schematic_accounts_get_member_params_locs,
    NULL, NULL, false,
    schematic_accounts_get_member_responses, 1,
    schematic_accounts_get_member_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_get_member(schematic_client *client, const schematic_accounts_get_member_params *params, schematic_accounts_get_member_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_get_member_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_get_member_response *)result;
    return rc;
}

/* Calls schematic_accounts_get_member_async()'s callback as its own type. */
static void schematic_accounts_get_member_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_get_member_callback)typed)(user_data, rc, (schematic_accounts_get_member_response *)result, err);
}

int schematic_accounts_get_member_async(schematic_client *client, const schematic_accounts_get_member_params *params, schematic_accounts_get_member_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_get_member_op, params, NULL, NULL,
                                   schematic_accounts_get_member_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /account-members/count */
static const apic_field schematic_accounts_count_members_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_accounts_count_members_params, ids), offsetof(schematic_accounts_count_members_params, has_ids), -1, &schematic_string_array_Type},
    {"q", 1, 0, offsetof(schematic_accounts_count_members_params, q), -1, -1, &apic_type_string},
    {"role", 4, 0, offsetof(schematic_accounts_count_members_params, role), offsetof(schematic_accounts_count_members_params, has_role), -1, &schematic_account_member_role_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_count_members_params, limit), offsetof(schematic_accounts_count_members_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_count_members_params, offset), offsetof(schematic_accounts_count_members_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_accounts_count_members_params_desc = {
    "accounts_count_members_params", sizeof(schematic_accounts_count_members_params), schematic_accounts_count_members_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_count_members_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_accounts_count_members_responses[] = {
    {200, &schematic_accounts_count_members_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_count_members_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_count_members_security[] = {
    {schematic_accounts_count_members_security_0, 1},
};
const apic_operation schematic_accounts_count_members_op = {
    "schematic_accounts_count_members", "GET", "/account-members/count",
    &schematic_accounts_count_members_params_desc, schematic_accounts_count_members_params_locs,
    NULL, NULL, false,
    schematic_accounts_count_members_responses, 1,
    schematic_accounts_count_members_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_count_members(schematic_client *client, const schematic_accounts_count_members_params *params, schematic_accounts_count_members_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_count_members_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_count_members_response *)result;
    return rc;
}

/* Calls schematic_accounts_count_members_async()'s callback as its own type. */
static void schematic_accounts_count_members_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_count_members_callback)typed)(user_data, rc, (schematic_accounts_count_members_response *)result, err);
}

int schematic_accounts_count_members_async(schematic_client *client, const schematic_accounts_count_members_params *params, schematic_accounts_count_members_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_count_members_op, params, NULL, NULL,
                                   schematic_accounts_count_members_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /api-keys */
static const apic_field schematic_accounts_list_api_keys_params_desc_Fields[] = {
    {"environment_id", 14, 0, offsetof(schematic_accounts_list_api_keys_params, environment_id), -1, -1, &apic_type_string},
    {"require_environment", 19, APIC_F_REQUIRED, offsetof(schematic_accounts_list_api_keys_params, require_environment), -1, -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_accounts_list_api_keys_params, limit), offsetof(schematic_accounts_list_api_keys_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_api_keys_params, offset), offsetof(schematic_accounts_list_api_keys_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_accounts_list_api_keys_params_desc = {
    "accounts_list_api_keys_params", sizeof(schematic_accounts_list_api_keys_params), schematic_accounts_list_api_keys_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_list_api_keys_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_accounts_list_api_keys_responses[] = {
    {200, &schematic_accounts_list_api_keys_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_list_api_keys_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_list_api_keys_security[] = {
    {schematic_accounts_list_api_keys_security_0, 1},
};
const apic_operation schematic_accounts_list_api_keys_op = {
    "schematic_accounts_list_api_keys", "GET", "/api-keys",
    &schematic_accounts_list_api_keys_params_desc, schematic_accounts_list_api_keys_params_locs,
    NULL, NULL, false,
    schematic_accounts_list_api_keys_responses, 1,
    schematic_accounts_list_api_keys_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_list_api_keys(schematic_client *client, const schematic_accounts_list_api_keys_params *params, schematic_accounts_list_api_keys_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_list_api_keys_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_list_api_keys_response *)result;
    return rc;
}

/* Calls schematic_accounts_list_api_keys_async()'s callback as its own type. */
static void schematic_accounts_list_api_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_list_api_keys_callback)typed)(user_data, rc, (schematic_accounts_list_api_keys_response *)result, err);
}

int schematic_accounts_list_api_keys_async(schematic_client *client, const schematic_accounts_list_api_keys_params *params, schematic_accounts_list_api_keys_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_list_api_keys_op, params, NULL, NULL,
                                   schematic_accounts_list_api_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_accounts_list_api_keys_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_accounts_list_api_keys_iter_new(schematic_client *client, const schematic_accounts_list_api_keys_params *params, schematic_accounts_list_api_keys_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_accounts_list_api_keys_op, &schematic_accounts_list_api_keys_pagination, params, out, err);
}

int schematic_accounts_list_api_keys_iter_next(schematic_accounts_list_api_keys_iter *it, const schematic_api_key_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_api_key_response_data *)next;
    return rc;
}

void schematic_accounts_list_api_keys_iter_free(schematic_accounts_list_api_keys_iter *it)
{
    apic_pager_free(it);
}

/* POST /api-keys */
static const apic_response schematic_accounts_create_api_key_responses[] = {
    {201, &schematic_accounts_create_api_key_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_create_api_key_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_create_api_key_security[] = {
    {schematic_accounts_create_api_key_security_0, 1},
};
const apic_operation schematic_accounts_create_api_key_op = {
    "schematic_accounts_create_api_key", "POST", "/api-keys",
    NULL, NULL,
    &schematic_create_api_key_request_body_Type, "application/json", true,
    schematic_accounts_create_api_key_responses, 1,
    schematic_accounts_create_api_key_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_create_api_key(schematic_client *client, const schematic_create_api_key_request_body *body, schematic_accounts_create_api_key_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_create_api_key_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_create_api_key_response *)result;
    return rc;
}

/* Calls schematic_accounts_create_api_key_async()'s callback as its own type. */
static void schematic_accounts_create_api_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_create_api_key_callback)typed)(user_data, rc, (schematic_accounts_create_api_key_response *)result, err);
}

int schematic_accounts_create_api_key_async(schematic_client *client, const schematic_create_api_key_request_body *body, schematic_accounts_create_api_key_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_create_api_key_op, NULL, body, NULL,
                                   schematic_accounts_create_api_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /api-keys/{api_key_id} */
static const apic_field schematic_accounts_get_api_key_params_desc_Fields[] = {
    {"api_key_id", 10, APIC_F_REQUIRED, offsetof(schematic_accounts_get_api_key_params, api_key_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_get_api_key_params_desc = {
    "accounts_get_api_key_params", sizeof(schematic_accounts_get_api_key_params), schematic_accounts_get_api_key_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_get_api_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_get_api_key_responses[] = {
    {200, &schematic_accounts_get_api_key_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_get_api_key_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_get_api_key_security[] = {
    {schematic_accounts_get_api_key_security_0, 1},
};
const apic_operation schematic_accounts_get_api_key_op = {
    "schematic_accounts_get_api_key", "GET", "/api-keys/{api_key_id}",
    &schematic_accounts_get_api_key_params_desc, schematic_accounts_get_api_key_params_locs,
    NULL, NULL, false,
    schematic_accounts_get_api_key_responses, 1,
    schematic_accounts_get_api_key_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_get_api_key(schematic_client *client, const schematic_accounts_get_api_key_params *params, schematic_accounts_get_api_key_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_get_api_key_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_get_api_key_response *)result;
    return rc;
}

/* Calls schematic_accounts_get_api_key_async()'s callback as its own type. */
static void schematic_accounts_get_api_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_get_api_key_callback)typed)(user_data, rc, (schematic_accounts_get_api_key_response *)result, err);
}

int schematic_accounts_get_api_key_async(schematic_client *client, const schematic_accounts_get_api_key_params *params, schematic_accounts_get_api_key_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_get_api_key_op, params, NULL, NULL,
                                   schematic_accounts_get_api_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /api-keys/{api_key_id} */
static const apic_field schematic_accounts_update_api_key_params_desc_Fields[] = {
    {"api_key_id", 10, APIC_F_REQUIRED, offsetof(schematic_accounts_update_api_key_params, api_key_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_update_api_key_params_desc = {
    "accounts_update_api_key_params", sizeof(schematic_accounts_update_api_key_params), schematic_accounts_update_api_key_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_update_api_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_update_api_key_responses[] = {
    {200, &schematic_accounts_update_api_key_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_update_api_key_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_update_api_key_security[] = {
    {schematic_accounts_update_api_key_security_0, 1},
};
const apic_operation schematic_accounts_update_api_key_op = {
    "schematic_accounts_update_api_key", "PUT", "/api-keys/{api_key_id}",
    &schematic_accounts_update_api_key_params_desc, schematic_accounts_update_api_key_params_locs,
    &schematic_update_api_key_request_body_Type, "application/json", true,
    schematic_accounts_update_api_key_responses, 1,
    schematic_accounts_update_api_key_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_update_api_key(schematic_client *client, const schematic_accounts_update_api_key_params *params, const schematic_update_api_key_request_body *body, schematic_accounts_update_api_key_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_update_api_key_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_update_api_key_response *)result;
    return rc;
}

/* Calls schematic_accounts_update_api_key_async()'s callback as its own type. */
static void schematic_accounts_update_api_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_update_api_key_callback)typed)(user_data, rc, (schematic_accounts_update_api_key_response *)result, err);
}

int schematic_accounts_update_api_key_async(schematic_client *client, const schematic_accounts_update_api_key_params *params, const schematic_update_api_key_request_body *body, schematic_accounts_update_api_key_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_update_api_key_op, params, body, NULL,
                                   schematic_accounts_update_api_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /api-keys/{api_key_id} */
static const apic_field schematic_accounts_delete_api_key_params_desc_Fields[] = {
    {"api_key_id", 10, APIC_F_REQUIRED, offsetof(schematic_accounts_delete_api_key_params, api_key_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_delete_api_key_params_desc = {
    "accounts_delete_api_key_params", sizeof(schematic_accounts_delete_api_key_params), schematic_accounts_delete_api_key_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_delete_api_key_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_delete_api_key_responses[] = {
    {200, &schematic_accounts_delete_api_key_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_delete_api_key_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_delete_api_key_security[] = {
    {schematic_accounts_delete_api_key_security_0, 1},
};
const apic_operation schematic_accounts_delete_api_key_op = {
    "schematic_accounts_delete_api_key", "DELETE", "/api-keys/{api_key_id}",
    &schematic_accounts_delete_api_key_params_desc, schematic_accounts_delete_api_key_params_locs,
    NULL, NULL, false,
    schematic_accounts_delete_api_key_responses, 1,
    schematic_accounts_delete_api_key_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_delete_api_key(schematic_client *client, const schematic_accounts_delete_api_key_params *params, schematic_accounts_delete_api_key_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_delete_api_key_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_delete_api_key_response *)result;
    return rc;
}

/* Calls schematic_accounts_delete_api_key_async()'s callback as its own type. */
static void schematic_accounts_delete_api_key_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_delete_api_key_callback)typed)(user_data, rc, (schematic_accounts_delete_api_key_response *)result, err);
}

int schematic_accounts_delete_api_key_async(schematic_client *client, const schematic_accounts_delete_api_key_params *params, schematic_accounts_delete_api_key_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_delete_api_key_op, params, NULL, NULL,
                                   schematic_accounts_delete_api_key_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /api-keys/count */
static const apic_field schematic_accounts_count_api_keys_params_desc_Fields[] = {
    {"environment_id", 14, 0, offsetof(schematic_accounts_count_api_keys_params, environment_id), -1, -1, &apic_type_string},
    {"require_environment", 19, APIC_F_REQUIRED, offsetof(schematic_accounts_count_api_keys_params, require_environment), -1, -1, &apic_type_bool},
    {"limit", 5, 0, offsetof(schematic_accounts_count_api_keys_params, limit), offsetof(schematic_accounts_count_api_keys_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_count_api_keys_params, offset), offsetof(schematic_accounts_count_api_keys_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_accounts_count_api_keys_params_desc = {
    "accounts_count_api_keys_params", sizeof(schematic_accounts_count_api_keys_params), schematic_accounts_count_api_keys_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_count_api_keys_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_accounts_count_api_keys_responses[] = {
    {200, &schematic_accounts_count_api_keys_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_count_api_keys_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_count_api_keys_security[] = {
    {schematic_accounts_count_api_keys_security_0, 1},
};
const apic_operation schematic_accounts_count_api_keys_op = {
    "schematic_accounts_count_api_keys", "GET", "/api-keys/count",
    &schematic_accounts_count_api_keys_params_desc, schematic_accounts_count_api_keys_params_locs,
    NULL, NULL, false,
    schematic_accounts_count_api_keys_responses, 1,
    schematic_accounts_count_api_keys_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_count_api_keys(schematic_client *client, const schematic_accounts_count_api_keys_params *params, schematic_accounts_count_api_keys_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_count_api_keys_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_count_api_keys_response *)result;
    return rc;
}

/* Calls schematic_accounts_count_api_keys_async()'s callback as its own type. */
static void schematic_accounts_count_api_keys_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_count_api_keys_callback)typed)(user_data, rc, (schematic_accounts_count_api_keys_response *)result, err);
}

int schematic_accounts_count_api_keys_async(schematic_client *client, const schematic_accounts_count_api_keys_params *params, schematic_accounts_count_api_keys_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_count_api_keys_op, params, NULL, NULL,
                                   schematic_accounts_count_api_keys_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /audit-log */
static const apic_field schematic_accounts_list_audit_logs_params_desc_Fields[] = {
    {"actor_type", 10, 0, offsetof(schematic_accounts_list_audit_logs_params, actor_type), offsetof(schematic_accounts_list_audit_logs_params, has_actor_type), -1, &schematic_actor_type_Type},
    {"end_time", 8, 0, offsetof(schematic_accounts_list_audit_logs_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, 0, offsetof(schematic_accounts_list_audit_logs_params, environment_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_accounts_list_audit_logs_params, q), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_accounts_list_audit_logs_params, start_time), -1, -1, &schematic_string_date_time_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_list_audit_logs_params, limit), offsetof(schematic_accounts_list_audit_logs_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_audit_logs_params, offset), offsetof(schematic_accounts_list_audit_logs_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_accounts_list_audit_logs_params_desc = {
    "accounts_list_audit_logs_params", sizeof(schematic_accounts_list_audit_logs_params), schematic_accounts_list_audit_logs_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_list_audit_logs_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_accounts_list_audit_logs_responses[] = {
    {200, &schematic_accounts_list_audit_logs_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_list_audit_logs_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_list_audit_logs_security[] = {
    {schematic_accounts_list_audit_logs_security_0, 1},
};
const apic_operation schematic_accounts_list_audit_logs_op = {
    "schematic_accounts_list_audit_logs", "GET", "/audit-log",
    &schematic_accounts_list_audit_logs_params_desc, schematic_accounts_list_audit_logs_params_locs,
    NULL, NULL, false,
    schematic_accounts_list_audit_logs_responses, 1,
    schematic_accounts_list_audit_logs_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_list_audit_logs(schematic_client *client, const schematic_accounts_list_audit_logs_params *params, schematic_accounts_list_audit_logs_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_list_audit_logs_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_list_audit_logs_response *)result;
    return rc;
}

/* Calls schematic_accounts_list_audit_logs_async()'s callback as its own type. */
static void schematic_accounts_list_audit_logs_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_list_audit_logs_callback)typed)(user_data, rc, (schematic_accounts_list_audit_logs_response *)result, err);
}

int schematic_accounts_list_audit_logs_async(schematic_client *client, const schematic_accounts_list_audit_logs_params *params, schematic_accounts_list_audit_logs_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_list_audit_logs_op, params, NULL, NULL,
                                   schematic_accounts_list_audit_logs_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_accounts_list_audit_logs_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_accounts_list_audit_logs_iter_new(schematic_client *client, const schematic_accounts_list_audit_logs_params *params, schematic_accounts_list_audit_logs_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_accounts_list_audit_logs_op, &schematic_accounts_list_audit_logs_pagination, params, out, err);
}

int schematic_accounts_list_audit_logs_iter_next(schematic_accounts_list_audit_logs_iter *it, const schematic_audit_log_list_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_audit_log_list_response_data *)next;
    return rc;
}

void schematic_accounts_list_audit_logs_iter_free(schematic_accounts_list_audit_logs_iter *it)
{
    apic_pager_free(it);
}

/* GET /audit-log/{audit_log_id} */
static const apic_field schematic_accounts_get_audit_log_params_desc_Fields[] = {
    {"audit_log_id", 12, APIC_F_REQUIRED, offsetof(schematic_accounts_get_audit_log_params, audit_log_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_get_audit_log_params_desc = {
    "accounts_get_audit_log_params", sizeof(schematic_accounts_get_audit_log_params), schematic_accounts_get_audit_log_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_get_audit_log_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_get_audit_log_responses[] = {
    {200, &schematic_accounts_get_audit_log_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_get_audit_log_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_get_audit_log_security[] = {
    {schematic_accounts_get_audit_log_security_0, 1},
};
const apic_operation schematic_accounts_get_audit_log_op = {
    "schematic_accounts_get_audit_log", "GET", "/audit-log/{audit_log_id}",
    &schematic_accounts_get_audit_log_params_desc, schematic_accounts_get_audit_log_params_locs,
    NULL, NULL, false,
    schematic_accounts_get_audit_log_responses, 1,
    schematic_accounts_get_audit_log_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_get_audit_log(schematic_client *client, const schematic_accounts_get_audit_log_params *params, schematic_accounts_get_audit_log_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_get_audit_log_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_get_audit_log_response *)result;
    return rc;
}

/* Calls schematic_accounts_get_audit_log_async()'s callback as its own type. */
static void schematic_accounts_get_audit_log_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_get_audit_log_callback)typed)(user_data, rc, (schematic_accounts_get_audit_log_response *)result, err);
}

int schematic_accounts_get_audit_log_async(schematic_client *client, const schematic_accounts_get_audit_log_params *params, schematic_accounts_get_audit_log_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_get_audit_log_op, params, NULL, NULL,
                                   schematic_accounts_get_audit_log_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /audit-log/count */
static const apic_field schematic_accounts_count_audit_logs_params_desc_Fields[] = {
    {"actor_type", 10, 0, offsetof(schematic_accounts_count_audit_logs_params, actor_type), offsetof(schematic_accounts_count_audit_logs_params, has_actor_type), -1, &schematic_actor_type_Type},
    {"end_time", 8, 0, offsetof(schematic_accounts_count_audit_logs_params, end_time), -1, -1, &schematic_string_date_time_Type},
    {"environment_id", 14, 0, offsetof(schematic_accounts_count_audit_logs_params, environment_id), -1, -1, &apic_type_string},
    {"q", 1, 0, offsetof(schematic_accounts_count_audit_logs_params, q), -1, -1, &apic_type_string},
    {"start_time", 10, 0, offsetof(schematic_accounts_count_audit_logs_params, start_time), -1, -1, &schematic_string_date_time_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_count_audit_logs_params, limit), offsetof(schematic_accounts_count_audit_logs_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_count_audit_logs_params, offset), offsetof(schematic_accounts_count_audit_logs_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_accounts_count_audit_logs_params_desc = {
    "accounts_count_audit_logs_params", sizeof(schematic_accounts_count_audit_logs_params), schematic_accounts_count_audit_logs_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_count_audit_logs_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_accounts_count_audit_logs_responses[] = {
    {200, &schematic_accounts_count_audit_logs_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_count_audit_logs_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_count_audit_logs_security[] = {
    {schematic_accounts_count_audit_logs_security_0, 1},
};
const apic_operation schematic_accounts_count_audit_logs_op = {
    "schematic_accounts_count_audit_logs", "GET", "/audit-log/count",
    &schematic_accounts_count_audit_logs_params_desc, schematic_accounts_count_audit_logs_params_locs,
    NULL, NULL, false,
    schematic_accounts_count_audit_logs_responses, 1,
    schematic_accounts_count_audit_logs_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_count_audit_logs(schematic_client *client, const schematic_accounts_count_audit_logs_params *params, schematic_accounts_count_audit_logs_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_count_audit_logs_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_count_audit_logs_response *)result;
    return rc;
}

/* Calls schematic_accounts_count_audit_logs_async()'s callback as its own type. */
static void schematic_accounts_count_audit_logs_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_count_audit_logs_callback)typed)(user_data, rc, (schematic_accounts_count_audit_logs_response *)result, err);
}

int schematic_accounts_count_audit_logs_async(schematic_client *client, const schematic_accounts_count_audit_logs_params *params, schematic_accounts_count_audit_logs_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_count_audit_logs_op, params, NULL, NULL,
                                   schematic_accounts_count_audit_logs_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /environments */
static const apic_field schematic_accounts_list_environments_params_desc_Fields[] = {
    {"ids", 3, 0, offsetof(schematic_accounts_list_environments_params, ids), offsetof(schematic_accounts_list_environments_params, has_ids), -1, &schematic_string_array_Type},
    {"limit", 5, 0, offsetof(schematic_accounts_list_environments_params, limit), offsetof(schematic_accounts_list_environments_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_accounts_list_environments_params, offset), offsetof(schematic_accounts_list_environments_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_accounts_list_environments_params_desc = {
    "accounts_list_environments_params", sizeof(schematic_accounts_list_environments_params), schematic_accounts_list_environments_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_list_environments_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_accounts_list_environments_responses[] = {
    {200, &schematic_accounts_list_environments_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_list_environments_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_list_environments_security[] = {
    {schematic_accounts_list_environments_security_0, 1},
};
const apic_operation schematic_accounts_list_environments_op = {
    "schematic_accounts_list_environments", "GET", "/environments",
    &schematic_accounts_list_environments_params_desc, schematic_accounts_list_environments_params_locs,
    NULL, NULL, false,
    schematic_accounts_list_environments_responses, 1,
    schematic_accounts_list_environments_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_list_environments(schematic_client *client, const schematic_accounts_list_environments_params *params, schematic_accounts_list_environments_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_list_environments_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_list_environments_response *)result;
    return rc;
}

/* Calls schematic_accounts_list_environments_async()'s callback as its own type. */
static void schematic_accounts_list_environments_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_list_environments_callback)typed)(user_data, rc, (schematic_accounts_list_environments_response *)result, err);
}

int schematic_accounts_list_environments_async(schematic_client *client, const schematic_accounts_list_environments_params *params, schematic_accounts_list_environments_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_list_environments_op, params, NULL, NULL,
                                   schematic_accounts_list_environments_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_accounts_list_environments_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_accounts_list_environments_iter_new(schematic_client *client, const schematic_accounts_list_environments_params *params, schematic_accounts_list_environments_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_accounts_list_environments_op, &schematic_accounts_list_environments_pagination, params, out, err);
}

int schematic_accounts_list_environments_iter_next(schematic_accounts_list_environments_iter *it, const schematic_environment_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_environment_response_data *)next;
    return rc;
}

void schematic_accounts_list_environments_iter_free(schematic_accounts_list_environments_iter *it)
{
    apic_pager_free(it);
}

/* POST /environments */
static const apic_response schematic_accounts_create_environment_responses[] = {
    {201, &schematic_accounts_create_environment_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_create_environment_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_create_environment_security[] = {
    {schematic_accounts_create_environment_security_0, 1},
};
const apic_operation schematic_accounts_create_environment_op = {
    "schematic_accounts_create_environment", "POST", "/environments",
    NULL, NULL,
    &schematic_create_environment_request_body_Type, "application/json", true,
    schematic_accounts_create_environment_responses, 1,
    schematic_accounts_create_environment_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_create_environment(schematic_client *client, const schematic_create_environment_request_body *body, schematic_accounts_create_environment_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_create_environment_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_create_environment_response *)result;
    return rc;
}

/* Calls schematic_accounts_create_environment_async()'s callback as its own type. */
static void schematic_accounts_create_environment_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_create_environment_callback)typed)(user_data, rc, (schematic_accounts_create_environment_response *)result, err);
}

int schematic_accounts_create_environment_async(schematic_client *client, const schematic_create_environment_request_body *body, schematic_accounts_create_environment_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_create_environment_op, NULL, body, NULL,
                                   schematic_accounts_create_environment_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /environments/{environment_id} */
static const apic_field schematic_accounts_get_environment_params_desc_Fields[] = {
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_accounts_get_environment_params, environment_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_get_environment_params_desc = {
    "accounts_get_environment_params", sizeof(schematic_accounts_get_environment_params), schematic_accounts_get_environment_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_get_environment_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_get_environment_responses[] = {
    {200, &schematic_accounts_get_environment_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_get_environment_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_get_environment_security[] = {
    {schematic_accounts_get_environment_security_0, 1},
};
const apic_operation schematic_accounts_get_environment_op = {
    "schematic_accounts_get_environment", "GET", "/environments/{environment_id}",
    &schematic_accounts_get_environment_params_desc, schematic_accounts_get_environment_params_locs,
    NULL, NULL, false,
    schematic_accounts_get_environment_responses, 1,
    schematic_accounts_get_environment_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_get_environment(schematic_client *client, const schematic_accounts_get_environment_params *params, schematic_accounts_get_environment_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_get_environment_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_get_environment_response *)result;
    return rc;
}

/* Calls schematic_accounts_get_environment_async()'s callback as its own type. */
static void schematic_accounts_get_environment_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_get_environment_callback)typed)(user_data, rc, (schematic_accounts_get_environment_response *)result, err);
}

int schematic_accounts_get_environment_async(schematic_client *client, const schematic_accounts_get_environment_params *params, schematic_accounts_get_environment_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_get_environment_op, params, NULL, NULL,
                                   schematic_accounts_get_environment_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /environments/{environment_id} */
static const apic_field schematic_accounts_update_environment_params_desc_Fields[] = {
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_accounts_update_environment_params, environment_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_update_environment_params_desc = {
    "accounts_update_environment_params", sizeof(schematic_accounts_update_environment_params), schematic_accounts_update_environment_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_update_environment_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_update_environment_responses[] = {
    {200, &schematic_accounts_update_environment_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_update_environment_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_update_environment_security[] = {
    {schematic_accounts_update_environment_security_0, 1},
};
const apic_operation schematic_accounts_update_environment_op = {
    "schematic_accounts_update_environment", "PUT", "/environments/{environment_id}",
    &schematic_accounts_update_environment_params_desc, schematic_accounts_update_environment_params_locs,
    &schematic_update_environment_request_body_Type, "application/json", true,
    schematic_accounts_update_environment_responses, 1,
    schematic_accounts_update_environment_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_update_environment(schematic_client *client, const schematic_accounts_update_environment_params *params, const schematic_update_environment_request_body *body, schematic_accounts_update_environment_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_update_environment_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_update_environment_response *)result;
    return rc;
}

/* Calls schematic_accounts_update_environment_async()'s callback as its own type. */
static void schematic_accounts_update_environment_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_update_environment_callback)typed)(user_data, rc, (schematic_accounts_update_environment_response *)result, err);
}

int schematic_accounts_update_environment_async(schematic_client *client, const schematic_accounts_update_environment_params *params, const schematic_update_environment_request_body *body, schematic_accounts_update_environment_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_update_environment_op, params, body, NULL,
                                   schematic_accounts_update_environment_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /environments/{environment_id} */
static const apic_field schematic_accounts_delete_environment_params_desc_Fields[] = {
    {"environment_id", 14, APIC_F_REQUIRED, offsetof(schematic_accounts_delete_environment_params, environment_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_accounts_delete_environment_params_desc = {
    "accounts_delete_environment_params", sizeof(schematic_accounts_delete_environment_params), schematic_accounts_delete_environment_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_accounts_delete_environment_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_accounts_delete_environment_responses[] = {
    {200, &schematic_accounts_delete_environment_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_delete_environment_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_delete_environment_security[] = {
    {schematic_accounts_delete_environment_security_0, 1},
};
const apic_operation schematic_accounts_delete_environment_op = {
    "schematic_accounts_delete_environment", "DELETE", "/environments/{environment_id}",
    &schematic_accounts_delete_environment_params_desc, schematic_accounts_delete_environment_params_locs,
    NULL, NULL, false,
    schematic_accounts_delete_environment_responses, 1,
    schematic_accounts_delete_environment_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_delete_environment(schematic_client *client, const schematic_accounts_delete_environment_params *params, schematic_accounts_delete_environment_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_delete_environment_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_delete_environment_response *)result;
    return rc;
}

/* Calls schematic_accounts_delete_environment_async()'s callback as its own type. */
static void schematic_accounts_delete_environment_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_delete_environment_callback)typed)(user_data, rc, (schematic_accounts_delete_environment_response *)result, err);
}

int schematic_accounts_delete_environment_async(schematic_client *client, const schematic_accounts_delete_environment_params *params, schematic_accounts_delete_environment_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_delete_environment_op, params, NULL, NULL,
                                   schematic_accounts_delete_environment_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /onboarding-state */
static const apic_response schematic_accounts_get_onboarding_state_responses[] = {
    {200, &schematic_accounts_get_onboarding_state_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_get_onboarding_state_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_get_onboarding_state_security[] = {
    {schematic_accounts_get_onboarding_state_security_0, 1},
};
const apic_operation schematic_accounts_get_onboarding_state_op = {
    "schematic_accounts_get_onboarding_state", "GET", "/onboarding-state",
    NULL, NULL,
    NULL, NULL, false,
    schematic_accounts_get_onboarding_state_responses, 1,
    schematic_accounts_get_onboarding_state_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_get_onboarding_state(schematic_client *client, schematic_accounts_get_onboarding_state_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_get_onboarding_state_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_get_onboarding_state_response *)result;
    return rc;
}

/* Calls schematic_accounts_get_onboarding_state_async()'s callback as its own type. */
static void schematic_accounts_get_onboarding_state_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_get_onboarding_state_callback)typed)(user_data, rc, (schematic_accounts_get_onboarding_state_response *)result, err);
}

int schematic_accounts_get_onboarding_state_async(schematic_client *client, schematic_accounts_get_onboarding_state_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_get_onboarding_state_op, NULL, NULL, NULL,
                                   schematic_accounts_get_onboarding_state_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /onboarding-state */
static const apic_response schematic_accounts_update_onboarding_state_responses[] = {
    {200, &schematic_accounts_update_onboarding_state_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_update_onboarding_state_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_update_onboarding_state_security[] = {
    {schematic_accounts_update_onboarding_state_security_0, 1},
};
const apic_operation schematic_accounts_update_onboarding_state_op = {
    "schematic_accounts_update_onboarding_state", "POST", "/onboarding-state",
    NULL, NULL,
    &schematic_update_onboarding_state_request_body_Type, "application/json", true,
    schematic_accounts_update_onboarding_state_responses, 1,
    schematic_accounts_update_onboarding_state_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_update_onboarding_state(schematic_client *client, const schematic_update_onboarding_state_request_body *body, schematic_accounts_update_onboarding_state_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_update_onboarding_state_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_update_onboarding_state_response *)result;
    return rc;
}

/* Calls schematic_accounts_update_onboarding_state_async()'s callback as its own type. */
static void schematic_accounts_update_onboarding_state_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_update_onboarding_state_callback)typed)(user_data, rc, (schematic_accounts_update_onboarding_state_response *)result, err);
}

int schematic_accounts_update_onboarding_state_async(schematic_client *client, const schematic_update_onboarding_state_request_body *body, schematic_accounts_update_onboarding_state_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_update_onboarding_state_op, NULL, body, NULL,
                                   schematic_accounts_update_onboarding_state_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /quickstart */
static const apic_response schematic_accounts_quickstart_responses[] = {
    {201, &schematic_accounts_quickstart_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_quickstart_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_quickstart_security[] = {
    {schematic_accounts_quickstart_security_0, 1},
};
const apic_operation schematic_accounts_quickstart_op = {
    "schematic_accounts_quickstart", "POST", "/quickstart",
    NULL, NULL,
    NULL, NULL, false,
    schematic_accounts_quickstart_responses, 1,
    schematic_accounts_quickstart_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_quickstart(schematic_client *client, schematic_accounts_quickstart_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_quickstart_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_quickstart_response *)result;
    return rc;
}

/* Calls schematic_accounts_quickstart_async()'s callback as its own type. */
static void schematic_accounts_quickstart_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_quickstart_callback)typed)(user_data, rc, (schematic_accounts_quickstart_response *)result, err);
}

int schematic_accounts_quickstart_async(schematic_client *client, schematic_accounts_quickstart_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_quickstart_op, NULL, NULL, NULL,
                                   schematic_accounts_quickstart_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /whoami */
static const apic_response schematic_accounts_get_who_am_i_responses[] = {
    {200, &schematic_accounts_get_who_am_i_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_accounts_get_who_am_i_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_accounts_get_who_am_i_security[] = {
    {schematic_accounts_get_who_am_i_security_0, 1},
};
const apic_operation schematic_accounts_get_who_am_i_op = {
    "schematic_accounts_get_who_am_i", "GET", "/whoami",
    NULL, NULL,
    NULL, NULL, false,
    schematic_accounts_get_who_am_i_responses, 1,
    schematic_accounts_get_who_am_i_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_accounts_get_who_am_i(schematic_client *client, schematic_accounts_get_who_am_i_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_accounts_get_who_am_i_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_accounts_get_who_am_i_response *)result;
    return rc;
}

/* Calls schematic_accounts_get_who_am_i_async()'s callback as its own type. */
static void schematic_accounts_get_who_am_i_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_accounts_get_who_am_i_callback)typed)(user_data, rc, (schematic_accounts_get_who_am_i_response *)result, err);
}

int schematic_accounts_get_who_am_i_async(schematic_client *client, schematic_accounts_get_who_am_i_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_accounts_get_who_am_i_op, NULL, NULL, NULL,
                                   schematic_accounts_get_who_am_i_adapt, (apic_async_fn)callback, user_data, call, err);
}
