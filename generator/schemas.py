"""JSON Schema (OpenAPI flavour) -> TypeRefs, StructTypes, EnumTypes and UnionTypes."""
import os

from . import docs
from .errors import SpecError
from .ir import EnumType, Field, StructType, TypeRef, UnionType, Variant
from .loader import escape_token
from .names import c_ident, words

_FORMATS = {"date-time": "date_time", "date": "date", "email": "email", "uuid": "uuid", "uri": "uri",
            "currency": "currency", "phone": "phone", "country": "country"}
_UNSUPPORTED = ("not", "if", "then", "else", "patternProperties", "dependentSchemas", "unevaluatedProperties")
# Suffixes the C layer derives from a type's name; claimed with it so nothing else can take them.
TYPE_SUFFIXES = ("", "_desc", "_free", "_from_json", "_to_json", "_val", "_enum_desc", "_to_string", "_array",
                 "_array_free", "_map", "_map_free")
UNION_SUFFIXES = TYPE_SUFFIXES + ("_kind",)
# Keys that give a schema a type of its own; an alternative with none of them only constrains.
_TYPING_KEYS = ("type", "properties", "additionalProperties", "items", "enum", "const", "$ref", "allOf", "oneOf",
                "anyOf")


class SchemaConverter:
    def __init__(self, loader, diags, names, client_names=()):
        self.loader = loader
        self.client_names = frozenset(client_names)  # a schema named like these gets a _model suffix
        self.diags = diags
        self.names = names          # Namespace of C base names (without the SDK prefix)
        self.structs = []
        self.enums = []
        self.unions = []
        self._by_location = {}      # (file, pointer) of a referenced schema -> (TypeRef, nullable)
        self._in_progress = set()
        self._open_unions = set()   # unions whose variants are being converted

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
        if combiner != "allOf":
            return self._alternatives(node, loc, title, combiner, nullable, named)
        if len(parts) > 1 or "properties" in node:
            merged = self._merge_all_of(node, loc, (loc.key(),))
            if merged is not None:
                return self._object(merged, loc, title, named), nullable
        if len(parts) == 1:
            t, inner_nullable = self.convert(parts[0], loc.child(combiner, 0), title)
            return t, nullable or inner_nullable
        typed = [i for i, p in enumerate(parts) if not constraint_only(p)]
        if len(typed) == 1 and "properties" not in node:
            # `allOf: [{$ref: SomeUnion}, {nullable: true}]`: the one part with a type, annotated.
            t, inner_nullable = self.convert(parts[typed[0]], loc.child(combiner, typed[0]), title)
            return t, nullable or inner_nullable or any(isinstance(p, dict) and p.get("nullable") is True for p in parts)
        distributed = self._distribute_all_of(node, loc)
        if distributed is not None:
            return self._alternatives(distributed[0], loc, title, distributed[1], nullable, named)
        self.diags.warn(str(loc.child(combiner)), f"{combiner} is not supported yet; kept as raw JSON")
        return TypeRef("any"), nullable

    def _distribute_all_of(self, node, loc):
        """`allOf: [Base, {oneOf: [Cat, Dog]}]` is `oneOf: [allOf: [Base, Cat], allOf: [Base, Dog]]`:
        the union, each variant holding what every other part (and the schema itself) adds. Returns
        (the schema so rewritten, its combiner), or None when there is not exactly one union among
        the parts, or when the union lives in another file with inline variants (their own $refs
        would be read relative to the wrong file)."""
        parts = node["allOf"]
        unions = []
        for i, part in enumerate(parts):
            target, tloc = self.loader.resolve(part, loc.child("allOf", i)) if isinstance(part, dict) else (part, None)
            if isinstance(target, dict) and "properties" not in target and any(
                    isinstance(target.get(c), list) and target[c] for c in ("oneOf", "anyOf")):
                unions.append((i, target, tloc))
        if len(unions) != 1:
            return None
        index, union, uloc = unions[0]
        combiner = "oneOf" if isinstance(union.get("oneOf"), list) and union["oneOf"] else "anyOf"
        rest = [p for i, p in enumerate(parts) if i != index]
        own = {k: v for k, v in node.items() if k not in ("allOf", "discriminator", "title", "description")}
        if own:
            rest.append(own)
        variants = []
        for k, variant in enumerate(union[combiner]):
            vloc = uloc.child(combiner, k)
            if isinstance(variant, dict) and "$ref" in variant:
                target = self.loader.ref_location(variant["$ref"], vloc)
                same = target.file == loc.file
                variant = {"$ref": ("" if same else os.path.relpath(target.file, os.path.dirname(loc.file)))
                           + "#" + target.pointer}
            elif uloc.file != loc.file:
                return None
            if _is_null_schema(variant):
                variants.append(variant)
                continue
            name = self._variant_name(variant, loc.child("allOf", index, combiner, k))[0]
            variants.append({"title": name, "allOf": rest + [variant]})
        out = {combiner: variants}
        if isinstance(union.get("discriminator"), dict) and uloc.file == loc.file:
            out["discriminator"] = union["discriminator"]
        for key in ("description", "title"):
            if key in node:
                out[key] = node[key]
        return out, combiner

    # -- oneOf / anyOf ----------------------------------------------------------------------------
    def _alternatives(self, node, loc, title, combiner, nullable, named):
        """oneOf/anyOf: `{type: null}` alternatives make the value nullable; one alternative left
        is that type; alternatives that are all strings are one (open) enum; otherwise a union."""
        parts = node[combiner]
        nullable = nullable or any(_is_null_schema(p) for p in parts)
        typed = [(i, p) for i, p in enumerate(parts) if not _is_null_schema(p)]
        if not typed:
            return TypeRef("any"), True
        if all(constraint_only(p) for _, p in typed):
            # `oneOf: [{required: [a]}, {required: [b]}]` beside the members: the rest is the type.
            self.diags.warn(str(loc.child(combiner)), f"{combiner} of constraints only (no alternative has a type "
                            "of its own) is not checked; the rest of the schema gives the type")
            t, rest_nullable = self._convert({k: v for k, v in node.items() if k != combiner}, loc, title, named)
            return t, nullable or rest_nullable
        if "properties" in node or isinstance(node.get("additionalProperties"), dict):
            self.diags.warn(str(loc.child(combiner)), f"{combiner} beside members of the schema's own is not "
                            "supported yet; kept as raw JSON")
            return TypeRef("any"), nullable
        if len(typed) == 1:
            i, part = typed[0]
            t, inner_nullable = self.convert(part, loc.child(combiner, i), title)
            return t, nullable or inner_nullable
        strings = self._string_leaves(node, loc, ())
        if strings is not None:
            return self._string_alternatives(node, loc, title, combiner, typed, strings), nullable or strings[1]
        return self._union(node, loc, title, combiner, typed, nullable, named)

    def _string_leaves(self, node, loc, seen):
        """(enum values, nullable) when every alternative of node (through $refs and nested
        alternatives) is a string without a format, a string enum or a string const; else None."""
        target, tloc = self.loader.resolve(node, loc) if isinstance(node, dict) else (node, loc)
        if not isinstance(target, dict) or tloc.key() in seen:
            return None
        combiner = next((c for c in ("oneOf", "anyOf") if isinstance(target.get(c), list) and target[c]), None)
        if combiner is not None:
            values, nullable = [], target.get("nullable") is True
            for i, part in enumerate(target[combiner]):
                if _is_null_schema(part):
                    nullable = True
                    continue
                leaf = self._string_leaves(part, tloc.child(combiner, i), seen + (tloc.key(),))
                if leaf is None:
                    return None
                values += [v for v in leaf[0] if v not in values]
                nullable = nullable or leaf[1]
            return values, nullable
        types = target.get("type")
        types = types if isinstance(types, list) else [types]
        if any(k in target for k in ("allOf", "format", "properties", "items")) or \
                [t for t in types if t != "null"] not in (["string"], [None]):
            return None
        if isinstance(target.get("const"), str):
            return [target["const"]], "null" in types
        enum = target.get("enum")
        if isinstance(enum, list) and enum and all(isinstance(v, str) or v is None for v in enum):
            return [v for v in enum if v is not None], "null" in types or None in enum
        return ([], "null" in types) if "string" in types else None

    def _string_alternatives(self, node, loc, title, combiner, typed, strings):
        """Alternatives that are all strings: a string, or an open enum of every value they list
        (`anyOf: [{type: string}, {enum: [...]}]` names known values; any other text is kept). One
        alternative carrying all the values as a named enum is that enum."""
        values, _ = strings
        if not values:
            return TypeRef("string")
        carriers = [(i, p) for i, p in typed if self._string_leaves(p, loc.child(combiner, i), ())[0]]
        if len(carriers) == 1 and isinstance(carriers[0][1], dict) and "$ref" in carriers[0][1]:
            i, part = carriers[0]
            t, _ = self.convert(part, loc.child(combiner, i), title)
            if t.kind == "enum" and t.target.values == values:
                return t
        doc_node = {k: v for k, v in node.items() if k not in (combiner, "enum")}
        return self._enum(dict(doc_node, type="string", enum=values), loc, title)

    def _union(self, node, loc, title, combiner, typed, nullable, named):
        name = self.names.claim(self._type_name(title, "union"), UNION_SUFFIXES)
        union = UnionType(name=name, title=title, doc=docs.schema_doc(node), where=str(loc), combiner=combiner,
                          unknown_const=self._constant(name, "UNKNOWN_VALUE"))
        if "example" in node:
            union.example, union.has_example = node["example"], True
        ref = TypeRef("union", target=union)
        self.unions.append(union)
        if named:  # before the variants, so that one referring back to the union finds it
            self._by_location[loc.key()] = (ref, nullable)
        members = _MemberNames()
        members.claim("unknown_value")  # its constant would read as kind 0's
        self._open_unions.add(union)
        try:
            for i, part in typed:
                ploc = loc.child(combiner, i)
                base, schema = self._variant_name(part, ploc)
                member = members.claim(base)
                t, variant_nullable = self.convert(part, ploc, _join(title, member))
                if t.kind == "union" and t.target in self._open_unions:
                    self.diags.warn(str(ploc), "a union that contains itself without an object in between; "
                                    "this variant is kept as raw JSON")
                    t = TypeRef("any")
                nullable = nullable or variant_nullable
                union.variants.append(Variant(member=member, const=self._constant(name, member.upper()), type=t,
                                              schema=schema))
        finally:
            self._open_unions.discard(union)
        if named:
            self._by_location[loc.key()] = (ref, nullable)
        if "discriminator" in node:
            self._discriminate(node, loc, union, typed)
        return ref, nullable

    def _variant_name(self, part, ploc):
        """(C member base name, $ref'd schema name or "") of an alternative: the schema's name,
        else its title, else its type (`string`, `integer`, `object`, `string_array`, ...)."""
        if isinstance(part, dict) and "$ref" in part:
            ref_name = _ref_title(self.loader.resolve(part, ploc)[1])
            return c_ident(ref_name, "variant"), ref_name
        if isinstance(part, dict) and isinstance(part.get("title"), str) and part["title"].strip():
            return c_ident(part["title"], "variant"), ""
        return self._type_word(part, ploc), ""

    def _type_word(self, node, loc):
        """A name for an untitled schema from what it holds: `integer`, `object`, `cat_array`."""
        if isinstance(node, dict) and "$ref" in node:
            return c_ident(_ref_title(self.loader.resolve(node, loc)[1]), "variant")
        if not isinstance(node, dict) or not node:
            return "json"
        types = node.get("type")
        t = next((x for x in types if x != "null"), None) if isinstance(types, list) else types
        t = t or _infer_type(node) or ("object" if "allOf" in node else "one_of" if "oneOf" in node
                                       else "any_of" if "anyOf" in node else "json")
        if t == "array":
            items = node.get("items")
            return (self._type_word(items, loc.child("items")) if items is not None else "json") + "_array"
        return t

    def _discriminate(self, node, loc, union, typed):
        """Discriminator values per variant: the mapping's, else the values the variant allows its
        property (an enum or const: the schema name would not be valid there; for a variant that is
        a union by the same property, all of its values), else (a $ref'd variant) the schema's
        name, which is the implicit mapping. Variants may share a value: decoding then tries them
        in order, as without a discriminator."""
        dloc = loc.child("discriminator")
        disc = node["discriminator"]
        if not isinstance(disc, dict) or not isinstance(disc.get("propertyName"), str):
            self.diags.warn(str(dloc), "a discriminator needs a propertyName; variants are matched by shape")
            return
        prop = disc["propertyName"]
        if any(v.type.kind != "object" and not (v.type.kind == "union" and v.type.target.discriminator == prop)
               for v in union.variants):
            self.diags.warn(str(dloc), f"discriminator '{prop}' over variants that are not all objects (or unions "
                            f"by '{prop}') is ignored; variants are matched by shape")
            return
        union.discriminator = prop
        keys = [self.loader.resolve(p, loc.child(union.combiner, i))[1].key() if isinstance(p, dict) and "$ref" in p
                else None for i, p in typed]
        explicit = {}
        mapping = disc.get("mapping") or {}
        for value, target in (mapping.items() if isinstance(mapping, dict) else ()):
            mloc = dloc.child("mapping", value)
            ref = target if isinstance(target, str) and ("#" in target or "/" in target) else \
                f"#/components/schemas/{escape_token(str(target))}"
            try:
                key = self.loader.resolve({"$ref": ref}, loc)[1].key()
            except SpecError as exc:
                self.diags.warn(str(mloc), f"{exc.message}; the value is ignored")
                continue
            if key not in keys:
                self.diags.warn(str(mloc), f"'{target}' is not one of the {union.combiner} variants; the value is ignored")
                continue
            explicit.setdefault(keys.index(key), []).append(str(value))
        for n, (variant, (i, part)) in enumerate(zip(union.variants, typed)):
            ploc = loc.child(union.combiner, i)
            inner = [t for v in variant.type.target.variants for t in v.tags] if variant.type.kind == "union" else []
            values = explicit.get(n) or inner or self._allowed_values(part, ploc, prop) or \
                ([variant.schema] if variant.schema else [])
            variant.tags = list(dict.fromkeys(values))
            if not variant.tags:
                self.diags.warn(str(ploc), f"no value of '{prop}' chooses this variant (inline, and its '{prop}' is "
                                "neither an enum nor a const): values are never decoded into it")

    def _allowed_values(self, part, ploc, prop):
        """The string values a variant's schema allows its member prop (enum or const), or []."""
        target, tloc = self.loader.resolve(part, ploc) if isinstance(part, dict) else (part, ploc)
        if isinstance(target, dict) and "allOf" in target:
            target = self._merge_all_of(target, tloc, (tloc.key(),))
        props = target.get("properties") if isinstance(target, dict) else None
        if not isinstance(props, dict) or prop not in props:
            return []
        schema = self.loader.resolve(props[prop], tloc.child("properties", prop))[0] \
            if isinstance(props[prop], dict) else {}
        if isinstance(schema, dict) and isinstance(schema.get("const"), str):
            return [schema["const"]]
        enum = schema.get("enum") if isinstance(schema, dict) else None
        return [v for v in enum if isinstance(v, str)] if isinstance(enum, list) else []

    def _constant(self, type_name, word):
        """An upper-case C constant <TYPE>_<WORD> (enum value or union kind, without the SDK
        prefix), claimed so that no other constant spells the same: ENUM `a` value `b_c` and
        union `a_b` variant `c` would otherwise both be A_B_C."""
        return self.names.claim(f"{type_name}_{word}".upper())

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
        unknown = self._constant(name, "UNKNOWN_VALUE")
        consts = [self._constant(name, "_".join(words(v)).upper() or "EMPTY")[len(name) + 1:] for v in values]
        enum = EnumType(name=name, title=title, values=values, constants=consts, doc=docs.schema_doc(node),
                        where=str(loc), unknown=unknown[len(name) + 1:])
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
        needs_has = not f.required and f.type.kind not in ("string", "any", "object", "union")
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


def constraint_only(node):
    """True for a schema that constrains or annotates but has no type of its own ({required: [a]})."""
    return isinstance(node, dict) and not any(k in node for k in _TYPING_KEYS)


def _is_null_schema(node):
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("type") == ["null"]) and len(node) == 1


def _ref_title(loc):
    """The name a referenced schema's type takes: the last token of its pointer, or, for a
    whole file (components/schemas/User.yaml), the file's name without its extension."""
    token = loc.pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    return token or os.path.splitext(os.path.basename(loc.file))[0] or "schema"


def _join(title, part):
    """Title of an inline schema: its parent's title and where it sits, e.g. Order.status."""
    return f"{title}.{part}"
