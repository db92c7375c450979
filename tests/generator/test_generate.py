"""End-to-end generator tests: the command line on crafted and public specs."""
import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import traceback
import unittest

from generator import cli

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SPECS = os.path.join(os.path.dirname(__file__), "specs")
PUBLIC = os.path.join(ROOT, "..", "shared", "specs", "public")


def generate(spec, name, out, *extra):
    return run_cli(["--spec", spec, "--name", name, "--out", out, *extra])


def run_cli(argv):
    """The generator's command line run in this process, from the repository's root: its exit status
    and what it printed, as subprocess.run() gives them. (A new interpreter per call spent most of
    the suite's time starting up; GeneratorCliTest runs `python -m generator` itself once.)"""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(ROOT), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = cli.main(argv)
        except SystemExit as exc:  # argparse's usage errors
            rc = exc.code if isinstance(exc.code, int) else 1
        except Exception:  # what the interpreter would print and exit 1 for
            traceback.print_exc()
            rc = 1
    return subprocess.CompletedProcess(argv, rc, out.getvalue(), err.getvalue())


def read_tree(folder):
    out = {}
    for dirpath, _, files in os.walk(folder):
        for f in files:
            path = os.path.join(dirpath, f)
            with open(path, "rb") as fh:
                out[os.path.relpath(path, folder)] = fh.read()
    return out


def flat(text):
    """Header text with every run of white space made one space: a declaration as one line,
    however its parameters were wrapped."""
    return " ".join(text.split())


def compile_sdk(out):
    """Compiles every generated source with the project's warning flags; returns failures."""
    failures = []
    for src in sorted(os.listdir(os.path.join(out, "src"))):
        if src.endswith(".c"):
            r = subprocess.run(["cc", "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-Wall", "-Wextra", "-Wpedantic",
                                "-Werror", "-fsyntax-only", "-I", os.path.join(ROOT, "runtime", "include"),
                                "-I", os.path.join(out, "include"), os.path.join(out, "src", src)],
                               capture_output=True, text=True)
            if r.returncode != 0:
                failures.append(f"{src}:\n{r.stderr[:2000]}")
    return failures


class GeneratorCliTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gen-test-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def test_dangling_ref_names_the_pointer_and_leaves_previous_output_untouched(self):
        out = os.path.join(self.tmp, "sdk")
        good = generate(os.path.join(SPECS, "multifile.yaml"), "demo", out)
        self.assertEqual(good.returncode, 0, good.stderr)
        before = read_tree(out)
        bad = generate(os.path.join(SPECS, "dangling.yaml"), "demo", out)
        self.assertNotEqual(bad.returncode, 0)
        self.assertIn("dangling.yaml#/components/schemas/Thing/properties/owner/$ref", bad.stderr)
        self.assertIn("#/components/schemas/Owner", bad.stderr)
        self.assertEqual(read_tree(out), before)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["sdk"])  # no temporary folder left behind

    def test_output_is_deterministic(self):
        # `python -m generator` twice, each interpreter hashing strings with its own seed, so that
        # an order taken from a set or a hash would show; and the same from this process.
        trees = []
        spec = os.path.join(PUBLIC, "petstore3.yaml")
        for seed in ("1", "2"):
            out = os.path.join(self.tmp, seed)
            r = subprocess.run([sys.executable, "-m", "generator", "--spec", spec, "--name", "petstore", "--out", out],
                               cwd=ROOT, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed})
            self.assertEqual(r.returncode, 0, r.stderr)
            trees.append(read_tree(out))
        self.assertEqual(generate(spec, "petstore", os.path.join(self.tmp, "here")).returncode, 0)
        trees.append(read_tree(os.path.join(self.tmp, "here")))
        self.assertEqual(trees[0], trees[1])
        self.assertEqual(trees[0], trees[2])

    def test_swagger_1_2_is_refused_clearly(self):
        # Swagger 2.0 is upgraded (test_swagger2.py); older versions are not.
        r = generate(os.path.join(SPECS, "swagger12.yaml"), "old", os.path.join(self.tmp, "old"))
        self.assertEqual(r.returncode, 1)
        self.assertIn("swagger12.yaml#/swagger", r.stderr)
        self.assertIn("Swagger '1.2' is not supported", r.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "old")))

    def test_bad_prefix_is_refused(self):
        r = generate(os.path.join(SPECS, "multifile.yaml"), "My-SDK", os.path.join(self.tmp, "x"))
        self.assertEqual(r.returncode, 1)
        self.assertIn("my_sdk", r.stderr)

    def test_cross_file_refs_and_cycles_generate_and_compile(self):
        out = os.path.join(self.tmp, "multi")
        r = generate(os.path.join(SPECS, "multifile.yaml"), "multi", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        models = read_tree(out)["include/multi/models.h"].decode()
        self.assertIn("struct multi_node {", models)
        self.assertIn("multi_node_array children;", models)   # items inline, through a pointer
        self.assertIn("multi_node *parent;", models)          # object members are pointers
        self.assertIn("bool weight_is_null;", models)          # 3.1 type array with null
        self.assertIn("int multi_nodes_get(multi_client *client, const multi_nodes_get_params *params, multi_node **out",
                      read_tree(out)["include/multi/nodes.h"].decode())
        # The spec names its idempotency header (x-apic-idempotency-header).
        self.assertIn('copy.idempotency_header = "X-Request-Key";', read_tree(out)["src/client.c"].decode())
        self.assertEqual(compile_sdk(out), [])

    def test_name_collisions_are_resolved_and_compile(self):
        out = os.path.join(self.tmp, "col")
        r = generate(os.path.join(SPECS, "collisions.yaml"), "col", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        models = read_tree(out)["include/col/models.h"].decode()
        for member in ("char *class_;", "int64_t foo_bar;", "int64_t foo_bar_2;", "bool has_foo_bar_3;",
                       "char *n1st;", "char *unknown_fields;", "apic_json_map unknown_fields_2;"):
            self.assertIn(member, models)
        for const in ("COL_ITEM_KIND_A_B = 1", "COL_ITEM_KIND_A_B_2 = 2", "COL_ITEM_KIND_EMPTY = 3",
                      "COL_ITEM_KIND_UNKNOWN_VALUE_2 = 4", "COL_ITEM_KIND_UNKNOWN_VALUE = 0"):
            self.assertIn(const, models)
        self.assertIn("struct col_item_2 {", models)       # 'item' after 'Item'
        self.assertIn("struct col_error_model {", models)  # 'Error' would clash with col_error
        # Schemas named like names derived from another type keep their own names.
        for decl in ("} col_thing_type;", "struct col_thing {", "struct col_thing_values {"):
            self.assertIn(decl, models)
        # The "Models" tag gets a header of its own beside models.h, which keeps the types.
        self.assertIn("int col_models_list(", read_tree(out)["include/col/models_api.h"].decode())
        self.assertIn('#include "models_api.h"', read_tree(out)["include/col/col.h"].decode())
        ops = read_tree(out)["include/col/operations.h"].decode()
        self.assertIn("int col_get_items(", ops)             # no tag: operationId alone
        self.assertIn("int col_get_items_by_item_id(", ops)  # no operationId: method and path
        self.assertIn("int64_t item_id_2;", ops)
        self.assertIn("collisions.yaml#/components/securitySchemes/serviceToken/name: 'ServiceToken <token>' is not a "
                      "valid header name", r.stderr)
        # An operation that needs only that scheme says so in its header and in the samples.
        self.assertIn("@note the spec requires serviceToken, which this SDK cannot send",
                      read_tree(out)["include/col/models_api.h"].decode())
        self.assertEqual(compile_sdk(out), [])
        samples = os.path.join(self.tmp, "samples.json")
        r = generate(os.path.join(SPECS, "collisions.yaml"), "col", os.path.join(self.tmp, "again"), "--samples", samples)
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(samples, encoding="utf-8") as fh:
            entries = json.load(fh)
        self.assertIn("serviceToken", entries["col_models_list"]["skip"])
        self.assertNotIn("skip", entries["col_get_items"])

    def test_petstore_generates_typed_operations_and_compiles(self):
        out = os.path.join(self.tmp, "petstore")
        r = generate(os.path.join(PUBLIC, "petstore3.yaml"), "petstore", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(out)
        pet_h = tree["include/petstore/pet.h"].decode()
        self.assertIn("APIC_EXPORT int petstore_pet_get_by_id(petstore_client *client, const "
                      "petstore_pet_get_by_id_params *params, petstore_pet **out, petstore_error *err);", flat(pet_h))
        self.assertIn("petstore_pet_array **out", pet_h)
        self.assertIn("apic_int32_map **out", tree["include/petstore/store.h"].decode())
        models = tree["include/petstore/models.h"].decode()
        self.assertIn("PETSTORE_PET_STATUS_AVAILABLE = 1", models)
        self.assertIn("apic_string_array photo_urls;", models)
        self.assertIn("JSON key: `photoUrls`.", models)
        self.assertEqual(compile_sdk(out), [])


if __name__ == "__main__":
    unittest.main()


class YamlAsJsonTest(unittest.TestCase):
    """YAML 1.1 reads 17:00 as 1020, NO and on as booleans and 2024-01-02 as a date; an OpenAPI
    document is JSON data, so they must stay the strings the author wrote."""

    def test_yaml_1_1_lookalikes_stay_strings(self):
        from generator.loader import Loader
        doc = Loader().load(os.path.join(SPECS, "yaml11.yaml"))
        props = doc["components"]["schemas"]["Opening"]["properties"]
        self.assertEqual(props["closes"]["example"], "17:00")
        self.assertEqual(props["country"]["enum"], ["KE", "NO", "SE"])
        self.assertEqual(props["country"]["example"], "NO")
        self.assertEqual(props["switch"]["enum"], ["on", "off", "yes", "n"])
        self.assertEqual(props["day"]["example"], "2024-01-02")
        self.assertEqual(props["count"]["example"], 31)  # hexadecimal stays a number (YAML 1.2 too)


class AllOfTest(unittest.TestCase):
    def test_all_of_parts_are_merged_into_one_struct(self):
        tmp = tempfile.mkdtemp(prefix="gen-allof-")
        self.addCleanup(shutil.rmtree, tmp)
        out = os.path.join(tmp, "sdk")
        r = generate(os.path.join(SPECS, "allof.yaml"), "zoo", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("allOf is not supported", r.stderr)
        models = read_tree(out)["include/zoo/models.h"].decode()
        dog = models[models.index("struct zoo_dog {"):]
        dog = dog[:dog.index("};")]
        for member in ("char *name;", "int32_t legs;", "char *breed;", "bool good;"):
            self.assertIn(member, dog)
        self.assertIn("A dog is an animal with a breed.", models)
        loop = models[models.index("struct zoo_loop {"):]
        self.assertIn("int64_t n;", loop[:loop.index("};")])
        self.assertEqual(compile_sdk(out), [])
