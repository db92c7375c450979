"""Bodies that are not JSON: forms, multipart, bytes, text and event streams generate without
warnings, and the headers say what the body is and how it is sent."""
import json
import os
import shutil
import tempfile
import unittest

from generator.build import build_api
from tests.generator.test_generate import PUBLIC, ROOT, compile_sdk, flat, generate, read_tree

GOLDEN = os.path.join(ROOT, "tests", "golden", "forms.yaml")


class BodiesTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="gen-bodies-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def test_crafted_spec_has_no_media_warnings_and_documents_bodies(self):
        out = os.path.join(self.tmp, "forms")
        samples = os.path.join(self.tmp, "forms.json")
        r = generate(GOLDEN, "forms", out, "--samples", samples)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("not supported yet", r.stderr)
        self.assertNotIn("warning", r.stderr)
        tree = read_tree(out)
        customers = tree["include/forms/customers.h"].decode()
        self.assertIn("sent as application/x-www-form-urlencoded", customers)
        self.assertIn("metadata, address, items, expand in brackets (deepObject", customers)
        self.assertIn("tags repeated (name=a&name=b)", customers)
        files = tree["include/forms/files.h"].decode()
        self.assertIn("sent as multipart/form-data", files)
        self.assertIn("file parts: file, thumbnail, attachments, images; JSON parts: options", files)
        models = tree["include/forms/models.h"].decode()
        self.assertIn("const apic_file *file;", models)
        self.assertIn("apic_file_array attachments;", models)
        blobs = tree["include/forms/blobs.h"].decode()
        self.assertIn("const apic_file *body", blobs)
        self.assertIn("int forms_blobs_get(forms_client *client, const forms_blobs_get_params *params, apic_bytes **out", blobs)
        self.assertIn("apic_bytes_free() it", blobs)
        events = tree["include/forms/events.h"].decode()
        self.assertIn("apic_sse_callback on_event, void *ctx, forms_error *err)", events)
        self.assertIn("@param on_event receives each event", events)
        src = tree["src/files.c"].decode()
        self.assertIn("APIC_BODY_MULTIPART, forms_files_upload_body_fields", src)
        self.assertIn('{APIC_STYLE_FORM, true, false, "image/png"}', src)  # encoding contentType, first of the list
        self.assertIn("APIC_RESPONSE_EVENTS", tree["src/events.c"].decode())
        self.assertIn("APIC_RESPONSE_BYTES", tree["src/blobs.c"].decode())
        self.assertEqual(compile_sdk(out), [])
        # Sample requests hold files as JSON the codec reads into an apic_file.
        with open(samples, encoding="utf-8") as fh:
            s = json.load(fh)
        self.assertEqual(s["forms_files_upload"]["body"]["file"], {"filename": "sample.bin"})
        self.assertEqual(s["forms_files_upload"]["body"]["attachments"], [{"filename": "sample.bin"}] * 2)
        self.assertEqual(s["forms_files_upload"]["body"]["images"], [{"filename": "sample.bin"}] * 2)  # file or files
        self.assertEqual(s["forms_blobs_put"]["body"], {"filename": "sample.bin"})
        self.assertEqual(s["forms_notes_post"]["body"], "sample")

    def test_json_or_event_stream_gets_a_documented_stream_variant(self):
        out = os.path.join(self.tmp, "forms")
        r = generate(GOLDEN, "forms", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(out)
        header = tree["include/forms/completions.h"].decode()
        self.assertIn("int forms_completions_create(forms_client *client, const forms_completions_create_params *params, "
                      "const forms_completion_request *body, forms_completion **out, forms_error *err);", flat(header))
        self.assertIn("int forms_completions_create_stream(forms_client *client, const forms_completions_create_params "
                      "*params, const forms_completion_request *body, apic_sse_callback on_event, void *ctx, "
                      "forms_error *err);", flat(header))
        self.assertIn("extern const apic_operation forms_completions_create_stream_op;", header)
        self.assertEqual(header.count("typedef struct forms_completions_create_params {"), 1)  # shared
        doc = header[header.index("`POST /completions`, answered as a text/event-stream"):
                     header.index("int forms_completions_create_stream(")]
        self.assertIn("Its `stream` member is sent as true whatever it holds", doc)
        self.assertIn("@param on_event receives each event", doc)
        self.assertIn("Each event's data is a CompletionChunk in JSON, which forms_completion_chunk_from_json() decodes", doc)
        self.assertIn("@see forms_completions_create() for the answer as one value", doc)
        self.assertIn("@see forms_completions_create_stream() for the answer as a text/event-stream, event by event; "
                      "here leave `stream` unset or false", header)
        src = tree["src/completions.c"].decode()
        self.assertIn('{200, NULL, "text/event-stream", APIC_RESPONSE_EVENTS}', src)
        self.assertIn("&forms_completions_create_params_desc, forms_completions_create_params_locs", src)
        self.assertIn("streamed.has_stream = true;", src)
        # An operation that only streams keeps its one function.
        events = tree["include/forms/events.h"].decode()
        self.assertEqual(events.count("apic_sse_callback on_event"), 1)
        self.assertNotIn("@see", events)
        self.assertEqual(compile_sdk(out), [])

    def test_stream_variant_name_is_claimed(self):
        spec = os.path.join(self.tmp, "clash.yaml")
        with open(spec, "w", encoding="utf-8") as fh:
            fh.write(CLASH)
        out = os.path.join(self.tmp, "clash")
        r = generate(spec, "clash", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        header = read_tree(out)["include/clash/chat.h"].decode()
        self.assertIn("int clash_chat_complete_stream(clash_client *client, clash_error *err);", header)  # first in the document
        self.assertIn("int clash_chat_complete(clash_client *client, const char *body, char **out, clash_error *err);", header)
        self.assertIn("int clash_chat_complete_stream_2(clash_client *client, const char *body, apic_sse_callback on_event", header)
        self.assertIn("this body has no boolean `stream` member", header)
        self.assertEqual(compile_sdk(out), [])

    def test_openai_stream_variants(self):
        api = build_api(os.path.join(PUBLIC, "openai.yaml"), "openai")
        variants = {op.c_name: op.stream_member for op in api.operations if op.stream_of is not None}
        self.assertEqual(variants, {"audio_create_speech_stream": None,  # asks with stream_format: sse
                                    "audio_create_transcription_stream": "stream",
                                    "chat_create_completion_stream": "stream", "images_create_edit_stream": "stream",
                                    "images_create_stream": "stream", "responses_create_stream": "stream",
                                    "responses_beta_create_stream": "stream"})

    def test_schema_both_multipart_body_and_json_keeps_strings_for_json(self):
        out = os.path.join(self.tmp, "forms")
        samples = os.path.join(self.tmp, "forms.json")
        r = generate(GOLDEN, "forms", out, "--samples", samples)
        self.assertEqual(r.returncode, 0, r.stderr)
        tree = read_tree(out)
        models = tree["include/forms/models.h"].decode()
        json_struct = models[models.index("struct forms_document {"):]
        self.assertIn("char *content;", json_struct[:json_struct.index("};")])
        own = models[models.index("struct forms_document_multipart {"):]
        self.assertIn("const apic_file *content;", own[:own.index("};")])
        self.assertIn("Document as a multipart/form-data body", models)
        documents = tree["include/forms/documents.h"].decode()
        self.assertIn("const forms_document_multipart *body, forms_document **out", documents)
        # A schema used by multipart bodies only keeps its one struct, with files.
        self.assertNotIn("forms_upload_multipart", models)
        with open(samples, encoding="utf-8") as fh:
            s = json.load(fh)
        self.assertEqual(s["forms_documents_upload"]["body"]["content"], {"filename": "sample.bin"})
        self.assertEqual(s["schemas"]["Document"]["content"], "sample")

    def test_twilio_form_bodies_are_sent(self):
        out = os.path.join(self.tmp, "twilio")
        r = generate(os.path.join(PUBLIC, "twilio-messaging-v1.json"), "twilio", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("request body media", r.stderr)
        self.assertNotIn("response media", r.stderr)
        sources = "".join(v.decode() for k, v in read_tree(out).items() if k.endswith(".c"))
        self.assertIn("APIC_BODY_FORM", sources)


# An operation named like the stream variant of the next one: whichever comes first keeps the name.
CLASH = """
openapi: 3.0.3
info: {title: Clash, version: "1"}
paths:
  /chat/stream:
    get:
      operationId: completeStream
      tags: [chat]
      responses:
        "204": {description: nothing}
  /chat:
    post:
      operationId: complete
      tags: [chat]
      requestBody:
        content:
          application/json:
            schema: {type: string}
      responses:
        "200":
          description: text, or events
          content:
            application/json:
              schema: {type: string}
            text/event-stream:
              schema: {type: string}
"""


if __name__ == "__main__":
    unittest.main()
