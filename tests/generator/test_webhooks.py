"""Webhooks (OpenAPI 3.1's top-level `webhooks`): one union of their payloads, a kind constant per
webhook, how a received webhook is recognised (a header, a member sdk.yaml names, or a member
found in the payloads), the signature scheme sdk.yaml names or describes (and its errors), the
public header webhook_events.h and the samples; a spec without webhooks gets none of it."""
import json
import os
import re
import shutil
import tempfile
import textwrap
import unittest

from generator.build import build_api
from tests.generator.test_generate import PUBLIC, ROOT, compile_sdk, flat, generate, read_tree

GOLDEN = os.path.join(ROOT, "tests", "golden", "webhooks.yaml")
GOLDEN_CONFIG = os.path.join(ROOT, "tests", "golden", "webhooks.sdk.yaml")
HEADER_GOLDEN = os.path.join(ROOT, "tests", "golden", "webhook_header.yaml")


def prose(text):
    """Header text as one line with the comments' leading stars gone: a doc sentence however it
    was wrapped."""
    return flat(re.sub(r"\n\s*\*(?!/)", "\n", text))


class _Tmp(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gen-webhooks-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(textwrap.dedent(text))
        return path

    def gen(self, spec, name, config=None, samples=None, out=None):
        """Generates (config: sdk.yaml text, or its path); returns (process result, tree of text files)."""
        out = os.path.join(self.tmp, out or name)
        extra = (["--config", self.write(f"{name}.sdk.yaml", config) if "\n" in config else config] if config else []) \
            + (["--samples", samples] if samples else [])
        r = generate(spec, name, out, *extra)
        tree = {k: v.decode() for k, v in read_tree(out).items()} if r.returncode == 0 else {}
        return r, tree


class GoldenWebhooksTest(unittest.TestCase):
    """tests/golden/webhooks.yaml with its sdk.yaml: payloads by $ref, inline and without schema,
    told apart by `type` (a const or a one-value enum), a scheme sdk.yaml describes."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="gen-webhooks-golden-")
        out = os.path.join(cls.tmp, "sdk")
        cls.samples = os.path.join(cls.tmp, "samples.json")
        cls.run_result = generate(GOLDEN, "hooks", out, "--config", GOLDEN_CONFIG, "--samples", cls.samples)
        cls.out = out
        cls.tree = {k: v.decode() for k, v in read_tree(out).items()}
        cls.models = cls.tree["include/hooks/models.h"]
        cls.header = cls.tree["include/hooks/webhook_events.h"]
        cls.source = cls.tree["src/webhook_events.c"]

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_generates_without_a_warning_and_compiles(self):
        self.assertEqual(self.run_result.returncode, 0, self.run_result.stderr)
        self.assertNotIn("warning", self.run_result.stderr)
        self.assertEqual(compile_sdk(self.out), [])

    def test_one_union_with_a_kind_per_webhook_in_document_order(self):
        self.assertIn(textwrap.dedent("""\
            typedef enum hooks_webhook_event_kind {
                HOOKS_WEBHOOK_EVENT_UNKNOWN_VALUE = 0, /**< none: see `other` */
                HOOKS_WEBHOOK_EVENT_ORDER_CREATED = 1, /**< `as.order_created` */
                HOOKS_WEBHOOK_EVENT_ORDER_SHIPPED = 2, /**< `as.order_shipped` */
                HOOKS_WEBHOOK_EVENT_REFUND_ISSUED = 3, /**< `as.refund_issued` */
                HOOKS_WEBHOOK_EVENT_PING = 4, /**< `as.ping` */
            } hooks_webhook_event_kind;"""), self.models)
        union = self.models[self.models.index("struct hooks_webhook_event {"):]
        union = union[:union.index("};")]
        for member in ("hooks_order_created *order_created;",        # $ref: the component's struct
                       "hooks_order_shipped_payload *order_shipped;",  # inline: a struct of its own
                       "hooks_refund *refund_issued;",
                       "char *ping;",                                  # no schema: raw JSON
                       "char *other;"):
            self.assertIn(member, union)
        self.assertIn("struct hooks_order_shipped_payload {", self.models)
        self.assertIn("APIC_EXPORT void hooks_webhook_event_free(hooks_webhook_event *obj);", self.models)
        self.assertIn("&hooks_webhook_event_desc,", self.tree["src/schema_table.c"])

    def test_the_discriminator_is_found_in_the_payloads(self):
        # `object` is in every payload too, but with one value for all: it tells nothing apart.
        unions = self.tree["src/unions_0.c"]
        self.assertIn('"type", sizeof(hooks_webhook_event)', unions)
        tags = unions[unions.index("hooks_webhook_event_Tags[] = {"):]
        self.assertEqual(tags[:tags.index("};")].split("\n")[1:-1],
                         ['    "order.created",', '    "order.shipped",', '    "refund.issued",', '    "ping",'])
        self.assertIn("&hooks_webhook_event_Type, NULL, NULL", self.source)

    def test_the_scheme_sdk_yaml_describes_is_the_clients_default(self):
        for line in ('.name = "Acme signatures",', '.signature_header = "X-Acme-Signature",', '.prefix = "v1=",',
                     ".separator = ' ',", ".encoding = APIC_WEBHOOK_BASE64,",
                     '.signed_content = "{id}.{timestamp}.{body}",', '.timestamp_header = "X-Acme-Timestamp",',
                     '.id_header = "X-Acme-Id",', ".secret_format = APIC_WEBHOOK_SECRET_WHSEC,", ".tolerance_s = 600L,"):
            self.assertIn(line, self.source)
        self.assertIn("static const apic_webhook_scheme hooks_webhook_Scheme = {", self.source)
        self.assertIn("const apic_webhook_scheme *const hooks_webhook_scheme = &hooks_webhook_Scheme;", self.source)
        self.assertIn("if (copy.webhook_scheme == NULL) copy.webhook_scheme = hooks_webhook_scheme;",
                      self.tree["src/client.c"])

    def test_the_header_declares_and_documents_the_webhook_api(self):
        flat_header = prose(self.header)
        for decl in ("APIC_EXPORT extern const apic_webhook_events hooks_webhook_events;",
                     "APIC_EXPORT extern const apic_webhook_scheme *const hooks_webhook_scheme;",
                     "APIC_EXPORT int hooks_webhook_parse(hooks_client *client, const apic_header *headers, size_t "
                     "n_headers, const char *body, size_t len, hooks_webhook_event **out, hooks_error *err);"):
            self.assertIn(decl, flat_header)
        for text in ("HOOKS_WEBHOOK_EVENT_ORDER_CREATED: `orderCreated`, An order was placed. Payload in "
                     "`as.order_created`: hooks_order_created * (schema OrderCreated). Chosen when `type` is "
                     "`order.created`.",
                     "HOOKS_WEBHOOK_EVENT_ORDER_SHIPPED: `orderShipped`, An order left the warehouse. Payload in "
                     "`as.order_shipped`: hooks_order_shipped_payload *. Chosen when `type` is `order.shipped`.",
                     "HOOKS_WEBHOOK_EVENT_PING: `ping`",
                     "raw JSON text (the spec gives no JSON schema). Chosen when `type` is `ping`.",
                     "HOOKS_WEBHOOK_EVENT_UNKNOWN_VALUE (0): a payload none of them takes, kept as raw JSON in `other`",
                     "Without a scheme or without secrets the webhook is decoded unverified",
                     "logged at warn level",
                     "an HMAC-SHA256 of `{id}.{timestamp}.{body}` in the `X-Acme-Signature` header (base64 after `v1=`)"):
            self.assertIn(text, flat_header)
        self.assertIn('#include "webhook_events.h"', self.tree["include/hooks/hooks.h"])
        self.assertIn("a NULL webhook_scheme hooks_webhook_scheme (how the API signs its webhooks)",
                      prose(self.tree["include/hooks/client.h"]))

    def test_samples_hold_each_webhooks_examples(self):
        with open(self.samples, encoding="utf-8") as fh:
            hooks = json.load(fh)["webhooks"]
        self.assertEqual(sorted(hooks), ["orderCreated", "orderShipped", "ping", "refundIssued"])
        self.assertEqual(hooks["orderCreated"]["member"], "order_created")
        # A $ref to components/examples, followed; an inline `example`; `examples` with a value each.
        self.assertEqual(hooks["orderCreated"]["examples"]["small"]["order"]["total"], 4500)
        self.assertEqual(hooks["orderShipped"]["examples"]["example"]["carrier"], "DHL")
        self.assertEqual(hooks["refundIssued"]["examples"], {"fraud": {"object": "event", "type": "refund.issued",
                                                                       "amount": 1500, "reason": "fraud"}})
        self.assertEqual(hooks["ping"]["examples"], {})
        self.assertNotIn("headers", hooks["ping"])


class WebhookConfigTest(_Tmp):
    def test_an_event_header_names_the_webhook(self):
        r, tree = self.gen(HEADER_GOLDEN, "hdr", "webhooks:\n  event_header: X-Shop-Event\n  scheme: standard-webhooks\n",
                           samples=os.path.join(self.tmp, "hdr.json"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("warning", r.stderr)  # the header tells apart what the shapes cannot
        source = tree["src/webhook_events.c"]
        self.assertIn('static const char *const hdr_webhook_events_Values[] = {\n    "invoicePaid",\n    '
                      '"invoiceVoided",\n    "customerDeleted",\n};', source)
        self.assertIn('&hdr_webhook_event_Type, "X-Shop-Event", hdr_webhook_events_Values', source)
        self.assertIn("const apic_webhook_scheme *const hdr_webhook_scheme = &APIC_WEBHOOK_STANDARD;", source)
        self.assertIn("NULL, sizeof(hdr_webhook_event)", tree["src/unions_0.c"])  # no discriminator
        header = prose(tree["include/hdr/webhook_events.h"])
        self.assertIn("Chosen by the header `X-Shop-Event: invoiceVoided`.", header)
        self.assertIn("Standard Webhooks (APIC_WEBHOOK_STANDARD", header)
        models = tree["include/hdr/models.h"]
        self.assertIn("hdr_invoice *invoice_paid;", models)   # two webhooks, one schema, one struct
        self.assertIn("hdr_invoice *invoice_voided;", models)
        with open(os.path.join(self.tmp, "hdr.json"), encoding="utf-8") as fh:
            self.assertEqual(json.load(fh)["webhooks"]["invoiceVoided"]["headers"], {"X-Shop-Event": "invoiceVoided"})
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "hdr")), [])

    def test_an_event_member_is_the_discriminator(self):
        # `object` is the same in every payload: configured, it still chooses, the webhook's key
        # standing in where a payload does not give the member one value.
        r, tree = self.gen(GOLDEN, "mem", "webhooks:\n  event_member: object\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        unions = tree["src/unions_0.c"]
        self.assertIn('"object", sizeof(mem_webhook_event)', unions)
        tags = unions[unions.index("mem_webhook_event_Tags[] = {"):]
        self.assertEqual(tags[:tags.index("};")].split("\n")[1:-1], ['    "event",'] * 3 + ['    "ping",'])
        self.assertIn("Chosen when `object` is `event`.", prose(tree["include/mem/webhook_events.h"]))
        # Without a scheme: none is the default, and client_new() leaves the config's alone.
        self.assertIn("const apic_webhook_scheme *const mem_webhook_scheme = NULL;", tree["src/webhook_events.c"])
        self.assertNotIn("webhook_scheme", tree["src/client.c"])
        self.assertIn("This SDK has no default scheme: sdk.yaml names no `webhooks.scheme`.",
                      prose(tree["include/mem/webhook_events.h"]))

    def test_scheme_none_and_the_predefined_schemes(self):
        for name, symbol in (("none", "NULL"), ("pusher", "&APIC_WEBHOOK_PUSHER"), ("schematic", "&APIC_WEBHOOK_SCHEMATIC"),
                             ("standard-webhooks", "&APIC_WEBHOOK_STANDARD")):
            with self.subTest(scheme=name):
                prefix = "s_" + name.replace("-", "_")
                r, tree = self.gen(GOLDEN, prefix, f"webhooks:\n  scheme: {name}\n")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn(f"const apic_webhook_scheme *const {prefix}_webhook_scheme = {symbol};",
                              tree["src/webhook_events.c"])
                self.assertEqual("copy.webhook_scheme" in tree["src/client.c"], name != "none")

    def test_bad_config_is_refused_naming_the_key(self):
        cases = [
            ("webhooks: [a]\n", "#/webhooks: webhooks must be a mapping"),
            ("webhooks:\n  schemes: pusher\n", "#/webhooks/schemes: unknown key 'schemes'"),
            ("webhooks:\n  scheme: github\n", "#/webhooks/scheme: unknown scheme 'github'"),
            ("webhooks:\n  event_header: X-A\n  event_member: type\n", "#/webhooks/event_member: event_header and "
             "event_member exclude each other"),
            ("webhooks:\n  event_header: 'X A'\n", "#/webhooks/event_header: 'X A' is not a header name"),
            ("webhooks:\n  event_member: ''\n", "#/webhooks/event_member: event_member must be"),
        ]
        scheme = {"signature_header": "X-Sig", "signed_content": "'{body}'"}
        for key, value, message in (
                ("encoding", "base32", "encoding: 'base32' is not one of hex, base64"),
                ("secret_format", "pem", "secret_format: 'pem' is not one of text, whsec, base64"),
                ("separator", "'::'", "separator: '::' is not one printable ASCII character"),
                ("tolerance_s", "-1", "tolerance_s: -1 is not a number of seconds"),
                ("timestamp_ms", "'yes'", "timestamp_ms: timestamp_ms must be true or false"),
                ("signature_header", "'X Sig'", "signature_header: 'X Sig' is not a header name"),
                ("colour", "blue", "colour: unknown key 'colour' (known: name, signature_header"),
                ("signed_content", "'{timestamp}'", "signed_content: the signed content must hold {body}"),
                ("signed_content", "'{body}.{ts}'", "signed_content: '{ts}' is not one of {id}, {timestamp}, {body}"),
                ("signed_content", "'{id}.{body}'", "signed_content: {id} needs id_header"),
                ("signed_content", "'{timestamp}.{body}'", "signed_content: {timestamp} needs timestamp_header"),
                ("timestamp_prefix", "'t='", "timestamp_prefix: timestamp_prefix is for a timestamp inside the "
                 "signature header")):
            fields = dict(scheme, **{key: value})
            cases.append(("webhooks:\n  scheme:\n" + "".join(f"    {k}: {v}\n" for k, v in fields.items()),
                          f"#/webhooks/scheme/{message}"))
        cases.append(("webhooks:\n  scheme:\n    signed_content: '{body}'\n",
                      "#/webhooks/scheme/signature_header: signature_header is required"))
        cases.append(("webhooks:\n  scheme:\n    signature_header: X-Sig\n    signed_content: '{body}'\n"
                      "    timestamp_header: X-Sig\n    separator: ','\n",
                      "#/webhooks/scheme/timestamp_prefix: a timestamp in the signature header needs timestamp_prefix"))
        for i, (config, message) in enumerate(cases):
            with self.subTest(config=config):
                os.makedirs(os.path.join(self.tmp, f"case{i}"), exist_ok=True)
                path = self.write(os.path.join(f"case{i}", "sdk.yaml"), config)
                r, _ = self.gen(GOLDEN, f"bad{i}", path)
                self.assertEqual(r.returncode, 1, r.stderr)
                self.assertIn(f"sdk.yaml{message}", r.stderr)
                self.assertFalse(os.path.exists(os.path.join(self.tmp, f"bad{i}")))

    def test_a_config_for_a_spec_without_webhooks_is_refused(self):
        r, _ = self.gen(os.path.join(PUBLIC, "petstore3.yaml"), "pets", "webhooks:\n  scheme: pusher\n")
        self.assertEqual(r.returncode, 1)
        self.assertIn("sdk.yaml#/webhooks: the spec has no webhooks", r.stderr)

    def test_a_scheme_with_its_timestamp_in_the_signature_header(self):
        r, tree = self.gen(GOLDEN, "stripe", textwrap.dedent("""\
            webhooks:
              scheme:
                signature_header: Stripe-Signature
                prefix: v1=
                separator: ','
                signed_content: '{timestamp}.{body}'
                timestamp_header: Stripe-Signature
                timestamp_prefix: t=
            """))
        self.assertEqual(r.returncode, 0, r.stderr)
        source = tree["src/webhook_events.c"]
        for line in ('.name = "Webhooks webhooks",', ".separator = ',',", '.timestamp_prefix = "t=",',
                     ".encoding = APIC_WEBHOOK_HEX,", ".secret_format = APIC_WEBHOOK_SECRET_TEXT,"):
            self.assertIn(line, source)
        self.assertNotIn("tolerance_s", source)
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "stripe")), [])


class WebhookSpecTest(_Tmp):
    def test_one_webhook_needs_no_discriminator(self):
        samples = os.path.join(self.tmp, "museum.json")
        r, tree = self.gen(os.path.join(PUBLIC, "museum.yaml"), "museum", samples=samples)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("nothing tells", r.stderr)
        models = tree["include/museum/models.h"]
        self.assertIn("MUSEUM_WEBHOOK_EVENT_PUBLISH_NEW_EVENT = 1,", models)
        self.assertIn("museum_special_event *publish_new_event;", models)
        self.assertIn("NULL, sizeof(museum_webhook_event)", tree["src/unions_0.c"])
        self.assertIn("The only webhook: chosen when the payload fits its schema",
                      prose(tree["include/museum/webhook_events.h"]))
        self.assertIn("NULL: sdk.yaml names no `webhooks.scheme`", prose(tree["include/museum/webhook_events.h"]))
        with open(samples, encoding="utf-8") as fh:
            entry = json.load(fh)["webhooks"]["publishNewEvent"]
        self.assertEqual(entry["examples"]["default_example"]["name"], "Time Traveler Tea Party")  # components/examples

    def test_openai_webhooks_are_told_apart_by_type(self):
        api = build_api(os.path.join(PUBLIC, "openai.yaml"), "openai")
        ws = api.webhooks
        self.assertEqual(len(ws.webhooks), 16)
        self.assertEqual(ws.event_member, "type")  # `object` is in every payload too, always "event"
        self.assertTrue(ws.detected)
        self.assertEqual(ws.union.discriminator, "type")
        self.assertEqual(ws.union.variants[0].member, "batch_cancelled")
        self.assertEqual(ws.union.variants[0].tags, ["batch.cancelled"])
        self.assertEqual(ws.union.variants[0].schema, "WebhookBatchCancelled")
        tags = [t for v in ws.union.variants for t in v.tags]
        self.assertEqual(len(tags), len(set(tags)))
        self.assertIn("realtime.call.incoming", tags)
        self.assertIs(api.unions[-1], ws.union)
        self.assertIsNone(ws.scheme_symbol)

    def test_payloads_nothing_tells_apart_are_matched_by_shape_with_a_warning(self):
        spec = self.write("shapes.yaml", """\
            openapi: 3.1.0
            info: {title: Shapes, version: "1"}
            webhooks:
              a:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, required: [x], properties: {x: {type: string}, kind: {const: same}}}
              b:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, required: [y], properties: {y: {type: integer}, kind: {const: same}}}
              c:
                post:
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema: {type: object}
              d:
                parameters: []
            """)
        r, tree = self.gen(spec, "shapes")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("shapes.yaml#/webhooks: nothing tells the 3 webhooks apart", r.stderr)
        self.assertIn("webhooks.event_header or webhooks.event_member", r.stderr)
        self.assertIn("shapes.yaml#/webhooks/c/post/requestBody/content: the payload is "
                      "application/x-www-form-urlencoded, not JSON", r.stderr)
        self.assertIn("shapes.yaml#/webhooks/d: a webhook without an operation (post) is skipped", r.stderr)
        self.assertIn("NULL, sizeof(shapes_webhook_event)", tree["src/unions_0.c"])
        self.assertIn("Chosen by shape: the first webhook, in this order", prose(tree["include/shapes/webhook_events.h"]))
        self.assertIn("char *c;", tree["include/shapes/models.h"])  # not JSON: raw
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "shapes")), [])

    def test_names_the_webhook_api_takes(self):
        # A schema named WebhookEvent yields the name to the union (only when the spec has
        # webhooks), and the tags `webhooks` and `webhook_events` keep headers of their own.
        body = textwrap.dedent("""\
            openapi: 3.1.0
            info: {title: Names, version: "1"}
            paths:
              /hooks:
                get:
                  tags: [webhooks]
                  operationId: listHooks
                  responses: {"200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/WebhookEvent"}}}}}
              /events:
                get:
                  tags: [webhook_events]
                  operationId: listEvents
                  responses: {"204": {description: none}}
            components:
              schemas:
                WebhookEvent: {type: string, enum: [created, deleted]}
            """)
        hooks = textwrap.dedent("""\
            webhooks:
              created:
                post:
                  requestBody: {content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
            """)
        r, tree = self.gen(self.write("plain.yaml", body), "plain")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("} plain_webhook_event;", tree["include/plain/models.h"])  # the schema keeps its name
        self.assertNotIn("include/plain/webhook_events.h", tree)
        self.assertNotIn("src/webhook_events.c", tree)
        self.assertIn("include/plain/webhook_events_api.h", tree)
        self.assertNotIn("webhook", tree["src/client.c"])
        r, tree = self.gen(self.write("named.yaml", body + hooks), "named")
        self.assertEqual(r.returncode, 0, r.stderr)
        models = tree["include/named/models.h"]
        self.assertIn("} named_webhook_event_model;", models)
        self.assertIn("NAMED_WEBHOOK_EVENT_MODEL_CREATED = 1,", models)
        self.assertIn("NAMED_WEBHOOK_EVENT_CREATED = 1, /**< `as.created` */", models)
        self.assertIn("struct named_webhook_event {", models)
        for path in ("include/named/webhooks.h", "include/named/webhook_events_api.h", "include/named/webhook_events.h",
                     "src/webhooks.c", "src/webhook_events_api.c", "src/webhook_events.c"):
            self.assertIn(path, tree)
        self.assertIn("int named_webhooks_list_hooks(", tree["include/named/webhooks.h"])
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "named")), [])

    def test_a_spec_without_webhooks_has_no_webhook_api(self):
        samples = os.path.join(self.tmp, "pets.json")
        r, tree = self.gen(os.path.join(PUBLIC, "petstore3.yaml"), "pets", samples=samples)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertFalse([path for path in tree if "webhook" in path])
        self.assertNotIn("webhook", tree["include/pets/pets.h"] + tree["include/pets/models.h"] + tree["src/client.c"]
                         + tree["include/pets/client.h"])
        with open(samples, encoding="utf-8") as fh:
            self.assertNotIn("webhooks", json.load(fh))

    def test_output_is_deterministic(self):
        a = self.gen(GOLDEN, "det", GOLDEN_CONFIG, samples=os.path.join(self.tmp, "a.json"), out="a")
        b = self.gen(GOLDEN, "det", GOLDEN_CONFIG, samples=os.path.join(self.tmp, "b.json"), out="b")
        self.assertEqual(a[0].returncode, 0, a[0].stderr)
        self.assertIn("include/det/webhook_events.h", a[1])
        self.assertEqual(a[1], b[1])
        with open(os.path.join(self.tmp, "a.json"), encoding="utf-8") as fa, \
                open(os.path.join(self.tmp, "b.json"), encoding="utf-8") as fb:
            self.assertEqual(fa.read(), fb.read())

if __name__ == "__main__":
    unittest.main()
