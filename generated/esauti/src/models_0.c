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
    {"triggers", 8, APIC_F_REQUIRED, offsetof(esauti_webhook, triggers), -1, -1, &esauti_webhook_trigger_type_array_Type},
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
    {"triggers", 8, APIC_F_REQUIRED, offsetof(esauti_webhook_input, triggers), -1, -1, &esauti_webhook_trigger_type_array_Type},
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
    {"triggers", 8, 0, offsetof(esauti_webhook_patch, triggers), offsetof(esauti_webhook_patch, has_triggers), -1, &esauti_webhook_trigger_type_array_Type},
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

/* ContactCreatedWebhook */
static const apic_field esauti_contact_created_webhook_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_contact_created_webhook, id), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_contact_created_webhook, type), -1, -1, &apic_type_string},
    {"createdAt", 9, APIC_F_REQUIRED, offsetof(esauti_contact_created_webhook, created_at), -1, -1, &esauti_string_date_time_Type},
    {"data", 4, APIC_F_REQUIRED, offsetof(esauti_contact_created_webhook, data), -1, -1, &esauti_contact_created_webhook_data_Type},
};
const apic_struct_desc esauti_contact_created_webhook_desc = {
    "ContactCreatedWebhook", sizeof(esauti_contact_created_webhook), esauti_contact_created_webhook_desc_Fields, 4,
    offsetof(esauti_contact_created_webhook, unknown_fields),
    -1,
    NULL
};

void esauti_contact_created_webhook_free(esauti_contact_created_webhook *obj)
{
    apic_struct_free(&esauti_contact_created_webhook_desc, obj);
}

int esauti_contact_created_webhook_from_json(const char *json, size_t len, esauti_contact_created_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_created_webhook_Type, json, len, &value, err);
    *out = (esauti_contact_created_webhook *)value;
    return rc;
}

int esauti_contact_created_webhook_to_json(const esauti_contact_created_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_created_webhook_Type, obj, out, err);
}

/* ContactCreatedWebhook.data */
static const apic_field esauti_contact_created_webhook_data_desc_Fields[] = {
    {"contact", 7, APIC_F_REQUIRED, offsetof(esauti_contact_created_webhook_data, contact), -1, -1, &esauti_contact_Type},
};
const apic_struct_desc esauti_contact_created_webhook_data_desc = {
    "ContactCreatedWebhook.data", sizeof(esauti_contact_created_webhook_data), esauti_contact_created_webhook_data_desc_Fields, 1,
    offsetof(esauti_contact_created_webhook_data, unknown_fields),
    -1,
    NULL
};

void esauti_contact_created_webhook_data_free(esauti_contact_created_webhook_data *obj)
{
    apic_struct_free(&esauti_contact_created_webhook_data_desc, obj);
}

int esauti_contact_created_webhook_data_from_json(const char *json, size_t len, esauti_contact_created_webhook_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_created_webhook_data_Type, json, len, &value, err);
    *out = (esauti_contact_created_webhook_data *)value;
    return rc;
}

int esauti_contact_created_webhook_data_to_json(const esauti_contact_created_webhook_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_created_webhook_data_Type, obj, out, err);
}

/* ContactUpdatedWebhook */
static const apic_field esauti_contact_updated_webhook_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_contact_updated_webhook, id), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_contact_updated_webhook, type), -1, -1, &apic_type_string},
    {"createdAt", 9, APIC_F_REQUIRED, offsetof(esauti_contact_updated_webhook, created_at), -1, -1, &esauti_string_date_time_Type},
    {"data", 4, APIC_F_REQUIRED, offsetof(esauti_contact_updated_webhook, data), -1, -1, &esauti_contact_updated_webhook_data_Type},
};
const apic_struct_desc esauti_contact_updated_webhook_desc = {
    "ContactUpdatedWebhook", sizeof(esauti_contact_updated_webhook), esauti_contact_updated_webhook_desc_Fields, 4,
    offsetof(esauti_contact_updated_webhook, unknown_fields),
    -1,
    NULL
};

void esauti_contact_updated_webhook_free(esauti_contact_updated_webhook *obj)
{
    apic_struct_free(&esauti_contact_updated_webhook_desc, obj);
}

int esauti_contact_updated_webhook_from_json(const char *json, size_t len, esauti_contact_updated_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_updated_webhook_Type, json, len, &value, err);
    *out = (esauti_contact_updated_webhook *)value;
    return rc;
}

int esauti_contact_updated_webhook_to_json(const esauti_contact_updated_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_updated_webhook_Type, obj, out, err);
}

/* ContactUpdatedWebhook.data */
static const apic_field esauti_contact_updated_webhook_data_desc_Fields[] = {
    {"contact", 7, APIC_F_REQUIRED, offsetof(esauti_contact_updated_webhook_data, contact), -1, -1, &esauti_contact_Type},
    {"changed", 7, APIC_F_REQUIRED, offsetof(esauti_contact_updated_webhook_data, changed), -1, -1, &esauti_string_array_Type},
};
const apic_struct_desc esauti_contact_updated_webhook_data_desc = {
    "ContactUpdatedWebhook.data", sizeof(esauti_contact_updated_webhook_data), esauti_contact_updated_webhook_data_desc_Fields, 2,
    offsetof(esauti_contact_updated_webhook_data, unknown_fields),
    -1,
    NULL
};

void esauti_contact_updated_webhook_data_free(esauti_contact_updated_webhook_data *obj)
{
    apic_struct_free(&esauti_contact_updated_webhook_data_desc, obj);
}

int esauti_contact_updated_webhook_data_from_json(const char *json, size_t len, esauti_contact_updated_webhook_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_updated_webhook_data_Type, json, len, &value, err);
    *out = (esauti_contact_updated_webhook_data *)value;
    return rc;
}

int esauti_contact_updated_webhook_data_to_json(const esauti_contact_updated_webhook_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_updated_webhook_data_Type, obj, out, err);
}

/* ContactDeletedWebhook */
static const apic_field esauti_contact_deleted_webhook_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_contact_deleted_webhook, id), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_contact_deleted_webhook, type), -1, -1, &apic_type_string},
    {"createdAt", 9, APIC_F_REQUIRED, offsetof(esauti_contact_deleted_webhook, created_at), -1, -1, &esauti_string_date_time_Type},
    {"data", 4, APIC_F_REQUIRED, offsetof(esauti_contact_deleted_webhook, data), -1, -1, &esauti_contact_deleted_webhook_data_Type},
};
const apic_struct_desc esauti_contact_deleted_webhook_desc = {
    "ContactDeletedWebhook", sizeof(esauti_contact_deleted_webhook), esauti_contact_deleted_webhook_desc_Fields, 4,
    offsetof(esauti_contact_deleted_webhook, unknown_fields),
    -1,
    NULL
};

void esauti_contact_deleted_webhook_free(esauti_contact_deleted_webhook *obj)
{
    apic_struct_free(&esauti_contact_deleted_webhook_desc, obj);
}

int esauti_contact_deleted_webhook_from_json(const char *json, size_t len, esauti_contact_deleted_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_deleted_webhook_Type, json, len, &value, err);
    *out = (esauti_contact_deleted_webhook *)value;
    return rc;
}

int esauti_contact_deleted_webhook_to_json(const esauti_contact_deleted_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_deleted_webhook_Type, obj, out, err);
}

/* ContactDeletedWebhook.data */
static const apic_field esauti_contact_deleted_webhook_data_desc_Fields[] = {
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_contact_deleted_webhook_data, contact_id), -1, -1, &apic_type_int64},
};
const apic_struct_desc esauti_contact_deleted_webhook_data_desc = {
    "ContactDeletedWebhook.data", sizeof(esauti_contact_deleted_webhook_data), esauti_contact_deleted_webhook_data_desc_Fields, 1,
    offsetof(esauti_contact_deleted_webhook_data, unknown_fields),
    -1,
    NULL
};

void esauti_contact_deleted_webhook_data_free(esauti_contact_deleted_webhook_data *obj)
{
    apic_struct_free(&esauti_contact_deleted_webhook_data_desc, obj);
}

int esauti_contact_deleted_webhook_data_from_json(const char *json, size_t len, esauti_contact_deleted_webhook_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_deleted_webhook_data_Type, json, len, &value, err);
    *out = (esauti_contact_deleted_webhook_data *)value;
    return rc;
}

int esauti_contact_deleted_webhook_data_to_json(const esauti_contact_deleted_webhook_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_deleted_webhook_data_Type, obj, out, err);
}

/* FormSubmittedWebhook */
static const apic_field esauti_form_submitted_webhook_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_form_submitted_webhook, id), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_form_submitted_webhook, type), -1, -1, &apic_type_string},
    {"createdAt", 9, APIC_F_REQUIRED, offsetof(esauti_form_submitted_webhook, created_at), -1, -1, &esauti_string_date_time_Type},
    {"data", 4, APIC_F_REQUIRED, offsetof(esauti_form_submitted_webhook, data), -1, -1, &esauti_form_submitted_webhook_data_Type},
};
const apic_struct_desc esauti_form_submitted_webhook_desc = {
    "FormSubmittedWebhook", sizeof(esauti_form_submitted_webhook), esauti_form_submitted_webhook_desc_Fields, 4,
    offsetof(esauti_form_submitted_webhook, unknown_fields),
    -1,
    NULL
};

void esauti_form_submitted_webhook_free(esauti_form_submitted_webhook *obj)
{
    apic_struct_free(&esauti_form_submitted_webhook_desc, obj);
}

int esauti_form_submitted_webhook_from_json(const char *json, size_t len, esauti_form_submitted_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submitted_webhook_Type, json, len, &value, err);
    *out = (esauti_form_submitted_webhook *)value;
    return rc;
}

int esauti_form_submitted_webhook_to_json(const esauti_form_submitted_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submitted_webhook_Type, obj, out, err);
}

/* FormSubmittedWebhook.data */
static const apic_field esauti_form_submitted_webhook_data_desc_Fields[] = {
    {"formId", 6, APIC_F_REQUIRED, offsetof(esauti_form_submitted_webhook_data, form_id), -1, -1, &apic_type_int64},
    {"submissionId", 12, APIC_F_REQUIRED, offsetof(esauti_form_submitted_webhook_data, submission_id), -1, -1, &apic_type_int64},
    {"contactId", 9, 0, offsetof(esauti_form_submitted_webhook_data, contact_id), offsetof(esauti_form_submitted_webhook_data, has_contact_id), -1, &apic_type_int64},
};
const apic_struct_desc esauti_form_submitted_webhook_data_desc = {
    "FormSubmittedWebhook.data", sizeof(esauti_form_submitted_webhook_data), esauti_form_submitted_webhook_data_desc_Fields, 3,
    offsetof(esauti_form_submitted_webhook_data, unknown_fields),
    -1,
    NULL
};

void esauti_form_submitted_webhook_data_free(esauti_form_submitted_webhook_data *obj)
{
    apic_struct_free(&esauti_form_submitted_webhook_data_desc, obj);
}

int esauti_form_submitted_webhook_data_from_json(const char *json, size_t len, esauti_form_submitted_webhook_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_form_submitted_webhook_data_Type, json, len, &value, err);
    *out = (esauti_form_submitted_webhook_data *)value;
    return rc;
}

int esauti_form_submitted_webhook_data_to_json(const esauti_form_submitted_webhook_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_form_submitted_webhook_data_Type, obj, out, err);
}

/* EmailOpenedWebhook */
static const apic_field esauti_email_opened_webhook_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_email_opened_webhook, id), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_email_opened_webhook, type), -1, -1, &apic_type_string},
    {"createdAt", 9, APIC_F_REQUIRED, offsetof(esauti_email_opened_webhook, created_at), -1, -1, &esauti_string_date_time_Type},
    {"data", 4, APIC_F_REQUIRED, offsetof(esauti_email_opened_webhook, data), -1, -1, &esauti_email_opened_webhook_data_Type},
};
const apic_struct_desc esauti_email_opened_webhook_desc = {
    "EmailOpenedWebhook", sizeof(esauti_email_opened_webhook), esauti_email_opened_webhook_desc_Fields, 4,
    offsetof(esauti_email_opened_webhook, unknown_fields),
    -1,
    NULL
};

void esauti_email_opened_webhook_free(esauti_email_opened_webhook *obj)
{
    apic_struct_free(&esauti_email_opened_webhook_desc, obj);
}

int esauti_email_opened_webhook_from_json(const char *json, size_t len, esauti_email_opened_webhook **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_opened_webhook_Type, json, len, &value, err);
    *out = (esauti_email_opened_webhook *)value;
    return rc;
}

int esauti_email_opened_webhook_to_json(const esauti_email_opened_webhook *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_opened_webhook_Type, obj, out, err);
}

/* EmailOpenedWebhook.data */
static const apic_field esauti_email_opened_webhook_data_desc_Fields[] = {
    {"emailId", 7, APIC_F_REQUIRED, offsetof(esauti_email_opened_webhook_data, email_id), -1, -1, &apic_type_int64},
    {"contactId", 9, APIC_F_REQUIRED, offsetof(esauti_email_opened_webhook_data, contact_id), -1, -1, &apic_type_int64},
    {"openedAt", 8, APIC_F_REQUIRED, offsetof(esauti_email_opened_webhook_data, opened_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_email_opened_webhook_data_desc = {
    "EmailOpenedWebhook.data", sizeof(esauti_email_opened_webhook_data), esauti_email_opened_webhook_data_desc_Fields, 3,
    offsetof(esauti_email_opened_webhook_data, unknown_fields),
    -1,
    NULL
};

void esauti_email_opened_webhook_data_free(esauti_email_opened_webhook_data *obj)
{
    apic_struct_free(&esauti_email_opened_webhook_data_desc, obj);
}

int esauti_email_opened_webhook_data_from_json(const char *json, size_t len, esauti_email_opened_webhook_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_email_opened_webhook_data_Type, json, len, &value, err);
    *out = (esauti_email_opened_webhook_data *)value;
    return rc;
}

int esauti_email_opened_webhook_data_to_json(const esauti_email_opened_webhook_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_email_opened_webhook_data_Type, obj, out, err);
}

/* WebhookTrigger */
static const apic_field esauti_webhook_trigger_desc_Fields[] = {
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_webhook_trigger, type), -1, -1, &esauti_webhook_trigger_type_Type},
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

/* EventCustomer */
static const apic_field esauti_event_customer_desc_Fields[] = {
    {"id", 2, 0, offsetof(esauti_event_customer, id), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_PII, offsetof(esauti_event_customer, email), -1, -1, &esauti_string_email_Type},
    {"phone", 5, APIC_F_PII, offsetof(esauti_event_customer, phone), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_event_customer_desc = {
    "EventCustomer", sizeof(esauti_event_customer), esauti_event_customer_desc_Fields, 3,
    offsetof(esauti_event_customer, unknown_fields),
    -1,
    NULL
};

void esauti_event_customer_free(esauti_event_customer *obj)
{
    apic_struct_free(&esauti_event_customer_desc, obj);
}

int esauti_event_customer_from_json(const char *json, size_t len, esauti_event_customer **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_event_customer_Type, json, len, &value, err);
    *out = (esauti_event_customer *)value;
    return rc;
}

int esauti_event_customer_to_json(const esauti_event_customer *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_event_customer_Type, obj, out, err);
}

/* EventEntity */
static const apic_field esauti_event_entity_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_event_entity, id), -1, -1, &apic_type_string},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_event_entity, type), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_event_entity_desc = {
    "EventEntity", sizeof(esauti_event_entity), esauti_event_entity_desc_Fields, 2,
    offsetof(esauti_event_entity, unknown_fields),
    -1,
    NULL
};

void esauti_event_entity_free(esauti_event_entity *obj)
{
    apic_struct_free(&esauti_event_entity_desc, obj);
}

int esauti_event_entity_from_json(const char *json, size_t len, esauti_event_entity **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_event_entity_Type, json, len, &value, err);
    *out = (esauti_event_entity *)value;
    return rc;
}

int esauti_event_entity_to_json(const esauti_event_entity *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_event_entity_Type, obj, out, err);
}

/* EventIdentity */
static const apic_field esauti_event_identity_model_desc_Fields[] = {
    {"customer", 8, 0, offsetof(esauti_event_identity_model, customer), -1, -1, &esauti_event_customer_Type},
    {"entity", 6, 0, offsetof(esauti_event_identity_model, entity), -1, -1, &esauti_event_entity_Type},
};
const apic_struct_desc esauti_event_identity_model_desc = {
    "EventIdentity", sizeof(esauti_event_identity_model), esauti_event_identity_model_desc_Fields, 2,
    offsetof(esauti_event_identity_model, unknown_fields),
    -1,
    NULL
};

void esauti_event_identity_model_free(esauti_event_identity_model *obj)
{
    apic_struct_free(&esauti_event_identity_model_desc, obj);
}

int esauti_event_identity_model_from_json(const char *json, size_t len, esauti_event_identity_model **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_event_identity_model_Type, json, len, &value, err);
    *out = (esauti_event_identity_model *)value;
    return rc;
}

int esauti_event_identity_model_to_json(const esauti_event_identity_model *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_event_identity_model_Type, obj, out, err);
}

/* EventEnvelope */
static const apic_field esauti_event_envelope_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_event_envelope, id), -1, -1, &esauti_string_uuid_Type},
    {"type", 4, APIC_F_REQUIRED, offsetof(esauti_event_envelope, type), -1, -1, &apic_type_string},
    {"schema_version", 14, APIC_F_REQUIRED, offsetof(esauti_event_envelope, schema_version), -1, -1, &apic_type_int32},
    {"occurred_at", 11, APIC_F_REQUIRED, offsetof(esauti_event_envelope, occurred_at), -1, -1, &esauti_string_date_time_Type},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_event_envelope, source), -1, -1, &apic_type_string},
    {"identity", 8, APIC_F_REQUIRED, offsetof(esauti_event_envelope, identity), -1, -1, &esauti_event_identity_model_Type},
    {"data", 4, APIC_F_REQUIRED, offsetof(esauti_event_envelope, data), -1, -1, &apic_type_json_map},
};
const apic_struct_desc esauti_event_envelope_desc = {
    "EventEnvelope", sizeof(esauti_event_envelope), esauti_event_envelope_desc_Fields, 7,
    offsetof(esauti_event_envelope, unknown_fields),
    -1,
    NULL
};

void esauti_event_envelope_free(esauti_event_envelope *obj)
{
    apic_struct_free(&esauti_event_envelope_desc, obj);
}

int esauti_event_envelope_from_json(const char *json, size_t len, esauti_event_envelope **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_event_envelope_Type, json, len, &value, err);
    *out = (esauti_event_envelope *)value;
    return rc;
}

int esauti_event_envelope_to_json(const esauti_event_envelope *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_event_envelope_Type, obj, out, err);
}

/* EventReceipt */
static const apic_field esauti_event_receipt_desc_Fields[] = {
    {"id", 2, APIC_F_REQUIRED, offsetof(esauti_event_receipt, id), -1, -1, &esauti_string_uuid_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(esauti_event_receipt, status), -1, -1, &esauti_event_receipt_status_Type},
    {"received_at", 11, APIC_F_REQUIRED, offsetof(esauti_event_receipt, received_at), -1, -1, &esauti_string_date_time_Type},
    {"error", 5, 0, offsetof(esauti_event_receipt, error), -1, -1, &apic_type_string},
};
const apic_struct_desc esauti_event_receipt_desc = {
    "EventReceipt", sizeof(esauti_event_receipt), esauti_event_receipt_desc_Fields, 4,
    offsetof(esauti_event_receipt, unknown_fields),
    -1,
    NULL
};

void esauti_event_receipt_free(esauti_event_receipt *obj)
{
    apic_struct_free(&esauti_event_receipt_desc, obj);
}

int esauti_event_receipt_from_json(const char *json, size_t len, esauti_event_receipt **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_event_receipt_Type, json, len, &value, err);
    *out = (esauti_event_receipt *)value;
    return rc;
}

int esauti_event_receipt_to_json(const esauti_event_receipt *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_event_receipt_Type, obj, out, err);
}

/* EventBatch */
static const apic_field esauti_event_batch_desc_Fields[] = {
    {"events", 6, APIC_F_REQUIRED, offsetof(esauti_event_batch, events), -1, -1, &esauti_event_envelope_array_Type},
};
const apic_struct_desc esauti_event_batch_desc = {
    "EventBatch", sizeof(esauti_event_batch), esauti_event_batch_desc_Fields, 1,
    offsetof(esauti_event_batch, unknown_fields),
    -1,
    NULL
};

void esauti_event_batch_free(esauti_event_batch *obj)
{
    apic_struct_free(&esauti_event_batch_desc, obj);
}

int esauti_event_batch_from_json(const char *json, size_t len, esauti_event_batch **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_event_batch_Type, json, len, &value, err);
    *out = (esauti_event_batch *)value;
    return rc;
}

int esauti_event_batch_to_json(const esauti_event_batch *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_event_batch_Type, obj, out, err);
}

/* EventBatchReceipt */
static const apic_field esauti_event_batch_receipt_desc_Fields[] = {
    {"receipts", 8, APIC_F_REQUIRED, offsetof(esauti_event_batch_receipt, receipts), -1, -1, &esauti_event_receipt_array_Type},
};
const apic_struct_desc esauti_event_batch_receipt_desc = {
    "EventBatchReceipt", sizeof(esauti_event_batch_receipt), esauti_event_batch_receipt_desc_Fields, 1,
    offsetof(esauti_event_batch_receipt, unknown_fields),
    -1,
    NULL
};

void esauti_event_batch_receipt_free(esauti_event_batch_receipt *obj)
{
    apic_struct_free(&esauti_event_batch_receipt_desc, obj);
}

int esauti_event_batch_receipt_from_json(const char *json, size_t len, esauti_event_batch_receipt **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_event_batch_receipt_Type, json, len, &value, err);
    *out = (esauti_event_batch_receipt *)value;
    return rc;
}

int esauti_event_batch_receipt_to_json(const esauti_event_batch_receipt *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_event_batch_receipt_Type, obj, out, err);
}

/* customer_created_data */
static const apic_field esauti_customer_created_data_desc_Fields[] = {
    {"customer_id", 11, APIC_F_REQUIRED, offsetof(esauti_customer_created_data, customer_id), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_PII, offsetof(esauti_customer_created_data, email), -1, -1, &esauti_string_email_Type},
    {"phone", 5, APIC_F_PII, offsetof(esauti_customer_created_data, phone), -1, -1, &esauti_string_phone_Type},
    {"first_name", 10, APIC_F_PII, offsetof(esauti_customer_created_data, first_name), -1, -1, &apic_type_string},
    {"last_name", 9, APIC_F_PII, offsetof(esauti_customer_created_data, last_name), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_customer_created_data, country), -1, -1, &esauti_string_country_Type},
    {"language", 8, 0, offsetof(esauti_customer_created_data, language), offsetof(esauti_customer_created_data, has_language), -1, &esauti_customer_created_data_language_Type},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_customer_created_data, source), -1, -1, &esauti_customer_created_data_source_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(esauti_customer_created_data, created_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_created_data_desc = {
    "customer_created_data", sizeof(esauti_customer_created_data), esauti_customer_created_data_desc_Fields, 9,
    offsetof(esauti_customer_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_created_data_free(esauti_customer_created_data *obj)
{
    apic_struct_free(&esauti_customer_created_data_desc, obj);
}

int esauti_customer_created_data_from_json(const char *json, size_t len, esauti_customer_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_created_data_Type, json, len, &value, err);
    *out = (esauti_customer_created_data *)value;
    return rc;
}

int esauti_customer_created_data_to_json(const esauti_customer_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_created_data_Type, obj, out, err);
}

/* customer_updated_data */
static const apic_field esauti_customer_updated_data_desc_Fields[] = {
    {"customer_id", 11, APIC_F_REQUIRED, offsetof(esauti_customer_updated_data, customer_id), -1, -1, &apic_type_string},
    {"changed_fields", 14, APIC_F_REQUIRED, offsetof(esauti_customer_updated_data, changed_fields), -1, -1, &esauti_string_array_Type},
    {"new_values", 10, APIC_F_PII, offsetof(esauti_customer_updated_data, new_values), offsetof(esauti_customer_updated_data, has_new_values), -1, &esauti_string_map_Type},
    {"updated_by", 10, 0, offsetof(esauti_customer_updated_data, updated_by), offsetof(esauti_customer_updated_data, has_updated_by), -1, &esauti_customer_updated_data_updated_by_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(esauti_customer_updated_data, updated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_updated_data_desc = {
    "customer_updated_data", sizeof(esauti_customer_updated_data), esauti_customer_updated_data_desc_Fields, 5,
    offsetof(esauti_customer_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_updated_data_free(esauti_customer_updated_data *obj)
{
    apic_struct_free(&esauti_customer_updated_data_desc, obj);
}

int esauti_customer_updated_data_from_json(const char *json, size_t len, esauti_customer_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_updated_data_Type, json, len, &value, err);
    *out = (esauti_customer_updated_data *)value;
    return rc;
}

int esauti_customer_updated_data_to_json(const esauti_customer_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_updated_data_Type, obj, out, err);
}

/* customer_deleted_data */
static const apic_field esauti_customer_deleted_data_desc_Fields[] = {
    {"customer_id", 11, APIC_F_REQUIRED, offsetof(esauti_customer_deleted_data, customer_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_customer_deleted_data, reason), -1, -1, &esauti_customer_deleted_data_reason_Type},
    {"erase_personal_data", 19, 0, offsetof(esauti_customer_deleted_data, erase_personal_data), offsetof(esauti_customer_deleted_data, has_erase_personal_data), -1, &apic_type_bool},
    {"deleted_at", 10, APIC_F_REQUIRED, offsetof(esauti_customer_deleted_data, deleted_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_deleted_data_desc = {
    "customer_deleted_data", sizeof(esauti_customer_deleted_data), esauti_customer_deleted_data_desc_Fields, 4,
    offsetof(esauti_customer_deleted_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_deleted_data_free(esauti_customer_deleted_data *obj)
{
    apic_struct_free(&esauti_customer_deleted_data_desc, obj);
}

int esauti_customer_deleted_data_from_json(const char *json, size_t len, esauti_customer_deleted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_deleted_data_Type, json, len, &value, err);
    *out = (esauti_customer_deleted_data *)value;
    return rc;
}

int esauti_customer_deleted_data_to_json(const esauti_customer_deleted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_deleted_data_Type, obj, out, err);
}

/* customer_merged_data */
static const apic_field esauti_customer_merged_data_desc_Fields[] = {
    {"surviving_customer_id", 21, APIC_F_REQUIRED, offsetof(esauti_customer_merged_data, surviving_customer_id), -1, -1, &apic_type_string},
    {"merged_customer_ids", 19, APIC_F_REQUIRED, offsetof(esauti_customer_merged_data, merged_customer_ids), -1, -1, &esauti_string_array_Type},
    {"match_key", 9, 0, offsetof(esauti_customer_merged_data, match_key), offsetof(esauti_customer_merged_data, has_match_key), -1, &esauti_customer_merged_data_match_key_Type},
    {"merged_at", 9, APIC_F_REQUIRED, offsetof(esauti_customer_merged_data, merged_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_merged_data_desc = {
    "customer_merged_data", sizeof(esauti_customer_merged_data), esauti_customer_merged_data_desc_Fields, 4,
    offsetof(esauti_customer_merged_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_merged_data_free(esauti_customer_merged_data *obj)
{
    apic_struct_free(&esauti_customer_merged_data_desc, obj);
}

int esauti_customer_merged_data_from_json(const char *json, size_t len, esauti_customer_merged_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_merged_data_Type, json, len, &value, err);
    *out = (esauti_customer_merged_data *)value;
    return rc;
}

int esauti_customer_merged_data_to_json(const esauti_customer_merged_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_merged_data_Type, obj, out, err);
}

/* customer_tagged_data */
static const apic_field esauti_customer_tagged_data_desc_Fields[] = {
    {"customer_id", 11, APIC_F_REQUIRED, offsetof(esauti_customer_tagged_data, customer_id), -1, -1, &apic_type_string},
    {"tag", 3, APIC_F_REQUIRED, offsetof(esauti_customer_tagged_data, tag), -1, -1, &apic_type_string},
    {"added_by", 8, 0, offsetof(esauti_customer_tagged_data, added_by), offsetof(esauti_customer_tagged_data, has_added_by), -1, &esauti_customer_tagged_data_added_by_Type},
    {"tagged_at", 9, 0, offsetof(esauti_customer_tagged_data, tagged_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_tagged_data_desc = {
    "customer_tagged_data", sizeof(esauti_customer_tagged_data), esauti_customer_tagged_data_desc_Fields, 4,
    offsetof(esauti_customer_tagged_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_tagged_data_free(esauti_customer_tagged_data *obj)
{
    apic_struct_free(&esauti_customer_tagged_data_desc, obj);
}

int esauti_customer_tagged_data_from_json(const char *json, size_t len, esauti_customer_tagged_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_tagged_data_Type, json, len, &value, err);
    *out = (esauti_customer_tagged_data *)value;
    return rc;
}

int esauti_customer_tagged_data_to_json(const esauti_customer_tagged_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_tagged_data_Type, obj, out, err);
}

/* customer_untagged_data */
static const apic_field esauti_customer_untagged_data_desc_Fields[] = {
    {"customer_id", 11, APIC_F_REQUIRED, offsetof(esauti_customer_untagged_data, customer_id), -1, -1, &apic_type_string},
    {"tag", 3, APIC_F_REQUIRED, offsetof(esauti_customer_untagged_data, tag), -1, -1, &apic_type_string},
    {"removed_by", 10, 0, offsetof(esauti_customer_untagged_data, removed_by), offsetof(esauti_customer_untagged_data, has_removed_by), -1, &esauti_customer_untagged_data_removed_by_Type},
    {"untagged_at", 11, 0, offsetof(esauti_customer_untagged_data, untagged_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_untagged_data_desc = {
    "customer_untagged_data", sizeof(esauti_customer_untagged_data), esauti_customer_untagged_data_desc_Fields, 4,
    offsetof(esauti_customer_untagged_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_untagged_data_free(esauti_customer_untagged_data *obj)
{
    apic_struct_free(&esauti_customer_untagged_data_desc, obj);
}

int esauti_customer_untagged_data_from_json(const char *json, size_t len, esauti_customer_untagged_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_untagged_data_Type, json, len, &value, err);
    *out = (esauti_customer_untagged_data *)value;
    return rc;
}

int esauti_customer_untagged_data_to_json(const esauti_customer_untagged_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_untagged_data_Type, obj, out, err);
}

/* customer_segment_entered_data */
static const apic_field esauti_customer_segment_entered_data_desc_Fields[] = {
    {"customer_id", 11, APIC_F_REQUIRED, offsetof(esauti_customer_segment_entered_data, customer_id), -1, -1, &apic_type_string},
    {"segment_id", 10, APIC_F_REQUIRED, offsetof(esauti_customer_segment_entered_data, segment_id), -1, -1, &apic_type_string},
    {"segment_name", 12, 0, offsetof(esauti_customer_segment_entered_data, segment_name), -1, -1, &apic_type_string},
    {"entered_at", 10, APIC_F_REQUIRED, offsetof(esauti_customer_segment_entered_data, entered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_segment_entered_data_desc = {
    "customer_segment_entered_data", sizeof(esauti_customer_segment_entered_data), esauti_customer_segment_entered_data_desc_Fields, 4,
    offsetof(esauti_customer_segment_entered_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_segment_entered_data_free(esauti_customer_segment_entered_data *obj)
{
    apic_struct_free(&esauti_customer_segment_entered_data_desc, obj);
}

int esauti_customer_segment_entered_data_from_json(const char *json, size_t len, esauti_customer_segment_entered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_segment_entered_data_Type, json, len, &value, err);
    *out = (esauti_customer_segment_entered_data *)value;
    return rc;
}

int esauti_customer_segment_entered_data_to_json(const esauti_customer_segment_entered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_segment_entered_data_Type, obj, out, err);
}

/* customer_segment_exited_data */
static const apic_field esauti_customer_segment_exited_data_desc_Fields[] = {
    {"customer_id", 11, APIC_F_REQUIRED, offsetof(esauti_customer_segment_exited_data, customer_id), -1, -1, &apic_type_string},
    {"segment_id", 10, APIC_F_REQUIRED, offsetof(esauti_customer_segment_exited_data, segment_id), -1, -1, &apic_type_string},
    {"segment_name", 12, 0, offsetof(esauti_customer_segment_exited_data, segment_name), -1, -1, &apic_type_string},
    {"reason", 6, 0, offsetof(esauti_customer_segment_exited_data, reason), offsetof(esauti_customer_segment_exited_data, has_reason), -1, &esauti_customer_segment_exited_data_reason_Type},
    {"exited_at", 9, APIC_F_REQUIRED, offsetof(esauti_customer_segment_exited_data, exited_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_customer_segment_exited_data_desc = {
    "customer_segment_exited_data", sizeof(esauti_customer_segment_exited_data), esauti_customer_segment_exited_data_desc_Fields, 5,
    offsetof(esauti_customer_segment_exited_data, unknown_fields),
    -1,
    NULL
};

void esauti_customer_segment_exited_data_free(esauti_customer_segment_exited_data *obj)
{
    apic_struct_free(&esauti_customer_segment_exited_data_desc, obj);
}

int esauti_customer_segment_exited_data_from_json(const char *json, size_t len, esauti_customer_segment_exited_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_customer_segment_exited_data_Type, json, len, &value, err);
    *out = (esauti_customer_segment_exited_data *)value;
    return rc;
}

int esauti_customer_segment_exited_data_to_json(const esauti_customer_segment_exited_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_customer_segment_exited_data_Type, obj, out, err);
}

/* contact_subscribed_data */
static const apic_field esauti_contact_subscribed_data_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_contact_subscribed_data, channel), -1, -1, &esauti_contact_subscribed_data_channel_Type},
    {"address", 7, APIC_F_PII, offsetof(esauti_contact_subscribed_data, address), -1, -1, &apic_type_string},
    {"list_id", 7, 0, offsetof(esauti_contact_subscribed_data, list_id), -1, -1, &apic_type_string},
    {"consent_source", 14, APIC_F_REQUIRED, offsetof(esauti_contact_subscribed_data, consent_source), -1, -1, &esauti_contact_subscribed_data_consent_source_Type},
    {"double_opt_in", 13, 0, offsetof(esauti_contact_subscribed_data, double_opt_in), offsetof(esauti_contact_subscribed_data, has_double_opt_in), -1, &apic_type_bool},
    {"subscribed_at", 13, APIC_F_REQUIRED, offsetof(esauti_contact_subscribed_data, subscribed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_contact_subscribed_data_desc = {
    "contact_subscribed_data", sizeof(esauti_contact_subscribed_data), esauti_contact_subscribed_data_desc_Fields, 6,
    offsetof(esauti_contact_subscribed_data, unknown_fields),
    -1,
    NULL
};

void esauti_contact_subscribed_data_free(esauti_contact_subscribed_data *obj)
{
    apic_struct_free(&esauti_contact_subscribed_data_desc, obj);
}

int esauti_contact_subscribed_data_from_json(const char *json, size_t len, esauti_contact_subscribed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_subscribed_data_Type, json, len, &value, err);
    *out = (esauti_contact_subscribed_data *)value;
    return rc;
}

int esauti_contact_subscribed_data_to_json(const esauti_contact_subscribed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_subscribed_data_Type, obj, out, err);
}

/* contact_unsubscribed_data */
static const apic_field esauti_contact_unsubscribed_data_desc_Fields[] = {
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_contact_unsubscribed_data, channel), -1, -1, &esauti_contact_unsubscribed_data_channel_Type},
    {"address", 7, APIC_F_PII, offsetof(esauti_contact_unsubscribed_data, address), -1, -1, &apic_type_string},
    {"list_id", 7, 0, offsetof(esauti_contact_unsubscribed_data, list_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_contact_unsubscribed_data, method), -1, -1, &esauti_contact_unsubscribed_data_method_Type},
    {"campaign_id", 11, 0, offsetof(esauti_contact_unsubscribed_data, campaign_id), -1, -1, &apic_type_string},
    {"unsubscribed_at", 15, APIC_F_REQUIRED, offsetof(esauti_contact_unsubscribed_data, unsubscribed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_contact_unsubscribed_data_desc = {
    "contact_unsubscribed_data", sizeof(esauti_contact_unsubscribed_data), esauti_contact_unsubscribed_data_desc_Fields, 6,
    offsetof(esauti_contact_unsubscribed_data, unknown_fields),
    -1,
    NULL
};

void esauti_contact_unsubscribed_data_free(esauti_contact_unsubscribed_data *obj)
{
    apic_struct_free(&esauti_contact_unsubscribed_data_desc, obj);
}

int esauti_contact_unsubscribed_data_from_json(const char *json, size_t len, esauti_contact_unsubscribed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_unsubscribed_data_Type, json, len, &value, err);
    *out = (esauti_contact_unsubscribed_data *)value;
    return rc;
}

int esauti_contact_unsubscribed_data_to_json(const esauti_contact_unsubscribed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_unsubscribed_data_Type, obj, out, err);
}

/* contact_preferences_updated_data */
static const apic_field esauti_contact_preferences_updated_data_desc_Fields[] = {
    {"topics", 6, 0, offsetof(esauti_contact_preferences_updated_data, topics), offsetof(esauti_contact_preferences_updated_data, has_topics), -1, &esauti_contact_preferences_updated_data_topics_item_array_Type},
    {"frequency", 9, APIC_F_REQUIRED, offsetof(esauti_contact_preferences_updated_data, frequency), -1, -1, &esauti_contact_preferences_updated_data_frequency_Type},
    {"preferred_channel", 17, 0, offsetof(esauti_contact_preferences_updated_data, preferred_channel), offsetof(esauti_contact_preferences_updated_data, has_preferred_channel), -1, &esauti_contact_preferences_updated_data_preferred_channel_Type},
    {"language", 8, 0, offsetof(esauti_contact_preferences_updated_data, language), offsetof(esauti_contact_preferences_updated_data, has_language), -1, &esauti_contact_preferences_updated_data_language_Type},
    {"quiet_hours_start", 17, 0, offsetof(esauti_contact_preferences_updated_data, quiet_hours_start), -1, -1, &apic_type_string},
    {"quiet_hours_end", 15, 0, offsetof(esauti_contact_preferences_updated_data, quiet_hours_end), -1, -1, &apic_type_string},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(esauti_contact_preferences_updated_data, updated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_contact_preferences_updated_data_desc = {
    "contact_preferences_updated_data", sizeof(esauti_contact_preferences_updated_data), esauti_contact_preferences_updated_data_desc_Fields, 7,
    offsetof(esauti_contact_preferences_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_contact_preferences_updated_data_free(esauti_contact_preferences_updated_data *obj)
{
    apic_struct_free(&esauti_contact_preferences_updated_data_desc, obj);
}

int esauti_contact_preferences_updated_data_from_json(const char *json, size_t len, esauti_contact_preferences_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_preferences_updated_data_Type, json, len, &value, err);
    *out = (esauti_contact_preferences_updated_data *)value;
    return rc;
}

int esauti_contact_preferences_updated_data_to_json(const esauti_contact_preferences_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_preferences_updated_data_Type, obj, out, err);
}

/* contact_phone_verified_data */
static const apic_field esauti_contact_phone_verified_data_desc_Fields[] = {
    {"phone", 5, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_contact_phone_verified_data, phone), -1, -1, &esauti_string_phone_Type},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_contact_phone_verified_data, method), -1, -1, &esauti_contact_phone_verified_data_method_Type},
    {"country", 7, 0, offsetof(esauti_contact_phone_verified_data, country), -1, -1, &esauti_string_country_Type},
    {"carrier", 7, 0, offsetof(esauti_contact_phone_verified_data, carrier), -1, -1, &apic_type_string},
    {"verified_at", 11, APIC_F_REQUIRED, offsetof(esauti_contact_phone_verified_data, verified_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_contact_phone_verified_data_desc = {
    "contact_phone_verified_data", sizeof(esauti_contact_phone_verified_data), esauti_contact_phone_verified_data_desc_Fields, 5,
    offsetof(esauti_contact_phone_verified_data, unknown_fields),
    -1,
    NULL
};

void esauti_contact_phone_verified_data_free(esauti_contact_phone_verified_data *obj)
{
    apic_struct_free(&esauti_contact_phone_verified_data_desc, obj);
}

int esauti_contact_phone_verified_data_from_json(const char *json, size_t len, esauti_contact_phone_verified_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_contact_phone_verified_data_Type, json, len, &value, err);
    *out = (esauti_contact_phone_verified_data *)value;
    return rc;
}

int esauti_contact_phone_verified_data_to_json(const esauti_contact_phone_verified_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_contact_phone_verified_data_Type, obj, out, err);
}

/* lead_captured_data */
static const apic_field esauti_lead_captured_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_captured_data, lead_id), -1, -1, &apic_type_string},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_lead_captured_data, source), -1, -1, &esauti_lead_captured_data_source_Type},
    {"full_name", 9, APIC_F_PII, offsetof(esauti_lead_captured_data, full_name), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_PII, offsetof(esauti_lead_captured_data, email), -1, -1, &esauti_string_email_Type},
    {"phone", 5, APIC_F_PII, offsetof(esauti_lead_captured_data, phone), -1, -1, &esauti_string_phone_Type},
    {"interest", 8, 0, offsetof(esauti_lead_captured_data, interest), -1, -1, &apic_type_string},
    {"form_id", 7, 0, offsetof(esauti_lead_captured_data, form_id), -1, -1, &apic_type_string},
    {"landing_url", 11, 0, offsetof(esauti_lead_captured_data, landing_url), -1, -1, &esauti_string_uri_Type},
    {"captured_at", 11, APIC_F_REQUIRED, offsetof(esauti_lead_captured_data, captured_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_captured_data_desc = {
    "lead_captured_data", sizeof(esauti_lead_captured_data), esauti_lead_captured_data_desc_Fields, 9,
    offsetof(esauti_lead_captured_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_captured_data_free(esauti_lead_captured_data *obj)
{
    apic_struct_free(&esauti_lead_captured_data_desc, obj);
}

int esauti_lead_captured_data_from_json(const char *json, size_t len, esauti_lead_captured_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_captured_data_Type, json, len, &value, err);
    *out = (esauti_lead_captured_data *)value;
    return rc;
}

int esauti_lead_captured_data_to_json(const esauti_lead_captured_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_captured_data_Type, obj, out, err);
}

/* lead_updated_data */
static const apic_field esauti_lead_updated_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_updated_data, lead_id), -1, -1, &apic_type_string},
    {"changed_fields", 14, APIC_F_REQUIRED, offsetof(esauti_lead_updated_data, changed_fields), -1, -1, &esauti_string_array_Type},
    {"estimated_value", 15, 0, offsetof(esauti_lead_updated_data, estimated_value), offsetof(esauti_lead_updated_data, has_estimated_value), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_lead_updated_data, currency), -1, -1, &esauti_string_currency_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(esauti_lead_updated_data, updated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_updated_data_desc = {
    "lead_updated_data", sizeof(esauti_lead_updated_data), esauti_lead_updated_data_desc_Fields, 5,
    offsetof(esauti_lead_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_updated_data_free(esauti_lead_updated_data *obj)
{
    apic_struct_free(&esauti_lead_updated_data_desc, obj);
}

int esauti_lead_updated_data_from_json(const char *json, size_t len, esauti_lead_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_updated_data_Type, json, len, &value, err);
    *out = (esauti_lead_updated_data *)value;
    return rc;
}

int esauti_lead_updated_data_to_json(const esauti_lead_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_updated_data_Type, obj, out, err);
}

/* lead_assigned_data */
static const apic_field esauti_lead_assigned_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_assigned_data, lead_id), -1, -1, &apic_type_string},
    {"assignee_id", 11, APIC_F_REQUIRED, offsetof(esauti_lead_assigned_data, assignee_id), -1, -1, &apic_type_string},
    {"team_id", 7, 0, offsetof(esauti_lead_assigned_data, team_id), -1, -1, &apic_type_string},
    {"previous_assignee_id", 20, 0, offsetof(esauti_lead_assigned_data, previous_assignee_id), -1, -1, &apic_type_string},
    {"method", 6, 0, offsetof(esauti_lead_assigned_data, method), offsetof(esauti_lead_assigned_data, has_method), -1, &esauti_lead_assigned_data_method_Type},
    {"assigned_at", 11, APIC_F_REQUIRED, offsetof(esauti_lead_assigned_data, assigned_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_assigned_data_desc = {
    "lead_assigned_data", sizeof(esauti_lead_assigned_data), esauti_lead_assigned_data_desc_Fields, 6,
    offsetof(esauti_lead_assigned_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_assigned_data_free(esauti_lead_assigned_data *obj)
{
    apic_struct_free(&esauti_lead_assigned_data_desc, obj);
}

int esauti_lead_assigned_data_from_json(const char *json, size_t len, esauti_lead_assigned_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_assigned_data_Type, json, len, &value, err);
    *out = (esauti_lead_assigned_data *)value;
    return rc;
}

int esauti_lead_assigned_data_to_json(const esauti_lead_assigned_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_assigned_data_Type, obj, out, err);
}

/* lead_scored_data */
static const apic_field esauti_lead_scored_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_scored_data, lead_id), -1, -1, &apic_type_string},
    {"score", 5, APIC_F_REQUIRED, offsetof(esauti_lead_scored_data, score), -1, -1, &apic_type_int32},
    {"previous_score", 14, APIC_F_REQUIRED, offsetof(esauti_lead_scored_data, previous_score), -1, -1, &apic_type_int32},
    {"fit_score", 9, 0, offsetof(esauti_lead_scored_data, fit_score), offsetof(esauti_lead_scored_data, has_fit_score), -1, &apic_type_int32},
    {"engagement_score", 16, 0, offsetof(esauti_lead_scored_data, engagement_score), offsetof(esauti_lead_scored_data, has_engagement_score), -1, &apic_type_int32},
    {"grade", 5, 0, offsetof(esauti_lead_scored_data, grade), offsetof(esauti_lead_scored_data, has_grade), -1, &esauti_lead_scored_data_grade_Type},
    {"scored_at", 9, APIC_F_REQUIRED, offsetof(esauti_lead_scored_data, scored_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_scored_data_desc = {
    "lead_scored_data", sizeof(esauti_lead_scored_data), esauti_lead_scored_data_desc_Fields, 7,
    offsetof(esauti_lead_scored_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_scored_data_free(esauti_lead_scored_data *obj)
{
    apic_struct_free(&esauti_lead_scored_data_desc, obj);
}

int esauti_lead_scored_data_from_json(const char *json, size_t len, esauti_lead_scored_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_scored_data_Type, json, len, &value, err);
    *out = (esauti_lead_scored_data *)value;
    return rc;
}

int esauti_lead_scored_data_to_json(const esauti_lead_scored_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_scored_data_Type, obj, out, err);
}

/* lead_contacted_data */
static const apic_field esauti_lead_contacted_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_contacted_data, lead_id), -1, -1, &apic_type_string},
    {"agent_id", 8, 0, offsetof(esauti_lead_contacted_data, agent_id), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_lead_contacted_data, channel), -1, -1, &esauti_lead_contacted_data_channel_Type},
    {"outcome", 7, APIC_F_REQUIRED, offsetof(esauti_lead_contacted_data, outcome), -1, -1, &esauti_lead_contacted_data_outcome_Type},
    {"contacted_at", 12, APIC_F_REQUIRED, offsetof(esauti_lead_contacted_data, contacted_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_contacted_data_desc = {
    "lead_contacted_data", sizeof(esauti_lead_contacted_data), esauti_lead_contacted_data_desc_Fields, 5,
    offsetof(esauti_lead_contacted_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_contacted_data_free(esauti_lead_contacted_data *obj)
{
    apic_struct_free(&esauti_lead_contacted_data_desc, obj);
}

int esauti_lead_contacted_data_from_json(const char *json, size_t len, esauti_lead_contacted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_contacted_data_Type, json, len, &value, err);
    *out = (esauti_lead_contacted_data *)value;
    return rc;
}

int esauti_lead_contacted_data_to_json(const esauti_lead_contacted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_contacted_data_Type, obj, out, err);
}

/* lead_qualified_data */
static const apic_field esauti_lead_qualified_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_qualified_data, lead_id), -1, -1, &apic_type_string},
    {"qualified_by", 12, APIC_F_REQUIRED, offsetof(esauti_lead_qualified_data, qualified_by), -1, -1, &esauti_lead_qualified_data_qualified_by_Type},
    {"budget_amount", 13, 0, offsetof(esauti_lead_qualified_data, budget_amount), offsetof(esauti_lead_qualified_data, has_budget_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_lead_qualified_data, currency), -1, -1, &esauti_string_currency_Type},
    {"expected_close_date", 19, 0, offsetof(esauti_lead_qualified_data, expected_close_date), -1, -1, &esauti_string_date_Type},
    {"qualified_at", 12, APIC_F_REQUIRED, offsetof(esauti_lead_qualified_data, qualified_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_qualified_data_desc = {
    "lead_qualified_data", sizeof(esauti_lead_qualified_data), esauti_lead_qualified_data_desc_Fields, 6,
    offsetof(esauti_lead_qualified_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_qualified_data_free(esauti_lead_qualified_data *obj)
{
    apic_struct_free(&esauti_lead_qualified_data_desc, obj);
}

int esauti_lead_qualified_data_from_json(const char *json, size_t len, esauti_lead_qualified_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_qualified_data_Type, json, len, &value, err);
    *out = (esauti_lead_qualified_data *)value;
    return rc;
}

int esauti_lead_qualified_data_to_json(const esauti_lead_qualified_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_qualified_data_Type, obj, out, err);
}

/* lead_disqualified_data */
static const apic_field esauti_lead_disqualified_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_disqualified_data, lead_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_lead_disqualified_data, reason), -1, -1, &esauti_lead_disqualified_data_reason_Type},
    {"note", 4, 0, offsetof(esauti_lead_disqualified_data, note), -1, -1, &apic_type_string},
    {"disqualified_at", 15, APIC_F_REQUIRED, offsetof(esauti_lead_disqualified_data, disqualified_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_disqualified_data_desc = {
    "lead_disqualified_data", sizeof(esauti_lead_disqualified_data), esauti_lead_disqualified_data_desc_Fields, 4,
    offsetof(esauti_lead_disqualified_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_disqualified_data_free(esauti_lead_disqualified_data *obj)
{
    apic_struct_free(&esauti_lead_disqualified_data_desc, obj);
}

int esauti_lead_disqualified_data_from_json(const char *json, size_t len, esauti_lead_disqualified_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_disqualified_data_Type, json, len, &value, err);
    *out = (esauti_lead_disqualified_data *)value;
    return rc;
}

int esauti_lead_disqualified_data_to_json(const esauti_lead_disqualified_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_disqualified_data_Type, obj, out, err);
}

/* lead_converted_data */
static const apic_field esauti_lead_converted_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_converted_data, lead_id), -1, -1, &apic_type_string},
    {"converted_to", 12, APIC_F_REQUIRED, offsetof(esauti_lead_converted_data, converted_to), -1, -1, &esauti_lead_converted_data_converted_to_Type},
    {"reference_id", 12, 0, offsetof(esauti_lead_converted_data, reference_id), -1, -1, &apic_type_string},
    {"amount", 6, 0, offsetof(esauti_lead_converted_data, amount), offsetof(esauti_lead_converted_data, has_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_lead_converted_data, currency), -1, -1, &esauti_string_currency_Type},
    {"days_to_convert", 15, 0, offsetof(esauti_lead_converted_data, days_to_convert), offsetof(esauti_lead_converted_data, has_days_to_convert), -1, &apic_type_int32},
    {"converted_at", 12, APIC_F_REQUIRED, offsetof(esauti_lead_converted_data, converted_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_converted_data_desc = {
    "lead_converted_data", sizeof(esauti_lead_converted_data), esauti_lead_converted_data_desc_Fields, 7,
    offsetof(esauti_lead_converted_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_converted_data_free(esauti_lead_converted_data *obj)
{
    apic_struct_free(&esauti_lead_converted_data_desc, obj);
}

int esauti_lead_converted_data_from_json(const char *json, size_t len, esauti_lead_converted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_converted_data_Type, json, len, &value, err);
    *out = (esauti_lead_converted_data *)value;
    return rc;
}

int esauti_lead_converted_data_to_json(const esauti_lead_converted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_converted_data_Type, obj, out, err);
}

/* lead_lost_data */
static const apic_field esauti_lead_lost_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_lost_data, lead_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_lead_lost_data, reason), -1, -1, &esauti_lead_lost_data_reason_Type},
    {"competitor", 10, 0, offsetof(esauti_lead_lost_data, competitor), -1, -1, &apic_type_string},
    {"note", 4, 0, offsetof(esauti_lead_lost_data, note), -1, -1, &apic_type_string},
    {"lost_at", 7, APIC_F_REQUIRED, offsetof(esauti_lead_lost_data, lost_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_lost_data_desc = {
    "lead_lost_data", sizeof(esauti_lead_lost_data), esauti_lead_lost_data_desc_Fields, 5,
    offsetof(esauti_lead_lost_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_lost_data_free(esauti_lead_lost_data *obj)
{
    apic_struct_free(&esauti_lead_lost_data_desc, obj);
}

int esauti_lead_lost_data_from_json(const char *json, size_t len, esauti_lead_lost_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_lost_data_Type, json, len, &value, err);
    *out = (esauti_lead_lost_data *)value;
    return rc;
}

int esauti_lead_lost_data_to_json(const esauti_lead_lost_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_lost_data_Type, obj, out, err);
}

/* lead_status_changed_data */
static const apic_field esauti_lead_status_changed_data_desc_Fields[] = {
    {"lead_id", 7, APIC_F_REQUIRED, offsetof(esauti_lead_status_changed_data, lead_id), -1, -1, &apic_type_string},
    {"from_status", 11, APIC_F_REQUIRED, offsetof(esauti_lead_status_changed_data, from_status), -1, -1, &esauti_lead_status_changed_data_from_status_Type},
    {"to_status", 9, APIC_F_REQUIRED, offsetof(esauti_lead_status_changed_data, to_status), -1, -1, &esauti_lead_status_changed_data_to_status_Type},
    {"changed_at", 10, APIC_F_REQUIRED, offsetof(esauti_lead_status_changed_data, changed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_lead_status_changed_data_desc = {
    "lead_status_changed_data", sizeof(esauti_lead_status_changed_data), esauti_lead_status_changed_data_desc_Fields, 4,
    offsetof(esauti_lead_status_changed_data, unknown_fields),
    -1,
    NULL
};

void esauti_lead_status_changed_data_free(esauti_lead_status_changed_data *obj)
{
    apic_struct_free(&esauti_lead_status_changed_data_desc, obj);
}

int esauti_lead_status_changed_data_from_json(const char *json, size_t len, esauti_lead_status_changed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_lead_status_changed_data_Type, json, len, &value, err);
    *out = (esauti_lead_status_changed_data *)value;
    return rc;
}

int esauti_lead_status_changed_data_to_json(const esauti_lead_status_changed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_lead_status_changed_data_Type, obj, out, err);
}

/* account_created_data */
static const apic_field esauti_account_created_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_account_created_data, account_id), -1, -1, &apic_type_string},
    {"username", 8, APIC_F_PII, offsetof(esauti_account_created_data, username), -1, -1, &apic_type_string},
    {"login_method", 12, APIC_F_REQUIRED, offsetof(esauti_account_created_data, login_method), -1, -1, &esauti_account_created_data_login_method_Type},
    {"marketing_opt_in", 16, 0, offsetof(esauti_account_created_data, marketing_opt_in), offsetof(esauti_account_created_data, has_marketing_opt_in), -1, &apic_type_bool},
    {"referral_code", 13, 0, offsetof(esauti_account_created_data, referral_code), -1, -1, &apic_type_string},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(esauti_account_created_data, created_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_account_created_data_desc = {
    "account_created_data", sizeof(esauti_account_created_data), esauti_account_created_data_desc_Fields, 6,
    offsetof(esauti_account_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_account_created_data_free(esauti_account_created_data *obj)
{
    apic_struct_free(&esauti_account_created_data_desc, obj);
}

int esauti_account_created_data_from_json(const char *json, size_t len, esauti_account_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_account_created_data_Type, json, len, &value, err);
    *out = (esauti_account_created_data *)value;
    return rc;
}

int esauti_account_created_data_to_json(const esauti_account_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_account_created_data_Type, obj, out, err);
}

/* account_email_verified_data */
static const apic_field esauti_account_email_verified_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_account_email_verified_data, account_id), -1, -1, &apic_type_string},
    {"email", 5, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_account_email_verified_data, email), -1, -1, &esauti_string_email_Type},
    {"link_sent_at", 12, 0, offsetof(esauti_account_email_verified_data, link_sent_at), -1, -1, &esauti_string_date_time_Type},
    {"verified_at", 11, APIC_F_REQUIRED, offsetof(esauti_account_email_verified_data, verified_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_account_email_verified_data_desc = {
    "account_email_verified_data", sizeof(esauti_account_email_verified_data), esauti_account_email_verified_data_desc_Fields, 4,
    offsetof(esauti_account_email_verified_data, unknown_fields),
    -1,
    NULL
};

void esauti_account_email_verified_data_free(esauti_account_email_verified_data *obj)
{
    apic_struct_free(&esauti_account_email_verified_data_desc, obj);
}

int esauti_account_email_verified_data_from_json(const char *json, size_t len, esauti_account_email_verified_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_account_email_verified_data_Type, json, len, &value, err);
    *out = (esauti_account_email_verified_data *)value;
    return rc;
}

int esauti_account_email_verified_data_to_json(const esauti_account_email_verified_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_account_email_verified_data_Type, obj, out, err);
}

/* account_password_changed_data */
static const apic_field esauti_account_password_changed_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_account_password_changed_data, account_id), -1, -1, &apic_type_string},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_account_password_changed_data, ip_address), -1, -1, &apic_type_string},
    {"other_sessions_ended", 20, 0, offsetof(esauti_account_password_changed_data, other_sessions_ended), offsetof(esauti_account_password_changed_data, has_other_sessions_ended), -1, &apic_type_bool},
    {"changed_at", 10, APIC_F_REQUIRED, offsetof(esauti_account_password_changed_data, changed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_account_password_changed_data_desc = {
    "account_password_changed_data", sizeof(esauti_account_password_changed_data), esauti_account_password_changed_data_desc_Fields, 4,
    offsetof(esauti_account_password_changed_data, unknown_fields),
    -1,
    NULL
};

void esauti_account_password_changed_data_free(esauti_account_password_changed_data *obj)
{
    apic_struct_free(&esauti_account_password_changed_data_desc, obj);
}

int esauti_account_password_changed_data_from_json(const char *json, size_t len, esauti_account_password_changed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_account_password_changed_data_Type, json, len, &value, err);
    *out = (esauti_account_password_changed_data *)value;
    return rc;
}

int esauti_account_password_changed_data_to_json(const esauti_account_password_changed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_account_password_changed_data_Type, obj, out, err);
}

/* account_locked_data */
static const apic_field esauti_account_locked_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_account_locked_data, account_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_account_locked_data, reason), -1, -1, &esauti_account_locked_data_reason_Type},
    {"failed_attempts", 15, 0, offsetof(esauti_account_locked_data, failed_attempts), offsetof(esauti_account_locked_data, has_failed_attempts), -1, &apic_type_int32},
    {"locked_until", 12, 0, offsetof(esauti_account_locked_data, locked_until), -1, -1, &esauti_string_date_time_Type},
    {"locked_at", 9, APIC_F_REQUIRED, offsetof(esauti_account_locked_data, locked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_account_locked_data_desc = {
    "account_locked_data", sizeof(esauti_account_locked_data), esauti_account_locked_data_desc_Fields, 5,
    offsetof(esauti_account_locked_data, unknown_fields),
    -1,
    NULL
};

void esauti_account_locked_data_free(esauti_account_locked_data *obj)
{
    apic_struct_free(&esauti_account_locked_data_desc, obj);
}

int esauti_account_locked_data_from_json(const char *json, size_t len, esauti_account_locked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_account_locked_data_Type, json, len, &value, err);
    *out = (esauti_account_locked_data *)value;
    return rc;
}

int esauti_account_locked_data_to_json(const esauti_account_locked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_account_locked_data_Type, obj, out, err);
}

/* account_unlocked_data */
static const apic_field esauti_account_unlocked_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_account_unlocked_data, account_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_account_unlocked_data, method), -1, -1, &esauti_account_unlocked_data_method_Type},
    {"staff_user_id", 13, 0, offsetof(esauti_account_unlocked_data, staff_user_id), -1, -1, &apic_type_string},
    {"unlocked_at", 11, APIC_F_REQUIRED, offsetof(esauti_account_unlocked_data, unlocked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_account_unlocked_data_desc = {
    "account_unlocked_data", sizeof(esauti_account_unlocked_data), esauti_account_unlocked_data_desc_Fields, 4,
    offsetof(esauti_account_unlocked_data, unknown_fields),
    -1,
    NULL
};

void esauti_account_unlocked_data_free(esauti_account_unlocked_data *obj)
{
    apic_struct_free(&esauti_account_unlocked_data_desc, obj);
}

int esauti_account_unlocked_data_from_json(const char *json, size_t len, esauti_account_unlocked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_account_unlocked_data_Type, json, len, &value, err);
    *out = (esauti_account_unlocked_data *)value;
    return rc;
}

int esauti_account_unlocked_data_to_json(const esauti_account_unlocked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_account_unlocked_data_Type, obj, out, err);
}

/* account_closed_data */
static const apic_field esauti_account_closed_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_account_closed_data, account_id), -1, -1, &apic_type_string},
    {"closed_by", 9, APIC_F_REQUIRED, offsetof(esauti_account_closed_data, closed_by), -1, -1, &esauti_account_closed_data_closed_by_Type},
    {"reason", 6, 0, offsetof(esauti_account_closed_data, reason), offsetof(esauti_account_closed_data, has_reason), -1, &esauti_account_closed_data_reason_Type},
    {"feedback", 8, 0, offsetof(esauti_account_closed_data, feedback), -1, -1, &apic_type_string},
    {"closed_at", 9, APIC_F_REQUIRED, offsetof(esauti_account_closed_data, closed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_account_closed_data_desc = {
    "account_closed_data", sizeof(esauti_account_closed_data), esauti_account_closed_data_desc_Fields, 5,
    offsetof(esauti_account_closed_data, unknown_fields),
    -1,
    NULL
};

void esauti_account_closed_data_free(esauti_account_closed_data *obj)
{
    apic_struct_free(&esauti_account_closed_data_desc, obj);
}

int esauti_account_closed_data_from_json(const char *json, size_t len, esauti_account_closed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_account_closed_data_Type, json, len, &value, err);
    *out = (esauti_account_closed_data *)value;
    return rc;
}

int esauti_account_closed_data_to_json(const esauti_account_closed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_account_closed_data_Type, obj, out, err);
}

/* auth_login_succeeded_data */
static const apic_field esauti_auth_login_succeeded_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_login_succeeded_data, account_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_auth_login_succeeded_data, method), -1, -1, &esauti_auth_login_succeeded_data_method_Type},
    {"second_factor", 13, 0, offsetof(esauti_auth_login_succeeded_data, second_factor), offsetof(esauti_auth_login_succeeded_data, has_second_factor), -1, &esauti_auth_login_succeeded_data_second_factor_Type},
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_login_succeeded_data, session_id), -1, -1, &apic_type_string},
    {"new_device", 10, 0, offsetof(esauti_auth_login_succeeded_data, new_device), offsetof(esauti_auth_login_succeeded_data, has_new_device), -1, &apic_type_bool},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_auth_login_succeeded_data, ip_address), -1, -1, &apic_type_string},
    {"platform", 8, 0, offsetof(esauti_auth_login_succeeded_data, platform), offsetof(esauti_auth_login_succeeded_data, has_platform), -1, &esauti_auth_login_succeeded_data_platform_Type},
    {"logged_in_at", 12, APIC_F_REQUIRED, offsetof(esauti_auth_login_succeeded_data, logged_in_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_login_succeeded_data_desc = {
    "auth_login_succeeded_data", sizeof(esauti_auth_login_succeeded_data), esauti_auth_login_succeeded_data_desc_Fields, 8,
    offsetof(esauti_auth_login_succeeded_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_login_succeeded_data_free(esauti_auth_login_succeeded_data *obj)
{
    apic_struct_free(&esauti_auth_login_succeeded_data_desc, obj);
}

int esauti_auth_login_succeeded_data_from_json(const char *json, size_t len, esauti_auth_login_succeeded_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_login_succeeded_data_Type, json, len, &value, err);
    *out = (esauti_auth_login_succeeded_data *)value;
    return rc;
}

int esauti_auth_login_succeeded_data_to_json(const esauti_auth_login_succeeded_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_login_succeeded_data_Type, obj, out, err);
}

/* auth_login_failed_data */
static const apic_field esauti_auth_login_failed_data_desc_Fields[] = {
    {"username", 8, APIC_F_PII, offsetof(esauti_auth_login_failed_data, username), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_auth_login_failed_data, reason), -1, -1, &esauti_auth_login_failed_data_reason_Type},
    {"consecutive_failures", 20, 0, offsetof(esauti_auth_login_failed_data, consecutive_failures), offsetof(esauti_auth_login_failed_data, has_consecutive_failures), -1, &apic_type_int32},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_auth_login_failed_data, ip_address), -1, -1, &apic_type_string},
    {"platform", 8, 0, offsetof(esauti_auth_login_failed_data, platform), offsetof(esauti_auth_login_failed_data, has_platform), -1, &esauti_auth_login_failed_data_platform_Type},
    {"attempted_at", 12, APIC_F_REQUIRED, offsetof(esauti_auth_login_failed_data, attempted_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_login_failed_data_desc = {
    "auth_login_failed_data", sizeof(esauti_auth_login_failed_data), esauti_auth_login_failed_data_desc_Fields, 6,
    offsetof(esauti_auth_login_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_login_failed_data_free(esauti_auth_login_failed_data *obj)
{
    apic_struct_free(&esauti_auth_login_failed_data_desc, obj);
}

int esauti_auth_login_failed_data_from_json(const char *json, size_t len, esauti_auth_login_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_login_failed_data_Type, json, len, &value, err);
    *out = (esauti_auth_login_failed_data *)value;
    return rc;
}

int esauti_auth_login_failed_data_to_json(const esauti_auth_login_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_login_failed_data_Type, obj, out, err);
}

/* auth_logged_out_data */
static const apic_field esauti_auth_logged_out_data_desc_Fields[] = {
    {"account_id", 10, 0, offsetof(esauti_auth_logged_out_data, account_id), -1, -1, &apic_type_string},
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_logged_out_data, session_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_auth_logged_out_data, reason), -1, -1, &esauti_auth_logged_out_data_reason_Type},
    {"logged_out_at", 13, APIC_F_REQUIRED, offsetof(esauti_auth_logged_out_data, logged_out_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_logged_out_data_desc = {
    "auth_logged_out_data", sizeof(esauti_auth_logged_out_data), esauti_auth_logged_out_data_desc_Fields, 4,
    offsetof(esauti_auth_logged_out_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_logged_out_data_free(esauti_auth_logged_out_data *obj)
{
    apic_struct_free(&esauti_auth_logged_out_data_desc, obj);
}

int esauti_auth_logged_out_data_from_json(const char *json, size_t len, esauti_auth_logged_out_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_logged_out_data_Type, json, len, &value, err);
    *out = (esauti_auth_logged_out_data *)value;
    return rc;
}

int esauti_auth_logged_out_data_to_json(const esauti_auth_logged_out_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_logged_out_data_Type, obj, out, err);
}

/* auth_password_reset_requested_data */
static const apic_field esauti_auth_password_reset_requested_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_password_reset_requested_data, account_id), -1, -1, &apic_type_string},
    {"delivery_channel", 16, APIC_F_REQUIRED, offsetof(esauti_auth_password_reset_requested_data, delivery_channel), -1, -1, &esauti_auth_password_reset_requested_data_delivery_channel_Type},
    {"reset_url", 9, APIC_F_REQUIRED, offsetof(esauti_auth_password_reset_requested_data, reset_url), -1, -1, &esauti_string_uri_Type},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_auth_password_reset_requested_data, ip_address), -1, -1, &apic_type_string},
    {"expires_at", 10, APIC_F_REQUIRED, offsetof(esauti_auth_password_reset_requested_data, expires_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_password_reset_requested_data_desc = {
    "auth_password_reset_requested_data", sizeof(esauti_auth_password_reset_requested_data), esauti_auth_password_reset_requested_data_desc_Fields, 5,
    offsetof(esauti_auth_password_reset_requested_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_password_reset_requested_data_free(esauti_auth_password_reset_requested_data *obj)
{
    apic_struct_free(&esauti_auth_password_reset_requested_data_desc, obj);
}

int esauti_auth_password_reset_requested_data_from_json(const char *json, size_t len, esauti_auth_password_reset_requested_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_password_reset_requested_data_Type, json, len, &value, err);
    *out = (esauti_auth_password_reset_requested_data *)value;
    return rc;
}

int esauti_auth_password_reset_requested_data_to_json(const esauti_auth_password_reset_requested_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_password_reset_requested_data_Type, obj, out, err);
}

/* auth_password_reset_completed_data */
static const apic_field esauti_auth_password_reset_completed_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_password_reset_completed_data, account_id), -1, -1, &apic_type_string},
    {"delivery_channel", 16, 0, offsetof(esauti_auth_password_reset_completed_data, delivery_channel), offsetof(esauti_auth_password_reset_completed_data, has_delivery_channel), -1, &esauti_auth_password_reset_completed_data_delivery_channel_Type},
    {"requested_at", 12, 0, offsetof(esauti_auth_password_reset_completed_data, requested_at), -1, -1, &esauti_string_date_time_Type},
    {"completed_at", 12, APIC_F_REQUIRED, offsetof(esauti_auth_password_reset_completed_data, completed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_password_reset_completed_data_desc = {
    "auth_password_reset_completed_data", sizeof(esauti_auth_password_reset_completed_data), esauti_auth_password_reset_completed_data_desc_Fields, 4,
    offsetof(esauti_auth_password_reset_completed_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_password_reset_completed_data_free(esauti_auth_password_reset_completed_data *obj)
{
    apic_struct_free(&esauti_auth_password_reset_completed_data_desc, obj);
}

int esauti_auth_password_reset_completed_data_from_json(const char *json, size_t len, esauti_auth_password_reset_completed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_password_reset_completed_data_Type, json, len, &value, err);
    *out = (esauti_auth_password_reset_completed_data *)value;
    return rc;
}

int esauti_auth_password_reset_completed_data_to_json(const esauti_auth_password_reset_completed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_password_reset_completed_data_Type, obj, out, err);
}

/* auth_mfa_enabled_data */
static const apic_field esauti_auth_mfa_enabled_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_mfa_enabled_data, account_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_auth_mfa_enabled_data, method), -1, -1, &esauti_auth_mfa_enabled_data_method_Type},
    {"phone", 5, APIC_F_PII, offsetof(esauti_auth_mfa_enabled_data, phone), -1, -1, &esauti_string_phone_Type},
    {"backup_codes_issued", 19, 0, offsetof(esauti_auth_mfa_enabled_data, backup_codes_issued), offsetof(esauti_auth_mfa_enabled_data, has_backup_codes_issued), -1, &apic_type_bool},
    {"enabled_at", 10, APIC_F_REQUIRED, offsetof(esauti_auth_mfa_enabled_data, enabled_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_mfa_enabled_data_desc = {
    "auth_mfa_enabled_data", sizeof(esauti_auth_mfa_enabled_data), esauti_auth_mfa_enabled_data_desc_Fields, 5,
    offsetof(esauti_auth_mfa_enabled_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_mfa_enabled_data_free(esauti_auth_mfa_enabled_data *obj)
{
    apic_struct_free(&esauti_auth_mfa_enabled_data_desc, obj);
}

int esauti_auth_mfa_enabled_data_from_json(const char *json, size_t len, esauti_auth_mfa_enabled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_mfa_enabled_data_Type, json, len, &value, err);
    *out = (esauti_auth_mfa_enabled_data *)value;
    return rc;
}

int esauti_auth_mfa_enabled_data_to_json(const esauti_auth_mfa_enabled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_mfa_enabled_data_Type, obj, out, err);
}

/* auth_mfa_disabled_data */
static const apic_field esauti_auth_mfa_disabled_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_mfa_disabled_data, account_id), -1, -1, &apic_type_string},
    {"method", 6, 0, offsetof(esauti_auth_mfa_disabled_data, method), offsetof(esauti_auth_mfa_disabled_data, has_method), -1, &esauti_auth_mfa_disabled_data_method_Type},
    {"disabled_by", 11, APIC_F_REQUIRED, offsetof(esauti_auth_mfa_disabled_data, disabled_by), -1, -1, &esauti_auth_mfa_disabled_data_disabled_by_Type},
    {"disabled_at", 11, APIC_F_REQUIRED, offsetof(esauti_auth_mfa_disabled_data, disabled_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_mfa_disabled_data_desc = {
    "auth_mfa_disabled_data", sizeof(esauti_auth_mfa_disabled_data), esauti_auth_mfa_disabled_data_desc_Fields, 4,
    offsetof(esauti_auth_mfa_disabled_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_mfa_disabled_data_free(esauti_auth_mfa_disabled_data *obj)
{
    apic_struct_free(&esauti_auth_mfa_disabled_data_desc, obj);
}

int esauti_auth_mfa_disabled_data_from_json(const char *json, size_t len, esauti_auth_mfa_disabled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_mfa_disabled_data_Type, json, len, &value, err);
    *out = (esauti_auth_mfa_disabled_data *)value;
    return rc;
}

int esauti_auth_mfa_disabled_data_to_json(const esauti_auth_mfa_disabled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_mfa_disabled_data_Type, obj, out, err);
}

/* auth_new_device_detected_data */
static const apic_field esauti_auth_new_device_detected_data_desc_Fields[] = {
    {"account_id", 10, APIC_F_REQUIRED, offsetof(esauti_auth_new_device_detected_data, account_id), -1, -1, &apic_type_string},
    {"device_type", 11, APIC_F_REQUIRED, offsetof(esauti_auth_new_device_detected_data, device_type), -1, -1, &esauti_auth_new_device_detected_data_device_type_Type},
    {"os", 2, 0, offsetof(esauti_auth_new_device_detected_data, os), -1, -1, &apic_type_string},
    {"browser", 7, 0, offsetof(esauti_auth_new_device_detected_data, browser), -1, -1, &apic_type_string},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_auth_new_device_detected_data, ip_address), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_auth_new_device_detected_data, country), -1, -1, &esauti_string_country_Type},
    {"city", 4, APIC_F_PII, offsetof(esauti_auth_new_device_detected_data, city), -1, -1, &apic_type_string},
    {"detected_at", 11, APIC_F_REQUIRED, offsetof(esauti_auth_new_device_detected_data, detected_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_auth_new_device_detected_data_desc = {
    "auth_new_device_detected_data", sizeof(esauti_auth_new_device_detected_data), esauti_auth_new_device_detected_data_desc_Fields, 8,
    offsetof(esauti_auth_new_device_detected_data, unknown_fields),
    -1,
    NULL
};

void esauti_auth_new_device_detected_data_free(esauti_auth_new_device_detected_data *obj)
{
    apic_struct_free(&esauti_auth_new_device_detected_data_desc, obj);
}

int esauti_auth_new_device_detected_data_from_json(const char *json, size_t len, esauti_auth_new_device_detected_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_auth_new_device_detected_data_Type, json, len, &value, err);
    *out = (esauti_auth_new_device_detected_data *)value;
    return rc;
}

int esauti_auth_new_device_detected_data_to_json(const esauti_auth_new_device_detected_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_auth_new_device_detected_data_Type, obj, out, err);
}

/* session_started_data */
static const apic_field esauti_session_started_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_session_started_data, session_id), -1, -1, &apic_type_string},
    {"anonymous_id", 12, 0, offsetof(esauti_session_started_data, anonymous_id), -1, -1, &esauti_string_uuid_Type},
    {"platform", 8, APIC_F_REQUIRED, offsetof(esauti_session_started_data, platform), -1, -1, &esauti_session_started_data_platform_Type},
    {"landing_url", 11, 0, offsetof(esauti_session_started_data, landing_url), -1, -1, &esauti_string_uri_Type},
    {"referrer_url", 12, 0, offsetof(esauti_session_started_data, referrer_url), -1, -1, &esauti_string_uri_Type},
    {"ip_address", 10, APIC_F_PII, offsetof(esauti_session_started_data, ip_address), -1, -1, &apic_type_string},
    {"country", 7, 0, offsetof(esauti_session_started_data, country), -1, -1, &esauti_string_country_Type},
    {"started_at", 10, APIC_F_REQUIRED, offsetof(esauti_session_started_data, started_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_session_started_data_desc = {
    "session_started_data", sizeof(esauti_session_started_data), esauti_session_started_data_desc_Fields, 8,
    offsetof(esauti_session_started_data, unknown_fields),
    -1,
    NULL
};

void esauti_session_started_data_free(esauti_session_started_data *obj)
{
    apic_struct_free(&esauti_session_started_data_desc, obj);
}

int esauti_session_started_data_from_json(const char *json, size_t len, esauti_session_started_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_session_started_data_Type, json, len, &value, err);
    *out = (esauti_session_started_data *)value;
    return rc;
}

int esauti_session_started_data_to_json(const esauti_session_started_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_session_started_data_Type, obj, out, err);
}

/* session_identified_data */
static const apic_field esauti_session_identified_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_session_identified_data, session_id), -1, -1, &apic_type_string},
    {"anonymous_id", 12, APIC_F_REQUIRED, offsetof(esauti_session_identified_data, anonymous_id), -1, -1, &esauti_string_uuid_Type},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_session_identified_data, method), -1, -1, &esauti_session_identified_data_method_Type},
    {"identified_at", 13, APIC_F_REQUIRED, offsetof(esauti_session_identified_data, identified_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_session_identified_data_desc = {
    "session_identified_data", sizeof(esauti_session_identified_data), esauti_session_identified_data_desc_Fields, 4,
    offsetof(esauti_session_identified_data, unknown_fields),
    -1,
    NULL
};

void esauti_session_identified_data_free(esauti_session_identified_data *obj)
{
    apic_struct_free(&esauti_session_identified_data_desc, obj);
}

int esauti_session_identified_data_from_json(const char *json, size_t len, esauti_session_identified_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_session_identified_data_Type, json, len, &value, err);
    *out = (esauti_session_identified_data *)value;
    return rc;
}

int esauti_session_identified_data_to_json(const esauti_session_identified_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_session_identified_data_Type, obj, out, err);
}

/* session_campaign_attributed_data */
static const apic_field esauti_session_campaign_attributed_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_session_campaign_attributed_data, session_id), -1, -1, &apic_type_string},
    {"utm_source", 10, APIC_F_REQUIRED, offsetof(esauti_session_campaign_attributed_data, utm_source), -1, -1, &apic_type_string},
    {"utm_medium", 10, 0, offsetof(esauti_session_campaign_attributed_data, utm_medium), -1, -1, &apic_type_string},
    {"utm_campaign", 12, 0, offsetof(esauti_session_campaign_attributed_data, utm_campaign), -1, -1, &apic_type_string},
    {"campaign_id", 11, 0, offsetof(esauti_session_campaign_attributed_data, campaign_id), -1, -1, &apic_type_string},
    {"click_id", 8, 0, offsetof(esauti_session_campaign_attributed_data, click_id), -1, -1, &apic_type_string},
    {"attributed_at", 13, APIC_F_REQUIRED, offsetof(esauti_session_campaign_attributed_data, attributed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_session_campaign_attributed_data_desc = {
    "session_campaign_attributed_data", sizeof(esauti_session_campaign_attributed_data), esauti_session_campaign_attributed_data_desc_Fields, 7,
    offsetof(esauti_session_campaign_attributed_data, unknown_fields),
    -1,
    NULL
};

void esauti_session_campaign_attributed_data_free(esauti_session_campaign_attributed_data *obj)
{
    apic_struct_free(&esauti_session_campaign_attributed_data_desc, obj);
}

int esauti_session_campaign_attributed_data_from_json(const char *json, size_t len, esauti_session_campaign_attributed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_session_campaign_attributed_data_Type, json, len, &value, err);
    *out = (esauti_session_campaign_attributed_data *)value;
    return rc;
}

int esauti_session_campaign_attributed_data_to_json(const esauti_session_campaign_attributed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_session_campaign_attributed_data_Type, obj, out, err);
}

/* session_ended_data */
static const apic_field esauti_session_ended_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_session_ended_data, session_id), -1, -1, &apic_type_string},
    {"duration_seconds", 16, APIC_F_REQUIRED, offsetof(esauti_session_ended_data, duration_seconds), -1, -1, &apic_type_int32},
    {"page_views", 10, APIC_F_REQUIRED, offsetof(esauti_session_ended_data, page_views), -1, -1, &apic_type_int32},
    {"exit_url", 8, 0, offsetof(esauti_session_ended_data, exit_url), -1, -1, &esauti_string_uri_Type},
    {"converted", 9, 0, offsetof(esauti_session_ended_data, converted), offsetof(esauti_session_ended_data, has_converted), -1, &apic_type_bool},
    {"ended_at", 8, APIC_F_REQUIRED, offsetof(esauti_session_ended_data, ended_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_session_ended_data_desc = {
    "session_ended_data", sizeof(esauti_session_ended_data), esauti_session_ended_data_desc_Fields, 6,
    offsetof(esauti_session_ended_data, unknown_fields),
    -1,
    NULL
};

void esauti_session_ended_data_free(esauti_session_ended_data *obj)
{
    apic_struct_free(&esauti_session_ended_data_desc, obj);
}

int esauti_session_ended_data_from_json(const char *json, size_t len, esauti_session_ended_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_session_ended_data_Type, json, len, &value, err);
    *out = (esauti_session_ended_data *)value;
    return rc;
}

int esauti_session_ended_data_to_json(const esauti_session_ended_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_session_ended_data_Type, obj, out, err);
}

/* page_viewed_data */
static const apic_field esauti_page_viewed_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_page_viewed_data, session_id), -1, -1, &apic_type_string},
    {"url", 3, APIC_F_REQUIRED, offsetof(esauti_page_viewed_data, url), -1, -1, &esauti_string_uri_Type},
    {"title", 5, 0, offsetof(esauti_page_viewed_data, title), -1, -1, &apic_type_string},
    {"page_type", 9, 0, offsetof(esauti_page_viewed_data, page_type), offsetof(esauti_page_viewed_data, has_page_type), -1, &esauti_page_viewed_data_page_type_Type},
    {"referrer_url", 12, 0, offsetof(esauti_page_viewed_data, referrer_url), -1, -1, &esauti_string_uri_Type},
    {"previous_page_seconds", 21, 0, offsetof(esauti_page_viewed_data, previous_page_seconds), offsetof(esauti_page_viewed_data, has_previous_page_seconds), -1, &apic_type_int32},
    {"viewed_at", 9, APIC_F_REQUIRED, offsetof(esauti_page_viewed_data, viewed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_page_viewed_data_desc = {
    "page_viewed_data", sizeof(esauti_page_viewed_data), esauti_page_viewed_data_desc_Fields, 7,
    offsetof(esauti_page_viewed_data, unknown_fields),
    -1,
    NULL
};

void esauti_page_viewed_data_free(esauti_page_viewed_data *obj)
{
    apic_struct_free(&esauti_page_viewed_data_desc, obj);
}

int esauti_page_viewed_data_from_json(const char *json, size_t len, esauti_page_viewed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_page_viewed_data_Type, json, len, &value, err);
    *out = (esauti_page_viewed_data *)value;
    return rc;
}

int esauti_page_viewed_data_to_json(const esauti_page_viewed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_page_viewed_data_Type, obj, out, err);
}

/* page_scrolled_data */
static const apic_field esauti_page_scrolled_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_page_scrolled_data, session_id), -1, -1, &apic_type_string},
    {"url", 3, APIC_F_REQUIRED, offsetof(esauti_page_scrolled_data, url), -1, -1, &esauti_string_uri_Type},
    {"depth_percent", 13, APIC_F_REQUIRED, offsetof(esauti_page_scrolled_data, depth_percent), -1, -1, &apic_type_int32},
    {"seconds_on_page", 15, 0, offsetof(esauti_page_scrolled_data, seconds_on_page), offsetof(esauti_page_scrolled_data, has_seconds_on_page), -1, &apic_type_int32},
    {"scrolled_at", 11, APIC_F_REQUIRED, offsetof(esauti_page_scrolled_data, scrolled_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_page_scrolled_data_desc = {
    "page_scrolled_data", sizeof(esauti_page_scrolled_data), esauti_page_scrolled_data_desc_Fields, 5,
    offsetof(esauti_page_scrolled_data, unknown_fields),
    -1,
    NULL
};

void esauti_page_scrolled_data_free(esauti_page_scrolled_data *obj)
{
    apic_struct_free(&esauti_page_scrolled_data_desc, obj);
}

int esauti_page_scrolled_data_from_json(const char *json, size_t len, esauti_page_scrolled_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_page_scrolled_data_Type, json, len, &value, err);
    *out = (esauti_page_scrolled_data *)value;
    return rc;
}

int esauti_page_scrolled_data_to_json(const esauti_page_scrolled_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_page_scrolled_data_Type, obj, out, err);
}

/* page_link_clicked_data */
static const apic_field esauti_page_link_clicked_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_page_link_clicked_data, session_id), -1, -1, &apic_type_string},
    {"url", 3, APIC_F_REQUIRED, offsetof(esauti_page_link_clicked_data, url), -1, -1, &esauti_string_uri_Type},
    {"target_url", 10, APIC_F_REQUIRED, offsetof(esauti_page_link_clicked_data, target_url), -1, -1, &esauti_string_uri_Type},
    {"element_id", 10, 0, offsetof(esauti_page_link_clicked_data, element_id), -1, -1, &apic_type_string},
    {"link_text", 9, 0, offsetof(esauti_page_link_clicked_data, link_text), -1, -1, &apic_type_string},
    {"kind", 4, 0, offsetof(esauti_page_link_clicked_data, kind), offsetof(esauti_page_link_clicked_data, has_kind), -1, &esauti_page_link_clicked_data_kind_Type},
    {"clicked_at", 10, APIC_F_REQUIRED, offsetof(esauti_page_link_clicked_data, clicked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_page_link_clicked_data_desc = {
    "page_link_clicked_data", sizeof(esauti_page_link_clicked_data), esauti_page_link_clicked_data_desc_Fields, 7,
    offsetof(esauti_page_link_clicked_data, unknown_fields),
    -1,
    NULL
};

void esauti_page_link_clicked_data_free(esauti_page_link_clicked_data *obj)
{
    apic_struct_free(&esauti_page_link_clicked_data_desc, obj);
}

int esauti_page_link_clicked_data_from_json(const char *json, size_t len, esauti_page_link_clicked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_page_link_clicked_data_Type, json, len, &value, err);
    *out = (esauti_page_link_clicked_data *)value;
    return rc;
}

int esauti_page_link_clicked_data_to_json(const esauti_page_link_clicked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_page_link_clicked_data_Type, obj, out, err);
}

/* page_popup_shown_data */
static const apic_field esauti_page_popup_shown_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_page_popup_shown_data, session_id), -1, -1, &apic_type_string},
    {"popup_id", 8, APIC_F_REQUIRED, offsetof(esauti_page_popup_shown_data, popup_id), -1, -1, &apic_type_string},
    {"url", 3, 0, offsetof(esauti_page_popup_shown_data, url), -1, -1, &esauti_string_uri_Type},
    {"trigger", 7, APIC_F_REQUIRED, offsetof(esauti_page_popup_shown_data, trigger), -1, -1, &esauti_page_popup_shown_data_trigger_Type},
    {"variant", 7, 0, offsetof(esauti_page_popup_shown_data, variant), -1, -1, &apic_type_string},
    {"shown_at", 8, APIC_F_REQUIRED, offsetof(esauti_page_popup_shown_data, shown_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_page_popup_shown_data_desc = {
    "page_popup_shown_data", sizeof(esauti_page_popup_shown_data), esauti_page_popup_shown_data_desc_Fields, 6,
    offsetof(esauti_page_popup_shown_data, unknown_fields),
    -1,
    NULL
};

void esauti_page_popup_shown_data_free(esauti_page_popup_shown_data *obj)
{
    apic_struct_free(&esauti_page_popup_shown_data_desc, obj);
}

int esauti_page_popup_shown_data_from_json(const char *json, size_t len, esauti_page_popup_shown_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_page_popup_shown_data_Type, json, len, &value, err);
    *out = (esauti_page_popup_shown_data *)value;
    return rc;
}

int esauti_page_popup_shown_data_to_json(const esauti_page_popup_shown_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_page_popup_shown_data_Type, obj, out, err);
}

/* page_popup_dismissed_data */
static const apic_field esauti_page_popup_dismissed_data_desc_Fields[] = {
    {"session_id", 10, APIC_F_REQUIRED, offsetof(esauti_page_popup_dismissed_data, session_id), -1, -1, &apic_type_string},
    {"popup_id", 8, APIC_F_REQUIRED, offsetof(esauti_page_popup_dismissed_data, popup_id), -1, -1, &apic_type_string},
    {"method", 6, 0, offsetof(esauti_page_popup_dismissed_data, method), offsetof(esauti_page_popup_dismissed_data, has_method), -1, &esauti_page_popup_dismissed_data_method_Type},
    {"seconds_visible", 15, 0, offsetof(esauti_page_popup_dismissed_data, seconds_visible), offsetof(esauti_page_popup_dismissed_data, has_seconds_visible), -1, &apic_type_int32},
    {"dismissed_at", 12, APIC_F_REQUIRED, offsetof(esauti_page_popup_dismissed_data, dismissed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_page_popup_dismissed_data_desc = {
    "page_popup_dismissed_data", sizeof(esauti_page_popup_dismissed_data), esauti_page_popup_dismissed_data_desc_Fields, 5,
    offsetof(esauti_page_popup_dismissed_data, unknown_fields),
    -1,
    NULL
};

void esauti_page_popup_dismissed_data_free(esauti_page_popup_dismissed_data *obj)
{
    apic_struct_free(&esauti_page_popup_dismissed_data_desc, obj);
}

int esauti_page_popup_dismissed_data_from_json(const char *json, size_t len, esauti_page_popup_dismissed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_page_popup_dismissed_data_Type, json, len, &value, err);
    *out = (esauti_page_popup_dismissed_data *)value;
    return rc;
}

int esauti_page_popup_dismissed_data_to_json(const esauti_page_popup_dismissed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_page_popup_dismissed_data_Type, obj, out, err);
}

/* page_tracked_data */
static const apic_field esauti_page_tracked_data_desc_Fields[] = {
    {"url", 3, APIC_F_REQUIRED, offsetof(esauti_page_tracked_data, url), -1, -1, &esauti_string_uri_Type},
    {"title", 5, 0, offsetof(esauti_page_tracked_data, title), -1, -1, &apic_type_string},
    {"referrer", 8, 0, offsetof(esauti_page_tracked_data, referrer), -1, -1, &apic_type_string},
    {"tracked_at", 10, APIC_F_REQUIRED, offsetof(esauti_page_tracked_data, tracked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_page_tracked_data_desc = {
    "page_tracked_data", sizeof(esauti_page_tracked_data), esauti_page_tracked_data_desc_Fields, 4,
    offsetof(esauti_page_tracked_data, unknown_fields),
    -1,
    NULL
};

void esauti_page_tracked_data_free(esauti_page_tracked_data *obj)
{
    apic_struct_free(&esauti_page_tracked_data_desc, obj);
}

int esauti_page_tracked_data_from_json(const char *json, size_t len, esauti_page_tracked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_page_tracked_data_Type, json, len, &value, err);
    *out = (esauti_page_tracked_data *)value;
    return rc;
}

int esauti_page_tracked_data_to_json(const esauti_page_tracked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_page_tracked_data_Type, obj, out, err);
}

/* product_created_data */
static const apic_field esauti_product_created_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_created_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_product_created_data, sku), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_product_created_data, name), -1, -1, &apic_type_string},
    {"category_ids", 12, 0, offsetof(esauti_product_created_data, category_ids), offsetof(esauti_product_created_data, has_category_ids), -1, &esauti_string_array_Type},
    {"price_amount", 12, APIC_F_REQUIRED, offsetof(esauti_product_created_data, price_amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_product_created_data, currency), -1, -1, &esauti_string_currency_Type},
    {"url", 3, 0, offsetof(esauti_product_created_data, url), -1, -1, &esauti_string_uri_Type},
    {"image_url", 9, 0, offsetof(esauti_product_created_data, image_url), -1, -1, &esauti_string_uri_Type},
    {"created_at", 10, 0, offsetof(esauti_product_created_data, created_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_created_data_desc = {
    "product_created_data", sizeof(esauti_product_created_data), esauti_product_created_data_desc_Fields, 9,
    offsetof(esauti_product_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_created_data_free(esauti_product_created_data *obj)
{
    apic_struct_free(&esauti_product_created_data_desc, obj);
}

int esauti_product_created_data_from_json(const char *json, size_t len, esauti_product_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_created_data_Type, json, len, &value, err);
    *out = (esauti_product_created_data *)value;
    return rc;
}

int esauti_product_created_data_to_json(const esauti_product_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_created_data_Type, obj, out, err);
}

/* product_updated_data */
static const apic_field esauti_product_updated_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_updated_data, product_id), -1, -1, &apic_type_string},
    {"changed_fields", 14, APIC_F_REQUIRED, offsetof(esauti_product_updated_data, changed_fields), -1, -1, &esauti_string_array_Type},
    {"status", 6, 0, offsetof(esauti_product_updated_data, status), offsetof(esauti_product_updated_data, has_status), -1, &esauti_product_updated_data_status_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(esauti_product_updated_data, updated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_updated_data_desc = {
    "product_updated_data", sizeof(esauti_product_updated_data), esauti_product_updated_data_desc_Fields, 4,
    offsetof(esauti_product_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_updated_data_free(esauti_product_updated_data *obj)
{
    apic_struct_free(&esauti_product_updated_data_desc, obj);
}

int esauti_product_updated_data_from_json(const char *json, size_t len, esauti_product_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_updated_data_Type, json, len, &value, err);
    *out = (esauti_product_updated_data *)value;
    return rc;
}

int esauti_product_updated_data_to_json(const esauti_product_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_updated_data_Type, obj, out, err);
}

/* product_price_changed_data */
static const apic_field esauti_product_price_changed_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_price_changed_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, 0, offsetof(esauti_product_price_changed_data, sku), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_product_price_changed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"old_amount", 10, APIC_F_REQUIRED, offsetof(esauti_product_price_changed_data, old_amount), -1, -1, &apic_type_int64},
    {"new_amount", 10, APIC_F_REQUIRED, offsetof(esauti_product_price_changed_data, new_amount), -1, -1, &apic_type_int64},
    {"compare_at_amount", 17, 0, offsetof(esauti_product_price_changed_data, compare_at_amount), offsetof(esauti_product_price_changed_data, has_compare_at_amount), -1, &apic_type_int64},
    {"reason", 6, 0, offsetof(esauti_product_price_changed_data, reason), offsetof(esauti_product_price_changed_data, has_reason), -1, &esauti_product_price_changed_data_reason_Type},
    {"changed_at", 10, APIC_F_REQUIRED, offsetof(esauti_product_price_changed_data, changed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_price_changed_data_desc = {
    "product_price_changed_data", sizeof(esauti_product_price_changed_data), esauti_product_price_changed_data_desc_Fields, 8,
    offsetof(esauti_product_price_changed_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_price_changed_data_free(esauti_product_price_changed_data *obj)
{
    apic_struct_free(&esauti_product_price_changed_data_desc, obj);
}

int esauti_product_price_changed_data_from_json(const char *json, size_t len, esauti_product_price_changed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_price_changed_data_Type, json, len, &value, err);
    *out = (esauti_product_price_changed_data *)value;
    return rc;
}

int esauti_product_price_changed_data_to_json(const esauti_product_price_changed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_price_changed_data_Type, obj, out, err);
}

/* product_stock_depleted_data */
static const apic_field esauti_product_stock_depleted_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_stock_depleted_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_product_stock_depleted_data, sku), -1, -1, &apic_type_string},
    {"location_id", 11, 0, offsetof(esauti_product_stock_depleted_data, location_id), -1, -1, &apic_type_string},
    {"backorder_allowed", 17, 0, offsetof(esauti_product_stock_depleted_data, backorder_allowed), offsetof(esauti_product_stock_depleted_data, has_backorder_allowed), -1, &apic_type_bool},
    {"depleted_at", 11, APIC_F_REQUIRED, offsetof(esauti_product_stock_depleted_data, depleted_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_stock_depleted_data_desc = {
    "product_stock_depleted_data", sizeof(esauti_product_stock_depleted_data), esauti_product_stock_depleted_data_desc_Fields, 5,
    offsetof(esauti_product_stock_depleted_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_stock_depleted_data_free(esauti_product_stock_depleted_data *obj)
{
    apic_struct_free(&esauti_product_stock_depleted_data_desc, obj);
}

int esauti_product_stock_depleted_data_from_json(const char *json, size_t len, esauti_product_stock_depleted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_stock_depleted_data_Type, json, len, &value, err);
    *out = (esauti_product_stock_depleted_data *)value;
    return rc;
}

int esauti_product_stock_depleted_data_to_json(const esauti_product_stock_depleted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_stock_depleted_data_Type, obj, out, err);
}

/* product_restocked_data */
static const apic_field esauti_product_restocked_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_restocked_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_product_restocked_data, sku), -1, -1, &apic_type_string},
    {"quantity_available", 18, APIC_F_REQUIRED, offsetof(esauti_product_restocked_data, quantity_available), -1, -1, &apic_type_int32},
    {"location_id", 11, 0, offsetof(esauti_product_restocked_data, location_id), -1, -1, &apic_type_string},
    {"waiting_customers", 17, 0, offsetof(esauti_product_restocked_data, waiting_customers), offsetof(esauti_product_restocked_data, has_waiting_customers), -1, &apic_type_int32},
    {"restocked_at", 12, APIC_F_REQUIRED, offsetof(esauti_product_restocked_data, restocked_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_restocked_data_desc = {
    "product_restocked_data", sizeof(esauti_product_restocked_data), esauti_product_restocked_data_desc_Fields, 6,
    offsetof(esauti_product_restocked_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_restocked_data_free(esauti_product_restocked_data *obj)
{
    apic_struct_free(&esauti_product_restocked_data_desc, obj);
}

int esauti_product_restocked_data_from_json(const char *json, size_t len, esauti_product_restocked_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_restocked_data_Type, json, len, &value, err);
    *out = (esauti_product_restocked_data *)value;
    return rc;
}

int esauti_product_restocked_data_to_json(const esauti_product_restocked_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_restocked_data_Type, obj, out, err);
}

/* product_viewed_data */
static const apic_field esauti_product_viewed_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_viewed_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, 0, offsetof(esauti_product_viewed_data, sku), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(esauti_product_viewed_data, name), -1, -1, &apic_type_string},
    {"price_amount", 12, 0, offsetof(esauti_product_viewed_data, price_amount), offsetof(esauti_product_viewed_data, has_price_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_product_viewed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"session_id", 10, 0, offsetof(esauti_product_viewed_data, session_id), -1, -1, &apic_type_string},
    {"list_source", 11, 0, offsetof(esauti_product_viewed_data, list_source), offsetof(esauti_product_viewed_data, has_list_source), -1, &esauti_product_viewed_data_list_source_Type},
    {"viewed_at", 9, APIC_F_REQUIRED, offsetof(esauti_product_viewed_data, viewed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_viewed_data_desc = {
    "product_viewed_data", sizeof(esauti_product_viewed_data), esauti_product_viewed_data_desc_Fields, 8,
    offsetof(esauti_product_viewed_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_viewed_data_free(esauti_product_viewed_data *obj)
{
    apic_struct_free(&esauti_product_viewed_data_desc, obj);
}

int esauti_product_viewed_data_from_json(const char *json, size_t len, esauti_product_viewed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_viewed_data_Type, json, len, &value, err);
    *out = (esauti_product_viewed_data *)value;
    return rc;
}

int esauti_product_viewed_data_to_json(const esauti_product_viewed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_viewed_data_Type, obj, out, err);
}

/* product_wishlisted_data */
static const apic_field esauti_product_wishlisted_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_wishlisted_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, 0, offsetof(esauti_product_wishlisted_data, sku), -1, -1, &apic_type_string},
    {"wishlist_id", 11, APIC_F_REQUIRED, offsetof(esauti_product_wishlisted_data, wishlist_id), -1, -1, &apic_type_string},
    {"price_amount", 12, 0, offsetof(esauti_product_wishlisted_data, price_amount), offsetof(esauti_product_wishlisted_data, has_price_amount), -1, &apic_type_int64},
    {"currency", 8, 0, offsetof(esauti_product_wishlisted_data, currency), -1, -1, &esauti_string_currency_Type},
    {"added_at", 8, APIC_F_REQUIRED, offsetof(esauti_product_wishlisted_data, added_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_wishlisted_data_desc = {
    "product_wishlisted_data", sizeof(esauti_product_wishlisted_data), esauti_product_wishlisted_data_desc_Fields, 6,
    offsetof(esauti_product_wishlisted_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_wishlisted_data_free(esauti_product_wishlisted_data *obj)
{
    apic_struct_free(&esauti_product_wishlisted_data_desc, obj);
}

int esauti_product_wishlisted_data_from_json(const char *json, size_t len, esauti_product_wishlisted_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_wishlisted_data_Type, json, len, &value, err);
    *out = (esauti_product_wishlisted_data *)value;
    return rc;
}

int esauti_product_wishlisted_data_to_json(const esauti_product_wishlisted_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_wishlisted_data_Type, obj, out, err);
}

/* product_shared_data */
static const apic_field esauti_product_shared_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_shared_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, 0, offsetof(esauti_product_shared_data, sku), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_product_shared_data, channel), -1, -1, &esauti_product_shared_data_channel_Type},
    {"share_url", 9, 0, offsetof(esauti_product_shared_data, share_url), -1, -1, &esauti_string_uri_Type},
    {"session_id", 10, 0, offsetof(esauti_product_shared_data, session_id), -1, -1, &apic_type_string},
    {"shared_at", 9, APIC_F_REQUIRED, offsetof(esauti_product_shared_data, shared_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_shared_data_desc = {
    "product_shared_data", sizeof(esauti_product_shared_data), esauti_product_shared_data_desc_Fields, 6,
    offsetof(esauti_product_shared_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_shared_data_free(esauti_product_shared_data *obj)
{
    apic_struct_free(&esauti_product_shared_data_desc, obj);
}

int esauti_product_shared_data_from_json(const char *json, size_t len, esauti_product_shared_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_shared_data_Type, json, len, &value, err);
    *out = (esauti_product_shared_data *)value;
    return rc;
}

int esauti_product_shared_data_to_json(const esauti_product_shared_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_shared_data_Type, obj, out, err);
}

/* product_back_in_stock_requested_data */
static const apic_field esauti_product_back_in_stock_requested_data_desc_Fields[] = {
    {"product_id", 10, APIC_F_REQUIRED, offsetof(esauti_product_back_in_stock_requested_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_product_back_in_stock_requested_data, sku), -1, -1, &apic_type_string},
    {"channel", 7, APIC_F_REQUIRED, offsetof(esauti_product_back_in_stock_requested_data, channel), -1, -1, &esauti_product_back_in_stock_requested_data_channel_Type},
    {"requested_at", 12, APIC_F_REQUIRED, offsetof(esauti_product_back_in_stock_requested_data, requested_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_product_back_in_stock_requested_data_desc = {
    "product_back_in_stock_requested_data", sizeof(esauti_product_back_in_stock_requested_data), esauti_product_back_in_stock_requested_data_desc_Fields, 4,
    offsetof(esauti_product_back_in_stock_requested_data, unknown_fields),
    -1,
    NULL
};

void esauti_product_back_in_stock_requested_data_free(esauti_product_back_in_stock_requested_data *obj)
{
    apic_struct_free(&esauti_product_back_in_stock_requested_data_desc, obj);
}

int esauti_product_back_in_stock_requested_data_from_json(const char *json, size_t len, esauti_product_back_in_stock_requested_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_product_back_in_stock_requested_data_Type, json, len, &value, err);
    *out = (esauti_product_back_in_stock_requested_data *)value;
    return rc;
}

int esauti_product_back_in_stock_requested_data_to_json(const esauti_product_back_in_stock_requested_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_product_back_in_stock_requested_data_Type, obj, out, err);
}

/* category_viewed_data */
static const apic_field esauti_category_viewed_data_desc_Fields[] = {
    {"category_id", 11, APIC_F_REQUIRED, offsetof(esauti_category_viewed_data, category_id), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(esauti_category_viewed_data, name), -1, -1, &apic_type_string},
    {"url", 3, 0, offsetof(esauti_category_viewed_data, url), -1, -1, &esauti_string_uri_Type},
    {"session_id", 10, 0, offsetof(esauti_category_viewed_data, session_id), -1, -1, &apic_type_string},
    {"products_shown", 14, 0, offsetof(esauti_category_viewed_data, products_shown), offsetof(esauti_category_viewed_data, has_products_shown), -1, &apic_type_int32},
    {"viewed_at", 9, APIC_F_REQUIRED, offsetof(esauti_category_viewed_data, viewed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_category_viewed_data_desc = {
    "category_viewed_data", sizeof(esauti_category_viewed_data), esauti_category_viewed_data_desc_Fields, 6,
    offsetof(esauti_category_viewed_data, unknown_fields),
    -1,
    NULL
};

void esauti_category_viewed_data_free(esauti_category_viewed_data *obj)
{
    apic_struct_free(&esauti_category_viewed_data_desc, obj);
}

int esauti_category_viewed_data_from_json(const char *json, size_t len, esauti_category_viewed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_category_viewed_data_Type, json, len, &value, err);
    *out = (esauti_category_viewed_data *)value;
    return rc;
}

int esauti_category_viewed_data_to_json(const esauti_category_viewed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_category_viewed_data_Type, obj, out, err);
}

/* catalog_searched_data */
static const apic_field esauti_catalog_searched_data_desc_Fields[] = {
    {"query", 5, APIC_F_REQUIRED, offsetof(esauti_catalog_searched_data, query), -1, -1, &apic_type_string},
    {"results_count", 13, APIC_F_REQUIRED, offsetof(esauti_catalog_searched_data, results_count), -1, -1, &apic_type_int32},
    {"filters", 7, 0, offsetof(esauti_catalog_searched_data, filters), offsetof(esauti_catalog_searched_data, has_filters), -1, &esauti_string_map_Type},
    {"session_id", 10, 0, offsetof(esauti_catalog_searched_data, session_id), -1, -1, &apic_type_string},
    {"searched_at", 11, APIC_F_REQUIRED, offsetof(esauti_catalog_searched_data, searched_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_catalog_searched_data_desc = {
    "catalog_searched_data", sizeof(esauti_catalog_searched_data), esauti_catalog_searched_data_desc_Fields, 5,
    offsetof(esauti_catalog_searched_data, unknown_fields),
    -1,
    NULL
};

void esauti_catalog_searched_data_free(esauti_catalog_searched_data *obj)
{
    apic_struct_free(&esauti_catalog_searched_data_desc, obj);
}

int esauti_catalog_searched_data_from_json(const char *json, size_t len, esauti_catalog_searched_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_catalog_searched_data_Type, json, len, &value, err);
    *out = (esauti_catalog_searched_data *)value;
    return rc;
}

int esauti_catalog_searched_data_to_json(const esauti_catalog_searched_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_catalog_searched_data_Type, obj, out, err);
}

/* catalog_synced_data */
static const apic_field esauti_catalog_synced_data_desc_Fields[] = {
    {"catalog_id", 10, APIC_F_REQUIRED, offsetof(esauti_catalog_synced_data, catalog_id), -1, -1, &apic_type_string},
    {"source", 6, APIC_F_REQUIRED, offsetof(esauti_catalog_synced_data, source), -1, -1, &esauti_catalog_synced_data_source_Type},
    {"status", 6, APIC_F_REQUIRED, offsetof(esauti_catalog_synced_data, status), -1, -1, &esauti_catalog_synced_data_status_Type},
    {"products_created", 16, 0, offsetof(esauti_catalog_synced_data, products_created), offsetof(esauti_catalog_synced_data, has_products_created), -1, &apic_type_int32},
    {"products_updated", 16, 0, offsetof(esauti_catalog_synced_data, products_updated), offsetof(esauti_catalog_synced_data, has_products_updated), -1, &apic_type_int32},
    {"products_failed", 15, 0, offsetof(esauti_catalog_synced_data, products_failed), offsetof(esauti_catalog_synced_data, has_products_failed), -1, &apic_type_int32},
    {"started_at", 10, 0, offsetof(esauti_catalog_synced_data, started_at), -1, -1, &esauti_string_date_time_Type},
    {"finished_at", 11, APIC_F_REQUIRED, offsetof(esauti_catalog_synced_data, finished_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_catalog_synced_data_desc = {
    "catalog_synced_data", sizeof(esauti_catalog_synced_data), esauti_catalog_synced_data_desc_Fields, 8,
    offsetof(esauti_catalog_synced_data, unknown_fields),
    -1,
    NULL
};

void esauti_catalog_synced_data_free(esauti_catalog_synced_data *obj)
{
    apic_struct_free(&esauti_catalog_synced_data_desc, obj);
}

int esauti_catalog_synced_data_from_json(const char *json, size_t len, esauti_catalog_synced_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_catalog_synced_data_Type, json, len, &value, err);
    *out = (esauti_catalog_synced_data *)value;
    return rc;
}

int esauti_catalog_synced_data_to_json(const esauti_catalog_synced_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_catalog_synced_data_Type, obj, out, err);
}

/* cart_created_data */
static const apic_field esauti_cart_created_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_created_data, cart_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_cart_created_data, currency), -1, -1, &esauti_string_currency_Type},
    {"session_id", 10, 0, offsetof(esauti_cart_created_data, session_id), -1, -1, &apic_type_string},
    {"channel", 7, 0, offsetof(esauti_cart_created_data, channel), offsetof(esauti_cart_created_data, has_channel), -1, &esauti_cart_created_data_channel_Type},
    {"created_at", 10, APIC_F_REQUIRED, offsetof(esauti_cart_created_data, created_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_created_data_desc = {
    "cart_created_data", sizeof(esauti_cart_created_data), esauti_cart_created_data_desc_Fields, 5,
    offsetof(esauti_cart_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_created_data_free(esauti_cart_created_data *obj)
{
    apic_struct_free(&esauti_cart_created_data_desc, obj);
}

int esauti_cart_created_data_from_json(const char *json, size_t len, esauti_cart_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_created_data_Type, json, len, &value, err);
    *out = (esauti_cart_created_data *)value;
    return rc;
}

int esauti_cart_created_data_to_json(const esauti_cart_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_created_data_Type, obj, out, err);
}

/* cart_item_added_data */
static const apic_field esauti_cart_item_added_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_item_added_data, cart_id), -1, -1, &apic_type_string},
    {"product_id", 10, 0, offsetof(esauti_cart_item_added_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_cart_item_added_data, sku), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(esauti_cart_item_added_data, name), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_cart_item_added_data, quantity), -1, -1, &apic_type_int32},
    {"unit_amount", 11, APIC_F_REQUIRED, offsetof(esauti_cart_item_added_data, unit_amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_cart_item_added_data, currency), -1, -1, &esauti_string_currency_Type},
    {"cart_total_amount", 17, 0, offsetof(esauti_cart_item_added_data, cart_total_amount), offsetof(esauti_cart_item_added_data, has_cart_total_amount), -1, &apic_type_int64},
    {"added_at", 8, 0, offsetof(esauti_cart_item_added_data, added_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_item_added_data_desc = {
    "cart_item_added_data", sizeof(esauti_cart_item_added_data), esauti_cart_item_added_data_desc_Fields, 9,
    offsetof(esauti_cart_item_added_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_item_added_data_free(esauti_cart_item_added_data *obj)
{
    apic_struct_free(&esauti_cart_item_added_data_desc, obj);
}

int esauti_cart_item_added_data_from_json(const char *json, size_t len, esauti_cart_item_added_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_item_added_data_Type, json, len, &value, err);
    *out = (esauti_cart_item_added_data *)value;
    return rc;
}

int esauti_cart_item_added_data_to_json(const esauti_cart_item_added_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_item_added_data_Type, obj, out, err);
}

/* cart_item_removed_data */
static const apic_field esauti_cart_item_removed_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_item_removed_data, cart_id), -1, -1, &apic_type_string},
    {"product_id", 10, 0, offsetof(esauti_cart_item_removed_data, product_id), -1, -1, &apic_type_string},
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_cart_item_removed_data, sku), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_cart_item_removed_data, quantity), -1, -1, &apic_type_int32},
    {"currency", 8, 0, offsetof(esauti_cart_item_removed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"cart_total_amount", 17, 0, offsetof(esauti_cart_item_removed_data, cart_total_amount), offsetof(esauti_cart_item_removed_data, has_cart_total_amount), -1, &apic_type_int64},
    {"removed_at", 10, 0, offsetof(esauti_cart_item_removed_data, removed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_item_removed_data_desc = {
    "cart_item_removed_data", sizeof(esauti_cart_item_removed_data), esauti_cart_item_removed_data_desc_Fields, 7,
    offsetof(esauti_cart_item_removed_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_item_removed_data_free(esauti_cart_item_removed_data *obj)
{
    apic_struct_free(&esauti_cart_item_removed_data_desc, obj);
}

int esauti_cart_item_removed_data_from_json(const char *json, size_t len, esauti_cart_item_removed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_item_removed_data_Type, json, len, &value, err);
    *out = (esauti_cart_item_removed_data *)value;
    return rc;
}

int esauti_cart_item_removed_data_to_json(const esauti_cart_item_removed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_item_removed_data_Type, obj, out, err);
}

/* cart_item_updated_data */
static const apic_field esauti_cart_item_updated_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_item_updated_data, cart_id), -1, -1, &apic_type_string},
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_cart_item_updated_data, sku), -1, -1, &apic_type_string},
    {"previous_sku", 12, 0, offsetof(esauti_cart_item_updated_data, previous_sku), -1, -1, &apic_type_string},
    {"old_quantity", 12, APIC_F_REQUIRED, offsetof(esauti_cart_item_updated_data, old_quantity), -1, -1, &apic_type_int32},
    {"new_quantity", 12, APIC_F_REQUIRED, offsetof(esauti_cart_item_updated_data, new_quantity), -1, -1, &apic_type_int32},
    {"updated_at", 10, 0, offsetof(esauti_cart_item_updated_data, updated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_item_updated_data_desc = {
    "cart_item_updated_data", sizeof(esauti_cart_item_updated_data), esauti_cart_item_updated_data_desc_Fields, 6,
    offsetof(esauti_cart_item_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_item_updated_data_free(esauti_cart_item_updated_data *obj)
{
    apic_struct_free(&esauti_cart_item_updated_data_desc, obj);
}

int esauti_cart_item_updated_data_from_json(const char *json, size_t len, esauti_cart_item_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_item_updated_data_Type, json, len, &value, err);
    *out = (esauti_cart_item_updated_data *)value;
    return rc;
}

int esauti_cart_item_updated_data_to_json(const esauti_cart_item_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_item_updated_data_Type, obj, out, err);
}

/* cart_merged_data */
static const apic_field esauti_cart_merged_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_merged_data, cart_id), -1, -1, &apic_type_string},
    {"merged_cart_id", 14, APIC_F_REQUIRED, offsetof(esauti_cart_merged_data, merged_cart_id), -1, -1, &apic_type_string},
    {"item_count", 10, APIC_F_REQUIRED, offsetof(esauti_cart_merged_data, item_count), -1, -1, &apic_type_int32},
    {"currency", 8, 0, offsetof(esauti_cart_merged_data, currency), -1, -1, &esauti_string_currency_Type},
    {"total_amount", 12, 0, offsetof(esauti_cart_merged_data, total_amount), offsetof(esauti_cart_merged_data, has_total_amount), -1, &apic_type_int64},
    {"merged_at", 9, APIC_F_REQUIRED, offsetof(esauti_cart_merged_data, merged_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_merged_data_desc = {
    "cart_merged_data", sizeof(esauti_cart_merged_data), esauti_cart_merged_data_desc_Fields, 6,
    offsetof(esauti_cart_merged_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_merged_data_free(esauti_cart_merged_data *obj)
{
    apic_struct_free(&esauti_cart_merged_data_desc, obj);
}

int esauti_cart_merged_data_from_json(const char *json, size_t len, esauti_cart_merged_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_merged_data_Type, json, len, &value, err);
    *out = (esauti_cart_merged_data *)value;
    return rc;
}

int esauti_cart_merged_data_to_json(const esauti_cart_merged_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_merged_data_Type, obj, out, err);
}

/* cart_emptied_data */
static const apic_field esauti_cart_emptied_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_emptied_data, cart_id), -1, -1, &apic_type_string},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_cart_emptied_data, reason), -1, -1, &esauti_cart_emptied_data_reason_Type},
    {"items_removed", 13, 0, offsetof(esauti_cart_emptied_data, items_removed), offsetof(esauti_cart_emptied_data, has_items_removed), -1, &apic_type_int32},
    {"emptied_at", 10, APIC_F_REQUIRED, offsetof(esauti_cart_emptied_data, emptied_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_emptied_data_desc = {
    "cart_emptied_data", sizeof(esauti_cart_emptied_data), esauti_cart_emptied_data_desc_Fields, 4,
    offsetof(esauti_cart_emptied_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_emptied_data_free(esauti_cart_emptied_data *obj)
{
    apic_struct_free(&esauti_cart_emptied_data_desc, obj);
}

int esauti_cart_emptied_data_from_json(const char *json, size_t len, esauti_cart_emptied_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_emptied_data_Type, json, len, &value, err);
    *out = (esauti_cart_emptied_data *)value;
    return rc;
}

int esauti_cart_emptied_data_to_json(const esauti_cart_emptied_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_emptied_data_Type, obj, out, err);
}

/* cart_abandoned_data */
static const apic_field esauti_cart_abandoned_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data, cart_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data, currency), -1, -1, &esauti_string_currency_Type},
    {"total_amount", 12, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data, total_amount), -1, -1, &apic_type_int64},
    {"items", 5, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data, items), -1, -1, &esauti_cart_abandoned_data_items_item_array_Type},
    {"recovery_url", 12, 0, offsetof(esauti_cart_abandoned_data, recovery_url), -1, -1, &esauti_string_uri_Type},
    {"checkout_started", 16, 0, offsetof(esauti_cart_abandoned_data, checkout_started), offsetof(esauti_cart_abandoned_data, has_checkout_started), -1, &apic_type_bool},
    {"last_activity_at", 16, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data, last_activity_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_abandoned_data_desc = {
    "cart_abandoned_data", sizeof(esauti_cart_abandoned_data), esauti_cart_abandoned_data_desc_Fields, 7,
    offsetof(esauti_cart_abandoned_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_abandoned_data_free(esauti_cart_abandoned_data *obj)
{
    apic_struct_free(&esauti_cart_abandoned_data_desc, obj);
}

int esauti_cart_abandoned_data_from_json(const char *json, size_t len, esauti_cart_abandoned_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_abandoned_data_Type, json, len, &value, err);
    *out = (esauti_cart_abandoned_data *)value;
    return rc;
}

int esauti_cart_abandoned_data_to_json(const esauti_cart_abandoned_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_abandoned_data_Type, obj, out, err);
}

/* cart_abandoned_data.items.item */
static const apic_field esauti_cart_abandoned_data_items_item_desc_Fields[] = {
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data_items_item, sku), -1, -1, &apic_type_string},
    {"name", 4, 0, offsetof(esauti_cart_abandoned_data_items_item, name), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data_items_item, quantity), -1, -1, &apic_type_int32},
    {"unit_amount", 11, APIC_F_REQUIRED, offsetof(esauti_cart_abandoned_data_items_item, unit_amount), -1, -1, &apic_type_int64},
    {"image_url", 9, 0, offsetof(esauti_cart_abandoned_data_items_item, image_url), -1, -1, &esauti_string_uri_Type},
};
const apic_struct_desc esauti_cart_abandoned_data_items_item_desc = {
    "cart_abandoned_data.items.item", sizeof(esauti_cart_abandoned_data_items_item), esauti_cart_abandoned_data_items_item_desc_Fields, 5,
    offsetof(esauti_cart_abandoned_data_items_item, unknown_fields),
    -1,
    NULL
};

void esauti_cart_abandoned_data_items_item_free(esauti_cart_abandoned_data_items_item *obj)
{
    apic_struct_free(&esauti_cart_abandoned_data_items_item_desc, obj);
}

int esauti_cart_abandoned_data_items_item_from_json(const char *json, size_t len, esauti_cart_abandoned_data_items_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_abandoned_data_items_item_Type, json, len, &value, err);
    *out = (esauti_cart_abandoned_data_items_item *)value;
    return rc;
}

int esauti_cart_abandoned_data_items_item_to_json(const esauti_cart_abandoned_data_items_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_abandoned_data_items_item_Type, obj, out, err);
}

/* cart_recovered_data */
static const apic_field esauti_cart_recovered_data_desc_Fields[] = {
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_cart_recovered_data, cart_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_cart_recovered_data, order_id), -1, -1, &apic_type_string},
    {"recovery_channel", 16, 0, offsetof(esauti_cart_recovered_data, recovery_channel), offsetof(esauti_cart_recovered_data, has_recovery_channel), -1, &esauti_cart_recovered_data_recovery_channel_Type},
    {"message_id", 10, 0, offsetof(esauti_cart_recovered_data, message_id), -1, -1, &apic_type_string},
    {"recovered_at", 12, APIC_F_REQUIRED, offsetof(esauti_cart_recovered_data, recovered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_cart_recovered_data_desc = {
    "cart_recovered_data", sizeof(esauti_cart_recovered_data), esauti_cart_recovered_data_desc_Fields, 5,
    offsetof(esauti_cart_recovered_data, unknown_fields),
    -1,
    NULL
};

void esauti_cart_recovered_data_free(esauti_cart_recovered_data *obj)
{
    apic_struct_free(&esauti_cart_recovered_data_desc, obj);
}

int esauti_cart_recovered_data_from_json(const char *json, size_t len, esauti_cart_recovered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_cart_recovered_data_Type, json, len, &value, err);
    *out = (esauti_cart_recovered_data *)value;
    return rc;
}

int esauti_cart_recovered_data_to_json(const esauti_cart_recovered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_cart_recovered_data_Type, obj, out, err);
}

/* checkout_started_data */
static const apic_field esauti_checkout_started_data_desc_Fields[] = {
    {"checkout_id", 11, APIC_F_REQUIRED, offsetof(esauti_checkout_started_data, checkout_id), -1, -1, &apic_type_string},
    {"cart_id", 7, APIC_F_REQUIRED, offsetof(esauti_checkout_started_data, cart_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_checkout_started_data, currency), -1, -1, &esauti_string_currency_Type},
    {"total_amount", 12, APIC_F_REQUIRED, offsetof(esauti_checkout_started_data, total_amount), -1, -1, &apic_type_int64},
    {"item_count", 10, APIC_F_REQUIRED, offsetof(esauti_checkout_started_data, item_count), -1, -1, &apic_type_int32},
    {"guest", 5, 0, offsetof(esauti_checkout_started_data, guest), offsetof(esauti_checkout_started_data, has_guest), -1, &apic_type_bool},
    {"started_at", 10, 0, offsetof(esauti_checkout_started_data, started_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_checkout_started_data_desc = {
    "checkout_started_data", sizeof(esauti_checkout_started_data), esauti_checkout_started_data_desc_Fields, 7,
    offsetof(esauti_checkout_started_data, unknown_fields),
    -1,
    NULL
};

void esauti_checkout_started_data_free(esauti_checkout_started_data *obj)
{
    apic_struct_free(&esauti_checkout_started_data_desc, obj);
}

int esauti_checkout_started_data_from_json(const char *json, size_t len, esauti_checkout_started_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_checkout_started_data_Type, json, len, &value, err);
    *out = (esauti_checkout_started_data *)value;
    return rc;
}

int esauti_checkout_started_data_to_json(const esauti_checkout_started_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_checkout_started_data_Type, obj, out, err);
}

/* checkout_delivery_selected_data */
static const apic_field esauti_checkout_delivery_selected_data_desc_Fields[] = {
    {"checkout_id", 11, APIC_F_REQUIRED, offsetof(esauti_checkout_delivery_selected_data, checkout_id), -1, -1, &apic_type_string},
    {"method", 6, APIC_F_REQUIRED, offsetof(esauti_checkout_delivery_selected_data, method), -1, -1, &esauti_checkout_delivery_selected_data_method_Type},
    {"fee_amount", 10, APIC_F_REQUIRED, offsetof(esauti_checkout_delivery_selected_data, fee_amount), -1, -1, &apic_type_int64},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_checkout_delivery_selected_data, currency), -1, -1, &esauti_string_currency_Type},
    {"pickup_point_id", 15, 0, offsetof(esauti_checkout_delivery_selected_data, pickup_point_id), -1, -1, &apic_type_string},
    {"address", 7, APIC_F_PII, offsetof(esauti_checkout_delivery_selected_data, address), -1, -1, &esauti_checkout_delivery_selected_data_address_Type},
    {"selected_at", 11, 0, offsetof(esauti_checkout_delivery_selected_data, selected_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_checkout_delivery_selected_data_desc = {
    "checkout_delivery_selected_data", sizeof(esauti_checkout_delivery_selected_data), esauti_checkout_delivery_selected_data_desc_Fields, 7,
    offsetof(esauti_checkout_delivery_selected_data, unknown_fields),
    -1,
    NULL
};

void esauti_checkout_delivery_selected_data_free(esauti_checkout_delivery_selected_data *obj)
{
    apic_struct_free(&esauti_checkout_delivery_selected_data_desc, obj);
}

int esauti_checkout_delivery_selected_data_from_json(const char *json, size_t len, esauti_checkout_delivery_selected_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_checkout_delivery_selected_data_Type, json, len, &value, err);
    *out = (esauti_checkout_delivery_selected_data *)value;
    return rc;
}

int esauti_checkout_delivery_selected_data_to_json(const esauti_checkout_delivery_selected_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_checkout_delivery_selected_data_Type, obj, out, err);
}

/* checkout_delivery_selected_data.address */
static const apic_field esauti_checkout_delivery_selected_data_address_desc_Fields[] = {
    {"recipient_name", 14, APIC_F_PII, offsetof(esauti_checkout_delivery_selected_data_address, recipient_name), -1, -1, &apic_type_string},
    {"phone", 5, APIC_F_PII, offsetof(esauti_checkout_delivery_selected_data_address, phone), -1, -1, &esauti_string_phone_Type},
    {"line1", 5, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_checkout_delivery_selected_data_address, line1), -1, -1, &apic_type_string},
    {"city", 4, APIC_F_REQUIRED | APIC_F_PII, offsetof(esauti_checkout_delivery_selected_data_address, city), -1, -1, &apic_type_string},
    {"country", 7, APIC_F_REQUIRED, offsetof(esauti_checkout_delivery_selected_data_address, country), -1, -1, &esauti_string_country_Type},
};
const apic_struct_desc esauti_checkout_delivery_selected_data_address_desc = {
    "checkout_delivery_selected_data.address", sizeof(esauti_checkout_delivery_selected_data_address), esauti_checkout_delivery_selected_data_address_desc_Fields, 5,
    offsetof(esauti_checkout_delivery_selected_data_address, unknown_fields),
    -1,
    NULL
};

void esauti_checkout_delivery_selected_data_address_free(esauti_checkout_delivery_selected_data_address *obj)
{
    apic_struct_free(&esauti_checkout_delivery_selected_data_address_desc, obj);
}

int esauti_checkout_delivery_selected_data_address_from_json(const char *json, size_t len, esauti_checkout_delivery_selected_data_address **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_checkout_delivery_selected_data_address_Type, json, len, &value, err);
    *out = (esauti_checkout_delivery_selected_data_address *)value;
    return rc;
}

int esauti_checkout_delivery_selected_data_address_to_json(const esauti_checkout_delivery_selected_data_address *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_checkout_delivery_selected_data_address_Type, obj, out, err);
}

/* checkout_payment_method_selected_data */
static const apic_field esauti_checkout_payment_method_selected_data_desc_Fields[] = {
    {"checkout_id", 11, APIC_F_REQUIRED, offsetof(esauti_checkout_payment_method_selected_data, checkout_id), -1, -1, &apic_type_string},
    {"payment_method", 14, APIC_F_REQUIRED, offsetof(esauti_checkout_payment_method_selected_data, payment_method), -1, -1, &esauti_checkout_payment_method_selected_data_payment_method_Type},
    {"payer_phone", 11, APIC_F_PII, offsetof(esauti_checkout_payment_method_selected_data, payer_phone), -1, -1, &esauti_string_phone_Type},
    {"installments", 12, 0, offsetof(esauti_checkout_payment_method_selected_data, installments), offsetof(esauti_checkout_payment_method_selected_data, has_installments), -1, &apic_type_int32},
    {"selected_at", 11, APIC_F_REQUIRED, offsetof(esauti_checkout_payment_method_selected_data, selected_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_checkout_payment_method_selected_data_desc = {
    "checkout_payment_method_selected_data", sizeof(esauti_checkout_payment_method_selected_data), esauti_checkout_payment_method_selected_data_desc_Fields, 5,
    offsetof(esauti_checkout_payment_method_selected_data, unknown_fields),
    -1,
    NULL
};

void esauti_checkout_payment_method_selected_data_free(esauti_checkout_payment_method_selected_data *obj)
{
    apic_struct_free(&esauti_checkout_payment_method_selected_data_desc, obj);
}

int esauti_checkout_payment_method_selected_data_from_json(const char *json, size_t len, esauti_checkout_payment_method_selected_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_checkout_payment_method_selected_data_Type, json, len, &value, err);
    *out = (esauti_checkout_payment_method_selected_data *)value;
    return rc;
}

int esauti_checkout_payment_method_selected_data_to_json(const esauti_checkout_payment_method_selected_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_checkout_payment_method_selected_data_Type, obj, out, err);
}

/* checkout_completed_data */
static const apic_field esauti_checkout_completed_data_desc_Fields[] = {
    {"checkout_id", 11, APIC_F_REQUIRED, offsetof(esauti_checkout_completed_data, checkout_id), -1, -1, &apic_type_string},
    {"cart_id", 7, 0, offsetof(esauti_checkout_completed_data, cart_id), -1, -1, &apic_type_string},
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_checkout_completed_data, order_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_checkout_completed_data, currency), -1, -1, &esauti_string_currency_Type},
    {"total_amount", 12, APIC_F_REQUIRED, offsetof(esauti_checkout_completed_data, total_amount), -1, -1, &apic_type_int64},
    {"duration_seconds", 16, 0, offsetof(esauti_checkout_completed_data, duration_seconds), offsetof(esauti_checkout_completed_data, has_duration_seconds), -1, &apic_type_int32},
    {"completed_at", 12, APIC_F_REQUIRED, offsetof(esauti_checkout_completed_data, completed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_checkout_completed_data_desc = {
    "checkout_completed_data", sizeof(esauti_checkout_completed_data), esauti_checkout_completed_data_desc_Fields, 7,
    offsetof(esauti_checkout_completed_data, unknown_fields),
    -1,
    NULL
};

void esauti_checkout_completed_data_free(esauti_checkout_completed_data *obj)
{
    apic_struct_free(&esauti_checkout_completed_data_desc, obj);
}

int esauti_checkout_completed_data_from_json(const char *json, size_t len, esauti_checkout_completed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_checkout_completed_data_Type, json, len, &value, err);
    *out = (esauti_checkout_completed_data *)value;
    return rc;
}

int esauti_checkout_completed_data_to_json(const esauti_checkout_completed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_checkout_completed_data_Type, obj, out, err);
}

/* order_created_data */
static const apic_field esauti_order_created_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_created_data, order_id), -1, -1, &apic_type_string},
    {"order_number", 12, 0, offsetof(esauti_order_created_data, order_number), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_order_created_data, currency), -1, -1, &esauti_string_currency_Type},
    {"total_amount", 12, APIC_F_REQUIRED, offsetof(esauti_order_created_data, total_amount), -1, -1, &apic_type_int64},
    {"subtotal_amount", 15, 0, offsetof(esauti_order_created_data, subtotal_amount), offsetof(esauti_order_created_data, has_subtotal_amount), -1, &apic_type_int64},
    {"discount_amount", 15, 0, offsetof(esauti_order_created_data, discount_amount), offsetof(esauti_order_created_data, has_discount_amount), -1, &apic_type_int64},
    {"shipping_amount", 15, 0, offsetof(esauti_order_created_data, shipping_amount), offsetof(esauti_order_created_data, has_shipping_amount), -1, &apic_type_int64},
    {"items", 5, APIC_F_REQUIRED, offsetof(esauti_order_created_data, items), -1, -1, &esauti_order_created_data_items_item_array_Type},
    {"channel", 7, 0, offsetof(esauti_order_created_data, channel), offsetof(esauti_order_created_data, has_channel), -1, &esauti_order_created_data_channel_Type},
    {"placed_at", 9, APIC_F_REQUIRED, offsetof(esauti_order_created_data, placed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_created_data_desc = {
    "order_created_data", sizeof(esauti_order_created_data), esauti_order_created_data_desc_Fields, 10,
    offsetof(esauti_order_created_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_created_data_free(esauti_order_created_data *obj)
{
    apic_struct_free(&esauti_order_created_data_desc, obj);
}

int esauti_order_created_data_from_json(const char *json, size_t len, esauti_order_created_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_created_data_Type, json, len, &value, err);
    *out = (esauti_order_created_data *)value;
    return rc;
}

int esauti_order_created_data_to_json(const esauti_order_created_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_created_data_Type, obj, out, err);
}

/* order_created_data.items.item */
static const apic_field esauti_order_created_data_items_item_desc_Fields[] = {
    {"sku", 3, APIC_F_REQUIRED, offsetof(esauti_order_created_data_items_item, sku), -1, -1, &apic_type_string},
    {"name", 4, APIC_F_REQUIRED, offsetof(esauti_order_created_data_items_item, name), -1, -1, &apic_type_string},
    {"quantity", 8, APIC_F_REQUIRED, offsetof(esauti_order_created_data_items_item, quantity), -1, -1, &apic_type_int32},
    {"unit_amount", 11, APIC_F_REQUIRED, offsetof(esauti_order_created_data_items_item, unit_amount), -1, -1, &apic_type_int64},
};
const apic_struct_desc esauti_order_created_data_items_item_desc = {
    "order_created_data.items.item", sizeof(esauti_order_created_data_items_item), esauti_order_created_data_items_item_desc_Fields, 4,
    offsetof(esauti_order_created_data_items_item, unknown_fields),
    -1,
    NULL
};

void esauti_order_created_data_items_item_free(esauti_order_created_data_items_item *obj)
{
    apic_struct_free(&esauti_order_created_data_items_item_desc, obj);
}

int esauti_order_created_data_items_item_from_json(const char *json, size_t len, esauti_order_created_data_items_item **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_created_data_items_item_Type, json, len, &value, err);
    *out = (esauti_order_created_data_items_item *)value;
    return rc;
}

int esauti_order_created_data_items_item_to_json(const esauti_order_created_data_items_item *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_created_data_items_item_Type, obj, out, err);
}

/* order_confirmed_data */
static const apic_field esauti_order_confirmed_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_confirmed_data, order_id), -1, -1, &apic_type_string},
    {"confirmed_by", 12, APIC_F_REQUIRED, offsetof(esauti_order_confirmed_data, confirmed_by), -1, -1, &esauti_order_confirmed_data_confirmed_by_Type},
    {"estimated_delivery_date", 23, 0, offsetof(esauti_order_confirmed_data, estimated_delivery_date), -1, -1, &esauti_string_date_Type},
    {"confirmed_at", 12, APIC_F_REQUIRED, offsetof(esauti_order_confirmed_data, confirmed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_confirmed_data_desc = {
    "order_confirmed_data", sizeof(esauti_order_confirmed_data), esauti_order_confirmed_data_desc_Fields, 4,
    offsetof(esauti_order_confirmed_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_confirmed_data_free(esauti_order_confirmed_data *obj)
{
    apic_struct_free(&esauti_order_confirmed_data_desc, obj);
}

int esauti_order_confirmed_data_from_json(const char *json, size_t len, esauti_order_confirmed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_confirmed_data_Type, json, len, &value, err);
    *out = (esauti_order_confirmed_data *)value;
    return rc;
}

int esauti_order_confirmed_data_to_json(const esauti_order_confirmed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_confirmed_data_Type, obj, out, err);
}

/* order_paid_data */
static const apic_field esauti_order_paid_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_paid_data, order_id), -1, -1, &apic_type_string},
    {"currency", 8, APIC_F_REQUIRED, offsetof(esauti_order_paid_data, currency), -1, -1, &esauti_string_currency_Type},
    {"amount", 6, APIC_F_REQUIRED, offsetof(esauti_order_paid_data, amount), -1, -1, &apic_type_int64},
    {"payment_method", 14, APIC_F_REQUIRED, offsetof(esauti_order_paid_data, payment_method), -1, -1, &esauti_order_paid_data_payment_method_Type},
    {"transaction_ref", 15, 0, offsetof(esauti_order_paid_data, transaction_ref), -1, -1, &apic_type_string},
    {"paid_at", 7, APIC_F_REQUIRED, offsetof(esauti_order_paid_data, paid_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_paid_data_desc = {
    "order_paid_data", sizeof(esauti_order_paid_data), esauti_order_paid_data_desc_Fields, 6,
    offsetof(esauti_order_paid_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_paid_data_free(esauti_order_paid_data *obj)
{
    apic_struct_free(&esauti_order_paid_data_desc, obj);
}

int esauti_order_paid_data_from_json(const char *json, size_t len, esauti_order_paid_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_paid_data_Type, json, len, &value, err);
    *out = (esauti_order_paid_data *)value;
    return rc;
}

int esauti_order_paid_data_to_json(const esauti_order_paid_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_paid_data_Type, obj, out, err);
}

/* order_payment_failed_data */
static const apic_field esauti_order_payment_failed_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_payment_failed_data, order_id), -1, -1, &apic_type_string},
    {"payment_method", 14, APIC_F_REQUIRED, offsetof(esauti_order_payment_failed_data, payment_method), -1, -1, &esauti_order_payment_failed_data_payment_method_Type},
    {"reason", 6, APIC_F_REQUIRED, offsetof(esauti_order_payment_failed_data, reason), -1, -1, &esauti_order_payment_failed_data_reason_Type},
    {"attempt", 7, 0, offsetof(esauti_order_payment_failed_data, attempt), offsetof(esauti_order_payment_failed_data, has_attempt), -1, &apic_type_int32},
    {"payment_url", 11, 0, offsetof(esauti_order_payment_failed_data, payment_url), -1, -1, &esauti_string_uri_Type},
    {"failed_at", 9, APIC_F_REQUIRED, offsetof(esauti_order_payment_failed_data, failed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_payment_failed_data_desc = {
    "order_payment_failed_data", sizeof(esauti_order_payment_failed_data), esauti_order_payment_failed_data_desc_Fields, 6,
    offsetof(esauti_order_payment_failed_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_payment_failed_data_free(esauti_order_payment_failed_data *obj)
{
    apic_struct_free(&esauti_order_payment_failed_data_desc, obj);
}

int esauti_order_payment_failed_data_from_json(const char *json, size_t len, esauti_order_payment_failed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_payment_failed_data_Type, json, len, &value, err);
    *out = (esauti_order_payment_failed_data *)value;
    return rc;
}

int esauti_order_payment_failed_data_to_json(const esauti_order_payment_failed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_payment_failed_data_Type, obj, out, err);
}

/* order_updated_data */
static const apic_field esauti_order_updated_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_updated_data, order_id), -1, -1, &apic_type_string},
    {"changed_fields", 14, APIC_F_REQUIRED, offsetof(esauti_order_updated_data, changed_fields), -1, -1, &esauti_string_array_Type},
    {"currency", 8, 0, offsetof(esauti_order_updated_data, currency), -1, -1, &esauti_string_currency_Type},
    {"total_amount", 12, 0, offsetof(esauti_order_updated_data, total_amount), offsetof(esauti_order_updated_data, has_total_amount), -1, &apic_type_int64},
    {"updated_by", 10, 0, offsetof(esauti_order_updated_data, updated_by), offsetof(esauti_order_updated_data, has_updated_by), -1, &esauti_order_updated_data_updated_by_Type},
    {"updated_at", 10, APIC_F_REQUIRED, offsetof(esauti_order_updated_data, updated_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_updated_data_desc = {
    "order_updated_data", sizeof(esauti_order_updated_data), esauti_order_updated_data_desc_Fields, 6,
    offsetof(esauti_order_updated_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_updated_data_free(esauti_order_updated_data *obj)
{
    apic_struct_free(&esauti_order_updated_data_desc, obj);
}

int esauti_order_updated_data_from_json(const char *json, size_t len, esauti_order_updated_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_updated_data_Type, json, len, &value, err);
    *out = (esauti_order_updated_data *)value;
    return rc;
}

int esauti_order_updated_data_to_json(const esauti_order_updated_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_updated_data_Type, obj, out, err);
}

/* order_packed_data */
static const apic_field esauti_order_packed_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_packed_data, order_id), -1, -1, &apic_type_string},
    {"location_id", 11, 0, offsetof(esauti_order_packed_data, location_id), -1, -1, &apic_type_string},
    {"parcel_count", 12, 0, offsetof(esauti_order_packed_data, parcel_count), offsetof(esauti_order_packed_data, has_parcel_count), -1, &apic_type_int32},
    {"packed_at", 9, APIC_F_REQUIRED, offsetof(esauti_order_packed_data, packed_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_packed_data_desc = {
    "order_packed_data", sizeof(esauti_order_packed_data), esauti_order_packed_data_desc_Fields, 4,
    offsetof(esauti_order_packed_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_packed_data_free(esauti_order_packed_data *obj)
{
    apic_struct_free(&esauti_order_packed_data_desc, obj);
}

int esauti_order_packed_data_from_json(const char *json, size_t len, esauti_order_packed_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_packed_data_Type, json, len, &value, err);
    *out = (esauti_order_packed_data *)value;
    return rc;
}

int esauti_order_packed_data_to_json(const esauti_order_packed_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_packed_data_Type, obj, out, err);
}

/* order_shipped_data */
static const apic_field esauti_order_shipped_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_shipped_data, order_id), -1, -1, &apic_type_string},
    {"carrier", 7, APIC_F_REQUIRED, offsetof(esauti_order_shipped_data, carrier), -1, -1, &apic_type_string},
    {"tracking_number", 15, 0, offsetof(esauti_order_shipped_data, tracking_number), -1, -1, &apic_type_string},
    {"tracking_url", 12, 0, offsetof(esauti_order_shipped_data, tracking_url), -1, -1, &esauti_string_uri_Type},
    {"estimated_delivery_at", 21, 0, offsetof(esauti_order_shipped_data, estimated_delivery_at), -1, -1, &esauti_string_date_time_Type},
    {"shipped_at", 10, APIC_F_REQUIRED, offsetof(esauti_order_shipped_data, shipped_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_shipped_data_desc = {
    "order_shipped_data", sizeof(esauti_order_shipped_data), esauti_order_shipped_data_desc_Fields, 6,
    offsetof(esauti_order_shipped_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_shipped_data_free(esauti_order_shipped_data *obj)
{
    apic_struct_free(&esauti_order_shipped_data_desc, obj);
}

int esauti_order_shipped_data_from_json(const char *json, size_t len, esauti_order_shipped_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_shipped_data_Type, json, len, &value, err);
    *out = (esauti_order_shipped_data *)value;
    return rc;
}

int esauti_order_shipped_data_to_json(const esauti_order_shipped_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_shipped_data_Type, obj, out, err);
}

/* order_delivered_data */
static const apic_field esauti_order_delivered_data_desc_Fields[] = {
    {"order_id", 8, APIC_F_REQUIRED, offsetof(esauti_order_delivered_data, order_id), -1, -1, &apic_type_string},
    {"received_by", 11, APIC_F_PII, offsetof(esauti_order_delivered_data, received_by), -1, -1, &apic_type_string},
    {"method", 6, 0, offsetof(esauti_order_delivered_data, method), offsetof(esauti_order_delivered_data, has_method), -1, &esauti_order_delivered_data_method_Type},
    {"proof_url", 9, 0, offsetof(esauti_order_delivered_data, proof_url), -1, -1, &esauti_string_uri_Type},
    {"delivered_at", 12, APIC_F_REQUIRED, offsetof(esauti_order_delivered_data, delivered_at), -1, -1, &esauti_string_date_time_Type},
};
const apic_struct_desc esauti_order_delivered_data_desc = {
    "order_delivered_data", sizeof(esauti_order_delivered_data), esauti_order_delivered_data_desc_Fields, 5,
    offsetof(esauti_order_delivered_data, unknown_fields),
    -1,
    NULL
};

void esauti_order_delivered_data_free(esauti_order_delivered_data *obj)
{
    apic_struct_free(&esauti_order_delivered_data_desc, obj);
}

int esauti_order_delivered_data_from_json(const char *json, size_t len, esauti_order_delivered_data **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&esauti_order_delivered_data_Type, json, len, &value, err);
    *out = (esauti_order_delivered_data *)value;
    return rc;
}

int esauti_order_delivered_data_to_json(const esauti_order_delivered_data *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&esauti_order_delivered_data_Type, obj, out, err);
}
