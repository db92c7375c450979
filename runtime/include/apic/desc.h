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
    APIC_BOOL = 1, /**< JSON true/false in a `bool` */
    APIC_INT32,    /**< JSON integer in an `int32_t` (OpenAPI `format: int32`) */
    APIC_INT64,    /**< JSON integer in an `int64_t`, exact over the whole range (integers without `format: int32`) */
    APIC_FLOAT,    /**< JSON number in a `float` (OpenAPI `format: float`) */
    APIC_DOUBLE,   /**< JSON number in a `double` (numbers without `format: float`) */
    APIC_STRING,   /**< JSON string in an owned `char *`; apic_type.format says what it must look like */
    APIC_ANY,      /**< any JSON value, kept as its raw text in an owned `char *` */
    APIC_ENUM,     /**< string enumeration in an apic_enum; apic_type.enumeration lists the values */
    APIC_OBJECT,   /**< a generated struct described by apic_type.object */
    APIC_ARRAY,    /**< an apic_array of apic_type.elem */
    APIC_MAP,      /**< an apic_map from string keys to apic_type.elem (additionalProperties) */
    APIC_UNION     /**< oneOf/anyOf: a tagged union described by apic_union_of() */
} apic_kind;

/** String formats the codec knows (validation and documentation only; storage is a string). */
typedef enum apic_format {
    APIC_FMT_NONE = 0,  /**< no format: any string is accepted */
    APIC_FMT_DATE_TIME, /**< RFC 3339 date-time, e.g. "2026-11-23T06:18:45Z" */
    APIC_FMT_DATE,      /**< RFC 3339 full-date, e.g. "2026-11-23" */
    APIC_FMT_EMAIL,     /**< a practical mailbox, `local@domain.tld` */
    APIC_FMT_UUID,      /**< 8-4-4-4-12 hex digits, e.g. "6f1c3e0b-8d0a-4f43-9a55-0e3cf7d7c1aa" */
    APIC_FMT_URI,       /**< an absolute URI (it has a scheme) */
    APIC_FMT_CURRENCY,  /**< ISO 4217 code, e.g. "KES" */
    APIC_FMT_PHONE,     /**< E.164 number, e.g. "+254700000001" */
    APIC_FMT_COUNTRY    /**< ISO 3166-1 alpha-2 code, e.g. "KE" */
} apic_format;

/** Field flags: apic_field.flags is a set of these. */
enum {
    /**
     * Must be present when serialised in APIC_ENC_REQUEST mode and for apic_validate(); parsing
     * does not insist, but a union variant missing a required member is not chosen.
     */
    APIC_F_REQUIRED = 1u << 0,
    APIC_F_NULLABLE = 1u << 1,  /**< null is a legal value; the struct has `<name>_is_null` */
    APIC_F_READONLY = 1u << 2,  /**< sent by the server only: skipped when serialising a request */
    APIC_F_WRITEONLY = 1u << 3, /**< sent by the client only: skipped when serialising in APIC_ENC_RESPONSE mode */
    /**
     * Personal data: its values are never quoted in validation messages, and are masked in logs
     * when redaction is on (generated SDKs list the names of such members in config.pii_keys).
     */
    APIC_F_PII = 1u << 4,
    /**
     * Meant for secrets. Reserved: the runtime does not read this flag and the generator does not
     * set it, so it keeps nothing out of logs by itself (see apic/log.h for what is masked).
     */
    APIC_F_SECRET = 1u << 5
};

/** Describes a value: see struct apic_type. */
typedef struct apic_type apic_type;
/** Describes a generated struct: see struct apic_struct_desc. */
typedef struct apic_struct_desc apic_struct_desc;
/** Describes a string enumeration: see struct apic_enum_desc. */
typedef struct apic_enum_desc apic_enum_desc;
/** Describes a oneOf/anyOf union: see struct apic_union_desc. */
typedef struct apic_union_desc apic_union_desc;

/** Describes a value of some kind. Shared between fields, array elements and map values. */
struct apic_type {
    apic_kind kind;                   /**< what the slot holds; says which of the members below are used */
    apic_format format;               /**< for APIC_STRING: what the text must look like; APIC_FMT_NONE otherwise */
    const apic_struct_desc *object;   /**< for APIC_OBJECT: the struct's descriptor; NULL otherwise */
    const apic_enum_desc *enumeration; /**< for APIC_ENUM; for APIC_UNION, the `kinds` of its apic_union_desc */
    const apic_type *elem;            /**< for APIC_ARRAY (element) and APIC_MAP (value); NULL otherwise */
};

/** One member of a struct. */
typedef struct apic_field {
    const char *name;     /**< JSON key (or parameter name) */
    uint32_t name_len;    /**< strlen(name), so lookups need no strlen */
    uint32_t flags;       /**< a set of APIC_F_* flags (APIC_F_REQUIRED, ...) */
    size_t offset;        /**< offsetof the value slot */
    ptrdiff_t has_offset; /**< offsetof `bool has_<name>`, or -1 */
    ptrdiff_t null_offset; /**< offsetof `bool <name>_is_null`, or -1 */
    const apic_type *type; /**< what the slot at offset holds (an APIC_OBJECT field's slot is a pointer) */
} apic_field;

/** A generated struct. */
struct apic_struct_desc {
    const char *name;           /**< schema name, used in error messages */
    size_t size;                /**< sizeof the C struct */
    const apic_field *fields;   /**< the members, in the order they are written to JSON */
    size_t n_fields;            /**< number of entries in fields */
    /** offsetof an apic_json_map that keeps members this SDK does not know, or -1. */
    ptrdiff_t unknown_offset;
    /** For `additionalProperties: <schema>`: offsetof the typed map, and its type (APIC_MAP); else -1. */
    ptrdiff_t additional_offset;
    /** The type of that map (APIC_MAP, its elem the value schema); NULL when additional_offset is -1. */
    const apic_type *additional;
};

/** A string enumeration. C constants are 1..n in the order of names; 0 means "other". */
struct apic_enum_desc {
    const char *name;          /**< schema name */
    const char *const *values; /**< values[i] is the JSON text of constant i + 1 */
    size_t n_values;           /**< number of constants: the C values run 1..n_values */
};

/** One variant of a union. */
typedef struct apic_variant {
    const apic_type *type;   /**< an APIC_OBJECT variant's slot holds a pointer to the struct */
    size_t offset;           /**< offsetof its slot in the union's struct (a member of `as`) */
    const char *const *tags; /**< discriminator values that choose it (none: it is matched by shape) */
    size_t n_tags;           /**< number of entries in tags; 0 = matched by shape only */
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
    int value;   /**< the constant, 1..n_values of the apic_enum_desc; 0 = a text this SDK does not know (see other) */
    char *other; /**< when value is 0: the JSON text as received (owned, NUL-terminated); NULL otherwise */
} apic_enum;

/** Generic layout of every array slot. */
typedef struct apic_array {
    void *items;  /**< count elements stored inline, apic_type_size(elem) bytes each; NULL when empty. Owned by the value */
    size_t count; /**< number of elements */
} apic_array;

/**
 * Generic layout of every map slot; keys keep the order they had in the JSON text. A key that
 * appears twice in the text is kept once, at its first position, with the last value.
 */
typedef struct apic_map {
    char **keys;   /**< count owned, NUL-terminated member names; NULL when empty */
    void *values;  /**< count values stored inline, apic_type_size(elem) bytes each; values[i] belongs to keys[i] */
    size_t count;  /**< number of entries */
} apic_map;

/*
 * Arrays and maps of primitive values, shared by all generated SDKs. Each has the layout of
 * apic_array or apic_map with a typed element pointer; like any slot, what they point at is
 * owned by the value that holds them and freed by apic_value_clear().
 */
/** Array of booleans (APIC_ARRAY of APIC_BOOL). */
typedef struct apic_bool_array { bool *items; size_t count; } apic_bool_array;
/**
 * @var apic_bool_array::items
 * The count values; NULL when empty.
 * @var apic_bool_array::count
 * Number of values in items.
 */
/** Array of 32-bit integers (APIC_ARRAY of APIC_INT32). */
typedef struct apic_int32_array { int32_t *items; size_t count; } apic_int32_array;
/**
 * @var apic_int32_array::items
 * The count values; NULL when empty.
 * @var apic_int32_array::count
 * Number of values in items.
 */
/** Array of 64-bit integers (APIC_ARRAY of APIC_INT64), exact over the whole range. */
typedef struct apic_int64_array { int64_t *items; size_t count; } apic_int64_array;
/**
 * @var apic_int64_array::items
 * The count values; NULL when empty.
 * @var apic_int64_array::count
 * Number of values in items.
 */
/** Array of single-precision numbers (APIC_ARRAY of APIC_FLOAT). */
typedef struct apic_float_array { float *items; size_t count; } apic_float_array;
/**
 * @var apic_float_array::items
 * The count values; NULL when empty.
 * @var apic_float_array::count
 * Number of values in items.
 */
/** Array of double-precision numbers (APIC_ARRAY of APIC_DOUBLE). */
typedef struct apic_double_array { double *items; size_t count; } apic_double_array;
/**
 * @var apic_double_array::items
 * The count values; NULL when empty.
 * @var apic_double_array::count
 * Number of values in items.
 */
/** Array of strings (APIC_STRING) or of raw JSON values (APIC_ANY). */
typedef struct apic_string_array { char **items; size_t count; } apic_string_array;
/**
 * @var apic_string_array::items
 * The count NUL-terminated strings (or raw JSON texts); NULL when empty.
 * @var apic_string_array::count
 * Number of entries in items.
 */

/** Map from member names to booleans (APIC_MAP of APIC_BOOL). */
typedef struct apic_bool_map { char **keys; bool *values; size_t count; } apic_bool_map;
/**
 * @var apic_bool_map::keys
 * The count member names, NUL-terminated, in JSON order; NULL when empty.
 * @var apic_bool_map::values
 * values[i] is the value of keys[i].
 * @var apic_bool_map::count
 * Number of entries.
 */
/** Map from member names to 32-bit integers (APIC_MAP of APIC_INT32). */
typedef struct apic_int32_map { char **keys; int32_t *values; size_t count; } apic_int32_map;
/**
 * @var apic_int32_map::keys
 * The count member names, NUL-terminated, in JSON order; NULL when empty.
 * @var apic_int32_map::values
 * values[i] is the value of keys[i].
 * @var apic_int32_map::count
 * Number of entries.
 */
/** Map from member names to 64-bit integers (APIC_MAP of APIC_INT64). */
typedef struct apic_int64_map { char **keys; int64_t *values; size_t count; } apic_int64_map;
/**
 * @var apic_int64_map::keys
 * The count member names, NUL-terminated, in JSON order; NULL when empty.
 * @var apic_int64_map::values
 * values[i] is the value of keys[i].
 * @var apic_int64_map::count
 * Number of entries.
 */
/** Map from member names to double-precision numbers (APIC_MAP of APIC_DOUBLE). */
typedef struct apic_double_map { char **keys; double *values; size_t count; } apic_double_map;
/**
 * @var apic_double_map::keys
 * The count member names, NUL-terminated, in JSON order; NULL when empty.
 * @var apic_double_map::values
 * values[i] is the value of keys[i].
 * @var apic_double_map::count
 * Number of entries.
 */
/** Map from member names to strings (APIC_MAP of APIC_STRING). */
typedef struct apic_string_map { char **keys; char **values; size_t count; } apic_string_map;
/**
 * @var apic_string_map::keys
 * The count member names, NUL-terminated, in JSON order; NULL when empty.
 * @var apic_string_map::values
 * values[i] is the string value of keys[i] (NUL-terminated).
 * @var apic_string_map::count
 * Number of entries.
 */
/** Map of raw JSON values: used for free-form objects and for unknown members. */
typedef struct apic_json_map { char **keys; char **values; size_t count; } apic_json_map;
/**
 * @var apic_json_map::keys
 * The count member names, NUL-terminated, in JSON order; NULL when empty.
 * @var apic_json_map::values
 * values[i] is the raw JSON text of the value of keys[i] (NUL-terminated), written back as it is.
 * @var apic_json_map::count
 * Number of entries.
 */

/** Type descriptor of a `bool` slot (APIC_BOOL), shared by every SDK. */
APIC_EXPORT extern const apic_type apic_type_bool;
/** Type descriptor of an `int32_t` slot (APIC_INT32). */
APIC_EXPORT extern const apic_type apic_type_int32;
/** Type descriptor of an `int64_t` slot (APIC_INT64). */
APIC_EXPORT extern const apic_type apic_type_int64;
/** Type descriptor of a `float` slot (APIC_FLOAT). */
APIC_EXPORT extern const apic_type apic_type_float;
/** Type descriptor of a `double` slot (APIC_DOUBLE). */
APIC_EXPORT extern const apic_type apic_type_double;
/** Type descriptor of a `char *` string slot without a format (APIC_STRING, APIC_FMT_NONE). */
APIC_EXPORT extern const apic_type apic_type_string;
/** Type descriptor of a `char *` slot holding any JSON value as raw text (APIC_ANY). */
APIC_EXPORT extern const apic_type apic_type_any;
APIC_EXPORT extern const apic_type apic_type_json_map; /**< APIC_MAP of APIC_ANY: the type of an apic_json_map slot */

/** The union descriptor of an APIC_UNION type t (see apic_union_desc); meaningless for other kinds. */
static inline const apic_union_desc *apic_union_of(const apic_type *t)
{
    return (const apic_union_desc *)(const void *)t->enumeration;
}

/**
 * Size of a slot of type t when stored inline (array element, map value, top-level result), in
 * bytes: an APIC_OBJECT's is the struct's own size (apic_struct_desc.size), not a pointer's.
 */
APIC_EXPORT size_t apic_type_size(const apic_type *t);

#ifdef __cplusplus
}
#endif
#endif
