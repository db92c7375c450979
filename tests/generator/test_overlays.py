"""Overlays (Overlay Specification 1.0.0): merging, appending, removing, actions in order, errors,
and the command line applying them (sdk.yaml `overlays:`, --overlay) before anything reads the spec."""
import contextlib
import io
import json
import os
import shutil
import tempfile
import textwrap
import unittest

from generator.cli import main
from generator.errors import SpecError
from generator.loader import Loader
from generator.overlays import apply_overlays

SPECS = os.path.join(os.path.dirname(__file__), "specs", "overlays")

SPEC = """\
openapi: 3.1.0
info: {title: Pets, version: "1"}
paths:
  /pets:
    get:
      operationId: listPets
      summary: List pets
      tags: [pets]
      parameters:
        - {name: limit, in: query, schema: {type: integer}}
        - {name: dummy, in: query, schema: {type: string}}
        - {name: page, in: query, schema: {type: integer}}
        - {name: dummy, in: header, schema: {type: string}}
      responses:
        "200": {description: the pets}
components:
  schemas:
    Pet:
      type: object
      required: [id]
      properties:
        id: {type: string}
        tag: {type: string, x-note: old}
"""


class OverlayCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="overlay-test-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.spec = self.write("spec.yaml", SPEC)

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(textwrap.dedent(text))
        return path

    def overlay(self, actions, name="overlay.yaml"):
        """An overlay file holding `actions` (YAML text of the list)."""
        head = "overlay: 1.0.0\ninfo: {title: test, version: '1'}\nactions:\n"
        return self.write(name, head + textwrap.indent(textwrap.dedent(actions), "  "))

    def apply(self, *overlays):
        loader = Loader()
        doc = apply_overlays(loader, self.spec, overlays)
        self.assertIs(loader.load(self.spec), doc)  # what every later reader gets
        return doc

    def refused(self, *overlays):
        with self.assertRaises(SpecError) as ctx:
            self.apply(*overlays)
        return ctx.exception


class UpdateTest(OverlayCase):
    def test_update_merges_recursively_into_an_object(self):
        doc = self.apply(self.overlay("""\
            - target: $.components.schemas.Pet
              update:
                description: A pet.
                required: [name]
                properties:
                  name: {type: string}
                  tag: {format: slug, x-note: new}
            """))
        pet = doc["components"]["schemas"]["Pet"]
        self.assertEqual(pet["description"], "A pet.")                      # new member added
        self.assertEqual(pet["type"], "object")                              # untouched member kept
        self.assertEqual(pet["required"], ["id", "name"])                    # array appended to array
        self.assertEqual(list(pet["properties"]), ["id", "tag", "name"])     # objects merged, not replaced
        self.assertEqual(pet["properties"]["tag"], {"type": "string", "x-note": "new", "format": "slug"})

    def test_update_at_the_root_merges_into_the_document(self):
        doc = self.apply(self.overlay("""\
            - target: $
              update:
                info: {x-overlaid: true, title: Pets API}
            """))
        self.assertEqual(doc["info"], {"title": "Pets API", "version": "1", "x-overlaid": True})
        self.assertIn("paths", doc)

    def test_update_on_an_array_target_appends_the_value(self):
        doc = self.apply(self.overlay("""\
            - target: $.paths['/pets'].get.parameters
              update: {name: sort, in: query, schema: {type: string}}
            - target: $.paths['/pets'].get.tags
              update: [more, tags]
            """))
        params = doc["paths"]["/pets"]["get"]["parameters"]
        self.assertEqual(len(params), 5)
        self.assertEqual(params[-1], {"name": "sort", "in": "query", "schema": {"type": "string"}})
        # 1.0.0: "the value of this field MUST be an entry to append to the array": one entry.
        self.assertEqual(doc["paths"]["/pets"]["get"]["tags"], ["pets", ["more", "tags"]])

    def test_every_selected_node_is_updated_once_with_its_own_copy(self):
        doc = self.apply(self.overlay("""\
            - target: $..parameters[?@.in == 'query']
              update: {x-seen: [1]}
            """))
        params = doc["paths"]["/pets"]["get"]["parameters"]
        self.assertEqual([p.get("x-seen") for p in params], [[1], [1], [1], None])
        params[0]["x-seen"].append(2)
        self.assertEqual(params[1]["x-seen"], [1])
        doc = self.apply(self.overlay("""\
            - target: $..parameters[0,0,-4]
              update: {x-once: true}
            """, name="union.yaml"))
        self.assertEqual([p.get("x-once") for p in doc["paths"]["/pets"]["get"]["parameters"]],
                         [True, None, None, None])

    def test_yaml_aliases_are_separate_places(self):
        self.spec = self.write("aliased.yaml", """\
            openapi: 3.1.0
            info: {title: A, version: "1"}
            paths: {}
            components:
              schemas:
                A: &shared {type: object, properties: {x: {type: string}}}
                B: *shared
            """)
        doc = self.apply(self.overlay("""\
            - target: $.components.schemas.A
              update: {description: only A}
            """))
        self.assertEqual(doc["components"]["schemas"]["A"]["description"], "only A")
        self.assertNotIn("description", doc["components"]["schemas"]["B"])

    def test_update_yaml_integer_keys_merge_with_their_string_names(self):
        doc = self.apply(self.overlay("""\
            - target: $.paths['/pets'].get.responses
              update:
                200: {description: every pet}
            """))
        self.assertEqual(doc["paths"]["/pets"]["get"]["responses"], {"200": {"description": "every pet"}})


class RemoveTest(OverlayCase):
    def test_remove_an_object_member(self):
        doc = self.apply(self.overlay("""\
            - target: $.components.schemas.Pet.properties.tag
              remove: true
            """))
        self.assertEqual(list(doc["components"]["schemas"]["Pet"]["properties"]), ["id"])

    def test_remove_array_elements_selected_by_a_filter(self):
        doc = self.apply(self.overlay("""\
            - target: $.paths.*.get.parameters[?@.name == 'dummy']
              remove: true
            """))
        self.assertEqual([p["name"] for p in doc["paths"]["/pets"]["get"]["parameters"]], ["limit", "page"])

    def test_remove_a_node_and_one_inside_it(self):
        doc = self.apply(self.overlay("""\
            - target: $..[?@.type == 'string' || @.in == 'header']
              remove: true
            """))
        params = doc["paths"]["/pets"]["get"]["parameters"]
        self.assertEqual([p["name"] for p in params], ["limit", "dummy", "page"])
        self.assertNotIn("schema", params[1])
        self.assertEqual(doc["components"]["schemas"]["Pet"]["properties"], {})


class ActionOrderTest(OverlayCase):
    def test_each_action_sees_what_the_previous_made(self):
        doc = self.apply(self.overlay("""\
            - target: $.components.schemas
              update:
                Owner: {type: object}
            - target: $.components.schemas.Owner
              update:
                properties: {name: {type: string}}
            - target: $.components.schemas.Pet
              remove: true
            - target: $.components.schemas
              update:
                Pet: {type: string}
            """))
        self.assertEqual(doc["components"]["schemas"]["Owner"], {"type": "object", "properties": {"name": {"type": "string"}}})
        self.assertEqual(doc["components"]["schemas"]["Pet"], {"type": "string"})

    def test_overlay_files_apply_in_order(self):
        first = self.overlay("""\
            - target: $.info
              update: {x-step: [first]}
            """, name="first.yaml")
        second = self.overlay("""\
            - target: $.info
              update: {x-step: [second]}
            """, name="second.yaml")
        self.assertEqual(self.apply(first, second)["info"]["x-step"], ["first", "second"])
        self.assertEqual(self.apply(second, first)["info"]["x-step"], ["second", "first"])


class ErrorsTest(OverlayCase):
    def test_a_target_that_selects_nothing_names_file_action_and_target(self):
        overlay = self.overlay("""\
            - target: $.info
              update: {x-a: 1}
            - target: $.paths['/pets'].get
              remove: true
            - target: $.paths['/pets'].get
              update: {summary: again}
            """)
        exc = self.refused(overlay)
        self.assertEqual(str(exc), f"{overlay}#/actions/2/target: target \"$.paths['/pets'].get\" selects nothing in "
                         "spec.yaml (as the actions before it left it): an action that changes nothing is an error "
                         "here, where the Overlay Specification would skip it")

    def test_malformed_overlay_documents(self):
        good_action = "actions: [{target: $.info, update: {x-a: 1}}]\n"
        info = "info: {title: t, version: '1'}\n"
        cases = [
            ("- a list\n", "#", "an overlay must be a mapping"),
            (info + good_action, "#/overlay", "overlay (the Overlay Specification version, 1.0.0) is required"),
            ("overlay: 1.0\n" + info + good_action, "#/overlay", "must be a version string such as '1.0.0', found 1.0"),
            ("overlay: 1.1.0\n" + info + good_action, "#/overlay", "Overlay Specification 1.1.0 is not supported"),
            ("overlay: 2.0.0\n" + info + good_action, "#/overlay", "is not supported"),
            ("overlay: 1.0.0\n" + good_action, "#/info", "info is required"),
            ("overlay: 1.0.0\ninfo: {title: t}\n" + good_action, "#/info/version", "version is required (a string)"),
            ("overlay: 1.0.0\ninfo: {title: t, version: '1', author: me}\n" + good_action, "#/info/author",
             "unknown key 'author'"),
            ("overlay: 1.0.0\n" + info + "extends: 3\n" + good_action, "#/extends", "a URI reference"),
            ("overlay: 1.0.0\n" + info, "#/actions", "actions must be a list of one or more actions"),
            ("overlay: 1.0.0\n" + info + "actions: {target: $}\n", "#/actions", "must be a list"),
            ("overlay: 1.0.0\n" + info + "actions: []\n", "#/actions", "one or more"),
            ("overlay: 1.0.0\n" + info + "updates: []\n" + good_action, "#/updates", "unknown key 'updates'"),
            ("overlay: 1.0.0\n" + info + "actions: [$.info]\n", "#/actions/0", "an action must be a mapping"),
            ("overlay: 1.0.0\n" + info + "actions: [{update: {a: 1}}]\n", "#/actions/0/target", "target is required"),
            ("overlay: 1.0.0\n" + info + "actions: [{target: $.info}]\n", "#/actions/0",
             "the action has neither update nor remove"),
            ("overlay: 1.0.0\n" + info + "actions: [{target: $.info, update: {}, remove: true}]\n", "#/actions/0",
             "the action has both update and remove"),
            ("overlay: 1.0.0\n" + info + "actions: [{target: $.info, remove: false}]\n", "#/actions/0/remove",
             "remove must be true, found False"),
            ("overlay: 1.0.0\n" + info + "actions: [{target: $.info, remove: 'yes'}]\n", "#/actions/0/remove",
             "remove must be true"),
            ("overlay: 1.0.0\n" + info + "actions: [{target: $.info, remvoe: true}]\n", "#/actions/0/remvoe",
             "unknown key 'remvoe' (known: target, description, update, remove, and x- extensions)"),
            ("overlay: 1.0.0\n" + info + "actions: [{target: $.info, description: 3, remove: true}]\n",
             "#/actions/0/description", "description must be a string"),
            ("overlay: 1.0.0\n" + info + "actions: [{target: $.info, update: {a: 1}}]\nactions: []\n", None,
             "key 'actions' is repeated"),
        ]
        for i, (text, pointer, phrase) in enumerate(cases):
            with self.subTest(text=text):
                path = self.write(f"bad{i}.yaml", text)
                exc = self.refused(path)
                if pointer is not None:
                    self.assertEqual(exc.where, path + pointer)
                self.assertIn(phrase, exc.message)

    def test_extensions_and_an_extends_string_are_accepted(self):
        path = self.write("ext.yaml", """\
            overlay: 1.0.2
            x-owner: team
            extends: ./spec.yaml
            info: {title: t, version: '1', x-a: 1}
            actions:
              - {target: $.info, update: {x-b: 2}, x-why: because}
            """)
        self.assertEqual(self.apply(path)["info"]["x-b"], 2)

    def test_a_target_that_is_not_jsonpath_says_where_and_what(self):
        path = self.overlay("""\
            - target: $.paths['/pets'.get
              remove: true
            """)
        exc = self.refused(path)
        self.assertEqual(exc.where, f"{path}#/actions/0/target")
        self.assertEqual(exc.message, "\"$.paths['/pets'.get\" is not a JSONPath query (RFC 9535): at column 16, "
                         "expected ',' or ']' after a selector, found '.'")

    def test_an_update_of_the_wrong_type_for_the_node(self):
        exc = self.refused(self.overlay("""\
            - target: $.info.title
              update: {text: x}
            """))
        self.assertTrue(exc.where.endswith("#/actions/0/target"))
        self.assertIn("selects a string at spec.yaml#/info/title; Overlay 1.0.0 acts on objects and arrays only: "
                      "target the object that holds it and update that member", exc.message)
        exc = self.refused(self.overlay("""\
            - target: $.info
              update: A new title
            """, name="string-update.yaml"))
        self.assertTrue(exc.where.endswith("string-update.yaml#/actions/0/update"))
        self.assertIn("the target selects an object (spec.yaml#/info): update must be an object of members to merge "
                      "into it, found a string", exc.message)

    def test_a_member_of_another_kind_is_not_merged(self):
        exc = self.refused(self.overlay("""\
            - target: $.components.schemas
              update:
                Pet: {properties: {tag: [string]}}
            """))
        self.assertTrue(exc.where.endswith("overlay.yaml#/actions/0/update/Pet/properties/tag"))
        self.assertIn("cannot merge an array into an object (spec.yaml#/components/schemas/Pet/properties/tag)",
                      exc.message)

    def test_removing_the_root_is_refused(self):
        exc = self.refused(self.overlay("""\
            - target: $
              remove: true
            """))
        self.assertTrue(exc.where.endswith("#/actions/0/target"))
        self.assertIn("selects the document root, which cannot be removed", exc.message)

    def test_a_missing_overlay_file(self):
        exc = self.refused(os.path.join(self.tmp, "absent.yaml"))
        self.assertIn("absent.yaml", exc.where)
        self.assertIn("cannot read", exc.message)


class CommandLineTest(unittest.TestCase):
    """The CLI's main() on tests/generator/specs/overlays: the vendor's apiKey header renamed, a
    description added, an operation removed, through sdk.yaml `overlays:` and through --overlay."""

    VENDOR = os.path.join(SPECS, "vendor.yaml")
    FIX = os.path.join(SPECS, "fix.yaml")

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="overlay-cli-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def run_main(self, *args):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main(["--quiet", "--spec", self.VENDOR, *args])
        return code, err.getvalue()

    def generate(self, name, *args):
        out = os.path.join(self.tmp, name)
        code, err = self.run_main("--out", out, *args)
        self.assertEqual(code, 0, err)
        return out

    @staticmethod
    def read(out, *parts):
        with open(os.path.join(out, *parts), encoding="utf-8") as fh:
            return fh.read()

    def tree(self, out):
        return {os.path.relpath(os.path.join(d, f), out): self.read(d, f) for d, _, files in os.walk(out) for f in files}

    def test_the_overlay_changes_the_generated_sdk(self):
        plain = self.generate("plain", "--name", "widgets")
        fixed = self.generate("fixed", "--config", os.path.join(SPECS, "sdk.yaml"))
        for out, key, description, purge in ((plain, "X-Vendor-Token", False, True), (fixed, "X-Api-Key", True, False)):
            api_h = self.read(out, "include", "widgets", "widgets_api.h")
            self.assertIn(f'APIC_IN_HEADER, "{key}"', self.read(out, "src", "client.c"))
            self.assertEqual("Lists every widget the account owns." in api_h, description)
            self.assertEqual("widgets_widgets_purge(" in api_h, purge)
        self.assertIn("Generated from vendor.yaml with overlay fix.yaml", self.read(fixed, "include", "widgets", "widgets.h"))

    def test_command_line_overlay_gives_what_sdk_yaml_gives(self):
        by_config = self.generate("config", "--config", os.path.join(SPECS, "sdk.yaml"))
        by_flag = self.generate("flag", "--name", "widgets", "--overlay", self.FIX)
        self.assertEqual(self.tree(by_flag), self.tree(by_config))

    def test_samples_see_the_overlaid_document(self):
        samples = os.path.join(self.tmp, "samples.json")
        self.generate("sdk", "--name", "widgets", "--overlay", self.FIX, "--samples", samples)
        with open(samples, encoding="utf-8") as fh:
            ops = json.load(fh)
        self.assertIn("widgets_widgets_list", ops)
        self.assertNotIn("widgets_widgets_purge", ops)

    def test_sdk_yaml_overlays_come_first_then_the_command_line_in_order(self):
        def description(text, name):
            path = os.path.join(self.tmp, name)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
                         f"  - {{target: \"$.paths['/widgets'].get\", update: {{description: {text}}}}}\n")
            return path
        description("From sdk.yaml.", "config-overlay.yaml")
        config = os.path.join(self.tmp, "sdk.yaml")
        with open(config, "w", encoding="utf-8") as fh:
            fh.write("name: widgets\noverlays: [config-overlay.yaml]\n")
        one, two = description("From the first flag.", "one.yaml"), description("From the second flag.", "two.yaml")
        out = self.generate("ordered", "--config", config, "--overlay", f"{one},{two}")
        self.assertIn("From the second flag.", self.read(out, "include", "widgets", "widgets_api.h"))
        out = self.generate("reordered", "--config", config, "--overlay", two, "--overlay", one)
        self.assertIn("From the first flag.", self.read(out, "include", "widgets", "widgets_api.h"))
        out = self.generate("config-only", "--config", config)
        self.assertIn("From sdk.yaml.", self.read(out, "include", "widgets", "widgets_api.h"))

    def test_a_key_prefix_fixes_a_scheme_named_after_its_value(self):
        # SuprSend's mistake: the header named "ServiceToken <token>". The fix names the header
        # Authorization and says what goes before the key.
        fix = os.path.join(self.tmp, "prefix.yaml")
        with open(fix, "w", encoding="utf-8") as fh:
            fh.write("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
                     "  - target: $.components.securitySchemes.vendorKey\n"
                     "    update: {name: Authorization, x-apic-key-prefix: 'ServiceToken '}\n")
        out = self.generate("prefixed", "--name", "widgets", "--overlay", fix)
        self.assertIn('APIC_IN_HEADER, "Authorization", NULL, "ServiceToken " }', self.read(out, "src", "client.c"))
        for bad in ('"a\\nb"', "3", "''"):  # a line break (YAML's escape), a number, nothing
            with open(fix, "w", encoding="utf-8") as fh:
                fh.write("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
                         "  - target: $.components.securitySchemes.vendorKey\n"
                         f"    update: {{name: Authorization, x-apic-key-prefix: {bad}}}\n")
            code, err = self.run_main("--name", "widgets", "--out", os.path.join(self.tmp, "bad"), "--overlay", fix)
            self.assertEqual(code, 1, bad)
            self.assertIn("vendor.yaml#/components/securitySchemes/vendorKey/x-apic-key-prefix: x-apic-key-prefix must "
                          "be a string", err)

    def test_write_spec_writes_the_overlaid_document(self):
        written = os.path.join(self.tmp, "served.json")
        self.generate("sdk", "--name", "widgets", "--overlay", self.FIX, "--write-spec", written)
        with open(written, encoding="utf-8") as fh:
            doc = json.load(fh)
        self.assertEqual(doc["components"]["securitySchemes"]["vendorKey"]["name"], "X-Api-Key")
        self.assertNotIn("delete", doc["paths"]["/widgets/{id}"])

    def test_errors_stop_generation_and_name_the_overlay(self):
        out = os.path.join(self.tmp, "never")
        stale = os.path.join(self.tmp, "stale.yaml")
        with open(stale, "w", encoding="utf-8") as fh:
            fh.write("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
                     "  - {target: \"$.paths['/gadgets']\", remove: true}\n")
        code, err = self.run_main("--name", "widgets", "--out", out, "--overlay", stale)
        self.assertEqual(code, 1)
        self.assertIn(f"{stale}#/actions/0/target: target \"$.paths['/gadgets']\" selects nothing in vendor.yaml", err)
        self.assertFalse(os.path.exists(out))
        code, err = self.run_main("--name", "widgets", "--out", out, "--overlay", f"{self.FIX},,{stale}")
        self.assertEqual((code, err.strip()), (1, f"error: --overlay: an empty file name in '{self.FIX},,{stale}'"))

    def test_sdk_yaml_overlays_must_be_a_list_of_paths(self):
        for text, pointer in (("overlays: fix.yaml\n", "#/overlays"), ("overlays: [fix.yaml, 3]\n", "#/overlays/1")):
            with self.subTest(text=text):
                config = os.path.join(self.tmp, "bad-sdk.yaml")
                with open(config, "w", encoding="utf-8") as fh:
                    fh.write("name: widgets\n" + text)
                code, err = self.run_main("--out", os.path.join(self.tmp, "never"), "--config", config)
                self.assertEqual(code, 1)
                self.assertIn(f"error: {config}{pointer}: ", err)


if __name__ == "__main__":
    unittest.main()
