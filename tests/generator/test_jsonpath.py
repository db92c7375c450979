"""JSONPath (RFC 9535): the RFC's own examples, the locations overlays act on, and syntax errors."""
import json
import unittest

import yaml

from generator.jsonpath import JSONPathError, parse
from generator.loader import _JsonDataLoader

# RFC 9535 section 1.5, figure 1.
BOOKSTORE = json.loads("""
{ "store": {
    "book": [
      { "category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95 },
      { "category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99 },
      { "category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3",
        "price": 8.99 },
      { "category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings",
        "isbn": "0-395-19395-8", "price": 22.99 }
    ],
    "bicycle": { "color": "red", "price": 399 }
  }
}""")


def pointers(query, doc):
    """The RFC's result (its order, duplicates kept), as JSON pointers."""
    return [m.pointer() for m in parse(query).nodelist(doc)]


def values(query, doc):
    return [m.value for m in parse(query).nodelist(doc)]


class RfcExamplesTest(unittest.TestCase):
    def test_bookstore_table(self):
        books = "/store/book/"
        cases = {
            "$.store.book[*].author": [books + f"{i}/author" for i in range(4)],
            "$..author": [books + f"{i}/author" for i in range(4)],
            "$.store.*": ["/store/book", "/store/bicycle"],
            "$.store..price": [books + f"{i}/price" for i in range(4)] + ["/store/bicycle/price"],
            "$..book[2]": [books + "2"],
            "$..book[2].author": [books + "2/author"],
            "$..book[2].publisher": [],
            "$..book[-1]": [books + "3"],
            "$..book[0,1]": [books + "0", books + "1"],
            "$..book[:2]": [books + "0", books + "1"],
            "$..book[?@.isbn]": [books + "2", books + "3"],
            "$..book[?@.price<10]": [books + "0", books + "2"],
        }
        for query, expected in cases.items():
            with self.subTest(query=query):
                self.assertEqual(pointers(query, BOOKSTORE), expected)
        self.assertEqual(values("$..book[2].author", BOOKSTORE), ["Herman Melville"])
        # "all member values and array elements contained in the input value": 4 books of 4 or 5
        # members, the book array, the bicycle and its 2 members, and store itself.
        self.assertEqual(len(pointers("$..*", BOOKSTORE)), 1 + 1 + 4 + 18 + 1 + 2)

    def test_root(self):
        self.assertEqual(values("$", {"k": "v"}), [{"k": "v"}])
        self.assertEqual(pointers("$", {"k": "v"}), [""])

    def test_name_selectors_and_escapes(self):
        doc = {"o": {"j j": {"k.k": 3}}, "'": {"@": 2}}
        self.assertEqual(values("$.o['j j']", doc), [{"k.k": 3}])
        self.assertEqual(values("$.o['j j']['k.k']", doc), [3])
        self.assertEqual(values('$.o["j j"]["k.k"]', doc), [3])
        self.assertEqual(values("$[\"'\"][\"@\"]", doc), [2])
        self.assertEqual(values("$['\\'']['@']", doc), [2])
        escaped = {"a\"b": 1, "tab\there": 2, "é": 3, "\U0001F914": 4, "/": 5, "\\": 6}
        self.assertEqual(values('$["a\\"b"]', escaped), [1])
        self.assertEqual(values("$['tab\\there']", escaped), [2])
        self.assertEqual(values("$['\\u00E9']", escaped), [3])
        self.assertEqual(values("$['\\ud83e\\udd14']", escaped), [4])
        self.assertEqual(values("$['\\/']", escaped), [5])
        self.assertEqual(values("$['\\\\']", escaped), [6])
        self.assertEqual(values("$.é", escaped), [3])  # non-ASCII names may be shorthand

    def test_wildcard_and_index(self):
        doc = {"o": {"j": 1, "k": 2}, "a": [5, 3]}
        self.assertEqual(values("$[*]", doc), [{"j": 1, "k": 2}, [5, 3]])
        self.assertEqual(values("$.o[*]", doc), [1, 2])
        self.assertEqual(values("$.o.*", doc), [1, 2])
        self.assertEqual(values("$.a[*]", doc), [5, 3])
        self.assertEqual(values('$[1]', ["a", "b"]), ["b"])
        self.assertEqual(values('$[-2]', ["a", "b"]), ["a"])
        self.assertEqual(values('$[2]', ["a", "b"]), [])
        self.assertEqual(values('$[-3]', ["a", "b"]), [])
        self.assertEqual(values('$[0]', {"0": "not an array"}), [])

    def test_slices(self):
        doc = ["a", "b", "c", "d", "e", "f", "g"]
        cases = {
            "$[1:3]": ["b", "c"], "$[5:]": ["f", "g"], "$[1:5:2]": ["b", "d"], "$[5:1:-2]": ["f", "d"],
            "$[::-1]": list(reversed(doc)), "$[:]": doc, "$[::0]": [], "$[-2:]": ["f", "g"],
            "$[-100:100]": doc, "$[100:]": [], "$[3:1]": [], "$[ 1 : 3 : 1 ]": ["b", "c"], "$[:-5]": ["a", "b"],
        }
        for query, expected in cases.items():
            with self.subTest(query=query):
                self.assertEqual(values(query, doc), expected)
        self.assertEqual(values("$[0:2]", {"a": 1}), [])

    def test_unions_keep_duplicates_in_the_nodelist(self):
        doc = ["a", "b", "c", "d", "e", "f", "g"]
        self.assertEqual(values("$[0, 3]", doc), ["a", "d"])
        self.assertEqual(values("$[0:2, 5]", doc), ["a", "b", "f"])
        self.assertEqual(values("$[0, 0]", doc), ["a", "a"])
        self.assertEqual(values("$[3, 'x', 1]", doc), ["d", "b"])

    def test_descendants(self):
        doc = {"o": {"j": 1, "k": 2}, "a": [5, 3, [{"j": 4}, {"k": 6}]]}
        self.assertEqual(pointers("$..j", doc), ["/o/j", "/a/2/0/j"])
        self.assertEqual(values("$..[0]", doc), [5, {"j": 4}])
        # The RFC's own order: the children of each node visited, nodes before their descendants.
        every = [{"j": 1, "k": 2}, [5, 3, [{"j": 4}, {"k": 6}]], 1, 2, 5, 3, [{"j": 4}, {"k": 6}], {"j": 4},
                 {"k": 6}, 4, 6]
        self.assertEqual(values("$..[*]", doc), every)
        self.assertEqual(values("$..*", doc), every)
        self.assertEqual(values("$..o", doc), [{"j": 1, "k": 2}])
        self.assertEqual(values("$.a..[0, 1]", doc), [5, 3, {"j": 4}, {"k": 6}])

    def test_filters(self):
        doc = {"a": [3, 5, 1, 2, 4, 6, {"b": "j"}, {"b": "k"}, {"b": {}}, {"b": "kilo"}],
               "o": {"p": 1, "q": 2, "r": 3, "s": 5, "t": {"u": 6}}, "e": "f"}
        cases = {
            "$.a[?@.b == 'kilo']": ["/a/9"],
            "$.a[?(@.b == 'kilo')]": ["/a/9"],
            "$.a[?@>3.5]": ["/a/1", "/a/4", "/a/5"],
            "$.a[?@.b]": ["/a/6", "/a/7", "/a/8", "/a/9"],
            "$[?@.*]": ["/a", "/o"],
            "$[?@[?@.b]]": ["/a"],
            "$.a[?@<2 || @.b == \"k\"]": ["/a/2", "/a/7"],
            "$.o[?@>1 && @<4]": ["/o/q", "/o/r"],
            "$.o[?@.u || @.x]": ["/o/t"],
            "$.a[?@.b == $.x]": [f"/a/{i}" for i in range(6)],
            "$.a[?@ == @]": [f"/a/{i}" for i in range(10)],
            "$.a[?!@.b]": [f"/a/{i}" for i in range(6)],
            "$.a[?!(@.b == 'j' || @.b == 'k') && @.b]": ["/a/8", "/a/9"],
            "$.a[?(@ > 1) && (@ < 4)]": ["/a/0", "/a/3"],
            "$.a[?(@.b)]": ["/a/6", "/a/7", "/a/8", "/a/9"],
            "$.a[?@.b != 'j']": [f"/a/{i}" for i in range(6)] + ["/a/7", "/a/8", "/a/9"],
        }
        for query, expected in cases.items():
            with self.subTest(query=query):
                self.assertEqual(pointers(query, doc), expected)

    def test_comparison_table(self):
        doc = {"obj": {"x": "y"}, "arr": [2, 3]}
        cases = {
            "$.absent1 == $.absent2": True, "$.absent1 <= $.absent2": True, "$.absent == 'g'": False,
            "$.absent1 != $.absent2": False, "$.absent != 'g'": True, "1 <= 2": True, "1 > 2": False,
            "13 == '13'": False, "'a' <= 'b'": True, "'a' > 'b'": False, "$.obj == $.arr": False,
            "$.obj != $.arr": True, "$.obj == $.obj": True, "$.obj != $.obj": False, "$.arr == $.arr": True,
            "$.arr != $.arr": False, "$.obj == 17": False, "$.obj != 17": True, "$.obj <= $.arr": False,
            "$.obj < $.arr": False, "$.obj <= $.obj": True, "$.arr <= $.arr": True, "1 <= $.arr": False,
            "1 >= $.arr": False, "1 > $.arr": False, "1 < $.arr": False, "true <= true": True, "true > true": False,
            # JSON, not Python: true is not 1, 1 is 1.0, and strings order by code point.
            "true == 1": False, "1 == 1.0": True, "1e2 == 100": True, "'Z' < 'a'": True, "'' < 'a'": True,
            "null == null": True, "-0 == 0": True,
        }
        for comparison, expected in cases.items():
            with self.subTest(comparison=comparison):
                self.assertEqual(bool(parse(f"$[?{comparison}]").nodelist(doc)), expected)

    def test_null_semantics(self):
        doc = {"a": None, "b": [None], "c": [{}], "null": 1}
        self.assertEqual(values("$.a", doc), [None])
        self.assertEqual(values("$.a[0]", doc), [])
        self.assertEqual(values("$.a.d", doc), [])
        self.assertEqual(values("$.b[*]", doc), [None])
        self.assertEqual(values("$.b[?@]", doc), [None])
        self.assertEqual(values("$.b[?@==null]", doc), [None])
        self.assertEqual(values("$.c[?@.d==null]", doc), [])
        self.assertEqual(values("$.null", doc), [1])


class LocationsTest(unittest.TestCase):
    """Query.select(): what overlays act on, each location once and in document order."""

    def test_union_and_descendant_select_each_node_once_in_document_order(self):
        query = parse("$..book[1,0,1]")
        self.assertEqual([m.pointer() for m in query.nodelist(BOOKSTORE)],
                         ["/store/book/1", "/store/book/0", "/store/book/1"])
        self.assertEqual([m.pointer() for m in query.select(BOOKSTORE)], ["/store/book/0", "/store/book/1"])

    def test_descendant_filter_and_name_reach_one_node_once(self):
        # `..` visits store.book[3] once as an array element; [?@.isbn] and ['price'] below select
        # different nodes, and the union ['price','price'] selects each price twice.
        query = parse("$..[?@.isbn]['price','price']")
        self.assertEqual(len(query.nodelist(BOOKSTORE)), 4)
        self.assertEqual([m.pointer() for m in query.select(BOOKSTORE)],
                         ["/store/book/2/price", "/store/book/3/price"])

    def test_parent_before_members_members_in_order(self):
        doc = {"b": {"x": {"x": 1}}, "a": [{"x": 2}, {"x": 3}]}
        self.assertEqual([m.pointer() for m in parse("$..x").select(doc)], ["/b/x", "/b/x/x", "/a/0/x", "/a/1/x"])

    def test_matches_know_their_parent_and_key(self):
        doc = {"paths": {"/a": {"get": {}}}, "list": [10, 20]}
        [m] = parse("$.paths['/a'].get").select(doc)
        self.assertIs(m.parent, doc["paths"]["/a"])
        self.assertEqual(m.key, "get")
        self.assertEqual(m.pointer(), "/paths/~1a/get")
        [m] = parse("$.list[-1]").select(doc)
        self.assertIs(m.parent, doc["list"])
        self.assertEqual(m.key, 1)
        [root] = parse("$").select(doc)
        self.assertIsNone(root.parent)
        self.assertIs(root.value, doc)

    def test_yaml_keys_that_are_not_strings_match_their_json_names(self):
        doc = yaml.load("responses:\n  200: {description: ok}\n  true: yes-key\n", Loader=_JsonDataLoader)
        self.assertEqual(values("$.responses['200'].description", doc), ["ok"])
        self.assertEqual(values("$.responses.true", doc), ["yes-key"])
        self.assertEqual(pointers("$.responses.*", doc), ["/responses/200", "/responses/true"])


class SyntaxErrorsTest(unittest.TestCase):
    def assertRefused(self, query, column, phrase):
        with self.assertRaises(JSONPathError) as ctx:
            parse(query)
        self.assertEqual(ctx.exception.column, column, str(ctx.exception))
        self.assertIn(phrase, ctx.exception.message)
        self.assertTrue(str(ctx.exception).startswith(f"column {column}: "))

    def test_errors_name_the_column_and_what_was_expected(self):
        cases = [
            ("", 1, "expected '$'"),
            ("paths.x", 1, "expected '$' (a query starts at the root), found 'p'"),
            ("$.paths[", 9, "expected a selector"),
            ("$.paths['/a'", 13, "expected ',' or ']' after a selector, found the end of the query"),
            ("$.paths['/a]", 9, "the string has no closing '"),
            ("$.x-oai-traits", 4, "write ['x-oai-traits']"),
            ("$.1abc", 3, "write ['name'] for a name that starts with a digit"),
            ("$..", 4, "expected a name, '*' or '[' after '..'"),
            ("$.a ", 4, "found blank space"),
            ("$[01]", 3, "no leading zeros"),
            ("$[-0]", 3, "-0 is not an integer"),
            ("$[9007199254740992]", 3, "outside the exact integers of I-JSON"),
            ("$[1:2:x]", 7, "expected ',' or ']'"),
            ("$['a\\q']", 5, "\\q is not an escape"),
            ("$[\"a\\'\"]", 5, "\\' is not an escape inside \"...\""),
            ("$['\\u12']", 6, "four hexadecimal digits"),
            ("$['\\ud83e']", 10, "must be followed by a low one"),
            ("$['a\nb']", 5, "control character U+000A"),
            ("$[?@.a = 1]", 8, "'=' is not an operator"),
            ("$[?@.a == ]", 11, "expected a query (@... or $...), a literal"),
            ("$[?(@.a == 1]", 13, "expected ')' to close the '(' at column 4"),
            ("$[?@.* == 1]", 4, "a comparison takes one value"),
            ("$[?1 == @..a]", 9, "a comparison takes one value"),
            ("$[?'a']", 4, "a literal alone is not a test"),
            ("$[?length(@) > 1]", 4, "function extensions such as length() are not supported"),
            ("$[?True]", 4, "expected a query"),
            ("$[?!1]", 5, "expected '(' or a query"),
            ("$[?@.a == 01]", 11, "no leading zeros"),
            ("$[?@.a == -]", 12, "expected a digit after '-'"),
        ]
        for query, column, phrase in cases:
            with self.subTest(query=query):
                self.assertRefused(query, column, phrase)

    def test_a_target_that_is_not_a_string_is_refused(self):
        with self.assertRaises(JSONPathError):
            parse(["$"])

    def test_blank_space_is_allowed_where_the_rfc_puts_it(self):
        doc = {"a": [{"b": 1}, {"b": 2}]}
        self.assertEqual(values("$ .a [ ?  @.b  ==  2 ] .b", doc), [2])
        self.assertEqual(values("$.a[ 0 , 1 ]['b']", doc), [1, 2])


if __name__ == "__main__":
    unittest.main()
