"""Which list operations get an iterator (generator/pagination.py): each shape of
tests/pagination/pages.yaml recognised by its rule, x-apic-pagination obeyed and checked, an
operation that looks paginated but cannot be iterated warned about, naming it."""
import contextlib
import io
import os
import re
import shutil
import tempfile
import unittest

from generator.cli import main

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAGES = os.path.join(ROOT, "tests", "pagination", "pages.yaml")


def run(spec, out):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["--spec", spec, "--name", "pages", "--out", out])
    return code, err.getvalue()


class PaginationTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="pages-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def tables(self, out):
        src = ""
        for name in sorted(os.listdir(os.path.join(out, "src"))):
            with open(os.path.join(out, "src", name), encoding="utf-8") as fh:
                src += fh.read()
        return {m.group(1): " ".join(m.group(2).split())
                for m in re.finditer(r"apic_pagination pages_(\w+)_pagination = \{(.*?)\};", src, re.S)}

    def test_each_shape_is_recognised(self):
        out = os.path.join(self.tmp, "out")
        code, err = run(PAGES, out)
        self.assertEqual(code, 0, err)
        self.assertEqual(self.tables(out), {
            "list_by_offset": 'APIC_PAGE_OFFSET, "data", "offset", "limit", "total", NULL, NULL, NULL, 1',
            "list_by_number": 'APIC_PAGE_NUMBER, "items", "page", "per_page", "total_pages", NULL, NULL, NULL, 1',
            "list_by_cursor": 'APIC_PAGE_CURSOR, "data", "cursor", NULL, NULL, NULL, "next_cursor", NULL, 1',
            "list_after": 'APIC_PAGE_CURSOR, "data", "starting_after", NULL, NULL, "has_more", NULL, "id", 1',
            "list_by_next_url": 'APIC_PAGE_NEXT_URL, "results", NULL, NULL, NULL, NULL, "next", NULL, 1',
            "list_by_link": 'APIC_PAGE_LINK, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1',
            "list_by_meta": 'APIC_PAGE_NEXT_URL, "messages", NULL, NULL, NULL, NULL, "meta.next_page_url", NULL, 1',
            "list_declared": 'APIC_PAGE_NUMBER, "rows", "p", NULL, NULL, NULL, NULL, NULL, 0',
        })
        with open(os.path.join(out, "include", "pages", "operations.h"), encoding="utf-8") as fh:
            header = fh.read()
        self.assertIn("int pages_list_by_offset_iter_next(pages_list_by_offset_iter *it, const pages_item **item,", header)
        self.assertIn("Paginated ('offset' advanced by the items received, up to 'total')", header)

    def edited(self, old, new):
        with open(PAGES, encoding="utf-8") as fh:
            text = fh.read()
        self.assertIn(old, text)
        path = os.path.join(self.tmp, "edited.yaml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text.replace(old, new))
        return path

    def test_looking_paginated_without_items_is_warned_about(self):
        # A list, but of strings: no item type to hand out. (An answer with no list at all, a
        # `/count` taking the same filters, is not warned about.)
        spec = self.edited("                  data: {type: array, items: {$ref: \"#/components/schemas/Item\"}}\n"
                           "  /numbered-items:", "                  data: {type: array, items: {type: string}}\n  /numbered-items:")
        code, err = run(spec, os.path.join(self.tmp, "out"))
        self.assertEqual(code, 0, err)
        self.assertIn("edited.yaml#/paths/~1offset-items/get: looks paginated (parameter 'offset') but its answer holds "
                      "no list of objects", err)

    def test_the_extension_is_checked(self):
        for bad, message in (("{style: pages}", "x-apic-pagination/style: style must be one of"),
                             ("{style: number, items: rows, param: q}", "x-apic-pagination/param: the operation has no "
                              "parameter 'q'"),
                             ("{style: number, items: nope, param: p}", "x-apic-pagination/items: the answer has no list "
                              "of objects named 'nope'"),
                             ("{style: number, items: rows}", "a number pagination needs param"),
                             ("{style: number, items: rows, param: p, when: 1}", "x-apic-pagination/when: unknown key")):
            spec = self.edited("x-apic-pagination: {style: number, items: rows, param: p, first_page: 0}",
                               f"x-apic-pagination: {bad}")
            code, err = run(spec, os.path.join(self.tmp, "never"))
            self.assertEqual(code, 1, bad)
            self.assertIn(message, err, bad)
            self.assertFalse(os.path.exists(os.path.join(self.tmp, "never")))


if __name__ == "__main__":
    unittest.main()
