"""Topic definitions: good ones generate constants, data structs, sessions and both spellings of
every shortcut, which compile; every kind of bad topic or config stops generation with the place
named, and the previous output stays as it was."""
import os
import shutil
import tempfile
import unittest

from tests.generator.test_generate import SPECS, compile_sdk, flat, generate, read_tree

TOPICS = os.path.join(SPECS, "topics")
BASE = os.path.join(TOPICS, "base.yaml")

# One valid topic, to which the bad cases add or change a line.
TOPIC = """\
  - category: policies
    entity: Policy
    action: Created
    description: A policy was created.
    data:
      type: object
      required: [policy_id]
      properties:
        policy_id: {type: string, description: Its number.}
    example: {policy_id: P-1}
"""


class TopicsTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gen-topics-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.out = os.path.join(self.tmp, "sdk")

    def run_with(self, definitions, config="  publish: publishEvent\n  publish_batch: publishEventBatch\n"
                                            "  job_id_header: X-Job\n"):
        with open(os.path.join(self.tmp, "sdk.yaml"), "w", encoding="utf-8") as fh:
            fh.write(f"name: bus\ntopics:\n  definitions: {definitions}\n{config}")
        return generate(BASE, "bus", self.out, "--config", os.path.join(self.tmp, "sdk.yaml"))

    def write_topics(self, entries, header="title: T\nformat: 1\ntopics:\n"):
        path = os.path.join(self.tmp, "topics.yaml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(header + entries)
        return path

    def assert_refused(self, definitions, *fragments, config=None):
        self.assertEqual(self.run_with(os.path.join(TOPICS, "good.yaml")).returncode, 0)
        before = read_tree(self.out)
        r = self.run_with(definitions) if config is None else self.run_with(definitions, config)
        self.assertEqual(r.returncode, 1, r.stderr)
        for f in fragments:
            self.assertIn(f, r.stderr)
        self.assertEqual(read_tree(self.out), before)

    # -- a good definitions file ----------------------------------------------------------------
    def test_good_topics_generate_both_shortcut_names_and_compile(self):
        r = self.run_with(os.path.join(TOPICS, "good.yaml"))
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(self.out)
        h = tree["include/bus/topics.h"].decode()
        self.assertIn("BUS_TOPIC_MY_ENTITY_CREATED = 1,", h)
        self.assertIn("BUS_TOPIC_BUYER_REGISTERED = 3,", h)
        self.assertIn("`MyEntity` `Created` (category `things`): A thing was made.", h)
        # Both word orders: the action first is a function, the entity first calls it.
        self.assertIn("int bus_session_created_my_entity(bus_session *session, const bus_my_entity_created_data *data, "
                      "bus_error *err);", flat(h))
        self.assertIn("static inline int bus_session_my_entity_created(bus_session *session, "
                      "const bus_my_entity_created_data *data, bus_error *err)\n{\n"
                      "    return bus_session_created_my_entity(session, data, err);\n}", h)
        self.assertIn("int bus_session_sold_my_entity(", h)
        self.assertIn("static inline int bus_session_my_entity_sold(", h)
        self.assertIn("@deprecated the topic definitions mark this topic deprecated", h)
        self.assertIn('{"name": "box", "size": "small"}', h)  # the example, in the documentation
        self.assertIn("#define BUS_MAX_BATCH 100", h)
        self.assertIn("also goes in the `X-Job` header", h)
        data_h = tree["include/bus/topic_data.h"].decode()
        self.assertIn("struct bus_my_entity_created_data {", data_h)
        self.assertIn("bus_my_entity_created_data_size_val size;", data_h)
        self.assertNotIn("my_entity_created_data", tree["include/bus/models.h"].decode())
        self.assertIn('#include "topics.h"', tree["include/bus/bus.h"].decode())
        src = tree["src/topics.c"].decode()
        self.assertIn('{"things", "MyEntity", "Created", &bus_my_entity_created_data_Type},', src)
        self.assertIn("    2, 0, 1,\n", src)  # by entity, then action: Buyer, MyEntity Created, MyEntity Sold
        self.assertIn('&bus_events_publish_op, &bus_events_publish_batch_op,\n    { 100u, 0u, 0u, "{\\"events\\":[", "]}" }',
                      src)
        self.assertIn('{"job_id", "X-Job", job_id},', src)
        self.assertEqual(compile_sdk(self.out), [])
        # The same input gives the same bytes.
        self.assertEqual(self.run_with(os.path.join(TOPICS, "good.yaml")).returncode, 0)
        self.assertEqual(read_tree(self.out), tree)

    def test_batches_as_a_bare_array_or_none(self):
        good = os.path.join(TOPICS, "good.yaml")
        r = self.run_with(good, "  publish: publishEvent\n  publish_batch: publishEventList\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        src = read_tree(self.out)["src/topics.c"].decode()
        self.assertIn('&bus_events_publish_list_op,\n    { 20u, 0u, 0u, "[", "]" }', src)
        self.assertIn('{"job_id", NULL, job_id},', src)
        r = self.run_with(good, "  publish: publishEvent\n")
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(self.out)
        self.assertIn("&bus_events_publish_op, NULL,", tree["src/topics.c"].decode())
        self.assertNotIn("BUS_MAX_BATCH", tree["include/bus/topics.h"].decode())
        self.assertEqual(compile_sdk(self.out), [])

    def test_session_names_are_reserved_only_with_topics(self):
        """A schema called Session keeps its name in an SDK without topics."""
        spec = os.path.join(self.tmp, "s.yaml")
        with open(spec, "w", encoding="utf-8") as fh:
            fh.write("openapi: 3.1.0\ninfo: {title: S, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                     "    Session: {type: object, properties: {id: {type: string}}}\n")
        self.assertEqual(generate(spec, "s", self.out).returncode, 0)
        self.assertIn("struct s_session {", read_tree(self.out)["include/s/models.h"].decode())

    # -- bad topics ---------------------------------------------------------------------------------
    def test_duplicate_topic(self):
        path = self.write_topics(TOPIC + TOPIC.replace("policies", "other"))
        self.assert_refused(path, "topics.yaml#/topics/1: topic Policy Created is defined twice "
                                  "(first at topics.yaml#/topics/0)")

    def test_action_not_past_tense(self):
        path = self.write_topics(TOPIC.replace("action: Created", "action: Create"))
        self.assert_refused(path, "topics.yaml#/topics/0/action: action 'Create' is not a past-tense verb")

    def test_action_not_one_capitalised_word(self):
        for action in ("created", "StatusChanged", "Created_2"):
            with self.subTest(action=action):
                path = self.write_topics(TOPIC.replace("action: Created", f"action: {action}"))
                self.assert_refused(path, f"topics.yaml#/topics/0/action: action '{action}' must be one capitalised word")

    def test_irregular_past_tense_is_known(self):
        path = self.write_topics(TOPIC.replace("action: Created", "action: Paid"))
        r = self.run_with(path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("int bus_session_paid_policy(", read_tree(self.out)["include/bus/topics.h"].decode())

    def test_bad_entity_name(self):
        for entity in ("my_entity", "myEntity", "My-Entity"):
            with self.subTest(entity=entity):
                path = self.write_topics(TOPIC.replace("entity: Policy", f"entity: {entity}"))
                self.assert_refused(path, f"topics.yaml#/topics/0/entity: entity '{entity}' must be a name in UpperCamelCase")

    def test_bad_category(self):
        path = self.write_topics(TOPIC.replace("category: policies", "category: Policies"))
        self.assert_refused(path, "topics.yaml#/topics/0/category (Policy Created): category 'Policies' must be a "
                                  "lower-case word")

    def test_unknown_key(self):
        path = self.write_topics(TOPIC + "    topic_name: policy.created\n")
        self.assert_refused(path, "topics.yaml#/topics/0/topic_name: unknown key 'topic_name'")
        path = self.write_topics(TOPIC, header="title: T\nformat: 1\nversion: 2\ntopics:\n")
        self.assert_refused(path, "topics.yaml#/version: unknown key 'version'")

    def test_missing_key_names_the_topic(self):
        path = self.write_topics(TOPIC.replace("    description: A policy was created.\n", ""))
        self.assert_refused(path, "topics.yaml#/topics/0 (Policy Created): 'description' is missing")

    def test_data_schema_errors_name_the_topic(self):
        path = self.write_topics(TOPIC.replace("policy_id: {type: string,", "policy_id: {type: strng,"))
        self.assert_refused(path, "topics.yaml#/topics/0/data/properties/policy_id/type (Policy Created): "
                                  "unknown type 'strng'")
        path = self.write_topics(TOPIC.replace("{type: string, description: Its number.}", "{type: string}"))
        self.assert_refused(path, "topics.yaml#/topics/0/data/properties/policy_id (Policy Created): every property "
                                  "needs a description")
        path = self.write_topics(TOPIC.replace("example: {policy_id: P-1}", "example: {number: P-1}"))
        self.assert_refused(path, "topics.yaml#/topics/0/example (Policy Created): the example lacks the required "
                                  "member 'policy_id'")

    def test_shortcut_names_that_would_clash(self):
        one = TOPIC.replace("entity: Policy", "entity: ItemOpened").replace("action: Created", "action: Closed")
        two = TOPIC.replace("entity: Policy", "entity: ClosedItem").replace("action: Created", "action: Opened")
        self.assert_refused(self.write_topics(one + two), "topics.yaml#/topics/1: topics ItemOpened Closed and "
                            "ClosedItem Opened would both have the shortcut ..._session_closed_item_opened")

    def test_format_and_empty_list(self):
        self.assert_refused(self.write_topics(TOPIC, header="title: T\nformat: 2\ntopics:\n"),
                            "topics.yaml#/format: format must be 1")
        self.assert_refused(self.write_topics("", header="title: T\nformat: 1\ntopics: []\n"),
                            "topics.yaml#/topics: topics must be a non-empty list")

    # -- bad sdk.yaml topics sections -------------------------------------------------------------------
    def test_config_errors(self):
        good = os.path.join(TOPICS, "good.yaml")
        cases = [
            ("  publish: publishEvent\n  batch: publishEventBatch\n",
             "sdk.yaml#/topics/batch: unknown key 'batch' (known: definitions, publish, publish_batch, job_id_header)"),
            ("  publish_batch: publishEventBatch\n", "sdk.yaml#/topics/publish: publish is required"),
            ("  publish: sendIt\n", "sdk.yaml#/topics/publish: no operation has operationId 'sendIt'"),
            ("  publish: postNote\n", "sdk.yaml#/topics/publish: the body of 'postNote' (Note) lacks what the SDK "
                                      "sends: user_id, job_id"),
            ("  publish: createThing\n", "sdk.yaml#/topics/publish: 'createThing' has the required parameter 'X-Tenant'"),
            ("  publish: publishEvent\n  publish_batch: postNote\n", "sdk.yaml#/topics/publish_batch: the body of "
                                                                     "'postNote' must be an array of Event"),
            ("  publish: publishEvent\n  publish_batch: publishEventList\n  job_id_header: X-Job\n",
             "sdk.yaml#/topics/job_id_header: 'publishEventList' declares no header parameter 'X-Job'"),
            ("  publish: publishEvent\n  job_id_header: 'X Job'\n", "sdk.yaml#/topics/job_id_header: 'X Job' is not "
                                                                   "a header name"),
        ]
        for config, message in cases:
            with self.subTest(config=config):
                self.assert_refused(good, message, config=config)


if __name__ == "__main__":
    unittest.main()
