"""Event registries: a good one generates constants, structs and sends that compile; every kind
of bad entry stops generation with the entry named, and the previous output stays as it was."""
import os
import shutil
import tempfile
import unittest

from tests.generator.test_generate import SPECS, compile_sdk, generate, read_tree

EVENTS = os.path.join(SPECS, "events")


class EventRegistryTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gen-events-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def run_with(self, registry, out, extra=""):
        config = os.path.join(self.tmp, "sdk.yaml")
        with open(config, "w", encoding="utf-8") as fh:
            fh.write(f"name: shop\nevents:\n  registry: {os.path.join(EVENTS, registry)}\n"
                     "  operation: ingestEvent\n  source_header: X-Shop-Source\n" + extra)
        return generate(os.path.join(EVENTS, "base.yaml"), "shop", out, "--config", config)

    def test_good_registry_generates_and_compiles(self):
        out = os.path.join(self.tmp, "sdk")
        r = self.run_with("good.yaml", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(out)
        types_h = tree["include/shop/event_types.h"].decode()
        self.assertIn("SHOP_EVENT_ORDER_CREATED = 1,", types_h)
        self.assertIn("SHOP_EVENT_ORDER_CANCELLED = 2,", types_h)
        self.assertIn("`order.created` (version 1): An order was placed.", types_h)
        self.assertIn("Identity: customer, entity (order).", types_h)
        self.assertIn("@deprecated the registry marks this type deprecated", types_h)
        self.assertIn("int shop_events_send_order_created(shop_client *client, const shop_event_identity *identity,", types_h)
        data_h = tree["include/shop/event_data.h"].decode()
        self.assertIn("struct shop_order_created_data {", data_h)
        self.assertIn("shop_order_created_data_lines_item_array lines;", data_h)
        self.assertNotIn("order_created_data", tree["include/shop/models.h"].decode())
        src = tree["src/event_types.c"].decode()
        self.assertIn('{"order.created", 1, APIC_IDENTITY_CUSTOMER | APIC_IDENTITY_ENTITY, "order", ', src)
        self.assertIn('"X-Shop-Source", &shop_ingest_event_op', src)
        self.assertIn("1, 0,", src)  # by-name index: cancelled sorts before created
        self.assertEqual(compile_sdk(out), [])

    def assert_refused(self, registry, *fragments):
        out = os.path.join(self.tmp, "sdk")
        self.assertEqual(self.run_with("good.yaml", out).returncode, 0)
        before = read_tree(out)
        r = self.run_with(registry, out)
        self.assertEqual(r.returncode, 1, r.stderr)
        for f in fragments:
            self.assertIn(f, r.stderr)
        self.assertEqual(read_tree(out), before)

    def test_duplicate_type_names_both_places(self):
        self.assert_refused("dup.yaml", "dup-domain.yaml#/events/1/type",
                            "event type 'order.created' is defined twice (first at dup-domain.yaml#/events/0)")

    def test_malformed_name(self):
        self.assert_refused("badname.yaml", "badname-domain.yaml#/events/1/type", "'Order.Cancelled' is malformed")

    def test_unknown_schema_type_names_the_entry(self):
        self.assert_refused("badtype.yaml",
                            "badtype-domain.yaml#/events/0/data/properties/lines/items/properties/sku/type (order.created)",
                            "unknown type 'strng'")

    def test_missing_example_names_the_entry(self):
        self.assert_refused("noexample.yaml", "noexample-domain.yaml#/events/1 (order.cancelled): 'example' is missing")

    def test_batch_operation_adds_the_queue(self):
        out = os.path.join(self.tmp, "sdk")
        r = self.run_with("good.yaml", out, "  batch_operation: ingestBatch\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(out)
        types_h = tree["include/shop/event_types.h"].decode()
        self.assertIn("int shop_events_queue_start(shop_client *client, const shop_queue_config *cfg, shop_error *err);",
                      types_h)
        self.assertIn("int shop_events_enqueue_order_created(shop_client *client, const shop_event_identity *identity,",
                      types_h)
        for name in ("shop_events_enqueue(", "shop_events_enqueue_named(", "shop_events_flush(",
                     "shop_events_queue_close(", "shop_events_queue_stats(", "#define SHOP_QUEUE_CONFIG_INIT"):
            self.assertIn(name, types_h)
        self.assertIn('config.events_endpoint + "/batch", at most 50 per batch', types_h)
        self.assertIn("&shop_ingest_batch_op, 50u", tree["src/event_types.c"].decode())
        self.assertEqual(compile_sdk(out), [])

    def test_no_batch_operation_no_queue(self):
        out = os.path.join(self.tmp, "sdk")
        self.assertEqual(self.run_with("good.yaml", out).returncode, 0)
        tree = read_tree(out)
        self.assertNotIn("enqueue", tree["include/shop/event_types.h"].decode())
        self.assertIn("&shop_ingest_event_op,\n    NULL, 0u", tree["src/event_types.c"].decode())

    def test_batch_operation_is_checked(self):
        out = os.path.join(self.tmp, "sdk")
        for extra, message in (
                ("  batch_operation: nope\n", "sdk.yaml#/events/batch_operation: no operation has operationId 'nope'"),
                ("  batch_operation: badBatch\n", "'badBatch' must take an object whose member 'events' is an array"),
                ("  batch_operation: ingestEvent\n", "'ingestEvent' must take an object whose member 'events'"),
                ("  batch_operation: 5\n", "sdk.yaml#/events/batch_operation: batch_operation must be an operationId")):
            r = self.run_with("good.yaml", out, extra)
            self.assertEqual(r.returncode, 1, extra)
            self.assertIn(message, r.stderr)

    def test_missing_ingest_operation(self):
        config = os.path.join(self.tmp, "sdk.yaml")
        with open(config, "w", encoding="utf-8") as fh:
            fh.write(f"events: {{registry: {os.path.join(EVENTS, 'good.yaml')}, operation: sendIt}}\n")
        r = generate(os.path.join(EVENTS, "base.yaml"), "shop", os.path.join(self.tmp, "x"), "--config", config)
        self.assertEqual(r.returncode, 1)
        self.assertIn("sdk.yaml#/events/operation: no operation has operationId 'sendIt'", r.stderr)


if __name__ == "__main__":
    unittest.main()


class ShippedRegistryDocsTest(unittest.TestCase):
    """Every eSauti event constant and every data member carries documentation from the registry."""

    INCLUDE = os.path.join(os.path.dirname(SPECS), "..", "..", "generated", "esauti", "include", "esauti")

    def read(self, name):
        with open(os.path.join(self.INCLUDE, name), encoding="utf-8") as fh:
            return fh.read().split("\n")

    @staticmethod
    def documented(lines, i):
        """A declaration at line i has a /**< */ on its line or a comment block ending just above."""
        return "/**<" in lines[i] or lines[i - 1].strip().endswith("*/")

    def test_every_constant_is_documented(self):
        lines = self.read("event_types.h")
        consts = [i for i, l in enumerate(lines) if l.startswith("    ESAUTI_EVENT_") and " = " in l]
        self.assertEqual(len(consts), 226)  # UNKNOWN and the 225 types
        self.assertEqual([lines[i] for i in consts if not self.documented(lines, i)], [])

    def test_every_data_member_is_documented(self):
        lines = self.read("event_data.h")
        members, inside = [], False
        for i, l in enumerate(lines):
            if l.startswith("struct esauti_") and l.endswith("{"):
                inside = True
            elif l.startswith("};"):
                inside = False
            elif inside and l.startswith("    ") and l.rstrip().endswith(";") or (inside and "; /**<" in l):
                members.append(i)
        self.assertGreater(len(members), 1500)
        self.assertEqual([lines[i] for i in members if not self.documented(lines, i)], [])
