"""Bodies that are not JSON: forms, multipart, bytes, text and event streams generate without
warnings, and the headers say what the body is and how it is sent."""
import json
import os
import shutil
import tempfile
import unittest

from tests.generator.test_generate import PUBLIC, ROOT, compile_sdk, generate, read_tree

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
        self.assertEqual(s["forms_files_upload"]["body"]["attachments"], [{"filename": "sample.bin"}])
        self.assertEqual(s["forms_files_upload"]["body"]["images"], [{"filename": "sample.bin"}])  # file or files
        self.assertEqual(s["forms_blobs_put"]["body"], {"filename": "sample.bin"})
        self.assertEqual(s["forms_notes_post"]["body"], "sample")

    def test_twilio_form_bodies_are_sent(self):
        out = os.path.join(self.tmp, "twilio")
        r = generate(os.path.join(PUBLIC, "twilio-messaging-v1.json"), "twilio", out)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("request body media", r.stderr)
        self.assertNotIn("response media", r.stderr)
        sources = "".join(v.decode() for k, v in read_tree(out).items() if k.endswith(".c"))
        self.assertIn("APIC_BODY_FORM", sources)


if __name__ == "__main__":
    unittest.main()
