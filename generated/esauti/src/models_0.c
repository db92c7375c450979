/* Descriptors and entry points of eSauti models. Generated; do not edit. */
#include "internal.h"

/* Error */
static const apic_field esauti_error_model_desc_Fields[] = {
    {"code", 4, APIC_F_REQUIRED, offsetof(esauti_error_model, code), -1, -1, &apic_type_int32},
    {"message", 7, APIC_F_REQUIRED, offsetof(esauti_error_model, message), -1, -1, &apic_type_string},
    {"details", 7, 0, offsetof(esauti_error_model, details), offsetof(esauti_error_model, has_details), -1, &esauti_string_map_Type},
    {"requestId", 9, 0, offsetof(esauti_error_model, request_id), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_error_model_desc = {
    "Error", sizeof(esauti_error_model), esauti_error_model_desc_Fields, 4,
    offsetof(esauti_error_model, unknown_fields),
    -1,
    NULL
};

void esauti_error_model_free(esauti_error_model *obj)
{
    apic_struct_free(&esauti_error_model_desc, obj);
}

int esauti_error_model_from_json(const char *json, size_t len, esauti_error_model **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_error_model_Type, json, len, &value, err);
    *out = (esauti_error_model *)value;
    return rc;
}

int esauti_error_model_to_json(const esauti_error_model *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_error_model_Type, obj, out, err);
}

/* ActionResult */
static const apic_field esauti_action_result_desc_Fields[] = {
    {"success", 7, APIC_F_REQUIRED, offsetof(esauti_action_result, success), -1, -1, &apic_type_bool},
    {"message", 7, 0, offsetof(esauti_action_result, message), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_action_result_desc = {
    "ActionResult", sizeof(esauti_action_result), esauti_action_result_desc_Fields, 2,
    offsetof(esauti_action_result, unknown_fields),
    -1,
    NULL
};

void esauti_action_result_free(esauti_action_result *obj)
{
    apic_struct_free(&esauti_action_result_desc, obj);
}

int esauti_action_result_from_json(const char *json, size_t len, esauti_action_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_action_result_Type, json, len, &value, err);
    *out = (esauti_action_result *)value;
    return rc;
}

int esauti_action_result_to_json(const esauti_action_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_action_result_Type, obj, out, err);
}

/* StageRef */
static const apic_field esauti_stage_ref_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_stage_ref, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_stage_ref, name), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_stage_ref_desc = {
    "StageRef", sizeof(esauti_stage_ref), esauti_stage_ref_desc_Fields, 2,
    offsetof(esauti_stage_ref, unknown_fields),
    -1,
    NULL
};

void esauti_stage_ref_free(esauti_stage_ref *obj)
{
    apic_struct_free(&esauti_stage_ref_desc, obj);
}

int esauti_stage_ref_from_json(const char *json, size_t len, esauti_stage_ref **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_stage_ref_Type, json, len, &value, err);
    *out = (esauti_stage_ref *)value;
    return rc;
}

int esauti_stage_ref_to_json(const esauti_stage_ref *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_stage_ref_Type, obj, out, err);
}

/* Contact */
static const apic_field esauti_contact_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_contact, id), -1, -1, &apic_type_int64},
    {"email", 5, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_contact, email), -1, -1, &esauti_string_email_Type},
    {"firstname", 9, 0, offsetof(esauti_contact, firstname), -1, -1, &apic_type_string},
    {"lastname", 8, 0, offsetof(esauti_contact, lastname), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_NULLABLE | APIC_F_PII, offsetof(esauti_contact, phone), -1, offsetof(esauti_contact, phone_is_null), &apic_type_string},
    {"points", 6, 0, offsetof(esauti_contact, points), offsetof(esauti_contact, has_points), -1, &apic_type_int32},
    {"doNotContact", 12, 0, offsetof(esauti_contact, do_not_contact), offsetof(esauti_contact, has_do_not_contact), -1, &apic_type_bool},
    {"ownerId", 7, APIC_F_NULLABLE, offsetof(esauti_contact, owner_id), offsetof(esauti_contact, has_owner_id), offsetof(esauti_contact, owner_id_is_null), &apic_type_int64},
    {"stage", 5, APIC_F_NULLABLE, offsetof(esauti_contact, stage), -1, offsetof(esauti_contact, stage_is_null), &esauti_stage_ref_Type},
    {"tags", 4, 0, offsetof(esauti_contact, tags), offsetof(esauti_contact, has_tags), -1, &esauti_string_array_Type},
    {"customFields", 12, 0, offsetof(esauti_contact, custom_fields), offsetof(esauti_contact, has_custom_fields), -1, &apic_type_json_map},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_contact, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_contact, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_contact_desc = {
    "Contact", sizeof(esauti_contact), esauti_contact_desc_Fields, 13,
    offsetof(esauti_contact, unknown_fields),
    -1,
    NULL
};

void esauti_contact_free(esauti_contact *obj)
{
    apic_struct_free(&esauti_contact_desc, obj);
}

int esauti_contact_from_json(const char *json, size_t len, esauti_contact **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_Type, json, len, &value, err);
    *out = (esauti_contact *)value;
    return rc;
}

int esauti_contact_to_json(const esauti_contact *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_Type, obj, out, err);
}

/* ContactInput */
static const apic_field esauti_contact_input_desc_Fields[] = {
    {"email", 5, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_contact_input, email), -1, -1, &esauti_string_email_Type},
    {"firstname", 9, 0, offsetof(esauti_contact_input, firstname), -1, -1, &apic_type_string},
    {"lastname", 8, 0, offsetof(esauti_contact_input, lastname), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_NULLABLE | APIC_F_PII, offsetof(esauti_contact_input, phone), -1, offsetof(esauti_contact_input, phone_is_null), &apic_type_string},
    {"points", 6, 0, offsetof(esauti_contact_input, points), offsetof(esauti_contact_input, has_points), -1, &apic_type_int32},
    {"doNotContact", 12, 0, offsetof(esauti_contact_input, do_not_contact), offsetof(esauti_contact_input, has_do_not_contact), -1, &apic_type_bool},
    {"ownerId", 7, APIC_F_NULLABLE, offsetof(esauti_contact_input, owner_id), offsetof(esauti_contact_input, has_owner_id), offsetof(esauti_contact_input, owner_id_is_null), &apic_type_int64},
    {"stageId", 7, 0, offsetof(esauti_contact_input, stage_id), offsetof(esauti_contact_input, has_stage_id), -1, &apic_type_int64},
    {"tags", 4, 0, offsetof(esauti_contact_input, tags), offsetof(esauti_contact_input, has_tags), -1, &esauti_string_array_Type},
    {"customFields", 12, 0, offsetof(esauti_contact_input, custom_fields), offsetof(esauti_contact_input, has_custom_fields), -1, &apic_type_json_map},
};
const apic_struct_desc esauti_contact_input_desc = {
    "ContactInput", sizeof(esauti_contact_input), esauti_contact_input_desc_Fields, 10,
    offsetof(esauti_contact_input, unknown_fields),
    -1,
    NULL
};

void esauti_contact_input_free(esauti_contact_input *obj)
{
    apic_struct_free(&esauti_contact_input_desc, obj);
}

int esauti_contact_input_from_json(const char *json, size_t len, esauti_contact_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_input_Type, json, len, &value, err);
    *out = (esauti_contact_input *)value;
    return rc;
}

int esauti_contact_input_to_json(const esauti_contact_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_input_Type, obj, out, err);
}

/* ContactPatch */
static const apic_field esauti_contact_patch_desc_Fields[] = {
    {"email", 5, APIC_F_PII, offsetof(esauti_contact_patch, email), -1, -1, &esauti_string_email_Type},
    {"firstname", 9, 0, offsetof(esauti_contact_patch, firstname), -1, -1, &apic_type_string},
    {"lastname", 8, 0, offsetof(esauti_contact_patch, lastname), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_NULLABLE | APIC_F_PII, offsetof(esauti_contact_patch, phone), -1, offsetof(esauti_contact_patch, phone_is_null), &apic_type_string},
    {"points", 6, 0, offsetof(esauti_contact_patch, points), offsetof(esauti_contact_patch, has_points), -1, &apic_type_int32},
    {"doNotContact", 12, 0, offsetof(esauti_contact_patch, do_not_contact), offsetof(esauti_contact_patch, has_do_not_contact), -1, &apic_type_bool},
    {"ownerId", 7, APIC_F_NULLABLE, offsetof(esauti_contact_patch, owner_id), offsetof(esauti_contact_patch, has_owner_id), offsetof(esauti_contact_patch, owner_id_is_null), &apic_type_int64},
    {"stageId", 7, 0, offsetof(esauti_contact_patch, stage_id), offsetof(esauti_contact_patch, has_stage_id), -1, &apic_type_int64},
    {"tags", 4, 0, offsetof(esauti_contact_patch, tags), offsetof(esauti_contact_patch, has_tags), -1, &esauti_string_array_Type},
    {"customFields", 12, 0, offsetof(esauti_contact_patch, custom_fields), offsetof(esauti_contact_patch, has_custom_fields), -1, &apic_type_json_map},
};
const apic_struct_desc esauti_contact_patch_desc = {
    "ContactPatch", sizeof(esauti_contact_patch), esauti_contact_patch_desc_Fields, 10,
    offsetof(esauti_contact_patch, unknown_fields),
    -1,
    NULL
};

void esauti_contact_patch_free(esauti_contact_patch *obj)
{
    apic_struct_free(&esauti_contact_patch_desc, obj);
}

int esauti_contact_patch_from_json(const char *json, size_t len, esauti_contact_patch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_patch_Type, json, len, &value, err);
    *out = (esauti_contact_patch *)value;
    return rc;
}

int esauti_contact_patch_to_json(const esauti_contact_patch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_patch_Type, obj, out, err);
}

/* ContactList */
static const apic_field esauti_contact_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_contact_list, total), -1, -1, &apic_type_int64},
    {"contacts", 8, APIC_F_REQUIRED, offsetof(esauti_contact_list, contacts), -1, -1, &esauti_contact_array_Type},
};
const apic_struct_desc esauti_contact_list_desc = {
    "ContactList", sizeof(esauti_contact_list), esauti_contact_list_desc_Fields, 2,
    offsetof(esauti_contact_list, unknown_fields),
    -1,
    NULL
};

void esauti_contact_list_free(esauti_contact_list *obj)
{
    apic_struct_free(&esauti_contact_list_desc, obj);
}

int esauti_contact_list_from_json(const char *json, size_t len, esauti_contact_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_list_Type, json, len, &value, err);
    *out = (esauti_contact_list *)value;
    return rc;
}

int esauti_contact_list_to_json(const esauti_contact_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_list_Type, obj, out, err);
}

/* ContactBatch */
static const apic_field esauti_contact_batch_desc_Fields[] = {
    {"contacts", 8, APIC_F_REQUIRED, offsetof(esauti_contact_batch, contacts), -1, -1, &esauti_contact_input_array_Type},
};
const apic_struct_desc esauti_contact_batch_desc = {
    "ContactBatch", sizeof(esauti_contact_batch), esauti_contact_batch_desc_Fields, 1,
    offsetof(esauti_contact_batch, unknown_fields),
    -1,
    NULL
};

void esauti_contact_batch_free(esauti_contact_batch *obj)
{
    apic_struct_free(&esauti_contact_batch_desc, obj);
}

int esauti_contact_batch_from_json(const char *json, size_t len, esauti_contact_batch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_batch_Type, json, len, &value, err);
    *out = (esauti_contact_batch *)value;
    return rc;
}

int esauti_contact_batch_to_json(const esauti_contact_batch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_batch_Type, obj, out, err);
}

/* ContactBatchResult */
static const apic_field esauti_contact_batch_result_desc_Fields[] = {
    {"contacts", 8, APIC_F_REQUIRED, offsetof(esauti_contact_batch_result, contacts), -1, -1, &esauti_contact_array_Type},
    {"errors", 6, APIC_F_REQUIRED, offsetof(esauti_contact_batch_result, errors), -1, -1, &esauti_error_model_array_Type},
};
const apic_struct_desc esauti_contact_batch_result_desc = {
    "ContactBatchResult", sizeof(esauti_contact_batch_result), esauti_contact_batch_result_desc_Fields, 2,
    offsetof(esauti_contact_batch_result, unknown_fields),
    -1,
    NULL
};

void esauti_contact_batch_result_free(esauti_contact_batch_result *obj)
{
    apic_struct_free(&esauti_contact_batch_result_desc, obj);
}

int esauti_contact_batch_result_from_json(const char *json, size_t len, esauti_contact_batch_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_batch_result_Type, json, len, &value, err);
    *out = (esauti_contact_batch_result *)value;
    return rc;
}

int esauti_contact_batch_result_to_json(const esauti_contact_batch_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_batch_result_Type, obj, out, err);
}

/* Company */
static const apic_field esauti_company_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_company, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_company, name), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_NULLABLE, offsetof(esauti_company, email), -1, offsetof(esauti_company, email_is_null), &esauti_string_email_Type},
    {"website", 7, APIC_F_NULLABLE, offsetof(esauti_company, website), -1, offsetof(esauti_company, website_is_null), &esauti_string_uri_Type},
    {"phone", 5, APIC_F_NULLABLE, offsetof(esauti_company, phone), -1, offsetof(esauti_company, phone_is_null), &apic_type_string},
    {"address1", 8, 0, offsetof(esauti_company, address1), -1, -1, &apic_type_string},
    {"address2", 8, 0, offsetof(esauti_company, address2), -1, -1, &apic_type_string},
    {"city", 4, 0, offsetof(esauti_company, city), -1, -1, &apic_type_string},
    {"state", 5, 0, offsetof(esauti_company, state), -1, -1, &apic_type_string},
    {"zipcode", 7, 0, offsetof(esauti_company, zipcode), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_company, country), -1, -1, &apic_type_string},
    {"industry", 8, 0, offsetof(esauti_company, industry), -1, -1, &apic_type_string},
    {"numberOfEmployees", 17, APIC_F_NULLABLE, offsetof(esauti_company, number_of_employees), offsetof(esauti_company, has_number_of_employees), offsetof(esauti_company, number_of_employees_is_null), &apic_type_int32},
    {"annualRevenue", 13, APIC_F_NULLABLE, offsetof(esauti_company, annual_revenue), offsetof(esauti_company, has_annual_revenue), offsetof(esauti_company, annual_revenue_is_null), &apic_type_double},
    {"description", 11, 0, offsetof(esauti_company, description), -1, -1, &apic_type_string},
    {"ownerId", 7, APIC_F_NULLABLE, offsetof(esauti_company, owner_id), offsetof(esauti_company, has_owner_id), offsetof(esauti_company, owner_id_is_null), &apic_type_int64},
    {"score", 5, 0, offsetof(esauti_company, score), offsetof(esauti_company, has_score), -1, &apic_type_int32},
    {"contactCount", 12, APIC_F_READONLY, offsetof(esauti_company, contact_count), offsetof(esauti_company, has_contact_count), -1, &apic_type_int64},
    {"customFields", 12, 0, offsetof(esauti_company, custom_fields), offsetof(esauti_company, has_custom_fields), -1, &apic_type_json_map},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_company, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_company, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_company_desc = {
    "Company", sizeof(esauti_company), esauti_company_desc_Fields, 21,
    offsetof(esauti_company, unknown_fields),
    -1,
    NULL
};

void esauti_company_free(esauti_company *obj)
{
    apic_struct_free(&esauti_company_desc, obj);
}

int esauti_company_from_json(const char *json, size_t len, esauti_company **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_company_Type, json, len, &value, err);
    *out = (esauti_company *)value;
    return rc;
}

int esauti_company_to_json(const esauti_company *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_company_Type, obj, out, err);
}

/* CompanyInput */
static const apic_field esauti_company_input_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_company_input, name), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_NULLABLE, offsetof(esauti_company_input, email), -1, offsetof(esauti_company_input, email_is_null), &esauti_string_email_Type},
    {"website", 7, APIC_F_NULLABLE, offsetof(esauti_company_input, website), -1, offsetof(esauti_company_input, website_is_null), &esauti_string_uri_Type},
    {"phone", 5, APIC_F_NULLABLE, offsetof(esauti_company_input, phone), -1, offsetof(esauti_company_input, phone_is_null), &apic_type_string},
    {"address1", 8, 0, offsetof(esauti_company_input, address1), -1, -1, &apic_type_string},
    {"address2", 8, 0, offsetof(esauti_company_input, address2), -1, -1, &apic_type_string},
    {"city", 4, 0, offsetof(esauti_company_input, city), -1, -1, &apic_type_string},
    {"state", 5, 0, offsetof(esauti_company_input, state), -1, -1, &apic_type_string},
    {"zipcode", 7, 0, offsetof(esauti_company_input, zipcode), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_company_input, country), -1, -1, &apic_type_string},
    {"industry", 8, 0, offsetof(esauti_company_input, industry), -1, -1, &apic_type_string},
    {"numberOfEmployees", 17, APIC_F_NULLABLE, offsetof(esauti_company_input, number_of_employees), offsetof(esauti_company_input, has_number_of_employees), offsetof(esauti_company_input, number_of_employees_is_null), &apic_type_int32},
    {"annualRevenue", 13, APIC_F_NULLABLE, offsetof(esauti_company_input, annual_revenue), offsetof(esauti_company_input, has_annual_revenue), offsetof(esauti_company_input, annual_revenue_is_null), &apic_type_double},
    {"description", 11, 0, offsetof(esauti_company_input, description), -1, -1, &apic_type_string},
    {"ownerId", 7, APIC_F_NULLABLE, offsetof(esauti_company_input, owner_id), offsetof(esauti_company_input, has_owner_id), offsetof(esauti_company_input, owner_id_is_null), &apic_type_int64},
    {"score", 5, 0, offsetof(esauti_company_input, score), offsetof(esauti_company_input, has_score), -1, &apic_type_int32},
    {"customFields", 12, 0, offsetof(esauti_company_input, custom_fields), offsetof(esauti_company_input, has_custom_fields), -1, &apic_type_json_map},
};
const apic_struct_desc esauti_company_input_desc = {
    "CompanyInput", sizeof(esauti_company_input), esauti_company_input_desc_Fields, 17,
    offsetof(esauti_company_input, unknown_fields),
    -1,
    NULL
};

void esauti_company_input_free(esauti_company_input *obj)
{
    apic_struct_free(&esauti_company_input_desc, obj);
}

int esauti_company_input_from_json(const char *json, size_t len, esauti_company_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_company_input_Type, json, len, &value, err);
    *out = (esauti_company_input *)value;
    return rc;
}

int esauti_company_input_to_json(const esauti_company_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_company_input_Type, obj, out, err);
}

/* CompanyPatch */
static const apic_field esauti_company_patch_desc_Fields[] = {
    {"name", 4, 0, offsetof(esauti_company_patch, name), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_NULLABLE, offsetof(esauti_company_patch, email), -1, offsetof(esauti_company_patch, email_is_null), &esauti_string_email_Type},
    {"website", 7, APIC_F_NULLABLE, offsetof(esauti_company_patch, website), -1, offsetof(esauti_company_patch, website_is_null), &esauti_string_uri_Type},
    {"phone", 5, APIC_F_NULLABLE, offsetof(esauti_company_patch, phone), -1, offsetof(esauti_company_patch, phone_is_null), &apic_type_string},
    {"address1", 8, 0, offsetof(esauti_company_patch, address1), -1, -1, &apic_type_string},
    {"address2", 8, 0, offsetof(esauti_company_patch, address2), -1, -1, &apic_type_string},
    {"city", 4, 0, offsetof(esauti_company_patch, city), -1, -1, &apic_type_string},
    {"state", 5, 0, offsetof(esauti_company_patch, state), -1, -1, &apic_type_string},
    {"zipcode", 7, 0, offsetof(esauti_company_patch, zipcode), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_company_patch, country), -1, -1, &apic_type_string},
    {"industry", 8, 0, offsetof(esauti_company_patch, industry), -1, -1, &apic_type_string},
    {"numberOfEmployees", 17, APIC_F_NULLABLE, offsetof(esauti_company_patch, number_of_employees), offsetof(esauti_company_patch, has_number_of_employees), offsetof(esauti_company_patch, number_of_employees_is_null), &apic_type_int32},
    {"annualRevenue", 13, APIC_F_NULLABLE, offsetof(esauti_company_patch, annual_revenue), offsetof(esauti_company_patch, has_annual_revenue), offsetof(esauti_company_patch, annual_revenue_is_null), &apic_type_double},
    {"description", 11, 0, offsetof(esauti_company_patch, description), -1, -1, &apic_type_string},
    {"ownerId", 7, APIC_F_NULLABLE, offsetof(esauti_company_patch, owner_id), offsetof(esauti_company_patch, has_owner_id), offsetof(esauti_company_patch, owner_id_is_null), &apic_type_int64},
    {"score", 5, 0, offsetof(esauti_company_patch, score), offsetof(esauti_company_patch, has_score), -1, &apic_type_int32},
    {"customFields", 12, 0, offsetof(esauti_company_patch, custom_fields), offsetof(esauti_company_patch, has_custom_fields), -1, &apic_type_json_map},
};
const apic_struct_desc esauti_company_patch_desc = {
    "CompanyPatch", sizeof(esauti_company_patch), esauti_company_patch_desc_Fields, 17,
    offsetof(esauti_company_patch, unknown_fields),
    -1,
    NULL
};

void esauti_company_patch_free(esauti_company_patch *obj)
{
    apic_struct_free(&esauti_company_patch_desc, obj);
}

int esauti_company_patch_from_json(const char *json, size_t len, esauti_company_patch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_company_patch_Type, json, len, &value, err);
    *out = (esauti_company_patch *)value;
    return rc;
}

int esauti_company_patch_to_json(const esauti_company_patch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_company_patch_Type, obj, out, err);
}

/* CompanyFilter */
static const apic_field esauti_company_filter_desc_Fields[] = {
    {"name", 4, 0, offsetof(esauti_company_filter, name), -1, -1, &apic_type_string},
    {"city", 4, 0, offsetof(esauti_company_filter, city), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_company_filter, country), -1, -1, &apic_type_string},
    {"industry", 8, 0, offsetof(esauti_company_filter, industry), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_company_filter_desc = {
    "CompanyFilter", sizeof(esauti_company_filter), esauti_company_filter_desc_Fields, 4,
    offsetof(esauti_company_filter, unknown_fields),
    -1,
    NULL
};

void esauti_company_filter_free(esauti_company_filter *obj)
{
    apic_struct_free(&esauti_company_filter_desc, obj);
}

int esauti_company_filter_from_json(const char *json, size_t len, esauti_company_filter **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_company_filter_Type, json, len, &value, err);
    *out = (esauti_company_filter *)value;
    return rc;
}

int esauti_company_filter_to_json(const esauti_company_filter *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_company_filter_Type, obj, out, err);
}

/* CompanyList */
static const apic_field esauti_company_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_company_list, total), -1, -1, &apic_type_int64},
    {"companies", 9, APIC_F_REQUIRED, offsetof(esauti_company_list, companies), -1, -1, &esauti_company_array_Type},
};
const apic_struct_desc esauti_company_list_desc = {
    "CompanyList", sizeof(esauti_company_list), esauti_company_list_desc_Fields, 2,
    offsetof(esauti_company_list, unknown_fields),
    -1,
    NULL
};

void esauti_company_list_free(esauti_company_list *obj)
{
    apic_struct_free(&esauti_company_list_desc, obj);
}

int esauti_company_list_from_json(const char *json, size_t len, esauti_company_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_company_list_Type, json, len, &value, err);
    *out = (esauti_company_list *)value;
    return rc;
}

int esauti_company_list_to_json(const esauti_company_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_company_list_Type, obj, out, err);
}

/* SegmentRef */
static const apic_field esauti_segment_ref_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_segment_ref, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_segment_ref, name), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_segment_ref_desc = {
    "SegmentRef", sizeof(esauti_segment_ref), esauti_segment_ref_desc_Fields, 2,
    offsetof(esauti_segment_ref, unknown_fields),
    -1,
    NULL
};

void esauti_segment_ref_free(esauti_segment_ref *obj)
{
    apic_struct_free(&esauti_segment_ref_desc, obj);
}

int esauti_segment_ref_from_json(const char *json, size_t len, esauti_segment_ref **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_segment_ref_Type, json, len, &value, err);
    *out = (esauti_segment_ref *)value;
    return rc;
}

int esauti_segment_ref_to_json(const esauti_segment_ref *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_segment_ref_Type, obj, out, err);
}

/* SegmentFilter */
static const apic_field esauti_segment_filter_desc_Fields[] = {
    {"glue", 4, 0, offsetof(esauti_segment_filter, glue), offsetof(esauti_segment_filter, has_glue), -1, &esauti_segment_filter_glue_Type},
    {"object", 6, 0, offsetof(esauti_segment_filter, object), offsetof(esauti_segment_filter, has_object), -1, &esauti_segment_filter_object_Type},
    {"field", 5, APIC_F_REQUIRED, offsetof(esauti_segment_filter, field), -1, -1, &apic_type_string},
    {"operator", 8, APIC_F_REQUIRED, offsetof(esauti_segment_filter, operator_), -1, -1, &esauti_filter_operator_Type},
    {"value", 5, APIC_F_NULLABLE, offsetof(esauti_segment_filter, value), -1, offsetof(esauti_segment_filter, value_is_null), &apic_type_string},
};
const apic_struct_desc esauti_segment_filter_desc = {
    "SegmentFilter", sizeof(esauti_segment_filter), esauti_segment_filter_desc_Fields, 5,
    offsetof(esauti_segment_filter, unknown_fields),
    -1,
    NULL
};

void esauti_segment_filter_free(esauti_segment_filter *obj)
{
    apic_struct_free(&esauti_segment_filter_desc, obj);
}

int esauti_segment_filter_from_json(const char *json, size_t len, esauti_segment_filter **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_segment_filter_Type, json, len, &value, err);
    *out = (esauti_segment_filter *)value;
    return rc;
}

int esauti_segment_filter_to_json(const esauti_segment_filter *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_segment_filter_Type, obj, out, err);
}

/* Segment */
static const apic_field esauti_segment_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_segment, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_segment, name), -1, -1, &apic_type_string},
    {"alias", 5, APIC_F_REQUIRED, offsetof(esauti_segment, alias), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_segment, description), -1, offsetof(esauti_segment, description_is_null), &apic_type_string},
    {"isPublic", 8, 0, offsetof(esauti_segment, is_public), offsetof(esauti_segment, has_is_public), -1, &apic_type_bool},
    {"isPublished", 11, 0, offsetof(esauti_segment, is_published), offsetof(esauti_segment, has_is_published), -1, &apic_type_bool},
    {"filters", 7, 0, offsetof(esauti_segment, filters), offsetof(esauti_segment, has_filters), -1, &esauti_segment_filter_array_Type},
    {"contactCount", 12, APIC_F_READONLY, offsetof(esauti_segment, contact_count), offsetof(esauti_segment, has_contact_count), -1, &apic_type_int64},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_segment, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_segment, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_segment_desc = {
    "Segment", sizeof(esauti_segment), esauti_segment_desc_Fields, 10,
    offsetof(esauti_segment, unknown_fields),
    -1,
    NULL
};

void esauti_segment_free(esauti_segment *obj)
{
    apic_struct_free(&esauti_segment_desc, obj);
}

int esauti_segment_from_json(const char *json, size_t len, esauti_segment **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_segment_Type, json, len, &value, err);
    *out = (esauti_segment *)value;
    return rc;
}

int esauti_segment_to_json(const esauti_segment *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_segment_Type, obj, out, err);
}

/* SegmentInput */
static const apic_field esauti_segment_input_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_segment_input, name), -1, -1, &apic_type_string},
    {"alias", 5, 0, offsetof(esauti_segment_input, alias), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_segment_input, description), -1, offsetof(esauti_segment_input, description_is_null), &apic_type_string},
    {"isPublic", 8, 0, offsetof(esauti_segment_input, is_public), offsetof(esauti_segment_input, has_is_public), -1, &apic_type_bool},
    {"isPublished", 11, 0, offsetof(esauti_segment_input, is_published), offsetof(esauti_segment_input, has_is_published), -1, &apic_type_bool},
    {"filters", 7, 0, offsetof(esauti_segment_input, filters), offsetof(esauti_segment_input, has_filters), -1, &esauti_segment_filter_array_Type},
};
const apic_struct_desc esauti_segment_input_desc = {
    "SegmentInput", sizeof(esauti_segment_input), esauti_segment_input_desc_Fields, 6,
    offsetof(esauti_segment_input, unknown_fields),
    -1,
    NULL
};

void esauti_segment_input_free(esauti_segment_input *obj)
{
    apic_struct_free(&esauti_segment_input_desc, obj);
}

int esauti_segment_input_from_json(const char *json, size_t len, esauti_segment_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_segment_input_Type, json, len, &value, err);
    *out = (esauti_segment_input *)value;
    return rc;
}

int esauti_segment_input_to_json(const esauti_segment_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_segment_input_Type, obj, out, err);
}

/* SegmentPatch */
static const apic_field esauti_segment_patch_desc_Fields[] = {
    {"name", 4, 0, offsetof(esauti_segment_patch, name), -1, -1, &apic_type_string},
    {"alias", 5, 0, offsetof(esauti_segment_patch, alias), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_segment_patch, description), -1, offsetof(esauti_segment_patch, description_is_null), &apic_type_string},
    {"isPublic", 8, 0, offsetof(esauti_segment_patch, is_public), offsetof(esauti_segment_patch, has_is_public), -1, &apic_type_bool},
    {"isPublished", 11, 0, offsetof(esauti_segment_patch, is_published), offsetof(esauti_segment_patch, has_is_published), -1, &apic_type_bool},
    {"filters", 7, 0, offsetof(esauti_segment_patch, filters), offsetof(esauti_segment_patch, has_filters), -1, &esauti_segment_filter_array_Type},
};
const apic_struct_desc esauti_segment_patch_desc = {
    "SegmentPatch", sizeof(esauti_segment_patch), esauti_segment_patch_desc_Fields, 6,
    offsetof(esauti_segment_patch, unknown_fields),
    -1,
    NULL
};

void esauti_segment_patch_free(esauti_segment_patch *obj)
{
    apic_struct_free(&esauti_segment_patch_desc, obj);
}

int esauti_segment_patch_from_json(const char *json, size_t len, esauti_segment_patch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_segment_patch_Type, json, len, &value, err);
    *out = (esauti_segment_patch *)value;
    return rc;
}

int esauti_segment_patch_to_json(const esauti_segment_patch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_segment_patch_Type, obj, out, err);
}

/* SegmentList */
static const apic_field esauti_segment_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_segment_list, total), -1, -1, &apic_type_int64},
    {"segments", 8, APIC_F_REQUIRED, offsetof(esauti_segment_list, segments), -1, -1, &esauti_segment_array_Type},
};
const apic_struct_desc esauti_segment_list_desc = {
    "SegmentList", sizeof(esauti_segment_list), esauti_segment_list_desc_Fields, 2,
    offsetof(esauti_segment_list, unknown_fields),
    -1,
    NULL
};

void esauti_segment_list_free(esauti_segment_list *obj)
{
    apic_struct_free(&esauti_segment_list_desc, obj);
}

int esauti_segment_list_from_json(const char *json, size_t len, esauti_segment_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_segment_list_Type, json, len, &value, err);
    *out = (esauti_segment_list *)value;
    return rc;
}

int esauti_segment_list_to_json(const esauti_segment_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_segment_list_Type, obj, out, err);
}

/* Campaign */
static const apic_field esauti_campaign_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_campaign, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_campaign, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_campaign, description), -1, offsetof(esauti_campaign, description_is_null), &apic_type_string},
    {"isPublished", 11, 0, offsetof(esauti_campaign, is_published), offsetof(esauti_campaign, has_is_published), -1, &apic_type_bool},
    {"category", 8, APIC_F_NULLABLE, offsetof(esauti_campaign, category), -1, offsetof(esauti_campaign, category_is_null), &apic_type_string},
    {"publishUp", 9, APIC_F_NULLABLE, offsetof(esauti_campaign, publish_up), -1, offsetof(esauti_campaign, publish_up_is_null), &esauti_string_date_time_Type},
    {"publishDown", 11, APIC_F_NULLABLE, offsetof(esauti_campaign, publish_down), -1, offsetof(esauti_campaign, publish_down_is_null), &esauti_string_date_time_Type},
    {"segments", 8, 0, offsetof(esauti_campaign, segments), offsetof(esauti_campaign, has_segments), -1, &esauti_segment_ref_array_Type},
    {"contactCount", 12, APIC_F_READONLY, offsetof(esauti_campaign, contact_count), offsetof(esauti_campaign, has_contact_count), -1, &apic_type_int64},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_campaign, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_campaign, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_desc = {
    "Campaign", sizeof(esauti_campaign), esauti_campaign_desc_Fields, 11,
    offsetof(esauti_campaign, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_free(esauti_campaign *obj)
{
    apic_struct_free(&esauti_campaign_desc, obj);
}

int esauti_campaign_from_json(const char *json, size_t len, esauti_campaign **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_Type, json, len, &value, err);
    *out = (esauti_campaign *)value;
    return rc;
}

int esauti_campaign_to_json(const esauti_campaign *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_Type, obj, out, err);
}

/* CampaignList */
static const apic_field esauti_campaign_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_campaign_list, total), -1, -1, &apic_type_int64},
    {"campaigns", 9, APIC_F_REQUIRED, offsetof(esauti_campaign_list, campaigns), -1, -1, &esauti_campaign_array_Type},
};
const apic_struct_desc esauti_campaign_list_desc = {
    "CampaignList", sizeof(esauti_campaign_list), esauti_campaign_list_desc_Fields, 2,
    offsetof(esauti_campaign_list, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_list_free(esauti_campaign_list *obj)
{
    apic_struct_free(&esauti_campaign_list_desc, obj);
}

int esauti_campaign_list_from_json(const char *json, size_t len, esauti_campaign_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_list_Type, json, len, &value, err);
    *out = (esauti_campaign_list *)value;
    return rc;
}

int esauti_campaign_list_to_json(const esauti_campaign_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_list_Type, obj, out, err);
}

/* CampaignContact */
static const apic_field esauti_campaign_contact_desc_Fields[] = {
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_campaign_contact, contact_id), -1, -1, &apic_type_int64},
    {"dateAdded", 9, APIC_F_REQUIRED, offsetof(esauti_campaign_contact, date_added), -1, -1, &esauti_string_date_time_Type},
    {"manuallyAdded", 13, 0, offsetof(esauti_campaign_contact, manually_added), offsetof(esauti_campaign_contact, has_manually_added), -1, &apic_type_bool},
    {"manuallyRemoved", 15, 0, offsetof(esauti_campaign_contact, manually_removed), offsetof(esauti_campaign_contact, has_manually_removed), -1, &apic_type_bool},
    {"dateLastExited", 14, APIC_F_NULLABLE, offsetof(esauti_campaign_contact, date_last_exited), -1, offsetof(esauti_campaign_contact, date_last_exited_is_null), &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_campaign_contact_desc = {
    "CampaignContact", sizeof(esauti_campaign_contact), esauti_campaign_contact_desc_Fields, 5,
    offsetof(esauti_campaign_contact, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_contact_free(esauti_campaign_contact *obj)
{
    apic_struct_free(&esauti_campaign_contact_desc, obj);
}

int esauti_campaign_contact_from_json(const char *json, size_t len, esauti_campaign_contact **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_contact_Type, json, len, &value, err);
    *out = (esauti_campaign_contact *)value;
    return rc;
}

int esauti_campaign_contact_to_json(const esauti_campaign_contact *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_contact_Type, obj, out, err);
}

/* CampaignContactList */
static const apic_field esauti_campaign_contact_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_campaign_contact_list, total), -1, -1, &apic_type_int64},
    {"contacts", 8, APIC_F_REQUIRED, offsetof(esauti_campaign_contact_list, contacts), -1, -1, &esauti_campaign_contact_array_Type},
};
const apic_struct_desc esauti_campaign_contact_list_desc = {
    "CampaignContactList", sizeof(esauti_campaign_contact_list), esauti_campaign_contact_list_desc_Fields, 2,
    offsetof(esauti_campaign_contact_list, unknown_fields),
    -1,
    NULL
};

void esauti_campaign_contact_list_free(esauti_campaign_contact_list *obj)
{
    apic_struct_free(&esauti_campaign_contact_list_desc, obj);
}

int esauti_campaign_contact_list_from_json(const char *json, size_t len, esauti_campaign_contact_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_campaign_contact_list_Type, json, len, &value, err);
    *out = (esauti_campaign_contact_list *)value;
    return rc;
}

int esauti_campaign_contact_list_to_json(const esauti_campaign_contact_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_campaign_contact_list_Type, obj, out, err);
}

/* FormField */
static const apic_field esauti_form_field_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_form_field, id), -1, -1, &apic_type_int64},
    {"label", 5, APIC_F_REQUIRED, offsetof(esauti_form_field, label), -1, -1, &apic_type_string},
    {"alias", 5, APIC_F_REQUIRED, offsetof(esauti_form_field, alias), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_form_field, type), -1, -1, &esauti_field_type_Type},
    {"isRequired", 10, 0, offsetof(esauti_form_field, is_required), offsetof(esauti_form_field, has_is_required), -1, &apic_type_bool},
    {"order", 5, 0, offsetof(esauti_form_field, order), offsetof(esauti_form_field, has_order), -1, &apic_type_int32},
    {"mappedField", 11, APIC_F_NULLABLE, offsetof(esauti_form_field, mapped_field), -1, offsetof(esauti_form_field, mapped_field_is_null), &apic_type_string},
};
const apic_struct_desc esauti_form_field_desc = {
    "FormField", sizeof(esauti_form_field), esauti_form_field_desc_Fields, 7,
    offsetof(esauti_form_field, unknown_fields),
    -1,
    NULL
};

void esauti_form_field_free(esauti_form_field *obj)
{
    apic_struct_free(&esauti_form_field_desc, obj);
}

int esauti_form_field_from_json(const char *json, size_t len, esauti_form_field **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_field_Type, json, len, &value, err);
    *out = (esauti_form_field *)value;
    return rc;
}

int esauti_form_field_to_json(const esauti_form_field *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_field_Type, obj, out, err);
}

/* Form */
static const apic_field esauti_form_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_form, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_form, name), -1, -1, &apic_type_string},
    {"alias", 5, APIC_F_REQUIRED, offsetof(esauti_form, alias), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_form, description), -1, offsetof(esauti_form, description_is_null), &apic_type_string},
    {"formType", 8, 0, offsetof(esauti_form, form_type), offsetof(esauti_form, has_form_type), -1, &esauti_form_kind_Type},
    {"isPublished", 11, 0, offsetof(esauti_form, is_published), offsetof(esauti_form, has_is_published), -1, &apic_type_bool},
    {"postAction", 10, 0, offsetof(esauti_form, post_action), offsetof(esauti_form, has_post_action), -1, &esauti_form_post_action_Type},
    {"postActionProperty", 18, APIC_F_NULLABLE, offsetof(esauti_form, post_action_property), -1, offsetof(esauti_form, post_action_property_is_null), &apic_type_string},
    {"fields", 6, 0, offsetof(esauti_form, fields), offsetof(esauti_form, has_fields), -1, &esauti_form_field_array_Type},
    {"submissionCount", 15, APIC_F_READONLY, offsetof(esauti_form, submission_count), offsetof(esauti_form, has_submission_count), -1, &apic_type_int64},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_form, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_form, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_form_desc = {
    "Form", sizeof(esauti_form), esauti_form_desc_Fields, 12,
    offsetof(esauti_form, unknown_fields),
    -1,
    NULL
};

void esauti_form_free(esauti_form *obj)
{
    apic_struct_free(&esauti_form_desc, obj);
}

int esauti_form_from_json(const char *json, size_t len, esauti_form **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_Type, json, len, &value, err);
    *out = (esauti_form *)value;
    return rc;
}

int esauti_form_to_json(const esauti_form *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_Type, obj, out, err);
}

/* FormList */
static const apic_field esauti_form_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_form_list, total), -1, -1, &apic_type_int64},
    {"forms", 5, APIC_F_REQUIRED, offsetof(esauti_form_list, forms), -1, -1, &esauti_form_array_Type},
};
const apic_struct_desc esauti_form_list_desc = {
    "FormList", sizeof(esauti_form_list), esauti_form_list_desc_Fields, 2,
    offsetof(esauti_form_list, unknown_fields),
    -1,
    NULL
};

void esauti_form_list_free(esauti_form_list *obj)
{
    apic_struct_free(&esauti_form_list_desc, obj);
}

int esauti_form_list_from_json(const char *json, size_t len, esauti_form_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_list_Type, json, len, &value, err);
    *out = (esauti_form_list *)value;
    return rc;
}

int esauti_form_list_to_json(const esauti_form_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_list_Type, obj, out, err);
}

/* FormSubmission */
static const apic_field esauti_form_submission_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_form_submission, id), -1, -1, &apic_type_int64},
    {"formId", 6, APIC_F_REQUIRED, offsetof(esauti_form_submission, form_id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_NULLABLE, offsetof(esauti_form_submission, contact_id), offsetof(esauti_form_submission, has_contact_id), offsetof(esauti_form_submission, contact_id_is_null), &apic_type_int64},
    {"ipAddress", 9, APIC_F_NULLABLE | APIC_F_PII, offsetof(esauti_form_submission, ip_address), -1, offsetof(esauti_form_submission, ip_address_is_null), &apic_type_string},
    {"referer", 7, APIC_F_NULLABLE, offsetof(esauti_form_submission, referer), -1, offsetof(esauti_form_submission, referer_is_null), &esauti_string_uri_Type},
    {"dateSubmitted", 13, APIC_F_REQUIRED, offsetof(esauti_form_submission, date_submitted), -1, -1, &esauti_string_date_time_Type},
    {"results", 7, APIC_F_REQUIRED, offsetof(esauti_form_submission, results), -1, -1, &esauti_string_map_Type},
};
const apic_struct_desc esauti_form_submission_desc = {
    "FormSubmission", sizeof(esauti_form_submission), esauti_form_submission_desc_Fields, 7,
    offsetof(esauti_form_submission, unknown_fields),
    -1,
    NULL
};

void esauti_form_submission_free(esauti_form_submission *obj)
{
    apic_struct_free(&esauti_form_submission_desc, obj);
}

int esauti_form_submission_from_json(const char *json, size_t len, esauti_form_submission **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submission_Type, json, len, &value, err);
    *out = (esauti_form_submission *)value;
    return rc;
}

int esauti_form_submission_to_json(const esauti_form_submission *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submission_Type, obj, out, err);
}

/* FormSubmissionList */
static const apic_field esauti_form_submission_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_form_submission_list, total), -1, -1, &apic_type_int64},
    {"submissions", 11, APIC_F_REQUIRED, offsetof(esauti_form_submission_list, submissions), -1, -1, &esauti_form_submission_array_Type},
};
const apic_struct_desc esauti_form_submission_list_desc = {
    "FormSubmissionList", sizeof(esauti_form_submission_list), esauti_form_submission_list_desc_Fields, 2,
    offsetof(esauti_form_submission_list, unknown_fields),
    -1,
    NULL
};

void esauti_form_submission_list_free(esauti_form_submission_list *obj)
{
    apic_struct_free(&esauti_form_submission_list_desc, obj);
}

int esauti_form_submission_list_from_json(const char *json, size_t len, esauti_form_submission_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submission_list_Type, json, len, &value, err);
    *out = (esauti_form_submission_list *)value;
    return rc;
}

int esauti_form_submission_list_to_json(const esauti_form_submission_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submission_list_Type, obj, out, err);
}

/* Email */
static const apic_field esauti_email_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_email, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_email, name), -1, -1, &apic_type_string},
    {"subject", 7, APIC_F_REQUIRED, offsetof(esauti_email, subject), -1, -1, &apic_type_string},
    {"emailType", 9, APIC_F_REQUIRED, offsetof(esauti_email, email_type), -1, -1, &esauti_email_kind_Type},
    {"fromAddress", 11, APIC_F_NULLABLE, offsetof(esauti_email, from_address), -1, offsetof(esauti_email, from_address_is_null), &esauti_string_email_Type},
    {"fromName", 8, APIC_F_NULLABLE, offsetof(esauti_email, from_name), -1, offsetof(esauti_email, from_name_is_null), &apic_type_string},
    {"replyToAddress", 14, APIC_F_NULLABLE, offsetof(esauti_email, reply_to_address), -1, offsetof(esauti_email, reply_to_address_is_null), &esauti_string_email_Type},
    {"customHtml", 10, APIC_F_NULLABLE, offsetof(esauti_email, custom_html), -1, offsetof(esauti_email, custom_html_is_null), &apic_type_string},
    {"plainText", 9, APIC_F_NULLABLE, offsetof(esauti_email, plain_text), -1, offsetof(esauti_email, plain_text_is_null), &apic_type_string},
    {"language", 8, 0, offsetof(esauti_email, language), -1, -1, &apic_type_string},
    {"isPublished", 11, 0, offsetof(esauti_email, is_published), offsetof(esauti_email, has_is_published), -1, &apic_type_bool},
    {"publishUp", 9, APIC_F_NULLABLE, offsetof(esauti_email, publish_up), -1, offsetof(esauti_email, publish_up_is_null), &esauti_string_date_time_Type},
    {"lists", 5, 0, offsetof(esauti_email, lists), offsetof(esauti_email, has_lists), -1, &esauti_segment_ref_array_Type},
    {"sentCount", 9, APIC_F_READONLY, offsetof(esauti_email, sent_count), offsetof(esauti_email, has_sent_count), -1, &apic_type_int64},
    {"readCount", 9, APIC_F_READONLY, offsetof(esauti_email, read_count), offsetof(esauti_email, has_read_count), -1, &apic_type_int64},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_email, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_email, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_email_desc = {
    "Email", sizeof(esauti_email), esauti_email_desc_Fields, 17,
    offsetof(esauti_email, unknown_fields),
    -1,
    NULL
};

void esauti_email_free(esauti_email *obj)
{
    apic_struct_free(&esauti_email_desc, obj);
}

int esauti_email_from_json(const char *json, size_t len, esauti_email **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_Type, json, len, &value, err);
    *out = (esauti_email *)value;
    return rc;
}

int esauti_email_to_json(const esauti_email *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_Type, obj, out, err);
}

/* EmailList */
static const apic_field esauti_email_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_email_list, total), -1, -1, &apic_type_int64},
    {"emails", 6, APIC_F_REQUIRED, offsetof(esauti_email_list, emails), -1, -1, &esauti_email_array_Type},
};
const apic_struct_desc esauti_email_list_desc = {
    "EmailList", sizeof(esauti_email_list), esauti_email_list_desc_Fields, 2,
    offsetof(esauti_email_list, unknown_fields),
    -1,
    NULL
};

void esauti_email_list_free(esauti_email_list *obj)
{
    apic_struct_free(&esauti_email_list_desc, obj);
}

int esauti_email_list_from_json(const char *json, size_t len, esauti_email_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_list_Type, json, len, &value, err);
    *out = (esauti_email_list *)value;
    return rc;
}

int esauti_email_list_to_json(const esauti_email_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_list_Type, obj, out, err);
}

/* EmailInput */
static const apic_field esauti_email_input_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_email_input, name), -1, -1, &apic_type_string},
    {"subject", 7, APIC_F_REQUIRED, offsetof(esauti_email_input, subject), -1, -1, &apic_type_string},
    {"emailType", 9, 0, offsetof(esauti_email_input, email_type), offsetof(esauti_email_input, has_email_type), -1, &esauti_email_kind_Type},
    {"fromAddress", 11, APIC_F_NULLABLE, offsetof(esauti_email_input, from_address), -1, offsetof(esauti_email_input, from_address_is_null), &esauti_string_email_Type},
    {"fromName", 8, APIC_F_NULLABLE, offsetof(esauti_email_input, from_name), -1, offsetof(esauti_email_input, from_name_is_null), &apic_type_string},
    {"replyToAddress", 14, APIC_F_NULLABLE, offsetof(esauti_email_input, reply_to_address), -1, offsetof(esauti_email_input, reply_to_address_is_null), &esauti_string_email_Type},
    {"customHtml", 10, APIC_F_NULLABLE, offsetof(esauti_email_input, custom_html), -1, offsetof(esauti_email_input, custom_html_is_null), &apic_type_string},
    {"plainText", 9, APIC_F_NULLABLE, offsetof(esauti_email_input, plain_text), -1, offsetof(esauti_email_input, plain_text_is_null), &apic_type_string},
    {"language", 8, 0, offsetof(esauti_email_input, language), -1, -1, &apic_type_string},
    {"isPublished", 11, 0, offsetof(esauti_email_input, is_published), offsetof(esauti_email_input, has_is_published), -1, &apic_type_bool},
    {"publishUp", 9, APIC_F_NULLABLE, offsetof(esauti_email_input, publish_up), -1, offsetof(esauti_email_input, publish_up_is_null), &esauti_string_date_time_Type},
    {"lists", 5, 0, offsetof(esauti_email_input, lists), offsetof(esauti_email_input, has_lists), -1, &esauti_int64_array_Type},
};
const apic_struct_desc esauti_email_input_desc = {
    "EmailInput", sizeof(esauti_email_input), esauti_email_input_desc_Fields, 12,
    offsetof(esauti_email_input, unknown_fields),
    -1,
    NULL
};

void esauti_email_input_free(esauti_email_input *obj)
{
    apic_struct_free(&esauti_email_input_desc, obj);
}

int esauti_email_input_from_json(const char *json, size_t len, esauti_email_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_input_Type, json, len, &value, err);
    *out = (esauti_email_input *)value;
    return rc;
}

int esauti_email_input_to_json(const esauti_email_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_input_Type, obj, out, err);
}

/* EmailSendRequest */
static const apic_field esauti_email_send_request_desc_Fields[] = {
    {"tokens", 6, 0, offsetof(esauti_email_send_request, tokens), offsetof(esauti_email_send_request, has_tokens), -1, &esauti_string_map_Type},
};
const apic_struct_desc esauti_email_send_request_desc = {
    "EmailSendRequest", sizeof(esauti_email_send_request), esauti_email_send_request_desc_Fields, 1,
    offsetof(esauti_email_send_request, unknown_fields),
    -1,
    NULL
};

void esauti_email_send_request_free(esauti_email_send_request *obj)
{
    apic_struct_free(&esauti_email_send_request_desc, obj);
}

int esauti_email_send_request_from_json(const char *json, size_t len, esauti_email_send_request **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_send_request_Type, json, len, &value, err);
    *out = (esauti_email_send_request *)value;
    return rc;
}

int esauti_email_send_request_to_json(const esauti_email_send_request *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_send_request_Type, obj, out, err);
}

/* EmailSendResult */
static const apic_field esauti_email_send_result_desc_Fields[] = {
    {"success", 7, APIC_F_REQUIRED, offsetof(esauti_email_send_result, success), -1, -1, &apic_type_bool},
    {"sentCount", 9, 0, offsetof(esauti_email_send_result, sent_count), offsetof(esauti_email_send_result, has_sent_count), -1, &apic_type_int64},
    {"failedRecipients", 16, 0, offsetof(esauti_email_send_result, failed_recipients), offsetof(esauti_email_send_result, has_failed_recipients), -1, &apic_type_int64},
};
const apic_struct_desc esauti_email_send_result_desc = {
    "EmailSendResult", sizeof(esauti_email_send_result), esauti_email_send_result_desc_Fields, 3,
    offsetof(esauti_email_send_result, unknown_fields),
    -1,
    NULL
};

void esauti_email_send_result_free(esauti_email_send_result *obj)
{
    apic_struct_free(&esauti_email_send_result_desc, obj);
}

int esauti_email_send_result_from_json(const char *json, size_t len, esauti_email_send_result **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_send_result_Type, json, len, &value, err);
    *out = (esauti_email_send_result *)value;
    return rc;
}

int esauti_email_send_result_to_json(const esauti_email_send_result *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_send_result_Type, obj, out, err);
}

/* Note */
static const apic_field esauti_note_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_note, id), -1, -1, &apic_type_int64},
    {"text", 4, APIC_F_REQUIRED, offsetof(esauti_note, text), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_note, type), -1, -1, &esauti_note_kind_Type},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_note, contact_id), -1, -1, &apic_type_int64},
    {"dateTime", 8, APIC_F_NULLABLE, offsetof(esauti_note, date_time), -1, offsetof(esauti_note, date_time_is_null), &esauti_string_date_time_Type},
    {"createdBy", 9, APIC_F_NULLABLE | APIC_F_READONLY, offsetof(esauti_note, created_by), offsetof(esauti_note, has_created_by), offsetof(esauti_note, created_by_is_null), &apic_type_int64},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_note, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_note, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_note_desc = {
    "Note", sizeof(esauti_note), esauti_note_desc_Fields, 8,
    offsetof(esauti_note, unknown_fields),
    -1,
    NULL
};

void esauti_note_free(esauti_note *obj)
{
    apic_struct_free(&esauti_note_desc, obj);
}

int esauti_note_from_json(const char *json, size_t len, esauti_note **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_note_Type, json, len, &value, err);
    *out = (esauti_note *)value;
    return rc;
}

int esauti_note_to_json(const esauti_note *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_note_Type, obj, out, err);
}

/* NoteInput */
static const apic_field esauti_note_input_desc_Fields[] = {
    {"text", 4, APIC_F_REQUIRED, offsetof(esauti_note_input, text), -1, -1, &apic_type_string},
    {"type", 4, 0, offsetof(esauti_note_input, type), offsetof(esauti_note_input, has_type), -1, &esauti_note_kind_Type},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_note_input, contact_id), -1, -1, &apic_type_int64},
    {"dateTime", 8, APIC_F_NULLABLE, offsetof(esauti_note_input, date_time), -1, offsetof(esauti_note_input, date_time_is_null), &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_note_input_desc = {
    "NoteInput", sizeof(esauti_note_input), esauti_note_input_desc_Fields, 4,
    offsetof(esauti_note_input, unknown_fields),
    -1,
    NULL
};

void esauti_note_input_free(esauti_note_input *obj)
{
    apic_struct_free(&esauti_note_input_desc, obj);
}

int esauti_note_input_from_json(const char *json, size_t len, esauti_note_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_note_input_Type, json, len, &value, err);
    *out = (esauti_note_input *)value;
    return rc;
}

int esauti_note_input_to_json(const esauti_note_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_note_input_Type, obj, out, err);
}

/* NotePatch */
static const apic_field esauti_note_patch_desc_Fields[] = {
    {"text", 4, 0, offsetof(esauti_note_patch, text), -1, -1, &apic_type_string},
    {"type", 4, 0, offsetof(esauti_note_patch, type), offsetof(esauti_note_patch, has_type), -1, &esauti_note_kind_Type},
    {"dateTime", 8, APIC_F_NULLABLE, offsetof(esauti_note_patch, date_time), -1, offsetof(esauti_note_patch, date_time_is_null), &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_note_patch_desc = {
    "NotePatch", sizeof(esauti_note_patch), esauti_note_patch_desc_Fields, 3,
    offsetof(esauti_note_patch, unknown_fields),
    -1,
    NULL
};

void esauti_note_patch_free(esauti_note_patch *obj)
{
    apic_struct_free(&esauti_note_patch_desc, obj);
}

int esauti_note_patch_from_json(const char *json, size_t len, esauti_note_patch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_note_patch_Type, json, len, &value, err);
    *out = (esauti_note_patch *)value;
    return rc;
}

int esauti_note_patch_to_json(const esauti_note_patch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_note_patch_Type, obj, out, err);
}

/* NoteList */
static const apic_field esauti_note_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_note_list, total), -1, -1, &apic_type_int64},
    {"notes", 5, APIC_F_REQUIRED, offsetof(esauti_note_list, notes), -1, -1, &esauti_note_array_Type},
};
const apic_struct_desc esauti_note_list_desc = {
    "NoteList", sizeof(esauti_note_list), esauti_note_list_desc_Fields, 2,
    offsetof(esauti_note_list, unknown_fields),
    -1,
    NULL
};

void esauti_note_list_free(esauti_note_list *obj)
{
    apic_struct_free(&esauti_note_list_desc, obj);
}

int esauti_note_list_from_json(const char *json, size_t len, esauti_note_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_note_list_Type, json, len, &value, err);
    *out = (esauti_note_list *)value;
    return rc;
}

int esauti_note_list_to_json(const esauti_note_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_note_list_Type, obj, out, err);
}

/* Stage */
static const apic_field esauti_stage_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_stage, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_stage, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_stage, description), -1, offsetof(esauti_stage, description_is_null), &apic_type_string},
    {"weight", 6, 0, offsetof(esauti_stage, weight), offsetof(esauti_stage, has_weight), -1, &apic_type_int32},
    {"isPublished", 11, 0, offsetof(esauti_stage, is_published), offsetof(esauti_stage, has_is_published), -1, &apic_type_bool},
    {"category", 8, APIC_F_NULLABLE, offsetof(esauti_stage, category), -1, offsetof(esauti_stage, category_is_null), &apic_type_string},
    {"contactCount", 12, APIC_F_READONLY, offsetof(esauti_stage, contact_count), offsetof(esauti_stage, has_contact_count), -1, &apic_type_int64},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_stage, date_added), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_stage_desc = {
    "Stage", sizeof(esauti_stage), esauti_stage_desc_Fields, 8,
    offsetof(esauti_stage, unknown_fields),
    -1,
    NULL
};

void esauti_stage_free(esauti_stage *obj)
{
    apic_struct_free(&esauti_stage_desc, obj);
}

int esauti_stage_from_json(const char *json, size_t len, esauti_stage **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_stage_Type, json, len, &value, err);
    *out = (esauti_stage *)value;
    return rc;
}

int esauti_stage_to_json(const esauti_stage *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_stage_Type, obj, out, err);
}

/* StageInput */
static const apic_field esauti_stage_input_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_stage_input, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_stage_input, description), -1, offsetof(esauti_stage_input, description_is_null), &apic_type_string},
    {"weight", 6, 0, offsetof(esauti_stage_input, weight), offsetof(esauti_stage_input, has_weight), -1, &apic_type_int32},
    {"isPublished", 11, 0, offsetof(esauti_stage_input, is_published), offsetof(esauti_stage_input, has_is_published), -1, &apic_type_bool},
    {"category", 8, APIC_F_NULLABLE, offsetof(esauti_stage_input, category), -1, offsetof(esauti_stage_input, category_is_null), &apic_type_string},
};
const apic_struct_desc esauti_stage_input_desc = {
    "StageInput", sizeof(esauti_stage_input), esauti_stage_input_desc_Fields, 5,
    offsetof(esauti_stage_input, unknown_fields),
    -1,
    NULL
};

void esauti_stage_input_free(esauti_stage_input *obj)
{
    apic_struct_free(&esauti_stage_input_desc, obj);
}

int esauti_stage_input_from_json(const char *json, size_t len, esauti_stage_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_stage_input_Type, json, len, &value, err);
    *out = (esauti_stage_input *)value;
    return rc;
}

int esauti_stage_input_to_json(const esauti_stage_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_stage_input_Type, obj, out, err);
}

/* StagePatch */
static const apic_field esauti_stage_patch_desc_Fields[] = {
    {"name", 4, 0, offsetof(esauti_stage_patch, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_stage_patch, description), -1, offsetof(esauti_stage_patch, description_is_null), &apic_type_string},
    {"weight", 6, 0, offsetof(esauti_stage_patch, weight), offsetof(esauti_stage_patch, has_weight), -1, &apic_type_int32},
    {"isPublished", 11, 0, offsetof(esauti_stage_patch, is_published), offsetof(esauti_stage_patch, has_is_published), -1, &apic_type_bool},
    {"category", 8, APIC_F_NULLABLE, offsetof(esauti_stage_patch, category), -1, offsetof(esauti_stage_patch, category_is_null), &apic_type_string},
};
const apic_struct_desc esauti_stage_patch_desc = {
    "StagePatch", sizeof(esauti_stage_patch), esauti_stage_patch_desc_Fields, 5,
    offsetof(esauti_stage_patch, unknown_fields),
    -1,
    NULL
};

void esauti_stage_patch_free(esauti_stage_patch *obj)
{
    apic_struct_free(&esauti_stage_patch_desc, obj);
}

int esauti_stage_patch_from_json(const char *json, size_t len, esauti_stage_patch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_stage_patch_Type, json, len, &value, err);
    *out = (esauti_stage_patch *)value;
    return rc;
}

int esauti_stage_patch_to_json(const esauti_stage_patch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_stage_patch_Type, obj, out, err);
}

/* StageList */
static const apic_field esauti_stage_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_stage_list, total), -1, -1, &apic_type_int64},
    {"stages", 6, APIC_F_REQUIRED, offsetof(esauti_stage_list, stages), -1, -1, &esauti_stage_array_Type},
};
const apic_struct_desc esauti_stage_list_desc = {
    "StageList", sizeof(esauti_stage_list), esauti_stage_list_desc_Fields, 2,
    offsetof(esauti_stage_list, unknown_fields),
    -1,
    NULL
};

void esauti_stage_list_free(esauti_stage_list *obj)
{
    apic_struct_free(&esauti_stage_list_desc, obj);
}

int esauti_stage_list_from_json(const char *json, size_t len, esauti_stage_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_stage_list_Type, json, len, &value, err);
    *out = (esauti_stage_list *)value;
    return rc;
}

int esauti_stage_list_to_json(const esauti_stage_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_stage_list_Type, obj, out, err);
}

/* Tag */
static const apic_field esauti_tag_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_tag, id), -1, -1, &apic_type_int64},
    {"tag", 3, APIC_F_REQUIRED, offsetof(esauti_tag, tag), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_tag, description), -1, offsetof(esauti_tag, description_is_null), &apic_type_string},
};
const apic_struct_desc esauti_tag_desc = {
    "Tag", sizeof(esauti_tag), esauti_tag_desc_Fields, 3,
    offsetof(esauti_tag, unknown_fields),
    -1,
    NULL
};

void esauti_tag_free(esauti_tag *obj)
{
    apic_struct_free(&esauti_tag_desc, obj);
}

int esauti_tag_from_json(const char *json, size_t len, esauti_tag **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_tag_Type, json, len, &value, err);
    *out = (esauti_tag *)value;
    return rc;
}

int esauti_tag_to_json(const esauti_tag *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_tag_Type, obj, out, err);
}

/* TagInput */
static const apic_field esauti_tag_input_desc_Fields[] = {
    {"tag", 3, APIC_F_REQUIRED, offsetof(esauti_tag_input, tag), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_tag_input, description), -1, offsetof(esauti_tag_input, description_is_null), &apic_type_string},
};
const apic_struct_desc esauti_tag_input_desc = {
    "TagInput", sizeof(esauti_tag_input), esauti_tag_input_desc_Fields, 2,
    offsetof(esauti_tag_input, unknown_fields),
    -1,
    NULL
};

void esauti_tag_input_free(esauti_tag_input *obj)
{
    apic_struct_free(&esauti_tag_input_desc, obj);
}

int esauti_tag_input_from_json(const char *json, size_t len, esauti_tag_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_tag_input_Type, json, len, &value, err);
    *out = (esauti_tag_input *)value;
    return rc;
}

int esauti_tag_input_to_json(const esauti_tag_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_tag_input_Type, obj, out, err);
}

/* TagPatch */
static const apic_field esauti_tag_patch_desc_Fields[] = {
    {"tag", 3, 0, offsetof(esauti_tag_patch, tag), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_tag_patch, description), -1, offsetof(esauti_tag_patch, description_is_null), &apic_type_string},
};
const apic_struct_desc esauti_tag_patch_desc = {
    "TagPatch", sizeof(esauti_tag_patch), esauti_tag_patch_desc_Fields, 2,
    offsetof(esauti_tag_patch, unknown_fields),
    -1,
    NULL
};

void esauti_tag_patch_free(esauti_tag_patch *obj)
{
    apic_struct_free(&esauti_tag_patch_desc, obj);
}

int esauti_tag_patch_from_json(const char *json, size_t len, esauti_tag_patch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_tag_patch_Type, json, len, &value, err);
    *out = (esauti_tag_patch *)value;
    return rc;
}

int esauti_tag_patch_to_json(const esauti_tag_patch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_tag_patch_Type, obj, out, err);
}

/* TagList */
static const apic_field esauti_tag_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_tag_list, total), -1, -1, &apic_type_int64},
    {"tags", 4, APIC_F_REQUIRED, offsetof(esauti_tag_list, tags), -1, -1, &esauti_tag_array_Type},
};
const apic_struct_desc esauti_tag_list_desc = {
    "TagList", sizeof(esauti_tag_list), esauti_tag_list_desc_Fields, 2,
    offsetof(esauti_tag_list, unknown_fields),
    -1,
    NULL
};

void esauti_tag_list_free(esauti_tag_list *obj)
{
    apic_struct_free(&esauti_tag_list_desc, obj);
}

int esauti_tag_list_from_json(const char *json, size_t len, esauti_tag_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_tag_list_Type, json, len, &value, err);
    *out = (esauti_tag_list *)value;
    return rc;
}

int esauti_tag_list_to_json(const esauti_tag_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_tag_list_Type, obj, out, err);
}

/* Webhook */
static const apic_field esauti_webhook_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED | APIC_F_READONLY, offsetof(esauti_webhook, id), -1, -1, &apic_type_int64},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_webhook, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_webhook, description), -1, offsetof(esauti_webhook, description_is_null), &apic_type_string},
    {"webhookUrl", 10, APIC_F_REQUIRED, offsetof(esauti_webhook, webhook_url), -1, -1, &esauti_string_uri_Type},
    {"isPublished", 11, 0, offsetof(esauti_webhook, is_published), offsetof(esauti_webhook, has_is_published), -1, &apic_type_bool},
    {"eventsOrderbyDir", 16, 0, offsetof(esauti_webhook, events_orderby_dir), offsetof(esauti_webhook, has_events_orderby_dir), -1, &esauti_sort_direction_Type},
    {"triggers", 8, APIC_F_REQUIRED, offsetof(esauti_webhook, triggers), -1, -1, &esauti_webhook_event_array_Type},
    {"dateAdded", 9, APIC_F_READONLY, offsetof(esauti_webhook, date_added), -1, -1, &esauti_string_date_time_Type},
    {"dateModified", 12, APIC_F_READONLY, offsetof(esauti_webhook, date_modified), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_webhook_desc = {
    "Webhook", sizeof(esauti_webhook), esauti_webhook_desc_Fields, 9,
    offsetof(esauti_webhook, unknown_fields),
    -1,
    NULL
};

void esauti_webhook_free(esauti_webhook *obj)
{
    apic_struct_free(&esauti_webhook_desc, obj);
}

int esauti_webhook_from_json(const char *json, size_t len, esauti_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_webhook_Type, json, len, &value, err);
    *out = (esauti_webhook *)value;
    return rc;
}

int esauti_webhook_to_json(const esauti_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_webhook_Type, obj, out, err);
}

/* WebhookInput */
static const apic_field esauti_webhook_input_desc_Fields[] = {
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_webhook_input, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_webhook_input, description), -1, offsetof(esauti_webhook_input, description_is_null), &apic_type_string},
    {"webhookUrl", 10, APIC_F_REQUIRED, offsetof(esauti_webhook_input, webhook_url), -1, -1, &esauti_string_uri_Type},
    {"secret", 6, APIC_F_WRITEONLY, offsetof(esauti_webhook_input, secret), -1, -1, &apic_type_string},
    {"isPublished", 11, 0, offsetof(esauti_webhook_input, is_published), offsetof(esauti_webhook_input, has_is_published), -1, &apic_type_bool},
    {"eventsOrderbyDir", 16, 0, offsetof(esauti_webhook_input, events_orderby_dir), offsetof(esauti_webhook_input, has_events_orderby_dir), -1, &esauti_sort_direction_Type},
    {"triggers", 8, APIC_F_REQUIRED, offsetof(esauti_webhook_input, triggers), -1, -1, &esauti_webhook_event_array_Type},
};
const apic_struct_desc esauti_webhook_input_desc = {
    "WebhookInput", sizeof(esauti_webhook_input), esauti_webhook_input_desc_Fields, 7,
    offsetof(esauti_webhook_input, unknown_fields),
    -1,
    NULL
};

void esauti_webhook_input_free(esauti_webhook_input *obj)
{
    apic_struct_free(&esauti_webhook_input_desc, obj);
}

int esauti_webhook_input_from_json(const char *json, size_t len, esauti_webhook_input **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_webhook_input_Type, json, len, &value, err);
    *out = (esauti_webhook_input *)value;
    return rc;
}

int esauti_webhook_input_to_json(const esauti_webhook_input *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_webhook_input_Type, obj, out, err);
}

/* WebhookPatch */
static const apic_field esauti_webhook_patch_desc_Fields[] = {
    {"name", 4, 0, offsetof(esauti_webhook_patch, name), -1, -1, &apic_type_string},
    {"description", 11, APIC_F_NULLABLE, offsetof(esauti_webhook_patch, description), -1, offsetof(esauti_webhook_patch, description_is_null), &apic_type_string},
    {"webhookUrl", 10, 0, offsetof(esauti_webhook_patch, webhook_url), -1, -1, &esauti_string_uri_Type},
    {"secret", 6, APIC_F_WRITEONLY, offsetof(esauti_webhook_patch, secret), -1, -1, &apic_type_string},
    {"isPublished", 11, 0, offsetof(esauti_webhook_patch, is_published), offsetof(esauti_webhook_patch, has_is_published), -1, &apic_type_bool},
    {"eventsOrderbyDir", 16, 0, offsetof(esauti_webhook_patch, events_orderby_dir), offsetof(esauti_webhook_patch, has_events_orderby_dir), -1, &esauti_sort_direction_Type},
    {"triggers", 8, 0, offsetof(esauti_webhook_patch, triggers), offsetof(esauti_webhook_patch, has_triggers), -1, &esauti_webhook_event_array_Type},
};
const apic_struct_desc esauti_webhook_patch_desc = {
    "WebhookPatch", sizeof(esauti_webhook_patch), esauti_webhook_patch_desc_Fields, 7,
    offsetof(esauti_webhook_patch, unknown_fields),
    -1,
    NULL
};

void esauti_webhook_patch_free(esauti_webhook_patch *obj)
{
    apic_struct_free(&esauti_webhook_patch_desc, obj);
}

int esauti_webhook_patch_from_json(const char *json, size_t len, esauti_webhook_patch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_webhook_patch_Type, json, len, &value, err);
    *out = (esauti_webhook_patch *)value;
    return rc;
}

int esauti_webhook_patch_to_json(const esauti_webhook_patch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_webhook_patch_Type, obj, out, err);
}

/* WebhookTrigger */
static const apic_field esauti_webhook_trigger_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_webhook_trigger, type), -1, -1, &esauti_webhook_event_Type},
    {"label", 5, APIC_F_REQUIRED, offsetof(esauti_webhook_trigger, label), -1, -1, &apic_type_string},
    {"description", 11, 0, offsetof(esauti_webhook_trigger, description), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_webhook_trigger_desc = {
    "WebhookTrigger", sizeof(esauti_webhook_trigger), esauti_webhook_trigger_desc_Fields, 3,
    offsetof(esauti_webhook_trigger, unknown_fields),
    -1,
    NULL
};

void esauti_webhook_trigger_free(esauti_webhook_trigger *obj)
{
    apic_struct_free(&esauti_webhook_trigger_desc, obj);
}

int esauti_webhook_trigger_from_json(const char *json, size_t len, esauti_webhook_trigger **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_webhook_trigger_Type, json, len, &value, err);
    *out = (esauti_webhook_trigger *)value;
    return rc;
}

int esauti_webhook_trigger_to_json(const esauti_webhook_trigger *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_webhook_trigger_Type, obj, out, err);
}

/* WebhookTriggerList */
static const apic_field esauti_webhook_trigger_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_webhook_trigger_list, total), -1, -1, &apic_type_int64},
    {"triggers", 8, APIC_F_REQUIRED, offsetof(esauti_webhook_trigger_list, triggers), -1, -1, &esauti_webhook_trigger_array_Type},
};
const apic_struct_desc esauti_webhook_trigger_list_desc = {
    "WebhookTriggerList", sizeof(esauti_webhook_trigger_list), esauti_webhook_trigger_list_desc_Fields, 2,
    offsetof(esauti_webhook_trigger_list, unknown_fields),
    -1,
    NULL
};

void esauti_webhook_trigger_list_free(esauti_webhook_trigger_list *obj)
{
    apic_struct_free(&esauti_webhook_trigger_list_desc, obj);
}

int esauti_webhook_trigger_list_from_json(const char *json, size_t len, esauti_webhook_trigger_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_webhook_trigger_list_Type, json, len, &value, err);
    *out = (esauti_webhook_trigger_list *)value;
    return rc;
}

int esauti_webhook_trigger_list_to_json(const esauti_webhook_trigger_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_webhook_trigger_list_Type, obj, out, err);
}

/* WebhookList */
static const apic_field esauti_webhook_list_desc_Fields[] = {
    {"total", 5, APIC_F_REQUIRED, offsetof(esauti_webhook_list, total), -1, -1, &apic_type_int64},
    {"webhooks", 8, APIC_F_REQUIRED, offsetof(esauti_webhook_list, webhooks), -1, -1, &esauti_webhook_array_Type},
};
const apic_struct_desc esauti_webhook_list_desc = {
    "WebhookList", sizeof(esauti_webhook_list), esauti_webhook_list_desc_Fields, 2,
    offsetof(esauti_webhook_list, unknown_fields),
    -1,
    NULL
};

void esauti_webhook_list_free(esauti_webhook_list *obj)
{
    apic_struct_free(&esauti_webhook_list_desc, obj);
}

int esauti_webhook_list_from_json(const char *json, size_t len, esauti_webhook_list **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_webhook_list_Type, json, len, &value, err);
    *out = (esauti_webhook_list *)value;
    return rc;
}

int esauti_webhook_list_to_json(const esauti_webhook_list *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_webhook_list_Type, obj, out, err);
}
