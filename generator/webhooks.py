"""The spec's top-level `webhooks` (OpenAPI 3.1) -> WebhookSet, and sdk.yaml's `webhooks:`.

Each webhook is a request the API sends: its payload (the JSON schema of its requestBody)
becomes a variant of one union, `webhook_event`, in document order, so that a received webhook
decodes into a typed value whose `kind` says which webhook it is. How the sender says which one
it posts comes from sdk.yaml (`event_header`: a header whose value is the webhook's key;
`event_member`: a member of the payload) or, when neither is configured and there are several
webhooks, from the payloads themselves: a member every typed payload has, whose schema allows
one value (a one-value enum or a const), different in each. How the sender signs is sdk.yaml's
`scheme`: a scheme the runtime predefines, or a mapping describing one (apic/webhook.h).
"""
import re

from . import docs, media as m
from .errors import SpecError
from .ir import TypeRef, UnionType, Variant, Webhook, WebhookSet
from .names import c_ident
from .schemas import UNION_SUFFIXES, _MemberNames, _ref_title

UNION_NAME = "webhook_event"
UNION_TITLE = "Webhooks"
# Names the generated webhook API uses, reserved when the spec has webhooks (a schema named
# WebhookEvent then becomes webhook_event_model).
WEBHOOK_NAMES = tuple(UNION_NAME + s for s in UNION_SUFFIXES) + ("webhook_events", "webhook_parse", "webhook_scheme")
CONFIG_KEYS = ("scheme", "event_header", "event_member")
# sdk.yaml name -> (the runtime's object, its name in prose)
NAMED_SCHEMES = {"standard-webhooks": ("APIC_WEBHOOK_STANDARD", "Standard Webhooks"),
                 "svix": ("APIC_WEBHOOK_SVIX", "Svix"),
                 "pusher": ("APIC_WEBHOOK_PUSHER", "Pusher"),
                 "schematic": ("APIC_WEBHOOK_SCHEMATIC", "Schematic")}
SCHEME_KEYS = ("name", "signature_header", "prefix", "separator", "encoding", "signed_content", "timestamp_header",
               "timestamp_prefix", "timestamp_member", "timestamp_ms", "id_header", "key_header", "secret_format",
               "tolerance_s")
ENCODINGS = {"hex": "APIC_WEBHOOK_HEX", "base64": "APIC_WEBHOOK_BASE64"}
SECRET_FORMATS = {"text": "APIC_WEBHOOK_SECRET_TEXT", "whsec": "APIC_WEBHOOK_SECRET_WHSEC",
                  "base64": "APIC_WEBHOOK_SECRET_BASE64"}
_HEADER = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_METHODS = ("post", "put", "patch", "get", "delete", "options", "head", "trace")


# -- sdk.yaml ----------------------------------------------------------------------------------
def webhooks_config(node, path):
    """`webhooks: {scheme, event_header | event_member}` of sdk.yaml, checked; every problem
    names its key (`sdk.yaml#/webhooks/scheme/encoding`)."""
    where = f"{path}#/webhooks"
    if not isinstance(node, dict):
        raise SpecError(where, "webhooks must be a mapping with scheme, event_header or event_member")
    unknown = sorted(set(node) - set(CONFIG_KEYS))
    if unknown:
        raise SpecError(f"{where}/{unknown[0]}", f"unknown key '{unknown[0]}' (known: {', '.join(CONFIG_KEYS)})")
    if "event_header" in node and "event_member" in node:
        raise SpecError(f"{where}/event_member", "event_header and event_member exclude each other: the sender "
                        "names the event either in a header or in a member of the payload")
    if "event_header" in node:
        _header(node["event_header"], f"{where}/event_header")
    if "event_member" in node and (not isinstance(node["event_member"], str) or not node["event_member"]):
        raise SpecError(f"{where}/event_member", "event_member must be the name of a member of the payloads (a string)")
    out = {"config": path, "event_header": node.get("event_header"), "event_member": node.get("event_member"),
           "scheme_name": None, "scheme": None}
    if "scheme" in node:
        scheme = node["scheme"]
        if isinstance(scheme, dict):
            out["scheme"] = _scheme(scheme, f"{where}/scheme")
        elif scheme in NAMED_SCHEMES or scheme == "none":
            out["scheme_name"] = scheme
        else:
            raise SpecError(f"{where}/scheme", f"unknown scheme {scheme!r} (known: {', '.join(NAMED_SCHEMES)}, none; "
                            "or a mapping describing the scheme: " + ", ".join(SCHEME_KEYS) + ")")
    return out


def _header(value, where):
    if not isinstance(value, str) or not _HEADER.match(value):
        raise SpecError(where, f"{value!r} is not a header name")
    return value


def _scheme(node, where):
    """A scheme described in sdk.yaml: the apic_webhook_scheme members, checked, with defaults."""
    unknown = sorted(set(node) - set(SCHEME_KEYS))
    if unknown:
        raise SpecError(f"{where}/{unknown[0]}", f"unknown key '{unknown[0]}' (known: {', '.join(SCHEME_KEYS)})")
    s = {"name": None, "signature_header": None, "prefix": None, "separator": None, "encoding": "hex",
         "signed_content": None, "timestamp_header": None, "timestamp_prefix": None, "timestamp_member": None,
         "timestamp_ms": False, "id_header": None, "key_header": None, "secret_format": "text", "tolerance_s": 0}
    for key in ("signature_header", "signed_content"):
        if key not in node:
            raise SpecError(f"{where}/{key}", f"{key} is required")
    for key in ("signature_header", "timestamp_header", "id_header", "key_header"):
        if key in node:
            s[key] = _header(node[key], f"{where}/{key}")
    for key in ("name", "prefix", "timestamp_prefix", "timestamp_member", "signed_content"):
        if key in node:
            if not isinstance(node[key], str) or (key != "prefix" and not node[key]):
                raise SpecError(f"{where}/{key}", f"{key} must be a{'' if key == 'prefix' else ' non-empty'} string")
            s[key] = node[key]
    if "separator" in node:
        sep = node["separator"]
        if not isinstance(sep, str) or len(sep) != 1 or not " " <= sep <= "~":
            raise SpecError(f"{where}/separator", f"{sep!r} is not one printable ASCII character (e.g. ' ' or ',')")
        s["separator"] = sep
    for key, known in (("encoding", ENCODINGS), ("secret_format", SECRET_FORMATS)):
        if key in node:
            if node[key] not in known:
                raise SpecError(f"{where}/{key}", f"{node[key]!r} is not one of {', '.join(known)}")
            s[key] = node[key]
    if "timestamp_ms" in node:
        if not isinstance(node["timestamp_ms"], bool):
            raise SpecError(f"{where}/timestamp_ms", "timestamp_ms must be true or false")
        s["timestamp_ms"] = node["timestamp_ms"]
    if "tolerance_s" in node:
        tol = node["tolerance_s"]
        if not isinstance(tol, int) or isinstance(tol, bool) or tol < 0:
            raise SpecError(f"{where}/tolerance_s", f"{tol!r} is not a number of seconds (0: the runtime's 300)")
        s["tolerance_s"] = tol
    names = _PLACEHOLDER.findall(s["signed_content"])
    bad = [n for n in names if n not in ("id", "timestamp", "body")]
    if bad:
        raise SpecError(f"{where}/signed_content", f"'{{{bad[0]}}}' is not one of {{id}}, {{timestamp}}, {{body}}")
    if "body" not in names:
        raise SpecError(f"{where}/signed_content", "the signed content must hold {body}: a signature that does not "
                        "cover the body vouches for nothing in it")
    if "id" in names and not s["id_header"]:
        raise SpecError(f"{where}/signed_content", "{id} needs id_header, the header holding the message id")
    if "timestamp" in names and not s["timestamp_header"]:
        raise SpecError(f"{where}/signed_content", "{timestamp} needs timestamp_header (a timestamp_member is read "
                        "only after the signature matched, so it cannot be signed content)")
    if s["timestamp_header"] and s["timestamp_member"]:
        raise SpecError(f"{where}/timestamp_member", "timestamp_header and timestamp_member exclude each other")
    in_signature = s["timestamp_header"] is not None and s["timestamp_header"].lower() == s["signature_header"].lower()
    if in_signature and not s["timestamp_prefix"]:
        raise SpecError(f"{where}/timestamp_prefix", "a timestamp in the signature header needs timestamp_prefix, "
                        "the text before its entry (e.g. 't=')")
    if s["timestamp_prefix"] and not in_signature:
        raise SpecError(f"{where}/timestamp_prefix", "timestamp_prefix is for a timestamp inside the signature header: "
                        "timestamp_header must then be signature_header")
    if in_signature and not s["separator"]:
        raise SpecError(f"{where}/separator", "a timestamp in the signature header needs the separator of its entries")
    if s["timestamp_ms"] and not (s["timestamp_header"] or s["timestamp_member"]):
        raise SpecError(f"{where}/timestamp_ms", "timestamp_ms needs timestamp_header or timestamp_member")
    return s


def scheme_initialiser(ws, api_title):
    """The designated initialisers of the apic_webhook_scheme sdk.yaml describes, as (member, C)."""
    s = ws.scheme
    out = [("name", docs.c_string(s["name"] or f"{api_title} webhooks"))]
    for key in ("signature_header", "prefix"):
        if s[key] is not None:
            out.append((key, docs.c_string(s[key])))
    if s["separator"]:
        out.append(("separator", _c_char(s["separator"])))
    out.append(("encoding", ENCODINGS[s["encoding"]]))
    for key in ("signed_content", "timestamp_header", "timestamp_prefix", "timestamp_member"):
        if s[key] is not None:
            out.append((key, docs.c_string(s[key])))
    if s["timestamp_ms"]:
        out.append(("timestamp_ms", "true"))
    for key in ("id_header", "key_header"):
        if s[key] is not None:
            out.append((key, docs.c_string(s[key])))
    out.append(("secret_format", SECRET_FORMATS[s["secret_format"]]))
    if s["tolerance_s"]:
        out.append(("tolerance_s", f"{s['tolerance_s']}L"))
    return out


def _c_char(ch):
    return f"'{ch}'" if ch not in "'\\" else f"'\\{ch}'"


# -- the spec ----------------------------------------------------------------------------------
def has_webhooks(root):
    hooks = root.get("webhooks")
    return isinstance(hooks, dict) and bool(hooks)


def load_webhooks(root, root_loc, loader, converter, diags, cfg, prefix):
    """The WebhookSet of the document's `webhooks`, or None when it has none. cfg: sdk.yaml
    `webhooks:` as webhooks_config() checked it, or None. Call after the components are
    converted, so that a payload's $ref reuses the schema's struct."""
    cfg = cfg or {}
    wloc = root_loc.child("webhooks")
    hooks = root.get("webhooks")
    if hooks is not None and not isinstance(hooks, dict):
        raise SpecError(str(wloc), "webhooks must be an object: webhook name -> path item")
    if not hooks:
        if cfg:
            raise SpecError(f"{cfg['config']}#/webhooks", "the spec has no webhooks (OpenAPI 3.1's top-level "
                            "`webhooks`): there is nothing to receive")
        return None
    union = UnionType(name=UNION_NAME, title=UNION_TITLE, where=str(wloc), combiner="oneOf", doc=docs.reflow(
        f"A webhook the API sends, decoded: `kind` says which webhook it is, `as` holds its payload. "
        f"{prefix}_webhook_parse() verifies a received webhook and decodes it into one (see {prefix}/webhook_events.h)."),
        unknown_const=converter._constant(UNION_NAME, "UNKNOWN_VALUE"))
    members = _MemberNames()
    members.claim("unknown_value")  # its constant would read as kind 0's
    hooks_out = []
    for key, raw in hooks.items():
        hook = _webhook(str(key), raw, wloc.child(key), loader, converter, diags, members)
        if hook is not None:
            hooks_out.append(hook)
            union.variants.append(hook.variant)
    if not hooks_out:
        if cfg:
            raise SpecError(f"{cfg['config']}#/webhooks", "none of the spec's webhooks has an operation: there is "
                            "nothing to receive")
        return None
    converter.unions.append(union)
    ws = WebhookSet(union=union, webhooks=hooks_out, event_header=cfg.get("event_header"))
    name = cfg.get("scheme_name")
    if name in NAMED_SCHEMES:
        ws.scheme_symbol, ws.scheme_name = NAMED_SCHEMES[name][0], name
    elif name == "none":
        ws.scheme_name = "none"
    ws.scheme = cfg.get("scheme")
    if cfg.get("event_member"):
        _discriminate(ws, cfg["event_member"], converter)
    elif not ws.event_header and len(hooks_out) > 1:
        found = _detect(hooks_out, loader, converter)
        if found is not None:
            _discriminate(ws, found, converter)
            ws.detected = True
        else:
            diags.warn(str(wloc), f"nothing tells the {len(hooks_out)} webhooks apart (no member that every payload "
                       "has, with one value, a different one in each: a one-value enum or a const); a received "
                       "webhook is matched by shape, the first that fits. Name the header or the member that says "
                       "which webhook it is in sdk.yaml: webhooks.event_header or webhooks.event_member")
    return ws


def _webhook(key, raw, loc, loader, converter, diags, members):
    """One webhook: its kind's member and constant, and its payload's type (raw JSON without a JSON schema)."""
    item, iloc = loader.resolve(raw, loc)
    if not isinstance(item, dict):
        raise SpecError(str(loc), "a webhook must be a path item (an object)")
    method = next((mm for mm in _METHODS if mm in item), None)
    if method is None:
        diags.warn(str(loc), "a webhook without an operation (post) is skipped")
        return None
    op, oloc = item[method], iloc.child(method)
    if not isinstance(op, dict):
        raise SpecError(str(oloc), "an operation must be an object")
    summary = op.get("summary") or op.get("description") or ""
    summary = docs.inline(summary.strip().split("\n\n")[0]) if isinstance(summary, str) else ""
    member = members.claim(c_ident(key, "webhook"))
    hook = Webhook(name=key, summary=summary, where=str(oloc), deprecated=op.get("deprecated") is True,
                   variant=Variant(member=member, const=converter._constant(UNION_NAME, member.upper()),
                                   type=TypeRef("any"), schema=""))
    if "requestBody" not in op:
        return hook
    body, bloc = loader.resolve(op["requestBody"], oloc.child("requestBody"))
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict) or not content:
        return hook
    media = next((k for k in content if m.is_json(k)), None)
    if media is None:
        diags.warn(str(bloc.child("content")), f"the payload is {', '.join(map(str, content))}, not JSON: it is kept "
                   "as raw JSON, which only a JSON body decodes into")
        return hook
    hook.media = media
    mnode = content[media] if isinstance(content[media], dict) else {}
    mloc = bloc.child("content", media)
    hook.examples = _examples(mnode, mloc, loader, diags)
    schema = mnode.get("schema")
    if schema is None:
        return hook
    sloc = mloc.child("schema")
    hook.schema = (schema, sloc)
    hook.variant.type, _ = converter.convert(schema, sloc, f"{key} payload")
    if isinstance(schema, dict) and "$ref" in schema:
        hook.variant.schema = _ref_title(loader.resolve(schema, sloc)[1])
    return hook


def _examples(mnode, mloc, loader, diags):
    """The media's `example` and `examples` (their values; $refs to components/examples followed)."""
    out = {}
    if "example" in mnode:
        out["example"] = mnode["example"]
    examples = mnode.get("examples")
    if isinstance(examples, dict):
        for name, raw in examples.items():
            ex, _ = loader.resolve(raw, mloc.child("examples", name))
            if isinstance(ex, dict) and "value" in ex:
                out[str(name)] = ex["value"]
            elif not (isinstance(ex, dict) and "externalValue" in ex):
                diags.warn(str(mloc.child("examples", name)), "an example needs a value; skipped")
    return out


def _discriminate(ws, member, converter):
    """The payload member naming the webhook: the union's discriminator. Each variant's values:
    those its payload allows the member (a const, an enum), those of a payload that is itself a
    union by that member, else the webhook's key."""
    ws.event_member = ws.union.discriminator = member
    for hook in ws.webhooks:
        t = hook.variant.type
        if t.kind == "union" and t.target.discriminator == member:
            values = [tag for v in t.target.variants for tag in v.tags]
        else:
            values = converter._allowed_values(*hook.schema, member) if hook.schema is not None else []
        hook.variant.tags = list(dict.fromkeys(values)) or [hook.name]


def _detect(hooks, loader, converter):
    """A member that names the webhook in its payload: one that every typed payload (at least
    two) has, whose schema allows it one value, a different one in each. Of several, the first
    that every payload requires, else the first (in the first payload's order)."""
    typed = [h for h in hooks if h.schema is not None]
    if len(typed) < 2:
        return None
    found = []
    for prop in _properties(typed[0].schema, loader, converter):
        values = [converter._allowed_values(*h.schema, prop) for h in typed]
        if all(len(v) == 1 for v in values) and len({v[0] for v in values}) == len(values):
            found.append((not all(prop in _required(h.schema, loader, converter) for h in typed), prop))
    return min(found, key=lambda f: f[0])[1] if found else None


def _object_schema(schema, loader, converter):
    node, loc = loader.resolve(*schema)
    if isinstance(node, dict) and "allOf" in node:
        node = converter._merge_all_of(node, loc, (loc.key(),))
    return node if isinstance(node, dict) else {}


def _properties(schema, loader, converter):
    props = _object_schema(schema, loader, converter).get("properties")
    return [str(p) for p in props] if isinstance(props, dict) else []


def _required(schema, loader, converter):
    required = _object_schema(schema, loader, converter).get("required")
    return set(required) if isinstance(required, list) else set()


# -- documentation -----------------------------------------------------------------------------
def _item(text, width=94):
    """A list item of doc lines, its continuation lines indented under its text."""
    lines = docs.reflow(text, width)
    return [lines[0]] + ["  " + line for line in lines[1:]]


def scheme_text(ws, p):
    """How the SDK verifies by default: the scheme, or why it has none, in a sentence fragment."""
    if ws.scheme_symbol:
        return (f"{NAMED_SCHEMES[ws.scheme_name][1]} ({ws.scheme_symbol}, as sdk.yaml says: "
                f"{docs.code('scheme: ' + ws.scheme_name)})")
    if ws.scheme is not None:
        s = ws.scheme
        fmt = s["encoding"] + (f" after {docs.code(s['prefix'])}" if s["prefix"] else "")
        stamp = (f"; the timestamp is in {docs.code(s['timestamp_header'])}" if s["timestamp_header"] else
                 f"; the timestamp is the payload's {docs.code(s['timestamp_member'])}" if s["timestamp_member"] else "")
        named = f", {docs.inline(s['name'])}" if s["name"] else ""
        return (f"the one sdk.yaml describes ({p}_webhook_scheme{named}): an HMAC-SHA256 of "
                f"{docs.code(s['signed_content'])} in the {docs.code(s['signature_header'])} header ({fmt}){stamp}")
    if ws.scheme_name == "none":
        return f"sdk.yaml says {docs.code('scheme: none')}, the API does not sign its webhooks"
    return f"sdk.yaml names no {docs.code('webhooks.scheme')}"


def how_recognised(ws, hook):
    """The sentence saying how a received webhook is known to be this one."""
    if ws.event_header:
        return f"Chosen by the header {docs.code(ws.event_header + ': ' + hook.name)}."
    if ws.event_member:
        return f"Chosen when {docs.code(ws.event_member)} is " + " or ".join(docs.code(t) for t in hook.variant.tags) + "."
    if len(ws.webhooks) == 1:
        return "The only webhook: chosen when the payload fits its schema (has the members it requires)."
    return "Chosen by shape: the first webhook, in this order, whose JSON type and required members fit."


def header_docs(ws, ct, p):
    """The comments of webhook_events.h: the file, <p>_webhook_events, <p>_webhook_scheme and
    <p>_webhook_parse() (which lists every webhook)."""
    P = p.upper()
    union = f"{p}_{ws.union.name}"
    first = ws.webhooks[0].variant
    code = [
        "@code",
        f'apic_webhook_secret secrets[] = {{{{NULL, getenv("{P}_WEBHOOK_SECRET")}}}};  // newest first',
        f"{p}_config cfg = {P}_CONFIG_INIT;",
        "cfg.webhook_secrets = secrets;",
        "cfg.n_webhook_secrets = 1;",
        f"{p}_client *client = NULL;",
        f"if ({p}_client_new(&cfg, &client, &err) != 0) {{ ... }}",
        "// for each webhook received: its headers and its body, exactly as received",
        f"{union} *event = NULL;",
        f"if ({p}_webhook_parse(client, headers, n_headers, body, body_len, &event, &err) == 0) {{",
        "    switch (event->kind) {",
        f"    case {ct.union_const(first.const)}: handle(event->as.{first.member}); break;",
        f"    default: break;  // {ct.union_const(ws.union.unknown_const)}: event->other is the raw JSON",
        "    }",
        f"    {union}_free(event);",
        "}  // else answer 400: err.kind is APIC_E_WEBHOOK_* (not signed as the scheme says) or APIC_E_DECODE",
        "@endcode",
    ]
    count = len(ws.webhooks)
    file_doc = docs.reflow(
        f"The API sends {'one webhook' if count == 1 else f'{count} webhooks'} (listed at {p}_webhook_parse()). "
        f"{p}_webhook_parse() verifies a received webhook and decodes it into a {union} (models.h): `kind` says which "
        "webhook it is, `as` holds its payload, and `other` keeps a webhook this SDK version does not know.") + [""] + code
    how = (f"the value of the {docs.code(ws.event_header)} header, the webhook's name" if ws.event_header else
           f"the payload's {docs.code(ws.event_member)} member" if ws.event_member else "the payload's shape")
    events_doc = docs.reflow(f"The webhooks for apic_webhook_parse(): the union of their payloads ({union}); which "
                             f"webhook a request is comes from {how}.")
    default = ws.scheme_symbol is not None or ws.scheme is not None
    scheme_doc = docs.reflow(
        f"How the API signs its webhooks: {scheme_text(ws, p)}. {p}_client_new() puts it in config.webhook_scheme "
        "when that is NULL; apic_webhook_sign() signs with it (tests, forwarding)." if default else
        f"NULL: {scheme_text(ws, p)}, so a client verifies only with a config.webhook_scheme of its own.")
    parse = docs.reflow(
        "Verifies one webhook the API sent and decodes its payload into a new "
        f"{union}, whose `kind` says which webhook it is:") + [""]
    for hook in ws.webhooks:
        v = hook.variant
        payload = (f"{ct.member_type(v.type).strip()}" + (f" (schema {docs.inline(v.schema)})" if v.schema else "")
                   if v.type.kind != "any" else "raw JSON text (the spec gives no JSON schema)")
        parse += _item(f"- {ct.union_const(v.const)}: {docs.code(hook.name)}"
                       + (f", {hook.summary.rstrip('.')}" if hook.summary else "")
                       + (" (deprecated)" if hook.deprecated else "")
                       + f". Payload in `as.{v.member}`: {payload}. {how_recognised(ws, hook)}")
    parse += _item(f"- {ct.union_const(ws.union.unknown_const)} (0): a payload none of them takes, kept as raw JSON "
                   "in `other`: a webhook this SDK version does not know is never lost.")
    parse += [""] + docs.reflow(
        "Nothing is decoded before the signature is checked, with the client's config.webhook_scheme and "
        "config.webhook_secrets (several, newest first, while a secret is rotated); a timestamp, when the scheme "
        "has one, must be within config.webhook_tolerance_s of now (0: the scheme's). "
        + (f"The default scheme is {scheme_text(ws, p)}." if default else
           f"This SDK has no default scheme: {scheme_text(ws, p)}.")
        + " Without a scheme or without secrets the webhook is decoded unverified, as anyone could have sent it, "
        "and each such parse is logged at warn level; apic_client_verifies_webhooks() tells at start-up.")
    parse += [
        "",
        f"@param client a client from {p}_client_new(): its config holds the scheme and the secrets",
        "@param headers the request's headers as received (names in any case)",
        "@param n_headers the number of entries of headers",
        "@param body the request's body exactly as received (len bytes, not necessarily NUL-terminated)",
        "@param len the length of body in bytes",
        f"@param out receives the webhook on success ({union}_free() it), NULL otherwise",
        f"@param err receives details on failure (may be NULL); release with {p}_error_clear()",
    ] + _item("@return 0; APIC_E_WEBHOOK_HEADER, APIC_E_WEBHOOK_MALFORMED, APIC_E_WEBHOOK_TIMESTAMP or "
              "APIC_E_WEBHOOK_SIGNATURE when the webhook is not signed as the scheme says (nothing is decoded); "
              "APIC_E_DECODE when the body is not the payload its kind describes; APIC_E_ARG, APIC_E_NOMEM")
    return {"file": file_doc, "events": events_doc, "scheme": scheme_doc, "parse": parse}
