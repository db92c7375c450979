/**
 * @file apic/desc.h
 * @brief Descriptor tables: how generated C types are laid out, for the one runtime codec.
 *
 * The generator emits, for every schema, a plain C struct and a `static const`
 * apic_struct_desc describing it. The codec (apic/codec.h) walks these tables to
 * parse, serialise, validate and free; generated code contains no per-field logic.
 *
 * Memory layout of a value ("slot") by kind:
 *
 * | kind          | slot layout                                                          |
 * |---------------|----------------------------------------------------------------------|
 * | APIC_BOOL     | `bool`                                                               |
 * | APIC_INT32    | `int32_t`                                                            |
 * | APIC_INT64    | `int64_t` (exact: never goes through a double)                       |
 * | APIC_FLOAT    | `float`                                                              |
 * | APIC_DOUBLE   | `double`                                                             |
 * | APIC_STRING   | `char *`, NUL-terminated UTF-8; NULL means absent                    |
 * | APIC_ANY      | `char *` holding raw JSON text (any value); NULL means absent        |
 * | APIC_ENUM     | apic_enum layout: `{ int value; char *other; }`                      |
 * | APIC_OBJECT   | the struct itself (inline); as a struct *field*: a pointer to it     |
 * | APIC_ARRAY    | apic_array layout: `{ T *items; size_t count; }`, items inline        |
 * | APIC_MAP      | apic_map layout: `{ char **keys; T *values; size_t count; }`          |
 * | APIC_UNION    | `{ int kind; union { V1 v1; V2 v2; ... } as; char *other; }`         |
 *
 * A union (oneOf/anyOf) holds one variant: `kind` k in 1..n says which, and `as` holds it
 * (an object variant by pointer, like a struct field; every other variant inline, like an array
 * item). kind 0 means no variant: `other` then keeps the raw JSON of a value that matched none
 * (owned, sent back unchanged), and a union with kind 0 and no `other` is absent. The generated
 * struct spells `kind` as an int-sized enum with one constant per variant.
 *
 * Presence (absent, null and zero are different things):
 * - a field whose slot is a pointer (string, any, object) is absent when NULL; a union field
 *   is absent when its kind is 0 and its `other` is NULL;
 * - other optional fields (numbers, bools, enums, arrays, maps) have a `bool has_<name>`
 *   member; arrays and maps also count as present when count > 0;
 * - a nullable field has a `bool <name>_is_null` member; when true, JSON null is sent
 *   and the value is ignored. Parsing null into a non-nullable field leaves it absent.
 */
#ifndef APIC_DESC_H
#define APIC_DESC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "export.h"

#ifdef __cplusplus
extern "C" {
#endif

/** What a slot holds; see the table in the file comment. */
typedef enum apic_kind {
    APIC_BOOL = 1,
    APIC_INT32,
    APIC_INT64,
    APIC_FLOAT,
    APIC_DOUBLE,
    APIC_STRING,
    APIC_ANY,
    APIC_ENUM,
    APIC_OBJECT,
    APIC_ARRAY,
    APIC_MAP,
    APIC_UNION
} apic_kind;

/** String formats the codec knows (validation and documentation only; storage is a string). */
typedef enum apic_format {
    APIC_FMT_NONE = 0,
    APIC_FMT_DATE_TIME,
    APIC_FMT_DATE,
    APIC_FMT_EMAIL,
    APIC_FMT_UUID,
    APIC_FMT_URI,
    APIC_FMT_CURRENCY, /**< ISO 4217 code, e.g. "KES" */
    APIC_FMT_PHONE,    /**< E.164 number, e.g. "+254700000001" */
    APIC_FMT_COUNTRY   /**< ISO 3166-1 alpha-2 code, e.g. "KE" */
} apic_format;

/** Field flags. */
enum {
    APIC_F_REQUIRED = 1u << 0,  /**< must be present when serialised (and is expected when parsed) */
    APIC_F_NULLABLE = 1u << 1,  /**< null is a legal value; the struct has `<name>_is_null` */
    APIC_F_READONLY = 1u << 2,  /**< sent by the server only: skipped when serialising a request */
    APIC_F_WRITEONLY = 1u << 3, /**< sent by the client only */
    APIC_F_PII = 1u << 4,       /**< personal data: masked in logs when redaction is on */
    APIC_F_SECRET = 1u << 5     /**< never logged */
};

typedef struct apic_type apic_type;
typedef struct apic_struct_desc apic_struct_desc;
typedef struct apic_enum_desc apic_enum_desc;
typedef struct apic_union_desc apic_union_desc;

/** Describes a value of some kind. Shared between fields, array elements and map values. */
struct apic_type {
    apic_kind kind;
    apic_format format;               /**< for APIC_STRING */
    const apic_struct_desc *object;   /**< for APIC_OBJECT */
    const apic_enum_desc *enumeration; /**< for APIC_ENUM; for APIC_UNION, the `kinds` of its apic_union_desc */
    const apic_type *elem;            /**< for APIC_ARRAY (element) and APIC_MAP (value) */
};

/** One member of a struct. */
typedef struct apic_field {
    const char *name;     /**< JSON key (or parameter name) */
    uint32_t name_len;    /**< strlen(name), so lookups need no strlen */
    uint32_t flags;       /**< APIC_F_* */
    size_t offset;        /**< offsetof the value slot */
    ptrdiff_t has_offset; /**< offsetof `bool has_<name>`, or -1 */
    ptrdiff_t null_offset; /**< offsetof `bool <name>_is_null`, or -1 */
    const apic_type *type;
} apic_field;

/** A generated struct. */
struct apic_struct_desc {
    const char *name;           /**< schema name, used in error messages */
    size_t size;                /**< sizeof the C struct */
    const apic_field *fields;
    size_t n_fields;
    /** offsetof an apic_json_map that keeps members this SDK does not know, or -1. */
    ptrdiff_t unknown_offset;
    /** For `additionalProperties: <schema>`: offsetof the typed map, and its type (APIC_MAP); else -1. */
    ptrdiff_t additional_offset;
    const apic_type *additional;
};

/** A string enumeration. C constants are 1..n in the order of names; 0 means "other". */
struct apic_enum_desc {
    const char *name;          /**< schema name */
    const char *const *values; /**< values[i] is the JSON text of constant i + 1 */
    size_t n_values;
};

/** One variant of a union. */
typedef struct apic_variant {
    const apic_type *type;   /**< an APIC_OBJECT variant's slot holds a pointer to the struct */
    size_t offset;           /**< offsetof its slot in the union's struct (a member of `as`) */
    const char *const *tags; /**< discriminator values that choose it (none: it is matched by shape) */
    size_t n_tags;
} apic_variant;

/**
 * A union (oneOf/anyOf): its variants and how a JSON value picks one.
 *
 * With a discriminator, the value must be an object whose member of that name holds one of a
 * variant's tags; anything else is kept in `other`. Without one (and among variants that share
 * a tag), the first variant whose JSON type fits, whose required members (for an object) are all
 * present and which decodes without error is chosen; an enum variant must hold one of its values
 * and a nested union must match one of its own variants. Encoding writes the variant held,
 * adding the discriminator member when the variant's struct leaves it unset.
 *
 * `kinds` comes first so that apic_type.enumeration can point at it (C's rule on a struct's
 * first member): apic_type needs no member of its own for unions, and descriptor tables that
 * SDKs generated before unions existed still compile against this header.
 */
struct apic_union_desc {
    /** name: the schema's name; values[k - 1]: the C member name of kind k; n_values: n. */
    apic_enum_desc kinds;
    const apic_variant *variants; /**< variants[k - 1] is kind k */
    const char *discriminator;    /**< JSON member naming the variant, or NULL */
    size_t size;                  /**< sizeof the C struct */
    size_t kind_offset;           /**< offsetof `kind` (an int-sized enum) */
    size_t other_offset;          /**< offsetof `other` (char *: raw JSON of an unmatched value) */
};

/**
 * Storage of an enum slot. value 0 means the JSON text was not one this SDK knows;
 * the text is then kept in `other` (owned) so it is never lost and is sent back unchanged.
 * Generated code declares a typed struct with the same layout.
 */
typedef struct apic_enum {
    int value;
    char *other;
} apic_enum;

/** Generic layout of every array slot. */
typedef struct apic_array {
    void *items;
    size_t count;
} apic_array;

/** Generic layout of every map slot; keys keep the order they had in the JSON text. */
typedef struct apic_map {
    char **keys;
    void *values;
    size_t count;
} apic_map;

/* Arrays and maps of primitive values, shared by all generated SDKs. */
typedef struct apic_bool_array { bool *items; size_t count; } apic_bool_array;
typedef struct apic_int32_array { int32_t *items; size_t count; } apic_int32_array;
typedef struct apic_int64_array { int64_t *items; size_t count; } apic_int64_array;
typedef struct apic_float_array { float *items; size_t count; } apic_float_array;
typedef struct apic_double_array { double *items; size_t count; } apic_double_array;
/** Array of strings (APIC_STRING) or of raw JSON values (APIC_ANY). */
typedef struct apic_string_array { char **items; size_t count; } apic_string_array;

typedef struct apic_bool_map { char **keys; bool *values; size_t count; } apic_bool_map;
typedef struct apic_int32_map { char **keys; int32_t *values; size_t count; } apic_int32_map;
typedef struct apic_int64_map { char **keys; int64_t *values; size_t count; } apic_int64_map;
typedef struct apic_double_map { char **keys; double *values; size_t count; } apic_double_map;
typedef struct apic_string_map { char **keys; char **values; size_t count; } apic_string_map;
/** Map of raw JSON values: used for free-form objects and for unknown members. */
typedef struct apic_json_map { char **keys; char **values; size_t count; } apic_json_map;

/* Shared type descriptors for primitive slots. */
APIC_EXPORT extern const apic_type apic_type_bool;
APIC_EXPORT extern const apic_type apic_type_int32;
APIC_EXPORT extern const apic_type apic_type_int64;
APIC_EXPORT extern const apic_type apic_type_float;
APIC_EXPORT extern const apic_type apic_type_double;
APIC_EXPORT extern const apic_type apic_type_string;
APIC_EXPORT extern const apic_type apic_type_any;
APIC_EXPORT extern const apic_type apic_type_json_map; /**< APIC_MAP of APIC_ANY */

/** The union descriptor of an APIC_UNION type (see apic_union_desc). */
static inline const apic_union_desc *apic_union_of(const apic_type *t)
{
    return (const apic_union_desc *)(const void *)t->enumeration;
}

/** Size of a slot of type t when stored inline (array element, map value, top-level result). */
APIC_EXPORT size_t apic_type_size(const apic_type *t);

#ifdef __cplusplus
}
#endif
#endif
