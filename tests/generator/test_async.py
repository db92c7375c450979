"""Each operation answered as one value gets an asynchronous form beside its blocking function
(apic/async.h): a callback typed after the result, p_op_async() declared and documented in the
group header, and a static adapter that calls the callback as its own type. Event streams get none."""
import json
import os
import shutil
import tempfile
import unittest

from tests.generator.test_generate import compile_sdk, flat, generate, read_tree
from tests.generator.test_public_headers import header_problems

LATER = """
openapi: 3.0.3
info: {title: Later, version: "1"}
paths:
  /things/{id}:
    parameters:
      - {name: id, in: path, required: true, schema: {type: integer, format: int64}}
    get:
      operationId: get
      tags: [things]
      summary: Fetch a thing
      responses:
        "200":
          description: the thing
          content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}
    delete:
      operationId: delete
      tags: [things]
      deprecated: true
      responses:
        "204": {description: gone}
  /notes:
    post:
      operationId: post
      tags: [notes]
      requestBody:
        content: {text/plain: {schema: {type: string}}}
      responses:
        "200":
          description: the note as kept
          content: {text/plain: {schema: {type: string}}}
  /chat:
    post:
      operationId: complete
      tags: [chat]
      requestBody:
        content: {application/json: {schema: {$ref: "#/components/schemas/ChatRequest"}}}
      responses:
        "200":
          description: one answer, or events
          content:
            application/json: {schema: {$ref: "#/components/schemas/Thing"}}
            text/event-stream: {schema: {type: string}}
  /feed:
    get:
      operationId: feed
      tags: [chat]
      responses:
        "200":
          description: events only
          content: {text/event-stream: {schema: {type: string}}}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: integer, format: int64}
        name: {type: string}
    ChatRequest:
      type: object
      properties:
        prompt: {type: string}
        stream: {type: boolean}
"""

# A schema named like an operation's callback: the schema keeps its name, the operation moves.
CLASH = """
openapi: 3.0.3
info: {title: Clash, version: "1"}
paths:
  /things:
    get:
      operationId: list
      tags: [things]
      responses:
        "200":
          description: a callback schema
          content: {application/json: {schema: {$ref: "#/components/schemas/ThingsListCallback"}}}
components:
  schemas:
    ThingsListCallback:
      type: object
      properties:
        url: {type: string}
"""


class AsyncFormTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="gen-async-")
        cls.out = os.path.join(cls.tmp, "later")
        spec = os.path.join(cls.tmp, "later.yaml")
        with open(spec, "w", encoding="utf-8") as fh:
            fh.write(LATER)
        r = generate(spec, "later", cls.out)
        if r.returncode != 0:
            raise AssertionError(r.stderr)
        cls.tree = {path: data.decode() for path, data in read_tree(cls.out).items()}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_an_operation_with_a_result_gets_a_typed_callback_and_an_async_function(self):
        header, src = self.tree["include/later/things.h"], self.tree["src/things.c"]
        self.assertIn("typedef void (*later_things_get_callback)(void *user_data, int rc, later_thing *result, "
                      "later_error *err);", flat(header))
        self.assertIn("APIC_EXPORT int later_things_get_async(later_client *client, const later_things_get_params "
                      "*params, later_things_get_callback callback, void *user_data, apic_async_call **call, "
                      "later_error *err);", flat(header))
        # Declared after the blocking function, its callback type first.
        self.assertLess(header.index("int later_things_get("), header.index("later_things_get_callback)("))
        self.assertLess(header.index("later_things_get_callback)("), header.index("int later_things_get_async("))
        doc = header[header.index("later_things_get_callback)("):header.index("int later_things_get_async(")]
        self.assertIn("Fetch a thing", doc)
        self.assertIn("Asynchronous form of later_things_get()", doc)
        self.assertIn("@param call receives the call's handle for apic_async_cancel()", doc)
        self.assertIn("@return 0 (callback will be called); otherwise callback is never called", flat(doc))
        self.assertIn("later_thing_free() it", flat(header))  # the callback owns the result
        self.assertIn("static void later_things_get_adapt(apic_async_fn typed, void *user_data, int rc, void *result, "
                      "apic_error *err)", src)
        self.assertIn("((later_things_get_callback)typed)(user_data, rc, (later_thing *)result, err);", src)
        self.assertIn("return apic_call_async_adapted(client, &later_things_get_op, params, NULL, NULL, "
                      "later_things_get_adapt, (apic_async_fn)callback, user_data, call, err);", flat(src))

    def test_an_operation_without_a_result_gets_the_three_argument_callback(self):
        header, src = self.tree["include/later/things.h"], self.tree["src/things.c"]
        self.assertIn("typedef void (*later_things_delete_callback)(void *user_data, int rc, later_error *err);", header)
        self.assertIn("int later_things_delete_async(later_client *client, const later_things_delete_params *params, "
                      "later_things_delete_callback callback,", flat(header))
        adapter = src[src.index("static void later_things_delete_adapt("):src.index("int later_things_delete_async(")]
        self.assertIn("(void)result;", adapter)
        self.assertIn("((later_things_delete_callback)typed)(user_data, rc, err);", adapter)
        async_doc = header[header.index("later_things_delete_callback)("):header.index("int later_things_delete_async(")]
        self.assertIn("@deprecated", async_doc)  # as the blocking function is
        self.assertNotIn("the callback's to free", async_doc)

    def test_a_text_result_and_body_are_passed_as_the_blocking_function_passes_them(self):
        header, src = self.tree["include/later/notes.h"], self.tree["src/notes.c"]
        self.assertIn("typedef void (*later_notes_post_callback)(void *user_data, int rc, char *result, later_error *err);",
                      header)
        self.assertIn("int later_notes_post_async(later_client *client, const char *body, later_notes_post_callback "
                      "callback, void *user_data, apic_async_call **call, later_error *err);", flat(header))
        self.assertIn("((later_notes_post_callback)typed)(user_data, rc, (char *)result, err);", src)
        self.assertIn("(body != NULL ? (const void *)&body : NULL), NULL, later_notes_post_adapt", flat(src))

    def test_event_streams_get_no_async_form(self):
        header, src = self.tree["include/later/chat.h"], self.tree["src/chat.c"]
        self.assertIn("int later_chat_feed(", header)              # answered by events only
        self.assertIn("int later_chat_complete_stream(", header)   # the stream variant of complete
        for name in ("later_chat_feed", "later_chat_complete_stream"):
            for suffix in ("_async", "_callback", "_adapt"):
                self.assertNotIn(name + suffix, header + src)
        # The operation answered as one value has one, and says where the stream is.
        self.assertIn("int later_chat_complete_async(", header)
        self.assertIn("@note leave `stream` unset or false", header)

    def test_headers_stay_exported_documented_and_the_sources_compile(self):
        for path, text in self.tree.items():
            if path.startswith("include/") and path.endswith(".h"):
                with self.subTest(header=path):
                    self.assertEqual(header_problems(text), [])
        self.assertIn("#include <apic/async.h>", self.tree["include/later/client.h"])
        self.assertEqual(compile_sdk(self.out), [])

    def test_the_manifest_lists_the_new_functions_and_typedefs(self):
        manifest = json.loads(self.tree["api.json"])
        self.assertIn("later_things_get_async", manifest["functions"])
        self.assertEqual(manifest["typedefs"]["later_things_delete_callback"]["type"],
                         "void(*)(void *user_data, int rc, later_error *err)")
        self.assertNotIn("later_chat_feed_async", manifest["functions"])
        self.assertEqual(set(manifest["operations"]), {"later_things_get", "later_things_delete", "later_notes_post",
                                                       "later_chat_complete", "later_chat_complete_stream",
                                                       "later_chat_feed"})

    def test_a_schema_named_like_a_callback_keeps_its_name(self):
        spec = os.path.join(self.tmp, "clash.yaml")
        with open(spec, "w", encoding="utf-8") as fh:
            fh.write(CLASH)
        out = os.path.join(self.tmp, "clash")
        r = generate(spec, "clash", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(out)
        self.assertIn("struct clash_things_list_callback {", tree["include/clash/models.h"].decode())
        header = tree["include/clash/things.h"].decode()
        self.assertIn("typedef void (*clash_things_list_2_callback)(void *user_data, int rc, clash_things_list_callback "
                      "*result, clash_error *err);", flat(header))
        self.assertEqual(compile_sdk(out), [])


if __name__ == "__main__":
    unittest.main()
