"""The layer check fails on what it must: an upward include, a circle, an unqualified include."""
import os
import shutil
import tempfile
import unittest

from tests.layers import check_layers


class CheckLayersTest(unittest.TestCase):
    def setUp(self):
        self.root = tempfile.mkdtemp()
        self.addCleanup(shutil.rmtree, self.root)
        os.makedirs(os.path.join(self.root, 'include', 'apic'))
        for layer in check_layers.LAYERS:
            os.makedirs(os.path.join(self.root, 'src', layer))
        self.write('include/apic/buf.h', '#include "export.h"\n')
        self.write('include/apic/export.h', '')
        self.write('src/base/text.h', '')
        self.write('src/http/request.h', '#include "base/text.h"\n')
        self.write('src/http/request.c', '#include "apic/buf.h"\n#include "http/request.h"\n')

    def write(self, path, text):
        with open(os.path.join(self.root, path), 'w') as f:
            f.write(text)

    def problems(self):
        found = []
        check_layers.check(found, self.root)
        return found

    def test_a_clean_tree_passes(self):
        self.assertEqual(self.problems(), [])

    def test_a_lower_layer_including_an_upper_one_fails(self):
        self.write('src/base/text.h', '#include "http/request.h"\n')
        self.assertTrue(any('includes http/request.h of the higher layer http' in p for p in self.problems()))

    def test_a_lower_layer_including_an_upper_public_header_fails(self):
        self.write('src/base/clock.c', '#include "apic/client.h"\n')
        self.write('include/apic/client.h', '')
        self.assertTrue(any('includes apic/client.h of the higher layer delivery' in p for p in self.problems()))

    def test_modules_including_each_other_fail(self):
        self.write('src/delivery/call.h', '')
        self.write('src/delivery/call.c', '#include "delivery/queue.h"\n')
        self.write('src/delivery/queue.h', '')
        self.write('src/delivery/queue_worker.c', '#include "delivery/call.h"\n')
        found = self.problems()
        self.assertTrue(any('circle: delivery/call -> delivery/queue -> delivery/call' in p for p in found), found)

    def test_unqualified_private_include_fails(self):
        self.write('src/http/url.c', '#include "request.h"\n')
        self.assertTrue(any('"<layer>/<file>.h"' in p for p in self.problems()))

    def test_the_umbrella_header_is_refused_inside_the_runtime(self):
        self.write('src/http/url.c', '#include "apic/apic.h"\n')
        self.assertTrue(any('apic/apic.h' in p for p in self.problems()))

    def test_a_folder_that_is_not_a_layer_fails(self):
        os.makedirs(os.path.join(self.root, 'src', 'misc'))
        self.assertTrue(any('not a layer' in p for p in self.problems()))

    def test_the_real_runtime_passes(self):
        found = []
        check_layers.check(found)
        self.assertEqual(found, [])


if __name__ == '__main__':
    unittest.main()
