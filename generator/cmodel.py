"""C spellings of IR types: type names, member declarations, descriptor symbols, collection typedefs.

Everything C-specific that the templates print is computed here, once, in a fixed order, so
the output is deterministic and names never clash.
"""
import re

from . import docs
from .ir import PRIMITIVE_KINDS
from .media import is_json

_PRIM_C = {"bool": "bool", "int32": "int32_t", "int64": "int64_t", "float": "float", "double": "double",
           "string": "char *", "any": "char *"}
_PRIM_KIND = {"bool": "APIC_BOOL", "int32": "APIC_INT32", "int64": "APIC_INT64", "float": "APIC_FLOAT",
              "double": "APIC_DOUBLE", "string": "APIC_STRING", "any": "APIC_ANY", "enum": "APIC_ENUM",
              "object": "APIC_OBJECT", "array": "APIC_ARRAY", "map": "APIC_MAP", "union": "APIC_UNION"}
_FMT = {None: "APIC_FMT_NONE", "date_time": "APIC_FMT_DATE_TIME", "date": "APIC_FMT_DATE",
        "email": "APIC_FMT_EMAIL", "uuid": "APIC_FMT_UUID", "uri": "APIC_FMT_URI", "currency": "APIC_FMT_CURRENCY",
        "phone": "APIC_FMT_PHONE", "country": "APIC_FMT_COUNTRY"}
# Suffixes of symbols only the generated sources use. Capitalised, so that no name made from the
# spec (always lower case, see names.c_ident) can be one of them: a schema named `ThingType`
# keeps `thing_type` even when a schema `Thing` exists.
INTERNAL_TYPE = "_Type"
INTERNAL_SUFFIXES = {"type": INTERNAL_TYPE, "fields": "_Fields", "values": "_Values", "variants": "_Variants",
                     "tags": "_Tags", "scheme": "_Scheme"}
# Collections the runtime already declares (apic/desc.h), by element base name.
_RUNTIME_ARRAYS = {"bool": "apic_bool_array", "int32": "apic_int32_array", "int64": "apic_int64_array",
                   "float": "apic_float_array", "double": "apic_double_array", "string": "apic_string_array",
                   "json": "apic_string_array", "file": "apic_file_array"}
_RUNTIME_MAPS = {"bool": "apic_bool_map", "int32": "apic_int32_map", "int64": "apic_int64_map",
                 "double": "apic_double_map", "string": "apic_string_map", "json": "apic_json_map"}
# Bodies that are not JSON (apic/body.h): file content sent, binary content received; C type and descriptor.
_BODY_TYPES = {"file": ("apic_file", "apic_type_file"), "bytes": ("apic_bytes", "apic_type_bytes")}
_RUNTIME_TYPES = {"bool": "apic_type_bool", "int32": "apic_type_int32", "int64": "apic_type_int64",
                  "float": "apic_type_float", "double": "apic_type_double", "string": "apic_type_string",
                  "any": "apic_type_any"}


# Marks a declaration of a public header whose definition the SDK's library exports (apic/export.h):
# SDKs are compiled with -fvisibility=hidden, so what lacks it stays inside the library.
EXPORT = "APIC_EXPORT"
DECL_WIDTH = 120  # a longer declaration continues on lines aligned after its parenthesis


def export_decl(text, width=DECL_WIDTH):
    """A public header's declaration, written once on a line however the template spelled it,
    with APIC_EXPORT first: `int f(a, b);` becomes `APIC_EXPORT int f(a, b);` (the parameters
    continue on lines aligned after the parenthesis when they do not fit in width), and an
    object's `const T name;` becomes `APIC_EXPORT extern const T name;`."""
    text = " ".join(text.split()).rstrip(";").strip()
    if "(" not in text:
        return f"{EXPORT} extern {text[len('extern '):] if text.startswith('extern ') else text};\n"
    head, _, rest = text.partition("(")
    params, depth, cur = [], 0, ""
    for ch in rest[:rest.rindex(")")]:
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            params.append(cur.strip())
            cur = ""
        else:
            cur += ch
    params.append(cur.strip())
    return _wrap_params(f"{EXPORT} {head}(", params, width)


def fn_typedef(name, returns, params, width=DECL_WIDTH):
    """`typedef returns (*name)(params);`, its parameters wrapped as export_decl() wraps them."""
    return _wrap_params(f"typedef {returns} (*{name})(", params, width)


def _wrap_params(lead, params, width):
    """lead, then params separated by commas and closed by `);`, continued on lines aligned
    after lead when they do not fit in width."""
    lines, line = [], lead
    for i, prm in enumerate(params):
        piece = prm + (");" if i == len(params) - 1 else ",")
        if line.strip() and line != lead and len(line) + 1 + len(piece) > width:
            lines.append(line)
            line = " " * len(lead) + piece
        else:
            line += ("" if line == lead else " ") + piece
    lines.append(line)
    return "\n".join(lines) + "\n"


class Collection:
    """A generated array or map typedef."""

    def __init__(self, kind, name, item_c):
        self.kind = kind      # "array" or "map"
        self.name = name      # full C name
        self.item_c = item_c  # C type of one item / value


class TypeObject:
    """A `const apic_type` the SDK emits."""

    def __init__(self, sym, kind, fmt, obj, enum, elem):
        # enum: the apic_enum_desc, or for a union its descriptor's `kinds` (see apic/desc.h)
        self.sym, self.kind, self.fmt, self.obj, self.enum, self.elem = sym, kind, fmt, obj, enum, elem


def _first_sentence(lines):
    """The first sentence of doc lines (from docs.wrap()) when it is plain text, else None."""
    para = []
    for line in lines:
        if not line or line.startswith(("```", "~~~", "@")):
            break
        para.append(line)
    text = " ".join(para)
    m = re.match(r"(.+?[.!?])(?:\s|$)", text)
    if not m or "`" in m.group(1) or len(m.group(1)) > 200:
        return None
    return m.group(1)


def _reflowed(lines):
    """Doc lines (already safe) with each long one wrapped; a @param goes on on the next lines."""
    return [part for line in lines for part in (docs.reflow(line) if line else [""])]


def _part_kind(f, bf):
    """file, text or json: what the multipart part (or parts) of member f hold, as the runtime sends them."""
    whole = bf.content_type is not None and is_json(bf.content_type)
    elem = f.type.elem if f.type.kind == "array" and not whole else f.type
    if elem.kind == "file":
        return "file"
    return "text" if elem.kind in ("bool", "int32", "int64", "float", "double", "string", "enum") else "json"


class CTypes:
    internal = INTERNAL_SUFFIXES

    def __init__(self, prefix, names):
        self.p = prefix
        self.names = names
        self.collections = []
        self.type_objects = []
        self._coll_by_key = {}
        self._sym_by_key = {}
        self.param_locations = {}  # Field of an operation's parameter struct -> path, query, header or cookie

    # -- keys and names ---------------------------------------------------------------------------
    def _key(self, t):
        if t.kind in ("object", "enum", "union"):
            return f"{t.kind}:{t.target.name}"
        if t.kind in ("array", "map"):
            return f"{t.kind}[{self._key(t.elem)}]"
        return f"{t.kind}:{t.format or ''}"

    def base(self, t):
        """Element base name used to name collections, e.g. contact, string, contact_array."""
        if t.kind in ("object", "enum", "union"):
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
            if t.elem.kind in ("object", "enum", "union"):
                name = f"{elem_base}_{t.kind}"  # reserved with the element's own name
            else:
                name = self.names.claim(f"{elem_base}_{t.kind}", ("", "_free"))
            runtime = (_RUNTIME_ARRAYS if t.kind == "array" else _RUNTIME_MAPS).get(elem_base)
            if t.elem.kind in ("string", "any", "int32", "int64", "bool", "float", "double", "file") and runtime:
                c_name = runtime
            else:
                c_name = f"{self.p}_{name}"
                self.collections.append(Collection(t.kind, c_name, self.c_type(t.elem)))
            self._coll_by_key[key] = (name, c_name)
        return self._coll_by_key[key]

    # -- C spellings ----------------------------------------------------------------------------
    @staticmethod
    def page_style(pagination):
        from .pagination import STYLES
        return STYLES[pagination.style]

    def c_type(self, t):
        """The C type of a value stored inline (array item, map value, result)."""
        if t.kind in _BODY_TYPES:
            return _BODY_TYPES[t.kind][0]
        if t.kind in PRIMITIVE_KINDS:
            return _PRIM_C[t.kind]
        if t.kind == "enum":
            return f"{self.p}_{t.target.name}_val"
        if t.kind in ("object", "union"):
            return f"{self.p}_{t.target.name}"
        return self._collection(t)[1]

    def member_type(self, t):
        """The C type of a struct member (or union variant) holding t (objects are held by pointer)."""
        if t.kind == "file":
            return "const apic_file *"  # borrowed content, absent when NULL
        return self.c_type(t) + " *" if t.kind == "object" else self.c_type(t)

    def decl(self, t, name):
        ctype = self.member_type(t)
        return f"{ctype}{name}" if ctype.endswith("*") else f"{ctype} {name}"

    def free_name(self, t):
        """Name of the generated function freeing a heap-allocated value of type t, or None (use free())."""
        if t.kind == "bytes":
            return "apic_bytes_free"
        if t.kind in ("object", "union"):
            return f"{self.p}_{t.target.name}_free"
        if t.kind in ("array", "map"):
            return f"{self.p}_{self._collection(t)[0]}_free"
        return None

    def type_sym(self, t):
        """Symbol of the `const apic_type` describing t (runtime-shared for plain primitives)."""
        if t.kind in _BODY_TYPES:
            return _BODY_TYPES[t.kind][1]
        if t.kind in _RUNTIME_TYPES and not t.format:
            return _RUNTIME_TYPES[t.kind]
        if t.kind == "map" and t.elem.kind == "any":
            return "apic_type_json_map"
        key = self._key(t)
        if key not in self._sym_by_key:
            if t.kind in ("object", "enum", "union"):
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
                f"{self.p}_{t.target.name}_enum_desc" if t.kind == "enum"
                else f"{self.p}_{t.target.name}_desc.kinds" if t.kind == "union" else None, elem))
        return self._sym_by_key[key]

    # -- documentation of the public headers' declarations ---------------------------------------
    # Every type, member, constant and function a header declares gets a comment saying what a
    # reader needs: the spec's text where it has some, else what the item is for.
    _WHAT = {"bool": "true or false", "int32": "an integer (32 bits)", "int64": "an integer (64 bits, exact)",
             "float": "a number", "double": "a number", "string": "a string",
             "any": "any JSON value, kept as its raw JSON text", "file": "a file (apic_file): its bytes, or a path "
             "read when the request is built", "bytes": "bytes (apic_bytes)"}

    def what(self, t):
        """What a value of type t is, in a few words that name its C type."""
        if t.kind in self._WHAT:
            return self._WHAT[t.kind] + (f" (format {t.format.replace('_', '-')})" if t.format else "")
        if t.kind == "enum":
            return f"one of the values of {self.p}_{t.target.name} (stored as {self.c_type(t)})"
        if t.kind == "object":
            return f"an object, see {self.c_type(t)}"
        if t.kind == "union":
            return f"one of several types, see {self.c_type(t)}"
        if t.kind == "array":
            return f"a list, see {self.c_type(t)}"
        return f"named values (a JSON object), see {self.c_type(t)}"

    def field_doc(self, f):
        """A struct member's comment: the spec's text (or, without any, its JSON name and what it
        holds), then whether it is required, read-only or personal data, and its JSON key."""
        lines = list(f.doc)
        if not lines:
            location = self.param_locations.get(f)
            where = f"{location} parameter" if location else "member"
            lines = [f"The {docs.code(f.json_name)} {where}: {self.what(f.type)}."]
        if f.required and not f.read_only:
            lines.append("Required.")
        if f.read_only:
            lines.append("Read-only: sent by the server, never by the client.")
        if f.pii:
            lines.append("Personal data.")
        if f.json_name != f.c_name:
            lines.append(f"JSON key: {docs.code(f.json_name)}.")
        return lines

    def struct_doc(self, s):
        """A struct's comment: its schema's name, then its documentation (or, without any, what
        the struct is)."""
        return [docs.inline(s.title)] + (list(s.doc) or ["A JSON object of the API, which the spec does not describe "
                                                         "further: its members follow."])

    def enum_doc(self, e):
        """An enum's comment: its schema's name, then its documentation (or, without any, what it is)."""
        return [docs.inline(e.title)] + (list(e.doc) or ["A string of the API with one of the values below, which "
                                                         "the spec does not describe further."])

    def forward_doc(self, kind, target):
        """The comment of the typedef that names a struct (or union) before it is defined: the
        first sentence of its schema's documentation, and where the members are."""
        what = "schema" if kind == "object" else f"union ({target.combiner})"
        summary = _first_sentence(target.doc)
        return ([summary] if summary else []) + [
            f"The C type of the {docs.inline(target.title)} {what}; see struct {self.p}_{target.name}."]

    def enum_docs(self, e):
        """Comments of an enum's `_val` struct (the type, `value`, `other`) and of its _to_string()."""
        other = self.enum_other(e)
        title = docs.inline(e.title)
        return {
            "val": docs.reflow(f"{title} as stored in a struct: `value`, or the text in `other` (owned) when value is 0."),
            "value": docs.reflow(f"The value; {other} (0) when the JSON text is not one this SDK version knows "
                                 "(then see `other`)."),
            "other": docs.reflow(f"When value is {other}: the JSON text as received, or to send, owned by the "
                                 "enclosing object (freed with it); NULL otherwise."),
            "to_string": docs.reflow(f"The JSON text of a {title} constant, or NULL for an unknown value."),
        }

    def collection_docs(self, c):
        """Comments of a generated array or map and of its members."""
        if c.kind == "array":
            return {"type": docs.reflow(f"A list of {c.item_c}: `items` points at `count` values stored one after "
                                        "another, owned by the enclosing object (or, for a list an operation returns, "
                                        "by the caller)."),
                    "items": ["The `count` values, stored inline; NULL when the list is empty."],
                    "count": ["Number of values in `items`."]}
        return {"type": docs.reflow(f"Named values of {c.item_c} (a JSON object): `keys[i]` names `values[i]`, in the "
                                    "order of the JSON text; owned by the enclosing object (or, for a map an operation "
                                    "returns, by the caller)."),
                "keys": ["The `count` member names (NUL-terminated); NULL when the map is empty."],
                "values": ["The `count` values, stored inline; `values[i]` belongs to `keys[i]`."],
                "count": ["Number of entries in `keys` and `values`."]}

    def union_member_docs(self, u):
        """Comments of a union's `kind` member and of each variant in `as`."""
        return {"kind": docs.reflow(f"Which variant `as` holds; {self.union_const(u.unknown_const)} (0) when none "
                                    "(then see `other`)."),
                "variants": [docs.reflow(f"When kind is {self.union_const(v.const)}: {self.variant_what(u, v)}.")
                             for v in u.variants]}

    def enum_const(self, enum, const):
        return f"{self.p}_{enum.name}_{const}".upper()

    def enum_other(self, enum):
        return f"{self.p}_{enum.name}_{enum.unknown}".upper()

    # -- unions -------------------------------------------------------------------------------
    def union_const(self, const):
        """A union kind constant (Variant.const, UnionType.unknown_const) with the SDK prefix."""
        return f"{self.p}_{const}".upper()

    _JSON_WORDS = {"bool": "boolean", "int32": "integer", "int64": "integer", "float": "number", "double": "number",
                   "string": "string", "any": "any JSON value (raw text)", "enum": "string enum", "object": "object",
                   "array": "array", "map": "object (map)", "union": "union"}

    def union_doc(self, u):
        """The comment of a union's struct: its schema's documentation, then a line per variant."""
        tags = [t for v in u.variants for t in v.tags]
        how = f"chosen by {docs.code(u.discriminator)}" if u.discriminator else "the first that fits"
        if len(set(tags)) < len(tags):
            how += "; of variants sharing a value, the first that fits"
        lines = [docs.inline(u.title)] + list(u.doc) + ["", f"One of these ({u.combiner}, {how}); `kind` says which:"]
        lines += [f"- {self.union_const(v.const)}: {self.variant_doc(u, v)}" for v in u.variants]
        lines.append(f"- {self.union_const(u.unknown_const)} (0): none; `other` keeps JSON that matched no variant "
                     "(NULL: absent).")
        return lines

    def variant_doc(self, u, v):
        """What a variant holds: `as.<member>` (C type): its schema or JSON type, and the
        discriminator values that choose it."""
        return f"`as.{v.member}` ({self.member_type(v.type).strip()}): {self.variant_what(u, v)}"

    def variant_what(self, u, v):
        """A variant's schema or JSON type, and the discriminator values that choose it."""
        line = f"schema {docs.inline(v.schema)}" if v.schema else self._JSON_WORDS[v.type.kind]
        if u.discriminator and v.tags:
            line += f"; {docs.inline(u.discriminator)} " + " or ".join(docs.code(t) for t in v.tags)
        elif u.discriminator:
            line += f"; no {docs.inline(u.discriminator)} value chooses it"
        return line

    @staticmethod
    def tag_table(u):
        """The union's discriminator values in one flat table, and where each variant's start."""
        tags, starts = [], []
        for v in u.variants:
            starts.append(len(tags))
            tags += v.tags
        return tags, starts

    @staticmethod
    def union_order(unions):
        """Unions in an order where one held inline by another comes first (C needs it complete)."""
        done, out = set(), []

        def visit(u):
            if u in done:
                return
            done.add(u)
            for v in u.variants:
                if v.type.kind == "union":
                    visit(v.type.target)
            out.append(u)

        for u in unions:
            visit(u)
        return out

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
              "pipeDelimited": "APIC_STYLE_PIPE_DELIMITED", "deepObject": "APIC_STYLE_DEEP_OBJECT",
              "json": "APIC_STYLE_JSON"}

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

    _BODY_KIND = {"json": "APIC_BODY_JSON", "text": "APIC_BODY_TEXT", "form": "APIC_BODY_FORM",
                  "multipart": "APIC_BODY_MULTIPART", "bytes": "APIC_BODY_BYTES"}
    _RESPONSE_KIND = {"json": "APIC_RESPONSE_JSON", "text": "APIC_RESPONSE_TEXT", "bytes": "APIC_RESPONSE_BYTES",
                      "events": "APIC_RESPONSE_EVENTS"}

    def body_kind(self, op):
        return self._BODY_KIND[op.body_kind]

    def response_kind(self, r):
        return self._RESPONSE_KIND[r.kind]

    def body_field(self, bf):
        """The initialiser of an apic_body_field."""
        return (f"{self._STYLE[bf.style]}, {'true' if bf.explode else 'false'}, {'true' if bf.allow_reserved else 'false'}, "
                f"{docs.c_string(bf.content_type) if bf.content_type else 'NULL'}")

    def _body_how(self, op):
        """How the body goes on the wire, for the operation's documentation."""
        media = docs.inline(op.body_media)
        if op.body_kind == "text":
            return f"text, sent as it is as {media}"
        if op.body_kind == "bytes":
            return (f"the bytes of an apic_file (in memory, or a path read when the request is built), sent as they are "
                    f"as {media} (or the file's content_type)")
        what = f"{self.c_type(op.body)}, sent as "
        members = list(zip(op.body.target.fields, op.body_fields)) if op.body.kind == "object" else []
        if op.body_kind == "json":
            return what + "JSON"
        if op.body_kind == "multipart":
            kinds = [(f.json_name, _part_kind(f, bf)) for f, bf in members]
            files = [n for n, k in kinds if k == "file"]
            parts = [n for n, k in kinds if k == "json"]
            return what + ("multipart/form-data (a random boundary): a part per member (per item of an array); "
                           + (f"file parts: {', '.join(files)}; " if files else "")
                           + (f"JSON parts: {', '.join(parts)}; " if parts else "") + "text parts: the others")
        deep = [f.json_name for f, bf in members if bf.style == "deepObject"]
        repeated = [f.json_name for f, bf in members if f.type.kind == "array" and bf.style == "form" and bf.explode]
        joined = [f.json_name for f, bf in members if f.type.kind == "array" and f.json_name not in deep + repeated]
        return what + (f"{media}: name=value per member"
                       + (f"; {', '.join(deep)} in brackets (deepObject: name[key]=value, name[0]=item)" if deep else "")
                       + (f"; {', '.join(repeated)} repeated (name=a&name=b)" if repeated else "")
                       + (f"; {', '.join(joined)} as one delimited value" if joined else ""))

    def result_type(self, op):
        """What the blocking function's out points at a pointer to: the result's C type, char for text."""
        return "char" if op.result.kind in ("string", "any") else self.c_type(op.result)

    def result_decl(self, op):
        return f"{self.result_type(op)} **out"

    @staticmethod
    def tables(op):
        """Whose parameter struct, parameter, body field and security tables op uses: its own, or
        for an event-stream variant those of the operation it is a variant of."""
        return (op.stream_of or op).c_name

    def stream_sets(self, op):
        """An event-stream variant's assignments that make its copy of the body ask for the
        stream: the member to true, present, not null."""
        if op.stream_member is None:
            return []
        f = next(f for f in op.body.target.fields if f.json_name == op.stream_member)
        return ([f"{f.has_flag} = true"] if f.has_flag else []) + [f"{f.c_name} = true"] + \
            ([f"{f.null_flag} = false"] if f.null_flag else [])

    def _op_inputs(self, op):
        """The arguments an operation's functions start with: client, parameters, body."""
        args = [f"{self.p}_client *client"]
        if op.params:
            args.append(f"const {self.p}_{self.tables(op)}_params *params")
        if op.body is not None:
            args.append(self.body_decl(op))
        return args

    def op_signature(self, op):
        args = self._op_inputs(op)
        if op.result is not None:
            args.append(self.result_decl(op))
        if op.events:
            args += ["apic_sse_callback on_event", "void *ctx"]
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
        lines = list(op.doc) or [f"{op.method} {docs.inline(op.path)}"]
        answer = ", answered as a text/event-stream" if op.stream_of else ""
        lines += ["", f"{docs.code(op.method + ' ' + op.path)}{answer}", ""]
        lines.append(f"@param client a client from {self.p}_client_new()")
        if op.params:
            req = [f.c_name for f in op.params.fields if f.required]
            lines.append(f"@param params parameters; " + (f"required: {', '.join(req)}" if req else "may be NULL"))
        if op.body is not None:
            how = "raw JSON text, sent as it is" if op.body_kind == "json" and op.body.kind in ("string", "any") else self._body_how(op)
            lines.append(f"@param body request body: {how}; " + ("required" if op.body_required else "may be NULL")
                         + (f". {op.body_doc}" if op.body_doc else "") + self._stream_body_doc(op))
        if op.result is not None:
            free = self.free_name(op.result) or "free"
            what = "the body's bytes, length and Content-Type " if op.result.kind == "bytes" else "the result "
            lines.append(f"@param out receives {what}on success ({free}() it), NULL otherwise; may be NULL to discard"
                         + (f". {op.result_doc}" if op.result_doc else ""))
        if op.events:
            lines.append("@param on_event receives each event of the text/event-stream as soon as it arrives (type, data, "
                         "id: see apic_sse_event); return non-zero to stop the stream"
                         + (f". {op.result_doc}" if op.result_doc else "") + self._event_data_doc(op))
            lines.append("@param ctx passed to on_event")
        lines.append(f"@param err receives details on failure (may be NULL); release with {self.p}_error_clear()")
        if op.events:
            lines.append("@return 0 when the stream ended or on_event stopped it, or a negative apic_status; APIC_E_HTTP "
                         "carries the HTTP status and body in err. Not retried once an event was delivered")
        else:
            lines.append("@return 0, or a negative apic_status; APIC_E_HTTP carries the HTTP status and body in err")
        if op.undecoded:
            lines.append(f"@note a {' or '.join(op.undecoded)} answer is not decoded (its type differs from the first success "
                         "response's): it returns 0 with *out NULL and the body in err->body")
        if op.unsendable_security:
            lines.append(f"@note the spec requires {', '.join(op.unsendable_security)}, which this SDK cannot send (see the "
                         "generator's warning); give the credential as a header through apic_call_with()")
        if op.stream_variant is not None:
            member = op.stream_variant.stream_member
            lines.append(f"@see {self.p}_{op.stream_variant.c_name}() for the answer as a text/event-stream, event by event"
                         + (f"; here leave {docs.code(member)} unset or false" if member else ""))
        if op.stream_of is not None:
            lines.append(f"@see {self.p}_{op.stream_of.c_name}() for the answer as one value")
        if op.deprecated:
            lines.append("@deprecated the API marks this operation deprecated")
        return lines

    # -- asynchronous forms (apic/async.h) ------------------------------------------------------
    # An operation answered as one value gets p_op_async() beside p_op(): same inputs, then a
    # callback typed after the result, which a static adapter of the group's source calls
    # (apic_call_async_adapted()). Event streams (op.events) get none: see group.h.j2.
    def callback_typedef(self, op):
        args = ["void *user_data", "int rc"] + ([f"{self.result_type(op)} *result"] if op.result is not None else [])
        return fn_typedef(f"{self.p}_{op.c_name}_callback", "void", args + [f"{self.p}_error *err"])

    def async_signature(self, op):
        return ", ".join(self._op_inputs(op) + [f"{self.p}_{op.c_name}_callback callback", "void *user_data",
                                                "apic_async_call **call", f"{self.p}_error *err"])

    def callback_doc(self, op):
        fn = f"{self.p}_{op.c_name}"
        lines = [f"Completion of {fn}_async(): called exactly once, later, on the loop thread (apic/async.h).",
                 f"@param user_data as given to {fn}_async()",
                 f"@param rc 0, or what {fn}() would have returned (a negative apic_status); APIC_E_CANCELLED when "
                 "the call was cancelled (apic_async_cancel(), or the client freed first)"]
        if op.result is not None:
            free = self.free_name(op.result) or "free"
            undecoded = (f" (and for a {' or '.join(op.undecoded)} answer, not decoded: its body is in err->body)"
                         if op.undecoded else "")
            lines.append(f"@param result on success what {fn}()'s out would receive, owned by the callback "
                         f"({free}() it); NULL otherwise{undecoded}")
        lines.append(f"@param err the call's error, as {fn}() fills it; valid until the callback returns")
        return _reflowed(lines)

    def async_doc(self, op):
        """The comment of p_op_async(): the operation's summary, what differs from p_op(), and
        apic_call_async()'s contract; the rest is p_op()'s, which it points to."""
        fn = f"{self.p}_{op.c_name}"
        summary = " ".join(op.summary.split())
        lead = docs.inline(summary) if summary else _first_sentence(op.doc) or f"{op.method} {docs.inline(op.path)}"
        lines = [lead, "", f"Asynchronous form of {fn}(): returns at once; callback is called exactly once, later, on the "
                 f"loop thread (apic/async.h) with what {fn}() would return"
                 + ("; the result is the callback's to free." if op.result is not None else "."),
                 "", docs.code(op.method + " " + op.path), "",
                 f"@param client a client from {self.p}_client_new()"]
        if op.params:
            lines.append(f"@param params parameters, as for {fn}(); read before this returns")
        if op.body is not None:
            lines.append(f"@param body request body, as for {fn}(); read before this returns")
        lines += [f"@param callback called with the outcome (see {fn}_callback); required",
                  "@param user_data passed to callback",
                  "@param call receives the call's handle for apic_async_cancel() (valid until the callback starts); "
                  "may be NULL",
                  "@param err receives why the call could not start (may be NULL); release with "
                  f"{self.p}_error_clear()",
                  "@return 0 (callback will be called); otherwise callback is never called and err says why: "
                  f"APIC_E_ARG, APIC_E_VALIDATION, APIC_E_ENCODE (what {fn}() refuses before sending), APIC_E_STATE "
                  "(the client is being freed), APIC_E_NOMEM"]
        if op.stream_variant is not None and op.stream_variant.stream_member:
            lines.append(f"@note leave {docs.code(op.stream_variant.stream_member)} unset or false: the answer as a "
                         f"text/event-stream is {self.p}_{op.stream_variant.c_name}()'s, which has no asynchronous form")
        lines.append(f"@see {fn}()")
        if op.deprecated:
            lines.append("@deprecated the API marks this operation deprecated")
        return _reflowed(lines)

    def _stream_body_doc(self, op):
        """What an event-stream variant does to the body so that the API streams."""
        if op.stream_of is None:
            return ""
        if op.stream_member is not None:
            return (f". Its {docs.code(op.stream_member)} member is sent as true whatever it holds (a copy is "
                    "sent; the body is not changed): the API streams only when asked to")
        return (". The API streams only when the body asks it to: set the member its documentation names for that "
                "(this body has no boolean `stream` member)")

    def _event_data_doc(self, op):
        """Each event's data type, when the spec names one, and what decodes it."""
        t = op.event_data
        if t is None:
            return ""
        return (f". Each event's data is a {docs.inline(t.target.title)} in JSON, which "
                f"{self.p}_{t.target.name}_from_json() decodes")

    # -- events -------------------------------------------------------------------------------
    @staticmethod
    def _identity_text(t):
        keys = ", ".join(f"entity ({t.entity})" if k == "entity" else k for k in t.identity_keys)
        return f"Identity: {keys}."

    def event_doc(self, t):
        """The comment of an event type constant: name, version, description, identity."""
        lines = docs.lead(f"`{t.name}` (version {t.version}):", t.doc)
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
