"""Paths and operations -> Operation IR (parameters struct, body, responses, security)."""
import dataclasses
import re

from . import docs, media as m, pagination
from .errors import SpecError
from .files import FileMembers
from .ir import BodyField, Field, Operation, Param, Response, SecurityScheme, StructType, TypeRef
from .names import c_ident, method_name, words
from .schemas import SchemaConverter, _MemberNames
from .servers import operation_server, server_url

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
OP_SUFFIXES = ("", "_params", "_params_desc", "_params_fields", "_params_locs", "_op", "_responses", "_security",
               "_body_fields", "_iter", "_iter_new", "_iter_next", "_iter_free", "_pagination", "_async", "_callback",
               "_adapt")
_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}
_STYLES = {"path": ("simple", "label", "matrix"), "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
           "header": ("simple",), "cookie": ("form",)}
_TEMPLATE_VAR = re.compile(r"\{([^{}]+)\}")
_HTTP_TOKEN = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_HEADER_VALUE_TEXT = re.compile(r"^[\x20-\x7e]+$")


class OperationBuilder:
    def __init__(self, loader, diags, names, converter: SchemaConverter, root, root_loc):
        self.loader = loader
        self.diags = diags
        self.names = names
        self.schemas = converter
        self.root = root
        self.root_loc = root_loc
        servers = root.get("servers")
        self.base_url = server_url(servers[0]) if isinstance(servers, list) and servers and isinstance(servers[0], dict) else ""
        self.schemes = self._security_schemes()
        self.files = FileMembers(loader, names, converter)  # build_api settles them once everything is converted

    def build_all(self):
        ops = []
        paths = self.root.get("paths") or {}
        if not isinstance(paths, dict):
            raise SpecError(str(self.root_loc.child("paths")), "paths must be an object")
        for path, item in paths.items():
            ploc = self.root_loc.child("paths", path)
            if not str(path).startswith("/"):
                raise SpecError(str(ploc), "a path must start with '/'")
            item, iloc = self.loader.resolve(item, ploc)
            if not isinstance(item, dict):
                raise SpecError(str(ploc), "a path item must be an object")
            for method in METHODS:
                if method in item:
                    op = self._operation(path, method, item, iloc)
                    ops.append(op)
                    if op.stream_variant is not None:
                        ops.append(op.stream_variant)
        return ops

    # -- one operation ---------------------------------------------------------------------------
    def _operation(self, path, method, item, iloc):
        # The operation object itself may be a $ref into another file (a tree of folders, one file
        # per operation): its own $refs are then relative to that file, which loc now names.
        node, loc = self.loader.resolve(item[method], iloc.child(method))
        if not isinstance(node, dict):
            raise SpecError(str(loc), "an operation must be an object")
        tags = node.get("tags") or []
        group = c_ident(tags[0]) if tags and isinstance(tags[0], str) else ""
        op_id = node.get("operationId")
        if isinstance(op_id, str) and op_id.strip():
            meth = method_name(op_id, words(tags[0]) if group else [])
        else:
            meth = _name_from_path(method, path)
        base = c_ident(f"{group}_{meth}" if group else meth)
        c_name = self.names.claim(base, OP_SUFFIXES)
        doc = []
        if node.get("summary"):
            doc.extend(docs.wrap(node["summary"]))
        if node.get("description") and node.get("description") != node.get("summary"):
            doc.extend([""] + docs.wrap(node["description"]) if doc else docs.wrap(node["description"]))
        op = Operation(c_name=c_name, group=group, method=method.upper(), path=path,
                       summary=str(node.get("summary") or ""), doc=doc, where=str(loc),
                       deprecated=node.get("deprecated") is True,
                       operation_id=op_id if isinstance(op_id, str) else None)
        self._parameters(op, item.get("parameters") or [], iloc.child("parameters"),
                         node.get("parameters") or [], loc.child("parameters"))
        self._check_path_template(op, loc)
        if "requestBody" in node:
            self._body(op, node["requestBody"], loc.child("requestBody"))
        stream = self._responses(op, node.get("responses") or {}, loc.child("responses"))
        security = node.get("security", self.root.get("security"))
        sec_loc = loc.child("security") if "security" in node else self.root_loc.child("security")
        op.security = self._requirements(security, sec_loc) if security is not None else []
        if security and not op.security:
            # Every alternative needs a scheme that cannot be sent (warned where it is defined).
            op.unsendable_security = sorted({n for req in security if isinstance(req, dict) for n in req if n not in self.schemes})
        own = "servers" in node or "servers" in item
        if own:
            sloc = loc.child("servers") if "servers" in node else iloc.child("servers")
            op.server = operation_server(node.get("servers", item.get("servers")), sloc, self.base_url, self.diags)
        if op.server:
            op.doc.extend(([""] if op.doc else []) + [f"Sent to {op.server}, this operation's own server "
                                                      "(config.servers redirects it)."])
        op.pagination = pagination.detect(op, node, loc, self._success_headers(node, loc), self.diags)
        if op.pagination is not None:
            op.doc.extend([""] + docs.wrap(f"Paginated ({op.pagination.rule}): the `_iter_new()`, `_iter_next()` and "
                                           "`_iter_free()` functions beside this one go through every item, asking for "
                                           "pages as they are needed."))
        if stream is not None:
            op.stream_variant = self._stream_variant(op, *stream)
        return op

    def _success_headers(self, node, loc):
        """Names (lower case) of the headers the success responses document: `link` says the
        pages are linked (RFC 8288)."""
        names = set()
        for code, raw in (node.get("responses") or {}).items():
            if str(code).startswith("2"):
                resp, _ = self.loader.resolve(raw, loc.child("responses", code))
                if isinstance(resp, dict) and isinstance(resp.get("headers"), dict):
                    names |= {str(h).lower() for h in resp["headers"]}
        return names

    def _stream_variant(self, op, response, data):
        """The operation again, answered as the text/event-stream its success response offers
        beside its JSON (or bytes, or text): same parameters, body and security, a function and
        a descriptor of its own. The API streams when the body asks (OpenAI: `stream: true`)."""
        flag = None
        if op.body is not None and op.body.kind == "object":
            flag = next((f.json_name for f in op.body.target.fields if f.json_name == "stream" and f.type.kind == "bool"), None)
        return dataclasses.replace(
            op, c_name=self.names.claim(op.c_name + "_stream", OP_SUFFIXES), operation_id=None, responses=[response],
            result=None, result_doc=response.doc, undecoded=[], events=True, event_data=data, stream_of=op,
            stream_variant=None, stream_member=flag, pagination=None)

    def _parameters(self, op, item_params, item_loc, op_params, op_loc):
        merged = {}
        for plist, ploc in ((item_params, item_loc), (op_params, op_loc)):
            if not isinstance(plist, list):
                raise SpecError(str(ploc), "parameters must be a list")
            for i, raw in enumerate(plist):
                p, where = self.loader.resolve(raw, ploc.child(i))
                if not isinstance(p, dict) or not isinstance(p.get("name"), str) or p.get("in") not in _STYLES:
                    raise SpecError(str(ploc.child(i)), "a parameter needs a string 'name' and 'in' of path, query, header or cookie")
                merged[(p["name"], p["in"])] = (p, where)
        if not merged:
            return
        struct = StructType(name=op.c_name + "_params", title=op.c_name + "_params",
                            doc=[f"Parameters of {docs.code(op.method + ' ' + op.path)}."], where=op.where)
        struct.unknown_member = None
        members = _MemberNames()
        for (name, where_in), (p, ploc) in merged.items():
            if where_in == "header" and name.lower() in ("accept", "content-type", "authorization"):
                self.diags.warn(str(ploc), f"header parameter '{name}' is set by the runtime; ignored")
                continue
            param = self._parameter(op, p, ploc, name, where_in, members)
            struct.fields.append(param.field)
            op.param_list.append(param)
        op.params = struct if struct.fields else None

    def _parameter(self, op, p, ploc, name, where_in, members):
        json_content = None
        if "schema" in p:
            ptype, nullable = self.schemas.convert(p["schema"], ploc.child("schema"), f"{op.c_name}_{name}")
        elif isinstance(p.get("content"), dict) and p["content"]:
            media = next(iter(p["content"]))
            mnode = p["content"][media]
            if m.is_json(media) and isinstance(mnode, dict) and "schema" in mnode:
                # Sent as the value's JSON text (APIC_STYLE_JSON), typed like any other.
                json_content = (mnode["schema"], ploc.child("content", media, "schema"))
                ptype, nullable = self.schemas.convert(json_content[0], json_content[1], f"{op.c_name}_{name}")
            else:
                self.diags.warn(str(ploc.child("content")), f"parameter encoded as '{media}': pass the encoded text as a string")
                ptype, nullable = TypeRef("string"), False
        else:
            raise SpecError(str(ploc), "a parameter needs a 'schema' or a 'content'")
        required = p.get("required") is True
        if where_in == "path" and not required:
            self.diags.warn(str(ploc.child("required")), "path parameters are always required")
            required = True
        style = p.get("style", _DEFAULT_STYLE[where_in])
        if style not in _STYLES[where_in]:
            raise SpecError(str(ploc.child("style")), f"style '{style}' is not allowed in {where_in}")
        explode = p.get("explode", style == "form")
        if json_content is not None:
            style, explode = "json", False
        elif style != "deepObject" and _nests(ptype):
            self.diags.warn(str(ploc), f"OpenAPI defines no {style} serialisation for the objects or arrays inside "
                            f"parameter '{name}'; each is sent as its JSON text")
        f = Field(json_name=name, c_name="", type=ptype, required=required, nullable=False,
                  doc=docs.schema_doc(p if "description" in p else self.loader.resolve(p.get("schema", {}), ploc)[0]))
        if nullable:
            f.doc.append("May be absent; null cannot be sent in a parameter.")
        members.place(f)
        return Param(field=f, location=where_in, style=style, explode=bool(explode),
                     allow_reserved=p.get("allowReserved") is True,
                     schema=(p["schema"], ploc.child("schema")) if "schema" in p else json_content)

    def _check_path_template(self, op, loc):
        declared = {p.field.json_name for p in op.param_list if p.location == "path"}
        used = set(_TEMPLATE_VAR.findall(op.path))
        for missing in sorted(used - declared):
            raise SpecError(str(loc), f"path template variable '{{{missing}}}' has no path parameter")
        for extra in sorted(declared - used):
            raise SpecError(str(loc), f"path parameter '{extra}' does not appear in the path '{op.path}'")

    def _body(self, op, raw, loc):
        body, bloc = self.loader.resolve(raw, loc)
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or not content:
            raise SpecError(str(bloc), "a requestBody needs a non-empty 'content'")
        media = _pick_media(content)
        kind = m.body_kind(media)
        mnode = content[media] if isinstance(content[media], dict) else {}
        schema = mnode.get("schema")
        sloc = bloc.child("content", media, "schema")
        if kind == "text":
            op.body = TypeRef("string")  # the caller's text, whatever the schema says it holds
        elif kind == "bytes":
            op.body = TypeRef("file")
        elif schema is None:
            # No schema: raw JSON for JSON, free-form text members for forms and multipart.
            op.body = TypeRef("any") if kind == "json" else TypeRef("map", elem=TypeRef("string"))
        else:
            op.body, _ = self.schemas.convert(schema, sloc, f"{op.c_name}_request")
            op.body_schema = (schema, sloc)
        if kind in ("form", "multipart") and op.body.kind not in ("object", "map"):
            self.diags.warn(str(sloc), f"a {media} body must be an object; the body is not sent")
            op.body, op.body_schema = None, None
            return
        if kind in ("form", "multipart") and op.body.kind == "object":
            props = self._properties(schema, sloc, set())
            if kind == "multipart":
                self.files.plan(op, op.body.target, props)
            encoding = mnode.get("encoding") if isinstance(mnode.get("encoding"), dict) else {}
            op.body_fields = [self._body_field(f, encoding.get(f.json_name), props.get(f.json_name, (None, None))[0], kind,
                                               bloc.child("content", media, "encoding")) for f in op.body.target.fields]
        op.body_kind = kind
        op.body_media = media
        op.body_required = body.get("required") is True
        op.body_doc = docs.inline(body["description"]) if isinstance(body.get("description"), str) else ""

    def _properties(self, node, loc, seen):
        """Property name -> (resolved schema, its Location) of an object schema, through $refs and allOf."""
        node, loc = self.loader.resolve(node, loc)
        if not isinstance(node, dict) or loc.key() in seen:
            return {}
        seen.add(loc.key())
        out = {}
        for i, part in enumerate(node.get("allOf") or []):
            out.update(self._properties(part, loc.child("allOf", i), seen))
        for name, prop in (node.get("properties") or {}).items():
            out[str(name)] = self.loader.resolve(prop, loc.child("properties", name))
        return out

    def _body_field(self, f, enc, schema, kind, loc):
        """How member f (of the given schema) of a form or multipart body is sent: its Encoding
        Object, else the defaults."""
        enc = enc if isinstance(enc, dict) else {}
        if kind == "multipart":
            declared = schema.get("contentMediaType") if isinstance(schema, dict) else None
            return BodyField(content_type=m.sendable_type(enc.get("contentType", declared)))
        # An object has no form of its own (form style would spread its members into the body and
        # lose its name): by default it goes in brackets, as servers that take nested forms read it.
        elem = f.type.elem if f.type.kind == "array" else f.type
        nested = elem is not None and elem.kind in ("object", "map", "array")
        style = enc.get("style", "deepObject" if nested else "form")
        if style not in m.FORM_STYLES:
            self.diags.warn(str(loc.child(f.json_name, "style")), f"style '{style}' is not one of a form body's "
                            f"({', '.join(m.FORM_STYLES)}); form is used")
            style = "form"
        return BodyField(style=style, explode=enc.get("explode", style == "form") is True,
                         allow_reserved=enc.get("allowReserved") is True)

    def _responses(self, op, responses, loc):
        """Fills op.responses (the success ones) and op.result. Returns (Response, event data type)
        of a text/event-stream the response giving op.result offers beside it, or None."""
        if not isinstance(responses, dict):
            raise SpecError(str(loc), "responses must be an object")
        entries = []
        for code, raw in responses.items():
            status = _status(str(code))
            if status is None:
                raise SpecError(str(loc.child(code)), f"'{code}' is not a status code, a range like 2XX, or 'default'")
            entries.append((status, code, raw))
        has_success = any(200 <= s < 300 or s == 2 for s, _, _ in entries)
        stream = None
        for status, code, raw in sorted(entries, key=lambda e: _order(e[0])):
            success = 200 <= status < 300 or status == 2 or (status == 0 and not has_success)
            if not success:
                continue
            rloc = loc.child(code)
            resp, rwhere = self.loader.resolve(raw, rloc)
            content = resp.get("content") if isinstance(resp, dict) else None
            rtype, media, kind = None, None, "json"
            if isinstance(content, dict) and content:
                media = _pick_media(content, avoid=m.EVENT_STREAM)
                mnode = content.get(media) if media else None
                schema = mnode.get("schema") if isinstance(mnode, dict) else None
                kind = m.response_kind(media)
                if kind == "json":
                    rtype = self.schemas.convert(schema, rwhere.child("content", media, "schema"), f"{op.c_name}_response")[0] if schema is not None else TypeRef("any")
                elif kind == "text":
                    rtype = TypeRef("string")
                elif kind == "bytes":
                    rtype = TypeRef("bytes")
                elif op.result is None and not op.events:
                    op.events = True  # delivered event by event (apic_call_events), never decoded
                    op.result_doc = _description(resp)
                    op.event_data = self._event_data(schema, rwhere.child("content", media, "schema"))
                elif not op.events:
                    self.diags.warn(str(rloc), f"response {code} is an event stream, unlike the first success response; not read")
            if rtype is not None:
                if op.result is None and not op.events:
                    op.result = rtype
                    op.result_doc = _description(resp)
                    alt = next((k for k in content if m.response_kind(k) == "events"), None)
                    if alt is not None:
                        anode = content[alt] if isinstance(content[alt], dict) else {}
                        stream = (Response(status=status, type=None, media=alt, doc=_description(resp), kind="events"),
                                  self._event_data(anode.get("schema"), rwhere.child("content", alt, "schema")))
                elif op.events or not op.result.same(rtype):
                    self.diags.warn(str(rloc), f"response {code} has a different type than the first success response; "
                                    "not decoded (its body is left in err->body)")
                    op.undecoded.append(str(code))
                    rtype = None
            op.responses.append(Response(status=status, type=rtype, media=media, doc="", kind=kind))
        return stream

    def _event_data(self, schema, loc):
        """The type of each event's data when the stream's schema names one that decodes on its
        own (a struct or a union), for the documentation; None otherwise."""
        if not (isinstance(schema, dict) and "$ref" in schema):
            return None
        t, _ = self.schemas.convert(schema, loc, "event")
        return t if t.kind in ("object", "union") else None

    # -- security ----------------------------------------------------------------------------
    def _security_schemes(self):
        comps = (self.root.get("components") or {}).get("securitySchemes") or {}
        out = {}
        names = set()
        for name, raw in comps.items():
            sloc = self.root_loc.child("components", "securitySchemes", name)
            s, where = self.loader.resolve(raw, sloc)
            kind, location, param, hmac, prefix = None, None, None, None, None
            stype = s.get("type") if isinstance(s, dict) else None
            if stype == "http" and str(s.get("scheme", "")).lower() == "bearer":
                kind = "bearer"
            elif stype == "http" and str(s.get("scheme", "")).lower() == "basic":
                kind = "basic"
            elif stype == "apiKey":
                if s.get("in") not in ("header", "query", "cookie") or not isinstance(s.get("name"), str):
                    raise SpecError(str(where), "an apiKey scheme needs 'in' (header, query or cookie) and 'name'")
                kind, location, param = "api_key", s["in"], s["name"]
                if s["in"] in ("header", "cookie") and not _HTTP_TOKEN.match(s["name"]):
                    self.diags.warn(str(where.child("name")), f"'{s['name']}' is not a valid {s['in']} name (RFC 9110 "
                                    "token); the scheme cannot be sent and operations needing it go without it")
                    continue
                prefix = s.get("x-apic-key-prefix")
                if prefix is not None and (not isinstance(prefix, str) or not _HEADER_VALUE_TEXT.match(prefix)):
                    raise SpecError(str(where.child("x-apic-key-prefix")), "x-apic-key-prefix must be a string of visible "
                                    "characters and spaces, such as 'ServiceToken '")
                if "x-apic-hmac" in s:
                    kind, hmac = "hmac", _hmac_extension(s["x-apic-hmac"], where.child("x-apic-hmac"), s["in"])
                elif s.get("x-apic-pusher-signature") is True:
                    # Pusher's query signing: auth_key, auth_timestamp, auth_version, body_md5 and
                    # this parameter (auth_signature), from config.api_key and config.hmac_secret.
                    if s["in"] != "query":
                        raise SpecError(str(where.child("in")), "an x-apic-pusher-signature scheme is a query parameter "
                                        "(in: query, name: auth_signature)")
                    kind = "pusher"
                if prefix is not None and kind != "api_key":
                    raise SpecError(str(where.child("x-apic-key-prefix")), "x-apic-key-prefix is for plain API keys, "
                                    "not signatures (x-apic-hmac, x-apic-pusher-signature)")
            elif stype in ("oauth2", "openIdConnect"):
                kind = "bearer"
            else:
                self.diags.warn(str(where), f"security scheme type '{stype}' is not supported; requests go without it")
                continue
            c_name = c_ident(name)
            while c_name in names:
                c_name += "_"
            names.add(c_name)
            out[name] = SecurityScheme(name=name, c_name=c_name, kind=kind, location=location, param=param, hmac=hmac, prefix=prefix,
                                       doc=docs.inline(s["description"]) if isinstance(s.get("description"), str) else "")
        return out

    def _requirements(self, security, loc):
        if not isinstance(security, list):
            raise SpecError(str(loc), "security must be a list of requirement objects")
        alternatives = []
        for i, req in enumerate(security):
            if not isinstance(req, dict):
                raise SpecError(str(loc.child(i)), "a security requirement must be an object")
            names = []
            for name in req:
                if name not in self.schemes:
                    comps = (self.root.get("components") or {}).get("securitySchemes") or {}
                    if name in comps:
                        names = None  # unsupported scheme: this alternative cannot be satisfied
                        break
                    raise SpecError(str(loc.child(i, name)), f"security scheme '{name}' is not defined in components/securitySchemes")
                names.append(name)
            if names is not None:
                alternatives.append(names)
        return alternatives


def _pick_media(content, avoid=None):
    """JSON when offered, else the first media that is not `avoid` (a response's event stream
    is read by a variant of its own), else the first."""
    medias = list(content)
    for media in medias:
        if m.is_json(media):
            return media
    return next((media for media in medias if m.base(media) != avoid), medias[0] if medias else None)


def _description(node):
    """A response's description on one line."""
    return docs.inline(node["description"]) if isinstance(node, dict) and isinstance(node.get("description"), str) else ""


def _status(code):
    if code == "default":
        return 0
    if len(code) == 3 and code[0] in "12345" and code[1:].upper() == "XX":
        return int(code[0])
    if code.isdigit() and 100 <= int(code) <= 599:
        return int(code)
    return None


def _order(status):
    """Exact codes first in numeric order, then ranges, then default."""
    if status >= 100:
        return (0, status)
    return (1, status) if status else (2, 0)


def _name_from_path(method, path):
    parts = []
    for seg in path.strip("/").split("/"):
        m = _TEMPLATE_VAR.fullmatch(seg)
        parts.append(f"by_{m.group(1)}" if m else seg)
    return "_".join([method] + [p for p in parts if p])


def _hmac_extension(ext, loc, where_in):
    """`x-apic-hmac: {timestamp-header, prefix}` on an apiKey header scheme: the key is an HMAC
    signature of the request (see apic_hmac_scheme), computed from config.hmac_secret."""
    if where_in != "header":
        raise SpecError(str(loc), "an x-apic-hmac signature must go in a header (in: header)")
    if not isinstance(ext, dict):
        raise SpecError(str(loc), "x-apic-hmac must be an object with 'timestamp-header' and 'prefix'")
    unknown = sorted(set(ext) - {"timestamp-header", "prefix"})
    if unknown:
        raise SpecError(str(loc.child(unknown[0])), f"unknown x-apic-hmac key '{unknown[0]}' (known: timestamp-header, prefix)")
    for key in ("timestamp-header", "prefix"):
        if key in ext and not isinstance(ext[key], str):
            raise SpecError(str(loc.child(key)), f"{key} must be a string")
    return {"timestamp_header": ext.get("timestamp-header"), "prefix": ext.get("prefix", "")}


def _nests(t):
    """Whether a parameter's value holds an object or array inside its first level (a list of
    objects, an object with an object member), which only deepObject knows how to write."""
    def composite(x):
        return x.kind in ("object", "array", "map") or (x.kind == "union" and any(
            composite(v.type) for v in x.target.variants))
    if t.kind in ("array", "map"):
        return composite(t.elem)
    if t.kind == "object":
        return any(composite(f.type) for f in t.target.fields) or (
            t.target.additional is not None and composite(t.target.additional))
    if t.kind == "union":
        return any(_nests(v.type) for v in t.target.variants)
    return False

