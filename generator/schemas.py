"""JSON Schema (OpenAPI flavour) -> TypeRefs, StructTypes and EnumTypes."""
from . import docs
from .errors import SpecError
from .ir import EnumType, Field, StructType, TypeRef
from .names import c_ident, words

_FORMATS = {"date-time": "date_time", "date": "date", "email": "email", "uuid": "uuid", "uri": "uri",
            "currency": "currency", "phone": "phone", "country": "country"}
_UNSUPPORTED = ("not", "if", "then", "else", "patternProperties", "dependentSchemas", "unevaluatedProperties")
# Suffixes the C layer derives from a type's name; claimed with it so nothing else can take them.
TYPE_SUFFIXES = ("", "_desc", "_free", "_from_json", "_to_json", "_val", "_enum_desc", "_to_string", "_array",
                 "_array_free", "_map", "_map_free")


class SchemaConverter:
    def __init__(self, loader, diags, names, client_names=()):
        self.loader = loader
        self.client_names = frozenset(client_names)  # a schema named like these gets a _model suffix
        self.diags = diags
        self.names = names          # Namespace of C base names (without the SDK prefix)
        self.structs = []
        self.enums = []
        self._by_location = {}      # (file, pointer) of a referenced schema -> (TypeRef, nullable)
        self._in_progress = set()

    # -- entry points ------------------------------------------------------------------------
    def convert(self, node, loc, hint):
        """Returns (TypeRef, nullable) for the schema node found at loc; hint names inline types."""
        if isinstance(node, dict) and "$ref" in node:
            target, tloc = self.loader.resolve(node, loc)
            key = tloc.key()
            if key in self._by_location:
                return self._by_location[key]
            if key in self._in_progress:
                self.diags.warn(str(loc), "schema refers to itself without an object in between; kept as raw JSON")
                return TypeRef("any"), False
            self._in_progress.add(key)
            try:
                result = self._convert(target, tloc, _ref_title(tloc), named=True)
            finally:
                self._in_progress.discard(key)
            self._by_location[key] = result
            return result
        return self._convert(node, loc, hint, named=False)

    # -- the dispatcher ------------------------------------------------------------------------
    def _convert(self, node, loc, title, named):
        if node is True or node == {} or node is None:
            return TypeRef("any"), False
        if not isinstance(node, dict):
            raise SpecError(str(loc), f"a schema must be an object, found {type(node).__name__}")
        for key in _UNSUPPORTED:
            if key in node:
                self.diags.warn(str(loc.child(key)), f"'{key}' is not supported; the constraint is not checked")
        nullable = node.get("nullable") is True
        types = node.get("type")
        if isinstance(types, list):
            nullable = nullable or "null" in types
            types = [t for t in types if t != "null"]
            if len(types) > 1:
                self.diags.warn(str(loc.child("type")), f"several types {types}: kept as raw JSON")
                return TypeRef("any"), nullable
            types = types[0] if types else None
        if "enum" in node and isinstance(node["enum"], list) and None in node["enum"]:
            nullable = True
        for combiner in ("allOf", "oneOf", "anyOf"):
            if combiner in node:
                return self._combined(node, loc, title, combiner, nullable, named)
        if types is None:
            types = _infer_type(node)
        if types == "object":
            return self._object(node, loc, title, named), nullable
        if types == "array":
            items = node.get("items")
            if items is None:
                return TypeRef("array", elem=TypeRef("any")), nullable
            elem, _ = self.convert(items, loc.child("items"), _join(title, "item"))
            return TypeRef("array", elem=elem), nullable
        if types == "string":
            if isinstance(node.get("enum"), list):
                return self._enum(node, loc, title), nullable
            return TypeRef("string", format=_FORMATS.get(node.get("format"))), nullable
        if types == "integer":
            return TypeRef("int32" if node.get("format") == "int32" else "int64"), nullable
        if types == "number":
            return TypeRef("float" if node.get("format") == "float" else "double"), nullable
        if types == "boolean":
            return TypeRef("bool"), nullable
        if types == "null":
            return TypeRef("any"), True
        if types is not None:
            raise SpecError(str(loc.child("type")), f"unknown type '{types}'")
        return TypeRef("any"), nullable

    def _merge_all_of(self, node, loc, seen):
        """The one object schema an allOf of objects describes: the members and required lists
        of every part (through $refs and nested allOfs; a part already being merged is skipped,
        so a cycle ends) and of the node itself, later ones winning. None when a part is not an
        object (an allOf around an enum, say), which the caller handles otherwise."""
        merged = {"type": "object", "properties": {}, "required": []}
        parts = [(p, loc.child("allOf", i)) for i, p in enumerate(node.get("allOf") or [])]
        for part, ploc in parts + [({k: v for k, v in node.items() if k != "allOf"}, loc)]:
            target, tloc = self.loader.resolve(part, ploc) if isinstance(part, dict) else (part, ploc)
            if not isinstance(target, dict):
                return None
            if tloc is not loc and tloc.key() in seen:
                continue
            if "allOf" in target and tloc is not loc:
                target = self._merge_all_of(target, tloc, seen + (tloc.key(),))
                if target is None:
                    return None
            if target.get("type") not in (None, "object") or any(k in target for k in ("oneOf", "anyOf", "enum")):
                return None
            props = target.get("properties") or {}
            if not isinstance(props, dict):
                raise SpecError(str(tloc.child("properties")), "properties must be an object")
            merged["properties"].update(props)
            merged["required"] += [r for r in target.get("required") or [] if r not in merged["required"]]
            for key in ("additionalProperties", "description", "title", "example", "deprecated"):
                if key in target:
                    merged[key] = target[key]
        return merged

    def _combined(self, node, loc, title, combiner, nullable, named):
        parts = node[combiner]
        if not isinstance(parts, list) or not parts:
            raise SpecError(str(loc.child(combiner)), f"{combiner} must be a non-empty list of schemas")
        non_null = [(i, p) for i, p in enumerate(parts) if not _is_null_schema(p)]
        if combiner != "allOf" and len(non_null) == 1 and len(parts) == 2:
            i, part = non_null[0]
            t, _ = self.convert(part, loc.child(combiner, i), title)
            return t, True
        if combiner == "allOf" and (len(parts) > 1 or "properties" in node):
            merged = self._merge_all_of(node, loc, (loc.key(),))
            if merged is not None:
                return self._object(merged, loc, title, named), nullable
        if combiner == "allOf" and len(parts) == 1:
            t, inner_nullable = self.convert(parts[0], loc.child(combiner, 0), title)
            return t, nullable or inner_nullable
        self.diags.warn(str(loc.child(combiner)), f"{combiner} is not supported yet; kept as raw JSON")
        return TypeRef("any"), nullable

    # -- objects, maps, enums -------------------------------------------------------------------
    def _object(self, node, loc, title, named):
        props = node.get("properties") or {}
        if not isinstance(props, dict):
            raise SpecError(str(loc.child("properties")), "properties must be an object")
        addl = node.get("additionalProperties")
        if not props:
            if isinstance(addl, dict) and addl:
                value, _ = self.convert(addl, loc.child("additionalProperties"), _join(title, "value"))
                return TypeRef("map", elem=value)
            return TypeRef("map", elem=TypeRef("any"))
        struct = StructType(name=self.names.claim(self._type_name(title, "object"), TYPE_SUFFIXES), title=title,
                            doc=docs.schema_doc(node), where=str(loc))
        if "example" in node:
            struct.example, struct.has_example = node["example"], True
        ref = TypeRef("object", target=struct)
        self.structs.append(struct)
        if named:
            self._by_location[loc.key()] = (ref, False)
        required = node.get("required") or []
        if not isinstance(required, list):
            raise SpecError(str(loc.child("required")), "required must be a list of property names")
        for missing in [r for r in required if r not in props]:
            self.diags.warn(str(loc.child("required")), f"required property '{missing}' is not defined")
        members = _MemberNames()
        for pname, pnode in props.items():
            ploc = loc.child("properties", pname)
            ptype, pnull = self.convert(pnode, ploc, _join(title, pname))
            resolved = self.loader.resolve(pnode, ploc)[0] if isinstance(pnode, dict) else {}
            doc_node = pnode if isinstance(pnode, dict) and "$ref" not in pnode else resolved
            f = Field(json_name=str(pname), c_name="", type=ptype, required=pname in required,
                      nullable=pnull, read_only=_flag(pnode, resolved, "readOnly"),
                      write_only=_flag(pnode, resolved, "writeOnly"),
                      pii=_flag(pnode, resolved, "x-pii"), doc=docs.schema_doc(doc_node))
            members.place(f)
            struct.fields.append(f)
        if isinstance(addl, dict) and addl:
            value, _ = self.convert(addl, loc.child("additionalProperties"), _join(title, "value"))
            struct.additional = TypeRef("map", elem=value)
            struct.additional_member = members.claim("additional_properties")
        struct.unknown_member = members.claim("unknown_fields")
        return ref

    def _type_name(self, title, fallback):
        base = c_ident(title, fallback)
        return base + "_model" if base in self.client_names else base

    def _enum(self, node, loc, title):
        values = [v for v in node["enum"] if v is not None]
        if not values:
            return TypeRef("string")
        bad = [v for v in values if not isinstance(v, str)]
        if bad:
            raise SpecError(str(loc.child("enum")), f"a string enum has non-string values {bad[:3]}")
        name = self.names.claim(self._type_name(title, "enum"), TYPE_SUFFIXES)
        consts, seen = [], {"UNKNOWN_VALUE"}
        for v in values:
            base = "_".join(words(v)).upper() or "EMPTY"
            c, n = base, 2
            while c in seen:
                c, n = f"{base}_{n}", n + 1
            seen.add(c)
            consts.append(c)
        enum = EnumType(name=name, title=title, values=values, constants=consts,
                        doc=docs.schema_doc(node), where=str(loc))
        self.enums.append(enum)
        return TypeRef("enum", target=enum)


class _MemberNames:
    """Member names of one struct: a field claims its name and its companions (has_, _is_null)."""

    def __init__(self):
        self.taken = set()

    def claim(self, base):
        name, n = base, 2
        while name in self.taken:
            name, n = f"{base}_{n}", n + 1
        self.taken.add(name)
        return name

    def place(self, f):
        base = c_ident(f.json_name, "field")
        needs_has = not f.required and f.type.kind not in ("string", "any", "object")
        name, n = base, 2
        while (name in self.taken or (needs_has and "has_" + name in self.taken)
               or (f.nullable and name + "_is_null" in self.taken)):
            name, n = f"{base}_{n}", n + 1
        f.c_name = name
        self.taken.add(name)
        if needs_has:
            f.has_flag = "has_" + name
            self.taken.add(f.has_flag)
        if f.nullable:
            f.null_flag = name + "_is_null"
            self.taken.add(f.null_flag)


def _flag(node, resolved, key):
    return (isinstance(node, dict) and node.get(key) is True) or (isinstance(resolved, dict) and resolved.get(key) is True)


_JSON_TYPES = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"), (list, "array"), (dict, "object"))


def _infer_type(node):
    if "const" in node and node["const"] is not None:
        return next(name for py, name in _JSON_TYPES if isinstance(node["const"], py))
    if "properties" in node or "additionalProperties" in node:
        return "object"
    if "items" in node:
        return "array"
    if isinstance(node.get("enum"), list) and node["enum"] and all(isinstance(v, str) for v in node["enum"] if v is not None):
        return "string"
    return None


def _is_null_schema(node):
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("type") == ["null"]) and len(node) == 1


def _ref_title(loc):
    return loc.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~") or "schema"


def _join(title, part):
    """Title of an inline schema: its parent's title and where it sits, e.g. Order.status."""
    return f"{title}.{part}"
