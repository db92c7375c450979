"""Sample strings that match a schema's pattern (generator/pattern_sample.py), so that a
validating mock server accepts sample requests: what real documents use, and what is refused."""
import re
import unittest

from generator.pattern_sample import pattern_sample


class PatternSampleTest(unittest.TestCase):
    def test_the_patterns_of_real_documents(self):
        for pattern in (r"^AC[0-9a-fA-F]{32}$", r"^(MG|PN)[0-9a-f]{32}$", r"^\+?[1-9]\d{1,14}$", r"[^@]+@[^@]+",
                        r"^(?:[a-z]+)-\d{3}(x)?$", r"^\S+$", r"^[a-zA-Z0-9_.-]{3,30}$", r"^.{8,}$",
                        r"^[A-Z]{2}$", r"^\d{4}-\d{2}-\d{2}$", r"^[\w.+-]+$", r"^(a|b)+c*$", r"^\u0041\x42$"):
            text = pattern_sample(pattern)
            self.assertIsNotNone(text, pattern)
            self.assertRegex(text, pattern)

    def test_least_counts_and_first_alternatives(self):
        self.assertEqual(pattern_sample(r"^AC[0-9a-f]{4}$"), "AC0000")
        self.assertEqual(pattern_sample(r"^(MG|PN)$"), "MG")
        self.assertEqual(pattern_sample(r"^a*b+$"), "b")

    def test_min_length_is_met_when_the_pattern_allows(self):
        text = pattern_sample(r"^[0-9]+$", 6)
        self.assertEqual(len(text), 6)
        self.assertRegex(text, r"^[0-9]+$")

    def test_what_it_cannot_read_is_none(self):
        for pattern in (r"(?=x)a", r"a(", r"[", r"*a"):
            self.assertIsNone(pattern_sample(pattern), pattern)

    def test_a_result_is_checked_with_re(self):
        # An unanchored pattern is a search: any text containing a match fits.
        self.assertIsNotNone(re.search(r"ab", pattern_sample(r"ab")))


if __name__ == "__main__":
    unittest.main()
