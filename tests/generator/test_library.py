"""A generated SDK is an installable library: its Makefile, its pkg-config file, its version."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from generator.library import RUNTIME_VERSION, pc_text
from tests.generator.test_generate import ROOT, SPECS, generate


class LibraryTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)
        self.out = os.path.join(self.tmp, "sdk")

    def read(self, rel):
        with open(os.path.join(self.out, rel), encoding="utf-8") as fh:
            return fh.read()

    def test_the_runtime_version_is_the_runtimes(self):
        with open(os.path.join(ROOT, "runtime", "include", "apic", "version.h"), encoding="utf-8") as fh:
            header = re.search(r'#define APIC_VERSION "([^"]+)"', fh.read()).group(1)
        self.assertEqual(RUNTIME_VERSION, header)

    def test_makefile_and_pc_file_name_the_library_and_its_version(self):
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out, "--library-version", "2.3.4")
        self.assertEqual(r.returncode, 0, r.stderr)
        mk = self.read("Makefile")
        self.assertIn("NAME := shop\n", mk)
        self.assertIn("VERSION := 2.3.4\n", mk)
        self.assertIn("-Wl,-soname,$(SONAME)", mk)
        self.assertIn("-fvisibility=hidden", mk)
        pc = self.read("shop.pc.in")
        self.assertIn("Version: 2.3.4\n", pc)
        self.assertIn(f"Requires: apic >= {RUNTIME_VERSION}\n", pc)
        self.assertIn("Libs: -L${libdir} -lshop\n", pc)

    def test_the_default_version_and_the_config_key(self):
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("VERSION := 0.1.0\n", self.read("Makefile"))
        cfg = os.path.join(self.tmp, "sdk.yaml")
        with open(cfg, "w") as fh:
            fh.write("name: shop\nlibrary_version: 1.0.0\n")
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out, "--config", cfg)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("VERSION := 1.0.0\n", self.read("Makefile"))

    def test_a_bad_version_is_refused_naming_where_it_came_from(self):
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out, "--library-version", "1.0")
        self.assertEqual(r.returncode, 1)
        self.assertIn("--library-version: library version must be MAJOR.MINOR.PATCH", r.stderr)
        self.assertFalse(os.path.exists(self.out))
        cfg = os.path.join(self.tmp, "sdk.yaml")
        with open(cfg, "w") as fh:
            fh.write("library_version: v2\n")
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out, "--config", cfg)
        self.assertEqual(r.returncode, 1)
        self.assertIn("sdk.yaml#/library_version", r.stderr)

    def test_pc_text_keeps_one_line_and_escapes_variables(self):
        self.assertEqual(pc_text("Costs $5\nper call"), "Costs $$5 per call")

    @unittest.skipUnless(shutil.which("make") and shutil.which("cc"), "needs make and cc")
    def test_the_generated_makefile_builds_the_static_library(self):
        """Against the runtime's headers only; make test-install builds, links and installs both kinds."""
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out)
        self.assertEqual(r.returncode, 0, r.stderr)
        dest = os.path.join(self.tmp, "dest")
        run = subprocess.run(["make", "-s", "-f", os.path.join(self.out, "Makefile"), "static",
                              "APIC_CFLAGS=-I" + os.path.join(ROOT, "runtime", "include"), "APIC_LIBS="],
                             capture_output=True, text=True)
        self.assertEqual(run.returncode, 0, run.stderr)
        self.assertTrue(os.path.exists(os.path.join(self.out, "build", "lib", "libshop.a")))


if __name__ == "__main__":
    unittest.main()
