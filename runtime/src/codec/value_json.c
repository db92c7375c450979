/* Whole-value conveniences over the codec, used by the generated `_to_json` functions. */
#include <stdlib.h>

#include "apic/codec.h"

int apic_value_to_json(const apic_type *t, const void *slot, char **out, apic_error *err)
{
    if (out == NULL) return apic_error_set(err, APIC_E_ARG, "apic_value_to_json: out must not be NULL");
    *out = NULL;
    if (t == NULL || slot == NULL) return apic_error_set(err, APIC_E_ARG, "apic_value_to_json: no value given");
    apic_buf b = {0};
    int rc = apic_json_encode(t, slot, &b, 0, err);
    if (rc != 0) {
        apic_buf_free(&b);
        return rc;
    }
    *out = apic_buf_steal(&b);
    return *out != NULL ? 0 : apic_error_set(err, APIC_E_NOMEM, "out of memory");
}
