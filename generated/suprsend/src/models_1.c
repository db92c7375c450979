/* Descriptors and entry points of SuprSend models. Generated; do not edit. */
#include "internal.h"

/* update_user_preference_channel_response.channel_preferences.item */
static const apic_field suprsend_update_user_preference_channel_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_user_preference_channel_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_update_user_preference_channel_response_channel_preferences_item, is_restricted), offsetof(suprsend_update_user_preference_channel_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_user_preference_channel_response_channel_preferences_item_desc = {
    "update_user_preference_channel_response.channel_preferences.item", sizeof(suprsend_update_user_preference_channel_response_channel_preferences_item), suprsend_update_user_preference_channel_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_update_user_preference_channel_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_preference_channel_response_channel_preferences_item_free(suprsend_update_user_preference_channel_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_update_user_preference_channel_response_channel_preferences_item_desc, obj);
}

int suprsend_update_user_preference_channel_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_update_user_preference_channel_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_preference_channel_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_preference_channel_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_update_user_preference_channel_response_channel_preferences_item_to_json(const suprsend_update_user_preference_channel_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_preference_channel_response_channel_preferences_item_Type, obj, out, err);
}

/* get_user_preferences_single_category_response */
static const apic_field suprsend_get_user_preferences_single_category_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_user_preferences_single_category_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_get_user_preferences_single_category_response, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_get_user_preferences_single_category_response, description), -1, -1, &apic_type_string},
    {"original_preference", 19, APIC_F_NULLABLE, offsetof(suprsend_get_user_preferences_single_category_response, original_preference), -1, offsetof(suprsend_get_user_preferences_single_category_response, original_preference_is_null), &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_get_user_preferences_single_category_response, preference), -1, -1, &apic_type_string},
    {"is_editable", 11, 0, offsetof(suprsend_get_user_preferences_single_category_response, is_editable), offsetof(suprsend_get_user_preferences_single_category_response, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_get_user_preferences_single_category_response, channels), offsetof(suprsend_get_user_preferences_single_category_response, has_channels), -1, &suprsend_get_user_preferences_single_category_response_channels_item_array_Type},
};
const apic_struct_desc suprsend_get_user_preferences_single_category_response_desc = {
    "get_user_preferences_single_category_response", sizeof(suprsend_get_user_preferences_single_category_response), suprsend_get_user_preferences_single_category_response_desc_Fields, 7,
    offsetof(suprsend_get_user_preferences_single_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preferences_single_category_response_free(suprsend_get_user_preferences_single_category_response *obj)
{
    apic_struct_free(&suprsend_get_user_preferences_single_category_response_desc, obj);
}

int suprsend_get_user_preferences_single_category_response_from_json(const char *json, size_t len, suprsend_get_user_preferences_single_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preferences_single_category_response_Type, json, len, &value, err);
    *out = (suprsend_get_user_preferences_single_category_response *)value;
    return rc;
}

int suprsend_get_user_preferences_single_category_response_to_json(const suprsend_get_user_preferences_single_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preferences_single_category_response_Type, obj, out, err);
}

/* get_user_preferences_single_category_response.channels.item */
static const apic_field suprsend_get_user_preferences_single_category_response_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_get_user_preferences_single_category_response_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_get_user_preferences_single_category_response_channels_item, preference), -1, -1, &apic_type_string},
    {"is_editable", 11, 0, offsetof(suprsend_get_user_preferences_single_category_response_channels_item, is_editable), offsetof(suprsend_get_user_preferences_single_category_response_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_get_user_preferences_single_category_response_channels_item_desc = {
    "get_user_preferences_single_category_response.channels.item", sizeof(suprsend_get_user_preferences_single_category_response_channels_item), suprsend_get_user_preferences_single_category_response_channels_item_desc_Fields, 3,
    offsetof(suprsend_get_user_preferences_single_category_response_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_preferences_single_category_response_channels_item_free(suprsend_get_user_preferences_single_category_response_channels_item *obj)
{
    apic_struct_free(&suprsend_get_user_preferences_single_category_response_channels_item_desc, obj);
}

int suprsend_get_user_preferences_single_category_response_channels_item_from_json(const char *json, size_t len, suprsend_get_user_preferences_single_category_response_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_preferences_single_category_response_channels_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_preferences_single_category_response_channels_item *)value;
    return rc;
}

int suprsend_get_user_preferences_single_category_response_channels_item_to_json(const suprsend_get_user_preferences_single_category_response_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_preferences_single_category_response_channels_item_Type, obj, out, err);
}

/* update_user_preference_category_request */
static const apic_field suprsend_update_user_preference_category_request_desc_Fields[] = {
    {"preference", 10, 0, offsetof(suprsend_update_user_preference_category_request, preference), -1, -1, &apic_type_string},
    {"opt_out_channels", 16, 0, offsetof(suprsend_update_user_preference_category_request, opt_out_channels), offsetof(suprsend_update_user_preference_category_request, has_opt_out_channels), -1, &suprsend_string_array_Type},
    {"opt_in_channels", 15, 0, offsetof(suprsend_update_user_preference_category_request, opt_in_channels), offsetof(suprsend_update_user_preference_category_request, has_opt_in_channels), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_update_user_preference_category_request_desc = {
    "update_user_preference_category_request", sizeof(suprsend_update_user_preference_category_request), suprsend_update_user_preference_category_request_desc_Fields, 3,
    offsetof(suprsend_update_user_preference_category_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_preference_category_request_free(suprsend_update_user_preference_category_request *obj)
{
    apic_struct_free(&suprsend_update_user_preference_category_request_desc, obj);
}

int suprsend_update_user_preference_category_request_from_json(const char *json, size_t len, suprsend_update_user_preference_category_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_preference_category_request_Type, json, len, &value, err);
    *out = (suprsend_update_user_preference_category_request *)value;
    return rc;
}

int suprsend_update_user_preference_category_request_to_json(const suprsend_update_user_preference_category_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_preference_category_request_Type, obj, out, err);
}

/* update_user_preference_category_response */
static const apic_field suprsend_update_user_preference_category_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_update_user_preference_category_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_update_user_preference_category_response, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_update_user_preference_category_response, description), -1, -1, &apic_type_string},
    {"original_preference", 19, 0, offsetof(suprsend_update_user_preference_category_response, original_preference), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_update_user_preference_category_response, preference), -1, -1, &apic_type_string},
    {"is_editable", 11, 0, offsetof(suprsend_update_user_preference_category_response, is_editable), offsetof(suprsend_update_user_preference_category_response, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_update_user_preference_category_response, channels), offsetof(suprsend_update_user_preference_category_response, has_channels), -1, &suprsend_update_user_preference_category_response_channels_item_array_Type},
};
const apic_struct_desc suprsend_update_user_preference_category_response_desc = {
    "update_user_preference_category_response", sizeof(suprsend_update_user_preference_category_response), suprsend_update_user_preference_category_response_desc_Fields, 7,
    offsetof(suprsend_update_user_preference_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_preference_category_response_free(suprsend_update_user_preference_category_response *obj)
{
    apic_struct_free(&suprsend_update_user_preference_category_response_desc, obj);
}

int suprsend_update_user_preference_category_response_from_json(const char *json, size_t len, suprsend_update_user_preference_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_preference_category_response_Type, json, len, &value, err);
    *out = (suprsend_update_user_preference_category_response *)value;
    return rc;
}

int suprsend_update_user_preference_category_response_to_json(const suprsend_update_user_preference_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_preference_category_response_Type, obj, out, err);
}

/* update_user_preference_category_response.channels.item */
static const apic_field suprsend_update_user_preference_category_response_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_user_preference_category_response_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_update_user_preference_category_response_channels_item, preference), offsetof(suprsend_update_user_preference_category_response_channels_item, has_preference), -1, &suprsend_update_user_preference_category_response_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_update_user_preference_category_response_channels_item, is_editable), offsetof(suprsend_update_user_preference_category_response_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_user_preference_category_response_channels_item_desc = {
    "update_user_preference_category_response.channels.item", sizeof(suprsend_update_user_preference_category_response_channels_item), suprsend_update_user_preference_category_response_channels_item_desc_Fields, 3,
    offsetof(suprsend_update_user_preference_category_response_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_preference_category_response_channels_item_free(suprsend_update_user_preference_category_response_channels_item *obj)
{
    apic_struct_free(&suprsend_update_user_preference_category_response_channels_item_desc, obj);
}

int suprsend_update_user_preference_category_response_channels_item_from_json(const char *json, size_t len, suprsend_update_user_preference_category_response_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_preference_category_response_channels_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_preference_category_response_channels_item *)value;
    return rc;
}

int suprsend_update_user_preference_category_response_channels_item_to_json(const suprsend_update_user_preference_category_response_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_preference_category_response_channels_item_Type, obj, out, err);
}

/* update_brand_default_preference_request */
static const apic_field suprsend_update_brand_default_preference_request_desc_Fields[] = {
    {"preference", 10, 0, offsetof(suprsend_update_brand_default_preference_request, preference), offsetof(suprsend_update_brand_default_preference_request, has_preference), -1, &suprsend_update_brand_default_preference_request_preference_Type},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_update_brand_default_preference_request, visible_to_subscriber), offsetof(suprsend_update_brand_default_preference_request, has_visible_to_subscriber), -1, &apic_type_bool},
    {"mandatory_channels", 18, 0, offsetof(suprsend_update_brand_default_preference_request, mandatory_channels), offsetof(suprsend_update_brand_default_preference_request, has_mandatory_channels), -1, &suprsend_update_brand_default_preference_request_mandatory_channels_item_array_Type},
    {"opt_in_channels", 15, APIC_F_NULLABLE, offsetof(suprsend_update_brand_default_preference_request, opt_in_channels), offsetof(suprsend_update_brand_default_preference_request, has_opt_in_channels), offsetof(suprsend_update_brand_default_preference_request, opt_in_channels_is_null), &suprsend_update_brand_default_preference_request_opt_in_channels_item_array_Type},
    {"blocked_channels", 16, APIC_F_NULLABLE, offsetof(suprsend_update_brand_default_preference_request, blocked_channels), offsetof(suprsend_update_brand_default_preference_request, has_blocked_channels), offsetof(suprsend_update_brand_default_preference_request, blocked_channels_is_null), &suprsend_update_brand_default_preference_request_blocked_channels_item_array_Type},
};
const apic_struct_desc suprsend_update_brand_default_preference_request_desc = {
    "update_brand_default_preference_request", sizeof(suprsend_update_brand_default_preference_request), suprsend_update_brand_default_preference_request_desc_Fields, 5,
    offsetof(suprsend_update_brand_default_preference_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_brand_default_preference_request_free(suprsend_update_brand_default_preference_request *obj)
{
    apic_struct_free(&suprsend_update_brand_default_preference_request_desc, obj);
}

int suprsend_update_brand_default_preference_request_from_json(const char *json, size_t len, suprsend_update_brand_default_preference_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_brand_default_preference_request_Type, json, len, &value, err);
    *out = (suprsend_update_brand_default_preference_request *)value;
    return rc;
}

int suprsend_update_brand_default_preference_request_to_json(const suprsend_update_brand_default_preference_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_brand_default_preference_request_Type, obj, out, err);
}

/* update_brand_default_preference_response */
static const apic_field suprsend_update_brand_default_preference_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_update_brand_default_preference_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_update_brand_default_preference_response, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_update_brand_default_preference_response, description), -1, -1, &apic_type_string},
    {"root_category", 13, 0, offsetof(suprsend_update_brand_default_preference_response, root_category), -1, -1, &apic_type_string},
    {"default_preference", 18, 0, offsetof(suprsend_update_brand_default_preference_response, default_preference), offsetof(suprsend_update_brand_default_preference_response, has_default_preference), -1, &suprsend_update_brand_default_preference_response_default_preference_Type},
    {"default_mandatory_channels", 26, 0, offsetof(suprsend_update_brand_default_preference_response, default_mandatory_channels), offsetof(suprsend_update_brand_default_preference_response, has_default_mandatory_channels), -1, &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_update_brand_default_preference_response, default_opt_in_channels), offsetof(suprsend_update_brand_default_preference_response, has_default_opt_in_channels), offsetof(suprsend_update_brand_default_preference_response, default_opt_in_channels_is_null), &suprsend_string_array_Type},
    {"opt_in_channels", 15, APIC_F_NULLABLE, offsetof(suprsend_update_brand_default_preference_response, opt_in_channels), offsetof(suprsend_update_brand_default_preference_response, has_opt_in_channels), offsetof(suprsend_update_brand_default_preference_response, opt_in_channels_is_null), &suprsend_string_array_Type},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_update_brand_default_preference_response, visible_to_subscriber), offsetof(suprsend_update_brand_default_preference_response, has_visible_to_subscriber), -1, &apic_type_bool},
    {"preference", 10, 0, offsetof(suprsend_update_brand_default_preference_response, preference), offsetof(suprsend_update_brand_default_preference_response, has_preference), -1, &suprsend_update_brand_default_preference_response_preference_Type},
    {"blocked_channels", 16, 0, offsetof(suprsend_update_brand_default_preference_response, blocked_channels), offsetof(suprsend_update_brand_default_preference_response, has_blocked_channels), -1, &suprsend_update_brand_default_preference_response_blocked_channels_item_array_Type},
};
const apic_struct_desc suprsend_update_brand_default_preference_response_desc = {
    "update_brand_default_preference_response", sizeof(suprsend_update_brand_default_preference_response), suprsend_update_brand_default_preference_response_desc_Fields, 11,
    offsetof(suprsend_update_brand_default_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_update_brand_default_preference_response_free(suprsend_update_brand_default_preference_response *obj)
{
    apic_struct_free(&suprsend_update_brand_default_preference_response_desc, obj);
}

int suprsend_update_brand_default_preference_response_from_json(const char *json, size_t len, suprsend_update_brand_default_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_brand_default_preference_response_Type, json, len, &value, err);
    *out = (suprsend_update_brand_default_preference_response *)value;
    return rc;
}

int suprsend_update_brand_default_preference_response_to_json(const suprsend_update_brand_default_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_brand_default_preference_response_Type, obj, out, err);
}

/* get_tenant_full_preference_response */
static const apic_field suprsend_get_tenant_full_preference_response_desc_Fields[] = {
    {"root_categories", 15, 0, offsetof(suprsend_get_tenant_full_preference_response, root_categories), offsetof(suprsend_get_tenant_full_preference_response, has_root_categories), -1, &suprsend_get_tenant_full_preference_response_root_categories_item_array_Type},
};
const apic_struct_desc suprsend_get_tenant_full_preference_response_desc = {
    "get_tenant_full_preference_response", sizeof(suprsend_get_tenant_full_preference_response), suprsend_get_tenant_full_preference_response_desc_Fields, 1,
    offsetof(suprsend_get_tenant_full_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_full_preference_response_free(suprsend_get_tenant_full_preference_response *obj)
{
    apic_struct_free(&suprsend_get_tenant_full_preference_response_desc, obj);
}

int suprsend_get_tenant_full_preference_response_from_json(const char *json, size_t len, suprsend_get_tenant_full_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_full_preference_response_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_full_preference_response *)value;
    return rc;
}

int suprsend_get_tenant_full_preference_response_to_json(const suprsend_get_tenant_full_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_full_preference_response_Type, obj, out, err);
}

/* get_tenant_full_preference_response.root_categories.item */
static const apic_field suprsend_get_tenant_full_preference_response_root_categories_item_desc_Fields[] = {
    {"root_category", 13, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item, root_category), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item, has_root_category), -1, &suprsend_get_tenant_full_preference_response_root_categories_item_root_category_Type},
    {"sections", 8, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item, sections), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item, has_sections), -1, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_array_Type},
};
const apic_struct_desc suprsend_get_tenant_full_preference_response_root_categories_item_desc = {
    "get_tenant_full_preference_response.root_categories.item", sizeof(suprsend_get_tenant_full_preference_response_root_categories_item), suprsend_get_tenant_full_preference_response_root_categories_item_desc_Fields, 2,
    offsetof(suprsend_get_tenant_full_preference_response_root_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_full_preference_response_root_categories_item_free(suprsend_get_tenant_full_preference_response_root_categories_item *obj)
{
    apic_struct_free(&suprsend_get_tenant_full_preference_response_root_categories_item_desc, obj);
}

int suprsend_get_tenant_full_preference_response_root_categories_item_from_json(const char *json, size_t len, suprsend_get_tenant_full_preference_response_root_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_full_preference_response_root_categories_item_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_full_preference_response_root_categories_item *)value;
    return rc;
}

int suprsend_get_tenant_full_preference_response_root_categories_item_to_json(const suprsend_get_tenant_full_preference_response_root_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_full_preference_response_root_categories_item_Type, obj, out, err);
}

/* get_tenant_full_preference_response.root_categories.item.sections.item */
static const apic_field suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, name), -1, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, name_is_null), &apic_type_string},
    {"slug", 4, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, slug), -1, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, slug_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, description), -1, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, tags), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, has_tags), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, tags_is_null), &suprsend_string_array_Type},
    {"categories", 10, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, categories), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, has_categories), -1, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_array_Type},
};
const apic_struct_desc suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_desc = {
    "get_tenant_full_preference_response.root_categories.item.sections.item", sizeof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item), suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_desc_Fields, 5,
    offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_free(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item *obj)
{
    apic_struct_free(&suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_desc, obj);
}

int suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_from_json(const char *json, size_t len, suprsend_get_tenant_full_preference_response_root_categories_item_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_full_preference_response_root_categories_item_sections_item *)value;
    return rc;
}

int suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_to_json(const suprsend_get_tenant_full_preference_response_root_categories_item_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_Type, obj, out, err);
}

/* get_tenant_full_preference_response.root_categories.item.sections.item.categories.item */
static const apic_field suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, category), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, description), -1, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, tags), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_tags), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, tags_is_null), &suprsend_string_array_Type},
    {"effective_tags", 14, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, effective_tags), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_effective_tags), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, effective_tags_is_null), &suprsend_string_array_Type},
    {"default_preference", 18, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, default_preference), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_default_preference), -1, &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_default_preference_Type},
    {"default_mandatory_channels", 26, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, default_mandatory_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_default_mandatory_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, default_mandatory_channels_is_null), &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, default_opt_in_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_default_opt_in_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, default_opt_in_channels_is_null), &suprsend_string_array_Type},
    {"enabled_for_tenant", 18, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, enabled_for_tenant), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_enabled_for_tenant), -1, &apic_type_bool},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, visible_to_subscriber), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_visible_to_subscriber), -1, &apic_type_bool},
    {"preference", 10, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, preference), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_preference), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, preference_is_null), &suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_preference_Type},
    {"mandatory_channels", 18, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, mandatory_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_mandatory_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, mandatory_channels_is_null), &suprsend_string_array_Type},
    {"opt_in_channels", 15, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, opt_in_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_opt_in_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, opt_in_channels_is_null), &suprsend_string_array_Type},
    {"blocked_channels", 16, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, blocked_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, has_blocked_channels), offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, blocked_channels_is_null), &suprsend_string_array_Type},
    {"updated_at", 10, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, updated_at), -1, offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, updated_at_is_null), &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_desc = {
    "get_tenant_full_preference_response.root_categories.item.sections.item.categories.item", sizeof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item), suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_desc_Fields, 15,
    offsetof(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_free(suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item *obj)
{
    apic_struct_free(&suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_desc, obj);
}

int suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_from_json(const char *json, size_t len, suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item *)value;
    return rc;
}

int suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_to_json(const suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_full_preference_response_root_categories_item_sections_item_categories_item_Type, obj, out, err);
}

/* get_tenant_preference_all_categories_response */
static const apic_field suprsend_get_tenant_preference_all_categories_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_get_tenant_preference_all_categories_response, meta), -1, -1, &suprsend_get_tenant_preference_all_categories_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_get_tenant_preference_all_categories_response, results), offsetof(suprsend_get_tenant_preference_all_categories_response, has_results), -1, &suprsend_get_tenant_preference_all_categories_response_results_item_array_Type},
};
const apic_struct_desc suprsend_get_tenant_preference_all_categories_response_desc = {
    "get_tenant_preference_all_categories_response", sizeof(suprsend_get_tenant_preference_all_categories_response), suprsend_get_tenant_preference_all_categories_response_desc_Fields, 2,
    offsetof(suprsend_get_tenant_preference_all_categories_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_preference_all_categories_response_free(suprsend_get_tenant_preference_all_categories_response *obj)
{
    apic_struct_free(&suprsend_get_tenant_preference_all_categories_response_desc, obj);
}

int suprsend_get_tenant_preference_all_categories_response_from_json(const char *json, size_t len, suprsend_get_tenant_preference_all_categories_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_preference_all_categories_response_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_preference_all_categories_response *)value;
    return rc;
}

int suprsend_get_tenant_preference_all_categories_response_to_json(const suprsend_get_tenant_preference_all_categories_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_preference_all_categories_response_Type, obj, out, err);
}

/* get_tenant_preference_all_categories_response.meta */
static const apic_field suprsend_get_tenant_preference_all_categories_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_meta, count), offsetof(suprsend_get_tenant_preference_all_categories_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_meta, limit), offsetof(suprsend_get_tenant_preference_all_categories_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_meta, offset), offsetof(suprsend_get_tenant_preference_all_categories_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_get_tenant_preference_all_categories_response_meta_desc = {
    "get_tenant_preference_all_categories_response.meta", sizeof(suprsend_get_tenant_preference_all_categories_response_meta), suprsend_get_tenant_preference_all_categories_response_meta_desc_Fields, 3,
    offsetof(suprsend_get_tenant_preference_all_categories_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_preference_all_categories_response_meta_free(suprsend_get_tenant_preference_all_categories_response_meta *obj)
{
    apic_struct_free(&suprsend_get_tenant_preference_all_categories_response_meta_desc, obj);
}

int suprsend_get_tenant_preference_all_categories_response_meta_from_json(const char *json, size_t len, suprsend_get_tenant_preference_all_categories_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_preference_all_categories_response_meta_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_preference_all_categories_response_meta *)value;
    return rc;
}

int suprsend_get_tenant_preference_all_categories_response_meta_to_json(const suprsend_get_tenant_preference_all_categories_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_preference_all_categories_response_meta_Type, obj, out, err);
}

/* get_tenant_preference_all_categories_response.results.item */
static const apic_field suprsend_get_tenant_preference_all_categories_response_results_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, category), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, description), -1, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, tags), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_tags), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, tags_is_null), &suprsend_string_array_Type},
    {"effective_tags", 14, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, effective_tags), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_effective_tags), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, effective_tags_is_null), &suprsend_string_array_Type},
    {"root_category", 13, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, root_category), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_root_category), -1, &suprsend_get_tenant_preference_all_categories_response_results_item_root_category_Type},
    {"default_preference", 18, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, default_preference), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_default_preference), -1, &suprsend_get_tenant_preference_all_categories_response_results_item_default_preference_Type},
    {"default_mandatory_channels", 26, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, default_mandatory_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_default_mandatory_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, default_mandatory_channels_is_null), &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, default_opt_in_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_default_opt_in_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, default_opt_in_channels_is_null), &suprsend_string_array_Type},
    {"enabled_for_tenant", 18, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, enabled_for_tenant), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_enabled_for_tenant), -1, &apic_type_bool},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, visible_to_subscriber), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_visible_to_subscriber), -1, &apic_type_bool},
    {"preference", 10, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, preference), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_preference), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, preference_is_null), &suprsend_get_tenant_preference_all_categories_response_results_item_preference_Type},
    {"mandatory_channels", 18, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, mandatory_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_mandatory_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, mandatory_channels_is_null), &suprsend_string_array_Type},
    {"opt_in_channels", 15, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, opt_in_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_opt_in_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, opt_in_channels_is_null), &suprsend_string_array_Type},
    {"blocked_channels", 16, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, blocked_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, has_blocked_channels), offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, blocked_channels_is_null), &suprsend_string_array_Type},
    {"updated_at", 10, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, updated_at), -1, offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, updated_at_is_null), &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_get_tenant_preference_all_categories_response_results_item_desc = {
    "get_tenant_preference_all_categories_response.results.item", sizeof(suprsend_get_tenant_preference_all_categories_response_results_item), suprsend_get_tenant_preference_all_categories_response_results_item_desc_Fields, 16,
    offsetof(suprsend_get_tenant_preference_all_categories_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_preference_all_categories_response_results_item_free(suprsend_get_tenant_preference_all_categories_response_results_item *obj)
{
    apic_struct_free(&suprsend_get_tenant_preference_all_categories_response_results_item_desc, obj);
}

int suprsend_get_tenant_preference_all_categories_response_results_item_from_json(const char *json, size_t len, suprsend_get_tenant_preference_all_categories_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_preference_all_categories_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_preference_all_categories_response_results_item *)value;
    return rc;
}

int suprsend_get_tenant_preference_all_categories_response_results_item_to_json(const suprsend_get_tenant_preference_all_categories_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_preference_all_categories_response_results_item_Type, obj, out, err);
}

/* get_tenant_preference_single_category_response */
static const apic_field suprsend_get_tenant_preference_single_category_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_tenant_preference_single_category_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_get_tenant_preference_single_category_response, category), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, description), -1, offsetof(suprsend_get_tenant_preference_single_category_response, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, tags), offsetof(suprsend_get_tenant_preference_single_category_response, has_tags), offsetof(suprsend_get_tenant_preference_single_category_response, tags_is_null), &suprsend_string_array_Type},
    {"effective_tags", 14, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, effective_tags), offsetof(suprsend_get_tenant_preference_single_category_response, has_effective_tags), offsetof(suprsend_get_tenant_preference_single_category_response, effective_tags_is_null), &suprsend_string_array_Type},
    {"root_category", 13, 0, offsetof(suprsend_get_tenant_preference_single_category_response, root_category), offsetof(suprsend_get_tenant_preference_single_category_response, has_root_category), -1, &suprsend_get_tenant_preference_single_category_response_root_category_Type},
    {"default_preference", 18, 0, offsetof(suprsend_get_tenant_preference_single_category_response, default_preference), offsetof(suprsend_get_tenant_preference_single_category_response, has_default_preference), -1, &suprsend_get_tenant_preference_single_category_response_default_preference_Type},
    {"default_mandatory_channels", 26, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, default_mandatory_channels), offsetof(suprsend_get_tenant_preference_single_category_response, has_default_mandatory_channels), offsetof(suprsend_get_tenant_preference_single_category_response, default_mandatory_channels_is_null), &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, default_opt_in_channels), offsetof(suprsend_get_tenant_preference_single_category_response, has_default_opt_in_channels), offsetof(suprsend_get_tenant_preference_single_category_response, default_opt_in_channels_is_null), &suprsend_string_array_Type},
    {"enabled_for_tenant", 18, 0, offsetof(suprsend_get_tenant_preference_single_category_response, enabled_for_tenant), offsetof(suprsend_get_tenant_preference_single_category_response, has_enabled_for_tenant), -1, &apic_type_bool},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_get_tenant_preference_single_category_response, visible_to_subscriber), offsetof(suprsend_get_tenant_preference_single_category_response, has_visible_to_subscriber), -1, &apic_type_bool},
    {"preference", 10, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, preference), offsetof(suprsend_get_tenant_preference_single_category_response, has_preference), offsetof(suprsend_get_tenant_preference_single_category_response, preference_is_null), &suprsend_get_tenant_preference_single_category_response_preference_Type},
    {"mandatory_channels", 18, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, mandatory_channels), offsetof(suprsend_get_tenant_preference_single_category_response, has_mandatory_channels), offsetof(suprsend_get_tenant_preference_single_category_response, mandatory_channels_is_null), &suprsend_string_array_Type},
    {"opt_in_channels", 15, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, opt_in_channels), offsetof(suprsend_get_tenant_preference_single_category_response, has_opt_in_channels), offsetof(suprsend_get_tenant_preference_single_category_response, opt_in_channels_is_null), &suprsend_string_array_Type},
    {"blocked_channels", 16, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, blocked_channels), offsetof(suprsend_get_tenant_preference_single_category_response, has_blocked_channels), offsetof(suprsend_get_tenant_preference_single_category_response, blocked_channels_is_null), &suprsend_string_array_Type},
    {"updated_at", 10, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_preference_single_category_response, updated_at), -1, offsetof(suprsend_get_tenant_preference_single_category_response, updated_at_is_null), &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_get_tenant_preference_single_category_response_desc = {
    "get_tenant_preference_single_category_response", sizeof(suprsend_get_tenant_preference_single_category_response), suprsend_get_tenant_preference_single_category_response_desc_Fields, 16,
    offsetof(suprsend_get_tenant_preference_single_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_preference_single_category_response_free(suprsend_get_tenant_preference_single_category_response *obj)
{
    apic_struct_free(&suprsend_get_tenant_preference_single_category_response_desc, obj);
}

int suprsend_get_tenant_preference_single_category_response_from_json(const char *json, size_t len, suprsend_get_tenant_preference_single_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_preference_single_category_response_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_preference_single_category_response *)value;
    return rc;
}

int suprsend_get_tenant_preference_single_category_response_to_json(const suprsend_get_tenant_preference_single_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_preference_single_category_response_Type, obj, out, err);
}

/* update_tenant_preference_single_category_request */
static const apic_field suprsend_update_tenant_preference_single_category_request_desc_Fields[] = {
    {"preference", 10, 0, offsetof(suprsend_update_tenant_preference_single_category_request, preference), offsetof(suprsend_update_tenant_preference_single_category_request, has_preference), -1, &suprsend_update_tenant_preference_single_category_request_preference_Type},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_update_tenant_preference_single_category_request, visible_to_subscriber), offsetof(suprsend_update_tenant_preference_single_category_request, has_visible_to_subscriber), -1, &apic_type_bool},
    {"mandatory_channels", 18, 0, offsetof(suprsend_update_tenant_preference_single_category_request, mandatory_channels), offsetof(suprsend_update_tenant_preference_single_category_request, has_mandatory_channels), -1, &suprsend_string_array_Type},
    {"opt_in_channels", 15, 0, offsetof(suprsend_update_tenant_preference_single_category_request, opt_in_channels), offsetof(suprsend_update_tenant_preference_single_category_request, has_opt_in_channels), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_update_tenant_preference_single_category_request_desc = {
    "update_tenant_preference_single_category_request", sizeof(suprsend_update_tenant_preference_single_category_request), suprsend_update_tenant_preference_single_category_request_desc_Fields, 4,
    offsetof(suprsend_update_tenant_preference_single_category_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_tenant_preference_single_category_request_free(suprsend_update_tenant_preference_single_category_request *obj)
{
    apic_struct_free(&suprsend_update_tenant_preference_single_category_request_desc, obj);
}

int suprsend_update_tenant_preference_single_category_request_from_json(const char *json, size_t len, suprsend_update_tenant_preference_single_category_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_tenant_preference_single_category_request_Type, json, len, &value, err);
    *out = (suprsend_update_tenant_preference_single_category_request *)value;
    return rc;
}

int suprsend_update_tenant_preference_single_category_request_to_json(const suprsend_update_tenant_preference_single_category_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_tenant_preference_single_category_request_Type, obj, out, err);
}

/* update_tenant_preference_single_category_response */
static const apic_field suprsend_update_tenant_preference_single_category_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_update_tenant_preference_single_category_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_update_tenant_preference_single_category_response, category), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, description), -1, offsetof(suprsend_update_tenant_preference_single_category_response, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, tags), offsetof(suprsend_update_tenant_preference_single_category_response, has_tags), offsetof(suprsend_update_tenant_preference_single_category_response, tags_is_null), &suprsend_string_array_Type},
    {"effective_tags", 14, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, effective_tags), offsetof(suprsend_update_tenant_preference_single_category_response, has_effective_tags), offsetof(suprsend_update_tenant_preference_single_category_response, effective_tags_is_null), &suprsend_string_array_Type},
    {"root_category", 13, 0, offsetof(suprsend_update_tenant_preference_single_category_response, root_category), offsetof(suprsend_update_tenant_preference_single_category_response, has_root_category), -1, &suprsend_update_tenant_preference_single_category_response_root_category_Type},
    {"default_preference", 18, 0, offsetof(suprsend_update_tenant_preference_single_category_response, default_preference), offsetof(suprsend_update_tenant_preference_single_category_response, has_default_preference), -1, &suprsend_update_tenant_preference_single_category_response_default_preference_Type},
    {"default_mandatory_channels", 26, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, default_mandatory_channels), offsetof(suprsend_update_tenant_preference_single_category_response, has_default_mandatory_channels), offsetof(suprsend_update_tenant_preference_single_category_response, default_mandatory_channels_is_null), &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, default_opt_in_channels), offsetof(suprsend_update_tenant_preference_single_category_response, has_default_opt_in_channels), offsetof(suprsend_update_tenant_preference_single_category_response, default_opt_in_channels_is_null), &suprsend_string_array_Type},
    {"enabled_for_tenant", 18, 0, offsetof(suprsend_update_tenant_preference_single_category_response, enabled_for_tenant), offsetof(suprsend_update_tenant_preference_single_category_response, has_enabled_for_tenant), -1, &apic_type_bool},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_update_tenant_preference_single_category_response, visible_to_subscriber), offsetof(suprsend_update_tenant_preference_single_category_response, has_visible_to_subscriber), -1, &apic_type_bool},
    {"preference", 10, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, preference), offsetof(suprsend_update_tenant_preference_single_category_response, has_preference), offsetof(suprsend_update_tenant_preference_single_category_response, preference_is_null), &suprsend_update_tenant_preference_single_category_response_preference_Type},
    {"mandatory_channels", 18, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, mandatory_channels), offsetof(suprsend_update_tenant_preference_single_category_response, has_mandatory_channels), offsetof(suprsend_update_tenant_preference_single_category_response, mandatory_channels_is_null), &suprsend_string_array_Type},
    {"opt_in_channels", 15, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, opt_in_channels), offsetof(suprsend_update_tenant_preference_single_category_response, has_opt_in_channels), offsetof(suprsend_update_tenant_preference_single_category_response, opt_in_channels_is_null), &suprsend_string_array_Type},
    {"blocked_channels", 16, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, blocked_channels), offsetof(suprsend_update_tenant_preference_single_category_response, has_blocked_channels), offsetof(suprsend_update_tenant_preference_single_category_response, blocked_channels_is_null), &suprsend_string_array_Type},
    {"updated_at", 10, APIC_F_NULLABLE, offsetof(suprsend_update_tenant_preference_single_category_response, updated_at), -1, offsetof(suprsend_update_tenant_preference_single_category_response, updated_at_is_null), &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_update_tenant_preference_single_category_response_desc = {
    "update_tenant_preference_single_category_response", sizeof(suprsend_update_tenant_preference_single_category_response), suprsend_update_tenant_preference_single_category_response_desc_Fields, 16,
    offsetof(suprsend_update_tenant_preference_single_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_update_tenant_preference_single_category_response_free(suprsend_update_tenant_preference_single_category_response *obj)
{
    apic_struct_free(&suprsend_update_tenant_preference_single_category_response_desc, obj);
}

int suprsend_update_tenant_preference_single_category_response_from_json(const char *json, size_t len, suprsend_update_tenant_preference_single_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_tenant_preference_single_category_response_Type, json, len, &value, err);
    *out = (suprsend_update_tenant_preference_single_category_response *)value;
    return rc;
}

int suprsend_update_tenant_preference_single_category_response_to_json(const suprsend_update_tenant_preference_single_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_tenant_preference_single_category_response_Type, obj, out, err);
}

/* get_tenant_default_preference_response */
static const apic_field suprsend_get_tenant_default_preference_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_get_tenant_default_preference_response, meta), -1, -1, &suprsend_get_tenant_default_preference_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_get_tenant_default_preference_response, results), offsetof(suprsend_get_tenant_default_preference_response, has_results), -1, &suprsend_json_map_array_Type},
    {"name", 4, 0, offsetof(suprsend_get_tenant_default_preference_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_get_tenant_default_preference_response, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_get_tenant_default_preference_response, description), -1, -1, &apic_type_string},
    {"root_category", 13, 0, offsetof(suprsend_get_tenant_default_preference_response, root_category), -1, -1, &apic_type_string},
    {"default_preference", 18, 0, offsetof(suprsend_get_tenant_default_preference_response, default_preference), offsetof(suprsend_get_tenant_default_preference_response, has_default_preference), -1, &suprsend_get_tenant_default_preference_response_default_preference_Type},
    {"default_mandatory_channels", 26, 0, offsetof(suprsend_get_tenant_default_preference_response, default_mandatory_channels), offsetof(suprsend_get_tenant_default_preference_response, has_default_mandatory_channels), -1, &suprsend_string_array_Type},
    {"default_opt_in_channels", 23, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_default_preference_response, default_opt_in_channels), offsetof(suprsend_get_tenant_default_preference_response, has_default_opt_in_channels), offsetof(suprsend_get_tenant_default_preference_response, default_opt_in_channels_is_null), &suprsend_string_array_Type},
    {"opt_in_channels", 15, APIC_F_NULLABLE, offsetof(suprsend_get_tenant_default_preference_response, opt_in_channels), offsetof(suprsend_get_tenant_default_preference_response, has_opt_in_channels), offsetof(suprsend_get_tenant_default_preference_response, opt_in_channels_is_null), &suprsend_string_array_Type},
    {"visible_to_subscriber", 21, 0, offsetof(suprsend_get_tenant_default_preference_response, visible_to_subscriber), offsetof(suprsend_get_tenant_default_preference_response, has_visible_to_subscriber), -1, &apic_type_bool},
    {"preference", 10, 0, offsetof(suprsend_get_tenant_default_preference_response, preference), offsetof(suprsend_get_tenant_default_preference_response, has_preference), -1, &suprsend_get_tenant_default_preference_response_preference_Type},
    {"blocked_channels", 16, 0, offsetof(suprsend_get_tenant_default_preference_response, blocked_channels), offsetof(suprsend_get_tenant_default_preference_response, has_blocked_channels), -1, &suprsend_get_tenant_default_preference_response_blocked_channels_item_array_Type},
};
const apic_struct_desc suprsend_get_tenant_default_preference_response_desc = {
    "get_tenant_default_preference_response", sizeof(suprsend_get_tenant_default_preference_response), suprsend_get_tenant_default_preference_response_desc_Fields, 13,
    offsetof(suprsend_get_tenant_default_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_default_preference_response_free(suprsend_get_tenant_default_preference_response *obj)
{
    apic_struct_free(&suprsend_get_tenant_default_preference_response_desc, obj);
}

int suprsend_get_tenant_default_preference_response_from_json(const char *json, size_t len, suprsend_get_tenant_default_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_default_preference_response_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_default_preference_response *)value;
    return rc;
}

int suprsend_get_tenant_default_preference_response_to_json(const suprsend_get_tenant_default_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_default_preference_response_Type, obj, out, err);
}

/* get_tenant_default_preference_response.meta */
static const apic_field suprsend_get_tenant_default_preference_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_get_tenant_default_preference_response_meta, count), offsetof(suprsend_get_tenant_default_preference_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_get_tenant_default_preference_response_meta, limit), offsetof(suprsend_get_tenant_default_preference_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_get_tenant_default_preference_response_meta, offset), offsetof(suprsend_get_tenant_default_preference_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_get_tenant_default_preference_response_meta_desc = {
    "get_tenant_default_preference_response.meta", sizeof(suprsend_get_tenant_default_preference_response_meta), suprsend_get_tenant_default_preference_response_meta_desc_Fields, 3,
    offsetof(suprsend_get_tenant_default_preference_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_get_tenant_default_preference_response_meta_free(suprsend_get_tenant_default_preference_response_meta *obj)
{
    apic_struct_free(&suprsend_get_tenant_default_preference_response_meta_desc, obj);
}

int suprsend_get_tenant_default_preference_response_meta_from_json(const char *json, size_t len, suprsend_get_tenant_default_preference_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_tenant_default_preference_response_meta_Type, json, len, &value, err);
    *out = (suprsend_get_tenant_default_preference_response_meta *)value;
    return rc;
}

int suprsend_get_tenant_default_preference_response_meta_to_json(const suprsend_get_tenant_default_preference_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_tenant_default_preference_response_meta_Type, obj, out, err);
}

/* add_subscribers_to_draft_list_request */
static const apic_field suprsend_add_subscribers_to_draft_list_request_desc_Fields[] = {
    {"distinct_ids", 12, 0, offsetof(suprsend_add_subscribers_to_draft_list_request, distinct_ids), offsetof(suprsend_add_subscribers_to_draft_list_request, has_distinct_ids), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_add_subscribers_to_draft_list_request_desc = {
    "add_subscribers_to_draft_list_request", sizeof(suprsend_add_subscribers_to_draft_list_request), suprsend_add_subscribers_to_draft_list_request_desc_Fields, 1,
    offsetof(suprsend_add_subscribers_to_draft_list_request, unknown_fields),
    -1,
    NULL
};

void suprsend_add_subscribers_to_draft_list_request_free(suprsend_add_subscribers_to_draft_list_request *obj)
{
    apic_struct_free(&suprsend_add_subscribers_to_draft_list_request_desc, obj);
}

int suprsend_add_subscribers_to_draft_list_request_from_json(const char *json, size_t len, suprsend_add_subscribers_to_draft_list_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_subscribers_to_draft_list_request_Type, json, len, &value, err);
    *out = (suprsend_add_subscribers_to_draft_list_request *)value;
    return rc;
}

int suprsend_add_subscribers_to_draft_list_request_to_json(const suprsend_add_subscribers_to_draft_list_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_subscribers_to_draft_list_request_Type, obj, out, err);
}

/* add_subscribers_to_draft_list_response */
static const apic_field suprsend_add_subscribers_to_draft_list_response_desc_Fields[] = {
    {"success", 7, 0, offsetof(suprsend_add_subscribers_to_draft_list_response, success), offsetof(suprsend_add_subscribers_to_draft_list_response, has_success), -1, &apic_type_bool},
    {"affected_count", 14, 0, offsetof(suprsend_add_subscribers_to_draft_list_response, affected_count), offsetof(suprsend_add_subscribers_to_draft_list_response, has_affected_count), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_add_subscribers_to_draft_list_response_desc = {
    "add_subscribers_to_draft_list_response", sizeof(suprsend_add_subscribers_to_draft_list_response), suprsend_add_subscribers_to_draft_list_response_desc_Fields, 2,
    offsetof(suprsend_add_subscribers_to_draft_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_add_subscribers_to_draft_list_response_free(suprsend_add_subscribers_to_draft_list_response *obj)
{
    apic_struct_free(&suprsend_add_subscribers_to_draft_list_response_desc, obj);
}

int suprsend_add_subscribers_to_draft_list_response_from_json(const char *json, size_t len, suprsend_add_subscribers_to_draft_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_subscribers_to_draft_list_response_Type, json, len, &value, err);
    *out = (suprsend_add_subscribers_to_draft_list_response *)value;
    return rc;
}

int suprsend_add_subscribers_to_draft_list_response_to_json(const suprsend_add_subscribers_to_draft_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_subscribers_to_draft_list_response_Type, obj, out, err);
}

/* fetch_template_details_response */
static const apic_field suprsend_fetch_template_details_response_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_template_details_response, id), offsetof(suprsend_fetch_template_details_response, has_id), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(suprsend_fetch_template_details_response, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_fetch_template_details_response, slug), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_fetch_template_details_response, description), -1, offsetof(suprsend_fetch_template_details_response, description_is_null), &apic_type_string},
    {"is_active", 9, 0, offsetof(suprsend_fetch_template_details_response, is_active), offsetof(suprsend_fetch_template_details_response, has_is_active), -1, &apic_type_bool},
    {"default_language", 16, 0, offsetof(suprsend_fetch_template_details_response, default_language), -1, -1, &suprsend_fetch_template_details_response_default_language_Type},
    {"created_at", 10, 0, offsetof(suprsend_fetch_template_details_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_template_details_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_by", 10, 0, offsetof(suprsend_fetch_template_details_response, updated_by), -1, -1, &suprsend_fetch_template_details_response_updated_by_Type},
    {"last_triggered_at", 17, 0, offsetof(suprsend_fetch_template_details_response, last_triggered_at), -1, -1, &suprsend_string_date_time_Type},
    {"is_auto_translate_enabled", 25, 0, offsetof(suprsend_fetch_template_details_response, is_auto_translate_enabled), offsetof(suprsend_fetch_template_details_response, has_is_auto_translate_enabled), -1, &apic_type_bool},
    {"enabled_languages", 17, 0, offsetof(suprsend_fetch_template_details_response, enabled_languages), offsetof(suprsend_fetch_template_details_response, has_enabled_languages), -1, &suprsend_string_array_Type},
    {"channels", 8, 0, offsetof(suprsend_fetch_template_details_response, channels), offsetof(suprsend_fetch_template_details_response, has_channels), -1, &suprsend_json_map_array_Type},
    {"tags", 4, 0, offsetof(suprsend_fetch_template_details_response, tags), offsetof(suprsend_fetch_template_details_response, has_tags), -1, &suprsend_fetch_template_details_response_tags_item_array_Type},
};
const apic_struct_desc suprsend_fetch_template_details_response_desc = {
    "fetch_template_details_response", sizeof(suprsend_fetch_template_details_response), suprsend_fetch_template_details_response_desc_Fields, 14,
    offsetof(suprsend_fetch_template_details_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_response_free(suprsend_fetch_template_details_response *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_response_desc, obj);
}

int suprsend_fetch_template_details_response_from_json(const char *json, size_t len, suprsend_fetch_template_details_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_response *)value;
    return rc;
}

int suprsend_fetch_template_details_response_to_json(const suprsend_fetch_template_details_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_response_Type, obj, out, err);
}

/* fetch_template_details_response.default_language */
static const apic_field suprsend_fetch_template_details_response_default_language_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_template_details_response_default_language, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_fetch_template_details_response_default_language, slug), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_template_details_response_default_language_desc = {
    "fetch_template_details_response.default_language", sizeof(suprsend_fetch_template_details_response_default_language), suprsend_fetch_template_details_response_default_language_desc_Fields, 2,
    offsetof(suprsend_fetch_template_details_response_default_language, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_response_default_language_free(suprsend_fetch_template_details_response_default_language *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_response_default_language_desc, obj);
}

int suprsend_fetch_template_details_response_default_language_from_json(const char *json, size_t len, suprsend_fetch_template_details_response_default_language **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_response_default_language_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_response_default_language *)value;
    return rc;
}

int suprsend_fetch_template_details_response_default_language_to_json(const suprsend_fetch_template_details_response_default_language *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_response_default_language_Type, obj, out, err);
}

/* fetch_template_details_response.updated_by */
static const apic_field suprsend_fetch_template_details_response_updated_by_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_template_details_response_updated_by, name), -1, -1, &apic_type_string},
    {"email", 5, 0, offsetof(suprsend_fetch_template_details_response_updated_by, email), -1, -1, &suprsend_string_email_Type},
};
const apic_struct_desc suprsend_fetch_template_details_response_updated_by_desc = {
    "fetch_template_details_response.updated_by", sizeof(suprsend_fetch_template_details_response_updated_by), suprsend_fetch_template_details_response_updated_by_desc_Fields, 2,
    offsetof(suprsend_fetch_template_details_response_updated_by, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_response_updated_by_free(suprsend_fetch_template_details_response_updated_by *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_response_updated_by_desc, obj);
}

int suprsend_fetch_template_details_response_updated_by_from_json(const char *json, size_t len, suprsend_fetch_template_details_response_updated_by **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_response_updated_by_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_response_updated_by *)value;
    return rc;
}

int suprsend_fetch_template_details_response_updated_by_to_json(const suprsend_fetch_template_details_response_updated_by *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_response_updated_by_Type, obj, out, err);
}

/* fetch_template_details_response.tags.item */
static const apic_field suprsend_fetch_template_details_response_tags_item_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_template_details_response_tags_item, id), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_fetch_template_details_response_tags_item, name), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_template_details_response_tags_item_desc = {
    "fetch_template_details_response.tags.item", sizeof(suprsend_fetch_template_details_response_tags_item), suprsend_fetch_template_details_response_tags_item_desc_Fields, 2,
    offsetof(suprsend_fetch_template_details_response_tags_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_response_tags_item_free(suprsend_fetch_template_details_response_tags_item *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_response_tags_item_desc, obj);
}

int suprsend_fetch_template_details_response_tags_item_from_json(const char *json, size_t len, suprsend_fetch_template_details_response_tags_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_response_tags_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_response_tags_item *)value;
    return rc;
}

int suprsend_fetch_template_details_response_tags_item_to_json(const suprsend_fetch_template_details_response_tags_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_response_tags_item_Type, obj, out, err);
}

/* finish_sync_response */
static const apic_field suprsend_finish_sync_response_desc_Fields[] = {
    {"version_id", 10, 0, offsetof(suprsend_finish_sync_response, version_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_finish_sync_response_desc = {
    "finish_sync_response", sizeof(suprsend_finish_sync_response), suprsend_finish_sync_response_desc_Fields, 1,
    offsetof(suprsend_finish_sync_response, unknown_fields),
    -1,
    NULL
};

void suprsend_finish_sync_response_free(suprsend_finish_sync_response *obj)
{
    apic_struct_free(&suprsend_finish_sync_response_desc, obj);
}

int suprsend_finish_sync_response_from_json(const char *json, size_t len, suprsend_finish_sync_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_finish_sync_response_Type, json, len, &value, err);
    *out = (suprsend_finish_sync_response *)value;
    return rc;
}

int suprsend_finish_sync_response_to_json(const suprsend_finish_sync_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_finish_sync_response_Type, obj, out, err);
}

/* remove_subscribers_from_draft_list_request */
static const apic_field suprsend_remove_subscribers_from_draft_list_request_desc_Fields[] = {
    {"distinct_ids", 12, 0, offsetof(suprsend_remove_subscribers_from_draft_list_request, distinct_ids), offsetof(suprsend_remove_subscribers_from_draft_list_request, has_distinct_ids), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_remove_subscribers_from_draft_list_request_desc = {
    "remove_subscribers_from_draft_list_request", sizeof(suprsend_remove_subscribers_from_draft_list_request), suprsend_remove_subscribers_from_draft_list_request_desc_Fields, 1,
    offsetof(suprsend_remove_subscribers_from_draft_list_request, unknown_fields),
    -1,
    NULL
};

void suprsend_remove_subscribers_from_draft_list_request_free(suprsend_remove_subscribers_from_draft_list_request *obj)
{
    apic_struct_free(&suprsend_remove_subscribers_from_draft_list_request_desc, obj);
}

int suprsend_remove_subscribers_from_draft_list_request_from_json(const char *json, size_t len, suprsend_remove_subscribers_from_draft_list_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_remove_subscribers_from_draft_list_request_Type, json, len, &value, err);
    *out = (suprsend_remove_subscribers_from_draft_list_request *)value;
    return rc;
}

int suprsend_remove_subscribers_from_draft_list_request_to_json(const suprsend_remove_subscribers_from_draft_list_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_remove_subscribers_from_draft_list_request_Type, obj, out, err);
}

/* remove_subscribers_from_draft_list_response */
static const apic_field suprsend_remove_subscribers_from_draft_list_response_desc_Fields[] = {
    {"success", 7, 0, offsetof(suprsend_remove_subscribers_from_draft_list_response, success), offsetof(suprsend_remove_subscribers_from_draft_list_response, has_success), -1, &apic_type_bool},
    {"affected_count", 14, 0, offsetof(suprsend_remove_subscribers_from_draft_list_response, affected_count), offsetof(suprsend_remove_subscribers_from_draft_list_response, has_affected_count), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_remove_subscribers_from_draft_list_response_desc = {
    "remove_subscribers_from_draft_list_response", sizeof(suprsend_remove_subscribers_from_draft_list_response), suprsend_remove_subscribers_from_draft_list_response_desc_Fields, 2,
    offsetof(suprsend_remove_subscribers_from_draft_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_remove_subscribers_from_draft_list_response_free(suprsend_remove_subscribers_from_draft_list_response *obj)
{
    apic_struct_free(&suprsend_remove_subscribers_from_draft_list_response_desc, obj);
}

int suprsend_remove_subscribers_from_draft_list_response_from_json(const char *json, size_t len, suprsend_remove_subscribers_from_draft_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_remove_subscribers_from_draft_list_response_Type, json, len, &value, err);
    *out = (suprsend_remove_subscribers_from_draft_list_response *)value;
    return rc;
}

int suprsend_remove_subscribers_from_draft_list_response_to_json(const suprsend_remove_subscribers_from_draft_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_remove_subscribers_from_draft_list_response_Type, obj, out, err);
}

/* start_sync_response */
static const apic_field suprsend_start_sync_response_desc_Fields[] = {
    {"version_id", 10, 0, offsetof(suprsend_start_sync_response, version_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_start_sync_response_desc = {
    "start_sync_response", sizeof(suprsend_start_sync_response), suprsend_start_sync_response_desc_Fields, 1,
    offsetof(suprsend_start_sync_response, unknown_fields),
    -1,
    NULL
};

void suprsend_start_sync_response_free(suprsend_start_sync_response *obj)
{
    apic_struct_free(&suprsend_start_sync_response_desc, obj);
}

int suprsend_start_sync_response_from_json(const char *json, size_t len, suprsend_start_sync_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_start_sync_response_Type, json, len, &value, err);
    *out = (suprsend_start_sync_response *)value;
    return rc;
}

int suprsend_start_sync_response_to_json(const suprsend_start_sync_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_start_sync_response_Type, obj, out, err);
}

/* fetch_template_details_channel_response */
static const apic_field suprsend_fetch_template_details_channel_response_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_template_details_channel_response, id), offsetof(suprsend_fetch_template_details_channel_response, has_id), -1, &apic_type_int64},
    {"channel", 7, 0, offsetof(suprsend_fetch_template_details_channel_response, channel), -1, -1, &suprsend_fetch_template_details_channel_response_channel_Type},
    {"is_active", 9, 0, offsetof(suprsend_fetch_template_details_channel_response, is_active), offsetof(suprsend_fetch_template_details_channel_response, has_is_active), -1, &apic_type_bool},
    {"is_enabled", 10, 0, offsetof(suprsend_fetch_template_details_channel_response, is_enabled), offsetof(suprsend_fetch_template_details_channel_response, has_is_enabled), -1, &apic_type_bool},
    {"created_at", 10, 0, offsetof(suprsend_fetch_template_details_channel_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_template_details_channel_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"disabled_languages", 18, 0, offsetof(suprsend_fetch_template_details_channel_response, disabled_languages), offsetof(suprsend_fetch_template_details_channel_response, has_disabled_languages), -1, &suprsend_string_array_Type},
    {"versions", 8, 0, offsetof(suprsend_fetch_template_details_channel_response, versions), offsetof(suprsend_fetch_template_details_channel_response, has_versions), -1, &suprsend_fetch_template_details_channel_response_versions_item_array_Type},
};
const apic_struct_desc suprsend_fetch_template_details_channel_response_desc = {
    "fetch_template_details_channel_response", sizeof(suprsend_fetch_template_details_channel_response), suprsend_fetch_template_details_channel_response_desc_Fields, 8,
    offsetof(suprsend_fetch_template_details_channel_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_channel_response_free(suprsend_fetch_template_details_channel_response *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_channel_response_desc, obj);
}

int suprsend_fetch_template_details_channel_response_from_json(const char *json, size_t len, suprsend_fetch_template_details_channel_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_channel_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_channel_response *)value;
    return rc;
}

int suprsend_fetch_template_details_channel_response_to_json(const suprsend_fetch_template_details_channel_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_channel_response_Type, obj, out, err);
}

/* fetch_template_details_channel_response.channel */
static const apic_field suprsend_fetch_template_details_channel_response_channel_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_template_details_channel_response_channel, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_fetch_template_details_channel_response_channel, slug), -1, -1, &apic_type_string},
    {"is_template_approval_needed", 27, 0, offsetof(suprsend_fetch_template_details_channel_response_channel, is_template_approval_needed), offsetof(suprsend_fetch_template_details_channel_response_channel, has_is_template_approval_needed), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_fetch_template_details_channel_response_channel_desc = {
    "fetch_template_details_channel_response.channel", sizeof(suprsend_fetch_template_details_channel_response_channel), suprsend_fetch_template_details_channel_response_channel_desc_Fields, 3,
    offsetof(suprsend_fetch_template_details_channel_response_channel, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_channel_response_channel_free(suprsend_fetch_template_details_channel_response_channel *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_channel_response_channel_desc, obj);
}

int suprsend_fetch_template_details_channel_response_channel_from_json(const char *json, size_t len, suprsend_fetch_template_details_channel_response_channel **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_channel_response_channel_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_channel_response_channel *)value;
    return rc;
}

int suprsend_fetch_template_details_channel_response_channel_to_json(const suprsend_fetch_template_details_channel_response_channel *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_channel_response_channel_Type, obj, out, err);
}

/* fetch_template_details_channel_response.versions.item */
static const apic_field suprsend_fetch_template_details_channel_response_versions_item_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, id), offsetof(suprsend_fetch_template_details_channel_response_versions_item, has_id), -1, &apic_type_int64},
    {"templates", 9, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, templates), offsetof(suprsend_fetch_template_details_channel_response_versions_item, has_templates), -1, &suprsend_fetch_template_details_channel_response_versions_item_templates_item_array_Type},
    {"status", 6, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, status), -1, -1, &apic_type_string},
    {"version_tag", 11, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, version_tag), -1, -1, &apic_type_string},
    {"created_at", 10, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_by", 10, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, updated_by), offsetof(suprsend_fetch_template_details_channel_response_versions_item, has_updated_by), -1, &apic_type_json_map},
    {"version_tag_user", 16, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, version_tag_user), -1, -1, &apic_type_string},
    {"published_languages", 19, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, published_languages), offsetof(suprsend_fetch_template_details_channel_response_versions_item, has_published_languages), -1, &suprsend_string_array_Type},
    {"apparent_published_languages", 28, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, apparent_published_languages), offsetof(suprsend_fetch_template_details_channel_response_versions_item, has_apparent_published_languages), -1, &suprsend_string_array_Type},
    {"system_approval_info", 20, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item, system_approval_info), offsetof(suprsend_fetch_template_details_channel_response_versions_item, has_system_approval_info), -1, &apic_type_json_map},
};
const apic_struct_desc suprsend_fetch_template_details_channel_response_versions_item_desc = {
    "fetch_template_details_channel_response.versions.item", sizeof(suprsend_fetch_template_details_channel_response_versions_item), suprsend_fetch_template_details_channel_response_versions_item_desc_Fields, 11,
    offsetof(suprsend_fetch_template_details_channel_response_versions_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_channel_response_versions_item_free(suprsend_fetch_template_details_channel_response_versions_item *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_channel_response_versions_item_desc, obj);
}

int suprsend_fetch_template_details_channel_response_versions_item_from_json(const char *json, size_t len, suprsend_fetch_template_details_channel_response_versions_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_channel_response_versions_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_channel_response_versions_item *)value;
    return rc;
}

int suprsend_fetch_template_details_channel_response_versions_item_to_json(const suprsend_fetch_template_details_channel_response_versions_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_channel_response_versions_item_Type, obj, out, err);
}

/* fetch_template_details_channel_response.versions.item.templates.item */
static const apic_field suprsend_fetch_template_details_channel_response_versions_item_templates_item_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, id), offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, has_id), -1, &apic_type_int64},
    {"language", 8, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, language), -1, -1, &suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_Type},
    {"is_enabled", 10, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, is_enabled), offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, has_is_enabled), -1, &apic_type_bool},
    {"approval_status", 15, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, approval_status), -1, -1, &apic_type_string},
    {"content", 7, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, content), offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, has_content), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_by", 10, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, updated_by), -1, -1, &suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_Type},
    {"approval_cycle", 14, APIC_F_NULLABLE, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, approval_cycle), -1, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, approval_cycle_is_null), &apic_type_string},
    {"is_approval_needed", 18, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, is_approval_needed), offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, has_is_approval_needed), -1, &apic_type_bool},
    {"is_cloned_from_last_version", 27, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, is_cloned_from_last_version), offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, has_is_cloned_from_last_version), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_fetch_template_details_channel_response_versions_item_templates_item_desc = {
    "fetch_template_details_channel_response.versions.item.templates.item", sizeof(suprsend_fetch_template_details_channel_response_versions_item_templates_item), suprsend_fetch_template_details_channel_response_versions_item_templates_item_desc_Fields, 11,
    offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_channel_response_versions_item_templates_item_free(suprsend_fetch_template_details_channel_response_versions_item_templates_item *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_desc, obj);
}

int suprsend_fetch_template_details_channel_response_versions_item_templates_item_from_json(const char *json, size_t len, suprsend_fetch_template_details_channel_response_versions_item_templates_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_channel_response_versions_item_templates_item *)value;
    return rc;
}

int suprsend_fetch_template_details_channel_response_versions_item_templates_item_to_json(const suprsend_fetch_template_details_channel_response_versions_item_templates_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_Type, obj, out, err);
}

/* fetch_template_details_channel_response.versions.item.templates.item.language */
static const apic_field suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_language, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_language, slug), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_desc = {
    "fetch_template_details_channel_response.versions.item.templates.item.language", sizeof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_language), suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_desc_Fields, 2,
    offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_language, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_free(suprsend_fetch_template_details_channel_response_versions_item_templates_item_language *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_desc, obj);
}

int suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_from_json(const char *json, size_t len, suprsend_fetch_template_details_channel_response_versions_item_templates_item_language **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_channel_response_versions_item_templates_item_language *)value;
    return rc;
}

int suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_to_json(const suprsend_fetch_template_details_channel_response_versions_item_templates_item_language *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_language_Type, obj, out, err);
}

/* fetch_template_details_channel_response.versions.item.templates.item.updated_by */
static const apic_field suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by, name), -1, -1, &apic_type_string},
    {"email", 5, 0, offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by, email), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_desc = {
    "fetch_template_details_channel_response.versions.item.templates.item.updated_by", sizeof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by), suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_desc_Fields, 2,
    offsetof(suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_free(suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by *obj)
{
    apic_struct_free(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_desc, obj);
}

int suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_from_json(const char *json, size_t len, suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by *)value;
    return rc;
}

int suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_to_json(const suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_details_channel_response_versions_item_templates_item_updated_by_Type, obj, out, err);
}

/* fetch_template_list_response */
static const apic_field suprsend_fetch_template_list_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_fetch_template_list_response, meta), -1, -1, &suprsend_fetch_template_list_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_fetch_template_list_response, results), offsetof(suprsend_fetch_template_list_response, has_results), -1, &suprsend_fetch_template_list_response_results_item_array_Type},
};
const apic_struct_desc suprsend_fetch_template_list_response_desc = {
    "fetch_template_list_response", sizeof(suprsend_fetch_template_list_response), suprsend_fetch_template_list_response_desc_Fields, 2,
    offsetof(suprsend_fetch_template_list_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_list_response_free(suprsend_fetch_template_list_response *obj)
{
    apic_struct_free(&suprsend_fetch_template_list_response_desc, obj);
}

int suprsend_fetch_template_list_response_from_json(const char *json, size_t len, suprsend_fetch_template_list_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_list_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_list_response *)value;
    return rc;
}

int suprsend_fetch_template_list_response_to_json(const suprsend_fetch_template_list_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_list_response_Type, obj, out, err);
}

/* fetch_template_list_response.meta */
static const apic_field suprsend_fetch_template_list_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_fetch_template_list_response_meta, count), offsetof(suprsend_fetch_template_list_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_fetch_template_list_response_meta, limit), offsetof(suprsend_fetch_template_list_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_fetch_template_list_response_meta, offset), offsetof(suprsend_fetch_template_list_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_fetch_template_list_response_meta_desc = {
    "fetch_template_list_response.meta", sizeof(suprsend_fetch_template_list_response_meta), suprsend_fetch_template_list_response_meta_desc_Fields, 3,
    offsetof(suprsend_fetch_template_list_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_list_response_meta_free(suprsend_fetch_template_list_response_meta *obj)
{
    apic_struct_free(&suprsend_fetch_template_list_response_meta_desc, obj);
}

int suprsend_fetch_template_list_response_meta_from_json(const char *json, size_t len, suprsend_fetch_template_list_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_list_response_meta_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_list_response_meta *)value;
    return rc;
}

int suprsend_fetch_template_list_response_meta_to_json(const suprsend_fetch_template_list_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_list_response_meta_Type, obj, out, err);
}

/* fetch_template_list_response.results.item */
static const apic_field suprsend_fetch_template_list_response_results_item_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_template_list_response_results_item, id), offsetof(suprsend_fetch_template_list_response_results_item, has_id), -1, &apic_type_int64},
    {"name", 4, 0, offsetof(suprsend_fetch_template_list_response_results_item, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_fetch_template_list_response_results_item, slug), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_fetch_template_list_response_results_item, description), -1, offsetof(suprsend_fetch_template_list_response_results_item, description_is_null), &apic_type_string},
    {"is_active", 9, 0, offsetof(suprsend_fetch_template_list_response_results_item, is_active), offsetof(suprsend_fetch_template_list_response_results_item, has_is_active), -1, &apic_type_bool},
    {"default_language", 16, 0, offsetof(suprsend_fetch_template_list_response_results_item, default_language), -1, -1, &suprsend_fetch_template_list_response_results_item_default_language_Type},
    {"created_at", 10, 0, offsetof(suprsend_fetch_template_list_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_template_list_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_by", 10, 0, offsetof(suprsend_fetch_template_list_response_results_item, updated_by), -1, -1, &suprsend_fetch_template_list_response_results_item_updated_by_Type},
    {"last_triggered_at", 17, 0, offsetof(suprsend_fetch_template_list_response_results_item, last_triggered_at), -1, -1, &suprsend_string_date_time_Type},
    {"is_auto_translate_enabled", 25, 0, offsetof(suprsend_fetch_template_list_response_results_item, is_auto_translate_enabled), offsetof(suprsend_fetch_template_list_response_results_item, has_is_auto_translate_enabled), -1, &apic_type_bool},
    {"enabled_languages", 17, 0, offsetof(suprsend_fetch_template_list_response_results_item, enabled_languages), offsetof(suprsend_fetch_template_list_response_results_item, has_enabled_languages), -1, &suprsend_string_array_Type},
    {"channels", 8, 0, offsetof(suprsend_fetch_template_list_response_results_item, channels), offsetof(suprsend_fetch_template_list_response_results_item, has_channels), -1, &suprsend_json_map_array_Type},
    {"tags", 4, 0, offsetof(suprsend_fetch_template_list_response_results_item, tags), offsetof(suprsend_fetch_template_list_response_results_item, has_tags), -1, &suprsend_fetch_template_list_response_results_item_tags_item_array_Type},
};
const apic_struct_desc suprsend_fetch_template_list_response_results_item_desc = {
    "fetch_template_list_response.results.item", sizeof(suprsend_fetch_template_list_response_results_item), suprsend_fetch_template_list_response_results_item_desc_Fields, 14,
    offsetof(suprsend_fetch_template_list_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_list_response_results_item_free(suprsend_fetch_template_list_response_results_item *obj)
{
    apic_struct_free(&suprsend_fetch_template_list_response_results_item_desc, obj);
}

int suprsend_fetch_template_list_response_results_item_from_json(const char *json, size_t len, suprsend_fetch_template_list_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_list_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_list_response_results_item *)value;
    return rc;
}

int suprsend_fetch_template_list_response_results_item_to_json(const suprsend_fetch_template_list_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_list_response_results_item_Type, obj, out, err);
}

/* fetch_template_list_response.results.item.default_language */
static const apic_field suprsend_fetch_template_list_response_results_item_default_language_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_template_list_response_results_item_default_language, name), -1, -1, &apic_type_string},
    {"slug", 4, 0, offsetof(suprsend_fetch_template_list_response_results_item_default_language, slug), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_template_list_response_results_item_default_language_desc = {
    "fetch_template_list_response.results.item.default_language", sizeof(suprsend_fetch_template_list_response_results_item_default_language), suprsend_fetch_template_list_response_results_item_default_language_desc_Fields, 2,
    offsetof(suprsend_fetch_template_list_response_results_item_default_language, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_list_response_results_item_default_language_free(suprsend_fetch_template_list_response_results_item_default_language *obj)
{
    apic_struct_free(&suprsend_fetch_template_list_response_results_item_default_language_desc, obj);
}

int suprsend_fetch_template_list_response_results_item_default_language_from_json(const char *json, size_t len, suprsend_fetch_template_list_response_results_item_default_language **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_list_response_results_item_default_language_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_list_response_results_item_default_language *)value;
    return rc;
}

int suprsend_fetch_template_list_response_results_item_default_language_to_json(const suprsend_fetch_template_list_response_results_item_default_language *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_list_response_results_item_default_language_Type, obj, out, err);
}

/* fetch_template_list_response.results.item.updated_by */
static const apic_field suprsend_fetch_template_list_response_results_item_updated_by_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_template_list_response_results_item_updated_by, name), -1, -1, &apic_type_string},
    {"email", 5, 0, offsetof(suprsend_fetch_template_list_response_results_item_updated_by, email), -1, -1, &suprsend_string_email_Type},
};
const apic_struct_desc suprsend_fetch_template_list_response_results_item_updated_by_desc = {
    "fetch_template_list_response.results.item.updated_by", sizeof(suprsend_fetch_template_list_response_results_item_updated_by), suprsend_fetch_template_list_response_results_item_updated_by_desc_Fields, 2,
    offsetof(suprsend_fetch_template_list_response_results_item_updated_by, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_list_response_results_item_updated_by_free(suprsend_fetch_template_list_response_results_item_updated_by *obj)
{
    apic_struct_free(&suprsend_fetch_template_list_response_results_item_updated_by_desc, obj);
}

int suprsend_fetch_template_list_response_results_item_updated_by_from_json(const char *json, size_t len, suprsend_fetch_template_list_response_results_item_updated_by **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_list_response_results_item_updated_by_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_list_response_results_item_updated_by *)value;
    return rc;
}

int suprsend_fetch_template_list_response_results_item_updated_by_to_json(const suprsend_fetch_template_list_response_results_item_updated_by *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_list_response_results_item_updated_by_Type, obj, out, err);
}

/* fetch_template_list_response.results.item.tags.item */
static const apic_field suprsend_fetch_template_list_response_results_item_tags_item_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_fetch_template_list_response_results_item_tags_item, id), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(suprsend_fetch_template_list_response_results_item_tags_item, name), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_template_list_response_results_item_tags_item_desc = {
    "fetch_template_list_response.results.item.tags.item", sizeof(suprsend_fetch_template_list_response_results_item_tags_item), suprsend_fetch_template_list_response_results_item_tags_item_desc_Fields, 2,
    offsetof(suprsend_fetch_template_list_response_results_item_tags_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_template_list_response_results_item_tags_item_free(suprsend_fetch_template_list_response_results_item_tags_item *obj)
{
    apic_struct_free(&suprsend_fetch_template_list_response_results_item_tags_item_desc, obj);
}

int suprsend_fetch_template_list_response_results_item_tags_item_from_json(const char *json, size_t len, suprsend_fetch_template_list_response_results_item_tags_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_template_list_response_results_item_tags_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_template_list_response_results_item_tags_item *)value;
    return rc;
}

int suprsend_fetch_template_list_response_results_item_tags_item_to_json(const suprsend_fetch_template_list_response_results_item_tags_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_template_list_response_results_item_tags_item_Type, obj, out, err);
}

/* trigger_workflow_api_response */
static const apic_field suprsend_trigger_workflow_api_response_desc_Fields[] = {
    {"message_id", 10, 0, offsetof(suprsend_trigger_workflow_api_response, message_id), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_trigger_workflow_api_response, status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_trigger_workflow_api_response_desc = {
    "trigger_workflow_api_response", sizeof(suprsend_trigger_workflow_api_response), suprsend_trigger_workflow_api_response_desc_Fields, 2,
    offsetof(suprsend_trigger_workflow_api_response, unknown_fields),
    -1,
    NULL
};

void suprsend_trigger_workflow_api_response_free(suprsend_trigger_workflow_api_response *obj)
{
    apic_struct_free(&suprsend_trigger_workflow_api_response_desc, obj);
}

int suprsend_trigger_workflow_api_response_from_json(const char *json, size_t len, suprsend_trigger_workflow_api_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_trigger_workflow_api_response_Type, json, len, &value, err);
    *out = (suprsend_trigger_workflow_api_response *)value;
    return rc;
}

int suprsend_trigger_workflow_api_response_to_json(const suprsend_trigger_workflow_api_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_trigger_workflow_api_response_Type, obj, out, err);
}

/* trigger_workflow_api_response */
static const apic_field suprsend_trigger_workflow_api_response_2_desc_Fields[] = {
    {"records", 7, 0, offsetof(suprsend_trigger_workflow_api_response_2, records), offsetof(suprsend_trigger_workflow_api_response_2, has_records), -1, &suprsend_trigger_workflow_api_response_records_item_array_Type},
    {"status", 6, 0, offsetof(suprsend_trigger_workflow_api_response_2, status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_trigger_workflow_api_response_2_desc = {
    "trigger_workflow_api_response", sizeof(suprsend_trigger_workflow_api_response_2), suprsend_trigger_workflow_api_response_2_desc_Fields, 2,
    offsetof(suprsend_trigger_workflow_api_response_2, unknown_fields),
    -1,
    NULL
};

void suprsend_trigger_workflow_api_response_2_free(suprsend_trigger_workflow_api_response_2 *obj)
{
    apic_struct_free(&suprsend_trigger_workflow_api_response_2_desc, obj);
}

int suprsend_trigger_workflow_api_response_2_from_json(const char *json, size_t len, suprsend_trigger_workflow_api_response_2 **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_trigger_workflow_api_response_2_Type, json, len, &value, err);
    *out = (suprsend_trigger_workflow_api_response_2 *)value;
    return rc;
}

int suprsend_trigger_workflow_api_response_2_to_json(const suprsend_trigger_workflow_api_response_2 *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_trigger_workflow_api_response_2_Type, obj, out, err);
}

/* trigger_workflow_api_response.records.item */
static const apic_field suprsend_trigger_workflow_api_response_records_item_desc_Fields[] = {
    {"status", 6, 0, offsetof(suprsend_trigger_workflow_api_response_records_item, status), offsetof(suprsend_trigger_workflow_api_response_records_item, has_status), -1, &suprsend_trigger_workflow_api_response_records_item_status_Type},
    {"status_code", 11, 0, offsetof(suprsend_trigger_workflow_api_response_records_item, status_code), offsetof(suprsend_trigger_workflow_api_response_records_item, has_status_code), -1, &apic_type_int64},
    {"message_id", 10, 0, offsetof(suprsend_trigger_workflow_api_response_records_item, message_id), -1, -1, &apic_type_string},
    {"error", 5, 0, offsetof(suprsend_trigger_workflow_api_response_records_item, error), -1, -1, &suprsend_trigger_workflow_api_response_records_item_error_Type},
};
const apic_struct_desc suprsend_trigger_workflow_api_response_records_item_desc = {
    "trigger_workflow_api_response.records.item", sizeof(suprsend_trigger_workflow_api_response_records_item), suprsend_trigger_workflow_api_response_records_item_desc_Fields, 4,
    offsetof(suprsend_trigger_workflow_api_response_records_item, unknown_fields),
    -1,
    NULL
};

void suprsend_trigger_workflow_api_response_records_item_free(suprsend_trigger_workflow_api_response_records_item *obj)
{
    apic_struct_free(&suprsend_trigger_workflow_api_response_records_item_desc, obj);
}

int suprsend_trigger_workflow_api_response_records_item_from_json(const char *json, size_t len, suprsend_trigger_workflow_api_response_records_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_trigger_workflow_api_response_records_item_Type, json, len, &value, err);
    *out = (suprsend_trigger_workflow_api_response_records_item *)value;
    return rc;
}

int suprsend_trigger_workflow_api_response_records_item_to_json(const suprsend_trigger_workflow_api_response_records_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_trigger_workflow_api_response_records_item_Type, obj, out, err);
}

/* trigger_workflow_api_response.records.item.error */
static const apic_field suprsend_trigger_workflow_api_response_records_item_error_desc_Fields[] = {
    {"message", 7, 0, offsetof(suprsend_trigger_workflow_api_response_records_item_error, message), -1, -1, &apic_type_string},
    {"type", 4, 0, offsetof(suprsend_trigger_workflow_api_response_records_item_error, type), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_trigger_workflow_api_response_records_item_error_desc = {
    "trigger_workflow_api_response.records.item.error", sizeof(suprsend_trigger_workflow_api_response_records_item_error), suprsend_trigger_workflow_api_response_records_item_error_desc_Fields, 2,
    offsetof(suprsend_trigger_workflow_api_response_records_item_error, unknown_fields),
    -1,
    NULL
};

void suprsend_trigger_workflow_api_response_records_item_error_free(suprsend_trigger_workflow_api_response_records_item_error *obj)
{
    apic_struct_free(&suprsend_trigger_workflow_api_response_records_item_error_desc, obj);
}

int suprsend_trigger_workflow_api_response_records_item_error_from_json(const char *json, size_t len, suprsend_trigger_workflow_api_response_records_item_error **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_trigger_workflow_api_response_records_item_error_Type, json, len, &value, err);
    *out = (suprsend_trigger_workflow_api_response_records_item_error *)value;
    return rc;
}

int suprsend_trigger_workflow_api_response_records_item_error_to_json(const suprsend_trigger_workflow_api_response_records_item_error *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_trigger_workflow_api_response_records_item_error_Type, obj, out, err);
}

/* cancel_workflow_request */
static const apic_field suprsend_cancel_workflow_request_desc_Fields[] = {
    {"execution_id", 12, 0, offsetof(suprsend_cancel_workflow_request, execution_id), -1, -1, &apic_type_string},
    {"recipients", 10, 0, offsetof(suprsend_cancel_workflow_request, recipients), offsetof(suprsend_cancel_workflow_request, has_recipients), -1, &suprsend_string_array_Type},
    {"idempotency_key", 15, 0, offsetof(suprsend_cancel_workflow_request, idempotency_key), -1, -1, &apic_type_string},
    {"workflow_slug", 13, 0, offsetof(suprsend_cancel_workflow_request, workflow_slug), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_cancel_workflow_request_desc = {
    "cancel_workflow_request", sizeof(suprsend_cancel_workflow_request), suprsend_cancel_workflow_request_desc_Fields, 4,
    offsetof(suprsend_cancel_workflow_request, unknown_fields),
    -1,
    NULL
};

void suprsend_cancel_workflow_request_free(suprsend_cancel_workflow_request *obj)
{
    apic_struct_free(&suprsend_cancel_workflow_request_desc, obj);
}

int suprsend_cancel_workflow_request_from_json(const char *json, size_t len, suprsend_cancel_workflow_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_cancel_workflow_request_Type, json, len, &value, err);
    *out = (suprsend_cancel_workflow_request *)value;
    return rc;
}

int suprsend_cancel_workflow_request_to_json(const suprsend_cancel_workflow_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_cancel_workflow_request_Type, obj, out, err);
}

/* cancel_workflow_response */
static const apic_field suprsend_cancel_workflow_response_desc_Fields[] = {
    {"execution_ids", 13, 0, offsetof(suprsend_cancel_workflow_response, execution_ids), offsetof(suprsend_cancel_workflow_response, has_execution_ids), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_cancel_workflow_response_desc = {
    "cancel_workflow_response", sizeof(suprsend_cancel_workflow_response), suprsend_cancel_workflow_response_desc_Fields, 1,
    offsetof(suprsend_cancel_workflow_response, unknown_fields),
    -1,
    NULL
};

void suprsend_cancel_workflow_response_free(suprsend_cancel_workflow_response *obj)
{
    apic_struct_free(&suprsend_cancel_workflow_response_desc, obj);
}

int suprsend_cancel_workflow_response_from_json(const char *json, size_t len, suprsend_cancel_workflow_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_cancel_workflow_response_Type, json, len, &value, err);
    *out = (suprsend_cancel_workflow_response *)value;
    return rc;
}

int suprsend_cancel_workflow_response_to_json(const suprsend_cancel_workflow_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_cancel_workflow_response_Type, obj, out, err);
}

/* cancel_broadcast_request */
static const apic_field suprsend_cancel_broadcast_request_desc_Fields[] = {
    {"execution_id", 12, 0, offsetof(suprsend_cancel_broadcast_request, execution_id), -1, -1, &apic_type_string},
    {"list_id", 7, 0, offsetof(suprsend_cancel_broadcast_request, list_id), -1, -1, &apic_type_string},
    {"idempotency_key", 15, 0, offsetof(suprsend_cancel_broadcast_request, idempotency_key), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_cancel_broadcast_request_desc = {
    "cancel_broadcast_request", sizeof(suprsend_cancel_broadcast_request), suprsend_cancel_broadcast_request_desc_Fields, 3,
    offsetof(suprsend_cancel_broadcast_request, unknown_fields),
    -1,
    NULL
};

void suprsend_cancel_broadcast_request_free(suprsend_cancel_broadcast_request *obj)
{
    apic_struct_free(&suprsend_cancel_broadcast_request_desc, obj);
}

int suprsend_cancel_broadcast_request_from_json(const char *json, size_t len, suprsend_cancel_broadcast_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_cancel_broadcast_request_Type, json, len, &value, err);
    *out = (suprsend_cancel_broadcast_request *)value;
    return rc;
}

int suprsend_cancel_broadcast_request_to_json(const suprsend_cancel_broadcast_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_cancel_broadcast_request_Type, obj, out, err);
}

/* cancel_broadcast_response */
static const apic_field suprsend_cancel_broadcast_response_desc_Fields[] = {
    {"execution_ids", 13, 0, offsetof(suprsend_cancel_broadcast_response, execution_ids), offsetof(suprsend_cancel_broadcast_response, has_execution_ids), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_cancel_broadcast_response_desc = {
    "cancel_broadcast_response", sizeof(suprsend_cancel_broadcast_response), suprsend_cancel_broadcast_response_desc_Fields, 1,
    offsetof(suprsend_cancel_broadcast_response, unknown_fields),
    -1,
    NULL
};

void suprsend_cancel_broadcast_response_free(suprsend_cancel_broadcast_response *obj)
{
    apic_struct_free(&suprsend_cancel_broadcast_response_desc, obj);
}

int suprsend_cancel_broadcast_response_from_json(const char *json, size_t len, suprsend_cancel_broadcast_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_cancel_broadcast_response_Type, json, len, &value, err);
    *out = (suprsend_cancel_broadcast_response *)value;
    return rc;
}

int suprsend_cancel_broadcast_response_to_json(const suprsend_cancel_broadcast_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_cancel_broadcast_response_Type, obj, out, err);
}

/* bulk_update_user_preference_request */
static const apic_field suprsend_bulk_update_user_preference_request_desc_Fields[] = {
    {"distinct_ids", 12, APIC_F_REQUIRED, offsetof(suprsend_bulk_update_user_preference_request, distinct_ids), -1, -1, &suprsend_string_array_Type},
    {"channel_preferences", 19, 0, offsetof(suprsend_bulk_update_user_preference_request, channel_preferences), offsetof(suprsend_bulk_update_user_preference_request, has_channel_preferences), -1, &suprsend_bulk_update_user_preference_request_channel_preferences_item_array_Type},
    {"categories", 10, 0, offsetof(suprsend_bulk_update_user_preference_request, categories), offsetof(suprsend_bulk_update_user_preference_request, has_categories), -1, &suprsend_bulk_update_user_preference_request_categories_item_array_Type},
};
const apic_struct_desc suprsend_bulk_update_user_preference_request_desc = {
    "bulk_update_user_preference_request", sizeof(suprsend_bulk_update_user_preference_request), suprsend_bulk_update_user_preference_request_desc_Fields, 3,
    offsetof(suprsend_bulk_update_user_preference_request, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_update_user_preference_request_free(suprsend_bulk_update_user_preference_request *obj)
{
    apic_struct_free(&suprsend_bulk_update_user_preference_request_desc, obj);
}

int suprsend_bulk_update_user_preference_request_from_json(const char *json, size_t len, suprsend_bulk_update_user_preference_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_update_user_preference_request_Type, json, len, &value, err);
    *out = (suprsend_bulk_update_user_preference_request *)value;
    return rc;
}

int suprsend_bulk_update_user_preference_request_to_json(const suprsend_bulk_update_user_preference_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_update_user_preference_request_Type, obj, out, err);
}

/* bulk_update_user_preference_request.channel_preferences.item */
static const apic_field suprsend_bulk_update_user_preference_request_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_bulk_update_user_preference_request_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_bulk_update_user_preference_request_channel_preferences_item, is_restricted), offsetof(suprsend_bulk_update_user_preference_request_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_bulk_update_user_preference_request_channel_preferences_item_desc = {
    "bulk_update_user_preference_request.channel_preferences.item", sizeof(suprsend_bulk_update_user_preference_request_channel_preferences_item), suprsend_bulk_update_user_preference_request_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_bulk_update_user_preference_request_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_update_user_preference_request_channel_preferences_item_free(suprsend_bulk_update_user_preference_request_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_bulk_update_user_preference_request_channel_preferences_item_desc, obj);
}

int suprsend_bulk_update_user_preference_request_channel_preferences_item_from_json(const char *json, size_t len, suprsend_bulk_update_user_preference_request_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_update_user_preference_request_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_bulk_update_user_preference_request_channel_preferences_item *)value;
    return rc;
}

int suprsend_bulk_update_user_preference_request_channel_preferences_item_to_json(const suprsend_bulk_update_user_preference_request_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_update_user_preference_request_channel_preferences_item_Type, obj, out, err);
}

/* bulk_update_user_preference_request.categories.item */
static const apic_field suprsend_bulk_update_user_preference_request_categories_item_desc_Fields[] = {
    {"category", 8, 0, offsetof(suprsend_bulk_update_user_preference_request_categories_item, category), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_bulk_update_user_preference_request_categories_item, preference), -1, -1, &apic_type_string},
    {"opt_out_channels", 16, 0, offsetof(suprsend_bulk_update_user_preference_request_categories_item, opt_out_channels), offsetof(suprsend_bulk_update_user_preference_request_categories_item, has_opt_out_channels), -1, &suprsend_string_array_Type},
    {"opt_in_channels", 15, 0, offsetof(suprsend_bulk_update_user_preference_request_categories_item, opt_in_channels), offsetof(suprsend_bulk_update_user_preference_request_categories_item, has_opt_in_channels), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_bulk_update_user_preference_request_categories_item_desc = {
    "bulk_update_user_preference_request.categories.item", sizeof(suprsend_bulk_update_user_preference_request_categories_item), suprsend_bulk_update_user_preference_request_categories_item_desc_Fields, 4,
    offsetof(suprsend_bulk_update_user_preference_request_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_update_user_preference_request_categories_item_free(suprsend_bulk_update_user_preference_request_categories_item *obj)
{
    apic_struct_free(&suprsend_bulk_update_user_preference_request_categories_item_desc, obj);
}

int suprsend_bulk_update_user_preference_request_categories_item_from_json(const char *json, size_t len, suprsend_bulk_update_user_preference_request_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_update_user_preference_request_categories_item_Type, json, len, &value, err);
    *out = (suprsend_bulk_update_user_preference_request_categories_item *)value;
    return rc;
}

int suprsend_bulk_update_user_preference_request_categories_item_to_json(const suprsend_bulk_update_user_preference_request_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_update_user_preference_request_categories_item_Type, obj, out, err);
}

/* bulk_update_user_preference_response */
static const apic_field suprsend_bulk_update_user_preference_response_desc_Fields[] = {
    {"success", 7, 0, offsetof(suprsend_bulk_update_user_preference_response, success), offsetof(suprsend_bulk_update_user_preference_response, has_success), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_bulk_update_user_preference_response_desc = {
    "bulk_update_user_preference_response", sizeof(suprsend_bulk_update_user_preference_response), suprsend_bulk_update_user_preference_response_desc_Fields, 1,
    offsetof(suprsend_bulk_update_user_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_bulk_update_user_preference_response_free(suprsend_bulk_update_user_preference_response *obj)
{
    apic_struct_free(&suprsend_bulk_update_user_preference_response_desc, obj);
}

int suprsend_bulk_update_user_preference_response_from_json(const char *json, size_t len, suprsend_bulk_update_user_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_bulk_update_user_preference_response_Type, json, len, &value, err);
    *out = (suprsend_bulk_update_user_preference_response *)value;
    return rc;
}

int suprsend_bulk_update_user_preference_response_to_json(const suprsend_bulk_update_user_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_bulk_update_user_preference_response_Type, obj, out, err);
}

/* reset_user_preferences_request */
static const apic_field suprsend_reset_user_preferences_request_desc_Fields[] = {
    {"distinct_ids", 12, APIC_F_REQUIRED, offsetof(suprsend_reset_user_preferences_request, distinct_ids), -1, -1, &suprsend_string_array_Type},
    {"reset_channel_preferences", 25, 0, offsetof(suprsend_reset_user_preferences_request, reset_channel_preferences), offsetof(suprsend_reset_user_preferences_request, has_reset_channel_preferences), -1, &apic_type_bool},
    {"reset_categories", 16, 0, offsetof(suprsend_reset_user_preferences_request, reset_categories), offsetof(suprsend_reset_user_preferences_request, has_reset_categories), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_reset_user_preferences_request_desc = {
    "reset_user_preferences_request", sizeof(suprsend_reset_user_preferences_request), suprsend_reset_user_preferences_request_desc_Fields, 3,
    offsetof(suprsend_reset_user_preferences_request, unknown_fields),
    -1,
    NULL
};

void suprsend_reset_user_preferences_request_free(suprsend_reset_user_preferences_request *obj)
{
    apic_struct_free(&suprsend_reset_user_preferences_request_desc, obj);
}

int suprsend_reset_user_preferences_request_from_json(const char *json, size_t len, suprsend_reset_user_preferences_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_reset_user_preferences_request_Type, json, len, &value, err);
    *out = (suprsend_reset_user_preferences_request *)value;
    return rc;
}

int suprsend_reset_user_preferences_request_to_json(const suprsend_reset_user_preferences_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_reset_user_preferences_request_Type, obj, out, err);
}

/* reset_user_preferences_response */
static const apic_field suprsend_reset_user_preferences_response_desc_Fields[] = {
    {"success", 7, 0, offsetof(suprsend_reset_user_preferences_response, success), offsetof(suprsend_reset_user_preferences_response, has_success), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_reset_user_preferences_response_desc = {
    "reset_user_preferences_response", sizeof(suprsend_reset_user_preferences_response), suprsend_reset_user_preferences_response_desc_Fields, 1,
    offsetof(suprsend_reset_user_preferences_response, unknown_fields),
    -1,
    NULL
};

void suprsend_reset_user_preferences_response_free(suprsend_reset_user_preferences_response *obj)
{
    apic_struct_free(&suprsend_reset_user_preferences_response_desc, obj);
}

int suprsend_reset_user_preferences_response_from_json(const char *json, size_t len, suprsend_reset_user_preferences_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_reset_user_preferences_response_Type, json, len, &value, err);
    *out = (suprsend_reset_user_preferences_response *)value;
    return rc;
}

int suprsend_reset_user_preferences_response_to_json(const suprsend_reset_user_preferences_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_reset_user_preferences_response_Type, obj, out, err);
}

/* get_user_full_preference_response */
static const apic_field suprsend_get_user_full_preference_response_desc_Fields[] = {
    {"sections", 8, 0, offsetof(suprsend_get_user_full_preference_response, sections), offsetof(suprsend_get_user_full_preference_response, has_sections), -1, &suprsend_get_user_full_preference_response_sections_item_array_Type},
    {"channel_preferences", 19, 0, offsetof(suprsend_get_user_full_preference_response, channel_preferences), offsetof(suprsend_get_user_full_preference_response, has_channel_preferences), -1, &suprsend_get_user_full_preference_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_get_user_full_preference_response_desc = {
    "get_user_full_preference_response", sizeof(suprsend_get_user_full_preference_response), suprsend_get_user_full_preference_response_desc_Fields, 2,
    offsetof(suprsend_get_user_full_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_full_preference_response_free(suprsend_get_user_full_preference_response *obj)
{
    apic_struct_free(&suprsend_get_user_full_preference_response_desc, obj);
}

int suprsend_get_user_full_preference_response_from_json(const char *json, size_t len, suprsend_get_user_full_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_full_preference_response_Type, json, len, &value, err);
    *out = (suprsend_get_user_full_preference_response *)value;
    return rc;
}

int suprsend_get_user_full_preference_response_to_json(const suprsend_get_user_full_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_full_preference_response_Type, obj, out, err);
}

/* get_user_full_preference_response.sections.item */
static const apic_field suprsend_get_user_full_preference_response_sections_item_desc_Fields[] = {
    {"subcategories", 13, 0, offsetof(suprsend_get_user_full_preference_response_sections_item, subcategories), offsetof(suprsend_get_user_full_preference_response_sections_item, has_subcategories), -1, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_array_Type},
};
const apic_struct_desc suprsend_get_user_full_preference_response_sections_item_desc = {
    "get_user_full_preference_response.sections.item", sizeof(suprsend_get_user_full_preference_response_sections_item), suprsend_get_user_full_preference_response_sections_item_desc_Fields, 1,
    offsetof(suprsend_get_user_full_preference_response_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_full_preference_response_sections_item_free(suprsend_get_user_full_preference_response_sections_item *obj)
{
    apic_struct_free(&suprsend_get_user_full_preference_response_sections_item_desc, obj);
}

int suprsend_get_user_full_preference_response_sections_item_from_json(const char *json, size_t len, suprsend_get_user_full_preference_response_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_full_preference_response_sections_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_full_preference_response_sections_item *)value;
    return rc;
}

int suprsend_get_user_full_preference_response_sections_item_to_json(const suprsend_get_user_full_preference_response_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_full_preference_response_sections_item_Type, obj, out, err);
}

/* get_user_full_preference_response.sections.item.subcategories.item */
static const apic_field suprsend_get_user_full_preference_response_sections_item_subcategories_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, description), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, preference), offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, has_preference), -1, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, is_editable), offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, channels), offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, has_channels), -1, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_array_Type},
};
const apic_struct_desc suprsend_get_user_full_preference_response_sections_item_subcategories_item_desc = {
    "get_user_full_preference_response.sections.item.subcategories.item", sizeof(suprsend_get_user_full_preference_response_sections_item_subcategories_item), suprsend_get_user_full_preference_response_sections_item_subcategories_item_desc_Fields, 6,
    offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_full_preference_response_sections_item_subcategories_item_free(suprsend_get_user_full_preference_response_sections_item_subcategories_item *obj)
{
    apic_struct_free(&suprsend_get_user_full_preference_response_sections_item_subcategories_item_desc, obj);
}

int suprsend_get_user_full_preference_response_sections_item_subcategories_item_from_json(const char *json, size_t len, suprsend_get_user_full_preference_response_sections_item_subcategories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_full_preference_response_sections_item_subcategories_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_full_preference_response_sections_item_subcategories_item *)value;
    return rc;
}

int suprsend_get_user_full_preference_response_sections_item_subcategories_item_to_json(const suprsend_get_user_full_preference_response_sections_item_subcategories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_full_preference_response_sections_item_subcategories_item_Type, obj, out, err);
}

/* get_user_full_preference_response.sections.item.subcategories.item.channels.item */
static const apic_field suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item, preference), offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item, has_preference), -1, &suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item, is_editable), offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_desc = {
    "get_user_full_preference_response.sections.item.subcategories.item.channels.item", sizeof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item), suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields, 3,
    offsetof(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_free(suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item *obj)
{
    apic_struct_free(&suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_desc, obj);
}

int suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_from_json(const char *json, size_t len, suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item *)value;
    return rc;
}

int suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_to_json(const suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_full_preference_response_sections_item_subcategories_item_channels_item_Type, obj, out, err);
}

/* get_user_full_preference_response.channel_preferences.item */
static const apic_field suprsend_get_user_full_preference_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_get_user_full_preference_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_get_user_full_preference_response_channel_preferences_item, is_restricted), offsetof(suprsend_get_user_full_preference_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_get_user_full_preference_response_channel_preferences_item_desc = {
    "get_user_full_preference_response.channel_preferences.item", sizeof(suprsend_get_user_full_preference_response_channel_preferences_item), suprsend_get_user_full_preference_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_get_user_full_preference_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_user_full_preference_response_channel_preferences_item_free(suprsend_get_user_full_preference_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_get_user_full_preference_response_channel_preferences_item_desc, obj);
}

int suprsend_get_user_full_preference_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_get_user_full_preference_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_user_full_preference_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_get_user_full_preference_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_get_user_full_preference_response_channel_preferences_item_to_json(const suprsend_get_user_full_preference_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_user_full_preference_response_channel_preferences_item_Type, obj, out, err);
}

/* update_user_full_preference_request */
static const apic_field suprsend_update_user_full_preference_request_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_update_user_full_preference_request, channel_preferences), offsetof(suprsend_update_user_full_preference_request, has_channel_preferences), -1, &suprsend_update_user_full_preference_request_channel_preferences_item_array_Type},
    {"categories", 10, 0, offsetof(suprsend_update_user_full_preference_request, categories), offsetof(suprsend_update_user_full_preference_request, has_categories), -1, &suprsend_update_user_full_preference_request_categories_item_array_Type},
};
const apic_struct_desc suprsend_update_user_full_preference_request_desc = {
    "update_user_full_preference_request", sizeof(suprsend_update_user_full_preference_request), suprsend_update_user_full_preference_request_desc_Fields, 2,
    offsetof(suprsend_update_user_full_preference_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_request_free(suprsend_update_user_full_preference_request *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_request_desc, obj);
}

int suprsend_update_user_full_preference_request_from_json(const char *json, size_t len, suprsend_update_user_full_preference_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_request_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_request *)value;
    return rc;
}

int suprsend_update_user_full_preference_request_to_json(const suprsend_update_user_full_preference_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_request_Type, obj, out, err);
}

/* update_user_full_preference_request.channel_preferences.item */
static const apic_field suprsend_update_user_full_preference_request_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_user_full_preference_request_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_update_user_full_preference_request_channel_preferences_item, is_restricted), offsetof(suprsend_update_user_full_preference_request_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_user_full_preference_request_channel_preferences_item_desc = {
    "update_user_full_preference_request.channel_preferences.item", sizeof(suprsend_update_user_full_preference_request_channel_preferences_item), suprsend_update_user_full_preference_request_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_update_user_full_preference_request_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_request_channel_preferences_item_free(suprsend_update_user_full_preference_request_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_request_channel_preferences_item_desc, obj);
}

int suprsend_update_user_full_preference_request_channel_preferences_item_from_json(const char *json, size_t len, suprsend_update_user_full_preference_request_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_request_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_request_channel_preferences_item *)value;
    return rc;
}

int suprsend_update_user_full_preference_request_channel_preferences_item_to_json(const suprsend_update_user_full_preference_request_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_request_channel_preferences_item_Type, obj, out, err);
}

/* update_user_full_preference_request.categories.item */
static const apic_field suprsend_update_user_full_preference_request_categories_item_desc_Fields[] = {
    {"category", 8, 0, offsetof(suprsend_update_user_full_preference_request_categories_item, category), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_update_user_full_preference_request_categories_item, preference), offsetof(suprsend_update_user_full_preference_request_categories_item, has_preference), -1, &suprsend_update_user_full_preference_request_categories_item_preference_Type},
    {"opt_out_channels", 16, 0, offsetof(suprsend_update_user_full_preference_request_categories_item, opt_out_channels), offsetof(suprsend_update_user_full_preference_request_categories_item, has_opt_out_channels), -1, &suprsend_string_array_Type},
    {"opt_in_channels", 15, 0, offsetof(suprsend_update_user_full_preference_request_categories_item, opt_in_channels), offsetof(suprsend_update_user_full_preference_request_categories_item, has_opt_in_channels), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_update_user_full_preference_request_categories_item_desc = {
    "update_user_full_preference_request.categories.item", sizeof(suprsend_update_user_full_preference_request_categories_item), suprsend_update_user_full_preference_request_categories_item_desc_Fields, 4,
    offsetof(suprsend_update_user_full_preference_request_categories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_request_categories_item_free(suprsend_update_user_full_preference_request_categories_item *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_request_categories_item_desc, obj);
}

int suprsend_update_user_full_preference_request_categories_item_from_json(const char *json, size_t len, suprsend_update_user_full_preference_request_categories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_request_categories_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_request_categories_item *)value;
    return rc;
}

int suprsend_update_user_full_preference_request_categories_item_to_json(const suprsend_update_user_full_preference_request_categories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_request_categories_item_Type, obj, out, err);
}

/* update_user_full_preference_response */
static const apic_field suprsend_update_user_full_preference_response_desc_Fields[] = {
    {"sections", 8, 0, offsetof(suprsend_update_user_full_preference_response, sections), offsetof(suprsend_update_user_full_preference_response, has_sections), -1, &suprsend_update_user_full_preference_response_sections_item_array_Type},
    {"channel_preferences", 19, 0, offsetof(suprsend_update_user_full_preference_response, channel_preferences), offsetof(suprsend_update_user_full_preference_response, has_channel_preferences), -1, &suprsend_update_user_full_preference_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_update_user_full_preference_response_desc = {
    "update_user_full_preference_response", sizeof(suprsend_update_user_full_preference_response), suprsend_update_user_full_preference_response_desc_Fields, 2,
    offsetof(suprsend_update_user_full_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_response_free(suprsend_update_user_full_preference_response *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_response_desc, obj);
}

int suprsend_update_user_full_preference_response_from_json(const char *json, size_t len, suprsend_update_user_full_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_response_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_response *)value;
    return rc;
}

int suprsend_update_user_full_preference_response_to_json(const suprsend_update_user_full_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_response_Type, obj, out, err);
}

/* update_user_full_preference_response.sections.item */
static const apic_field suprsend_update_user_full_preference_response_sections_item_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item, name), -1, offsetof(suprsend_update_user_full_preference_response_sections_item, name_is_null), &apic_type_string},
    {"slug", 4, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item, slug), -1, offsetof(suprsend_update_user_full_preference_response_sections_item, slug_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item, description), -1, offsetof(suprsend_update_user_full_preference_response_sections_item, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item, tags), offsetof(suprsend_update_user_full_preference_response_sections_item, has_tags), offsetof(suprsend_update_user_full_preference_response_sections_item, tags_is_null), &suprsend_string_array_Type},
    {"subcategories", 13, 0, offsetof(suprsend_update_user_full_preference_response_sections_item, subcategories), offsetof(suprsend_update_user_full_preference_response_sections_item, has_subcategories), -1, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_array_Type},
};
const apic_struct_desc suprsend_update_user_full_preference_response_sections_item_desc = {
    "update_user_full_preference_response.sections.item", sizeof(suprsend_update_user_full_preference_response_sections_item), suprsend_update_user_full_preference_response_sections_item_desc_Fields, 5,
    offsetof(suprsend_update_user_full_preference_response_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_response_sections_item_free(suprsend_update_user_full_preference_response_sections_item *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_response_sections_item_desc, obj);
}

int suprsend_update_user_full_preference_response_sections_item_from_json(const char *json, size_t len, suprsend_update_user_full_preference_response_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_response_sections_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_response_sections_item *)value;
    return rc;
}

int suprsend_update_user_full_preference_response_sections_item_to_json(const suprsend_update_user_full_preference_response_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_response_sections_item_Type, obj, out, err);
}

/* update_user_full_preference_response.sections.item.subcategories.item */
static const apic_field suprsend_update_user_full_preference_response_sections_item_subcategories_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, category), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, description), -1, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, tags), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, has_tags), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, tags_is_null), &suprsend_string_array_Type},
    {"effective_tags", 14, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, effective_tags), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, has_effective_tags), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, effective_tags_is_null), &suprsend_string_array_Type},
    {"original_preference", 19, APIC_F_NULLABLE, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, original_preference), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, has_original_preference), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, original_preference_is_null), &suprsend_update_user_full_preference_response_sections_item_subcategories_item_original_preference_Type},
    {"preference", 10, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, preference), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, has_preference), -1, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, is_editable), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, channels), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, has_channels), -1, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_array_Type},
};
const apic_struct_desc suprsend_update_user_full_preference_response_sections_item_subcategories_item_desc = {
    "update_user_full_preference_response.sections.item.subcategories.item", sizeof(suprsend_update_user_full_preference_response_sections_item_subcategories_item), suprsend_update_user_full_preference_response_sections_item_subcategories_item_desc_Fields, 9,
    offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_response_sections_item_subcategories_item_free(suprsend_update_user_full_preference_response_sections_item_subcategories_item *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_response_sections_item_subcategories_item_desc, obj);
}

int suprsend_update_user_full_preference_response_sections_item_subcategories_item_from_json(const char *json, size_t len, suprsend_update_user_full_preference_response_sections_item_subcategories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_response_sections_item_subcategories_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_response_sections_item_subcategories_item *)value;
    return rc;
}

int suprsend_update_user_full_preference_response_sections_item_subcategories_item_to_json(const suprsend_update_user_full_preference_response_sections_item_subcategories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_response_sections_item_subcategories_item_Type, obj, out, err);
}

/* update_user_full_preference_response.sections.item.subcategories.item.channels.item */
static const apic_field suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item, preference), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item, has_preference), -1, &suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item, is_editable), offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_desc = {
    "update_user_full_preference_response.sections.item.subcategories.item.channels.item", sizeof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item), suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields, 3,
    offsetof(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_free(suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_desc, obj);
}

int suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_from_json(const char *json, size_t len, suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item *)value;
    return rc;
}

int suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_to_json(const suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_response_sections_item_subcategories_item_channels_item_Type, obj, out, err);
}

/* update_user_full_preference_response.channel_preferences.item */
static const apic_field suprsend_update_user_full_preference_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_user_full_preference_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_update_user_full_preference_response_channel_preferences_item, is_restricted), offsetof(suprsend_update_user_full_preference_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_user_full_preference_response_channel_preferences_item_desc = {
    "update_user_full_preference_response.channel_preferences.item", sizeof(suprsend_update_user_full_preference_response_channel_preferences_item), suprsend_update_user_full_preference_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_update_user_full_preference_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_user_full_preference_response_channel_preferences_item_free(suprsend_update_user_full_preference_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_update_user_full_preference_response_channel_preferences_item_desc, obj);
}

int suprsend_update_user_full_preference_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_update_user_full_preference_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_user_full_preference_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_update_user_full_preference_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_update_user_full_preference_response_channel_preferences_item_to_json(const suprsend_update_user_full_preference_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_user_full_preference_response_channel_preferences_item_Type, obj, out, err);
}

/* get_subscriber_list_users_response */
static const apic_field suprsend_get_subscriber_list_users_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_get_subscriber_list_users_response, meta), -1, -1, &suprsend_get_subscriber_list_users_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_get_subscriber_list_users_response, results), offsetof(suprsend_get_subscriber_list_users_response, has_results), -1, &suprsend_get_subscriber_list_users_response_results_item_array_Type},
};
const apic_struct_desc suprsend_get_subscriber_list_users_response_desc = {
    "get_subscriber_list_users_response", sizeof(suprsend_get_subscriber_list_users_response), suprsend_get_subscriber_list_users_response_desc_Fields, 2,
    offsetof(suprsend_get_subscriber_list_users_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_subscriber_list_users_response_free(suprsend_get_subscriber_list_users_response *obj)
{
    apic_struct_free(&suprsend_get_subscriber_list_users_response_desc, obj);
}

int suprsend_get_subscriber_list_users_response_from_json(const char *json, size_t len, suprsend_get_subscriber_list_users_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_subscriber_list_users_response_Type, json, len, &value, err);
    *out = (suprsend_get_subscriber_list_users_response *)value;
    return rc;
}

int suprsend_get_subscriber_list_users_response_to_json(const suprsend_get_subscriber_list_users_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_subscriber_list_users_response_Type, obj, out, err);
}

/* get_subscriber_list_users_response.meta */
static const apic_field suprsend_get_subscriber_list_users_response_meta_desc_Fields[] = {
    {"limit", 5, 0, offsetof(suprsend_get_subscriber_list_users_response_meta, limit), offsetof(suprsend_get_subscriber_list_users_response_meta, has_limit), -1, &apic_type_int64},
    {"count", 5, 0, offsetof(suprsend_get_subscriber_list_users_response_meta, count), offsetof(suprsend_get_subscriber_list_users_response_meta, has_count), -1, &apic_type_int64},
    {"before", 6, 0, offsetof(suprsend_get_subscriber_list_users_response_meta, before), -1, -1, &apic_type_string},
    {"after", 5, 0, offsetof(suprsend_get_subscriber_list_users_response_meta, after), -1, -1, &apic_type_string},
    {"has_prev", 8, 0, offsetof(suprsend_get_subscriber_list_users_response_meta, has_prev), offsetof(suprsend_get_subscriber_list_users_response_meta, has_has_prev), -1, &apic_type_bool},
    {"has_next", 8, 0, offsetof(suprsend_get_subscriber_list_users_response_meta, has_next), offsetof(suprsend_get_subscriber_list_users_response_meta, has_has_next), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_get_subscriber_list_users_response_meta_desc = {
    "get_subscriber_list_users_response.meta", sizeof(suprsend_get_subscriber_list_users_response_meta), suprsend_get_subscriber_list_users_response_meta_desc_Fields, 6,
    offsetof(suprsend_get_subscriber_list_users_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_get_subscriber_list_users_response_meta_free(suprsend_get_subscriber_list_users_response_meta *obj)
{
    apic_struct_free(&suprsend_get_subscriber_list_users_response_meta_desc, obj);
}

int suprsend_get_subscriber_list_users_response_meta_from_json(const char *json, size_t len, suprsend_get_subscriber_list_users_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_subscriber_list_users_response_meta_Type, json, len, &value, err);
    *out = (suprsend_get_subscriber_list_users_response_meta *)value;
    return rc;
}

int suprsend_get_subscriber_list_users_response_meta_to_json(const suprsend_get_subscriber_list_users_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_subscriber_list_users_response_meta_Type, obj, out, err);
}

/* get_subscriber_list_users_response.results.item */
static const apic_field suprsend_get_subscriber_list_users_response_results_item_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_get_subscriber_list_users_response_results_item, id), -1, -1, &apic_type_string},
    {"distinct_id", 11, 0, offsetof(suprsend_get_subscriber_list_users_response_results_item, distinct_id), -1, -1, &apic_type_string},
    {"created_at", 10, 0, offsetof(suprsend_get_subscriber_list_users_response_results_item, created_at), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_get_subscriber_list_users_response_results_item_desc = {
    "get_subscriber_list_users_response.results.item", sizeof(suprsend_get_subscriber_list_users_response_results_item), suprsend_get_subscriber_list_users_response_results_item_desc_Fields, 3,
    offsetof(suprsend_get_subscriber_list_users_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_subscriber_list_users_response_results_item_free(suprsend_get_subscriber_list_users_response_results_item *obj)
{
    apic_struct_free(&suprsend_get_subscriber_list_users_response_results_item_desc, obj);
}

int suprsend_get_subscriber_list_users_response_results_item_from_json(const char *json, size_t len, suprsend_get_subscriber_list_users_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_subscriber_list_users_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_get_subscriber_list_users_response_results_item *)value;
    return rc;
}

int suprsend_get_subscriber_list_users_response_results_item_to_json(const suprsend_get_subscriber_list_users_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_subscriber_list_users_response_results_item_Type, obj, out, err);
}

/* get_object_by_id_response */
static const apic_field suprsend_get_object_by_id_response_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_get_object_by_id_response, id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_get_object_by_id_response, object_type), -1, -1, &apic_type_string},
    {"subscriptions_count", 19, 0, offsetof(suprsend_get_object_by_id_response, subscriptions_count), offsetof(suprsend_get_object_by_id_response, has_subscriptions_count), -1, &apic_type_int64},
    {"properties", 10, 0, offsetof(suprsend_get_object_by_id_response, properties), offsetof(suprsend_get_object_by_id_response, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_get_object_by_id_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_get_object_by_id_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"$<channel>", 10, 0, offsetof(suprsend_get_object_by_id_response, channel), offsetof(suprsend_get_object_by_id_response, has_channel), -1, &suprsend_get_object_by_id_response_channel_item_array_Type},
};
const apic_struct_desc suprsend_get_object_by_id_response_desc = {
    "get_object_by_id_response", sizeof(suprsend_get_object_by_id_response), suprsend_get_object_by_id_response_desc_Fields, 7,
    offsetof(suprsend_get_object_by_id_response, unknown_fields),
    -1,
    NULL
};

void suprsend_get_object_by_id_response_free(suprsend_get_object_by_id_response *obj)
{
    apic_struct_free(&suprsend_get_object_by_id_response_desc, obj);
}

int suprsend_get_object_by_id_response_from_json(const char *json, size_t len, suprsend_get_object_by_id_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_object_by_id_response_Type, json, len, &value, err);
    *out = (suprsend_get_object_by_id_response *)value;
    return rc;
}

int suprsend_get_object_by_id_response_to_json(const suprsend_get_object_by_id_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_object_by_id_response_Type, obj, out, err);
}

/* get_object_by_id_response.$<channel>.item */
static const apic_field suprsend_get_object_by_id_response_channel_item_desc_Fields[] = {
    {"value", 5, 0, offsetof(suprsend_get_object_by_id_response_channel_item, value), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_get_object_by_id_response_channel_item, status), -1, -1, &apic_type_string},
    {"perma_status", 12, 0, offsetof(suprsend_get_object_by_id_response_channel_item, perma_status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_get_object_by_id_response_channel_item_desc = {
    "get_object_by_id_response.$<channel>.item", sizeof(suprsend_get_object_by_id_response_channel_item), suprsend_get_object_by_id_response_channel_item_desc_Fields, 3,
    offsetof(suprsend_get_object_by_id_response_channel_item, unknown_fields),
    -1,
    NULL
};

void suprsend_get_object_by_id_response_channel_item_free(suprsend_get_object_by_id_response_channel_item *obj)
{
    apic_struct_free(&suprsend_get_object_by_id_response_channel_item_desc, obj);
}

int suprsend_get_object_by_id_response_channel_item_from_json(const char *json, size_t len, suprsend_get_object_by_id_response_channel_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_get_object_by_id_response_channel_item_Type, json, len, &value, err);
    *out = (suprsend_get_object_by_id_response_channel_item *)value;
    return rc;
}

int suprsend_get_object_by_id_response_channel_item_to_json(const suprsend_get_object_by_id_response_channel_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_get_object_by_id_response_channel_item_Type, obj, out, err);
}

/* create_update_objects_request */
static const apic_field suprsend_create_update_objects_request_desc_Fields[] = {
    {"$email", 6, 0, offsetof(suprsend_create_update_objects_request, email), offsetof(suprsend_create_update_objects_request, has_email), -1, &suprsend_string_array_2_Type},
    {"$sms", 4, 0, offsetof(suprsend_create_update_objects_request, sms), offsetof(suprsend_create_update_objects_request, has_sms), -1, &suprsend_string_array_Type},
    {"$whatsapp", 9, 0, offsetof(suprsend_create_update_objects_request, whatsapp), offsetof(suprsend_create_update_objects_request, has_whatsapp), -1, &suprsend_string_array_Type},
    {"$inbox", 6, 0, offsetof(suprsend_create_update_objects_request, inbox), offsetof(suprsend_create_update_objects_request, has_inbox), -1, &suprsend_string_array_Type},
    {"$androidpush", 12, 0, offsetof(suprsend_create_update_objects_request, androidpush), offsetof(suprsend_create_update_objects_request, has_androidpush), -1, &suprsend_string_array_Type},
    {"$iospush", 8, 0, offsetof(suprsend_create_update_objects_request, iospush), offsetof(suprsend_create_update_objects_request, has_iospush), -1, &suprsend_string_array_Type},
    {"$slack", 6, 0, offsetof(suprsend_create_update_objects_request, slack), offsetof(suprsend_create_update_objects_request, has_slack), -1, &suprsend_create_update_objects_request_slack_item_array_Type},
    {"$ms_teams", 9, 0, offsetof(suprsend_create_update_objects_request, ms_teams), offsetof(suprsend_create_update_objects_request, has_ms_teams), -1, &suprsend_create_update_objects_request_ms_teams_item_array_Type},
    {"$timezone", 9, 0, offsetof(suprsend_create_update_objects_request, timezone), -1, -1, &apic_type_string},
    {"$locale", 7, 0, offsetof(suprsend_create_update_objects_request, locale), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_objects_request_desc = {
    "create_update_objects_request", sizeof(suprsend_create_update_objects_request), suprsend_create_update_objects_request_desc_Fields, 10,
    offsetof(suprsend_create_update_objects_request, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_free(suprsend_create_update_objects_request *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_desc, obj);
}

int suprsend_create_update_objects_request_from_json(const char *json, size_t len, suprsend_create_update_objects_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request *)value;
    return rc;
}

int suprsend_create_update_objects_request_to_json(const suprsend_create_update_objects_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_Type, obj, out, err);
}

/* create_update_objects_request.$slack.item.slack_using_email */
static const apic_field suprsend_create_update_objects_request_slack_item_slack_using_email_desc_Fields[] = {
    {"email", 5, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_email, email), -1, -1, &suprsend_string_email_Type},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_email, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_objects_request_slack_item_slack_using_email_desc = {
    "create_update_objects_request.$slack.item.slack_using_email", sizeof(suprsend_create_update_objects_request_slack_item_slack_using_email), suprsend_create_update_objects_request_slack_item_slack_using_email_desc_Fields, 2,
    offsetof(suprsend_create_update_objects_request_slack_item_slack_using_email, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_slack_item_slack_using_email_free(suprsend_create_update_objects_request_slack_item_slack_using_email *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_slack_item_slack_using_email_desc, obj);
}

int suprsend_create_update_objects_request_slack_item_slack_using_email_from_json(const char *json, size_t len, suprsend_create_update_objects_request_slack_item_slack_using_email **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_slack_item_slack_using_email_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_slack_item_slack_using_email *)value;
    return rc;
}

int suprsend_create_update_objects_request_slack_item_slack_using_email_to_json(const suprsend_create_update_objects_request_slack_item_slack_using_email *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_slack_item_slack_using_email_Type, obj, out, err);
}

/* create_update_objects_request.$slack.item.slack_using_member_id */
static const apic_field suprsend_create_update_objects_request_slack_item_slack_using_member_id_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_member_id, user_id), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_member_id, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_objects_request_slack_item_slack_using_member_id_desc = {
    "create_update_objects_request.$slack.item.slack_using_member_id", sizeof(suprsend_create_update_objects_request_slack_item_slack_using_member_id), suprsend_create_update_objects_request_slack_item_slack_using_member_id_desc_Fields, 2,
    offsetof(suprsend_create_update_objects_request_slack_item_slack_using_member_id, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_slack_item_slack_using_member_id_free(suprsend_create_update_objects_request_slack_item_slack_using_member_id *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_slack_item_slack_using_member_id_desc, obj);
}

int suprsend_create_update_objects_request_slack_item_slack_using_member_id_from_json(const char *json, size_t len, suprsend_create_update_objects_request_slack_item_slack_using_member_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_slack_item_slack_using_member_id_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_slack_item_slack_using_member_id *)value;
    return rc;
}

int suprsend_create_update_objects_request_slack_item_slack_using_member_id_to_json(const suprsend_create_update_objects_request_slack_item_slack_using_member_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_slack_item_slack_using_member_id_Type, obj, out, err);
}

/* create_update_objects_request.$slack.item.slack_using_channel */
static const apic_field suprsend_create_update_objects_request_slack_item_slack_using_channel_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_channel, channel), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_channel, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_objects_request_slack_item_slack_using_channel_desc = {
    "create_update_objects_request.$slack.item.slack_using_channel", sizeof(suprsend_create_update_objects_request_slack_item_slack_using_channel), suprsend_create_update_objects_request_slack_item_slack_using_channel_desc_Fields, 2,
    offsetof(suprsend_create_update_objects_request_slack_item_slack_using_channel, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_slack_item_slack_using_channel_free(suprsend_create_update_objects_request_slack_item_slack_using_channel *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_slack_item_slack_using_channel_desc, obj);
}

int suprsend_create_update_objects_request_slack_item_slack_using_channel_from_json(const char *json, size_t len, suprsend_create_update_objects_request_slack_item_slack_using_channel **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_slack_item_slack_using_channel_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_slack_item_slack_using_channel *)value;
    return rc;
}

int suprsend_create_update_objects_request_slack_item_slack_using_channel_to_json(const suprsend_create_update_objects_request_slack_item_slack_using_channel *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_slack_item_slack_using_channel_Type, obj, out, err);
}

/* create_update_objects_request.$slack.item.slack_using_incoming_webhook */
static const apic_field suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_desc = {
    "create_update_objects_request.$slack.item.slack_using_incoming_webhook", sizeof(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook), suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_free(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_desc, obj);
}

int suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_to_json(const suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_Type, obj, out, err);
}

/* create_update_objects_request.$slack.item.slack_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc = {
    "create_update_objects_request.$slack.item.slack_using_incoming_webhook.incoming_webhook", sizeof(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook), suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_free(suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_to_json(const suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* create_update_objects_request.$ms_teams.item.ms_teams_using_conversation_id */
static const apic_field suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"conversation_id", 15, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id, conversation_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_desc = {
    "create_update_objects_request.$ms_teams.item.ms_teams_using_conversation_id", sizeof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id), suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_desc_Fields, 3,
    offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_free(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_desc, obj);
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_from_json(const char *json, size_t len, suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id *)value;
    return rc;
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_to_json(const suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_conversation_id_Type, obj, out, err);
}

/* create_update_objects_request.$ms_teams.item.ms_teams_using_user_id */
static const apic_field suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_desc = {
    "create_update_objects_request.$ms_teams.item.ms_teams_using_user_id", sizeof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id), suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_desc_Fields, 3,
    offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_free(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_desc, obj);
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_from_json(const char *json, size_t len, suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id *)value;
    return rc;
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_to_json(const suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_user_id_Type, obj, out, err);
}

/* create_update_objects_request.$ms_teams.item.ms_teams_using_incoming_webhook */
static const apic_field suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_desc = {
    "create_update_objects_request.$ms_teams.item.ms_teams_using_incoming_webhook", sizeof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook), suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_free(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_desc, obj);
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_to_json(const suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_Type, obj, out, err);
}

/* create_update_objects_request.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc = {
    "create_update_objects_request.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook", sizeof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook), suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_free(suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_to_json(const suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_request_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* create_update_objects_response */
static const apic_field suprsend_create_update_objects_response_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_create_update_objects_response, id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_create_update_objects_response, object_type), -1, -1, &apic_type_string},
    {"subscriptions_count", 19, 0, offsetof(suprsend_create_update_objects_response, subscriptions_count), offsetof(suprsend_create_update_objects_response, has_subscriptions_count), -1, &apic_type_int64},
    {"properties", 10, 0, offsetof(suprsend_create_update_objects_response, properties), offsetof(suprsend_create_update_objects_response, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_create_update_objects_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_create_update_objects_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"$<channel>", 10, 0, offsetof(suprsend_create_update_objects_response, channel), offsetof(suprsend_create_update_objects_response, has_channel), -1, &suprsend_create_update_objects_response_channel_item_array_Type},
};
const apic_struct_desc suprsend_create_update_objects_response_desc = {
    "create_update_objects_response", sizeof(suprsend_create_update_objects_response), suprsend_create_update_objects_response_desc_Fields, 7,
    offsetof(suprsend_create_update_objects_response, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_response_free(suprsend_create_update_objects_response *obj)
{
    apic_struct_free(&suprsend_create_update_objects_response_desc, obj);
}

int suprsend_create_update_objects_response_from_json(const char *json, size_t len, suprsend_create_update_objects_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_response_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_response *)value;
    return rc;
}

int suprsend_create_update_objects_response_to_json(const suprsend_create_update_objects_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_response_Type, obj, out, err);
}

/* create_update_objects_response.$<channel>.item */
static const apic_field suprsend_create_update_objects_response_channel_item_desc_Fields[] = {
    {"value", 5, 0, offsetof(suprsend_create_update_objects_response_channel_item, value), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_create_update_objects_response_channel_item, status), -1, -1, &apic_type_string},
    {"perma_status", 12, 0, offsetof(suprsend_create_update_objects_response_channel_item, perma_status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_objects_response_channel_item_desc = {
    "create_update_objects_response.$<channel>.item", sizeof(suprsend_create_update_objects_response_channel_item), suprsend_create_update_objects_response_channel_item_desc_Fields, 3,
    offsetof(suprsend_create_update_objects_response_channel_item, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_objects_response_channel_item_free(suprsend_create_update_objects_response_channel_item *obj)
{
    apic_struct_free(&suprsend_create_update_objects_response_channel_item_desc, obj);
}

int suprsend_create_update_objects_response_channel_item_from_json(const char *json, size_t len, suprsend_create_update_objects_response_channel_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_objects_response_channel_item_Type, json, len, &value, err);
    *out = (suprsend_create_update_objects_response_channel_item *)value;
    return rc;
}

int suprsend_create_update_objects_response_channel_item_to_json(const suprsend_create_update_objects_response_channel_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_objects_response_channel_item_Type, obj, out, err);
}

/* edit_object_profile_request */
static const apic_field suprsend_edit_object_profile_request_desc_Fields[] = {
    {"operations", 10, 0, offsetof(suprsend_edit_object_profile_request, operations), offsetof(suprsend_edit_object_profile_request, has_operations), -1, &suprsend_edit_object_profile_request_operations_item_array_Type},
};
const apic_struct_desc suprsend_edit_object_profile_request_desc = {
    "edit_object_profile_request", sizeof(suprsend_edit_object_profile_request), suprsend_edit_object_profile_request_desc_Fields, 1,
    offsetof(suprsend_edit_object_profile_request, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_object_profile_request_free(suprsend_edit_object_profile_request *obj)
{
    apic_struct_free(&suprsend_edit_object_profile_request_desc, obj);
}

int suprsend_edit_object_profile_request_from_json(const char *json, size_t len, suprsend_edit_object_profile_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_object_profile_request_Type, json, len, &value, err);
    *out = (suprsend_edit_object_profile_request *)value;
    return rc;
}

int suprsend_edit_object_profile_request_to_json(const suprsend_edit_object_profile_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_object_profile_request_Type, obj, out, err);
}

/* edit_object_profile_request.operations.item */
static const apic_field suprsend_edit_object_profile_request_operations_item_desc_Fields[] = {
    {"$set", 4, 0, offsetof(suprsend_edit_object_profile_request_operations_item, set), offsetof(suprsend_edit_object_profile_request_operations_item, has_set), -1, &suprsend_string_map_Type},
    {"$unset", 6, 0, offsetof(suprsend_edit_object_profile_request_operations_item, unset), offsetof(suprsend_edit_object_profile_request_operations_item, has_unset), -1, &suprsend_string_array_Type},
    {"$append", 7, 0, offsetof(suprsend_edit_object_profile_request_operations_item, append), offsetof(suprsend_edit_object_profile_request_operations_item, has_append), -1, &suprsend_string_map_Type},
    {"$remove", 7, 0, offsetof(suprsend_edit_object_profile_request_operations_item, remove), offsetof(suprsend_edit_object_profile_request_operations_item, has_remove), -1, &suprsend_string_map_Type},
    {"$set_once", 9, 0, offsetof(suprsend_edit_object_profile_request_operations_item, set_once), offsetof(suprsend_edit_object_profile_request_operations_item, has_set_once), -1, &suprsend_string_map_Type},
    {"$increment", 10, 0, offsetof(suprsend_edit_object_profile_request_operations_item, increment), offsetof(suprsend_edit_object_profile_request_operations_item, has_increment), -1, &suprsend_string_map_Type},
};
const apic_struct_desc suprsend_edit_object_profile_request_operations_item_desc = {
    "edit_object_profile_request.operations.item", sizeof(suprsend_edit_object_profile_request_operations_item), suprsend_edit_object_profile_request_operations_item_desc_Fields, 6,
    offsetof(suprsend_edit_object_profile_request_operations_item, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_object_profile_request_operations_item_free(suprsend_edit_object_profile_request_operations_item *obj)
{
    apic_struct_free(&suprsend_edit_object_profile_request_operations_item_desc, obj);
}

int suprsend_edit_object_profile_request_operations_item_from_json(const char *json, size_t len, suprsend_edit_object_profile_request_operations_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_object_profile_request_operations_item_Type, json, len, &value, err);
    *out = (suprsend_edit_object_profile_request_operations_item *)value;
    return rc;
}

int suprsend_edit_object_profile_request_operations_item_to_json(const suprsend_edit_object_profile_request_operations_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_object_profile_request_operations_item_Type, obj, out, err);
}

/* edit_object_profile_response */
static const apic_field suprsend_edit_object_profile_response_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_edit_object_profile_response, id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_edit_object_profile_response, object_type), -1, -1, &apic_type_string},
    {"subscriptions_count", 19, 0, offsetof(suprsend_edit_object_profile_response, subscriptions_count), offsetof(suprsend_edit_object_profile_response, has_subscriptions_count), -1, &apic_type_int64},
    {"properties", 10, 0, offsetof(suprsend_edit_object_profile_response, properties), offsetof(suprsend_edit_object_profile_response, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_edit_object_profile_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_edit_object_profile_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"$<channel>", 10, 0, offsetof(suprsend_edit_object_profile_response, channel), offsetof(suprsend_edit_object_profile_response, has_channel), -1, &suprsend_edit_object_profile_response_channel_item_array_Type},
};
const apic_struct_desc suprsend_edit_object_profile_response_desc = {
    "edit_object_profile_response", sizeof(suprsend_edit_object_profile_response), suprsend_edit_object_profile_response_desc_Fields, 7,
    offsetof(suprsend_edit_object_profile_response, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_object_profile_response_free(suprsend_edit_object_profile_response *obj)
{
    apic_struct_free(&suprsend_edit_object_profile_response_desc, obj);
}

int suprsend_edit_object_profile_response_from_json(const char *json, size_t len, suprsend_edit_object_profile_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_object_profile_response_Type, json, len, &value, err);
    *out = (suprsend_edit_object_profile_response *)value;
    return rc;
}

int suprsend_edit_object_profile_response_to_json(const suprsend_edit_object_profile_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_object_profile_response_Type, obj, out, err);
}

/* edit_object_profile_response.$<channel>.item */
static const apic_field suprsend_edit_object_profile_response_channel_item_desc_Fields[] = {
    {"value", 5, 0, offsetof(suprsend_edit_object_profile_response_channel_item, value), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_edit_object_profile_response_channel_item, status), -1, -1, &apic_type_string},
    {"perma_status", 12, 0, offsetof(suprsend_edit_object_profile_response_channel_item, perma_status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_edit_object_profile_response_channel_item_desc = {
    "edit_object_profile_response.$<channel>.item", sizeof(suprsend_edit_object_profile_response_channel_item), suprsend_edit_object_profile_response_channel_item_desc_Fields, 3,
    offsetof(suprsend_edit_object_profile_response_channel_item, unknown_fields),
    -1,
    NULL
};

void suprsend_edit_object_profile_response_channel_item_free(suprsend_edit_object_profile_response_channel_item *obj)
{
    apic_struct_free(&suprsend_edit_object_profile_response_channel_item_desc, obj);
}

int suprsend_edit_object_profile_response_channel_item_from_json(const char *json, size_t len, suprsend_edit_object_profile_response_channel_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_edit_object_profile_response_channel_item_Type, json, len, &value, err);
    *out = (suprsend_edit_object_profile_response_channel_item *)value;
    return rc;
}

int suprsend_edit_object_profile_response_channel_item_to_json(const suprsend_edit_object_profile_response_channel_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_edit_object_profile_response_channel_item_Type, obj, out, err);
}

/* list_object_subscriptions_response */
static const apic_field suprsend_list_object_subscriptions_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_object_subscriptions_response, meta), -1, -1, &suprsend_list_object_subscriptions_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_object_subscriptions_response, results), offsetof(suprsend_list_object_subscriptions_response, has_results), -1, &suprsend_list_object_subscriptions_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_object_subscriptions_response_desc = {
    "list_object_subscriptions_response", sizeof(suprsend_list_object_subscriptions_response), suprsend_list_object_subscriptions_response_desc_Fields, 2,
    offsetof(suprsend_list_object_subscriptions_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_object_subscriptions_response_free(suprsend_list_object_subscriptions_response *obj)
{
    apic_struct_free(&suprsend_list_object_subscriptions_response_desc, obj);
}

int suprsend_list_object_subscriptions_response_from_json(const char *json, size_t len, suprsend_list_object_subscriptions_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_object_subscriptions_response_Type, json, len, &value, err);
    *out = (suprsend_list_object_subscriptions_response *)value;
    return rc;
}

int suprsend_list_object_subscriptions_response_to_json(const suprsend_list_object_subscriptions_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_object_subscriptions_response_Type, obj, out, err);
}

/* list_object_subscriptions_response.meta */
static const apic_field suprsend_list_object_subscriptions_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_object_subscriptions_response_meta, count), offsetof(suprsend_list_object_subscriptions_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_object_subscriptions_response_meta, limit), offsetof(suprsend_list_object_subscriptions_response_meta, has_limit), -1, &apic_type_int64},
    {"has_prev", 8, 0, offsetof(suprsend_list_object_subscriptions_response_meta, has_prev), offsetof(suprsend_list_object_subscriptions_response_meta, has_has_prev), -1, &apic_type_bool},
    {"before", 6, 0, offsetof(suprsend_list_object_subscriptions_response_meta, before), -1, -1, &apic_type_string},
    {"has_next", 8, 0, offsetof(suprsend_list_object_subscriptions_response_meta, has_next), offsetof(suprsend_list_object_subscriptions_response_meta, has_has_next), -1, &apic_type_bool},
    {"after", 5, 0, offsetof(suprsend_list_object_subscriptions_response_meta, after), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_list_object_subscriptions_response_meta_desc = {
    "list_object_subscriptions_response.meta", sizeof(suprsend_list_object_subscriptions_response_meta), suprsend_list_object_subscriptions_response_meta_desc_Fields, 6,
    offsetof(suprsend_list_object_subscriptions_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_object_subscriptions_response_meta_free(suprsend_list_object_subscriptions_response_meta *obj)
{
    apic_struct_free(&suprsend_list_object_subscriptions_response_meta_desc, obj);
}

int suprsend_list_object_subscriptions_response_meta_from_json(const char *json, size_t len, suprsend_list_object_subscriptions_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_object_subscriptions_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_object_subscriptions_response_meta *)value;
    return rc;
}

int suprsend_list_object_subscriptions_response_meta_to_json(const suprsend_list_object_subscriptions_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_object_subscriptions_response_meta_Type, obj, out, err);
}

/* list_object_subscriptions_response.results.item */
static const apic_field suprsend_list_object_subscriptions_response_results_item_desc_Fields[] = {
    {"user", 4, 0, offsetof(suprsend_list_object_subscriptions_response_results_item, user), -1, -1, &suprsend_list_object_subscriptions_response_results_item_user_Type},
    {"object", 6, 0, offsetof(suprsend_list_object_subscriptions_response_results_item, object), -1, -1, &suprsend_list_object_subscriptions_response_results_item_object_Type},
    {"properties", 10, 0, offsetof(suprsend_list_object_subscriptions_response_results_item, properties), offsetof(suprsend_list_object_subscriptions_response_results_item, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_list_object_subscriptions_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_list_object_subscriptions_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_list_object_subscriptions_response_results_item_desc = {
    "list_object_subscriptions_response.results.item", sizeof(suprsend_list_object_subscriptions_response_results_item), suprsend_list_object_subscriptions_response_results_item_desc_Fields, 5,
    offsetof(suprsend_list_object_subscriptions_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_object_subscriptions_response_results_item_free(suprsend_list_object_subscriptions_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_object_subscriptions_response_results_item_desc, obj);
}

int suprsend_list_object_subscriptions_response_results_item_from_json(const char *json, size_t len, suprsend_list_object_subscriptions_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_object_subscriptions_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_object_subscriptions_response_results_item *)value;
    return rc;
}

int suprsend_list_object_subscriptions_response_results_item_to_json(const suprsend_list_object_subscriptions_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_object_subscriptions_response_results_item_Type, obj, out, err);
}

/* list_object_subscriptions_response.results.item.user */
static const apic_field suprsend_list_object_subscriptions_response_results_item_user_desc_Fields[] = {
    {"distinct_id", 11, 0, offsetof(suprsend_list_object_subscriptions_response_results_item_user, distinct_id), -1, -1, &apic_type_string},
    {"updated_at", 10, 0, offsetof(suprsend_list_object_subscriptions_response_results_item_user, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_list_object_subscriptions_response_results_item_user_desc = {
    "list_object_subscriptions_response.results.item.user", sizeof(suprsend_list_object_subscriptions_response_results_item_user), suprsend_list_object_subscriptions_response_results_item_user_desc_Fields, 2,
    offsetof(suprsend_list_object_subscriptions_response_results_item_user, unknown_fields),
    -1,
    NULL
};

void suprsend_list_object_subscriptions_response_results_item_user_free(suprsend_list_object_subscriptions_response_results_item_user *obj)
{
    apic_struct_free(&suprsend_list_object_subscriptions_response_results_item_user_desc, obj);
}

int suprsend_list_object_subscriptions_response_results_item_user_from_json(const char *json, size_t len, suprsend_list_object_subscriptions_response_results_item_user **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_object_subscriptions_response_results_item_user_Type, json, len, &value, err);
    *out = (suprsend_list_object_subscriptions_response_results_item_user *)value;
    return rc;
}

int suprsend_list_object_subscriptions_response_results_item_user_to_json(const suprsend_list_object_subscriptions_response_results_item_user *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_object_subscriptions_response_results_item_user_Type, obj, out, err);
}

/* list_object_subscriptions_response.results.item.object */
static const apic_field suprsend_list_object_subscriptions_response_results_item_object_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_list_object_subscriptions_response_results_item_object, id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_list_object_subscriptions_response_results_item_object, object_type), -1, -1, &apic_type_string},
    {"subscriptions_count", 19, 0, offsetof(suprsend_list_object_subscriptions_response_results_item_object, subscriptions_count), offsetof(suprsend_list_object_subscriptions_response_results_item_object, has_subscriptions_count), -1, &apic_type_int64},
    {"updated_at", 10, 0, offsetof(suprsend_list_object_subscriptions_response_results_item_object, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_list_object_subscriptions_response_results_item_object_desc = {
    "list_object_subscriptions_response.results.item.object", sizeof(suprsend_list_object_subscriptions_response_results_item_object), suprsend_list_object_subscriptions_response_results_item_object_desc_Fields, 4,
    offsetof(suprsend_list_object_subscriptions_response_results_item_object, unknown_fields),
    -1,
    NULL
};

void suprsend_list_object_subscriptions_response_results_item_object_free(suprsend_list_object_subscriptions_response_results_item_object *obj)
{
    apic_struct_free(&suprsend_list_object_subscriptions_response_results_item_object_desc, obj);
}

int suprsend_list_object_subscriptions_response_results_item_object_from_json(const char *json, size_t len, suprsend_list_object_subscriptions_response_results_item_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_object_subscriptions_response_results_item_object_Type, json, len, &value, err);
    *out = (suprsend_list_object_subscriptions_response_results_item_object *)value;
    return rc;
}

int suprsend_list_object_subscriptions_response_results_item_object_to_json(const suprsend_list_object_subscriptions_response_results_item_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_object_subscriptions_response_results_item_object_Type, obj, out, err);
}

/* add_object_subscription_request */
static const apic_field suprsend_add_object_subscription_request_desc_Fields[] = {
    {"recipients", 10, 0, offsetof(suprsend_add_object_subscription_request, recipients), offsetof(suprsend_add_object_subscription_request, has_recipients), -1, &suprsend_add_object_subscription_request_recipients_item_array_Type},
    {"properties", 10, 0, offsetof(suprsend_add_object_subscription_request, properties), offsetof(suprsend_add_object_subscription_request, has_properties), -1, &apic_type_json_map},
};
const apic_struct_desc suprsend_add_object_subscription_request_desc = {
    "add_object_subscription_request", sizeof(suprsend_add_object_subscription_request), suprsend_add_object_subscription_request_desc_Fields, 2,
    offsetof(suprsend_add_object_subscription_request, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_free(suprsend_add_object_subscription_request *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_desc, obj);
}

int suprsend_add_object_subscription_request_from_json(const char *json, size_t len, suprsend_add_object_subscription_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request *)value;
    return rc;
}

int suprsend_add_object_subscription_request_to_json(const suprsend_add_object_subscription_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_desc_Fields[] = {
    {"distinct_id", 11, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, distinct_id), -1, -1, &apic_type_string},
    {"$email", 6, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, email), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_email), -1, &suprsend_string_array_Type},
    {"$sms", 4, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, sms), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_sms), -1, &suprsend_string_array_Type},
    {"$whatsapp", 9, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, whatsapp), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_whatsapp), -1, &suprsend_string_array_Type},
    {"$inbox", 6, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, inbox), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_inbox), -1, &suprsend_string_array_Type},
    {"$androidpush", 12, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, androidpush), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_androidpush), -1, &suprsend_string_array_Type},
    {"$iospush", 8, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, iospush), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_iospush), -1, &suprsend_string_array_Type},
    {"$slack", 6, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, slack), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_slack), -1, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_array_Type},
    {"$ms_teams", 9, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, ms_teams), offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, has_ms_teams), -1, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_array_Type},
    {"$locale", 7, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, locale), -1, -1, &apic_type_string},
    {"$timezone", 9, 0, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, timezone), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_desc = {
    "add_object_subscription_request.recipients.item.add_user", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user), suprsend_add_object_subscription_request_recipients_item_add_user_desc_Fields, 11,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, unknown_fields),
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_add_object_subscription_request_recipients_item_add_user_free(suprsend_add_object_subscription_request_recipients_item_add_user *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_email */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_desc_Fields[] = {
    {"email", 5, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email, email), -1, -1, &suprsend_string_email_Type},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_desc = {
    "add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_email", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email), suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_desc_Fields, 2,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_free(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_email_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_member_id */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id, user_id), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_desc = {
    "add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_member_id", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id), suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_desc_Fields, 2,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_free(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_member_id_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_channel */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel, channel), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_desc = {
    "add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_channel", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel), suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_desc_Fields, 2,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_free(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_channel_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_incoming_webhook */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_desc = {
    "add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_incoming_webhook", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook), suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_free(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_desc = {
    "add_object_subscription_request.recipients.item.add_user.$slack.item.slack_using_incoming_webhook.incoming_webhook", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook), suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_free(suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_slack_item_slack_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_conversation_id */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"conversation_id", 15, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id, conversation_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_desc = {
    "add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_conversation_id", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id), suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_desc_Fields, 3,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_free(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_conversation_id_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_user_id */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_desc_Fields[] = {
    {"tenant_id", 9, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id, tenant_id), -1, -1, &apic_type_string},
    {"service_url", 11, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id, service_url), -1, -1, &suprsend_string_uri_Type},
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id, user_id), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_desc = {
    "add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_user_id", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id), suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_desc_Fields, 3,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_free(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_user_id_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_incoming_webhook */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_desc = {
    "add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_incoming_webhook", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook), suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_free(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, url), -1, -1, &suprsend_string_uri_Type},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc = {
    "add_object_subscription_request.recipients.item.add_user.$ms_teams.item.ms_teams_using_incoming_webhook.incoming_webhook", sizeof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook), suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_free(suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_to_json(const suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_user_ms_teams_item_ms_teams_using_incoming_webhook_incoming_webhook_Type, obj, out, err);
}

/* add_object_subscription_request.recipients.item.add_child_object */
static const apic_field suprsend_add_object_subscription_request_recipients_item_add_child_object_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_child_object, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_add_object_subscription_request_recipients_item_add_child_object, object_type), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_add_object_subscription_request_recipients_item_add_child_object_desc = {
    "add_object_subscription_request.recipients.item.add_child_object", sizeof(suprsend_add_object_subscription_request_recipients_item_add_child_object), suprsend_add_object_subscription_request_recipients_item_add_child_object_desc_Fields, 2,
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_child_object, unknown_fields),
    offsetof(suprsend_add_object_subscription_request_recipients_item_add_child_object, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_add_object_subscription_request_recipients_item_add_child_object_free(suprsend_add_object_subscription_request_recipients_item_add_child_object *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_request_recipients_item_add_child_object_desc, obj);
}

int suprsend_add_object_subscription_request_recipients_item_add_child_object_from_json(const char *json, size_t len, suprsend_add_object_subscription_request_recipients_item_add_child_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_request_recipients_item_add_child_object_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_request_recipients_item_add_child_object *)value;
    return rc;
}

int suprsend_add_object_subscription_request_recipients_item_add_child_object_to_json(const suprsend_add_object_subscription_request_recipients_item_add_child_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_request_recipients_item_add_child_object_Type, obj, out, err);
}

/* add_object_subscription_response */
static const apic_field suprsend_add_object_subscription_response_desc_Fields[] = {
    {"user", 4, 0, offsetof(suprsend_add_object_subscription_response, user), -1, -1, &suprsend_add_object_subscription_response_user_Type},
    {"object", 6, 0, offsetof(suprsend_add_object_subscription_response, object), -1, -1, &suprsend_add_object_subscription_response_object_Type},
    {"properties", 10, 0, offsetof(suprsend_add_object_subscription_response, properties), offsetof(suprsend_add_object_subscription_response, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_add_object_subscription_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_add_object_subscription_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_add_object_subscription_response_desc = {
    "add_object_subscription_response", sizeof(suprsend_add_object_subscription_response), suprsend_add_object_subscription_response_desc_Fields, 5,
    offsetof(suprsend_add_object_subscription_response, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_response_free(suprsend_add_object_subscription_response *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_response_desc, obj);
}

int suprsend_add_object_subscription_response_from_json(const char *json, size_t len, suprsend_add_object_subscription_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_response_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_response *)value;
    return rc;
}

int suprsend_add_object_subscription_response_to_json(const suprsend_add_object_subscription_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_response_Type, obj, out, err);
}

/* add_object_subscription_response.user */
static const apic_field suprsend_add_object_subscription_response_user_desc_Fields[] = {
    {"distinct_id", 11, 0, offsetof(suprsend_add_object_subscription_response_user, distinct_id), -1, -1, &apic_type_string},
    {"updated_at", 10, 0, offsetof(suprsend_add_object_subscription_response_user, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_add_object_subscription_response_user_desc = {
    "add_object_subscription_response.user", sizeof(suprsend_add_object_subscription_response_user), suprsend_add_object_subscription_response_user_desc_Fields, 2,
    offsetof(suprsend_add_object_subscription_response_user, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_response_user_free(suprsend_add_object_subscription_response_user *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_response_user_desc, obj);
}

int suprsend_add_object_subscription_response_user_from_json(const char *json, size_t len, suprsend_add_object_subscription_response_user **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_response_user_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_response_user *)value;
    return rc;
}

int suprsend_add_object_subscription_response_user_to_json(const suprsend_add_object_subscription_response_user *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_response_user_Type, obj, out, err);
}

/* add_object_subscription_response.object */
static const apic_field suprsend_add_object_subscription_response_object_desc_Fields[] = {
    {"id", 2, 0, offsetof(suprsend_add_object_subscription_response_object, id), -1, -1, &apic_type_string},
    {"object_type", 11, 0, offsetof(suprsend_add_object_subscription_response_object, object_type), -1, -1, &apic_type_string},
    {"subscriptions_count", 19, 0, offsetof(suprsend_add_object_subscription_response_object, subscriptions_count), offsetof(suprsend_add_object_subscription_response_object, has_subscriptions_count), -1, &apic_type_int64},
    {"updated_at", 10, 0, offsetof(suprsend_add_object_subscription_response_object, updated_at), -1, -1, &suprsend_string_date_time_Type},
};
const apic_struct_desc suprsend_add_object_subscription_response_object_desc = {
    "add_object_subscription_response.object", sizeof(suprsend_add_object_subscription_response_object), suprsend_add_object_subscription_response_object_desc_Fields, 4,
    offsetof(suprsend_add_object_subscription_response_object, unknown_fields),
    -1,
    NULL
};

void suprsend_add_object_subscription_response_object_free(suprsend_add_object_subscription_response_object *obj)
{
    apic_struct_free(&suprsend_add_object_subscription_response_object_desc, obj);
}

int suprsend_add_object_subscription_response_object_from_json(const char *json, size_t len, suprsend_add_object_subscription_response_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_add_object_subscription_response_object_Type, json, len, &value, err);
    *out = (suprsend_add_object_subscription_response_object *)value;
    return rc;
}

int suprsend_add_object_subscription_response_object_to_json(const suprsend_add_object_subscription_response_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_add_object_subscription_response_object_Type, obj, out, err);
}

/* delete_object_subscriptions_request */
static const apic_field suprsend_delete_object_subscriptions_request_desc_Fields[] = {
    {"recipients", 10, 0, offsetof(suprsend_delete_object_subscriptions_request, recipients), offsetof(suprsend_delete_object_subscriptions_request, has_recipients), -1, &suprsend_delete_object_subscriptions_request_recipients_item_array_Type},
};
const apic_struct_desc suprsend_delete_object_subscriptions_request_desc = {
    "delete_object_subscriptions_request", sizeof(suprsend_delete_object_subscriptions_request), suprsend_delete_object_subscriptions_request_desc_Fields, 1,
    offsetof(suprsend_delete_object_subscriptions_request, unknown_fields),
    -1,
    NULL
};

void suprsend_delete_object_subscriptions_request_free(suprsend_delete_object_subscriptions_request *obj)
{
    apic_struct_free(&suprsend_delete_object_subscriptions_request_desc, obj);
}

int suprsend_delete_object_subscriptions_request_from_json(const char *json, size_t len, suprsend_delete_object_subscriptions_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_delete_object_subscriptions_request_Type, json, len, &value, err);
    *out = (suprsend_delete_object_subscriptions_request *)value;
    return rc;
}

int suprsend_delete_object_subscriptions_request_to_json(const suprsend_delete_object_subscriptions_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_delete_object_subscriptions_request_Type, obj, out, err);
}

/* delete_object_subscriptions_request.recipients.item.object */
static const apic_field suprsend_delete_object_subscriptions_request_recipients_item_object_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(suprsend_delete_object_subscriptions_request_recipients_item_object, id), -1, -1, &apic_type_string},
    {"object_type", 11, APIC_F_REQUIRED, offsetof(suprsend_delete_object_subscriptions_request_recipients_item_object, object_type), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_delete_object_subscriptions_request_recipients_item_object_desc = {
    "delete_object_subscriptions_request.recipients.item.object", sizeof(suprsend_delete_object_subscriptions_request_recipients_item_object), suprsend_delete_object_subscriptions_request_recipients_item_object_desc_Fields, 2,
    offsetof(suprsend_delete_object_subscriptions_request_recipients_item_object, unknown_fields),
    -1,
    NULL
};

void suprsend_delete_object_subscriptions_request_recipients_item_object_free(suprsend_delete_object_subscriptions_request_recipients_item_object *obj)
{
    apic_struct_free(&suprsend_delete_object_subscriptions_request_recipients_item_object_desc, obj);
}

int suprsend_delete_object_subscriptions_request_recipients_item_object_from_json(const char *json, size_t len, suprsend_delete_object_subscriptions_request_recipients_item_object **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_delete_object_subscriptions_request_recipients_item_object_Type, json, len, &value, err);
    *out = (suprsend_delete_object_subscriptions_request_recipients_item_object *)value;
    return rc;
}

int suprsend_delete_object_subscriptions_request_recipients_item_object_to_json(const suprsend_delete_object_subscriptions_request_recipients_item_object *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_delete_object_subscriptions_request_recipients_item_object_Type, obj, out, err);
}

/* list_objects_by_type_response */
static const apic_field suprsend_list_objects_by_type_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_list_objects_by_type_response, meta), -1, -1, &suprsend_list_objects_by_type_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_list_objects_by_type_response, results), offsetof(suprsend_list_objects_by_type_response, has_results), -1, &suprsend_list_objects_by_type_response_results_item_array_Type},
};
const apic_struct_desc suprsend_list_objects_by_type_response_desc = {
    "list_objects_by_type_response", sizeof(suprsend_list_objects_by_type_response), suprsend_list_objects_by_type_response_desc_Fields, 2,
    offsetof(suprsend_list_objects_by_type_response, unknown_fields),
    -1,
    NULL
};

void suprsend_list_objects_by_type_response_free(suprsend_list_objects_by_type_response *obj)
{
    apic_struct_free(&suprsend_list_objects_by_type_response_desc, obj);
}

int suprsend_list_objects_by_type_response_from_json(const char *json, size_t len, suprsend_list_objects_by_type_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_objects_by_type_response_Type, json, len, &value, err);
    *out = (suprsend_list_objects_by_type_response *)value;
    return rc;
}

int suprsend_list_objects_by_type_response_to_json(const suprsend_list_objects_by_type_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_objects_by_type_response_Type, obj, out, err);
}

/* list_objects_by_type_response.meta */
static const apic_field suprsend_list_objects_by_type_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_list_objects_by_type_response_meta, count), offsetof(suprsend_list_objects_by_type_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_list_objects_by_type_response_meta, limit), offsetof(suprsend_list_objects_by_type_response_meta, has_limit), -1, &apic_type_int64},
    {"has_prev", 8, 0, offsetof(suprsend_list_objects_by_type_response_meta, has_prev), offsetof(suprsend_list_objects_by_type_response_meta, has_has_prev), -1, &apic_type_bool},
    {"before", 6, APIC_F_NULLABLE, offsetof(suprsend_list_objects_by_type_response_meta, before), -1, offsetof(suprsend_list_objects_by_type_response_meta, before_is_null), &apic_type_string},
    {"has_next", 8, 0, offsetof(suprsend_list_objects_by_type_response_meta, has_next), offsetof(suprsend_list_objects_by_type_response_meta, has_has_next), -1, &apic_type_bool},
    {"after", 5, APIC_F_NULLABLE, offsetof(suprsend_list_objects_by_type_response_meta, after), -1, offsetof(suprsend_list_objects_by_type_response_meta, after_is_null), &apic_type_string},
};
const apic_struct_desc suprsend_list_objects_by_type_response_meta_desc = {
    "list_objects_by_type_response.meta", sizeof(suprsend_list_objects_by_type_response_meta), suprsend_list_objects_by_type_response_meta_desc_Fields, 6,
    offsetof(suprsend_list_objects_by_type_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_list_objects_by_type_response_meta_free(suprsend_list_objects_by_type_response_meta *obj)
{
    apic_struct_free(&suprsend_list_objects_by_type_response_meta_desc, obj);
}

int suprsend_list_objects_by_type_response_meta_from_json(const char *json, size_t len, suprsend_list_objects_by_type_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_objects_by_type_response_meta_Type, json, len, &value, err);
    *out = (suprsend_list_objects_by_type_response_meta *)value;
    return rc;
}

int suprsend_list_objects_by_type_response_meta_to_json(const suprsend_list_objects_by_type_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_objects_by_type_response_meta_Type, obj, out, err);
}

/* list_objects_by_type_response.results.item */
static const apic_field suprsend_list_objects_by_type_response_results_item_desc_Fields[] = {
    {"object_type", 11, 0, offsetof(suprsend_list_objects_by_type_response_results_item, object_type), -1, -1, &apic_type_string},
    {"id", 2, 0, offsetof(suprsend_list_objects_by_type_response_results_item, id), -1, -1, &apic_type_string},
    {"subscriptions_count", 19, 0, offsetof(suprsend_list_objects_by_type_response_results_item, subscriptions_count), offsetof(suprsend_list_objects_by_type_response_results_item, has_subscriptions_count), -1, &apic_type_int64},
    {"properties", 10, 0, offsetof(suprsend_list_objects_by_type_response_results_item, properties), offsetof(suprsend_list_objects_by_type_response_results_item, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_list_objects_by_type_response_results_item, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_list_objects_by_type_response_results_item, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"$inbox", 6, 0, offsetof(suprsend_list_objects_by_type_response_results_item, inbox), offsetof(suprsend_list_objects_by_type_response_results_item, has_inbox), -1, &suprsend_list_objects_by_type_response_results_item_inbox_item_array_Type},
};
const apic_struct_desc suprsend_list_objects_by_type_response_results_item_desc = {
    "list_objects_by_type_response.results.item", sizeof(suprsend_list_objects_by_type_response_results_item), suprsend_list_objects_by_type_response_results_item_desc_Fields, 7,
    offsetof(suprsend_list_objects_by_type_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_objects_by_type_response_results_item_free(suprsend_list_objects_by_type_response_results_item *obj)
{
    apic_struct_free(&suprsend_list_objects_by_type_response_results_item_desc, obj);
}

int suprsend_list_objects_by_type_response_results_item_from_json(const char *json, size_t len, suprsend_list_objects_by_type_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_objects_by_type_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_list_objects_by_type_response_results_item *)value;
    return rc;
}

int suprsend_list_objects_by_type_response_results_item_to_json(const suprsend_list_objects_by_type_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_objects_by_type_response_results_item_Type, obj, out, err);
}

/* list_objects_by_type_response.results.item.$inbox.item */
static const apic_field suprsend_list_objects_by_type_response_results_item_inbox_item_desc_Fields[] = {
    {"value", 5, 0, offsetof(suprsend_list_objects_by_type_response_results_item_inbox_item, value), -1, -1, &apic_type_string},
    {"id_provider", 11, 0, offsetof(suprsend_list_objects_by_type_response_results_item_inbox_item, id_provider), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_list_objects_by_type_response_results_item_inbox_item, status), -1, -1, &apic_type_string},
    {"perma_status", 12, 0, offsetof(suprsend_list_objects_by_type_response_results_item_inbox_item, perma_status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_list_objects_by_type_response_results_item_inbox_item_desc = {
    "list_objects_by_type_response.results.item.$inbox.item", sizeof(suprsend_list_objects_by_type_response_results_item_inbox_item), suprsend_list_objects_by_type_response_results_item_inbox_item_desc_Fields, 4,
    offsetof(suprsend_list_objects_by_type_response_results_item_inbox_item, unknown_fields),
    -1,
    NULL
};

void suprsend_list_objects_by_type_response_results_item_inbox_item_free(suprsend_list_objects_by_type_response_results_item_inbox_item *obj)
{
    apic_struct_free(&suprsend_list_objects_by_type_response_results_item_inbox_item_desc, obj);
}

int suprsend_list_objects_by_type_response_results_item_inbox_item_from_json(const char *json, size_t len, suprsend_list_objects_by_type_response_results_item_inbox_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_list_objects_by_type_response_results_item_inbox_item_Type, json, len, &value, err);
    *out = (suprsend_list_objects_by_type_response_results_item_inbox_item *)value;
    return rc;
}

int suprsend_list_objects_by_type_response_results_item_inbox_item_to_json(const suprsend_list_objects_by_type_response_results_item_inbox_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_list_objects_by_type_response_results_item_inbox_item_Type, obj, out, err);
}

/* fetch_object_preference_single_category_response */
static const apic_field suprsend_fetch_object_preference_single_category_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_object_preference_single_category_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_fetch_object_preference_single_category_response, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_fetch_object_preference_single_category_response, description), -1, -1, &apic_type_string},
    {"original_preference", 19, APIC_F_NULLABLE, offsetof(suprsend_fetch_object_preference_single_category_response, original_preference), offsetof(suprsend_fetch_object_preference_single_category_response, has_original_preference), offsetof(suprsend_fetch_object_preference_single_category_response, original_preference_is_null), &suprsend_fetch_object_preference_single_category_response_original_preference_Type},
    {"preference", 10, 0, offsetof(suprsend_fetch_object_preference_single_category_response, preference), offsetof(suprsend_fetch_object_preference_single_category_response, has_preference), -1, &suprsend_fetch_object_preference_single_category_response_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_fetch_object_preference_single_category_response, is_editable), offsetof(suprsend_fetch_object_preference_single_category_response, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_fetch_object_preference_single_category_response, channels), offsetof(suprsend_fetch_object_preference_single_category_response, has_channels), -1, &suprsend_fetch_object_preference_single_category_response_channels_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_preference_single_category_response_desc = {
    "fetch_object_preference_single_category_response", sizeof(suprsend_fetch_object_preference_single_category_response), suprsend_fetch_object_preference_single_category_response_desc_Fields, 7,
    offsetof(suprsend_fetch_object_preference_single_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_single_category_response_free(suprsend_fetch_object_preference_single_category_response *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_single_category_response_desc, obj);
}

int suprsend_fetch_object_preference_single_category_response_from_json(const char *json, size_t len, suprsend_fetch_object_preference_single_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_single_category_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_single_category_response *)value;
    return rc;
}

int suprsend_fetch_object_preference_single_category_response_to_json(const suprsend_fetch_object_preference_single_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_single_category_response_Type, obj, out, err);
}

/* fetch_object_preference_single_category_response.channels.item */
static const apic_field suprsend_fetch_object_preference_single_category_response_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_fetch_object_preference_single_category_response_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_fetch_object_preference_single_category_response_channels_item, preference), offsetof(suprsend_fetch_object_preference_single_category_response_channels_item, has_preference), -1, &suprsend_fetch_object_preference_single_category_response_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_fetch_object_preference_single_category_response_channels_item, is_editable), offsetof(suprsend_fetch_object_preference_single_category_response_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_fetch_object_preference_single_category_response_channels_item_desc = {
    "fetch_object_preference_single_category_response.channels.item", sizeof(suprsend_fetch_object_preference_single_category_response_channels_item), suprsend_fetch_object_preference_single_category_response_channels_item_desc_Fields, 3,
    offsetof(suprsend_fetch_object_preference_single_category_response_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_single_category_response_channels_item_free(suprsend_fetch_object_preference_single_category_response_channels_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_single_category_response_channels_item_desc, obj);
}

int suprsend_fetch_object_preference_single_category_response_channels_item_from_json(const char *json, size_t len, suprsend_fetch_object_preference_single_category_response_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_single_category_response_channels_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_single_category_response_channels_item *)value;
    return rc;
}

int suprsend_fetch_object_preference_single_category_response_channels_item_to_json(const suprsend_fetch_object_preference_single_category_response_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_single_category_response_channels_item_Type, obj, out, err);
}

/* object_preference_category_request */
static const apic_field suprsend_object_preference_category_request_desc_Fields[] = {
    {"preference", 10, 0, offsetof(suprsend_object_preference_category_request, preference), -1, -1, &apic_type_string},
    {"opt_out_channels", 16, 0, offsetof(suprsend_object_preference_category_request, opt_out_channels), offsetof(suprsend_object_preference_category_request, has_opt_out_channels), -1, &suprsend_string_array_Type},
    {"opt_in_channels", 15, 0, offsetof(suprsend_object_preference_category_request, opt_in_channels), offsetof(suprsend_object_preference_category_request, has_opt_in_channels), -1, &suprsend_string_array_Type},
};
const apic_struct_desc suprsend_object_preference_category_request_desc = {
    "object_preference_category_request", sizeof(suprsend_object_preference_category_request), suprsend_object_preference_category_request_desc_Fields, 3,
    offsetof(suprsend_object_preference_category_request, unknown_fields),
    -1,
    NULL
};

void suprsend_object_preference_category_request_free(suprsend_object_preference_category_request *obj)
{
    apic_struct_free(&suprsend_object_preference_category_request_desc, obj);
}

int suprsend_object_preference_category_request_from_json(const char *json, size_t len, suprsend_object_preference_category_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_preference_category_request_Type, json, len, &value, err);
    *out = (suprsend_object_preference_category_request *)value;
    return rc;
}

int suprsend_object_preference_category_request_to_json(const suprsend_object_preference_category_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_preference_category_request_Type, obj, out, err);
}

/* object_preference_category_response */
static const apic_field suprsend_object_preference_category_response_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_object_preference_category_response, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_object_preference_category_response, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_object_preference_category_response, description), -1, -1, &apic_type_string},
    {"original_preference", 19, 0, offsetof(suprsend_object_preference_category_response, original_preference), offsetof(suprsend_object_preference_category_response, has_original_preference), -1, &suprsend_object_preference_category_response_original_preference_Type},
    {"preference", 10, 0, offsetof(suprsend_object_preference_category_response, preference), offsetof(suprsend_object_preference_category_response, has_preference), -1, &suprsend_object_preference_category_response_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_object_preference_category_response, is_editable), offsetof(suprsend_object_preference_category_response, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_object_preference_category_response, channels), offsetof(suprsend_object_preference_category_response, has_channels), -1, &suprsend_object_preference_category_response_channels_item_array_Type},
};
const apic_struct_desc suprsend_object_preference_category_response_desc = {
    "object_preference_category_response", sizeof(suprsend_object_preference_category_response), suprsend_object_preference_category_response_desc_Fields, 7,
    offsetof(suprsend_object_preference_category_response, unknown_fields),
    -1,
    NULL
};

void suprsend_object_preference_category_response_free(suprsend_object_preference_category_response *obj)
{
    apic_struct_free(&suprsend_object_preference_category_response_desc, obj);
}

int suprsend_object_preference_category_response_from_json(const char *json, size_t len, suprsend_object_preference_category_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_preference_category_response_Type, json, len, &value, err);
    *out = (suprsend_object_preference_category_response *)value;
    return rc;
}

int suprsend_object_preference_category_response_to_json(const suprsend_object_preference_category_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_preference_category_response_Type, obj, out, err);
}

/* object_preference_category_response.channels.item */
static const apic_field suprsend_object_preference_category_response_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_object_preference_category_response_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_object_preference_category_response_channels_item, preference), offsetof(suprsend_object_preference_category_response_channels_item, has_preference), -1, &suprsend_object_preference_category_response_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_object_preference_category_response_channels_item, is_editable), offsetof(suprsend_object_preference_category_response_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_object_preference_category_response_channels_item_desc = {
    "object_preference_category_response.channels.item", sizeof(suprsend_object_preference_category_response_channels_item), suprsend_object_preference_category_response_channels_item_desc_Fields, 3,
    offsetof(suprsend_object_preference_category_response_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_object_preference_category_response_channels_item_free(suprsend_object_preference_category_response_channels_item *obj)
{
    apic_struct_free(&suprsend_object_preference_category_response_channels_item_desc, obj);
}

int suprsend_object_preference_category_response_channels_item_from_json(const char *json, size_t len, suprsend_object_preference_category_response_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_preference_category_response_channels_item_Type, json, len, &value, err);
    *out = (suprsend_object_preference_category_response_channels_item *)value;
    return rc;
}

int suprsend_object_preference_category_response_channels_item_to_json(const suprsend_object_preference_category_response_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_preference_category_response_channels_item_Type, obj, out, err);
}

/* fetch_object_preference_all_channels_response */
static const apic_field suprsend_fetch_object_preference_all_channels_response_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_fetch_object_preference_all_channels_response, channel_preferences), offsetof(suprsend_fetch_object_preference_all_channels_response, has_channel_preferences), -1, &suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_preference_all_channels_response_desc = {
    "fetch_object_preference_all_channels_response", sizeof(suprsend_fetch_object_preference_all_channels_response), suprsend_fetch_object_preference_all_channels_response_desc_Fields, 1,
    offsetof(suprsend_fetch_object_preference_all_channels_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_all_channels_response_free(suprsend_fetch_object_preference_all_channels_response *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_all_channels_response_desc, obj);
}

int suprsend_fetch_object_preference_all_channels_response_from_json(const char *json, size_t len, suprsend_fetch_object_preference_all_channels_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_all_channels_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_all_channels_response *)value;
    return rc;
}

int suprsend_fetch_object_preference_all_channels_response_to_json(const suprsend_fetch_object_preference_all_channels_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_all_channels_response_Type, obj, out, err);
}

/* fetch_object_preference_all_channels_response.channel_preferences.item */
static const apic_field suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_fetch_object_preference_all_channels_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_fetch_object_preference_all_channels_response_channel_preferences_item, is_restricted), offsetof(suprsend_fetch_object_preference_all_channels_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_desc = {
    "fetch_object_preference_all_channels_response.channel_preferences.item", sizeof(suprsend_fetch_object_preference_all_channels_response_channel_preferences_item), suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_fetch_object_preference_all_channels_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_free(suprsend_fetch_object_preference_all_channels_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_desc, obj);
}

int suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_fetch_object_preference_all_channels_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_all_channels_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_to_json(const suprsend_fetch_object_preference_all_channels_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_all_channels_response_channel_preferences_item_Type, obj, out, err);
}

/* object_preference_channel_request */
static const apic_field suprsend_object_preference_channel_request_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_object_preference_channel_request, channel_preferences), offsetof(suprsend_object_preference_channel_request, has_channel_preferences), -1, &suprsend_object_preference_channel_request_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_object_preference_channel_request_desc = {
    "object_preference_channel_request", sizeof(suprsend_object_preference_channel_request), suprsend_object_preference_channel_request_desc_Fields, 1,
    offsetof(suprsend_object_preference_channel_request, unknown_fields),
    -1,
    NULL
};

void suprsend_object_preference_channel_request_free(suprsend_object_preference_channel_request *obj)
{
    apic_struct_free(&suprsend_object_preference_channel_request_desc, obj);
}

int suprsend_object_preference_channel_request_from_json(const char *json, size_t len, suprsend_object_preference_channel_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_preference_channel_request_Type, json, len, &value, err);
    *out = (suprsend_object_preference_channel_request *)value;
    return rc;
}

int suprsend_object_preference_channel_request_to_json(const suprsend_object_preference_channel_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_preference_channel_request_Type, obj, out, err);
}

/* object_preference_channel_request.channel_preferences.item */
static const apic_field suprsend_object_preference_channel_request_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_object_preference_channel_request_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_object_preference_channel_request_channel_preferences_item, is_restricted), offsetof(suprsend_object_preference_channel_request_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_object_preference_channel_request_channel_preferences_item_desc = {
    "object_preference_channel_request.channel_preferences.item", sizeof(suprsend_object_preference_channel_request_channel_preferences_item), suprsend_object_preference_channel_request_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_object_preference_channel_request_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_object_preference_channel_request_channel_preferences_item_free(suprsend_object_preference_channel_request_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_object_preference_channel_request_channel_preferences_item_desc, obj);
}

int suprsend_object_preference_channel_request_channel_preferences_item_from_json(const char *json, size_t len, suprsend_object_preference_channel_request_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_preference_channel_request_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_object_preference_channel_request_channel_preferences_item *)value;
    return rc;
}

int suprsend_object_preference_channel_request_channel_preferences_item_to_json(const suprsend_object_preference_channel_request_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_preference_channel_request_channel_preferences_item_Type, obj, out, err);
}

/* object_preference_channel_response */
static const apic_field suprsend_object_preference_channel_response_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_object_preference_channel_response, channel_preferences), offsetof(suprsend_object_preference_channel_response, has_channel_preferences), -1, &suprsend_object_preference_channel_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_object_preference_channel_response_desc = {
    "object_preference_channel_response", sizeof(suprsend_object_preference_channel_response), suprsend_object_preference_channel_response_desc_Fields, 1,
    offsetof(suprsend_object_preference_channel_response, unknown_fields),
    -1,
    NULL
};

void suprsend_object_preference_channel_response_free(suprsend_object_preference_channel_response *obj)
{
    apic_struct_free(&suprsend_object_preference_channel_response_desc, obj);
}

int suprsend_object_preference_channel_response_from_json(const char *json, size_t len, suprsend_object_preference_channel_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_preference_channel_response_Type, json, len, &value, err);
    *out = (suprsend_object_preference_channel_response *)value;
    return rc;
}

int suprsend_object_preference_channel_response_to_json(const suprsend_object_preference_channel_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_preference_channel_response_Type, obj, out, err);
}

/* object_preference_channel_response.channel_preferences.item */
static const apic_field suprsend_object_preference_channel_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_object_preference_channel_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_object_preference_channel_response_channel_preferences_item, is_restricted), offsetof(suprsend_object_preference_channel_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_object_preference_channel_response_channel_preferences_item_desc = {
    "object_preference_channel_response.channel_preferences.item", sizeof(suprsend_object_preference_channel_response_channel_preferences_item), suprsend_object_preference_channel_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_object_preference_channel_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_object_preference_channel_response_channel_preferences_item_free(suprsend_object_preference_channel_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_object_preference_channel_response_channel_preferences_item_desc, obj);
}

int suprsend_object_preference_channel_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_object_preference_channel_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_object_preference_channel_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_object_preference_channel_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_object_preference_channel_response_channel_preferences_item_to_json(const suprsend_object_preference_channel_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_object_preference_channel_response_channel_preferences_item_Type, obj, out, err);
}

/* fetch_object_full_preference_response */
static const apic_field suprsend_fetch_object_full_preference_response_desc_Fields[] = {
    {"sections", 8, 0, offsetof(suprsend_fetch_object_full_preference_response, sections), offsetof(suprsend_fetch_object_full_preference_response, has_sections), -1, &suprsend_fetch_object_full_preference_response_sections_item_array_Type},
    {"channel_preferences", 19, 0, offsetof(suprsend_fetch_object_full_preference_response, channel_preferences), offsetof(suprsend_fetch_object_full_preference_response, has_channel_preferences), -1, &suprsend_fetch_object_full_preference_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_full_preference_response_desc = {
    "fetch_object_full_preference_response", sizeof(suprsend_fetch_object_full_preference_response), suprsend_fetch_object_full_preference_response_desc_Fields, 2,
    offsetof(suprsend_fetch_object_full_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_full_preference_response_free(suprsend_fetch_object_full_preference_response *obj)
{
    apic_struct_free(&suprsend_fetch_object_full_preference_response_desc, obj);
}

int suprsend_fetch_object_full_preference_response_from_json(const char *json, size_t len, suprsend_fetch_object_full_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_full_preference_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_full_preference_response *)value;
    return rc;
}

int suprsend_fetch_object_full_preference_response_to_json(const suprsend_fetch_object_full_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_full_preference_response_Type, obj, out, err);
}

/* fetch_object_full_preference_response.sections.item */
static const apic_field suprsend_fetch_object_full_preference_response_sections_item_desc_Fields[] = {
    {"subcategories", 13, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item, subcategories), offsetof(suprsend_fetch_object_full_preference_response_sections_item, has_subcategories), -1, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_full_preference_response_sections_item_desc = {
    "fetch_object_full_preference_response.sections.item", sizeof(suprsend_fetch_object_full_preference_response_sections_item), suprsend_fetch_object_full_preference_response_sections_item_desc_Fields, 1,
    offsetof(suprsend_fetch_object_full_preference_response_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_full_preference_response_sections_item_free(suprsend_fetch_object_full_preference_response_sections_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_full_preference_response_sections_item_desc, obj);
}

int suprsend_fetch_object_full_preference_response_sections_item_from_json(const char *json, size_t len, suprsend_fetch_object_full_preference_response_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_full_preference_response_sections_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_full_preference_response_sections_item *)value;
    return rc;
}

int suprsend_fetch_object_full_preference_response_sections_item_to_json(const suprsend_fetch_object_full_preference_response_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_full_preference_response_sections_item_Type, obj, out, err);
}

/* fetch_object_full_preference_response.sections.item.subcategories.item */
static const apic_field suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, description), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, preference), offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, has_preference), -1, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, is_editable), offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, channels), offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, has_channels), -1, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_desc = {
    "fetch_object_full_preference_response.sections.item.subcategories.item", sizeof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item), suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_desc_Fields, 6,
    offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_free(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_desc, obj);
}

int suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_from_json(const char *json, size_t len, suprsend_fetch_object_full_preference_response_sections_item_subcategories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_full_preference_response_sections_item_subcategories_item *)value;
    return rc;
}

int suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_to_json(const suprsend_fetch_object_full_preference_response_sections_item_subcategories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_Type, obj, out, err);
}

/* fetch_object_full_preference_response.sections.item.subcategories.item.channels.item */
static const apic_field suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item, preference), offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item, has_preference), -1, &suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item, is_editable), offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_desc = {
    "fetch_object_full_preference_response.sections.item.subcategories.item.channels.item", sizeof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item), suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields, 3,
    offsetof(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_free(suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_desc, obj);
}

int suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_from_json(const char *json, size_t len, suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item *)value;
    return rc;
}

int suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_to_json(const suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_full_preference_response_sections_item_subcategories_item_channels_item_Type, obj, out, err);
}

/* fetch_object_full_preference_response.channel_preferences.item */
static const apic_field suprsend_fetch_object_full_preference_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_fetch_object_full_preference_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_fetch_object_full_preference_response_channel_preferences_item, is_restricted), offsetof(suprsend_fetch_object_full_preference_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_fetch_object_full_preference_response_channel_preferences_item_desc = {
    "fetch_object_full_preference_response.channel_preferences.item", sizeof(suprsend_fetch_object_full_preference_response_channel_preferences_item), suprsend_fetch_object_full_preference_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_fetch_object_full_preference_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_full_preference_response_channel_preferences_item_free(suprsend_fetch_object_full_preference_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_full_preference_response_channel_preferences_item_desc, obj);
}

int suprsend_fetch_object_full_preference_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_fetch_object_full_preference_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_full_preference_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_full_preference_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_fetch_object_full_preference_response_channel_preferences_item_to_json(const suprsend_fetch_object_full_preference_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_full_preference_response_channel_preferences_item_Type, obj, out, err);
}

/* update_object_full_preference_request */
static const apic_field suprsend_update_object_full_preference_request_desc_Fields[] = {
    {"channel_preferences", 19, 0, offsetof(suprsend_update_object_full_preference_request, channel_preferences), offsetof(suprsend_update_object_full_preference_request, has_channel_preferences), -1, &suprsend_update_object_full_preference_request_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_update_object_full_preference_request_desc = {
    "update_object_full_preference_request", sizeof(suprsend_update_object_full_preference_request), suprsend_update_object_full_preference_request_desc_Fields, 1,
    offsetof(suprsend_update_object_full_preference_request, unknown_fields),
    -1,
    NULL
};

void suprsend_update_object_full_preference_request_free(suprsend_update_object_full_preference_request *obj)
{
    apic_struct_free(&suprsend_update_object_full_preference_request_desc, obj);
}

int suprsend_update_object_full_preference_request_from_json(const char *json, size_t len, suprsend_update_object_full_preference_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_object_full_preference_request_Type, json, len, &value, err);
    *out = (suprsend_update_object_full_preference_request *)value;
    return rc;
}

int suprsend_update_object_full_preference_request_to_json(const suprsend_update_object_full_preference_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_object_full_preference_request_Type, obj, out, err);
}

/* update_object_full_preference_request.channel_preferences.item */
static const apic_field suprsend_update_object_full_preference_request_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_object_full_preference_request_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_update_object_full_preference_request_channel_preferences_item, is_restricted), offsetof(suprsend_update_object_full_preference_request_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_object_full_preference_request_channel_preferences_item_desc = {
    "update_object_full_preference_request.channel_preferences.item", sizeof(suprsend_update_object_full_preference_request_channel_preferences_item), suprsend_update_object_full_preference_request_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_update_object_full_preference_request_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_object_full_preference_request_channel_preferences_item_free(suprsend_update_object_full_preference_request_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_update_object_full_preference_request_channel_preferences_item_desc, obj);
}

int suprsend_update_object_full_preference_request_channel_preferences_item_from_json(const char *json, size_t len, suprsend_update_object_full_preference_request_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_object_full_preference_request_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_update_object_full_preference_request_channel_preferences_item *)value;
    return rc;
}

int suprsend_update_object_full_preference_request_channel_preferences_item_to_json(const suprsend_update_object_full_preference_request_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_object_full_preference_request_channel_preferences_item_Type, obj, out, err);
}

/* update_object_full_preference_response */
static const apic_field suprsend_update_object_full_preference_response_desc_Fields[] = {
    {"sections", 8, 0, offsetof(suprsend_update_object_full_preference_response, sections), offsetof(suprsend_update_object_full_preference_response, has_sections), -1, &suprsend_update_object_full_preference_response_sections_item_array_Type},
    {"channel_preferences", 19, 0, offsetof(suprsend_update_object_full_preference_response, channel_preferences), offsetof(suprsend_update_object_full_preference_response, has_channel_preferences), -1, &suprsend_update_object_full_preference_response_channel_preferences_item_array_Type},
};
const apic_struct_desc suprsend_update_object_full_preference_response_desc = {
    "update_object_full_preference_response", sizeof(suprsend_update_object_full_preference_response), suprsend_update_object_full_preference_response_desc_Fields, 2,
    offsetof(suprsend_update_object_full_preference_response, unknown_fields),
    -1,
    NULL
};

void suprsend_update_object_full_preference_response_free(suprsend_update_object_full_preference_response *obj)
{
    apic_struct_free(&suprsend_update_object_full_preference_response_desc, obj);
}

int suprsend_update_object_full_preference_response_from_json(const char *json, size_t len, suprsend_update_object_full_preference_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_object_full_preference_response_Type, json, len, &value, err);
    *out = (suprsend_update_object_full_preference_response *)value;
    return rc;
}

int suprsend_update_object_full_preference_response_to_json(const suprsend_update_object_full_preference_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_object_full_preference_response_Type, obj, out, err);
}

/* update_object_full_preference_response.sections.item */
static const apic_field suprsend_update_object_full_preference_response_sections_item_desc_Fields[] = {
    {"name", 4, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item, name), -1, offsetof(suprsend_update_object_full_preference_response_sections_item, name_is_null), &apic_type_string},
    {"slug", 4, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item, slug), -1, offsetof(suprsend_update_object_full_preference_response_sections_item, slug_is_null), &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item, description), -1, offsetof(suprsend_update_object_full_preference_response_sections_item, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item, tags), offsetof(suprsend_update_object_full_preference_response_sections_item, has_tags), offsetof(suprsend_update_object_full_preference_response_sections_item, tags_is_null), &suprsend_string_array_Type},
    {"subcategories", 13, 0, offsetof(suprsend_update_object_full_preference_response_sections_item, subcategories), offsetof(suprsend_update_object_full_preference_response_sections_item, has_subcategories), -1, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_array_Type},
};
const apic_struct_desc suprsend_update_object_full_preference_response_sections_item_desc = {
    "update_object_full_preference_response.sections.item", sizeof(suprsend_update_object_full_preference_response_sections_item), suprsend_update_object_full_preference_response_sections_item_desc_Fields, 5,
    offsetof(suprsend_update_object_full_preference_response_sections_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_object_full_preference_response_sections_item_free(suprsend_update_object_full_preference_response_sections_item *obj)
{
    apic_struct_free(&suprsend_update_object_full_preference_response_sections_item_desc, obj);
}

int suprsend_update_object_full_preference_response_sections_item_from_json(const char *json, size_t len, suprsend_update_object_full_preference_response_sections_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_object_full_preference_response_sections_item_Type, json, len, &value, err);
    *out = (suprsend_update_object_full_preference_response_sections_item *)value;
    return rc;
}

int suprsend_update_object_full_preference_response_sections_item_to_json(const suprsend_update_object_full_preference_response_sections_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_object_full_preference_response_sections_item_Type, obj, out, err);
}

/* update_object_full_preference_response.sections.item.subcategories.item */
static const apic_field suprsend_update_object_full_preference_response_sections_item_subcategories_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, category), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, description), -1, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, description_is_null), &apic_type_string},
    {"tags", 4, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, tags), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, has_tags), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, tags_is_null), &suprsend_string_array_Type},
    {"effective_tags", 14, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, effective_tags), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, has_effective_tags), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, effective_tags_is_null), &suprsend_string_array_Type},
    {"original_preference", 19, APIC_F_NULLABLE, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, original_preference), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, has_original_preference), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, original_preference_is_null), &suprsend_update_object_full_preference_response_sections_item_subcategories_item_original_preference_Type},
    {"preference", 10, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, preference), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, has_preference), -1, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, is_editable), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, channels), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, has_channels), -1, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_array_Type},
};
const apic_struct_desc suprsend_update_object_full_preference_response_sections_item_subcategories_item_desc = {
    "update_object_full_preference_response.sections.item.subcategories.item", sizeof(suprsend_update_object_full_preference_response_sections_item_subcategories_item), suprsend_update_object_full_preference_response_sections_item_subcategories_item_desc_Fields, 9,
    offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_object_full_preference_response_sections_item_subcategories_item_free(suprsend_update_object_full_preference_response_sections_item_subcategories_item *obj)
{
    apic_struct_free(&suprsend_update_object_full_preference_response_sections_item_subcategories_item_desc, obj);
}

int suprsend_update_object_full_preference_response_sections_item_subcategories_item_from_json(const char *json, size_t len, suprsend_update_object_full_preference_response_sections_item_subcategories_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_object_full_preference_response_sections_item_subcategories_item_Type, json, len, &value, err);
    *out = (suprsend_update_object_full_preference_response_sections_item_subcategories_item *)value;
    return rc;
}

int suprsend_update_object_full_preference_response_sections_item_subcategories_item_to_json(const suprsend_update_object_full_preference_response_sections_item_subcategories_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_object_full_preference_response_sections_item_subcategories_item_Type, obj, out, err);
}

/* update_object_full_preference_response.sections.item.subcategories.item.channels.item */
static const apic_field suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item, preference), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item, has_preference), -1, &suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item, is_editable), offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_desc = {
    "update_object_full_preference_response.sections.item.subcategories.item.channels.item", sizeof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item), suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_desc_Fields, 3,
    offsetof(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_free(suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item *obj)
{
    apic_struct_free(&suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_desc, obj);
}

int suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_from_json(const char *json, size_t len, suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_Type, json, len, &value, err);
    *out = (suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item *)value;
    return rc;
}

int suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_to_json(const suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_object_full_preference_response_sections_item_subcategories_item_channels_item_Type, obj, out, err);
}

/* update_object_full_preference_response.channel_preferences.item */
static const apic_field suprsend_update_object_full_preference_response_channel_preferences_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_update_object_full_preference_response_channel_preferences_item, channel), -1, -1, &apic_type_string},
    {"is_restricted", 13, 0, offsetof(suprsend_update_object_full_preference_response_channel_preferences_item, is_restricted), offsetof(suprsend_update_object_full_preference_response_channel_preferences_item, has_is_restricted), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_update_object_full_preference_response_channel_preferences_item_desc = {
    "update_object_full_preference_response.channel_preferences.item", sizeof(suprsend_update_object_full_preference_response_channel_preferences_item), suprsend_update_object_full_preference_response_channel_preferences_item_desc_Fields, 2,
    offsetof(suprsend_update_object_full_preference_response_channel_preferences_item, unknown_fields),
    -1,
    NULL
};

void suprsend_update_object_full_preference_response_channel_preferences_item_free(suprsend_update_object_full_preference_response_channel_preferences_item *obj)
{
    apic_struct_free(&suprsend_update_object_full_preference_response_channel_preferences_item_desc, obj);
}

int suprsend_update_object_full_preference_response_channel_preferences_item_from_json(const char *json, size_t len, suprsend_update_object_full_preference_response_channel_preferences_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_update_object_full_preference_response_channel_preferences_item_Type, json, len, &value, err);
    *out = (suprsend_update_object_full_preference_response_channel_preferences_item *)value;
    return rc;
}

int suprsend_update_object_full_preference_response_channel_preferences_item_to_json(const suprsend_update_object_full_preference_response_channel_preferences_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_update_object_full_preference_response_channel_preferences_item_Type, obj, out, err);
}

/* fetch_object_preference_all_categories_response */
static const apic_field suprsend_fetch_object_preference_all_categories_response_desc_Fields[] = {
    {"meta", 4, 0, offsetof(suprsend_fetch_object_preference_all_categories_response, meta), -1, -1, &suprsend_fetch_object_preference_all_categories_response_meta_Type},
    {"results", 7, 0, offsetof(suprsend_fetch_object_preference_all_categories_response, results), offsetof(suprsend_fetch_object_preference_all_categories_response, has_results), -1, &suprsend_fetch_object_preference_all_categories_response_results_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_preference_all_categories_response_desc = {
    "fetch_object_preference_all_categories_response", sizeof(suprsend_fetch_object_preference_all_categories_response), suprsend_fetch_object_preference_all_categories_response_desc_Fields, 2,
    offsetof(suprsend_fetch_object_preference_all_categories_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_all_categories_response_free(suprsend_fetch_object_preference_all_categories_response *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_all_categories_response_desc, obj);
}

int suprsend_fetch_object_preference_all_categories_response_from_json(const char *json, size_t len, suprsend_fetch_object_preference_all_categories_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_all_categories_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_all_categories_response *)value;
    return rc;
}

int suprsend_fetch_object_preference_all_categories_response_to_json(const suprsend_fetch_object_preference_all_categories_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_all_categories_response_Type, obj, out, err);
}

/* fetch_object_preference_all_categories_response.meta */
static const apic_field suprsend_fetch_object_preference_all_categories_response_meta_desc_Fields[] = {
    {"count", 5, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_meta, count), offsetof(suprsend_fetch_object_preference_all_categories_response_meta, has_count), -1, &apic_type_int64},
    {"limit", 5, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_meta, limit), offsetof(suprsend_fetch_object_preference_all_categories_response_meta, has_limit), -1, &apic_type_int64},
    {"offset", 6, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_meta, offset), offsetof(suprsend_fetch_object_preference_all_categories_response_meta, has_offset), -1, &apic_type_int64},
};
const apic_struct_desc suprsend_fetch_object_preference_all_categories_response_meta_desc = {
    "fetch_object_preference_all_categories_response.meta", sizeof(suprsend_fetch_object_preference_all_categories_response_meta), suprsend_fetch_object_preference_all_categories_response_meta_desc_Fields, 3,
    offsetof(suprsend_fetch_object_preference_all_categories_response_meta, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_all_categories_response_meta_free(suprsend_fetch_object_preference_all_categories_response_meta *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_all_categories_response_meta_desc, obj);
}

int suprsend_fetch_object_preference_all_categories_response_meta_from_json(const char *json, size_t len, suprsend_fetch_object_preference_all_categories_response_meta **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_all_categories_response_meta_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_all_categories_response_meta *)value;
    return rc;
}

int suprsend_fetch_object_preference_all_categories_response_meta_to_json(const suprsend_fetch_object_preference_all_categories_response_meta *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_all_categories_response_meta_Type, obj, out, err);
}

/* fetch_object_preference_all_categories_response.results.item */
static const apic_field suprsend_fetch_object_preference_all_categories_response_results_item_desc_Fields[] = {
    {"name", 4, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, name), -1, -1, &apic_type_string},
    {"category", 8, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, category), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, description), -1, -1, &apic_type_string},
    {"original_preference", 19, APIC_F_NULLABLE, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, original_preference), offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, has_original_preference), offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, original_preference_is_null), &suprsend_fetch_object_preference_all_categories_response_results_item_original_preference_Type},
    {"preference", 10, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, preference), offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, has_preference), -1, &suprsend_fetch_object_preference_all_categories_response_results_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, is_editable), offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, has_is_editable), -1, &apic_type_bool},
    {"channels", 8, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, channels), offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, has_channels), -1, &suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_array_Type},
};
const apic_struct_desc suprsend_fetch_object_preference_all_categories_response_results_item_desc = {
    "fetch_object_preference_all_categories_response.results.item", sizeof(suprsend_fetch_object_preference_all_categories_response_results_item), suprsend_fetch_object_preference_all_categories_response_results_item_desc_Fields, 7,
    offsetof(suprsend_fetch_object_preference_all_categories_response_results_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_all_categories_response_results_item_free(suprsend_fetch_object_preference_all_categories_response_results_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_all_categories_response_results_item_desc, obj);
}

int suprsend_fetch_object_preference_all_categories_response_results_item_from_json(const char *json, size_t len, suprsend_fetch_object_preference_all_categories_response_results_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_all_categories_response_results_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_all_categories_response_results_item *)value;
    return rc;
}

int suprsend_fetch_object_preference_all_categories_response_results_item_to_json(const suprsend_fetch_object_preference_all_categories_response_results_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_all_categories_response_results_item_Type, obj, out, err);
}

/* fetch_object_preference_all_categories_response.results.item.channels.item */
static const apic_field suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_desc_Fields[] = {
    {"channel", 7, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item, channel), -1, -1, &apic_type_string},
    {"preference", 10, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item, preference), offsetof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item, has_preference), -1, &suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_preference_Type},
    {"is_editable", 11, 0, offsetof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item, is_editable), offsetof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item, has_is_editable), -1, &apic_type_bool},
};
const apic_struct_desc suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_desc = {
    "fetch_object_preference_all_categories_response.results.item.channels.item", sizeof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item), suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_desc_Fields, 3,
    offsetof(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_free(suprsend_fetch_object_preference_all_categories_response_results_item_channels_item *obj)
{
    apic_struct_free(&suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_desc, obj);
}

int suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_from_json(const char *json, size_t len, suprsend_fetch_object_preference_all_categories_response_results_item_channels_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_object_preference_all_categories_response_results_item_channels_item *)value;
    return rc;
}

int suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_to_json(const suprsend_fetch_object_preference_all_categories_response_results_item_channels_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_object_preference_all_categories_response_results_item_channels_item_Type, obj, out, err);
}

/* fetch_user_profile_response */
static const apic_field suprsend_fetch_user_profile_response_desc_Fields[] = {
    {"distinct_id", 11, 0, offsetof(suprsend_fetch_user_profile_response, distinct_id), -1, -1, &apic_type_string},
    {"properties", 10, 0, offsetof(suprsend_fetch_user_profile_response, properties), offsetof(suprsend_fetch_user_profile_response, has_properties), -1, &apic_type_json_map},
    {"created_at", 10, 0, offsetof(suprsend_fetch_user_profile_response, created_at), -1, -1, &suprsend_string_date_time_Type},
    {"updated_at", 10, 0, offsetof(suprsend_fetch_user_profile_response, updated_at), -1, -1, &suprsend_string_date_time_Type},
    {"$<channel>", 10, 0, offsetof(suprsend_fetch_user_profile_response, channel), offsetof(suprsend_fetch_user_profile_response, has_channel), -1, &suprsend_fetch_user_profile_response_channel_item_array_Type},
};
const apic_struct_desc suprsend_fetch_user_profile_response_desc = {
    "fetch_user_profile_response", sizeof(suprsend_fetch_user_profile_response), suprsend_fetch_user_profile_response_desc_Fields, 5,
    offsetof(suprsend_fetch_user_profile_response, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_profile_response_free(suprsend_fetch_user_profile_response *obj)
{
    apic_struct_free(&suprsend_fetch_user_profile_response_desc, obj);
}

int suprsend_fetch_user_profile_response_from_json(const char *json, size_t len, suprsend_fetch_user_profile_response **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_profile_response_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_profile_response *)value;
    return rc;
}

int suprsend_fetch_user_profile_response_to_json(const suprsend_fetch_user_profile_response *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_profile_response_Type, obj, out, err);
}

/* fetch_user_profile_response.$<channel>.item */
static const apic_field suprsend_fetch_user_profile_response_channel_item_desc_Fields[] = {
    {"value", 5, 0, offsetof(suprsend_fetch_user_profile_response_channel_item, value), -1, -1, &apic_type_string},
    {"status", 6, 0, offsetof(suprsend_fetch_user_profile_response_channel_item, status), -1, -1, &apic_type_string},
    {"perma_status", 12, 0, offsetof(suprsend_fetch_user_profile_response_channel_item, perma_status), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_fetch_user_profile_response_channel_item_desc = {
    "fetch_user_profile_response.$<channel>.item", sizeof(suprsend_fetch_user_profile_response_channel_item), suprsend_fetch_user_profile_response_channel_item_desc_Fields, 3,
    offsetof(suprsend_fetch_user_profile_response_channel_item, unknown_fields),
    -1,
    NULL
};

void suprsend_fetch_user_profile_response_channel_item_free(suprsend_fetch_user_profile_response_channel_item *obj)
{
    apic_struct_free(&suprsend_fetch_user_profile_response_channel_item_desc, obj);
}

int suprsend_fetch_user_profile_response_channel_item_from_json(const char *json, size_t len, suprsend_fetch_user_profile_response_channel_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_fetch_user_profile_response_channel_item_Type, json, len, &value, err);
    *out = (suprsend_fetch_user_profile_response_channel_item *)value;
    return rc;
}

int suprsend_fetch_user_profile_response_channel_item_to_json(const suprsend_fetch_user_profile_response_channel_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_fetch_user_profile_response_channel_item_Type, obj, out, err);
}

/* create_update_users_request */
static const apic_field suprsend_create_update_users_request_desc_Fields[] = {
    {"$email", 6, 0, offsetof(suprsend_create_update_users_request, email), offsetof(suprsend_create_update_users_request, has_email), -1, &suprsend_string_array_2_Type},
    {"$sms", 4, 0, offsetof(suprsend_create_update_users_request, sms), offsetof(suprsend_create_update_users_request, has_sms), -1, &suprsend_string_array_Type},
    {"$whatsapp", 9, 0, offsetof(suprsend_create_update_users_request, whatsapp), offsetof(suprsend_create_update_users_request, has_whatsapp), -1, &suprsend_string_array_Type},
    {"$inbox", 6, 0, offsetof(suprsend_create_update_users_request, inbox), offsetof(suprsend_create_update_users_request, has_inbox), -1, &suprsend_string_array_Type},
    {"$androidpush", 12, 0, offsetof(suprsend_create_update_users_request, androidpush), offsetof(suprsend_create_update_users_request, has_androidpush), -1, &suprsend_string_array_Type},
    {"$iospush", 8, 0, offsetof(suprsend_create_update_users_request, iospush), offsetof(suprsend_create_update_users_request, has_iospush), -1, &suprsend_string_array_Type},
    {"$slack", 6, 0, offsetof(suprsend_create_update_users_request, slack), offsetof(suprsend_create_update_users_request, has_slack), -1, &suprsend_create_update_users_request_slack_item_array_Type},
    {"$ms_teams", 9, 0, offsetof(suprsend_create_update_users_request, ms_teams), offsetof(suprsend_create_update_users_request, has_ms_teams), -1, &suprsend_create_update_users_request_ms_teams_item_array_Type},
    {"$timezone", 9, 0, offsetof(suprsend_create_update_users_request, timezone), -1, -1, &apic_type_string},
    {"$locale", 7, 0, offsetof(suprsend_create_update_users_request, locale), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_users_request_desc = {
    "create_update_users_request", sizeof(suprsend_create_update_users_request), suprsend_create_update_users_request_desc_Fields, 10,
    offsetof(suprsend_create_update_users_request, unknown_fields),
    offsetof(suprsend_create_update_users_request, additional_properties),
    &suprsend_string_map_Type
};

void suprsend_create_update_users_request_free(suprsend_create_update_users_request *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_desc, obj);
}

int suprsend_create_update_users_request_from_json(const char *json, size_t len, suprsend_create_update_users_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request *)value;
    return rc;
}

int suprsend_create_update_users_request_to_json(const suprsend_create_update_users_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_Type, obj, out, err);
}

/* create_update_users_request.$slack.item.slack_using_email */
static const apic_field suprsend_create_update_users_request_slack_item_slack_using_email_desc_Fields[] = {
    {"email", 5, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_email, email), -1, -1, &suprsend_string_email_Type},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_email, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_users_request_slack_item_slack_using_email_desc = {
    "create_update_users_request.$slack.item.slack_using_email", sizeof(suprsend_create_update_users_request_slack_item_slack_using_email), suprsend_create_update_users_request_slack_item_slack_using_email_desc_Fields, 2,
    offsetof(suprsend_create_update_users_request_slack_item_slack_using_email, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_slack_item_slack_using_email_free(suprsend_create_update_users_request_slack_item_slack_using_email *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_slack_item_slack_using_email_desc, obj);
}

int suprsend_create_update_users_request_slack_item_slack_using_email_from_json(const char *json, size_t len, suprsend_create_update_users_request_slack_item_slack_using_email **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_slack_item_slack_using_email_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_slack_item_slack_using_email *)value;
    return rc;
}

int suprsend_create_update_users_request_slack_item_slack_using_email_to_json(const suprsend_create_update_users_request_slack_item_slack_using_email *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_slack_item_slack_using_email_Type, obj, out, err);
}

/* create_update_users_request.$slack.item.slack_using_member_id */
static const apic_field suprsend_create_update_users_request_slack_item_slack_using_member_id_desc_Fields[] = {
    {"user_id", 7, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_member_id, user_id), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_member_id, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_users_request_slack_item_slack_using_member_id_desc = {
    "create_update_users_request.$slack.item.slack_using_member_id", sizeof(suprsend_create_update_users_request_slack_item_slack_using_member_id), suprsend_create_update_users_request_slack_item_slack_using_member_id_desc_Fields, 2,
    offsetof(suprsend_create_update_users_request_slack_item_slack_using_member_id, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_slack_item_slack_using_member_id_free(suprsend_create_update_users_request_slack_item_slack_using_member_id *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_slack_item_slack_using_member_id_desc, obj);
}

int suprsend_create_update_users_request_slack_item_slack_using_member_id_from_json(const char *json, size_t len, suprsend_create_update_users_request_slack_item_slack_using_member_id **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_slack_item_slack_using_member_id_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_slack_item_slack_using_member_id *)value;
    return rc;
}

int suprsend_create_update_users_request_slack_item_slack_using_member_id_to_json(const suprsend_create_update_users_request_slack_item_slack_using_member_id *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_slack_item_slack_using_member_id_Type, obj, out, err);
}

/* create_update_users_request.$slack.item.slack_using_channel */
static const apic_field suprsend_create_update_users_request_slack_item_slack_using_channel_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_channel, channel), -1, -1, &apic_type_string},
    {"access_token", 12, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_channel, access_token), -1, -1, &apic_type_string},
};
const apic_struct_desc suprsend_create_update_users_request_slack_item_slack_using_channel_desc = {
    "create_update_users_request.$slack.item.slack_using_channel", sizeof(suprsend_create_update_users_request_slack_item_slack_using_channel), suprsend_create_update_users_request_slack_item_slack_using_channel_desc_Fields, 2,
    offsetof(suprsend_create_update_users_request_slack_item_slack_using_channel, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_slack_item_slack_using_channel_free(suprsend_create_update_users_request_slack_item_slack_using_channel *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_slack_item_slack_using_channel_desc, obj);
}

int suprsend_create_update_users_request_slack_item_slack_using_channel_from_json(const char *json, size_t len, suprsend_create_update_users_request_slack_item_slack_using_channel **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_slack_item_slack_using_channel_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_slack_item_slack_using_channel *)value;
    return rc;
}

int suprsend_create_update_users_request_slack_item_slack_using_channel_to_json(const suprsend_create_update_users_request_slack_item_slack_using_channel *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_slack_item_slack_using_channel_Type, obj, out, err);
}

/* create_update_users_request.$slack.item.slack_using_incoming_webhook */
static const apic_field suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_desc_Fields[] = {
    {"incoming_webhook", 16, APIC_F_REQUIRED, offsetof(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook, incoming_webhook), -1, -1, &suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_incoming_webhook_Type},
};
const apic_struct_desc suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_desc = {
    "create_update_users_request.$slack.item.slack_using_incoming_webhook", sizeof(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook), suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_desc_Fields, 1,
    offsetof(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook, unknown_fields),
    -1,
    NULL
};

void suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_free(suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook *obj)
{
    apic_struct_free(&suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_desc, obj);
}

int suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_from_json(const char *json, size_t len, suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_Type, json, len, &value, err);
    *out = (suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook *)value;
    return rc;
}

int suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_to_json(const suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&suprsend_create_update_users_request_slack_item_slack_using_incoming_webhook_Type, obj, out, err);
}
