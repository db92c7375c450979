"""sdk.yaml `pusher:` -> PusherBinding: the Pusher Channels protocol beside an API's operations.

A server that speaks the Pusher Channels HTTP API (Sockudo, Pusher, Soketi) publishes events
through two operations, one event and a batch, which the runtime's apic/pusher.h drives: it
checks the channels, names and data against the servers' limits, encrypts data for encrypted
channels and sends the body itself. sdk.yaml names the two operations:

    pusher:
      trigger: triggerEvent             # POST /apps/{app_id}/events
      trigger_batch: triggerBatchEvents # POST /apps/{app_id}/batch_events

and the SDK gets `<prefix>/pusher.h`: the binding of those operations (`<prefix>_pusher`), a
client made for an app (`<prefix>_client_new_app()`, `<prefix>_client_new_url()`, with the SDK's
own defaults), and thin typed wrappers of the runtime's functions (trigger, batch, send to a user,
channel and user authentication, signed URIs, end-to-end encryption). The checks here make sure
the spec describes what the runtime sends, so that the spec, the SDK and the server agree.
"""
from dataclasses import dataclass

from . import docs
from .errors import SpecError
from .ir import Operation

CONFIG_KEYS = ("trigger", "trigger_batch")
# The header's file stem: include/<prefix>/pusher.h. A tag group may not take it (render.FIXED_FILES).
HEADER = "pusher"
# Names the generated Pusher API uses, reserved when sdk.yaml has a `pusher:` section (an
# operation or a schema that would take one gets a suffix instead).
PUSHER_NAMES = ("pusher", "client_new_app", "client_new_url", "trigger", "trigger_batch", "send_to_user",
                "authorize_channel", "authenticate_user", "signed_uri", "shared_secret", "encrypt", "decrypt",
                "webhook_decrypt")
# The one parameter a trigger may require: the client made for an app fills it in (config.path_params).
APP_ID = "app_id"
# What the runtime sends (socket_id and info when given): {"name", "channels": [...], "data",
# "socket_id", "info", "idempotency_key"} for one event; {"batch": [{"name", "channel", "data",
# "socket_id", "info", "idempotency_key"}, ...]} for a batch.
TRIGGER_MEMBERS = ("name", "channels", "data", "socket_id", "info", "idempotency_key")
BATCH_MEMBER = "batch"
BATCH_EVENT_MEMBERS = ("name", "channel", "data", "socket_id", "info", "idempotency_key")


@dataclass(eq=False)
class PusherBinding:
    """The operations the runtime triggers events through (their answers are the wrappers' results)."""
    trigger: Operation
    trigger_batch: Operation


def pusher_config(node, path):
    """`pusher: {trigger, trigger_batch}` of sdk.yaml, checked; every problem names its key."""
    where = f"{path}#/pusher"
    if not isinstance(node, dict):
        raise SpecError(where, "pusher must be a mapping with trigger and trigger_batch (operationIds)")
    unknown = sorted(set(node) - set(CONFIG_KEYS), key=str)
    if unknown:
        raise SpecError(f"{where}/{unknown[0]}", f"unknown key '{unknown[0]}' (known: {', '.join(CONFIG_KEYS)})")
    for key in CONFIG_KEYS:
        if not isinstance(node.get(key), str) or not node[key].strip():
            raise SpecError(f"{where}/{key}", f"{key} is required: the operationId of the operation that "
                            + ("publishes one event (POST /apps/{app_id}/events)" if key == "trigger"
                               else "publishes a batch (POST /apps/{app_id}/batch_events)"))
    return dict(node, where=where)


def load_pusher(cfg, operations, schemes):
    """The binding sdk.yaml names, checked against the spec. schemes: name -> SecurityScheme."""
    trigger = _operation(cfg, "trigger", operations, schemes)
    batch = _operation(cfg, "trigger_batch", operations, schemes)
    where = cfg["where"]
    body = trigger.body.target
    missing = [m for m in TRIGGER_MEMBERS if _member(body, m) is None]
    if missing:
        raise SpecError(f"{where}/trigger", f"the body of '{cfg['trigger']}' ({body.title}) lacks what the runtime "
                        f"sends: {', '.join(missing)} (an event is " + "{" + ", ".join(TRIGGER_MEMBERS) + "})")
    channels = _member(body, "channels")
    if channels.type.kind != "array" or channels.type.elem.kind != "string":
        raise SpecError(f"{where}/trigger", f"the member 'channels' of {body.title} must be an array of strings "
                        "(channel names)")
    items = _member(batch.body.target, BATCH_MEMBER)
    if items is None or items.type.kind != "array" or items.type.elem.kind != "object":
        raise SpecError(f"{where}/trigger_batch", f"the body of '{cfg['trigger_batch']}' ({batch.body.target.title}) "
                        f"must hold '{BATCH_MEMBER}', an array of events (objects): the runtime sends "
                        '{"batch": [{"name", "channel", "data", ...}, ...]}')
    event = items.type.elem.target
    missing = [m for m in BATCH_EVENT_MEMBERS if _member(event, m) is None]
    if missing:
        raise SpecError(f"{where}/trigger_batch", f"an event of the batch of '{cfg['trigger_batch']}' ({event.title}) "
                        f"lacks what the runtime sends: {', '.join(missing)} (an event of a batch is "
                        + "{" + ", ".join(BATCH_EVENT_MEMBERS) + "})")
    return PusherBinding(trigger=trigger, trigger_batch=batch)


def _member(struct, name):
    return next((f for f in struct.fields if f.json_name == name), None)


def _operation(cfg, key, operations, schemes):
    """The operation sdk.yaml's key names: a signed POST with a JSON object body and no parameter
    the caller must give but the app id."""
    op_id = cfg[key]
    where = f"{cfg['where']}/{key}"
    op = next((o for o in operations if o.operation_id == op_id), None)
    if op is None:
        raise SpecError(where, f"no operation has operationId '{op_id}'")
    if op.method != "POST" or op.body is None or op.body_kind != "json" or op.body.kind != "object":
        raise SpecError(where, f"'{op_id}' must be a POST with a JSON object body ({op.method} {op.path} is not): "
                        "the runtime sends the event as that body")
    for prm in op.param_list:
        if prm.field.required and not (prm.location == "path" and prm.field.json_name == APP_ID
                                       and prm.field.type.kind == "string"):
            raise SpecError(where, f"'{op_id}' has the required {prm.location} parameter '{prm.field.json_name}'; a "
                            f"trigger sends only its body and the path parameter '{APP_ID}' (a string, which the "
                            "client made for an app fills in)")
    signed = any(schemes[name].kind == "pusher" for alt in op.security or [] for name in alt)
    if not signed:
        raise SpecError(where, f"'{op_id}' is not signed the Pusher way: its security must name an apiKey scheme "
                        "with `x-apic-pusher-signature: true` (in: query, name: auth_signature)")
    return op



# -- the header's documentation ------------------------------------------------------------------
def _tag(text, width=96):
    """A @param or @return entry: its continuation lines indented under its text."""
    lines = docs.reflow(text, width - 7)
    return [lines[0]] + ["       " + line for line in lines[1:]]


def _doc(prose, *tags):
    return docs.reflow(prose) + [line for t in tags for line in _tag(t)]


def _defaults_prose(defaults, api, p):
    """What the SDK's client constructors default (Plan.client_defaults), in words."""
    words = {"user_agent": "its User-Agent",
             "pii_keys": "the spec's personal-data members, masked in logs",
             "idempotency_header": f"the idempotency header {docs.code(api.idempotency_header or '')}",
             "webhook_scheme": f"the webhook scheme {p}_webhook_scheme"}
    parts = [words[member] for member, _ in defaults]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def header_docs(b, api, p, out, free, defaults, webhook_from_json):
    """The comments of `<p>/pusher.h`, by declaration. out: the C type each trigger wrapper
    answers (`trigger`, `batch`; None without one); free: what frees it; defaults:
    Plan.client_defaults; webhook_from_json: what decodes a webhook body, or None."""
    P = p.upper()
    trigger, batch = f"{p}_{b.trigger.c_name}()", f"{p}_{b.trigger_batch.c_name}()"
    err = f"@param err receives details on failure (may be NULL); release with {p}_error_clear()"
    client = f"@param client a client from {p}_client_new_app()"
    keyed = f"@param client a client from {p}_client_new_app() for an app with a master key"

    def answer(which, op):
        if out[which] is None:
            return []
        return [f"@param out receives the answer on success ({free[which]}() it), NULL otherwise; may be NULL to "
                "discard" + (f". {op.result_doc}" if op.result_doc else "")]

    code = ["@code",
            f'apic_pusher_app app = {{"app-1", getenv("{P}_KEY"), getenv("{P}_SECRET"), "127.0.0.1", 6001, false, '
            "NULL};",
            f"{p}_client *client = NULL;",
            f"{p}_error err = {{0}};",
            f"if ({p}_client_new_app(&app, NULL, &client, &err) != 0) {{ fprintf(stderr, \"%s\\n\", err.message); "
            "return 1; }",
            'const char *channels[] = {"orders"};']
    if out["trigger"] is not None:
        code += [f"{out['trigger']} *answer = NULL;",
                 f'if ({p}_trigger(client, channels, 1, "order.created", "{{\\"id\\":\\"ord_1\\"}}", NULL, &answer, '
                 "&err) == 0)",
                 f"    {free['trigger']}(answer);"]
    else:
        code.append(f'{p}_trigger(client, channels, 1, "order.created", "{{\\"id\\":\\"ord_1\\"}}", NULL, &err);')
    code += ["char *auth = NULL;  // the answer to a client library's request to subscribe to a private channel",
             f'if ({p}_authorize_channel(client, "1234.1234", "private-orders", NULL, &auth, &err) == 0) free(auth);',
             f"{p}_error_clear(&err);",
             f"{p}_client_free(client);",
             "@endcode"]
    return {
        "brief": (f"{docs.inline(api.title)}: the Pusher Channels protocol beside the HTTP API (clients made for an "
                  "app, events triggered with the servers' checks, channel and user authentication, signed URLs, "
                  "end-to-end encrypted channels). Generated; do not edit."),
        "file": docs.reflow(
            "A Pusher app is an id, a key and a secret on a host (an apic_pusher_app, or a URL "
            f"`http://KEY:SECRET@HOST:PORT/apps/APP_ID`). A client made for one by {p}_client_new_app() signs every "
            "request the Pusher way (auth_key, auth_timestamp, auth_version, body_md5 and auth_signature in the "
            "query, computed anew on every attempt), fills in the `app_id` path parameter that a call leaves unset, "
            f"and keeps what {p}_client_new() sets by default. The functions below are the runtime's (apic/pusher.h) "
            f"in this SDK's types: events go through {trigger} and {batch} ({p}_pusher), checked first against the "
            "servers' limits (APIC_PUSHER_MAX_CHANNELS channels, APIC_PUSHER_MAX_DATA bytes of data, "
            "APIC_PUSHER_MAX_BATCH events a batch) and encrypted for `private-encrypted-` channels.") + [""] + code,
        "binding": docs.reflow(
            f"The operations events are triggered through, for the functions of apic/pusher.h: {trigger} "
            f"({docs.code(b.trigger.method + ' ' + b.trigger.path)}) for one event and {batch} "
            f"({docs.code(b.trigger_batch.method + ' ' + b.trigger_batch.path)}) for a batch."),
        "client_new_app": _doc(
            "Creates a client for a Pusher app. Its requests are signed with the app's key and secret, the `app_id` "
            "path parameter of every operation defaults to app->app_id, its base URL is the app's host and port "
            "(https with app->use_tls), and end-to-end encrypted channels use the app's master key. The rest comes "
            f"from cfg, as {p}_client_new() takes it, with the same defaults "
            f"({_defaults_prose(defaults, api, p)}).",
            "@param app the app: app_id, key and secret are required; read during the call only",
            "@param cfg everything else (timeouts, retries, logging, dead letters, webhook secrets), copied; its "
            "base_url, api_key and hmac_secret are the app's; NULL for the defaults",
            f"@param out receives the client ({p}_client_free() it); NULL on failure", err,
            "@return 0; APIC_E_CONFIG naming the app member or config key at fault (`app.key: is required`, a master "
            "key that is not base64 of 32 bytes); APIC_E_ARG; APIC_E_NOMEM"),
        "client_new_url": _doc(
            "Creates a client for the app a URL names, `http://KEY:SECRET@HOST:PORT/apps/APP_ID` (https for TLS; key "
            f"and secret percent-decoded), as {p}_client_new_app() does. The secret's parsed copy is wiped before it "
            "returns.",
            "@param url the app's URL, e.g. from the environment",
            f"@param cfg everything else, as for {p}_client_new_app(); NULL for the defaults",
            f"@param out receives the client ({p}_client_free() it); NULL on failure", err,
            "@return 0; APIC_E_CONFIG naming what is missing or wrong in the URL (never showing the secret); or what "
            f"{p}_client_new_app() returns"),
        "trigger": _doc(
            f"Publishes an event on n channels, through {trigger}. Checked first, and nothing is sent when anything "
            "is wrong (APIC_E_VALIDATION naming the limit): 1 to APIC_PUSHER_MAX_CHANNELS valid channel names (an "
            "encrypted channel alone), an event name of at most APIC_PUSHER_MAX_EVENT_NAME characters, data of at "
            "most APIC_PUSHER_MAX_DATA bytes. For a `private-encrypted-` channel the data is encrypted with the "
            "channel's key. The request is signed and retried like any call, with one idempotency key on every "
            "attempt (opts->idempotency_key, else a new UUID v4), so the server publishes the event once.",
            client, "@param channels the channels' names; borrowed", "@param n number of entries in channels",
            "@param event the event's name",
            "@param data the event's data as subscribers receive it (JSON text or any string)",
            "@param opts the connection not to send it to (socket_id), the attributes to answer (info) and the "
            "idempotency key; may be NULL", *answer("trigger", b.trigger), err,
            f"@return 0; APIC_E_VALIDATION (nothing sent); or what {trigger} returns (APIC_E_HTTP carries the HTTP "
            "status and body in err)"),
        "trigger_batch": _doc(
            f"Publishes n events (at most APIC_PUSHER_MAX_BATCH) in one request, through {batch}: each checked and "
            f"encrypted as {p}_trigger() does, and sent with its own idempotency key (events[i].idempotency_key, else "
            "a new one). Nothing is sent when one event is wrong.",
            client, "@param events the events (channel, name and data required); borrowed",
            "@param n number of entries in events", *answer("batch", b.trigger_batch), err,
            f"@return 0; APIC_E_VALIDATION naming the event and the limit (nothing sent); or what {batch} returns"),
        "send_to_user": _doc(
            "Publishes an event to every connection of a user: on the channel `#server-to-user-<user_id>`, as "
            f"{p}_trigger() does (the user's client libraries receive it once signed in).",
            client, "@param user_id the user's id, as the app signed the user in", "@param event the event's name",
            "@param data the event's data as the user's connections receive it", *answer("trigger", b.trigger), err,
            f"@return as {p}_trigger()"),
        "authorize_channel": _doc(
            "The answer to a client library's request to subscribe a connection to a private, presence or encrypted "
            'channel, as the JSON the library expects: `{"auth":"<key>:<signature>"}`, the signature the hex '
            "HMAC-SHA256 of `socket_id:channel` (and `:channel_data` for a presence channel) under the app's secret; "
            "with `channel_data` for a presence channel and `shared_secret` (the channel's key) for an encrypted one. "
            "Nothing is sent to the server.",
            client, "@param socket_id the connection's socket id, `<digits>.<digits>`, as the library sent it",
            "@param channel the channel's name",
            "@param channel_data for a presence channel, the member's JSON (it must hold a `user_id`), signed and "
            "returned exactly as given; NULL otherwise",
            "@param json receives the answer (free() it); NULL on failure", err,
            "@return 0; APIC_E_VALIDATION naming what is wrong (the socket id, the channel name, a presence channel "
            "without channel_data, an encrypted channel without a master key); APIC_E_ARG; APIC_E_NOMEM"),
        "authenticate_user": _doc(
            "The answer to a client library's user authentication (sign-in) request: "
            '`{"auth":"<key>:<signature>","user_data":"<user_data>"}`, the signature the hex HMAC-SHA256 of '
            "`socket_id::user::user_data` under the app's secret. Nothing is sent to the server.",
            client, "@param socket_id the connection's socket id, as the library sent it",
            "@param user_data the user's JSON (it must hold an `id`), signed and returned exactly as given",
            "@param json receives the answer (free() it); NULL on failure", err,
            f"@return as {p}_authorize_channel()"),
        "signed_uri": _doc(
            "A signed URL of a request to the app's server, for a request this SDK does not make itself: the base "
            "URL, path, the query of params (percent-encoded here) and the signing parameters (auth_key, "
            "auth_timestamp, auth_version, body_md5 of body, auth_signature).",
            client, '@param method the request\'s method, e.g. "GET"',
            '@param path the request\'s path, e.g. "/apps/app-1/channels"',
            "@param params the query parameters, each a name and a value (not encoded); may be NULL when n_params "
            "is 0", "@param n_params number of entries in params",
            "@param body the exact body the request will send, for body_md5; NULL for none",
            "@param body_len bytes of body", "@param timestamp auth_timestamp in Unix seconds; 0 for now",
            "@param url receives the URL (free() it); NULL on failure", err,
            "@return 0; APIC_E_VALIDATION for a parameter that uses a reserved name (auth_key, auth_timestamp, "
            "auth_version, auth_signature, body_md5); APIC_E_ARG; APIC_E_NOMEM"),
        "shared_secret": _doc(
            "The key of an end-to-end encrypted channel: SHA-256 of the channel's name and the app's master key, in "
            "base64 (what a channel authorization gives subscribers as `shared_secret`).",
            keyed, "@param channel the channel's name (it starts with `private-encrypted-`)",
            "@param out receives the key: 44 characters of base64 and a NUL", err,
            "@return 0; APIC_E_VALIDATION (not an encrypted channel, no master key); APIC_E_ARG"),
        "encrypt": _doc(
            f"Encrypts data for an encrypted channel, as {p}_trigger() does before sending: "
            '`{"nonce":"<base64>","ciphertext":"<base64>"}`, a NaCl secretbox under the channel\'s key with a random '
            "24-byte nonce.",
            keyed, "@param channel the channel's name (it starts with `private-encrypted-`)",
            "@param data the bytes to encrypt", "@param len number of bytes of data",
            "@param json receives the encrypted data's JSON (free() it); NULL on failure", err,
            "@return 0; APIC_E_VALIDATION (not an encrypted channel, no master key); APIC_E_ARG; APIC_E_NOMEM"),
        "decrypt": _doc(
            f"Decrypts an encrypted channel's event data (the JSON {p}_encrypt() makes).",
            keyed, "@param channel the channel's name", "@param payload the event's data as received",
            "@param payload_len bytes of payload",
            "@param data receives the plain data, NUL-terminated (free() it); NULL on failure",
            "@param len receives the number of bytes of *data", err,
            "@return 0; APIC_E_DECODE when payload is not such JSON or does not open under the channel's key "
            "(tampered with, or another key); APIC_E_ARG; APIC_E_NOMEM"),
        "webhook_decrypt": _doc(
            'Decrypts, in a webhook body (`{"time_ms":...,"events":[...]}`), the `data` of every event of an '
            "encrypted channel, into a new body that is otherwise the same JSON (a body without such an event is "
            "copied). Call it once the webhook's signature was verified"
            + (f" ({p}_webhook_parse() verifies and decodes; decode the decrypted body with {webhook_from_json}())"
               if webhook_from_json else "") + ".",
            keyed, "@param body the webhook's body, as received", "@param len bytes of body",
            "@param out receives the new body, NUL-terminated (free() it); NULL on failure",
            "@param out_len receives the number of bytes of *out", err,
            "@return 0; APIC_E_DECODE when the body is not such JSON or an event does not decrypt; APIC_E_NOMEM"),
    }
