/* Sockudo: annotations operations. Generated; do not edit. */
#include "internal.h"

/* GET /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations */
static const apic_field sockudo_annotations_list_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_annotations_list_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_annotations_list_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_annotations_list_params, message_serial), -1, -1, &apic_type_string},
    {"type", 4, 0, offsetof(sockudo_annotations_list_params, type), -1, -1, &apic_type_string},
    {"from_serial", 11, 0, offsetof(sockudo_annotations_list_params, from_serial), -1, -1, &apic_type_string},
    {"limit", 5, 0, offsetof(sockudo_annotations_list_params, limit), offsetof(sockudo_annotations_list_params, has_limit), -1, &apic_type_int32},
    {"socket_id", 9, 0, offsetof(sockudo_annotations_list_params, socket_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_annotations_list_params_desc = {
    "annotations_list_params", sizeof(sockudo_annotations_list_params), sockudo_annotations_list_params_desc_Fields, 7,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_annotations_list_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response sockudo_annotations_list_responses[] = {
    {200, &sockudo_annotation_list_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_annotations_list_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_annotations_list_security[] = {
    {sockudo_annotations_list_security_0, 1},
};
const apic_operation sockudo_annotations_list_op = {
    "sockudo_annotations_list", "GET", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations",
    &sockudo_annotations_list_params_desc, sockudo_annotations_list_params_locs,
    NULL, NULL, false,
    sockudo_annotations_list_responses, 1,
    sockudo_annotations_list_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_annotations_list(sockudo_client *client, const sockudo_annotations_list_params *params, sockudo_annotation_list **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_annotations_list_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_annotation_list *)result;
    return rc;
}

/* Calls sockudo_annotations_list_async()'s callback as its own type. */
static void sockudo_annotations_list_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_annotations_list_callback)typed)(user_data, rc, (sockudo_annotation_list *)result, err);
}

int sockudo_annotations_list_async(sockudo_client *client, const sockudo_annotations_list_params *params, sockudo_annotations_list_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_annotations_list_op, params, NULL, NULL,
                                   sockudo_annotations_list_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* POST /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations */
static const apic_field sockudo_annotations_publish_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_annotations_publish_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_annotations_publish_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_annotations_publish_params, message_serial), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_annotations_publish_params_desc = {
    "annotations_publish_params", sizeof(sockudo_annotations_publish_params), sockudo_annotations_publish_params_desc_Fields, 3,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_annotations_publish_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
};
static const apic_response sockudo_annotations_publish_responses[] = {
    {200, &sockudo_annotation_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_annotations_publish_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_annotations_publish_security[] = {
    {sockudo_annotations_publish_security_0, 1},
};
const apic_operation sockudo_annotations_publish_op = {
    "sockudo_annotations_publish", "POST", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations",
    &sockudo_annotations_publish_params_desc, sockudo_annotations_publish_params_locs,
    &sockudo_annotation_request_Type, "application/json", true,
    sockudo_annotations_publish_responses, 1,
    sockudo_annotations_publish_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_annotations_publish(sockudo_client *client, const sockudo_annotations_publish_params *params, const sockudo_annotation_request *body, sockudo_annotation_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_annotations_publish_op, params, body, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_annotation_result *)result;
    return rc;
}

/* Calls sockudo_annotations_publish_async()'s callback as its own type. */
static void sockudo_annotations_publish_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_annotations_publish_callback)typed)(user_data, rc, (sockudo_annotation_result *)result, err);
}

int sockudo_annotations_publish_async(sockudo_client *client, const sockudo_annotations_publish_params *params, const sockudo_annotation_request *body, sockudo_annotations_publish_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_annotations_publish_op, params, body, NULL,
                                   sockudo_annotations_publish_adapt, (apic_async_fn)callback, user_data, call, err);
}

/* DELETE /apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations/{annotation_serial} */
static const apic_field sockudo_annotations_delete_params_desc_Fields[] = {
    {"app_id", 6, APIC_F_REQUIRED, offsetof(sockudo_annotations_delete_params, app_id), -1, -1, &apic_type_string},
    {"channel_name", 12, APIC_F_REQUIRED, offsetof(sockudo_annotations_delete_params, channel_name), -1, -1, &apic_type_string},
    {"message_serial", 14, APIC_F_REQUIRED, offsetof(sockudo_annotations_delete_params, message_serial), -1, -1, &apic_type_string},
    {"annotation_serial", 17, APIC_F_REQUIRED, offsetof(sockudo_annotations_delete_params, annotation_serial), -1, -1, &apic_type_string},
    {"socket_id", 9, 0, offsetof(sockudo_annotations_delete_params, socket_id), -1, -1, &apic_type_string},
};
static const apic_struct_desc sockudo_annotations_delete_params_desc = {
    "annotations_delete_params", sizeof(sockudo_annotations_delete_params), sockudo_annotations_delete_params_desc_Fields, 5,
    -1,
    -1,
    NULL
};

static const apic_param sockudo_annotations_delete_params_locs[] = {
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_PATH, APIC_STYLE_SIMPLE, false, false},
    {APIC_IN_QUERY, APIC_STYLE_FORM, true, false},
};
static const apic_response sockudo_annotations_delete_responses[] = {
    {200, &sockudo_annotation_result_Type, "application/json", APIC_RESPONSE_JSON},
};
static const apic_security_scheme *const sockudo_annotations_delete_security_0[] = { &sockudo_scheme_pusher_signature };
static const apic_security_req sockudo_annotations_delete_security[] = {
    {sockudo_annotations_delete_security_0, 1},
};
const apic_operation sockudo_annotations_delete_op = {
    "sockudo_annotations_delete", "DELETE", "/apps/{app_id}/channels/{channel_name}/messages/{message_serial}/annotations/{annotation_serial}",
    &sockudo_annotations_delete_params_desc, sockudo_annotations_delete_params_locs,
    NULL, NULL, false,
    sockudo_annotations_delete_responses, 1,
    sockudo_annotations_delete_security, 1,
    APIC_BODY_JSON, NULL,
    NULL
};

int sockudo_annotations_delete(sockudo_client *client, const sockudo_annotations_delete_params *params, sockudo_annotation_result **out, sockudo_error *err)
{
    void *result = NULL;
    int rc = apic_call(client, &sockudo_annotations_delete_op, params, NULL, out != NULL ? &result : NULL, err);
    if (out != NULL) *out = (sockudo_annotation_result *)result;
    return rc;
}

/* Calls sockudo_annotations_delete_async()'s callback as its own type. */
static void sockudo_annotations_delete_adapt(apic_async_fn typed, void *user_data, int rc, void *result, apic_error *err)
{
    ((sockudo_annotations_delete_callback)typed)(user_data, rc, (sockudo_annotation_result *)result, err);
}

int sockudo_annotations_delete_async(sockudo_client *client, const sockudo_annotations_delete_params *params, sockudo_annotations_delete_callback callback, void *user_data, apic_async_call **call, sockudo_error *err)
{
    return apic_call_async_adapted(client, &sockudo_annotations_delete_op, params, NULL, NULL,
                                   sockudo_annotations_delete_adapt, (apic_async_fn)callback, user_data, call, err);
}
