"""Swagger 2.0 documents upgraded to OpenAPI 3.0 (generator/swagger2.py): each construct on a
crafted snippet, the warnings and errors naming places in the 2.0 file, overlays applied before
the upgrade, files reached by $ref, and the petstore of OpenAPI Generator's tests end to end."""
import contextlib
import io
import os
import shutil
import tempfile
import textwrap
import unittest

from generator.build import build_api
from generator.cli import main
from generator.errors import SpecError
from generator.loader import Loader, Location
from generator.swagger2 import upgrade

PETSTORE = os.path.join(os.path.dirname(__file__), "specs", "swagger2", "petstore.yaml")
HEAD = "swagger: '2.0'\ninfo: {title: T, version: '1'}\n"


class Swagger2Case(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="swagger2-test-")
        self.addCleanup(shutil.rmtree, self.tmp)

    def write(self, name, text, head=HEAD):
        path = os.path.join(self.tmp, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(head + textwrap.dedent(text))
        return path

    def upgrade(self, text, name="api.yaml"):
        """(Upgrade, Loader) of a 2.0 document: HEAD followed by text."""
        path = self.write(name, text)
        loader = Loader()
        return upgrade(loader.load(path), Location(os.path.abspath(path)), loader), loader

    def doc(self, text):
        return self.upgrade(text)[0].document

    def op(self, text, path="/p", method="post"):
        return self.doc(text)["paths"][path][method]

    def warnings(self, text):
        return self.upgrade(text)[0].warnings

    def error(self, text):
        with self.assertRaises(SpecError) as caught:
            self.upgrade(text)
        return str(caught.exception)


class TopLevel(Swagger2Case):
    def test_version_and_copied_members(self):
        d = self.doc("tags: [{name: a}]\nexternalDocs: {url: 'https://x'}\nx-vendor: 1\npaths: {}\n")
        self.assertEqual(d["openapi"], "3.0.3")
        self.assertEqual(d["info"], {"title": "T", "version": "1"})
        self.assertEqual(d["tags"], [{"name": "a"}])
        self.assertEqual(d["x-vendor"], 1)
        self.assertNotIn("swagger", d)

    def test_definitions_move_and_every_ref_follows(self):
        d = self.doc("""\
            paths:
              /p:
                post:
                  parameters: [{in: body, name: b, schema: {$ref: '#/definitions/Pet'}}]
                  responses: {'200': {description: ok, schema: {type: array, items: {$ref: '#/definitions/Pet'}}}}
            definitions:
              Pet:
                type: object
                properties:
                  owner: {$ref: '#/definitions/Owner'}
                  tags: {type: array, items: {$ref: '#/definitions/Tag'}}
                  extra: {type: object, additionalProperties: {$ref: '#/definitions/Tag'}}
              Owner: {allOf: [{$ref: '#/definitions/Tag'}, {type: object}]}
              Tag: {type: string}
            """)
        schemas = d["components"]["schemas"]
        self.assertEqual(list(schemas), ["Pet", "Owner", "Tag"])
        pet = schemas["Pet"]["properties"]
        self.assertEqual(pet["owner"], {"$ref": "#/components/schemas/Owner"})
        self.assertEqual(pet["tags"]["items"], {"$ref": "#/components/schemas/Tag"})
        self.assertEqual(pet["extra"]["additionalProperties"], {"$ref": "#/components/schemas/Tag"})
        self.assertEqual(schemas["Owner"]["allOf"][0], {"$ref": "#/components/schemas/Tag"})
        op = d["paths"]["/p"]["post"]
        self.assertEqual(op["requestBody"]["content"]["application/json"]["schema"], {"$ref": "#/components/schemas/Pet"})
        self.assertEqual(op["responses"]["200"]["content"]["application/json"]["schema"]["items"],
                         {"$ref": "#/components/schemas/Pet"})
        self.assertNotIn("definitions", d)

    def test_servers_from_host_base_path_and_schemes(self):
        d = self.doc("host: api.example.com:8443\nbasePath: /v2\nschemes: [https, http]\npaths: {}\n")
        self.assertEqual(d["servers"], [{"url": "https://api.example.com:8443/v2"},
                                        {"url": "http://api.example.com:8443/v2"}])

    def test_servers_without_host_are_the_base_path(self):
        self.assertEqual(self.doc("basePath: /api\npaths: {}\n")["servers"], [{"url": "/api"}])
        self.assertNotIn("servers", self.doc("paths: {}\n"))

    def test_missing_schemes_assume_https_with_a_warning(self):
        up, _ = self.upgrade("host: h.example\npaths: {}\n")
        self.assertEqual(up.document["servers"], [{"url": "https://h.example"}])
        self.assertEqual(up.warnings, ["api.yaml#/host: no schemes: the one the document is served with is meant; "
                                       "https is assumed"])

    def test_an_operation_s_schemes_are_its_servers(self):
        op = self.op("host: h\nschemes: [https]\npaths:\n  /p:\n    get: {schemes: [http], responses: {}}\n", method="get")
        self.assertEqual(op["servers"], [{"url": "http://h"}])

    def test_host_with_a_scheme_is_an_error(self):
        self.assertIn("api.yaml#/host:", self.error("host: https://h/x\npaths: {}\n"))

    def test_other_swagger_versions_are_refused(self):
        path = self.write("old.yaml", "paths: {}\n", head="swagger: '1.2'\ninfo: {title: T, version: '1'}\n")
        loader = Loader()
        with self.assertRaises(SpecError) as caught:
            upgrade(loader.load(path), Location(path), loader)
        self.assertIn("old.yaml#/swagger: Swagger '1.2' is not supported", str(caught.exception))

    def test_swagger_and_openapi_together_are_refused(self):
        self.assertIn("api.yaml#/openapi:", self.error("openapi: 3.0.0\npaths: {}\n"))


class Security(Swagger2Case):
    def schemes(self, text):
        return self.doc("paths: {}\nsecurityDefinitions:\n" + textwrap.indent(textwrap.dedent(text), "  "))[
            "components"]["securitySchemes"]

    def test_basic_and_api_key(self):
        s = self.schemes("""\
            b: {type: basic, description: who}
            k: {type: apiKey, name: X-Key, in: header}
            q: {type: apiKey, name: key, in: query}
            """)
        self.assertEqual(s["b"], {"type": "http", "scheme": "basic", "description": "who"})
        self.assertEqual(s["k"], {"type": "apiKey", "name": "X-Key", "in": "header"})
        self.assertEqual(s["q"], {"type": "apiKey", "name": "key", "in": "query"})

    def test_oauth2_flows(self):
        s = self.schemes("""\
            i: {type: oauth2, flow: implicit, authorizationUrl: 'https://a', scopes: {r: read}}
            p: {type: oauth2, flow: password, tokenUrl: 'https://t', scopes: {}}
            c: {type: oauth2, flow: application, tokenUrl: 'https://t', scopes: {}}
            a: {type: oauth2, flow: accessCode, authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {}}
            """)
        self.assertEqual(s["i"]["flows"], {"implicit": {"authorizationUrl": "https://a", "scopes": {"r": "read"}}})
        self.assertEqual(s["p"]["flows"], {"password": {"tokenUrl": "https://t", "scopes": {}}})
        self.assertEqual(s["c"]["flows"], {"clientCredentials": {"tokenUrl": "https://t", "scopes": {}}})
        self.assertEqual(s["a"]["flows"], {"authorizationCode": {"authorizationUrl": "https://a", "tokenUrl": "https://t",
                                                                 "scopes": {}}})

    def test_errors_name_the_scheme(self):
        head = "paths: {}\nsecurityDefinitions:\n"
        self.assertIn("api.yaml#/securityDefinitions/o/tokenUrl: the password flow needs tokenUrl",
                      self.error(head + "  o: {type: oauth2, flow: password, scopes: {}}\n"))
        self.assertIn("api.yaml#/securityDefinitions/o/flow:", self.error(head + "  o: {type: oauth2, flow: magic}\n"))
        self.assertIn("api.yaml#/securityDefinitions/x/type:", self.error(head + "  x: {type: digest}\n"))
        self.assertIn("api.yaml#/securityDefinitions/k:", self.error(head + "  k: {type: apiKey, name: k, in: cookie}\n"))


class Parameters(Swagger2Case):
    def param(self, yaml_param, where="/p", method="get"):
        text = f"paths:\n  {where}:\n    {method}:\n      parameters: [{yaml_param}]\n      responses: {{}}\n"
        return self.doc(text)["paths"][where][method]["parameters"][0]

    def test_type_and_constraints_become_the_schema(self):
        p = self.param("{name: n, in: query, type: integer, format: int32, minimum: 1, maximum: 5, default: 2, "
                       "description: d, required: true, allowEmptyValue: true, x-example: 3}")
        self.assertEqual(p, {"name": "n", "in": "query", "description": "d", "required": True, "allowEmptyValue": True,
                             "schema": {"type": "integer", "format": "int32", "default": 2, "maximum": 5, "minimum": 1},
                             "example": 3})

    def test_collection_formats(self):
        def style(fmt, where="query"):
            p = self.param(f"{{name: a, in: {where}, required: true, type: array, items: {{type: string}}"
                           + (f", collectionFormat: {fmt}" if fmt else "") + "}",
                           where="/p/{a}" if where == "path" else "/p")
            return p.get("style"), p.get("explode")
        self.assertEqual(style(None), ("form", False))  # csv, the 2.0 default; 3.0's query default explodes
        self.assertEqual(style("csv"), ("form", False))
        self.assertEqual(style("ssv"), ("spaceDelimited", False))
        self.assertEqual(style("pipes"), ("pipeDelimited", False))
        self.assertEqual(style("multi"), ("form", True))
        self.assertEqual(style("csv", "path"), ("simple", False))
        self.assertEqual(style("csv", "header"), ("simple", False))

    def test_tsv_has_no_equivalent_and_is_warned(self):
        text = "paths:\n  /p:\n    get:\n      parameters: [{name: a, in: query, type: array, items: {type: string}, " \
               "collectionFormat: tsv}]\n      responses: {}\n"
        up, _ = self.upgrade(text)
        self.assertEqual(up.document["paths"]["/p"]["get"]["parameters"][0]["style"], "form")
        self.assertEqual(up.warnings, ["api.yaml#/paths/~1p/get/parameters/0/collectionFormat: collectionFormat tsv "
                                       "(tab-separated) has no OpenAPI 3.0 equivalent; the values are sent "
                                       "comma-separated (csv)"])

    def test_a_style_3_0_lacks_in_a_header_is_warned(self):
        text = "paths:\n  /p:\n    get:\n      parameters: [{name: a, in: header, type: array, items: {type: string}, " \
               "collectionFormat: pipes}]\n      responses: {}\n"
        self.assertIn("collectionFormat pipes in header has no OpenAPI 3.0 equivalent", self.warnings(text)[0])

    def test_the_format_of_an_array_inside_an_array_is_warned(self):
        text = "paths:\n  /p:\n    get:\n      parameters: [{name: a, in: query, type: array, collectionFormat: pipes, " \
               "items: {type: array, collectionFormat: csv, items: {type: integer}}}]\n      responses: {}\n"
        up, _ = self.upgrade(text)
        self.assertEqual(up.document["paths"]["/p"]["get"]["parameters"][0]["schema"]["items"],
                         {"type": "array", "items": {"type": "integer"}})
        self.assertEqual(up.warnings, ["api.yaml#/paths/~1p/get/parameters/0/items/collectionFormat: the collectionFormat "
                                       "of an array inside an array has no OpenAPI 3.0 equivalent; dropped"])

    def test_allow_empty_value_outside_query_is_warned(self):
        text = "paths:\n  /p:\n    get:\n      parameters: [{name: a, in: header, type: string, allowEmptyValue: true}]\n" \
               "      responses: {}\n"
        self.assertEqual(self.warnings(text), ["api.yaml#/paths/~1p/get/parameters/0/allowEmptyValue: allowEmptyValue in a "
                                               "header parameter has no OpenAPI 3.0 equivalent (query parameters only); "
                                               "dropped"])

    def test_array_items_carry_their_own_constraints(self):
        p = self.param("{name: a, in: query, type: array, items: {type: string, enum: [x, y], default: x}}")
        self.assertEqual(p["schema"], {"type": "array", "items": {"type": "string", "default": "x", "enum": ["x", "y"]}})

    def test_top_level_parameters_become_components_and_refs_follow(self):
        d = self.doc("""\
            parameters:
              Limit: {name: limit, in: query, type: integer}
            paths:
              /p:
                get:
                  parameters: [{$ref: '#/parameters/Limit'}]
                  responses: {}
            """)
        self.assertEqual(d["components"]["parameters"]["Limit"]["schema"], {"type": "integer"})
        self.assertEqual(d["paths"]["/p"]["get"]["parameters"], [{"$ref": "#/components/parameters/Limit"}])

    def test_errors_name_the_parameter(self):
        def err(param):
            return self.error(f"paths:\n  /p:\n    get:\n      parameters: [{param}]\n      responses: {{}}\n")
        self.assertIn("api.yaml#/paths/~1p/get/parameters/0/type: type is required", err("{name: a, in: query}"))
        self.assertIn("api.yaml#/paths/~1p/get/parameters/0/type: type file is allowed in formData parameters only",
                      err("{name: a, in: query, type: file}"))
        self.assertIn("api.yaml#/paths/~1p/get/parameters/0/items: items is required when type is array",
                      err("{name: a, in: query, type: array}"))
        self.assertIn("api.yaml#/paths/~1p/get/parameters/0: a parameter needs a string name and in",
                      err("{name: a, in: cookie, type: string}"))
        self.assertIn("api.yaml#/paths/~1p/get/parameters/0/collectionFormat: collectionFormat 'csvv'",
                      err("{name: a, in: query, type: array, items: {type: string}, collectionFormat: csvv}"))
        self.assertIn("api.yaml#/paths/~1p/get/parameters/0/schema: a body parameter needs a schema",
                      err("{name: a, in: body}"))


class Bodies(Swagger2Case):
    def test_body_parameter_is_a_request_body_per_consumed_type(self):
        op = self.op("""\
            consumes: [application/json]
            paths:
              /p:
                post:
                  consumes: [application/json, application/xml]
                  parameters:
                    - {in: body, name: b, description: the thing, required: true, schema: {type: object},
                       x-examples: {application/json: {a: 1}}}
                  responses: {}
            """)
        self.assertEqual(op["requestBody"], {"description": "the thing", "required": True, "content": {
            "application/json": {"schema": {"type": "object"}, "example": {"a": 1}},
            "application/xml": {"schema": {"type": "object"}}}})
        self.assertNotIn("parameters", op)

    def test_a_body_without_consumes_anywhere_is_json(self):
        op = self.op("paths:\n  /p:\n    post:\n      parameters: [{in: body, name: b, schema: {type: string}}]\n"
                     "      responses: {}\n")
        self.assertEqual(list(op["requestBody"]["content"]), ["application/json"])

    def test_global_consumes_apply_without_the_operation_s(self):
        op = self.op("consumes: [text/plain]\npaths:\n  /p:\n    post:\n      parameters: [{in: body, name: b, "
                     "schema: {type: string}}]\n      responses: {}\n")
        self.assertEqual(list(op["requestBody"]["content"]), ["text/plain"])

    def test_form_data_is_an_url_encoded_object(self):
        op = self.op("""\
            paths:
              /p:
                post:
                  consumes: [application/x-www-form-urlencoded]
                  parameters:
                    - {name: name, in: formData, type: string, required: true, description: who, x-example: Rex}
                    - {name: tags, in: formData, type: array, items: {type: string}, collectionFormat: pipes}
                    - {name: ids, in: formData, type: array, items: {type: integer}, collectionFormat: multi}
                  responses: {}
            """)
        media = op["requestBody"]["content"]["application/x-www-form-urlencoded"]
        self.assertEqual(media["schema"], {"type": "object", "required": ["name"], "properties": {
            "name": {"type": "string", "description": "who", "example": "Rex"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "ids": {"type": "array", "items": {"type": "integer"}}}})
        self.assertEqual(media["encoding"], {"tags": {"style": "pipeDelimited", "explode": False}})
        self.assertTrue(op["requestBody"]["required"])

    def test_a_file_makes_it_multipart_with_a_binary_member(self):
        op = self.op("""\
            paths:
              /p:
                post:
                  consumes: [multipart/form-data, application/x-www-form-urlencoded]
                  parameters:
                    - {name: note, in: formData, type: string}
                    - {name: file, in: formData, type: file, description: the image}
                  responses: {}
            """)
        self.assertEqual(list(op["requestBody"]["content"]), ["multipart/form-data"])
        self.assertEqual(op["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"]["file"],
                         {"type": "string", "format": "binary", "description": "the image"})

    def test_form_data_without_a_form_type_in_consumes_is_warned(self):
        text = """\
            consumes: [application/json]
            paths:
              /p:
                post:
                  parameters: [{name: f, in: formData, type: file}]
                  responses: {}
            """
        up, _ = self.upgrade(text)
        self.assertEqual(list(up.document["paths"]["/p"]["post"]["requestBody"]["content"]), ["multipart/form-data"])
        self.assertEqual(up.warnings, ["api.yaml#/consumes: formData parameters, but consumes names no form media type "
                                       "that can carry them (a file is sent in multipart/form-data only); sent as "
                                       "multipart/form-data"])

    def test_what_multipart_and_bodies_cannot_carry_is_warned(self):
        warnings = self.warnings("""\
            paths:
              /p:
                post:
                  consumes: [multipart/form-data]
                  parameters:
                    - {name: tags, in: formData, type: array, items: {type: string}}
                    - {name: e, in: formData, type: string, allowEmptyValue: true}
                  responses: {}
            """)
        self.assertEqual(warnings, [
            "api.yaml#/paths/~1p/post/parameters/0/collectionFormat: collectionFormat csv has no OpenAPI 3.0 form in "
            "multipart/form-data; each item is sent as a part of its own (multi)",
            "api.yaml#/paths/~1p/post/parameters/1/allowEmptyValue: allowEmptyValue has no OpenAPI 3.0 equivalent in a "
            "request body; dropped"])

    def test_path_item_bodies_reach_every_operation_unless_overridden(self):
        d = self.doc("""\
            paths:
              /p:
                parameters:
                  - {name: id, in: query, type: string}
                  - {name: a, in: formData, type: string}
                post:
                  consumes: [application/x-www-form-urlencoded]
                  parameters: [{name: a, in: formData, type: integer}, {name: b, in: formData, type: string}]
                  responses: {}
                put:
                  consumes: [application/x-www-form-urlencoded]
                  responses: {}
            """)
        item = d["paths"]["/p"]
        self.assertEqual(item["parameters"][0]["name"], "id")
        form = "application/x-www-form-urlencoded"
        self.assertEqual(item["post"]["requestBody"]["content"][form]["schema"]["properties"],
                         {"a": {"type": "integer"}, "b": {"type": "string"}})
        self.assertEqual(item["put"]["requestBody"]["content"][form]["schema"]["properties"], {"a": {"type": "string"}})

    def test_top_level_body_parameters_are_used_where_referred_to(self):
        d = self.doc("""\
            parameters:
              Body: {in: body, name: b, schema: {$ref: '#/definitions/T'}}
            paths:
              /p:
                post:
                  consumes: [application/json]
                  parameters: [{$ref: '#/parameters/Body'}]
                  responses: {}
            definitions:
              T: {type: string}
            """)
        self.assertNotIn("parameters", d["components"])
        self.assertEqual(d["paths"]["/p"]["post"]["requestBody"]["content"]["application/json"]["schema"],
                         {"$ref": "#/components/schemas/T"})

    def test_errors_name_the_parameters(self):
        self.assertIn("api.yaml#/paths/~1p/post/parameters/1: an operation has one body parameter at most", self.error(
            "paths:\n  /p:\n    post:\n      parameters: [{in: body, name: a, schema: {}}, "
            "{in: body, name: b, schema: {}}]\n"
            "      responses: {}\n"))
        self.assertIn("api.yaml#/paths/~1p/post/parameters/0: body and formData parameters cannot be used together",
                      self.error("paths:\n  /p:\n    post:\n      parameters: [{in: body, name: a, schema: {}}, "
                                 "{in: formData, name: b, type: string}]\n      responses: {}\n"))
        self.assertIn("api.yaml#/paths/~1p/post/consumes: consumes must be a list of media types",
                      self.error("paths:\n  /p:\n    post: {consumes: application/json, responses: {}}\n"))


class Responses(Swagger2Case):
    def test_schema_examples_and_headers(self):
        op = self.op("""\
            produces: [application/json, application/xml]
            paths:
              /p:
                get:
                  responses:
                    '200':
                      description: ok
                      schema: {type: string}
                      examples: {application/json: '"hi"', text/csv: 'a,b'}
                      headers:
                        X-Rate: {type: integer, description: per hour}
                        X-Ids: {type: array, items: {type: string}, collectionFormat: csv, x-example: [a]}
                    default: {description: error}
            """, method="get")
        ok = op["responses"]["200"]
        self.assertEqual(ok["content"], {"application/json": {"schema": {"type": "string"}, "example": '"hi"'},
                                         "application/xml": {"schema": {"type": "string"}}})
        self.assertEqual(ok["headers"]["X-Rate"], {"description": "per hour", "schema": {"type": "integer"}})
        self.assertEqual(ok["headers"]["X-Ids"], {"schema": {"type": "array", "items": {"type": "string"}},
                                                  "style": "simple", "explode": False, "example": ["a"]})
        self.assertEqual(op["responses"]["default"], {"description": "error"})

    def test_an_example_for_a_type_not_produced_is_warned(self):
        warnings = self.warnings("paths:\n  /p:\n    get:\n      responses:\n        '200': {description: ok, "
                                 "schema: {type: string}, examples: {text/csv: 'a'}}\n")
        self.assertEqual(warnings, ["api.yaml#/paths/~1p/get/responses/200/examples/text~1csv: an example for text/csv, "
                                    "which the operation does not produce; dropped"])

    def test_a_file_response_is_binary_content(self):
        op = self.op("produces: [application/json, image/png]\npaths:\n  /p:\n    get:\n      responses:\n"
                     "        '200': {description: ok, schema: {type: file}}\n", method="get")
        self.assertEqual(op["responses"]["200"]["content"],
                         {"image/png": {"schema": {"type": "string", "format": "binary"}}})
        op = self.op("paths:\n  /p:\n    get:\n      responses:\n        '200': {description: ok, schema: {type: file}}\n",
                     method="get")
        self.assertEqual(list(op["responses"]["200"]["content"]), ["application/octet-stream"])

    def test_top_level_responses_are_components_unless_produces_differ(self):
        d = self.doc("""\
            produces: [application/json]
            responses:
              Err: {description: bad, schema: {$ref: '#/definitions/E'}}
            paths:
              /p:
                get:
                  responses: {'400': {$ref: '#/responses/Err'}}
                put:
                  produces: [application/xml]
                  responses: {'400': {$ref: '#/responses/Err'}}
            definitions:
              E: {type: object}
            """)
        self.assertEqual(d["components"]["responses"]["Err"]["content"], {"application/json": {
            "schema": {"$ref": "#/components/schemas/E"}}})
        self.assertEqual(d["paths"]["/p"]["get"]["responses"]["400"], {"$ref": "#/components/responses/Err"})
        self.assertEqual(list(d["paths"]["/p"]["put"]["responses"]["400"]["content"]), ["application/xml"])


class Schemas(Swagger2Case):
    def schemas(self, text):
        return self.doc("paths: {}\ndefinitions:\n" + textwrap.indent(textwrap.dedent(text), "  "))["components"]["schemas"]

    def test_x_nullable_becomes_nullable(self):
        s = self.schemas("""\
            A:
              type: object
              properties:
                n: {type: string, x-nullable: true}
                r: {$ref: '#/definitions/B', x-nullable: true, description: maybe}
                f: {type: string, x-nullable: false}
            B: {type: object}
            """)["A"]["properties"]
        self.assertEqual(s["n"], {"type": "string", "nullable": True})
        self.assertEqual(s["r"], {"allOf": [{"$ref": "#/components/schemas/B"}], "nullable": True, "description": "maybe"})
        self.assertEqual(s["f"], {"type": "string"})

    def test_discriminator_name_becomes_an_object(self):
        s = self.schemas("Pet: {type: object, discriminator: kind, required: [kind], properties: {kind: {type: string}}}\n")
        self.assertEqual(s["Pet"]["discriminator"], {"propertyName": "kind"})
        self.assertIn("api.yaml#/definitions/Pet/discriminator:", self.error("paths: {}\ndefinitions:\n  Pet: "
                                                                             "{type: object, discriminator: 3}\n"))

    def test_defaults_examples_and_read_only_are_kept(self):
        s = self.schemas("A: {type: object, example: {b: true}, properties: {b: {type: boolean, default: false, "
                         "readOnly: true}}}\n")
        self.assertEqual(s["A"], {"type": "object", "example": {"b": True},
                                  "properties": {"b": {"type": "boolean", "default": False, "readOnly": True}}})

    def test_items_by_position_are_warned(self):
        up, _ = self.upgrade("paths: {}\ndefinitions:\n  A: {type: array, items: [{type: string}, {type: integer}]}\n")
        self.assertEqual(up.document["components"]["schemas"]["A"], {"type": "array", "items": {}})
        self.assertEqual(up.warnings, ["api.yaml#/definitions/A/items: items as a list (one schema per position) has no "
                                       "OpenAPI 3.0 form; the items are any JSON"])

    def test_a_bad_x_nullable_is_warned(self):
        warnings = self.warnings("paths: {}\ndefinitions:\n  A: {type: string, x-nullable: 'yes'}\n")
        self.assertEqual(warnings, ["api.yaml#/definitions/A/x-nullable: x-nullable must be true or false, found 'yes'; "
                                    "ignored"])


class OtherFiles(Swagger2Case):
    def test_schemas_in_other_files_are_upgraded_where_they_are(self):
        self.write("defs/common.yaml", """\
            definitions:
              Owner:
                type: object
                properties:
                  nick: {type: string, x-nullable: true}
                  pet: {$ref: '../api.yaml#/definitions/Pet'}
            """, head="")
        self.write("params.yaml", "Limit: {name: limit, in: query, type: integer}\nBody: {in: body, name: b, schema: "
                   "{$ref: 'defs/common.yaml#/definitions/Owner'}}\n", head="")
        up, loader = self.upgrade("""\
            paths:
              /p:
                post:
                  parameters: [{$ref: 'params.yaml#/Limit'}, {$ref: 'params.yaml#/Body'}]
                  responses: {'200': {description: ok, schema: {$ref: 'defs/common.yaml#/definitions/Owner'}}}
            definitions:
              Pet: {type: object}
            """)
        op = up.document["paths"]["/p"]["post"]
        self.assertEqual(op["parameters"][0]["schema"], {"type": "integer"})
        self.assertEqual(op["requestBody"]["content"]["application/json"]["schema"],
                         {"$ref": "defs/common.yaml#/definitions/Owner"})
        common = loader.load(os.path.join(self.tmp, "defs", "common.yaml"))
        self.assertEqual(common["definitions"]["Owner"]["properties"], {
            "nick": {"type": "string", "nullable": True}, "pet": {"$ref": "../api.yaml#/components/schemas/Pet"}})


class WithTheGenerator(Swagger2Case):
    def build(self, text, overlays=()):
        return build_api(self.write("api.yaml", text), "t", overlays=overlays)

    def test_warnings_of_the_generator_name_the_2_0_place(self):
        api = self.build("""\
            paths:
              /p:
                post:
                  parameters: [{in: body, name: b, schema: {type: object, properties: {x: {not: {type: string}}}}}]
                  responses: {}
            definitions:
              A: {type: object, properties: {y: {not: {type: string}}}}
            """)
        self.assertIn("api.yaml#/definitions/A/properties/y/not: 'not' is not supported; the constraint is not checked",
                      api.warnings)
        self.assertIn("api.yaml#/paths/~1p/post/parameters/0/schema/properties/x/not: 'not' is not supported; the "
                      "constraint is not checked", api.warnings)

    def test_errors_of_the_generator_name_the_2_0_place(self):
        with self.assertRaises(SpecError) as caught:
            self.build("paths: {}\ndefinitions:\n  A: {type: object, properties: {y: {type: strin}}}\n")
        self.assertEqual(caught.exception.where, "api.yaml#/definitions/A/properties/y/type")

    def test_form_and_query_parameters_reach_the_sdk(self):
        api = self.build("""\
            paths:
              /p/{id}:
                post:
                  consumes: [application/x-www-form-urlencoded]
                  parameters:
                    - {name: id, in: path, required: true, type: string}
                    - {name: tags, in: query, type: array, items: {type: string}, collectionFormat: pipes}
                    - {name: n, in: formData, type: string}
                  responses: {'200': {description: ok, schema: {type: integer}}}
            """)
        op = api.operations[0]
        self.assertEqual(op.body_kind, "form")
        self.assertEqual([(p.field.json_name, p.style, p.explode) for p in op.param_list],
                         [("id", "simple", False), ("tags", "pipeDelimited", False)])
        self.assertEqual(api.upgraded_from, "Swagger 2.0")

    def test_overlays_apply_to_the_2_0_document_before_the_upgrade(self):
        overlay = self.write("fix.yaml", "overlay: 1.0.0\ninfo: {title: f, version: '1'}\nactions:\n"
                             "  - {target: '$.definitions.A.properties', update: {added: {type: integer, x-nullable: "
                             "true}}}\n", head="")
        api = self.build("paths: {}\ndefinitions:\n  A: {type: object, properties: {y: {type: string}}}\n", [overlay])
        added = next(f for f in api.structs[0].fields if f.json_name == "added")
        self.assertTrue(added.nullable)


class Petstore(unittest.TestCase):
    """The Swagger 2.0 petstore of OpenAPI Generator's tests, as it is."""

    def test_it_builds_without_warnings(self):
        api = build_api(PETSTORE, "petstore2")
        self.assertEqual(api.warnings, [])
        self.assertEqual(len(api.operations), 20)
        self.assertEqual(api.base_url, "http://petstore.swagger.io/v2")
        ops = {op.operation_id: op for op in api.operations}
        upload = ops["uploadFile"]
        self.assertEqual(upload.body_kind, "multipart")
        self.assertEqual({f.json_name: f.type.kind for f in upload.body.target.fields},
                         {"additionalMetadata": "string", "file": "file"})
        self.assertEqual(ops["updatePetWithForm"].body_kind, "form")
        status = ops["findPetsByStatus"].param_list[0]
        self.assertEqual((status.style, status.explode), ("form", False))
        self.assertEqual(ops["addPet"].body_media, "application/json")
        self.assertEqual(sorted(s.kind for s in api.security_schemes), ["api_key", "bearer"])

    def test_the_upgrade_is_deterministic(self):
        def once():
            loader = Loader()
            return upgrade(loader.load(PETSTORE), Location(PETSTORE), loader).document
        self.assertEqual(repr(once()), repr(once()))

    def test_the_headers_say_it_was_swagger_2_0(self):
        out = tempfile.mkdtemp(prefix="swagger2-sdk-")
        self.addCleanup(shutil.rmtree, out)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            self.assertEqual(main(["--spec", PETSTORE, "--name", "petstore2", "--out", os.path.join(out, "sdk")]), 0)
        with open(os.path.join(out, "sdk", "include", "petstore2", "petstore2.h"), encoding="utf-8") as fh:
            self.assertIn("Generated from petstore.yaml (Swagger 2.0, upgraded to OpenAPI 3.0.3)", fh.read())


if __name__ == "__main__":
    unittest.main()
