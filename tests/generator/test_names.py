import unittest

from generator.names import Namespace, c_ident, method_name, snake, words


class NamesTest(unittest.TestCase):
    def test_words_split_camel_kebab_and_acronyms(self):
        self.assertEqual(words("getPetById"), ["get", "pet", "by", "id"])
        self.assertEqual(words("X-Request-Id"), ["x", "request", "id"])
        self.assertEqual(words("HTTPServerError"), ["http", "server", "error"])
        self.assertEqual(snake("orderBy Dir"), "order_by_dir")

    def test_c_ident_avoids_keywords_cxx_keywords_macros_and_leading_digits(self):
        self.assertEqual(c_ident("class"), "class_")     # C++ keyword: headers must compile as C++
        self.assertEqual(c_ident("int"), "int_")
        self.assertEqual(c_ident("errno"), "errno_")     # a macro in <errno.h>
        self.assertEqual(c_ident("1st-place"), "n1st_place")
        self.assertEqual(c_ident("$$$"), "value")
        self.assertEqual(c_ident("ünïcode"), "n_code")  # non-ASCII letters separate words

    def test_method_name_drops_the_group_words(self):
        self.assertEqual(method_name("listContacts", ["contacts"]), "list")
        self.assertEqual(method_name("getPetById", ["pet"]), "get_by_id")
        self.assertEqual(method_name("listAccountMembers", ["accounts"]), "list_members")
        self.assertEqual(method_name("addSegmentContact", ["segments"]), "add_contact")
        self.assertEqual(method_name("categories", ["categories"]), "categories")  # never empty

    def test_namespace_suffixes_collisions_deterministically(self):
        ns = Namespace(["error"])
        self.assertEqual(ns.claim("contact", ("", "_array")), "contact")
        self.assertEqual(ns.claim("contact"), "contact_2")
        self.assertEqual(ns.claim("contact_array"), "contact_array_2")  # reserved by contact
        self.assertEqual(ns.claim("error"), "error_2")


if __name__ == "__main__":
    unittest.main()
