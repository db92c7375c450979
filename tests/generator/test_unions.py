"""oneOf/anyOf as tagged unions: the header the crafted spec (tests/golden/unions.yaml) gives, and
what the generator says about alternatives it cannot type."""
import os
import shutil
import tempfile
import textwrap
import unittest

from tests.generator.test_generate import ROOT, compile_sdk, generate, read_tree

GOLDEN = os.path.join(ROOT, "tests", "golden", "unions.yaml")


def _block(text, start):
    """The text from start to the end of its braces' block (the first `};` after it)."""
    i = text.index(start)
    return text[i:text.index("};", i) + 2]


class UnionHeaderTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="gen-unions-")
        out = os.path.join(cls.tmp, "sdk")
        cls.run_result = generate(GOLDEN, "unions", out)
        cls.tree = read_tree(out)
        cls.models = cls.tree["include/unions/models.h"].decode()

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_every_alternative_is_typed_without_a_warning(self):
        self.assertEqual(self.run_result.returncode, 0, self.run_result.stderr)
        self.assertNotIn("warning", self.run_result.stderr)
        self.assertNotIn("not supported", self.run_result.stderr)

    def test_union_struct_kind_enum_and_functions(self):
        self.assertIn(textwrap.dedent("""\
            typedef enum unions_pet_kind {
                UNIONS_PET_UNKNOWN_VALUE = 0, /**< none: see `other` */
                UNIONS_PET_CAT = 1, /**< `as.cat` */
                UNIONS_PET_DOG = 2, /**< `as.dog` */
                UNIONS_PET_LIZARD = 3, /**< `as.lizard` */
            } unions_pet_kind;"""), self.models)
        pet = _block(self.models, "struct unions_pet {")
        for member in ("unions_pet_kind kind;", "unions_cat *cat;", "unions_dog *dog;", "unions_lizard *lizard;",
                       "} as;", "char *other;"):
            self.assertIn(member, pet)
        for decl in ("void unions_pet_free(unions_pet *obj);",
                     "int unions_pet_from_json(const char *json, size_t len, unions_pet **out, apic_error *err);",
                     "int unions_pet_to_json(const unions_pet *obj, char **out, apic_error *err);",
                     "extern const apic_union_desc unions_pet_desc;", "extern const apic_union_desc *const unions_unions[];"):
            self.assertIn(decl, self.models + self.tree["include/unions/client.h"].decode())

    def test_doc_has_a_line_per_variant_with_its_schema_and_values(self):
        for line in (
                " * One of these (oneOf, chosen by `petType`); `kind` says which:",
                " * - UNIONS_PET_CAT: `as.cat` (unions_cat *): schema Cat; petType `cat` or `kitty`",
                " * - UNIONS_PET_DOG: `as.dog` (unions_dog *): schema Dog; petType `dog`",
                " * - UNIONS_PET_LIZARD: `as.lizard` (unions_lizard *): schema Lizard; petType `Lizard`",   # implicit
                " * - UNIONS_PET_UNKNOWN_VALUE (0): none; `other` keeps JSON that matched no variant (NULL: absent).",
                " * - UNIONS_EVENT_ITEM_DELETED: `as.item_deleted` (unions_item_deleted *): schema ItemDeleted; type "
                "`item.deleted`",
                " * One of these (oneOf, the first that fits); `kind` says which:",
                " * - UNIONS_SCALAR_STRING_ARRAY: `as.string_array` (apic_string_array): array",
                " * - UNIONS_LIMIT_STRING: `as.string` (unions_limit_string_val): string enum",
                " * - UNIONS_MESSAGE_EVENT: `as.event` (unions_event): schema Event; type `item.created` or "
                "`item.deleted`",
                " * One of these (oneOf, chosen by `type`; of variants sharing a value, the first that fits); `kind` "
                "says which:"):
            self.assertIn(line, self.models)

    def test_members_are_named_from_schema_title_or_type(self):
        scalar = _block(self.models, "struct unions_scalar {")
        for member in ("char *string;", "int64_t integer;", "apic_string_array string_array;"):
            self.assertIn(member, scalar)
        self.assertIn("bool boolean;", _block(self.models, "struct unions_put_value_request {"))

    def test_unions_are_held_inline_and_need_no_has_flag(self):
        owner = _block(self.models, "struct unions_owner {")
        for member in ("unions_pet pet;", "unions_contact contact;", "unions_owner_rescue rescue;",
                       "bool rescue_is_null;", "unions_pet_array pets;", "unions_scalar_map tags;"):
            self.assertIn(member, owner)
        for flag in ("bool has_pet;", "bool has_contact;", "bool has_rescue;"):
            self.assertNotIn(flag, owner)
        # A union held inline by another is complete before it.
        self.assertLess(self.models.index("struct unions_contact {"), self.models.index("struct unions_limit {"))

    def test_strings_alone_are_an_open_enum_and_annotations_keep_the_union(self):
        self.assertIn("typedef enum unions_size {", self.models)
        self.assertNotIn("struct unions_size {", self.models)
        self.assertIn("UNIONS_SIZE_LARGE = 2", self.models)
        self.assertNotIn("unions_choice", self.models)  # allOf [Scalar, {nullable}] is Scalar

    def test_descriptor_lists_variants_and_tags(self):
        src = self.tree["src/unions_0.c"].decode()
        self.assertIn("{&unions_cat_Type, offsetof(unions_pet, as.cat), unions_pet_Tags + 0, 2},", src)
        self.assertIn('"petType", sizeof(unions_pet), offsetof(unions_pet, kind), offsetof(unions_pet, other)', src)
        self.assertIn("{&apic_type_string, offsetof(unions_scalar, as.string), NULL, 0},", src)

    def test_generated_sources_compile(self):
        self.assertEqual(compile_sdk(os.path.join(self.tmp, "sdk")), [])


SPEC_HEAD = """\
openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
"""


class UnionWarningTest(unittest.TestCase):
    """What cannot be typed is named by its JSON pointer, and never stops the generation."""

    def generate(self, schemas):
        tmp = tempfile.mkdtemp(prefix="gen-union-warn-")
        self.addCleanup(shutil.rmtree, tmp)
        spec = os.path.join(tmp, "spec.yaml")
        with open(spec, "w", encoding="utf-8") as fh:
            fh.write(SPEC_HEAD + textwrap.indent(textwrap.dedent(schemas), "    "))
        r = generate(spec, "t", os.path.join(tmp, "sdk"))
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(compile_sdk(os.path.join(tmp, "sdk")), [])
        return r.stderr, read_tree(os.path.join(tmp, "sdk"))["include/t/models.h"].decode()

    def test_unusable_discriminators_are_named(self):
        err, _ = self.generate("""\
            A: {type: object, properties: {kind: {type: string}}}
            Mixed:
              oneOf: [{$ref: "#/components/schemas/A"}, {type: string}]
              discriminator: {propertyName: kind}
            Mapped:
              oneOf: [{$ref: "#/components/schemas/A"}, {type: object, properties: {kind: {type: string}}}]
              discriminator: {propertyName: kind, mapping: {x: "#/components/schemas/Nowhere", y: B}}
            B: {type: object}
            """)
        self.assertIn("spec.yaml#/components/schemas/Mixed/discriminator: discriminator 'kind' over variants that are "
                      "not all objects", err)
        self.assertIn("spec.yaml#/components/schemas/Mapped/discriminator/mapping/x: $ref '#/components/schemas/Nowhere'",
                      err)
        self.assertIn("spec.yaml#/components/schemas/Mapped/discriminator/mapping/y: 'B' is not one of the oneOf "
                      "variants; the value is ignored", err)
        self.assertIn("spec.yaml#/components/schemas/Mapped/oneOf/1: no value of 'kind' chooses this variant", err)

    def test_a_union_containing_itself_directly_keeps_that_variant_raw(self):
        err, models = self.generate("""\
            A:
              oneOf: [{$ref: "#/components/schemas/B"}, {type: string}]
            B:
              oneOf: [{$ref: "#/components/schemas/A"}, {type: integer}]
            """)
        self.assertIn("spec.yaml#/components/schemas/B/oneOf/0: a union that contains itself without an object in "
                      "between; this variant is kept as raw JSON", err)
        self.assertIn("char *a;", _block(models, "struct t_b {"))
        self.assertIn("t_b b;", _block(models, "struct t_a {"))

    def test_alternatives_that_only_constrain_leave_the_object_typed(self):
        err, models = self.generate("""\
            Ref:
              type: object
              properties: {url: {type: string}, id: {type: string}}
              anyOf: [{required: [url]}, {required: [id]}]
            """)
        self.assertIn("spec.yaml#/components/schemas/Ref/anyOf: anyOf of constraints only", err)
        self.assertIn("char *url;", _block(models, "struct t_ref {"))

    def test_union_and_enum_constants_never_collide(self):
        _, models = self.generate("""\
            A: {type: string, enum: [b_c, unknown value]}
            A_b:
              oneOf: [{type: object, title: c, properties: {x: {type: string}}}, {type: integer}]
            """)
        self.assertIn("T_A_B_C = 1", models)            # the enum's, claimed first
        self.assertIn("T_A_B_C_2 = 1", models)          # the union's kind
        self.assertIn("T_A_UNKNOWN_VALUE_2 = 2", models)  # a value spelled like kind 0


if __name__ == "__main__":
    unittest.main()
