"""Anchors and dynamic references (generator/anchors.py): rewritten as JSON-pointer $refs, and
refused naming the place when they name nothing."""
import unittest

from generator.anchors import rewrite_anchors
from generator.errors import SpecError


class AnchorsTest(unittest.TestCase):
    def test_each_kind_becomes_a_pointer(self):
        doc = {"components": {"schemas": {
            "Tree": {"$dynamicAnchor": "node", "properties": {"kids": {"items": {"$dynamicRef": "#node"}}}},
            "Person": {"$anchor": "person"},
            "Use": {"$ref": "#person"},
            "Cat": {"$recursiveAnchor": True, "properties": {"up": {"$recursiveRef": "#"}}},
            "Ptr": {"$dynamicRef": "#/components/schemas/Person"}}}}
        rewrite_anchors(doc, "x.yaml")
        s = doc["components"]["schemas"]
        self.assertEqual(s["Tree"]["properties"]["kids"]["items"], {"$ref": "#/components/schemas/Tree"})
        self.assertEqual(s["Use"], {"$ref": "#/components/schemas/Person"})
        self.assertEqual(s["Cat"]["properties"]["up"], {"$ref": "#/components/schemas/Cat"})
        self.assertEqual(s["Ptr"], {"$ref": "#/components/schemas/Person"})

    def test_the_nearest_enclosing_dynamic_anchor_wins(self):
        doc = {"A": {"$dynamicAnchor": "n", "properties": {"b": {"$dynamicAnchor": "n", "items": {"$dynamicRef": "#n"}}}}}
        rewrite_anchors(doc, "x.yaml")
        self.assertEqual(doc["A"]["properties"]["b"]["items"], {"$ref": "#/A/properties/b"})

    def test_references_to_nothing_are_refused_naming_the_place(self):
        cases = (({"a": {"$ref": "#nowhere"}}, "x.yaml#/a/$ref: '#nowhere' names no $anchor"),
                 ({"a": {"$dynamicRef": "#gone"}}, "x.yaml#/a/$dynamicRef: '#gone' names no $anchor"),
                 ({"a": {"$recursiveRef": "#"}}, "x.yaml#/a/$recursiveRef: $recursiveRef '#' is inside no schema"),
                 ({"a": {"$recursiveRef": "#/b"}}, "x.yaml#/a/$recursiveRef: $recursiveRef '#/b': only '#'"))
        for doc, message in cases:
            with self.assertRaises(SpecError) as ctx:
                rewrite_anchors(doc, "x.yaml")
            self.assertIn(message, str(ctx.exception))


if __name__ == "__main__":
    unittest.main()
