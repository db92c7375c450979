/* Descriptors and entry points of Schematic unions (oneOf/anyOf). Generated; do not edit. */
#include "internal.h"

/* DataExportMetadata */
_Static_assert(sizeof(schematic_data_export_metadata_kind) == sizeof(int), "union kinds are stored as int");
static const char *const schematic_data_export_metadata_Values[] = {
    "company_feature_usage_export_metadata",
    "audit_log_export_metadata",
    "event_export_metadata",
};
static const char *const schematic_data_export_metadata_Tags[] = {
    "company-feature-usage",
    "audit-log",
    "event",
};
static const apic_variant schematic_data_export_metadata_Variants[] = {
    {&schematic_company_feature_usage_export_metadata_Type, offsetof(schematic_data_export_metadata, as.company_feature_usage_export_metadata), schematic_data_export_metadata_Tags + 0, 1},
    {&schematic_audit_log_export_metadata_Type, offsetof(schematic_data_export_metadata, as.audit_log_export_metadata), schematic_data_export_metadata_Tags + 1, 1},
    {&schematic_event_export_metadata_Type, offsetof(schematic_data_export_metadata, as.event_export_metadata), schematic_data_export_metadata_Tags + 2, 1},
};
const apic_union_desc schematic_data_export_metadata_desc = {
    { "DataExportMetadata", schematic_data_export_metadata_Values, 3 }, schematic_data_export_metadata_Variants,
    "export_type", sizeof(schematic_data_export_metadata), offsetof(schematic_data_export_metadata, kind), offsetof(schematic_data_export_metadata, other)
};

void schematic_data_export_metadata_free(schematic_data_export_metadata *obj)
{
    apic_value_free(&schematic_data_export_metadata_Type, obj);
}

int schematic_data_export_metadata_from_json(const char *json, size_t len, schematic_data_export_metadata **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_data_export_metadata_Type, json, len, &value, err);
    *out = (schematic_data_export_metadata *)value;
    return rc;
}

int schematic_data_export_metadata_to_json(const schematic_data_export_metadata *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_data_export_metadata_Type, obj, out, err);
}

/* EventBody */
_Static_assert(sizeof(schematic_event_body_kind) == sizeof(int), "union kinds are stored as int");
static const char *const schematic_event_body_Values[] = {
    "event_body_track",
    "event_body_flag_check",
    "event_body_identify",
    "event_body_inference",
};
static const apic_variant schematic_event_body_Variants[] = {
    {&schematic_event_body_track_Type, offsetof(schematic_event_body, as.event_body_track), NULL, 0},
    {&schematic_event_body_flag_check_Type, offsetof(schematic_event_body, as.event_body_flag_check), NULL, 0},
    {&schematic_event_body_identify_Type, offsetof(schematic_event_body, as.event_body_identify), NULL, 0},
    {&schematic_event_body_inference_Type, offsetof(schematic_event_body, as.event_body_inference), NULL, 0},
};
const apic_union_desc schematic_event_body_desc = {
    { "EventBody", schematic_event_body_Values, 4 }, schematic_event_body_Variants,
    NULL, sizeof(schematic_event_body), offsetof(schematic_event_body, kind), offsetof(schematic_event_body, other)
};

void schematic_event_body_free(schematic_event_body *obj)
{
    apic_value_free(&schematic_event_body_Type, obj);
}

int schematic_event_body_from_json(const char *json, size_t len, schematic_event_body **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_event_body_Type, json, len, &value, err);
    *out = (schematic_event_body *)value;
    return rc;
}

int schematic_event_body_to_json(const schematic_event_body *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_event_body_Type, obj, out, err);
}

/* IntegrationConfig */
_Static_assert(sizeof(schematic_integration_config_kind) == sizeof(int), "union kinds are stored as int");
static const char *const schematic_integration_config_Values[] = {
    "stripe_integration_config",
    "orb_integration_config",
    "clerk_integration_config",
    "work_os_integration_config",
    "metronome_integration_config",
};
static const char *const schematic_integration_config_Tags[] = {
    "stripe",
    "orb",
    "clerk",
    "workos",
    "metronome",
};
static const apic_variant schematic_integration_config_Variants[] = {
    {&schematic_stripe_integration_config_Type, offsetof(schematic_integration_config, as.stripe_integration_config), schematic_integration_config_Tags + 0, 1},
    {&schematic_orb_integration_config_Type, offsetof(schematic_integration_config, as.orb_integration_config), schematic_integration_config_Tags + 1, 1},
    {&schematic_clerk_integration_config_Type, offsetof(schematic_integration_config, as.clerk_integration_config), schematic_integration_config_Tags + 2, 1},
    {&schematic_work_os_integration_config_Type, offsetof(schematic_integration_config, as.work_os_integration_config), schematic_integration_config_Tags + 3, 1},
    {&schematic_metronome_integration_config_Type, offsetof(schematic_integration_config, as.metronome_integration_config), schematic_integration_config_Tags + 4, 1},
};
const apic_union_desc schematic_integration_config_desc = {
    { "IntegrationConfig", schematic_integration_config_Values, 5 }, schematic_integration_config_Variants,
    "type", sizeof(schematic_integration_config), offsetof(schematic_integration_config, kind), offsetof(schematic_integration_config, other)
};

void schematic_integration_config_free(schematic_integration_config *obj)
{
    apic_value_free(&schematic_integration_config_Type, obj);
}

int schematic_integration_config_from_json(const char *json, size_t len, schematic_integration_config **out, apic_error *err)
{
    void *value = NULL;
    int rc = apic_value_new_from_json(&schematic_integration_config_Type, json, len, &value, err);
    *out = (schematic_integration_config *)value;
    return rc;
}

int schematic_integration_config_to_json(const schematic_integration_config *obj, char **out, apic_error *err)
{
    return apic_value_to_json(&schematic_integration_config_Type, obj, out, err);
}
