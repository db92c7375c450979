"""sdk.yaml `handwritten: requires:`: what an SDK's handwritten C links beyond the runtime (SuprSend's
attachments need libmagic) reaches its Makefile and its pkg-config file; SDKs without it are as before."""
import os
import shutil
import tempfile
import unittest

from tests.generator.test_generate import SPECS, generate


class HandwrittenRequiresTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.tmp)
        self.out = os.path.join(self.tmp, "sdk")
        os.mkdir(os.path.join(self.tmp, "c"))
        with open(os.path.join(self.tmp, "c", "extra.h"), "w") as fh:
            fh.write("/** @file shop/extra.h\n * @brief Handwritten. */\n")

    def config(self, handwritten):
        path = os.path.join(self.tmp, "sdk.yaml")
        with open(path, "w") as fh:
            fh.write(f"name: shop\nhandwritten: {handwritten}\n")
        return path

    def read(self, rel):
        with open(os.path.join(self.out, rel), encoding="utf-8") as fh:
            return fh.read()

    def test_requires_reach_the_makefile_and_the_pc_file(self):
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out, "--config",
                     self.config("{dir: c, requires: [libmagic, libcrypto]}"))
        self.assertEqual(r.returncode, 0, r.stderr)
        mk = self.read("Makefile")
        self.assertIn("REQUIRES := libmagic libcrypto\n", mk)
        self.assertIn("-I$(SDK_DIR)/include $(APIC_CFLAGS) $(REQUIRES_CFLAGS)\n", mk)
        self.assertIn("-o $@ $(OBJ) $(APIC_LIBS) $(REQUIRES_LIBS)\n\tln -sf", mk)
        self.assertIn("Requires.private: libmagic, libcrypto\n", self.read("shop.pc.in"))

    def test_without_requires_nothing_changes(self):
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out, "--config", self.config("{dir: c}"))
        self.assertEqual(r.returncode, 0, r.stderr)
        mk = self.read("Makefile")
        self.assertNotIn("REQUIRES", mk)
        self.assertIn("-o $@ $(OBJ) $(APIC_LIBS)\n\tln -sf", mk)
        self.assertNotIn("Requires.private", self.read("shop.pc.in"))

    def test_a_requires_that_is_no_package_list_is_refused(self):
        r = generate(os.path.join(SPECS, "allof.yaml"), "shop", self.out, "--config",
                     self.config("{dir: c, requires: libmagic -lfoo}"))
        self.assertEqual(r.returncode, 1)
        self.assertIn("handwritten/requires: requires must be a list of pkg-config package names", r.stderr)
        self.assertFalse(os.path.exists(self.out))


if __name__ == "__main__":
    unittest.main()
