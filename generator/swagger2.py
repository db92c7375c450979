"""Swagger 2.0 documents, upgraded in memory to OpenAPI 3.0.3 before anything else reads them.

build_api upgrades the root document right after loading it and after applying overlays:
overlays written for a 2.0 document aim at its 2.0 places (`$.definitions.Pet`), so they act on
it as written, and what they leave is upgraded. The loader then holds the 3.0 document in the
file's place, so $ref resolution, the SDK, the samples and --write-spec all see the upgrade.

What moves:
  definitions, parameters, responses   -> components/schemas, /parameters, /responses (every
                                          `#/definitions/X` $ref rewritten to its new place)
  securityDefinitions                  -> components/securitySchemes (basic -> http basic;
                                          oauth2 flows implicit, password, application,
                                          accessCode -> implicit, password, clientCredentials,
                                          authorizationCode)
  host, basePath, schemes              -> servers (one per scheme); an operation's schemes ->
                                          its own servers
  body parameter                       -> requestBody, one media type per `consumes`
  formData parameters                  -> an object requestBody: application/x-www-form-urlencoded
                                          or multipart/form-data (any `type: file` -> multipart,
                                          the member a binary string)
  responses' schema, examples          -> content, one media type per `produces` (a file
                                          response -> binary content)
  collectionFormat                     -> style and explode (csv, ssv, pipes, multi)
  type/format/items/... of parameters  -> their schema, with default; x-example -> example
  x-nullable, discriminator (a name)   -> nullable, discriminator.propertyName
Without consumes or produces anywhere, application/json is meant: 2.0 names no default, and
JSON is what OpenAPI Generator and swagger2openapi assume (Prism 5 reads it as "no body").

A node that moved keeps a note of where it came from: place() turns a place in the upgraded
document back into its place in the 2.0 file, so the rest of the generator's warnings and errors
name what the user can find (`petstore.yaml#/definitions/Pet/...`). Files reached by $ref are not
restructured: their schemas are upgraded where they are, so every pointer into them stays valid;
the parameters, responses and path items they hold are upgraded into the root where used.
"""
import copy
import os
from urllib.parse import quote

from . import media as m
from .errors import SpecError
from .loader import Loader, unescape_token

TARGET = "3.0.3"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_PARAMETER_PLACES = ("query", "header", "path", "formData", "body")
# The keys of 2.0's non-body parameters, items and headers that are JSON Schema in 3.0.
_SIMPLE_SCHEMA_KEYS = ("format", "default", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
                       "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "enum", "multipleOf")
# Keys holding schemas inside a schema: one schema, a list of them, or a map of them.
_SUBSCHEMA = {"items": "one", "additionalProperties": "one", "not": "one", "allOf": "list", "anyOf": "list",
              "oneOf": "list", "properties": "map"}
_OPERATION_COPIED = ("tags", "summary", "description", "externalDocs", "operationId", "deprecated", "security")
_TOP_COPIED = ("info", "tags", "security", "externalDocs")
# Where the root's 2.0 containers went.
_MOVED = (("/definitions", "/components/schemas"), ("/parameters", "/components/parameters"),
          ("/responses", "/components/responses"), ("/securityDefinitions", "/components/securitySchemes"))
# collectionFormat -> (style, explode) for each place 3.0 has the style in.
_COLLECTION = {
    "csv": {"query": ("form", False), "path": ("simple", False), "header": ("simple", False),
            "formData": ("form", False)},
    "ssv": {"query": ("spaceDelimited", False), "formData": ("spaceDelimited", False)},
    "pipes": {"query": ("pipeDelimited", False), "formData": ("pipeDelimited", False)},
    "multi": {"query": ("form", True), "formData": ("form", True)},
    "tsv": {},
}
# oauth2 flow -> (3.0 flow, the URLs it requires).
_FLOWS = {"implicit": ("implicit", ("authorizationUrl",)), "password": ("password", ("tokenUrl",)),
          "application": ("clientCredentials", ("tokenUrl",)),
          "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl"))}
_SCHEMES = ("http", "https", "ws", "wss")
_DEFAULT_MEDIA = "application/json"
_FILE_MEDIA = "application/octet-stream"


def is_swagger(document):
    return isinstance(document, dict) and "swagger" in document


class Upgrade:
    """The 3.0 document, the warnings of the upgrade (named in the 2.0 file) and where moved nodes came from."""

    def __init__(self, document, warnings, origins, file_name):
        self.document = document
        self.warnings = warnings
        self._origins = sorted(origins.items(), key=lambda kv: -len(kv[0]))  # longest first
        self._file = file_name

    def place(self, where):
        """`file#/pointer` in the upgraded document -> the place in the 2.0 file it came from."""
        where = str(where)
        file_name, sep, pointer = where.partition("#")
        if not sep or file_name != self._file:
            return where
        for new, old in self._origins:
            if pointer == new or pointer.startswith(new + "/"):
                return old + pointer[len(new):]
        return where


def upgrade(document, loc, loader):
    """The Swagger 2.0 document found at loc (a root) as OpenAPI 3.0.3. Raises SpecError, naming
    the place, for a document 2.0 does not allow where the upgrade needs it to be right."""
    version = document["swagger"]
    if version != "2.0":
        raise SpecError(str(loc.child("swagger")), f"Swagger {version!r} is not supported: only Swagger 2.0 "
                        "(upgraded to OpenAPI 3.0) and OpenAPI 3.0 and 3.1 are")
    if "openapi" in document:
        raise SpecError(str(loc.child("openapi")), "the document says both swagger and openapi: which is it?")
    return _Upgrader(document, loc, loader).run()


class _Upgrader:
    def __init__(self, doc, loc, loader):
        self.doc = doc
        self.root = loc
        self.loader = loader
        self.warnings = []
        self.origins = {}      # pointer in the 3.0 document -> `file#pointer` of the 2.0 node it came from
        self.external = {}     # file -> its document, schemas upgraded where they are
        self._upgraded = set()  # Location keys of external schemas done
        self.consumes = self._media_list(doc, "consumes", loc) or [_DEFAULT_MEDIA]
        self.produces = self._media_list(doc, "produces", loc) or [_DEFAULT_MEDIA]

    def run(self):
        out = {"openapi": TARGET}
        out.update((k, self.doc[k]) for k in _TOP_COPIED if k in self.doc)
        servers = self._servers(self.doc.get("schemes"), self.root)
        if servers:
            out["servers"] = servers
        if "paths" in self.doc:
            out["paths"] = self._paths(self._object(self.doc["paths"], self.root.child("paths")))
        components = self._components()
        if components:
            out["components"] = components
        out.update(_extensions(self.doc))
        for file, document in self.external.items():
            self.loader.replace(file, document)
        return Upgrade(out, self.warnings, self.origins, os.path.basename(self.root.file))

    # -- helpers ---------------------------------------------------------------------------------
    def _warn(self, loc, message):
        entry = f"{loc}: {message}"
        if entry not in self.warnings:
            self.warnings.append(entry)

    def _moved_from(self, new_loc, old_loc):
        if new_loc.pointer != old_loc.pointer or new_loc.file != old_loc.file:
            self.origins[new_loc.pointer] = str(old_loc)

    @staticmethod
    def _object(node, loc):
        if not isinstance(node, dict):
            raise SpecError(str(loc), "must be an object")
        return node

    def _media_list(self, node, key, loc):
        """consumes or produces of node, or None when it has none."""
        if key not in node:
            return None
        value = node[key]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SpecError(str(loc.child(key)), f"{key} must be a list of media types")
        return value

    # -- $refs -------------------------------------------------------------------------------------
    def _ref(self, ref, loc, home):
        """A schema's $ref (found at loc), as written in the file `home`: into the root, at its
        node's 3.0 place; into another file, unchanged, that file's schema upgraded there."""
        target = Loader.ref_location(ref, loc)
        if target.file == self.root.file:
            pointer = _moved(target.pointer)
        else:
            pointer = target.pointer
            self._upgrade_external(target)
        file_part = "" if target.file == home else quote(os.path.relpath(target.file, os.path.dirname(home)))
        return f"{file_part}#{pointer}"

    def _upgrade_external(self, target):
        """Upgrades, where it is, the schema at target (in a file other than the root)."""
        if target.key() in self._upgraded:
            return
        self._upgraded.add(target.key())
        try:
            node = self.loader.node_at(target)
        except SpecError:
            return  # an unreadable file: the generator names the $ref that reaches it
        if not isinstance(node, dict):
            return  # nothing there, or not a schema: the generator says so at the $ref
        if target.file not in self.external:
            self.external[target.file] = copy.deepcopy(self.loader.load(target.file))
        self._put(target, self._schema(node, target, target.file))

    def _put(self, target, value):
        tokens = [unescape_token(t) for t in target.pointer.split("/")[1:]]
        if not tokens:
            self.external[target.file] = value
            return
        parent = self.external[target.file]
        for token in tokens[:-1]:
            parent = _child(parent, token)
            if parent is None:
                return  # inside a schema upgraded whole with the one around it
        if isinstance(parent, dict):
            parent[tokens[-1]] = value
        elif isinstance(parent, list) and tokens[-1].isdigit() and int(tokens[-1]) < len(parent):
            parent[int(tokens[-1])] = value

    # -- schemas -----------------------------------------------------------------------------------
    def _schema(self, node, loc, home):
        """A 2.0 schema as 3.0: $refs to new places, x-nullable, `type: file`, a discriminator's name."""
        if not isinstance(node, dict):
            return node  # `additionalProperties: true` and the like; the generator checks the rest
        if "$ref" in node and isinstance(node["$ref"], str):
            return self._ref_schema(node, loc, home)
        out = {}
        for key, value in node.items():
            if key in _SUBSCHEMA:
                out[key] = self._subschemas(key, value, loc.child(key), home)
            elif key == "x-nullable":
                if self._nullable(value, loc):
                    out["nullable"] = True
            elif key == "discriminator":
                out[key] = self._discriminator(value, loc.child(key))
            elif key == "type" and value == "file":
                out.update(type="string", format="binary")
            elif key not in out:
                out[key] = value
        return out

    def _ref_schema(self, node, loc, home):
        # Beside a $ref, 3.0 reads nothing (nor did 2.0); x-nullable there was meant, so the
        # reference goes in an allOf that can say nullable.
        ref = {"$ref": self._ref(node["$ref"], loc, home)}
        rest = {k: v for k, v in node.items() if k not in ("$ref", "x-nullable")}
        if "x-nullable" in node and self._nullable(node["x-nullable"], loc):
            return {"allOf": [ref], "nullable": True, **rest}
        return {**ref, **rest}

    def _subschemas(self, key, value, loc, home):
        kind = _SUBSCHEMA[key]
        if kind == "map" and isinstance(value, dict):
            return {name: self._schema(v, loc.child(name), home) for name, v in value.items()}
        if kind == "list" and isinstance(value, list):
            return [self._schema(v, loc.child(i), home) for i, v in enumerate(value)]
        if key == "items" and isinstance(value, list):
            self._warn(loc, "items as a list (one schema per position) has no OpenAPI 3.0 form; the items are any JSON")
            return {}
        return self._schema(value, loc, home)

    def _nullable(self, value, loc):
        """Whether x-nullable (of the schema at loc) says null is allowed."""
        if not isinstance(value, bool):
            self._warn(loc.child("x-nullable"), f"x-nullable must be true or false, found {value!r}; ignored")
        return value is True

    @staticmethod
    def _discriminator(value, loc):
        if isinstance(value, str):
            return {"propertyName": value}
        if isinstance(value, dict):
            return value  # already written as 3.0 has it
        raise SpecError(str(loc), "a discriminator is the name of the property that names the schema (a string)")

    # -- non-body parameters, items and headers ----------------------------------------------------
    def _simple_schema(self, node, loc, where_in):
        """The schema of a non-body parameter, an items object or a header (type, format, items,
        default and the validation keywords beside them)."""
        t = node.get("type")
        if not isinstance(t, str):
            raise SpecError(str(loc.child("type")), "type is required here (string, number, integer, boolean, array"
                            + (" or file)" if where_in == "formData" else ")"))
        if t == "file":
            if where_in != "formData":
                raise SpecError(str(loc.child("type")), "type file is allowed in formData parameters only")
            return {"type": "string", "format": "binary"}
        out = {"type": t}
        out.update((k, node[k]) for k in _SIMPLE_SCHEMA_KEYS if k in node)
        if t == "array":
            items = node.get("items")
            if not isinstance(items, dict):
                raise SpecError(str(loc.child("items")), "items is required when type is array (an items object)")
            if "collectionFormat" in items and items.get("type") == "array":
                self._warn(loc.child("items", "collectionFormat"), "the collectionFormat of an array inside an array "
                           "has no OpenAPI 3.0 equivalent; dropped")
            out["items"] = self._simple_schema(items, loc.child("items"), "items")
        if node.get("x-nullable") is True:
            out["nullable"] = True
        return out

    def _style(self, node, loc, where_in):
        """(style, explode) of an array's collectionFormat in where_in, or None for 3.0's defaults."""
        if node.get("type") != "array":
            return None
        fmt = node.get("collectionFormat", "csv")
        if fmt not in _COLLECTION:
            raise SpecError(str(loc.child("collectionFormat")), f"collectionFormat {fmt!r} is not one of "
                            f"{', '.join(_COLLECTION)}")
        if where_in not in _COLLECTION[fmt]:
            what = f"collectionFormat {fmt}" + (" (tab-separated)" if fmt == "tsv" else f" in {where_in}")
            self._warn(loc.child("collectionFormat"), f"{what} has no OpenAPI 3.0 equivalent; the values are sent "
                       "comma-separated (csv)")
            fmt = "csv"
        return _COLLECTION[fmt].get(where_in)

    def _parameter(self, p, loc, new):
        """A query, header or path parameter."""
        out = {"name": p["name"], "in": p["in"]}
        for key in ("description", "required", "deprecated"):
            if key in p:
                out[key] = p[key]
        self._allow_empty(p, loc, out)
        out["schema"] = self._simple_schema(p, loc, p["in"])
        style = self._style(p, loc, p["in"])
        if style:
            out["style"], out["explode"] = style
        if "x-example" in p:
            out["example"] = p["x-example"]
        out.update(_extensions(p, skip=("x-example", "x-nullable")))
        self._moved_from(new, loc)
        self._moved_from(new.child("schema"), loc)
        return out

    def _allow_empty(self, p, loc, out):
        if "allowEmptyValue" not in p:
            return
        if p["in"] == "query":
            out["allowEmptyValue"] = p["allowEmptyValue"]
        else:
            self._warn(loc.child("allowEmptyValue"), f"allowEmptyValue in a {p['in']} parameter has no OpenAPI 3.0 "
                       "equivalent (query parameters only); dropped")

    def _header(self, h, loc, new):
        """A response header."""
        h = self._object(h, loc)
        out = {k: h[k] for k in ("description",) if k in h}
        out["schema"] = self._simple_schema(h, loc, "header")
        style = self._style(h, loc, "header")
        if style:
            out["style"], out["explode"] = style
        if "x-example" in h:
            out["example"] = h["x-example"]
        out.update(_extensions(h, skip=("x-example",)))
        self._moved_from(new.child("schema"), loc)
        return out

    # -- top level ---------------------------------------------------------------------------------
    def _servers(self, schemes, loc):
        """host, basePath and schemes (the document's, or an operation's at loc) as servers."""
        host, base_path = self.doc.get("host"), self.doc.get("basePath", "")
        if host is None and not base_path:
            return None
        if host is not None and (not isinstance(host, str) or "/" in host):
            raise SpecError(str(self.root.child("host")), "host is a name or an IP address, with an optional port "
                            "(no scheme, no path)")
        if not isinstance(base_path, str):
            raise SpecError(str(self.root.child("basePath")), "basePath must be a string starting with '/'")
        base_path = base_path if base_path.startswith("/") or not base_path else "/" + base_path
        if host is None:
            return [{"url": base_path}]  # relative to where the document is served, as 3.0 reads it too
        if schemes is None:
            self._warn(self.root.child("host"), "no schemes: the one the document is served with is meant; "
                       "https is assumed")
            schemes = ["https"]
        if not isinstance(schemes, list) or not schemes or not all(s in _SCHEMES for s in schemes):
            raise SpecError(str(loc.child("schemes")), "schemes must be a list of http, https, ws and wss")
        return [{"url": f"{s}://{host}{base_path}"} for s in schemes]

    def _components(self):
        out = {}
        definitions = self._object(self.doc.get("definitions", {}), self.root.child("definitions"))
        if definitions:
            out["schemas"] = {name: self._definition(node, name) for name, node in definitions.items()}
        parameters = self._component_parameters()
        if parameters:
            out["parameters"] = parameters
        responses = self._object(self.doc.get("responses", {}), self.root.child("responses"))
        if responses:
            new = self.root.child("components", "responses")
            out["responses"] = {name: self._response(r, self.root.child("responses", name), new.child(name),
                                                     self.produces) for name, r in responses.items()}
        schemes = self._object(self.doc.get("securityDefinitions", {}), self.root.child("securityDefinitions"))
        if schemes:
            out["securitySchemes"] = {name: self._security_scheme(s, name) for name, s in schemes.items()}
        return out

    def _definition(self, node, name):
        loc = self.root.child("definitions", name)
        self._moved_from(self.root.child("components", "schemas", name), loc)
        return self._schema(node, loc, self.root.file)

    def _component_parameters(self):
        """Top-level query, header and path parameters. Body and formData ones have no 3.0
        component (their media types are the operation's): each use becomes a requestBody."""
        params = self._object(self.doc.get("parameters", {}), self.root.child("parameters"))
        out = {}
        for name, raw in params.items():
            p, loc = self._checked_parameter(raw, self.root.child("parameters", name))
            if p["in"] not in ("body", "formData"):
                out[name] = self._parameter(p, loc, self.root.child("components", "parameters", name))
        return out

    def _security_scheme(self, s, name):
        loc = self.root.child("securityDefinitions", name)
        s = self._object(s, loc)
        kind = s.get("type")
        if kind == "basic":
            out = {"type": "http", "scheme": "basic"}
        elif kind == "apiKey":
            if not isinstance(s.get("name"), str) or s.get("in") not in ("header", "query"):
                raise SpecError(str(loc), "an apiKey scheme needs name and in (header or query)")
            out = {"type": "apiKey", "name": s["name"], "in": s["in"]}
        elif kind == "oauth2":
            out = {"type": "oauth2", "flows": self._flows(s, loc)}
        else:
            raise SpecError(str(loc.child("type")), f"security scheme type {kind!r} is not one of basic, apiKey and "
                            "oauth2")
        if "description" in s:
            out["description"] = s["description"]
        out.update(_extensions(s))
        self._moved_from(self.root.child("components", "securitySchemes", name), loc)
        return out

    @staticmethod
    def _flows(s, loc):
        flow = s.get("flow")
        if flow not in _FLOWS:
            raise SpecError(str(loc.child("flow")), f"flow must be one of {', '.join(_FLOWS)}, found {flow!r}")
        name, urls = _FLOWS[flow]
        out = {}
        for url in urls:
            if not isinstance(s.get(url), str):
                raise SpecError(str(loc.child(url)), f"the {flow} flow needs {url} (a URL)")
            out[url] = s[url]
        scopes = s.get("scopes", {})
        if not isinstance(scopes, dict):
            raise SpecError(str(loc.child("scopes")), "scopes must map scope names to their descriptions")
        out["scopes"] = scopes
        return {name: out}

    # -- paths and operations ----------------------------------------------------------------------
    def _paths(self, paths):
        out = {}
        for path, raw in paths.items():
            item, loc = self.loader.resolve(raw, self.root.child("paths", path))
            out[path] = self._path_item(self._object(item, loc), loc, self.root.child("paths", path))
        return out

    def _path_item(self, item, loc, new):
        shared = self._parameter_list(item.get("parameters", []), loc.child("parameters"))
        out = {}
        plain = [(p, ploc, raw) for p, ploc, raw in shared if p["in"] not in ("body", "formData")]
        if plain:
            out["parameters"] = self._plain_parameters(plain, new.child("parameters"))
        for key, value in item.items():
            if key in _METHODS:
                bodies = [(p, ploc) for p, ploc, _ in shared if p["in"] in ("body", "formData")]
                out[key] = self._operation(self._object(value, loc.child(key)), loc.child(key), new.child(key), bodies)
            elif key.startswith("x-"):
                out[key] = value
        return out

    def _operation(self, op, loc, new, inherited):
        """inherited: the path item's body and formData parameters, [(parameter, Location)]."""
        out = {k: op[k] for k in _OPERATION_COPIED if k in op}
        consumes = self._media_list(op, "consumes", loc) or self.consumes
        produces = self._media_list(op, "produces", loc) or self.produces
        own = self._parameter_list(op.get("parameters", []), loc.child("parameters"))
        plain = [(p, ploc, raw) for p, ploc, raw in own if p["in"] not in ("body", "formData")]
        if plain:
            out["parameters"] = self._plain_parameters(plain, new.child("parameters"))
        bodies = _merged_bodies(inherited, [(p, ploc) for p, ploc, _ in own if p["in"] in ("body", "formData")])
        if bodies:
            out["requestBody"] = self._request_body(bodies, new.child("requestBody"), consumes,
                                                    self._consumes_place(op, loc))
        if "responses" in op:
            out["responses"] = self._responses(self._object(op["responses"], loc.child("responses")),
                                               loc.child("responses"), new.child("responses"), produces)
        servers = self._servers(op["schemes"], loc) if "schemes" in op else None
        if servers:
            out["servers"] = servers
        out.update(_extensions(op))
        return out

    def _consumes_place(self, op, loc):
        """Where the consumes the operation at loc goes by are said, for a warning about them."""
        if "consumes" in op:
            return loc.child("consumes")
        return self.root.child("consumes") if "consumes" in self.doc else loc

    def _parameter_list(self, raw_list, loc):
        """[(parameter, its Location, as written)] of a 2.0 parameters list, checked."""
        if not isinstance(raw_list, list):
            raise SpecError(str(loc), "parameters must be a list")
        out = [self._checked_parameter(raw, loc.child(i)) + (raw,) for i, raw in enumerate(raw_list)]
        _check_bodies([(p, ploc) for p, ploc, _ in out])
        return out

    def _checked_parameter(self, raw, loc):
        p, ploc = self.loader.resolve(raw, loc)
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or p.get("in") not in _PARAMETER_PLACES:
            raise SpecError(str(ploc), f"a parameter needs a string name and in ({', '.join(_PARAMETER_PLACES)})")
        if p["in"] == "body" and not isinstance(p.get("schema"), dict):
            raise SpecError(str(ploc.child("schema")), "a body parameter needs a schema")
        return p, ploc

    def _plain_parameters(self, params, new):
        """Query, header and path parameters: a $ref to a top-level one stays a $ref (to its new place)."""
        out = []
        for i, (p, loc, raw) in enumerate(params):
            if _is_ref(raw) and loc.file == self.root.file and loc.pointer.startswith("/parameters/"):
                out.append({"$ref": "#" + _moved(loc.pointer)})
                self._moved_from(new.child(i), loc)
            else:
                out.append(self._parameter(p, loc, new.child(i)))
        return out

    # -- request bodies ----------------------------------------------------------------------------
    def _request_body(self, params, new, consumes, consumes_loc):
        if params[0][0]["in"] == "body":  # alone: _check_bodies saw to it
            return self._json_body(*params[0], new, consumes)
        return self._form_body(params, new, consumes, consumes_loc)

    def _json_body(self, p, loc, new, consumes):
        schema = self._schema(p["schema"], loc.child("schema"), self.root.file)
        content = {media: {"schema": schema} for media in consumes}
        for media in content:
            self._moved_from(new.child("content", media, "schema"), loc.child("schema"))
        self._examples(content, p.get("x-examples"), loc.child("x-examples"), "consume")
        out = {k: p[k] for k in ("description", "required") if k in p}
        out["content"] = content
        out.update(_extensions(p, skip=("x-examples",)))
        self._moved_from(new, loc)
        return out

    def _form_body(self, params, new, consumes, consumes_loc):
        medias = self._form_medias(params, consumes, consumes_loc)
        props, required, encoding = {}, [], {}
        for p, ploc in params:
            props[p["name"]] = self._form_member(p, ploc)
            if p.get("required") is True:
                required.append(p["name"])
            style = self._style(p, ploc, "formData")
            if style and style != ("form", True):  # 3.0's default for a form body's arrays
                encoding[p["name"]] = {"style": style[0], "explode": style[1]}
        schema = {"type": "object", "properties": props}
        if required:
            schema["required"] = required
        content = {}
        for media in medias:
            content[media] = {"schema": schema}
            if m.base(media) == m.FORM and encoding:
                content[media]["encoding"] = encoding
            for p, ploc in params:
                self._moved_from(new.child("content", media, "schema", "properties", p["name"]), ploc)
        self._moved_from(new, params[0][1])
        return {"content": content, **({"required": True} if required else {})}

    def _form_medias(self, params, consumes, consumes_loc):
        """The form media types of consumes that can carry params (a file goes in multipart only)."""
        files = [ploc for p, ploc in params if p.get("type") == "file"]
        medias = [c for c in consumes if m.base(c) == m.MULTIPART or (m.base(c) == m.FORM and not files)]
        if medias:
            self._multipart_arrays(params, medias)
            return medias
        needed = m.MULTIPART if files else m.FORM
        why = " (a file is sent in multipart/form-data only)" if files else ""
        self._warn(consumes_loc, "formData parameters, but consumes names no form media type that can carry them"
                   f"{why}; sent as {needed}")
        self._multipart_arrays(params, [needed])
        return [needed]

    def _multipart_arrays(self, params, medias):
        # Every array member of a multipart body is sent one part per item: what `multi` says.
        if not any(m.base(c) == m.MULTIPART for c in medias):
            return
        for p, ploc in params:
            fmt = p.get("collectionFormat", "csv")
            if p.get("type") == "array" and fmt != "multi":
                self._warn(ploc.child("collectionFormat"), f"collectionFormat {fmt} has no OpenAPI 3.0 form in "
                           "multipart/form-data; each item is sent as a part of its own (multi)")

    def _form_member(self, p, loc):
        out = self._simple_schema(p, loc, "formData")
        if "description" in p:
            out["description"] = p["description"]
        if "x-example" in p:
            out["example"] = p["x-example"]
        if "allowEmptyValue" in p:
            self._warn(loc.child("allowEmptyValue"), "allowEmptyValue has no OpenAPI 3.0 equivalent in a request "
                       "body; dropped")
        return out

    # -- responses ---------------------------------------------------------------------------------
    def _responses(self, responses, loc, new, produces):
        out = {}
        for code, raw in responses.items():
            code_loc, code_new = loc.child(code), new.child(code)
            if str(code).startswith("x-"):
                out[code] = raw
                continue
            r, rloc = self.loader.resolve(raw, code_loc)
            if _is_ref(raw) and rloc.file == self.root.file and rloc.pointer.startswith("/responses/") \
                    and produces == self.produces:
                out[code] = {"$ref": "#" + _moved(rloc.pointer)}  # the component has the document's produces
                self._moved_from(code_new, rloc)
            else:
                out[code] = self._response(r, rloc, code_new, produces)
        return out

    def _response(self, r, loc, new, produces):
        r = self._object(r, loc)
        out = {"description": r.get("description", "")}
        if "schema" in r:
            out["content"] = self._response_content(r["schema"], loc.child("schema"), new, produces)
        self._examples(out.get("content", {}), r.get("examples"), loc.child("examples"), "produce")
        headers = self._object(r.get("headers", {}), loc.child("headers"))
        if headers:
            out["headers"] = {name: self._header(h, loc.child("headers", name), new.child("headers", name))
                              for name, h in headers.items()}
        out.update(_extensions(r))
        self._moved_from(new, loc)
        return out

    def _response_content(self, raw, loc, new, produces):
        schema = self._schema(raw, loc, self.root.file)
        resolved, _ = self.loader.resolve(raw, loc)
        medias = produces
        if isinstance(resolved, dict) and resolved.get("type") == "file":
            # A file is bytes, whatever the operation says it produces besides.
            medias = [p for p in produces if not m.is_json(p)] or [_FILE_MEDIA]
        for media in medias:
            self._moved_from(new.child("content", media, "schema"), loc)
        return {media: {"schema": schema} for media in medias}

    def _examples(self, content, examples, loc, verb):
        """2.0's examples by media type (a response's examples, a body's x-examples) onto content."""
        if examples is None:
            return
        for media, value in self._object(examples, loc).items():
            if media in content:
                content[media]["example"] = value
            else:
                self._warn(loc.child(media), f"an example for {media}, which the operation does not {verb}; dropped")


def _check_bodies(params):
    """2.0 allows one body parameter, and not beside formData ones."""
    bodies = [ploc for p, ploc in params if p["in"] == "body"]
    if len(bodies) > 1:
        raise SpecError(str(bodies[1]), "an operation has one body parameter at most")
    if bodies and any(p["in"] == "formData" for p, _ in params):
        raise SpecError(str(bodies[0]), "body and formData parameters cannot be used together")


def _merged_bodies(inherited, own):
    """The path item's body and formData parameters the operation's own do not override (the
    same name and place; any body for a body, there being one at most), then the operation's."""
    taken = {(p["name"], p["in"]) for p, _ in own}
    own_body = any(p["in"] == "body" for p, _ in own)
    kept = [(p, loc) for p, loc in inherited
            if (p["name"], p["in"]) not in taken and not (own_body and p["in"] == "body")]
    merged = kept + own
    _check_bodies(merged)
    return merged


def _is_ref(node):
    return isinstance(node, dict) and "$ref" in node


def _extensions(node, skip=()):
    return {k: v for k, v in node.items() if isinstance(k, str) and k.startswith("x-") and k not in skip}


def _moved(pointer):
    """A pointer into the 2.0 root -> the same node's pointer in the 3.0 document."""
    for old, new in _MOVED:
        if pointer == old or pointer.startswith(old + "/"):
            return new + pointer[len(old):]
    return pointer


def _child(node, token):
    if isinstance(node, dict):
        return node.get(token)
    if isinstance(node, list) and token.isdigit() and int(token) < len(node):
        return node[int(token)]
    return None
