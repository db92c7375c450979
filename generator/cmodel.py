"""C spellings of IR types: type names, member declarations, descriptor symbols, collection typedefs.

Everything C-specific that the templates print is computed here, once, in a fixed order, so
the output is deterministic and names never clash.
"""
from . import docs
from .ir import PRIMITIVE_KINDS

_PRIM_C = {"bool": "bool", "int32": "int32_t", "int64": "int64_t", "float": "float", "double": "double",
           "string": "char *", "any": "char *"}
_PRIM_KIND = {"bool": "APIC_BOOL", "int32": "APIC_INT32", "int64": "APIC_INT64", "float": "APIC_FLOAT",
              "double": "APIC_DOUBLE", "string": "APIC_STRING", "any": "APIC_ANY", "enum": "APIC_ENUM",
              "object": "APIC_OBJECT", "array": "APIC_ARRAY", "map": "APIC_MAP"}
_FMT = {None: "APIC_FMT_NONE", "date_time": "APIC_FMT_DATE_TIME", "date": "APIC_FMT_DATE",
        "email": "APIC_FMT_EMAIL", "uuid": "APIC_FMT_UUID", "uri": "APIC_FMT_URI", "currency": "APIC_FMT_CURRENCY",
        "phone": "APIC_FMT_PHONE", "country": "APIC_FMT_COUNTRY"}
# Suffixes of symbols only the generated sources use. Capitalised, so that no name made from the
# spec (always lower case, see names.c_ident) can be one of them: a schema named `ThingType`
# keeps `thing_type` even when a schema `Thing` exists.
INTERNAL_TYPE = "_Type"
INTERNAL_SUFFIXES = {"type": INTERNAL_TYPE, "fields": "_Fields", "values": "_Values"}
# Collections the runtime already declares (apic/desc.h), by element base name.
_RUNTIME_ARRAYS = {"bool": "apic_bool_array", "int32": "apic_int32_array", "int64": "apic_int64_array",
                   "float": "apic_float_array", "double": "apic_double_array", "string": "apic_string_array",
                   "json": "apic_string_array"}
_RUNTIME_MAPS = {"bool": "apic_bool_map", "int32": "apic_int32_map", "int64": "apic_int64_map",
                 "double": "apic_double_map", "string": "apic_string_map", "json": "apic_json_map"}
_RUNTIME_TYPES = {"bool": "apic_type_bool", "int32": "apic_type_int32", "int64": "apic_type_int64",
                  "float": "apic_type_float", "double": "apic_type_double", "string": "apic_type_string",
                  "any": "apic_type_any"}


class Collection:
    """A generated array or map typedef."""

    def __init__(self, kind, name, item_c):
        self.kind = kind      # "array" or "map"
        self.name = name      # full C name
        self.item_c = item_c  # C type of one item / value


class TypeObject:
    """A `const apic_type` the SDK emits."""

    def __init__(self, sym, kind, fmt, obj, enum, elem):
        self.sym, self.kind, self.fmt, self.obj, self.enum, self.elem = sym, kind, fmt, obj, enum, elem


class CTypes:
    internal = INTERNAL_SUFFIXES

    def __init__(self, prefix, names):
        self.p = prefix
        self.names = names
        self.collections = []
        self.type_objects = []
        self._coll_by_key = {}
        self._sym_by_key = {}

    # -- keys and names ---------------------------------------------------------------------------
    def _key(self, t):
        if t.kind in ("object", "enum"):
            return f"{t.kind}:{t.target.name}"
        if t.kind in ("array", "map"):
            return f"{t.kind}[{self._key(t.elem)}]"
        return f"{t.kind}:{t.format or ''}"

    def base(self, t):
        """Element base name used to name collections, e.g. contact, string, contact_array."""
        if t.kind in ("object", "enum"):
            return t.target.name
        if t.kind == "any":
            return "json"
        if t.kind in ("array", "map"):
            return self._collection(t)[0]
        return t.kind

    def _collection(self, t):
        """(SDK-level base name, C typedef name) of an array or map type; creates it on first use."""
        key = self._key(t)
        if key not in self._coll_by_key:
            elem_base = self.base(t.elem)
            if t.elem.kind in ("object", "enum"):
                name = f"{elem_base}_{t.kind}"  # reserved with the element's own name
            else:
                name = self.names.claim(f"{elem_base}_{t.kind}", ("", "_free"))
            runtime = (_RUNTIME_ARRAYS if t.kind == "array" else _RUNTIME_MAPS).get(elem_base)
            if t.elem.kind in ("string", "any", "int32", "int64", "bool", "float", "double") and runtime:
                c_name = runtime
            else:
                c_name = f"{self.p}_{name}"
                self.collections.append(Collection(t.kind, c_name, self.c_type(t.elem)))
            self._coll_by_key[key] = (name, c_name)
        return self._coll_by_key[key]

    # -- C spellings ----------------------------------------------------------------------------
    def c_type(self, t):
        """The C type of a value stored inline (array item, map value, result)."""
        if t.kind in PRIMITIVE_KINDS:
            return _PRIM_C[t.kind]
        if t.kind == "enum":
            return f"{self.p}_{t.target.name}_val"
        if t.kind == "object":
            return f"{self.p}_{t.target.name}"
        return self._collection(t)[1]

    def member_type(self, t):
        """The C type of a struct member holding t (objects are held by pointer)."""
        return self.c_type(t) + " *" if t.kind == "object" else self.c_type(t)

    def decl(self, t, name):
        ctype = self.member_type(t)
        return f"{ctype}{name}" if ctype.endswith("*") else f"{ctype} {name}"

    def free_name(self, t):
        """Name of the generated function freeing a heap-allocated value of type t, or None (use free())."""
        if t.kind == "object":
            return f"{self.p}_{t.target.name}_free"
        if t.kind in ("array", "map"):
            return f"{self.p}_{self._collection(t)[0]}_free"
        return None

    def type_sym(self, t):
        """Symbol of the `const apic_type` describing t (runtime-shared for plain primitives)."""
        if t.kind in _RUNTIME_TYPES and not t.format:
            return _RUNTIME_TYPES[t.kind]
        if t.kind == "map" and t.elem.kind == "any":
            return "apic_type_json_map"
        key = self._key(t)
        if key not in self._sym_by_key:
            if t.kind in ("object", "enum"):
                sym = f"{self.p}_{t.target.name}{INTERNAL_TYPE}"
            elif t.kind in ("array", "map"):
                sym = f"{self.p}_{self._collection(t)[0]}{INTERNAL_TYPE}"
            else:
                sym = f"{self.p}_{t.kind}_{t.format}{INTERNAL_TYPE}"
            self._sym_by_key[key] = sym
            elem = self.type_sym(t.elem) if t.elem is not None else None
            self.type_objects.append(TypeObject(
                sym, _PRIM_KIND[t.kind], _FMT.get(t.format, "APIC_FMT_NONE"),
                f"{self.p}_{t.target.name}_desc" if t.kind == "object" else None,
                f"{self.p}_{t.target.name}_enum_desc" if t.kind == "enum" else None, elem))
        return self._sym_by_key[key]

    def enum_const(self, enum, const):
        return f"{self.p}_{enum.name}_{const}".upper()

    def enum_other(self, enum):
        return f"{self.p}_{enum.name}_UNKNOWN_VALUE".upper()

    @staticmethod
    def field_flags(f):
        flags = [name for cond, name in ((f.required, "APIC_F_REQUIRED"), (f.nullable, "APIC_F_NULLABLE"),
                                         (f.read_only, "APIC_F_READONLY"), (f.write_only, "APIC_F_WRITEONLY"),
                                         (f.pii, "APIC_F_PII")) if cond]
        return " | ".join(flags) if flags else "0"

    @staticmethod
    def pointer_decl(ctype, name):
        """`T *name` spelled without a space before the star when T is itself a pointer type."""
        return f"{ctype}*{name}" if ctype.endswith("*") else f"{ctype} *{name}"

    # -- operations ---------------------------------------------------------------------------
    _IN = {"path": "APIC_IN_PATH", "query": "APIC_IN_QUERY", "header": "APIC_IN_HEADER", "cookie": "APIC_IN_COOKIE"}
    _STYLE = {"form": "APIC_STYLE_FORM", "simple": "APIC_STYLE_SIMPLE", "label": "APIC_STYLE_LABEL",
              "matrix": "APIC_STYLE_MATRIX", "spaceDelimited": "APIC_STYLE_SPACE_DELIMITED",
              "pipeDelimited": "APIC_STYLE_PIPE_DELIMITED", "deepObject": "APIC_STYLE_DEEP_OBJECT"}

    def param_loc(self, prm):
        return (f"{self._IN[prm.location]}, {self._STYLE[prm.style]}, {'true' if prm.explode else 'false'}, "
                f"{'true' if prm.allow_reserved else 'false'}")

    @staticmethod
    def scheme_c_name(api, spec_name):
        return next(s.c_name for s in api.security_schemes if s.name == spec_name)

    def body_decl(self, op):
        t = op.body
        if t.kind in ("string", "any"):
            return "const char *body"
        return f"const {self.c_type(t)} *body"

    def result_decl(self, op):
        t = op.result
        if t.kind in ("string", "any"):
            return "char **out"
        return f"{self.c_type(t)} **out"

    def op_signature(self, op):
        args = [f"{self.p}_client *client"]
        if op.params:
            args.append(f"const {self.p}_{op.c_name}_params *params")
        if op.body is not None:
            args.append(self.body_decl(op))
        if op.result is not None:
            args.append(self.result_decl(op))
        args.append(f"{self.p}_error *err")
        return ", ".join(args)

    def body_arg(self, op):
        """What the wrapper passes to apic_call as the body slot."""
        if op.body is None:
            return "NULL"
        if op.body.kind in ("string", "any"):
            return "(body != NULL ? (const void *)&body : NULL)"
        return "body"

    def op_doc(self, op):
        lines = list(op.doc) or [f"{op.method} {docs.comment_safe(op.path)}"]
        lines += ["", f"`{op.method} {docs.comment_safe(op.path)}`", ""]
        lines.append(f"@param client a client from {self.p}_client_new()")
        if op.params:
            req = [f.c_name for f in op.params.fields if f.required]
            lines.append(f"@param params parameters; " + (f"required: {', '.join(req)}" if req else "may be NULL"))
        if op.body is not None:
            what = self.c_type(op.body) if op.body.kind not in ("string", "any") else "raw JSON text"
            lines.append(f"@param body request body ({what}); " + ("required" if op.body_required else "may be NULL")
                         + (f". {op.body_doc}" if op.body_doc else ""))
        if op.result is not None:
            free = self.free_name(op.result) or "free"
            lines.append(f"@param out receives the result on success ({free}() it), NULL otherwise; may be NULL to discard"
                         + (f". {docs.comment_safe(op.result_doc)}" if op.result_doc else ""))
        lines.append(f"@param err receives details on failure (may be NULL); release with {self.p}_error_clear()")
        lines.append("@return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err")
        if op.unsendable_security:
            lines.append(f"@note the spec requires {', '.join(op.unsendable_security)}, which this SDK cannot send (see the "
                         "generator's warning); give the credential as a header through apic_call_with()")
        if op.deprecated:
            lines.append("@deprecated the API marks this operation deprecated")
        return lines

    # -- events -------------------------------------------------------------------------------
    @staticmethod
    def _identity_text(t):
        keys = ", ".join(f"entity ({t.entity})" if k == "entity" else k for k in t.identity_keys)
        return f"Identity: {keys}."

    def event_doc(self, t):
        """The comment of an event type constant: name, version, description, identity."""
        lines = docs.wrap(f"`{t.name}` (version {t.version}): " + " ".join(t.doc))
        lines.append(self._identity_text(t))
        if t.deprecated:
            lines.append("@deprecated the registry marks this type deprecated")
        return lines

    def event_send_doc(self, t, receipt):
        lines = [f"Sends a `{t.name}` event (version {t.version}).", ""] + list(t.doc) + ["", self._identity_text(t), ""]
        lines.append(f"@param client a client from {self.p}_client_new()")
        lines.append("@param identity who and what the event is about; the keys above are required")
        lines.append(f"@param data the event's data (see {self.c_type(t.data)}); required, borrowed")
        lines.append("@param opts id, occurred_at or source to use instead of the defaults; may be NULL")
        lines.append(f"@param receipt receives the receipt on success ({receipt}_free() it); may be NULL")
        lines.append(f"@param err receives details on failure (may be NULL); release with {self.p}_error_clear()")
        lines.append("@return 0; APIC_E_VALIDATION (nothing sent, err names the field), or the errors of a call")
        if t.deprecated:
            lines.append("@deprecated the registry marks this type deprecated")
        return lines
