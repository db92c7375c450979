"""The public headers of a generated SDK: every function and object they declare is exported
(APIC_EXPORT, since SDKs are built with -fvisibility=hidden) and documented; every type, member,
enum constant and macro is documented; the private src/internal.h exports nothing; and text from
the spec (descriptions full of @, backslashes, <tags>, #, %, quotes, */ and unclosed fences)
can neither break a comment nor make Doxygen warn."""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from generator import docs
from generator.cmodel import export_decl
from tests.generator.test_generate import PUBLIC, ROOT, SPECS, compile_sdk, generate, read_tree

ODD = os.path.join(SPECS, "doxygen.yaml")

# The Doxygen settings the SDK headers are held to: every undocumented item is a warning.
DOXYFILE = """\
INPUT = {input}
RECURSIVE = YES
FILE_PATTERNS = *.h
OUTPUT_DIRECTORY = {output}
GENERATE_LATEX = NO
GENERATE_HTML = YES
HAVE_DOT = NO
EXTRACT_ALL = NO
EXTRACT_STATIC = YES
WARN_IF_UNDOCUMENTED = YES
WARN_IF_DOC_ERROR = YES
WARN_NO_PARAMDOC = NO
WARN_LOGFILE = {output}/warnings.log
QUIET = YES
OPTIMIZE_OUTPUT_FOR_C = YES
ENABLE_PREPROCESSING = YES
MACRO_EXPANSION = YES
PREDEFINED = APIC_EXPORT= __cplusplus_guard
INCLUDE_PATH = {runtime}
"""


def header_problems(text):
    """What a public header leaves unexported or undocumented, as "line N: problem: code".

    Reads the header line by line as the generator writes it: a doc comment (`/** ... */`) on
    the lines just before a declaration, or `/**< ... */` on its line, documents it; a declaration
    continues until `;`, `{` or `,` outside parentheses; the C++ guard, the include guard and the
    bodies of static inline functions are skipped."""
    problems = []
    lines = text.split("\n")
    doc_end, in_doc, in_comment, in_cxx, in_body = -2, False, False, False, False
    guard, depth, stmt = None, 0, None   # stmt: (first line number, text so far) of an open declaration
    for i, line in enumerate(lines):
        s = line.strip()
        if in_doc or in_comment:
            if "*/" in s:
                doc_end = i if in_doc else doc_end
                in_doc = in_comment = False
            continue
        if s.startswith("/**") and not s.startswith("/**<"):
            if "*/" in s:
                doc_end = i
            else:
                in_doc = True
            continue
        if s.startswith("/*"):
            in_comment = "*/" not in s
            continue
        if not s:
            continue
        if s.startswith("#"):
            if s == "#ifdef __cplusplus":
                in_cxx = True
            elif in_cxx and s == "#endif":
                in_cxx = False
            elif s.startswith("#ifndef ") and guard is None:
                guard = s.split()[1]
            elif s.startswith("#define ") and s.split()[1] != guard and doc_end != i - 1:
                problems.append(f"line {i + 1}: undocumented macro: {s}")
            continue
        if in_cxx:
            continue
        if in_body:
            in_body = s != "}"
            continue
        if s == "{":  # the body of a static inline function
            in_body = True
            continue
        if stmt is None:
            if s.startswith("}"):
                depth -= 1
                continue
            if doc_end != i - 1 and "/**<" not in line:
                problems.append(f"line {i + 1}: undocumented: {s}")
            stmt = (i, "")
        stmt = (stmt[0], stmt[1] + " " + s)
        code = re.sub(r"/\*.*?\*/", "", stmt[1]).strip()
        if code.count("(") > code.count(")"):  # the parameters go on
            continue
        if code.endswith("{"):
            depth += 1
            stmt = None
        elif code.endswith((";", ",")) or (code.endswith(")") and code.startswith("static inline")):
            if depth == 0 and not code.startswith(("typedef ", "static inline ")):
                if not code.startswith("APIC_EXPORT "):  # a function or an object the library defines
                    problems.append(f"line {stmt[0] + 1}: not exported: {code}")
            stmt = None
    return problems


class HeaderLintTest(unittest.TestCase):
    """The checker itself: it must catch what it is there to catch."""

    def test_a_missing_export_or_comment_is_caught(self):
        good = "/** Frees x. */\nAPIC_EXPORT void p_free(p *x);\n/** The count. */\nAPIC_EXPORT extern const size_t p_n;\n"
        self.assertEqual(header_problems(good), [])
        self.assertIn("not exported", header_problems("/** Frees x. */\nvoid p_free(p *x);\n")[0])
        self.assertIn("not exported", header_problems("/** N. */\nextern const size_t p_n;\n")[0])
        self.assertIn("undocumented", header_problems("APIC_EXPORT void p_free(p *x);\n")[0])
        self.assertIn("undocumented", header_problems("/** S. */\nstruct p {\n    int a;\n};\n")[0])
        self.assertIn("undocumented", header_problems("/** E. */\ntypedef enum e {\n    E_A = 1,\n} e;\n")[0])
        self.assertIn("undocumented", header_problems("typedef struct p p;\n")[0])
        self.assertEqual(header_problems("/** F. */\nAPIC_EXPORT int f(int a,\n              int b);\n"), [])
        self.assertIn("not exported", header_problems("/** F. */\nint f(int a,\n      int b);\n")[0])
        self.assertIn("undocumented macro", header_problems("#ifndef G_H\n#define G_H\n#define P_X 1\n#endif\n")[0])
        self.assertEqual(header_problems("/** S. */\nstruct p {\n    int a; /**< A. */\n    /** B. */\n    int b;\n};\n"), [])


class PublicHeadersTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="gen-headers-")
        cls.sdks = {}
        events, topics = os.path.join(SPECS, "events"), os.path.join(SPECS, "topics")
        configs = {
            "shop": (os.path.join(events, "base.yaml"),
                     f"name: shop\nevents:\n  registry: {os.path.join(events, 'good.yaml')}\n  operation: ingestEvent\n"
                     "  batch_operation: ingestBatch\n  source_header: X-Shop-Source\n"),
            "bus": (os.path.join(topics, "base.yaml"),
                    f"name: bus\ntopics:\n  definitions: {os.path.join(topics, 'good.yaml')}\n  publish: publishEvent\n"
                    "  publish_batch: publishEventBatch\n  job_id_header: X-Job\n"),
        }
        for name, (spec, config) in configs.items():
            path = os.path.join(cls.tmp, name + ".yaml")
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(config)
            cls._generate(name, spec, "--config", path)
        cls._generate("odd", ODD)
        golden = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "golden")
        cls._generate("hooks", os.path.join(golden, "webhooks.yaml"), "--config", os.path.join(golden, "webhooks.sdk.yaml"))
        cls._generate("petstore", os.path.join(PUBLIC, "petstore3.yaml"))
        sockudo = os.path.join(ROOT, "spec", "sockudo")
        cls._generate("sockudo", os.path.join(sockudo, "openapi.yaml"), "--config", os.path.join(sockudo, "sdk.yaml"))

    @classmethod
    def _generate(cls, name, spec, *extra):
        out = os.path.join(cls.tmp, name)
        r = generate(spec, name, out, *extra)
        if r.returncode != 0:
            raise AssertionError(f"{name}: {r.stderr}")
        cls.sdks[name] = out

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def public_headers(self, name):
        tree = read_tree(self.sdks[name])
        return {path: data.decode() for path, data in sorted(tree.items())
                if path.startswith(f"include/{name}/") and path.endswith(".h")}

    def test_every_public_declaration_is_exported_and_documented(self):
        for name in self.sdks:
            headers = self.public_headers(name)
            self.assertIn(f"include/{name}/models.h", headers)
            for path, text in headers.items():
                with self.subTest(sdk=name, header=path):
                    self.assertEqual(header_problems(text), [])
            joined = "".join(headers.values())
            self.assertIn(f"APIC_EXPORT void {name}_client_free({name}_client *client);", joined)
            self.assertIn(f"APIC_EXPORT extern const apic_operation *const {name}_operations[];", joined)

    def test_events_and_topics_functions_are_exported(self):
        events = self.public_headers("shop")["include/shop/event_types.h"]
        self.assertIn("APIC_EXPORT extern const apic_event_registry shop_event_registry;", events)
        self.assertIn("APIC_EXPORT int shop_events_send_order_created(", events)
        self.assertIn("APIC_EXPORT int shop_events_enqueue_order_created(", events)
        topics = self.public_headers("bus")["include/bus/topics.h"]
        self.assertIn("APIC_EXPORT int bus_session_created_my_entity(", topics)
        self.assertIn("static inline int bus_session_my_entity_created(", topics)  # defined in the header: no export

    def test_webhook_functions_are_exported(self):
        hooks = self.public_headers("hooks")["include/hooks/webhook_events.h"]
        self.assertIn("APIC_EXPORT extern const apic_webhook_events hooks_webhook_events;", hooks)
        self.assertIn("APIC_EXPORT extern const apic_webhook_scheme *const hooks_webhook_scheme;", hooks)
        self.assertIn("APIC_EXPORT int hooks_webhook_parse(", hooks)

    def test_pusher_functions_are_exported(self):
        pusher = self.public_headers("sockudo")["include/sockudo/pusher.h"]
        self.assertIn("APIC_EXPORT extern const apic_pusher_binding sockudo_pusher;", pusher)
        self.assertIn("APIC_EXPORT int sockudo_client_new_app(", pusher)
        self.assertIn("APIC_EXPORT int sockudo_trigger(", pusher)

    def test_continuation_lines_align_after_the_parenthesis(self):
        for name in self.sdks:
            for path, text in self.public_headers(name).items():
                lines = text.split("\n")
                for i, line in enumerate(lines):
                    if line.startswith("APIC_EXPORT") and not line.rstrip().endswith(";"):
                        column = line.index("(") + 1
                        following = lines[i + 1]
                        with self.subTest(sdk=name, header=path, line=i + 1):
                            self.assertEqual(len(following) - len(following.lstrip()), column, following)

    def test_the_private_header_exports_nothing(self):
        for name, out in self.sdks.items():
            with open(os.path.join(out, "src", "internal.h"), encoding="utf-8") as fh:
                self.assertNotIn("APIC_EXPORT", fh.read(), name)

    def test_spec_text_cannot_break_a_comment(self):
        for path, text in self.public_headers("odd").items():
            with self.subTest(header=path):
                code = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', re.sub(r"/\*.*?\*/", "", text, flags=re.S))
                self.assertNotIn("*/", code)
                self.assertNotIn("/*", code)
                self.assertNotRegex(text, r"\\\n")  # no comment line ends in a backslash (a splice)
        models = self.public_headers("odd")["include/odd/models.h"]
        self.assertIn("A thing with an `odd` description \\<tag\\> and \\@brief \\%x.", models)
        self.assertIn("ODD_THING_KIND_C_D = 2, /**< `c&quot;d` */", models)
        self.assertEqual(compile_sdk(self.sdks["odd"]), [])

    @unittest.skipUnless(shutil.which("doxygen"), "doxygen is not installed")
    def test_doxygen_reports_nothing(self):
        runtime = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                               "runtime", "include")
        for name, out in self.sdks.items():
            with self.subTest(sdk=name):
                dox = os.path.join(self.tmp, "dox-" + name)
                os.makedirs(dox)
                with open(os.path.join(dox, "Doxyfile"), "w", encoding="utf-8") as fh:
                    fh.write(DOXYFILE.format(input=os.path.join(out, "include"), output=dox, runtime=runtime))
                subprocess.run(["doxygen", "Doxyfile"], cwd=dox, capture_output=True, text=True, check=True)
                with open(os.path.join(dox, "warnings.log"), encoding="utf-8") as fh:
                    warnings = [line for line in fh if "warning:" in line]
                self.assertEqual(warnings, [])


class DocTextTest(unittest.TestCase):
    """docs.py: spec text made safe for a C comment and neutral for Doxygen."""

    def test_commands_html_entities_and_links_are_escaped(self):
        text = docs.inline('Use @param, \\brief, <b>x</b>, &amp;, #anchor, %word, ::name and a "quote.')
        self.assertEqual(text, 'Use \\@param, \\\\brief, \\<b\\>x\\</b\\>, \\&amp;, \\#anchor, \\%word, \\::name and a '
                               '\\"quote.')
        self.assertEqual(docs.inline("100% & more"), "100% & more")  # nothing Doxygen reads: left as it is

    def test_code_spans_and_absolute_links_keep_their_text(self):
        self.assertEqual(docs.inline("Set `a@b <c>` now"), "Set `a@b <c>` now")
        self.assertEqual(docs.inline('A `lone " quote` and `&lt; %x`'), "A `lone &quot; quote` and `&amp;lt; %%x`")
        self.assertEqual(docs.code("a`b"), "``a`b``")
        self.assertEqual(docs.inline("See [it](https://x.com/a_(b)) or [here](#anchor) or [there](/docs)."),
                         "See [it](https://x.com/a_(b)) or here or there.")
        self.assertEqual(docs.inline("Go to https://x.com/?a=1&b=2#c."), "Go to https://x.com/?a=1&b=2#c.")

    def test_comments_cannot_end_and_fences_are_closed(self):
        lines = docs.wrap("Text */ here \\\n```json\n{\"a\": \"*/\"}\n")
        self.assertEqual(lines, ["Text * / here", "```json", '{"a": "* /"}', "```"])
        self.assertEqual(docs.inline("Before\n```\ncode @x\n```\nafter @y"), "Before `code @x` after \\@y")

    def test_an_escaped_backslash_never_ends_a_line(self):
        for line in docs.wrap("word " * 18 + "\\ " + "word " * 30, 96):
            self.assertFalse(line.endswith("\\"), line)


class ExportDeclTest(unittest.TestCase):
    def test_functions_objects_and_wrapping(self):
        self.assertEqual(export_decl("int f(int a,\n    int b);"), "APIC_EXPORT int f(int a, int b);\n")
        self.assertEqual(export_decl("const char *f(void);"), "APIC_EXPORT const char *f(void);\n")
        self.assertEqual(export_decl("const apic_operation x_op;"), "APIC_EXPORT extern const apic_operation x_op;\n")
        self.assertEqual(export_decl("extern const size_t n;"), "APIC_EXPORT extern const size_t n;\n")
        wrapped = export_decl("int function_name(" + ", ".join(f"long parameter_{i}" for i in range(12)) + ");")
        first, *rest = wrapped.rstrip("\n").split("\n")
        self.assertTrue(rest)
        for line in [first] + rest:
            self.assertLessEqual(len(line), 120)
        for line in rest:
            self.assertTrue(line.startswith(" " * len("APIC_EXPORT int function_name(")) and line[31] != " ", line)
        self.assertTrue(wrapped.endswith("long parameter_11);\n"))


if __name__ == "__main__":
    unittest.main()
