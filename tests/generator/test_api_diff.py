"""Regenerating on a spec change: the C API changes the generator reports (api_diff.py), each
marked for source and binary compatibility, and --fail-on-breaking. On petstore3 against copies
of it edited here."""
import copy
import json
import os
import shutil
import tempfile
import unittest

import yaml

from generator import api_diff, api_manifest, c_decls
from tests.generator.test_generate import PUBLIC, generate, read_tree

PETSTORE = os.path.join(PUBLIC, "petstore3.yaml")
P = "petstore3"


def changes(stdout):
    """{'subject: text': marks} of the report lines in a generator's output."""
    out = {}
    for line in stdout.splitlines():
        line = line.strip()
        for marks in ("breaking(source, binary)", "breaking(source)", "breaking(binary)", "compatible"):
            if line.startswith(marks + ": "):
                out[line[len(marks) + 2:]] = marks
    return out


class ApiDiffTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(PETSTORE, encoding="utf-8") as fh:
            cls.base = yaml.safe_load(fh)

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="api-diff-test-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.out = os.path.join(self.tmp, "sdk")
        first = generate(PETSTORE, P, self.out)
        self.assertEqual(first.returncode, 0, first.stderr)
        self.assertNotIn("api changes", first.stdout)  # nothing to compare with on a first generation

    def edited(self, edit):
        doc = copy.deepcopy(self.base)
        edit(doc)
        path = os.path.join(self.tmp, f"edited-{len(os.listdir(self.tmp))}.json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(doc, fh)
        return path

    def regenerate(self, edit, *extra):
        r = generate(self.edited(edit), P, self.out, *extra)
        return r, changes(r.stdout)

    def assertChange(self, found, text, marks):
        matches = {k: v for k, v in found.items() if k.startswith(text)}
        self.assertTrue(matches, f"no change starting {text!r} in {json.dumps(found, indent=1)}")
        self.assertEqual(set(matches.values()), {marks}, matches)

    def test_unchanged_regeneration_reports_nothing(self):
        manifest = read_tree(self.out)["api.json"]
        r = generate(PETSTORE, P, self.out, "--fail-on-breaking=any")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout.splitlines(), [l for l in r.stdout.splitlines() if l.startswith("generated ")])
        self.assertEqual(read_tree(self.out)["api.json"], manifest)

    def test_manifest_lists_functions_structs_enums_and_operations(self):
        m = json.loads(read_tree(self.out)["api.json"])
        self.assertEqual(m["format"], api_manifest.FORMAT)
        self.assertEqual(m["operations"][f"{P}_pet_add"], {"method": "POST", "path": "/pet", "params": None,
                                                           "body": f"const {P}_pet *body", "result": f"{P}_pet **out"})
        self.assertEqual(m["functions"][f"{P}_pet_add"]["signature"],
                         f"int {P}_pet_add({P}_client *client, const {P}_pet *body, {P}_pet **out, {P}_error *err)")
        pet = m["structs"][f"{P}_pet"]
        self.assertEqual(pet["members"][:3], [["has_id", "bool"], ["id", "int64_t"], ["name", "char *"]])
        self.assertEqual(pet["members"][-1], ["unknown_fields", "apic_json_map"])
        self.assertEqual(pet["required"], ["name", "photo_urls"])
        self.assertEqual(pet["role"], "both")
        self.assertEqual(m["enums"][f"{P}_pet_status"]["constants"][3], [f"{P.upper()}_PET_STATUS_SOLD", 3])
        self.assertEqual(m["enums"][f"{P}_pet_status"]["json"][f"{P.upper()}_PET_STATUS_SOLD"], "sold")

    def test_property_added(self):
        r, found = self.regenerate(lambda d: d["components"]["schemas"]["Pet"]["properties"].update(
            nickname={"type": "string"}))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("api changes: 0 breaking (source), 1 breaking (binary), 0 compatible", r.stdout)
        self.assertChange(found, f"struct {P}_pet: member 'nickname' added (char *", "breaking(binary)")

    def test_required_property_added_to_a_struct_the_sdk_sends(self):
        def edit(d):
            pet = d["components"]["schemas"]["Pet"]
            pet["properties"]["owner"] = {"type": "string"}
            pet["required"].append("owner")
        _, found = self.regenerate(edit)
        self.assertChange(found, f"struct {P}_pet: member 'owner' added (char *; required: code that does not set "
                          "it no longer makes a valid request", "breaking(source, binary)")

    def test_property_removed(self):
        _, found = self.regenerate(lambda d: d["components"]["schemas"]["Pet"]["properties"].pop("tags"))
        self.assertChange(found, f"struct {P}_pet: member 'tags' removed, with has_tags", "breaking(source, binary)")
        # Its array type went with it (Tag itself stays, a schema of its own).
        self.assertChange(found, f"struct {P}_tag_array: removed", "breaking(source, binary)")
        self.assertFalse([k for k in found if k.startswith(f"struct {P}_tag:")], found)

    def test_type_changed(self):
        _, found = self.regenerate(lambda d: d["components"]["schemas"]["Order"]["properties"].update(
            quantity={"type": "string"}))
        self.assertChange(found, f"struct {P}_order: member 'quantity' retyped: int32_t -> char *",
                          "breaking(source, binary)")
        self.assertChange(found, f"struct {P}_order: member 'has_quantity' removed", "breaking(source, binary)")

    def test_enum_value_added_and_one_removed(self):
        _, found = self.regenerate(lambda d: d["components"]["schemas"]["Pet"]["properties"]["status"].update(
            enum=["available", "sold", "adopted"]))
        E = f"enum {P}_pet_status"
        S = P.upper() + "_PET_STATUS"
        self.assertChange(found, f"{E}: value 'pending' ({S}_PENDING) removed (was 2)", "breaking(source, binary)")
        self.assertChange(found, f"{E}: value 'adopted' ({S}_ADOPTED) added (= 3)", "compatible")
        self.assertChange(found, f"{E}: value 'sold' ({S}_SOLD) renumbered: 3 -> 2", "breaking(binary)")

    def test_enum_value_appended_is_compatible(self):
        r, found = self.regenerate(lambda d: d["components"]["schemas"]["Pet"]["properties"]["status"]["enum"].append(
            "adopted"), "--fail-on-breaking=any")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(found, {f"enum {P}_pet_status: value 'adopted' ({P.upper()}_PET_STATUS_ADOPTED) added (= 4)":
                                 "compatible"})

    def test_operation_added_and_one_removed(self):
        def edit(d):
            d["paths"]["/pet/{petId}/photos"] = {"get": {
                "operationId": "listPetPhotos", "tags": ["pet"],
                "parameters": [{"name": "petId", "in": "path", "required": True,
                                "schema": {"type": "integer", "format": "int64"}}],
                "responses": {"200": {"description": "photos", "content": {"application/json": {
                    "schema": {"type": "array", "items": {"type": "string"}}}}}}}}
            del d["paths"]["/store/order/{orderId}"]["delete"]
        _, found = self.regenerate(edit)
        self.assertChange(found, f"operation {P}_pet_list_photos: added (GET /pet/{{petId}}/photos)", "compatible")
        self.assertChange(found, f"operation {P}_store_delete_order: removed (DELETE /store/order/{{orderId}})",
                          "breaking(source, binary)")
        # What comes and goes with an operation (its _op descriptor, its parameter struct) is not repeated.
        self.assertFalse([k for k in found if "_params" in k or "_op:" in k], found)

    def test_parameter_added(self):
        def edit(d):
            d["paths"]["/pet/findByStatus"]["get"]["parameters"].append(
                {"name": "limit", "in": "query", "schema": {"type": "integer"}})
            d["paths"]["/store/inventory"]["get"]["parameters"] = [
                {"name": "warehouse", "in": "query", "schema": {"type": "string"}}]
        _, found = self.regenerate(edit)
        # An operation that had parameters: its struct grows (code setting members still compiles).
        self.assertChange(found, f"struct {P}_pet_find_by_status_params: member 'limit' added (int64_t, with has_limit",
                          "breaking(binary)")
        # One that had none: its function takes a parameter struct now.
        self.assertChange(found, f"operation {P}_store_get_inventory: parameter struct none -> "
                          f"{P}_store_get_inventory_params", "breaking(source, binary)")

    def test_fail_on_breaking(self):
        before = read_tree(self.out)
        r, found = self.regenerate(lambda d: d["components"]["schemas"]["Pet"]["properties"].pop("tags"),
                                   "--fail-on-breaking")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("error: --fail-on-breaking: ", r.stderr)
        self.assertIn("break source compatibility", r.stderr)
        self.assertIn(f"breaking(source, binary): struct {P}_pet: member 'tags' removed", r.stderr)
        self.assertEqual(read_tree(self.out), before)  # the output folder is left as it was

        # Binary-breaking only: refused with =binary (and =any), accepted with the default (source).
        add = lambda d: d["components"]["schemas"]["Pet"]["properties"].update(nickname={"type": "string"})
        for mode in ("--fail-on-breaking=binary", "--fail-on-breaking=any"):
            r, _ = self.regenerate(add, mode)
            self.assertNotEqual(r.returncode, 0, mode)
            self.assertEqual(read_tree(self.out), before)
        r, _ = self.regenerate(add, "--fail-on-breaking")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("nickname", read_tree(self.out)["api.json"].decode())

    def test_fail_on_breaking_passes_compatible_changes(self):
        def edit(d):
            d["paths"]["/pet/{petId}/photos"] = {"get": {
                "operationId": "listPetPhotos", "tags": ["pet"],
                "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"204": {"description": "none"}}}}
        r, found = self.regenerate(edit, "--fail-on-breaking=any")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(found)
        self.assertEqual(set(found.values()), {"compatible"}, found)
        self.assertIn(f"{P}_pet_list_photos", read_tree(self.out)["api.json"].decode())

    def test_earlier_output_without_a_manifest_is_compared_by_its_headers(self):
        os.remove(os.path.join(self.out, "api.json"))
        r, found = self.regenerate(lambda d: d["components"]["schemas"]["Pet"]["properties"].pop("tags"))
        self.assertIn("compared with the headers in", r.stdout)
        self.assertChange(found, f"struct {P}_pet: member 'tags' removed", "breaking(source, binary)")

    def test_quiet_prints_nothing(self):
        r, found = self.regenerate(lambda d: d["components"]["schemas"]["Pet"]["properties"].pop("tags"), "--quiet")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stdout, "")


class CompareTest(unittest.TestCase):
    """Rules the petstore edits do not reach, on manifests written by hand."""

    def manifest(self, **sections):
        m = {"format": api_manifest.FORMAT, "prefix": "x", "library_version": "1.0.0"}
        for s in api_manifest.SECTIONS:
            m[s] = sections.get(s, {})
        return m

    def test_union_variants_members_moved_and_signatures(self):
        old = self.manifest(
            structs={"x_u": {"union": True, "members": [["kind", "x_u_kind"], ["as.a", "x_a *", "union"], ["other", "char *"]]},
                     "x_s": {"members": [["a", "int32_t"], ["b", "char *"]]}},
            functions={"x_f": {"signature": "int x_f(int a)", "header": "f.h"},
                       "x_g": {"signature": "int x_g(int a)", "header": "f.h"}})
        new = self.manifest(
            structs={"x_u": {"union": True, "members": [["kind", "x_u_kind"], ["as.a", "x_a *", "union"],
                                                        ["as.b", "x_b *", "union"], ["other", "char *"]]},
                     "x_s": {"members": [["b", "char *"], ["a", "int32_t"]]}},
            functions={"x_f": {"signature": "int x_f(int count)", "header": "f.h"},
                       "x_g": {"signature": "int x_g(long a)", "header": "f.h"}})
        found = {f"{c.subject}: {c.text}": c.marks for c in api_diff.compare(old, new)}
        self.assertEqual(found, {
            "function x_f: parameter names changed: int x_f(int a) -> int x_f(int count)": "compatible",
            "function x_g: signature changed: int x_g(int a) -> int x_g(long a)": "breaking(source, binary)",
            "struct x_s: members reordered (b, a moved)": "breaking(binary)",
            "union x_u: variant 'as.b' added (x_b *)": "compatible"})
        self.assertEqual(api_diff.compare(new, new), [])


class HeaderScanTest(unittest.TestCase):
    def test_declarations_of_a_handwritten_header(self):
        text = '''#ifndef X_H
#define X_H
#define X_URL "https://example.com/a" /* a comment */
#define X_MAX (10u * \\
               1024u)
#ifdef __cplusplus
extern "C" {
#endif
/** A callback. */
typedef int (*x_callback)(void *ctx, const char *text);
typedef struct x_thing { const char *name; int a, *b; struct { int depth; } inner; } x_thing;
typedef enum x_mode { X_MODE_A, X_MODE_B = 4, X_MODE_C } x_mode;
static inline int x_twice(int v) { return 2 * v; }
APIC_EXPORT int x_run(const x_thing *thing, // the thing
                      x_callback cb);
APIC_EXPORT extern const char *const x_names[];
#ifdef __cplusplus
}
#endif
#endif
'''
        found = {(d["what"], d["name"]): d for d in c_decls.scan(text)}
        self.assertEqual(found[("macro", "X_URL")]["value"], '"https://example.com/a"')
        self.assertEqual(found[("macro", "X_MAX")]["value"], "(10u * 1024u)")
        self.assertEqual(found[("typedef", "x_callback")]["type"], "int(*)(void *ctx, const char *text)")
        self.assertEqual(found[("struct", "x_thing")]["members"],
                         [("name", "const char *", None), ("a", "int", None), ("b", "int *", None),
                          ("inner.depth", "int", None)])
        self.assertEqual(found[("enum", "x_mode")]["constants"], [("X_MODE_A", 0), ("X_MODE_B", 4), ("X_MODE_C", 5)])
        self.assertEqual(found[("function", "x_run")]["signature"], "int x_run(const x_thing *thing, x_callback cb)")
        self.assertEqual(found[("variable", "x_names")]["declaration"], "extern const char *const x_names[]")
        self.assertNotIn(("function", "x_twice"), found)


if __name__ == "__main__":
    unittest.main()
