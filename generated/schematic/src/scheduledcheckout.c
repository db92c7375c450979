/* Schematic: scheduledcheckout operations. Generated; do not edit. */
#include "internal.h"

/* GET /scheduled-checkout */
static const apic_field schematic_scheduledcheckout_list_scheduled_checkouts_params_desc_Fields[] = {
    {"company_id", 10, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_params, company_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_params, status), offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_params, has_status), -1, &schematic_scheduled_checkout_status_Type},
    {"limit", 5, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_params, limit), offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_params, offset), offsetof(schematic_scheduledcheckout_list_scheduled_checkouts_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_scheduledcheckout_list_scheduled_checkouts_params_desc = {
    "scheduledcheckout_list_scheduled_checkouts_params", sizeof(schematic_scheduledcheckout_list_scheduled_checkouts_params), schematic_scheduledcheckout_list_scheduled_checkouts_params_desc_Fields, 4,
    -1,
    -1,
    NULL
};

static const apic_param schematic_scheduledcheckout_list_scheduled_checkouts_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_scheduledcheckout_list_scheduled_checkouts_responses[] = {
    {200, &schematic_scheduledcheckout_list_scheduled_checkouts_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_scheduledcheckout_list_scheduled_checkouts_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_scheduledcheckout_list_scheduled_checkouts_security[] = {
    {schematic_scheduledcheckout_list_scheduled_checkouts_security_0, 1},
};
const apic_operation schematic_scheduledcheckout_list_scheduled_checkouts_op = {
    "schematic_scheduledcheckout_list_scheduled_checkouts", "GET", "/scheduled-checkout",
    &schematic_scheduledcheckout_list_scheduled_checkouts_params_desc, schematic_scheduledcheckout_list_scheduled_checkouts_params_locs,
    NULL, NULL, false,
    schematic_scheduledcheckout_list_scheduled_checkouts_responses, 1,
    schematic_scheduledcheckout_list_scheduled_checkouts_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_scheduledcheckout_list_scheduled_checkouts(schematic_client *client, const schematic_scheduledcheckout_list_scheduled_checkouts_params *params, schematic_scheduledcheckout_list_scheduled_checkouts_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_scheduledcheckout_list_scheduled_checkouts_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_scheduledcheckout_list_scheduled_checkouts_response *)result;
    return rc;
}

/* Calls schematic_scheduledcheckout_list_scheduled_checkouts_async()'s callback as its own type. */
static void schematic_scheduledcheckout_list_scheduled_checkouts_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_scheduledcheckout_list_scheduled_checkouts_callback)typed)(user_data, rc, (schematic_scheduledcheckout_list_scheduled_checkouts_response *)result, err);
}

int schematic_scheduledcheckout_list_scheduled_checkouts_async(schematic_client *client, const schematic_scheduledcheckout_list_scheduled_checkouts_params *params, schematic_scheduledcheckout_list_scheduled_checkouts_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_scheduledcheckout_list_scheduled_checkouts_op, params, NULL, NULL,
                                   schematic_scheduledcheckout_list_scheduled_checkouts_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_scheduledcheckout_list_scheduled_checkouts_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_scheduledcheckout_list_scheduled_checkouts_iter_new(schematic_client *client, const schematic_scheduledcheckout_list_scheduled_checkouts_params *params, schematic_scheduledcheckout_list_scheduled_checkouts_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_scheduledcheckout_list_scheduled_checkouts_op, &schematic_scheduledcheckout_list_scheduled_checkouts_pagination, params, out, err);
}

int schematic_scheduledcheckout_list_scheduled_checkouts_iter_next(schematic_scheduledcheckout_list_scheduled_checkouts_iter *it, const schematic_scheduled_checkout_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_scheduled_checkout_response_data *)next;
    return rc;
}

void schematic_scheduledcheckout_list_scheduled_checkouts_iter_free(schematic_scheduledcheckout_list_scheduled_checkouts_iter *it)
{
    apic_pager_free(it);
}

/* POST /scheduled-checkout */
static const apic_response schematic_scheduledcheckout_create_scheduled_checkout_responses[] = {
    {201, &schematic_scheduledcheckout_create_scheduled_checkout_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_scheduledcheckout_create_scheduled_checkout_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_scheduledcheckout_create_scheduled_checkout_security[] = {
    {schematic_scheduledcheckout_create_scheduled_checkout_security_0, 1},
};
const apic_operation schematic_scheduledcheckout_create_scheduled_checkout_op = {
    "schematic_scheduledcheckout_create_scheduled_checkout", "POST", "/scheduled-checkout",
    NULL, NULL,
    &schematic_create_scheduled_checkout_request_Type, "application/json", true,
    schematic_scheduledcheckout_create_scheduled_checkout_responses, 1,
    schematic_scheduledcheckout_create_scheduled_checkout_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_scheduledcheckout_create_scheduled_checkout(schematic_client *client, const schematic_create_scheduled_checkout_request *body, schematic_scheduledcheckout_create_scheduled_checkout_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_scheduledcheckout_create_scheduled_checkout_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_scheduledcheckout_create_scheduled_checkout_response *)result;
    return rc;
}

/* Calls schematic_scheduledcheckout_create_scheduled_checkout_async()'s callback as its own type. */
static void schematic_scheduledcheckout_create_scheduled_checkout_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_scheduledcheckout_create_scheduled_checkout_callback)typed)(user_data, rc, (schematic_scheduledcheckout_create_scheduled_checkout_response *)result, err);
}

int schematic_scheduledcheckout_create_scheduled_checkout_async(schematic_client *client, const schematic_create_scheduled_checkout_request *body, schematic_scheduledcheckout_create_scheduled_checkout_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_scheduledcheckout_create_scheduled_checkout_op, NULL, body, NULL,
                                   schematic_scheduledcheckout_create_scheduled_checkout_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /scheduled-checkout/{scheduled_checkout_id} */
static const apic_field schematic_scheduledcheckout_get_scheduled_checkout_params_desc_Fields[] = {
    {"scheduled_checkout_id", 21, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_get_scheduled_checkout_params, scheduled_checkout_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_scheduledcheckout_get_scheduled_checkout_params_desc = {
    "scheduledcheckout_get_scheduled_checkout_params", sizeof(schematic_scheduledcheckout_get_scheduled_checkout_params), schematic_scheduledcheckout_get_scheduled_checkout_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_scheduledcheckout_get_scheduled_checkout_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_scheduledcheckout_get_scheduled_checkout_responses[] = {
    {200, &schematic_scheduledcheckout_get_scheduled_checkout_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_scheduledcheckout_get_scheduled_checkout_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_scheduledcheckout_get_scheduled_checkout_security[] = {
    {schematic_scheduledcheckout_get_scheduled_checkout_security_0, 1},
};
const apic_operation schematic_scheduledcheckout_get_scheduled_checkout_op = {
    "schematic_scheduledcheckout_get_scheduled_checkout", "GET", "/scheduled-checkout/{scheduled_checkout_id}",
    &schematic_scheduledcheckout_get_scheduled_checkout_params_desc, schematic_scheduledcheckout_get_scheduled_checkout_params_locs,
    NULL, NULL, false,
    schematic_scheduledcheckout_get_scheduled_checkout_responses, 1,
    schematic_scheduledcheckout_get_scheduled_checkout_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_scheduledcheckout_get_scheduled_checkout(schematic_client *client, const schematic_scheduledcheckout_get_scheduled_checkout_params *params, schematic_scheduledcheckout_get_scheduled_checkout_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_scheduledcheckout_get_scheduled_checkout_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_scheduledcheckout_get_scheduled_checkout_response *)result;
    return rc;
}

/* Calls schematic_scheduledcheckout_get_scheduled_checkout_async()'s callback as its own type. */
static void schematic_scheduledcheckout_get_scheduled_checkout_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_scheduledcheckout_get_scheduled_checkout_callback)typed)(user_data, rc, (schematic_scheduledcheckout_get_scheduled_checkout_response *)result, err);
}

int schematic_scheduledcheckout_get_scheduled_checkout_async(schematic_client *client, const schematic_scheduledcheckout_get_scheduled_checkout_params *params, schematic_scheduledcheckout_get_scheduled_checkout_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_scheduledcheckout_get_scheduled_checkout_op, params, NULL, NULL,
                                   schematic_scheduledcheckout_get_scheduled_checkout_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* PUT /scheduled-checkout/{scheduled_checkout_id} */
static const apic_field schematic_scheduledcheckout_update_scheduled_checkout_params_desc_Fields[] = {
    {"scheduled_checkout_id", 21, APIC_F_REQUIRED, offsetof(schematic_scheduledcheckout_update_scheduled_checkout_params, scheduled_checkout_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_scheduledcheckout_update_scheduled_checkout_params_desc = {
    "scheduledcheckout_update_scheduled_checkout_params", sizeof(schematic_scheduledcheckout_update_scheduled_checkout_params), schematic_scheduledcheckout_update_scheduled_checkout_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_scheduledcheckout_update_scheduled_checkout_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_scheduledcheckout_update_scheduled_checkout_responses[] = {
    {200, &schematic_scheduledcheckout_update_scheduled_checkout_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_scheduledcheckout_update_scheduled_checkout_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_scheduledcheckout_update_scheduled_checkout_security[] = {
    {schematic_scheduledcheckout_update_scheduled_checkout_security_0, 1},
};
const apic_operation schematic_scheduledcheckout_update_scheduled_checkout_op = {
    "schematic_scheduledcheckout_update_scheduled_checkout", "PUT", "/scheduled-checkout/{scheduled_checkout_id}",
    &schematic_scheduledcheckout_update_scheduled_checkout_params_desc, schematic_scheduledcheckout_update_scheduled_checkout_params_locs,
    &schematic_update_scheduled_checkout_request_Type, "application/json", true,
    schematic_scheduledcheckout_update_scheduled_checkout_responses, 1,
    schematic_scheduledcheckout_update_scheduled_checkout_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_scheduledcheckout_update_scheduled_checkout(schematic_client *client, const schematic_scheduledcheckout_update_scheduled_checkout_params *params, const schematic_update_scheduled_checkout_request *body, schematic_scheduledcheckout_update_scheduled_checkout_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_scheduledcheckout_update_scheduled_checkout_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_scheduledcheckout_update_scheduled_checkout_response *)result;
    return rc;
}

/* Calls schematic_scheduledcheckout_update_scheduled_checkout_async()'s callback as its own type. */
static void schematic_scheduledcheckout_update_scheduled_checkout_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_scheduledcheckout_update_scheduled_checkout_callback)typed)(user_data, rc, (schematic_scheduledcheckout_update_scheduled_checkout_response *)result, err);
}

int schematic_scheduledcheckout_update_scheduled_checkout_async(schematic_client *client, const schematic_scheduledcheckout_update_scheduled_checkout_params *params, const schematic_update_scheduled_checkout_request *body, schematic_scheduledcheckout_update_scheduled_checkout_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_scheduledcheckout_update_scheduled_checkout_op, params, body, NULL,
                                   schematic_scheduledcheckout_update_scheduled_checkout_adapt, (apic_async_fn)callback, user_data, call, err);
}
