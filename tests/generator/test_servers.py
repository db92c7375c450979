"""An operation's own server (`servers` on the operation or its path item): kept in its
descriptor (apic_operation.server) and named in its documentation; the document's own server,
a relative one or one with a variable left is not."""
import contextlib
import io
import os
import shutil
import tempfile
import unittest

from generator.cli import main

SPEC = """\
openapi: 3.1.0
info: {title: Servers, version: "1"}
servers: [{url: "https://hub.example.com/"}]
paths:
  /items:
    get:
      operationId: listItems
      servers: [{url: "https://{region}.manage.example.com/v1", variables: {region: {default: eu}}}]
      responses: {"200": {description: ok}}
    post:
      operationId: addItem
      responses: {"200": {description: ok}}
  /keys:
    servers: [{url: "https://keys.example.com"}]
    get:
      operationId: listKeys
      responses: {"200": {description: ok}}
    delete:
      operationId: dropKeys
      servers: [{url: "https://hub.example.com"}]
      responses: {"200": {description: ok}}
  /local:
    get:
      operationId: local
      servers: [{url: "/v2"}]
      responses: {"200": {description: ok}}
"""


class OperationServersTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="servers-")
        self.addCleanup(shutil.rmtree, self.tmp)
        self.spec = os.path.join(self.tmp, "servers.yaml")
        with open(self.spec, "w", encoding="utf-8") as fh:
            fh.write(SPEC)
        err = io.StringIO()
        self.out = os.path.join(self.tmp, "out")
        with contextlib.redirect_stderr(err):
            self.assertEqual(main(["--quiet", "--spec", self.spec, "--name", "srv", "--out", self.out]), 0)
        self.stderr = err.getvalue()

    def read(self, *parts):
        with open(os.path.join(self.out, *parts), encoding="utf-8") as fh:
            return fh.read()

    def descriptor(self, name):
        src = self.read("src", "operations.c")
        start = src.index(f"const apic_operation srv_{name}_op = {{")
        return src[start:src.index("};", start)]

    def test_own_servers_are_kept_with_their_variables_at_their_defaults(self):
        self.assertIn('"https://eu.manage.example.com/v1"\n', self.descriptor("list_items"))
        self.assertIn('"https://keys.example.com"\n', self.descriptor("list_keys"))   # the path item's
        self.assertIn("Sent to https://eu.manage.example.com/v1, this operation's own server",
                      self.read("include", "srv", "operations.h"))

    def test_the_documents_server_and_none_mean_base_url(self):
        for name in ("add_item", "drop_keys", "local"):
            self.assertTrue(self.descriptor(name).rstrip().endswith("NULL"), name)

    def test_a_relative_server_is_warned_about(self):
        self.assertIn("servers.yaml#/paths/~1local/get/servers/0/url: server '/v2' is not an absolute http(s) URL",
                      self.stderr)


if __name__ == "__main__":
    unittest.main()
