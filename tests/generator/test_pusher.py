"""sdk.yaml `pusher:` (generator/pusher.py): the binding of a Pusher-protocol API's trigger
operations and the typed wrappers of apic/pusher.h in `<prefix>/pusher.h`, exported and documented
(test_public_headers.py also runs Doxygen over the Sockudo SDK); every bad config or spec stops
generation naming the sdk.yaml key and the previous output stays; the names it takes are
reserved, and a tag cannot take its header's name."""
import os
import re
import shutil
import tempfile
import unittest

import yaml

from tests.generator.test_generate import ROOT, compile_sdk, flat, generate, read_tree
from tests.generator.test_public_headers import header_problems

SOCKUDO = os.path.join(ROOT, "spec", "sockudo", "openapi.yaml")
SOCKUDO_CONFIG = os.path.join(ROOT, "spec", "sockudo", "sdk.yaml")
CONFIG = "pusher:\n  trigger: trigger\n  trigger_batch: triggerBatch\n"

def prose(text):
    """Header text as one line with the comments' leading stars gone: a doc sentence however it was wrapped."""
    return flat(re.sub(r"\n\s*\*(?!/)", "\n", text))


# A small Pusher-protocol API; the cases change a part of it.
def _strings(*names):
    return {n: {"type": "string"} for n in names}


EVENT = {"type": "object", "required": ["name", "data"],
         "properties": dict(_strings("name", "data"), channels={"type": "array", "items": {"type": "string"}},
                            **_strings("socket_id", "info", "idempotency_key"))}
BATCH_EVENT = {"type": "object", "required": ["channel", "name", "data"],
               "properties": _strings("channel", "name", "data", "socket_id", "info", "idempotency_key")}


def _op(op_id, body_schema, tag="events", answer=True):
    app_id = {"name": "app_id", "in": "path", "required": True, "schema": {"type": "string"}}
    response = {"description": "Published."}
    if answer:
        response["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Result"}}}
    return {"operationId": op_id, "tags": [tag], "parameters": [app_id],
            "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": body_schema}}}},
            "responses": {"200": response}}


def spec(event=None, batch_event=None, trigger_method="post", extra_param=None, security=None, more_paths=None,
         trigger_response=True):
    """The API as YAML text; each argument changes one part of it."""
    trigger = _op("trigger", "#/components/schemas/Event", answer=trigger_response)
    if extra_param:
        trigger["parameters"].append(extra_param)
    doc = {
        "openapi": "3.1.0", "info": {"title": "Push", "version": "1"}, "servers": [{"url": "http://127.0.0.1:6001"}],
        "security": [{"sig": []}] if security is None else security,
        "paths": {"/apps/{app_id}/events": {trigger_method: trigger},
                  "/apps/{app_id}/batch_events": {"post": _op("triggerBatch", "#/components/schemas/Batch")}},
        "components": {
            "securitySchemes": {"sig": {"type": "apiKey", "in": "query", "name": "auth_signature",
                                        "x-apic-pusher-signature": True}},
            "schemas": {
                "Event": event or EVENT, "BatchEvent": batch_event or BATCH_EVENT,
                "Batch": {"type": "object", "required": ["batch"], "properties": {"batch": {
                    "type": "array", "maxItems": 10, "items": {"$ref": "#/components/schemas/BatchEvent"}}}},
                "Result": {"type": "object", "properties": {"channels": {
                    "type": "object", "additionalProperties": {
                        "type": "object", "properties": {"subscription_count": {"type": "integer"}}}}}}}}}
    doc["paths"].update(more_paths or {})
    return yaml.safe_dump(doc, sort_keys=False)


def without(schema, member):
    return dict(schema, properties={k: v for k, v in schema["properties"].items() if k != member})


class _Tmp(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gen-pusher-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return path

    def gen(self, spec_text, name="push", config=CONFIG):
        """Generates spec_text with sdk.yaml config; returns (process result, tree of text files)."""
        out = os.path.join(self.tmp, name)
        r = generate(self.write(f"{name}.yaml", spec_text), name, out, "--config", self.write(f"{name}.sdk.yaml", config))
        tree = {k: v.decode() for k, v in read_tree(out).items()} if r.returncode == 0 else {}
        return r, tree


class SockudoPusherTest(unittest.TestCase):
    """spec/sockudo with its sdk.yaml: the header, its sources, the client's defaults."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="gen-pusher-sockudo-")
        cls.out = os.path.join(cls.tmp, "sockudo")
        cls.result = generate(SOCKUDO, "sockudo", cls.out, "--config", SOCKUDO_CONFIG)
        cls.tree = {k: v.decode() for k, v in read_tree(cls.out).items()} if cls.result.returncode == 0 else {}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_generates_without_a_warning_and_compiles(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        self.assertNotIn("warning", self.result.stderr)
        self.assertEqual(compile_sdk(self.out), [])

    def test_the_header_declares_the_binding_and_the_wrappers(self):
        header = flat(self.tree["include/sockudo/pusher.h"])
        for decl in (
                "APIC_EXPORT extern const apic_pusher_binding sockudo_pusher;",
                "APIC_EXPORT int sockudo_client_new_app(const apic_pusher_app *app, const sockudo_config *cfg, "
                "sockudo_client **out, sockudo_error *err);",
                "APIC_EXPORT int sockudo_client_new_url(const char *url, const sockudo_config *cfg, sockudo_client **out, "
                "sockudo_error *err);",
                "APIC_EXPORT int sockudo_trigger(sockudo_client *client, const char *const *channels, size_t n, "
                "const char *event, const char *data, const apic_pusher_trigger_options *opts, "
                "sockudo_trigger_result **out, sockudo_error *err);",
                "APIC_EXPORT int sockudo_trigger_batch(sockudo_client *client, const apic_pusher_event *events, size_t n, "
                "sockudo_batch_result **out, sockudo_error *err);",
                "APIC_EXPORT int sockudo_send_to_user(sockudo_client *client, const char *user_id, const char *event, "
                "const char *data, sockudo_trigger_result **out, sockudo_error *err);",
                "APIC_EXPORT int sockudo_authorize_channel(const sockudo_client *client, const char *socket_id, "
                "const char *channel, const char *channel_data, char **json, sockudo_error *err);",
                "APIC_EXPORT int sockudo_authenticate_user(const sockudo_client *client, const char *socket_id, "
                "const char *user_data, char **json, sockudo_error *err);",
                "APIC_EXPORT int sockudo_signed_uri(const sockudo_client *client, const char *method, const char *path, "
                "const apic_header *params, size_t n_params, const char *body, size_t body_len, long long timestamp, "
                "char **url, sockudo_error *err);",
                "APIC_EXPORT int sockudo_shared_secret(const sockudo_client *client, const char *channel, char out[45], "
                "sockudo_error *err);",
                "APIC_EXPORT int sockudo_encrypt(const sockudo_client *client, const char *channel, const char *data, "
                "size_t len, char **json, sockudo_error *err);",
                "APIC_EXPORT int sockudo_decrypt(const sockudo_client *client, const char *channel, const char *payload, "
                "size_t payload_len, char **data, size_t *len, sockudo_error *err);",
                "APIC_EXPORT int sockudo_webhook_decrypt(const sockudo_client *client, const char *body, size_t len, "
                "char **out, size_t *out_len, sockudo_error *err);"):
            self.assertIn(decl, header)
        self.assertIn("#include <apic/pusher.h>", header)
        self.assertIn('#include "pusher.h"', self.tree["include/sockudo/sockudo.h"])

    def test_every_declaration_is_exported_and_documented(self):
        self.assertEqual(header_problems(self.tree["include/sockudo/pusher.h"]), [])
        header = self.tree["include/sockudo/pusher.h"]
        # Each function documents each of its parameters, by the name it declares.
        for m in re.finditer(r"/\*\*((?:(?!\*/).)*)\*/\nAPIC_EXPORT int (\w+)\(([^;]*)\);", header, re.S):
            doc, name, params = m.group(1), m.group(2), m.group(3)
            for p in params.split(","):
                pname = re.sub(r"\[\d+\]$", "", p.strip()).split()[-1].lstrip("*")
                with self.subTest(function=name, param=pname):
                    self.assertIn(f"@param {pname} ", doc)
            self.assertIn("@return", doc)

    def test_the_sources_bind_the_operations_and_pass_through(self):
        source = self.tree["src/pusher.c"]
        self.assertIn("const apic_pusher_binding sockudo_pusher = { &sockudo_events_trigger_op, "
                      "&sockudo_events_trigger_batch_op };", source)
        self.assertIn("int rc = apic_pusher_trigger(client, &sockudo_pusher, channels, n, event, data, opts, "
                      "out != NULL ? &result : NULL, err);", source)
        self.assertIn("if (out != NULL) *out = (sockudo_trigger_result *)result;", source)
        self.assertIn("if (out != NULL) *out = (sockudo_batch_result *)result;", source)
        for fn in ("authorize_channel", "authenticate_user", "signed_uri", "shared_secret", "encrypt", "decrypt",
                   "webhook_decrypt"):
            self.assertIn(f"return apic_pusher_{fn}(client, ", source)

    def test_a_client_for_an_app_keeps_the_sdks_defaults(self):
        client = self.tree["src/client.c"]
        new_app = client[client.index("int sockudo_client_new_app("):client.index("int sockudo_client_new_url(")]
        defaults = ['if (copy.user_agent == NULL) copy.user_agent = "sockudo-c/" "2.0.0" " apic/" APIC_VERSION;',
                    'if (copy.idempotency_header == NULL) copy.idempotency_header = "X-Idempotency-Key";',
                    "if (copy.webhook_scheme == NULL) copy.webhook_scheme = sockudo_webhook_scheme;"]
        new = client[client.index("int sockudo_client_new("):client.index("int sockudo_client_new_app(")]
        for line in defaults:
            self.assertIn(line, new_app)
            self.assertIn(line, new)
        self.assertIn("return apic_pusher_client_new(app, &copy, out, err);", new_app)
        self.assertNotIn("base_url", new_app)  # the app's host and port
        self.assertIn("apic_pusher_parse_url(url, &parsed, err)", client)
        self.assertIn("with the same defaults (its User-Agent, the idempotency header `X-Idempotency-Key` and the "
                      "webhook scheme sockudo_webhook_scheme).", prose(self.tree["include/sockudo/pusher.h"]))

    def test_the_names_it_uses_are_the_sdks(self):
        # Exported names all start with the prefix (check-symbols), and the trigger operations keep theirs.
        for name in re.findall(r"APIC_EXPORT (?:extern )?[\w ]+?\**(\w+)(?:\(|;)", self.tree["include/sockudo/pusher.h"]):
            self.assertTrue(name.startswith("sockudo_"), name)
        self.assertIn("int sockudo_events_trigger(", self.tree["src/events.c"])


class PusherConfigTest(_Tmp):
    def assert_refused(self, config, message, spec_text=None):
        good, before = self.gen(spec(), "push")
        self.assertEqual(good.returncode, 0, good.stderr)
        r, _ = self.gen(spec_text or spec(), "push", config)
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertIn(message, r.stderr)
        self.assertEqual({k: v.decode() for k, v in read_tree(os.path.join(self.tmp, "push")).items()}, before)

    def test_a_small_api_generates_and_compiles(self):
        r, tree = self.gen(spec())
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("warning", r.stderr)
        self.assertIn("const apic_pusher_binding push_pusher = { &push_events_trigger_op, &push_events_trigger_batch_op };",
                      tree["src/pusher.c"])
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "push")), [])
        # Neither an idempotency header nor a webhook scheme: the client's defaults are its User-Agent alone.
        self.assertIn("with the same defaults (its User-Agent).", prose(tree["include/push/pusher.h"]))

    def test_bad_config_is_refused_naming_the_key(self):
        for config, message in (
                ("pusher: [trigger]\n", "sdk.yaml#/pusher: pusher must be a mapping"),
                ("pusher:\n  trigger: trigger\n", "sdk.yaml#/pusher/trigger_batch: trigger_batch is required"),
                ("pusher:\n  trigger_batch: triggerBatch\n", "sdk.yaml#/pusher/trigger: trigger is required"),
                ("pusher:\n  trigger: ''\n  trigger_batch: triggerBatch\n", "sdk.yaml#/pusher/trigger: trigger is required"),
                (CONFIG + "  encrypt: true\n", "sdk.yaml#/pusher/encrypt: unknown key 'encrypt' (known: trigger, "
                 "trigger_batch)"),
                ("pusher:\n  trigger: publish\n  trigger_batch: triggerBatch\n",
                 "sdk.yaml#/pusher/trigger: no operation has operationId 'publish'"),
                ("pusher:\n  trigger: trigger\n  trigger_batch: batch\n",
                 "sdk.yaml#/pusher/trigger_batch: no operation has operationId 'batch'")):
            with self.subTest(config=config):
                self.assert_refused(config, message)

    def test_operations_that_cannot_trigger_are_refused(self):
        region = {"name": "region", "in": "query", "required": True, "schema": {"type": "string"}}
        cases = (
            (spec(trigger_method="put"), "sdk.yaml#/pusher/trigger: 'trigger' must be a POST with a JSON object body"),
            (spec(extra_param=region), "sdk.yaml#/pusher/trigger: 'trigger' has the required query parameter 'region'"),
            (spec(security=[]), "sdk.yaml#/pusher/trigger: 'trigger' is not signed the Pusher way"),
            (spec(event=without(EVENT, "idempotency_key")),
             "sdk.yaml#/pusher/trigger: the body of 'trigger' (Event) lacks what the runtime sends: idempotency_key"),
            (spec(event=dict(EVENT, properties=dict(EVENT["properties"], channels={"type": "string"}))),
             "sdk.yaml#/pusher/trigger: the member 'channels' of Event must be an array of strings"),
            (spec(batch_event=without(BATCH_EVENT, "channel")),
             "sdk.yaml#/pusher/trigger_batch: an event of the batch of 'triggerBatch' (BatchEvent) lacks what the runtime "
             "sends: channel"),
        )
        for text, message in cases:
            with self.subTest(message=message):
                self.assert_refused(CONFIG, message, text)
        self.assert_refused("pusher:\n  trigger: trigger\n  trigger_batch: trigger\n",
                            "sdk.yaml#/pusher/trigger_batch: the body of 'trigger' (Event) must hold 'batch'")

    def test_a_trigger_without_a_typed_answer_has_no_out_parameter(self):
        r, tree = self.gen(spec(trigger_response=False))
        self.assertEqual(r.returncode, 0, r.stderr)
        header = flat(tree["include/push/pusher.h"])
        self.assertIn("APIC_EXPORT int push_trigger(push_client *client, const char *const *channels, size_t n, "
                      "const char *event, const char *data, const apic_pusher_trigger_options *opts, push_error *err);",
                      header)
        self.assertIn("APIC_EXPORT int push_send_to_user(push_client *client, const char *user_id, const char *event, "
                      "const char *data, push_error *err);", header)
        self.assertIn("return apic_pusher_trigger(client, &push_pusher, channels, n, event, data, opts, NULL, err);",
                      tree["src/pusher.c"])
        self.assertEqual(header_problems(tree["include/push/pusher.h"]), [])
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "push")), [])

    def test_its_names_are_reserved_and_its_header_cannot_be_a_tags(self):
        app_id = {"name": "app_id", "in": "path", "required": True, "schema": {"type": "string"}}
        more = {"/apps/{app_id}/trigger": {"post": {"operationId": "trigger_batch", "parameters": [app_id],
                                                    "responses": {"204": {"description": "Done."}}}},
                "/apps/{app_id}/encrypt": {"get": {"operationId": "encrypt", "tags": ["pusher"], "parameters": [app_id],
                                                   "responses": {"204": {"description": "Done."}}}}}
        r, tree = self.gen(spec(more_paths=more))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("int push_trigger_batch_2(push_client *client", tree["src/operations.c"])
        self.assertIn("int push_pusher_encrypt(push_client *client", tree["src/pusher_api.c"])
        self.assertIn("include/push/pusher_api.h", tree)
        self.assertIn("APIC_EXPORT int push_trigger_batch(push_client *client", tree["include/push/pusher.h"])
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "push")), [])
        # Without a pusher section nothing is reserved and no pusher.h is written.
        r, tree = self.gen(spec(more_paths=more), "plain", "name: plain\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("int plain_trigger_batch(plain_client *client", tree["src/operations.c"])
        self.assertNotIn("include/plain/pusher.h", tree)
        self.assertNotIn("pusher.h", tree["include/plain/plain.h"])
        self.assertNotIn("client_new_app", tree["src/client.c"])

    def test_output_is_deterministic(self):
        _, a = self.gen(spec(), "a")
        _, b = self.gen(spec(), "a")
        self.assertEqual(a, b)


if __name__ == "__main__":
    unittest.main()
