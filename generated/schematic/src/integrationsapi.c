/* Schematic: integrationsapi operations. Generated; do not edit. */
#include "internal.h"

/* GET /integration/start/{integration_id} */
static const apic_field schematic_integrationsapi_run_integration_params_desc_Fields[] = {
    {"integration_id", 14, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_run_integration_params, integration_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_integrationsapi_run_integration_params_desc = {
    "integrationsapi_run_integration_params", sizeof(schematic_integrationsapi_run_integration_params), schematic_integrationsapi_run_integration_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_integrationsapi_run_integration_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_integrationsapi_run_integration_responses[] = {
    {200, &schematic_integrationsapi_run_integration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_run_integration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_run_integration_security[] = {
    {schematic_integrationsapi_run_integration_security_0, 1},
};
const apic_operation schematic_integrationsapi_run_integration_op = {
    "schematic_integrationsapi_run_integration", "GET", "/integration/start/{integration_id}",
    &schematic_integrationsapi_run_integration_params_desc, schematic_integrationsapi_run_integration_params_locs,
    NULL, NULL, false,
    schematic_integrationsapi_run_integration_responses, 1,
    schematic_integrationsapi_run_integration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_run_integration(schematic_client *client, const schematic_integrationsapi_run_integration_params *params, schematic_integrationsapi_run_integration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_run_integration_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_run_integration_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_run_integration_async()'s callback as its own type. */
static void schematic_integrationsapi_run_integration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_run_integration_callback)typed)(user_data, rc, (schematic_integrationsapi_run_integration_response *)result, err);
}

int schematic_integrationsapi_run_integration_async(schematic_client *client, const schematic_integrationsapi_run_integration_params *params, schematic_integrationsapi_run_integration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_run_integration_op, params, NULL, NULL,
                                   schematic_integrationsapi_run_integration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /integrations */
static const apic_field schematic_integrationsapi_list_integrations_params_desc_Fields[] = {
    {"billing_only", 12, 0, offsetof(schematic_integrationsapi_list_integrations_params, billing_only), offsetof(schematic_integrationsapi_list_integrations_params, has_billing_only), -1, &apic_type_bool},
    {"exclude_ids", 11, 0, offsetof(schematic_integrationsapi_list_integrations_params, exclude_ids), offsetof(schematic_integrationsapi_list_integrations_params, has_exclude_ids), -1, &schematic_string_array_Type},
    {"id", 2, 0, offsetof(schematic_integrationsapi_list_integrations_params, id), -1, -1, &apic_type_string},
    {"state", 5, 0, offsetof(schematic_integrationsapi_list_integrations_params, state), offsetof(schematic_integrationsapi_list_integrations_params, has_state), -1, &schematic_integration_state_Type},
    {"type", 4, 0, offsetof(schematic_integrationsapi_list_integrations_params, type), offsetof(schematic_integrationsapi_list_integrations_params, has_type), -1, &schematic_integration_type_Type},
    {"limit", 5, 0, offsetof(schematic_integrationsapi_list_integrations_params, limit), offsetof(schematic_integrationsapi_list_integrations_params, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(schematic_integrationsapi_list_integrations_params, offset), offsetof(schematic_integrationsapi_list_integrations_params, has_offset), -1, &apic_type_int64},
};
static const apic_struct_desc schematic_integrationsapi_list_integrations_params_desc = {
    "integrationsapi_list_integrations_params", sizeof(schematic_integrationsapi_list_integrations_params), schematic_integrationsapi_list_integrations_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param schematic_integrationsapi_list_integrations_params_locs[] = {
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response schematic_integrationsapi_list_integrations_responses[] = {
    {200, &schematic_integrationsapi_list_integrations_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_list_integrations_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_list_integrations_security[] = {
    {schematic_integrationsapi_list_integrations_security_0, 1},
};
const apic_operation schematic_integrationsapi_list_integrations_op = {
    "schematic_integrationsapi_list_integrations", "GET", "/integrations",
    &schematic_integrationsapi_list_integrations_params_desc, schematic_integrationsapi_list_integrations_params_locs,
    NULL, NULL, false,
    schematic_integrationsapi_list_integrations_responses, 1,
    schematic_integrationsapi_list_integrations_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_list_integrations(schematic_client *client, const schematic_integrationsapi_list_integrations_params *params, schematic_integrationsapi_list_integrations_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_list_integrations_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_list_integrations_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_list_integrations_async()'s callback as its own type. */
static void schematic_integrationsapi_list_integrations_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_list_integrations_callback)typed)(user_data, rc, (schematic_integrationsapi_list_integrations_response *)result, err);
}

int schematic_integrationsapi_list_integrations_async(schematic_client *client, const schematic_integrationsapi_list_integrations_params *params, schematic_integrationsapi_list_integrations_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_list_integrations_op, params, NULL, NULL,
                                   schematic_integrationsapi_list_integrations_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* 'offset' advanced by the items received */
static const apic_pagination schematic_integrationsapi_list_integrations_pagination = {
    APIC_PAGE_OFFSET, "data", "offset", "limit",
    NULL, NULL, NULL, NULL, 1
};

int schematic_integrationsapi_list_integrations_iter_new(schematic_client *client, const schematic_integrationsapi_list_integrations_params *params, schematic_integrationsapi_list_integrations_iter **out, schematic_error *err)
{
    return apic_pager_new(client, &schematic_integrationsapi_list_integrations_op, &schematic_integrationsapi_list_integrations_pagination, params, out, err);
}

int schematic_integrationsapi_list_integrations_iter_next(schematic_integrationsapi_list_integrations_iter *it, const schematic_integrations_list_response_data **item, schematic_error *err)
{
    const void *next = NULL;
    int rc = apic_pager_next(it, &next, err);
    if (item != NULL) *item = (const schematic_integrations_list_response_data *)next;
    return rc;
}

void schematic_integrationsapi_list_integrations_iter_free(schematic_integrationsapi_list_integrations_iter *it)
{
    apic_pager_free(it);
}

/* GET /integrations/{type}/webhook-url */
static const apic_field schematic_integrationsapi_get_integration_webhook_url_params_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_get_integration_webhook_url_params, type), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_integrationsapi_get_integration_webhook_url_params_desc = {
    "integrationsapi_get_integration_webhook_url_params", sizeof(schematic_integrationsapi_get_integration_webhook_url_params), schematic_integrationsapi_get_integration_webhook_url_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_integrationsapi_get_integration_webhook_url_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_integrationsapi_get_integration_webhook_url_responses[] = {
    {200, &schematic_integrationsapi_get_integration_webhook_url_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_get_integration_webhook_url_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_get_integration_webhook_url_security[] = {
    {schematic_integrationsapi_get_integration_webhook_url_security_0, 1},
};
const apic_operation schematic_integrationsapi_get_integration_webhook_url_op = {
    "schematic_integrationsapi_get_integration_webhook_url", "GET", "/integrations/{type}/webhook-url",
    &schematic_integrationsapi_get_integration_webhook_url_params_desc, schematic_integrationsapi_get_integration_webhook_url_params_locs,
    NULL, NULL, false,
    schematic_integrationsapi_get_integration_webhook_url_responses, 1,
    schematic_integrationsapi_get_integration_webhook_url_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_get_integration_webhook_url(schematic_client *client, const schematic_integrationsapi_get_integration_webhook_url_params *params, schematic_integrationsapi_get_integration_webhook_url_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_get_integration_webhook_url_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_get_integration_webhook_url_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_get_integration_webhook_url_async()'s callback as its own type. */
static void schematic_integrationsapi_get_integration_webhook_url_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_get_integration_webhook_url_callback)typed)(user_data, rc, (schematic_integrationsapi_get_integration_webhook_url_response *)result, err);
}

int schematic_integrationsapi_get_integration_webhook_url_async(schematic_client *client, const schematic_integrationsapi_get_integration_webhook_url_params *params, schematic_integrationsapi_get_integration_webhook_url_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_get_integration_webhook_url_op, params, NULL, NULL,
                                   schematic_integrationsapi_get_integration_webhook_url_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /integrations/install */
static const apic_response schematic_integrationsapi_install_integration_responses[] = {
    {201, &schematic_integrationsapi_install_integration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_install_integration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_install_integration_security[] = {
    {schematic_integrationsapi_install_integration_security_0, 1},
};
const apic_operation schematic_integrationsapi_install_integration_op = {
    "schematic_integrationsapi_install_integration", "POST", "/integrations/install",
    NULL, NULL,
    &schematic_install_integration_request_body_Type, "application/json", true,
    schematic_integrationsapi_install_integration_responses, 1,
    schematic_integrationsapi_install_integration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_install_integration(schematic_client *client, const schematic_install_integration_request_body *body, schematic_integrationsapi_install_integration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_install_integration_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_install_integration_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_install_integration_async()'s callback as its own type. */
static void schematic_integrationsapi_install_integration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_install_integration_callback)typed)(user_data, rc, (schematic_integrationsapi_install_integration_response *)result, err);
}

int schematic_integrationsapi_install_integration_async(schematic_client *client, const schematic_install_integration_request_body *body, schematic_integrationsapi_install_integration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_install_integration_op, NULL, body, NULL,
                                   schematic_integrationsapi_install_integration_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /integrations/start-data-import */
static const apic_response schematic_integrationsapi_start_data_import_responses[] = {
    {201, &schematic_integrationsapi_start_data_import_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_start_data_import_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_start_data_import_security[] = {
    {schematic_integrationsapi_start_data_import_security_0, 1},
};
const apic_operation schematic_integrationsapi_start_data_import_op = {
    "schematic_integrationsapi_start_data_import", "POST", "/integrations/start-data-import",
    NULL, NULL,
    &schematic_start_data_import_request_body_Type, "application/json", true,
    schematic_integrationsapi_start_data_import_responses, 1,
    schematic_integrationsapi_start_data_import_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_start_data_import(schematic_client *client, const schematic_start_data_import_request_body *body, schematic_integrationsapi_start_data_import_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_start_data_import_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_start_data_import_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_start_data_import_async()'s callback as its own type. */
static void schematic_integrationsapi_start_data_import_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_start_data_import_callback)typed)(user_data, rc, (schematic_integrationsapi_start_data_import_response *)result, err);
}

int schematic_integrationsapi_start_data_import_async(schematic_client *client, const schematic_start_data_import_request_body *body, schematic_integrationsapi_start_data_import_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_start_data_import_op, NULL, body, NULL,
                                   schematic_integrationsapi_start_data_import_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* GET /integrations/stripe/dataset-sample-v2 */
static const apic_response schematic_integrationsapi_load_sample_data_set_responses[] = {
    {200, &schematic_integrationsapi_load_sample_data_set_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_load_sample_data_set_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_load_sample_data_set_security[] = {
    {schematic_integrationsapi_load_sample_data_set_security_0, 1},
};
const apic_operation schematic_integrationsapi_load_sample_data_set_op = {
    "schematic_integrationsapi_load_sample_data_set", "GET", "/integrations/stripe/dataset-sample-v2",
    NULL, NULL,
    NULL, NULL, false,
    schematic_integrationsapi_load_sample_data_set_responses, 1,
    schematic_integrationsapi_load_sample_data_set_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_load_sample_data_set(schematic_client *client, schematic_integrationsapi_load_sample_data_set_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_load_sample_data_set_op, NULL, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_load_sample_data_set_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_load_sample_data_set_async()'s callback as its own type. */
static void schematic_integrationsapi_load_sample_data_set_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_load_sample_data_set_callback)typed)(user_data, rc, (schematic_integrationsapi_load_sample_data_set_response *)result, err);
}

int schematic_integrationsapi_load_sample_data_set_async(schematic_client *client, schematic_integrationsapi_load_sample_data_set_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_load_sample_data_set_op, NULL, NULL, NULL,
                                   schematic_integrationsapi_load_sample_data_set_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /integrations/stripe/v2/assume-installed */
static const apic_response schematic_integrationsapi_assume_stripe_installed_responses[] = {
    {201, &schematic_integrationsapi_assume_stripe_installed_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_assume_stripe_installed_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_assume_stripe_installed_security[] = {
    {schematic_integrationsapi_assume_stripe_installed_security_0, 1},
};
const apic_operation schematic_integrationsapi_assume_stripe_installed_op = {
    "schematic_integrationsapi_assume_stripe_installed", "POST", "/integrations/stripe/v2/assume-installed",
    NULL, NULL,
    &schematic_install_integration_request_body_Type, "application/json", true,
    schematic_integrationsapi_assume_stripe_installed_responses, 1,
    schematic_integrationsapi_assume_stripe_installed_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_assume_stripe_installed(schematic_client *client, const schematic_install_integration_request_body *body, schematic_integrationsapi_assume_stripe_installed_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_assume_stripe_installed_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_assume_stripe_installed_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_assume_stripe_installed_async()'s callback as its own type. */
static void schematic_integrationsapi_assume_stripe_installed_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_assume_stripe_installed_callback)typed)(user_data, rc, (schematic_integrationsapi_assume_stripe_installed_response *)result, err);
}

int schematic_integrationsapi_assume_stripe_installed_async(schematic_client *client, const schematic_install_integration_request_body *body, schematic_integrationsapi_assume_stripe_installed_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_assume_stripe_installed_op, NULL, body, NULL,
                                   schematic_integrationsapi_assume_stripe_installed_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /integrations/stripe/v2/install */
static const apic_response schematic_integrationsapi_install_stripe_responses[] = {
    {201, &schematic_integrationsapi_install_stripe_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_install_stripe_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_install_stripe_security[] = {
    {schematic_integrationsapi_install_stripe_security_0, 1},
};
const apic_operation schematic_integrationsapi_install_stripe_op = {
    "schematic_integrationsapi_install_stripe", "POST", "/integrations/stripe/v2/install",
    NULL, NULL,
    &schematic_install_integration_request_body_Type, "application/json", true,
    schematic_integrationsapi_install_stripe_responses, 1,
    schematic_integrationsapi_install_stripe_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_install_stripe(schematic_client *client, const schematic_install_integration_request_body *body, schematic_integrationsapi_install_stripe_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_install_stripe_op, NULL, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_install_stripe_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_install_stripe_async()'s callback as its own type. */
static void schematic_integrationsapi_install_stripe_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_install_stripe_callback)typed)(user_data, rc, (schematic_integrationsapi_install_stripe_response *)result, err);
}

int schematic_integrationsapi_install_stripe_async(schematic_client *client, const schematic_install_integration_request_body *body, schematic_integrationsapi_install_stripe_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_install_stripe_op, NULL, body, NULL,
                                   schematic_integrationsapi_install_stripe_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /integrations/uninstall/{integration_id} */
static const apic_field schematic_integrationsapi_uninstall_integration_params_desc_Fields[] = {
    {"integration_id", 14, APIC_F_REQUIRED, offsetof(schematic_integrationsapi_uninstall_integration_params, integration_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc schematic_integrationsapi_uninstall_integration_params_desc = {
    "integrationsapi_uninstall_integration_params", sizeof(schematic_integrationsapi_uninstall_integration_params), schematic_integrationsapi_uninstall_integration_params_desc_Fields, 1,
    -1,
    -1,
    NULL
};

static const apic_param schematic_integrationsapi_uninstall_integration_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response schematic_integrationsapi_uninstall_integration_responses[] = {
    {200, &schematic_integrationsapi_uninstall_integration_response_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const schematic_integrationsapi_uninstall_integration_security_0[] = { &schematic_scheme_api_key_auth };
static const apic_security_req schematic_integrationsapi_uninstall_integration_security[] = {
    {schematic_integrationsapi_uninstall_integration_security_0, 1},
};
const apic_operation schematic_integrationsapi_uninstall_integration_op = {
    "schematic_integrationsapi_uninstall_integration", "DELETE", "/integrations/uninstall/{integration_id}",
    &schematic_integrationsapi_uninstall_integration_params_desc, schematic_integrationsapi_uninstall_integration_params_locs,
    NULL, NULL, false,
    schematic_integrationsapi_uninstall_integration_responses, 1,
    schematic_integrationsapi_uninstall_integration_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int schematic_integrationsapi_uninstall_integration(schematic_client *client, const schematic_integrationsapi_uninstall_integration_params *params, schematic_integrationsapi_uninstall_integration_response **out, schematic_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &schematic_integrationsapi_uninstall_integration_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (schematic_integrationsapi_uninstall_integration_response *)result;
    return rc;
}

/* Calls schematic_integrationsapi_uninstall_integration_async()'s callback as its own type. */
static void schematic_integrationsapi_uninstall_integration_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((schematic_integrationsapi_uninstall_integration_callback)typed)(user_data, rc, (schematic_integrationsapi_uninstall_integration_response *)result, err);
}

int schematic_integrationsapi_uninstall_integration_async(schematic_client *client, const schematic_integrationsapi_uninstall_integration_params *params, schematic_integrationsapi_uninstall_integration_callback callback, void *user_data, apic_async_call **call, schematic_error *err)
{
    return apic_call_async_adapted(client, &schematic_integrationsapi_uninstall_integration_op, params, NULL, NULL,
                                   schematic_integrationsapi_uninstall_integration_adapt, (apic_async_fn)callback, user_data, call, err);
}
