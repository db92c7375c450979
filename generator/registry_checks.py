"""Checks shared by the registries of events (events.py) and of topics (topics.py): the keys a
mapping may have, the subset of JSON Schema their data schemas use, and an example against its
schema. Each problem names its place by file and JSON pointer, and the entry by name.
"""
from .errors import SpecError

SCHEMA_KEYS = {"type", "format", "enum", "description", "items", "properties", "required", "additionalProperties",
               "x-pii"}
SCHEMA_TYPES = {"string", "integer", "number", "boolean", "object", "array"}
FORMATS = {"string": {"email", "date-time", "date", "uuid", "uri", "currency", "phone", "country"},
           "integer": {"int32", "int64"}, "number": {"float", "double"}}
_JSON_TYPES = {"string": (str,), "integer": (int,), "number": (int, float), "boolean": (bool,), "object": (dict,),
               "array": (list,)}


def check_keys(node, loc, allowed, what):
    """node must be a mapping (what names it in the message) whose keys are all in allowed."""
    if not isinstance(node, dict):
        raise SpecError(str(loc), f"{what} must be a mapping")
    unknown = sorted(set(node) - allowed, key=str)
    if unknown:
        raise SpecError(str(loc.child(unknown[0])), f"unknown key '{unknown[0]}' (known: {', '.join(sorted(allowed))})")


def check_schema(node, loc, name, top=False, is_property=False):
    """A data schema in the registries' subset of JSON Schema; top: an entry's data (an object),
    is_property: a member of an object (it needs a description)."""
    where = f"{loc} ({name})"
    check_keys(node, loc, SCHEMA_KEYS, "a data schema")
    t = node.get("type")
    if t not in SCHEMA_TYPES:
        raise SpecError(f"{loc.child('type')} ({name})", f"unknown type {t!r} (known: {', '.join(sorted(SCHEMA_TYPES))})")
    if top and t != "object":
        raise SpecError(where, "an event's data must be an object schema")
    if is_property and not (isinstance(node.get("description"), str) and node["description"].strip()):
        raise SpecError(where, "every property needs a description")
    if "format" in node and node["format"] not in FORMATS.get(t, ()):
        known = ", ".join(sorted(FORMATS.get(t, ()))) or "none"
        raise SpecError(f"{loc.child('format')} ({name})", f"unknown {t} format {node['format']!r} (known: {known})")
    if "enum" in node and (t != "string" or not isinstance(node["enum"], list) or not node["enum"]
                           or not all(isinstance(v, str) for v in node["enum"])):
        raise SpecError(f"{loc.child('enum')} ({name})", "enum must be a non-empty list of strings on a string")
    if "x-pii" in node and not isinstance(node["x-pii"], bool):
        raise SpecError(f"{loc.child('x-pii')} ({name})", "x-pii must be true or false")
    if t == "array":
        if "items" not in node:
            raise SpecError(where, "an array needs 'items'")
        check_schema(node["items"], loc.child("items"), name)
    if t == "object":
        props = node.get("properties", {})
        if not isinstance(props, dict):
            raise SpecError(f"{loc.child('properties')} ({name})", "properties must be a mapping")
        for pname, prop in props.items():
            check_schema(prop, loc.child("properties", pname), name, is_property=True)
        required = node.get("required", [])
        if not isinstance(required, list) or any(r not in props for r in required):
            raise SpecError(f"{loc.child('required')} ({name})", "required must list properties the object defines")
        addl = node.get("additionalProperties")
        if addl is not None:
            if props:
                raise SpecError(f"{loc.child('additionalProperties')} ({name})",
                                "a free-form map (additionalProperties) has no properties of its own")
            if addl is not True:
                check_schema(addl, loc.child("additionalProperties"), name)
        elif not props and not top:
            raise SpecError(where, "an object needs properties or additionalProperties")


def check_instance(value, schema, loc, name):
    """The example against its schema: JSON types, required members, enums, known members.
    Formats are checked by the C validator, in the tests that send every example."""
    t = schema["type"]
    ok = isinstance(value, _JSON_TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
    if not ok:
        raise SpecError(f"{loc} ({name})", f"the example has {type(value).__name__} {value!r:.40} where the schema "
                        f"says {t}")
    if "enum" in schema and value not in schema["enum"]:
        raise SpecError(f"{loc} ({name})", f"the example's {value!r} is not one of {schema['enum']}")
    if t == "array":
        for i, item in enumerate(value):
            check_instance(item, schema["items"], loc.child(i), name)
    if t == "object":
        props = schema.get("properties", {})
        for r in schema.get("required", []):
            if r not in value:
                raise SpecError(f"{loc} ({name})", f"the example lacks the required member '{r}'")
        addl = schema.get("additionalProperties")
        for k, v in value.items():
            if k in props:
                check_instance(v, props[k], loc.child(k), name)
            elif isinstance(addl, dict):
                check_instance(v, addl, loc.child(k), name)
            elif addl is not True:
                raise SpecError(f"{loc.child(k)} ({name})", f"the example has member '{k}' the schema does not define")
