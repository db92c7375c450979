# Generate, build, test. Everything built lands in build/<variant>/. `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := build

# An interpreter that has Jinja2 and PyYAML (Debian's python3-jinja2 and python3-yaml).
PYTHON ?= $(shell for p in /usr/bin/python3 python3; do $$p -c 'import jinja2, yaml' 2>/dev/null && { echo $$p; break; }; done)
CC ?= cc
BUILD := build
STD := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN := -Wall -Wextra -Wpedantic -Werror
VARIANT ?= release
ifeq ($(VARIANT),asan)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
else ifeq ($(VARIANT),tsan)
OPT := -O1 -g -fsanitize=thread
else ifeq ($(VARIANT),fuzz)
# libFuzzer's coverage hooks without its main(): the fuzz targets (tests/fuzz/) link the runtime
# and SDKs built so, with -fsanitize=fuzzer added at the link. libFuzzer is clang's.
CC := clang
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
else
OPT ?= -O2 -g
endif
# What the runtime links: libcurl (HTTP), libcrypto (HMAC, random bytes), libsodium (the
# XSalsa20-Poly1305 of Pusher's encrypted channels, which OpenSSL lacks), threads. Nothing else.
RUNTIME_REQUIRES := libcurl libcrypto libsodium
DEPS_CFLAGS = $(shell pkg-config --cflags $(RUNTIME_REQUIRES) 2>/dev/null)
LIBS = $(shell pkg-config --libs $(RUNTIME_REQUIRES) 2>/dev/null) -pthread
# Hidden by default: only declarations marked APIC_EXPORT leave a shared library.
CFLAGS_ALL = $(STD) $(WARN) $(OPT) -fPIC -fvisibility=hidden -Iruntime/include $(DEPS_CFLAGS) $(EXTRA_CFLAGS)
OBJDIR := $(BUILD)/$(VARIANT)
JOBS ?= 2

# APIs we ship: every spec/<api>/ with an sdk.yaml, generated into generated/<api>/.
APIS := $(sort $(notdir $(patsubst %/sdk.yaml,%,$(wildcard spec/*/sdk.yaml))))
GENERATOR_FILES := $(wildcard generator/*.py generator/templates/*.j2)

.PHONY: help
help:
	@echo "make demo             generate, build and run the quick starts (eSauti, its asynchronous calls on libuv, BriteEvents, Sockudo, Schematic, SuprSend) against local servers"
	@echo "make test             every test: generator, freshness, unit (gcc, clang, valgrind, ASan+UBSan), integration"
	@echo "make check-symbols    every shared library exports its own prefix only, and all its headers declare"
	@echo "make install          runtime, apic tool, generator and SDKs (PREFIX=/usr/local DESTDIR=); make uninstall"
	@echo "make install-sdk OUT=dir   an SDK made by make sdk, with its .pc"
	@echo "make test-install     install into a temporary DESTDIR, build and run programs outside the repo with pkg-config"
	@echo "make test-webhooks-vendors   webhooks signed by standardwebhooks, svix, pusher, Schematic's SDK verify in C, and back"
	@echo "make test-pusher-vendor      Pusher signing, channel/user auth, encryption and Sockudo SDK requests vs npm pusher, both ways"
	@echo "make test-schematic-vendor   the README flows by the C Schematic SDK and by its vendor's Node SDK: the same requests"
	@echo "make test-suprsend-vendor    SuprSend: triggers, events, signatures (tests/suprsend/diff_*) by the C SDK and the vendor's Node SDK"
	@echo "make test-pagination  list iterators of every pagination shape against WireMock (offset, page, cursor, next URL, Link)"
	@echo "make test-overlay-sdk   make sdk with OVERLAY=: the overlay's fix in the library; a stale target refused"
	@echo "make test-swagger2    the Swagger 2.0 petstore: make sdk (upgraded to 3.0, -Werror), every operation against Prism serving the 2.0 document"
	@echo "make test-http2       HTTP/2 against nginx (h2c, TLS); multiplexing: 4 threads on one connection"
	@echo "make test-tls         TLS against nginx: unknown CA, ca_file, wrong host, pins, TLS 1.0/1.1 refused; redirects keep credentials on their origin"
	@echo "make test-cli         apic dead-letters show / replay on the load test's dead-letter file"
	@echo "make check-layers     the runtime's include graph: layers point one way, no circle"
	@echo "make test-golden      crafted spec per construct: generated, compiled (-Werror), its CUnit test run"
	@echo "make test-tsan        ThreadSanitizer: the background queue (unit, eSauti queue test), HTTP/2 multiplexing"
	@echo "make build            runtime and shipped SDKs as static and shared libraries (build/release)"
	@echo "make generate         regenerate generated/<api> from spec/<api>"
	@echo "make check-generated  fail when generated/ differs from a fresh generation"
	@echo "make sdk SPEC=openapi.yaml NAME=prefix OUT=dir [OVERLAY=a.yaml,b.yaml] [SAMPLES=file] [FAIL_ON_BREAKING=source|binary|any]   generate and compile an SDK from any spec, Swagger 2.0 too (overlays: docs/overlays.md); a regeneration prints what changed in the C API"
	@echo "make docs             Doxygen HTML of the runtime and each SDK in build/docs (fails on any warning)"
	@echo "make bench            benchmarks, each against a baseline measured in the same run"
	@echo "make fuzz [FUZZ_SECONDS=300]   every libFuzzer target (tests/fuzz: JSON, SSE, dead letters, webhooks, URL and form, multipart) for that long; make test-fuzz: 15 s each"
	@echo "make clean            remove build/"

# --- dependencies: Debian packages and pinned npm packages, installed when missing ---
.PHONY: deps
deps: $(BUILD)/.deps-ok
$(BUILD)/.deps-ok: .ci/install-deps tests/servers/package-lock.json
	@bash .ci/install-deps
	@mkdir -p $(BUILD) && touch $@

# --- runtime ---
RUNTIME_SRC := $(sort $(wildcard runtime/src/*/*.c))
RUNTIME_HDR := $(wildcard runtime/include/apic/*.h runtime/src/*/*.h)
RUNTIME_OBJ := $(patsubst runtime/src/%.c,$(OBJDIR)/runtime/%.o,$(RUNTIME_SRC))
RUNTIME_A := $(OBJDIR)/lib/libapic.a

$(OBJDIR)/runtime/%.o: runtime/src/%.c $(RUNTIME_HDR) | deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -Iruntime/src -c $< -o $@

$(RUNTIME_A): $(RUNTIME_OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	ar rcs $@ $^

# libapic.so.<version>, soname libapic.so.<major> (apic/version.h), and the two links to it.
APIC_VERSION := $(shell sed -n 's/^\#define APIC_VERSION "\(.*\)"/\1/p' runtime/include/apic/version.h)
APIC_MAJOR := $(firstword $(subst ., ,$(APIC_VERSION)))
RUNTIME_SO := $(OBJDIR)/lib/libapic.so.$(APIC_VERSION)

$(RUNTIME_SO): $(RUNTIME_OBJ)
	$(CC) $(CFLAGS_ALL) -shared -Wl,-soname,libapic.so.$(APIC_MAJOR) -Wl,--no-undefined -Wl,--as-needed -o $@ $^ $(LIBS)
	ln -sf libapic.so.$(APIC_VERSION) $(OBJDIR)/lib/libapic.so.$(APIC_MAJOR)
	ln -sf libapic.so.$(APIC_MAJOR) $(OBJDIR)/lib/libapic.so

.PHONY: runtime
runtime: $(RUNTIME_A) $(RUNTIME_SO)

# --- generated SDKs ---
.PHONY: generate check-generated sdks
generate: | deps
	@for api in $(APIS); do \
	    $(PYTHON) -m generator --spec spec/$$api/openapi.yaml --config spec/$$api/sdk.yaml --out generated/$$api || exit 1; \
	done

check-generated: | deps
	@rm -rf $(BUILD)/check && mkdir -p $(BUILD)/check
	@for api in $(APIS); do \
	    $(PYTHON) -m generator --quiet --spec spec/$$api/openapi.yaml --config spec/$$api/sdk.yaml --out $(BUILD)/check/$$api 2>/dev/null || exit 1; \
	    if ! diff -r generated/$$api $(BUILD)/check/$$api >/dev/null; then \
	        diff -ru generated/$$api $(BUILD)/check/$$api | head -40; \
	        echo "check-generated: generated/$$api is stale: run 'make generate' and commit"; exit 1; \
	    fi; \
	done; echo "check-generated: generated/ is fresh ($(APIS))"

# A generated SDK builds with its own Makefile (generator/templates/Makefile.j2), here against the
# runtime built beside it: make $(SDK_MAKE) -f <sdk>/Makefile OBJ_DIR=... LIB_DIR=...
SDK_MAKE = $(MAKE) --no-print-directory -j$(JOBS) CC="$(CC)" CFLAGS="$(STD) $(WARN) $(OPT) $(EXTRA_CFLAGS)" \
           APIC_CFLAGS="-I$(CURDIR)/runtime/include $(DEPS_CFLAGS)" APIC_LIBS="-L$(CURDIR)/$(OBJDIR)/lib -lapic" \
           DEPS="$(RUNTIME_HDR)"

# Each SDK's Makefile builds its static and shared library; the static one stands for both here, a
# file that changes only when rebuilt, so the programs linking it are relinked only then.
SDK_LIBS := $(foreach a,$(APIS),$(OBJDIR)/lib/lib$(a).a)
sdks: $(SDK_LIBS)
$(foreach a,$(APIS),$(eval $(OBJDIR)/lib/lib$(a).a: $(shell find generated/$(a) -type f)))
$(SDK_LIBS): $(OBJDIR)/lib/lib%.a: $(RUNTIME_A) $(RUNTIME_SO) $(RUNTIME_HDR)
	@$(SDK_MAKE) -f generated/$*/Makefile OBJ_DIR=$(OBJDIR)/sdk/$* LIB_DIR=$(OBJDIR)/lib

# The command-line tool (runtime/cli): linked with the static runtime, so it runs wherever it is copied.
CLI_SRC := $(sort $(wildcard runtime/cli/*.c))
CLI := $(OBJDIR)/bin/apic
$(CLI): $(CLI_SRC) runtime/cli/cli.h $(RUNTIME_A)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -DAPIC_DATADIR='"$(DATADIR)/apic"' $(CLI_SRC) $(RUNTIME_A) $(LIBS) -o $@

.PHONY: build cli
cli: $(CLI)
build: runtime sdks cli

# Generate and compile an SDK from any spec (OpenAPI 3.0, 3.1, or Swagger 2.0, upgraded first):
# make sdk SPEC=file NAME=prefix OUT=dir [OVERLAY=a.yaml,b.yaml] [SAMPLES=file: sample requests, for tests]
.PHONY: sdk
sdk: $(RUNTIME_A) $(RUNTIME_SO)
	@test -n "$(SPEC)" -a -n "$(NAME)" -a -n "$(OUT)" || { echo "usage: make sdk SPEC=openapi.yaml NAME=prefix OUT=dir [OVERLAY=a.yaml,b.yaml]"; exit 2; }
	$(PYTHON) -m generator --spec $(SPEC) --name $(NAME) --out $(OUT)$(if $(OVERLAY), --overlay $(OVERLAY))$(if $(SAMPLES), --samples $(SAMPLES))$(if $(FAIL_ON_BREAKING), --fail-on-breaking=$(FAIL_ON_BREAKING))
	@$(SDK_MAKE) -f $(OUT)/Makefile OBJ_DIR=$(OUT)/build/obj LIB_DIR=$(OUT)/build/lib
	@echo "sdk: headers in $(OUT)/include, lib$(NAME).a and lib$(NAME).so in $(OUT)/build/lib; install with make install-sdk OUT=$(OUT)"

include runtime/install.mk
include tests/fuzz/fuzz.mk

# --- C test programs ---
# Tests also use CUnit, and cJSON as a parser independent of the runtime's own.
TEST_CFLAGS = -Itests/support $(shell pkg-config --cflags libcjson 2>/dev/null)
TEST_LIBS = $(LIBS) $(shell pkg-config --libs libcjson 2>/dev/null) -lcunit
UNIT_SRC := $(sort $(wildcard tests/runtime/test_*.c))
UNIT_BIN := $(patsubst tests/runtime/%.c,$(OBJDIR)/tests/%,$(UNIT_SRC))
INTEG_SRC := $(sort $(wildcard tests/integration/test_*.c))
INTEG_BIN := $(patsubst tests/integration/%.c,$(OBJDIR)/tests/%,$(INTEG_SRC))
# What the SDKs' handwritten C needs beyond the runtime (sdk.yaml `handwritten: requires:`, e.g.
# libmagic for SuprSend's attachments), as their generated Makefiles list it: linked into every
# program that links the SDKs' static libraries.
SDK_REQUIRES := $(sort $(foreach a,$(APIS),$(shell sed -n 's/^REQUIRES := //p' generated/$(a)/Makefile 2>/dev/null)))
SDK_REQUIRES_LIBS = $(if $(SDK_REQUIRES),$(shell pkg-config --libs $(SDK_REQUIRES) 2>/dev/null))
TEST_SUPPORT := $(wildcard tests/support/*.h tests/support/*.c)

$(OBJDIR)/tests/%: tests/runtime/%.c $(RUNTIME_A) $(TEST_SUPPORT)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) $< $(RUNTIME_A) $(TEST_LIBS) $(TEST_LDFLAGS) -o $@

# The limits test compresses answers itself (gzip, deflate) and checks its gzip bomb with zlib.
$(OBJDIR)/tests/test_limits: TEST_LIBS += $(shell pkg-config --libs zlib 2>/dev/null)

# test_secrets scans every block the runtime frees or realloc() moves for the secrets it was
# given: the runtime's free() and realloc() go through the program's __wrap_free/__wrap_realloc.
$(OBJDIR)/tests/test_secrets: TEST_LDFLAGS = -Wl,--wrap=free -Wl,--wrap=realloc

$(OBJDIR)/tests/%: tests/integration/%.c $(SDK_LIBS) $(RUNTIME_A) $(TEST_SUPPORT)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) $(foreach a,$(APIS),-Igenerated/$(a)/include) $< $(SDK_LIBS) $(RUNTIME_A) $(TEST_LIBS) \
	    $(SDK_REQUIRES_LIBS) -o $@

# Golden tests: a crafted spec per construct (tests/golden/<name>.yaml), generated with prefix <name>
# (and with tests/golden/<name>.sdk.yaml as its config when there is one), compiled with -Werror and
# linked with its CUnit program tests/golden/test_<name>.c.
GOLDEN_SRC := $(sort $(wildcard tests/golden/test_*.c))
GOLDEN_BIN := $(patsubst tests/golden/%.c,$(OBJDIR)/golden/%,$(GOLDEN_SRC))
GOLDEN_CONFIGS := $(wildcard tests/golden/*.sdk.yaml)
$(foreach c,$(GOLDEN_CONFIGS),$(eval $(OBJDIR)/golden/$(notdir $(c:.sdk.yaml=))/lib.stamp: $(c)))

$(OBJDIR)/golden/%/lib.stamp: tests/golden/%.yaml $(GENERATOR_FILES) $(RUNTIME_A) $(RUNTIME_SO) $(RUNTIME_HDR)
	@rm -rf $(@D) && mkdir -p $(@D)
	$(PYTHON) -m generator --quiet --spec $< --name $* --out $(@D)/sdk $(if $(wildcard tests/golden/$*.sdk.yaml),--config tests/golden/$*.sdk.yaml)
	@$(SDK_MAKE) -f $(@D)/sdk/Makefile OBJ_DIR=$(@D)/obj LIB_DIR=$(@D)/lib static
	@touch $@

# A golden spec in a tree of folders (tests/golden/<name>/) is rebuilt when any of its files changes.
$(foreach d,$(wildcard tests/golden/*/),$(eval $(OBJDIR)/golden/$(notdir $(d:/=))/lib.stamp: $(shell find $(d) -type f)))

.PRECIOUS: $(OBJDIR)/golden/%/lib.stamp
$(OBJDIR)/golden/test_%: tests/golden/test_%.c $(OBJDIR)/golden/%/lib.stamp $(TEST_SUPPORT)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) -I$(OBJDIR)/golden/$*/sdk/include $< $(OBJDIR)/golden/$*/lib/lib$*.a \
	    $(RUNTIME_A) $(TEST_LIBS) -o $@

.PHONY: test-programs
# Everything a variant's tests run, built first with make -j: the tests themselves then run one at a time.
test-programs: build $(UNIT_BIN) $(GOLDEN_BIN) $(INTEG_BIN) $(OBJDIR)/pagination/test_pagination samples

# --- tests ---
VALGRIND := valgrind -q --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99
.PHONY: test test-generator test-unit test-golden test-integration test-headers-cxx
test: deps
	@bash tests/run-all.sh

test-generator: | deps
	@$(PYTHON) tests/generator/parallel.py $(JOBS)

# The runtime's layers (runtime/src/<layer>/): no include upward, no modules in a circle.
.PHONY: check-layers
check-layers: | deps
	@$(PYTHON) -m unittest tests.layers.test_check_layers 2>&1 | tail -n 1
	@$(PYTHON) tests/layers/check_layers.py

# RUNNER=valgrind runs every program under valgrind.
# Unit and golden programs share no server, port or file: JOBS of them run at a time.
test-unit: $(UNIT_BIN)
	@RUN_JOBS=$(JOBS) bash tests/run-programs.sh "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))" $(UNIT_BIN)

test-golden: $(GOLDEN_BIN)
	@RUN_JOBS=$(JOBS) bash tests/run-programs.sh "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))" $(GOLDEN_BIN)

# The webhook verifier against the senders' own npm libraries (standardwebhooks, svix, pusher,
# Schematic's SDK, pinned in tests/servers): their webhooks verify in C, C's verify in them.
.PHONY: test-webhooks-vendors
test-webhooks-vendors: $(RUNTIME_A) | deps
	@OPT="$(OPT)" bash tests/webhooks/run.sh $(OBJDIR) "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))"

# The Pusher protocol (apic/pusher.h, apic/sign.h) and the Sockudo SDK against npm pusher (pinned in
# tests/servers): the same signed query strings, auth answers and encrypted events, both ways. The
# script builds libsockudo.a beside the runtime (as `make sdks` does) and its CUnit program.
.PHONY: test-pusher-vendor
test-pusher-vendor: $(RUNTIME_A) | deps
	@OPT="$(OPT)" bash tests/pusher/run.sh $(OBJDIR) "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))"

# The Schematic SDK and its vendor's Node SDK (pinned in tests/servers) do the README's flows against
# one recording server (answering as Prism does): the requests are compared member for member.
.PHONY: test-schematic-vendor
test-schematic-vendor: sdks | deps
	@WITH_WIREMOCK=0 bash tests/integration/with-servers.sh \
	    bash tests/schematic/run.sh $(OBJDIR) "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))"

# The SuprSend SDK and its vendor's Node SDK (pinned in tests/servers), pair by pair
# (tests/suprsend/diff_<name>.js and .c), against one recording server: the same requests, member
# for member, and the same legacy signatures.
.PHONY: test-suprsend-vendor
test-suprsend-vendor: sdks | deps
	@OPT="$(OPT)" bash tests/suprsend/run.sh $(OBJDIR) "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))"

# Iterators of every pagination shape against WireMock: the SDK of tests/pagination/pages.yaml
# (generated and compiled with -Werror as golden SDKs are) and the eSauti contact list.
$(OBJDIR)/pagination/lib.stamp: tests/pagination/pages.yaml $(GENERATOR_FILES) $(RUNTIME_A) $(RUNTIME_SO) $(RUNTIME_HDR)
	@rm -rf $(@D) && mkdir -p $(@D)
	$(PYTHON) -m generator --quiet --spec $< --name pages --out $(@D)/sdk
	@$(SDK_MAKE) -f $(@D)/sdk/Makefile OBJ_DIR=$(@D)/obj LIB_DIR=$(@D)/lib static
	@touch $@

$(OBJDIR)/pagination/test_pagination: tests/pagination/test_pagination.c $(OBJDIR)/pagination/lib.stamp $(OBJDIR)/lib/libesauti.a $(TEST_SUPPORT)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) -I$(OBJDIR)/pagination/sdk/include -Igenerated/esauti/include $< \
	    $(OBJDIR)/pagination/lib/libpages.a $(OBJDIR)/lib/libesauti.a $(RUNTIME_A) $(TEST_LIBS) -o $@

.PHONY: test-pagination
test-pagination: $(OBJDIR)/pagination/test_pagination | deps
	@bash tests/integration/with-servers.sh bash tests/run-programs.sh \
	    "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))" $(OBJDIR)/pagination/test_pagination

# The same under valgrind (release), ASan+UBSan and clang, in one start of the servers.
PAGINATION_VARIANTS := release asan clang
.PHONY: test-pagination-variants
test-pagination-variants: | deps
	@$(foreach v,$(PAGINATION_VARIANTS),$(MAKE) --no-print-directory -j$(JOBS) VARIANT=$(v) \
	    $(if $(filter clang,$(v)),CC=clang) $(BUILD)/$(v)/pagination/test_pagination &&) true
	@bash tests/integration/with-servers.sh bash -c 'bash tests/run-programs.sh "$$1" $(BUILD)/release/pagination/test_pagination && \
	    bash tests/run-programs.sh "" $(BUILD)/asan/pagination/test_pagination $(BUILD)/clang/pagination/test_pagination' - "$(VALGRIND)"

# make sdk with OVERLAY=: the fix reaches the library; a stale target stops it, named.
.PHONY: test-overlay-sdk
test-overlay-sdk: $(RUNTIME_A) $(RUNTIME_SO) | deps
	@bash tests/overlays/make_sdk.sh

# The Swagger 2.0 petstore: make sdk upgrades it to OpenAPI 3.0 and compiles it (-Werror); every
# operation is then called against Prism serving the same 2.0 document.
.PHONY: test-swagger2
test-swagger2: $(RUNTIME_A) $(RUNTIME_SO) | deps
	@bash tests/swagger2/run.sh $(OBJDIR)

# Sample requests for the generic Prism driver (tests/support/prism_driver.h).
# Made again only when the API's folder or the generator changed (each test stage asks for them).
.PHONY: samples
samples: $(foreach a,$(APIS),$(BUILD)/samples/$(a).json)
$(foreach a,$(APIS),$(eval $(BUILD)/samples/$(a).json: $(shell find spec/$(a) -type f)))
$(BUILD)/samples/%.json: $(GENERATOR_FILES) | deps
	@mkdir -p $(@D)
	@$(PYTHON) -m generator --quiet --spec spec/$*/openapi.yaml --config spec/$*/sdk.yaml \
	    --out $(BUILD)/samples/$*-sdk --samples $@.tmp 2>/dev/null && mv $@.tmp $@

# Long runs (the 400,000-event queue test) are shortened under valgrind and the sanitizers.
TEST_UNDER = $(if $(filter valgrind,$(RUNNER)),valgrind,$(filter asan tsan,$(VARIANT)))

test-integration: $(INTEG_BIN) samples
	@APIC_TEST_UNDER=$(TEST_UNDER) bash tests/integration/with-servers.sh bash tests/run-programs.sh "$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))" $(INTEG_BIN)

# ThreadSanitizer on the background queue (build/tsan): its unit test, and the eSauti queue test
# (a smaller run) against the servers. setarch -R: TSan's memory layout needs ASLR off on some kernels.
TSAN_BIN := build/tsan/tests/test_queue build/tsan/tests/test_async build/tsan/tests/test_esauti_queue build/tsan/tests/test_cache \
            build/tsan/tests/test_schematic_threads build/tsan/tests/test_http2
.PHONY: test-tsan
test-tsan: | deps
	@$(MAKE) --no-print-directory -j$(JOBS) VARIANT=tsan $(TSAN_BIN) samples
	@TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" APIC_TEST_UNDER=tsan WITH_WIREMOCK=0 \
	    bash tests/integration/with-servers.sh setarch -R bash tests/run-programs.sh "" $(filter-out %/test_http2,$(TSAN_BIN))
	@TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" RUNNER="setarch -R" bash tests/http2/run.sh build/tsan/tests/test_http2

# The integration programs again, logging at debug level with redact_pii: nothing secret or personal may show.
.PHONY: test-log-scan
test-log-scan: $(INTEG_BIN) samples
	@bash tests/integration/scan-logs.sh $(INTEG_BIN)

# Every document of ../shared/specs/public: generated, compiled with -Werror, schema samples round-tripped;
# those whose every request Prism can check, called operation by operation against Prism.
PRISM_PUBLIC := petstore3 museum schematic suprsend twilio_messaging_v1
.PHONY: test-public
test-public: $(RUNTIME_A) | deps
	@bash tests/public/run.sh $(OBJDIR)
	@bash tests/public/prism.sh $(OBJDIR) $(PRISM_PUBLIC)

# Every shared library exports only names with its own prefix, and everything its headers export.
.PHONY: check-symbols test-install test-cli
check-symbols: build
	@$(PYTHON) tests/symbols/check_symbols.py $(OBJDIR)/lib apic=runtime/include/apic \
	    $(foreach a,$(APIS),$(a)=generated/$(a)/include/$(a))

# HTTP/2 against nginx: prior knowledge in clear text, negotiated over TLS with a test CA; with
# multiplexing, 4 threads share one connection (nginx's log says so). RUNNER=valgrind runs it under valgrind.
$(OBJDIR)/tests/test_http2: tests/http2/test_http2.c $(RUNTIME_A) $(TEST_SUPPORT)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) $< $(RUNTIME_A) $(TEST_LIBS) -o $@

.PHONY: test-http2
test-http2: $(OBJDIR)/tests/test_http2 | deps
	@RUNNER="$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))" bash tests/http2/run.sh $(OBJDIR)/tests/test_http2

# TLS against nginx with a test CA made by the script: unknown CA, ca_file, wrong host name, pins,
# redirects to the same and to another origin (credentials in the servers' logs), TLS 1.0 and 1.1
# refused. RUNNER=valgrind runs it under valgrind.
$(OBJDIR)/tests/test_tls: tests/tls/test_tls.c $(RUNTIME_A) $(TEST_SUPPORT)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(TEST_CFLAGS) $< $(RUNTIME_A) $(TEST_LIBS) -o $@

.PHONY: test-tls
test-tls: $(OBJDIR)/tests/test_tls | deps
	@RUNNER="$(if $(filter valgrind,$(RUNNER)),$(VALGRIND))" bash tests/tls/run.sh $(OBJDIR)/tests/test_tls

# make install into a temporary DESTDIR; programs built outside the repository with pkg-config only.
test-install: build
	@bash tests/install/run.sh

# The apic tool on the load test's dead-letter file: show, then replay to another server.
test-cli: $(CLI) $(OBJDIR)/tests/test_esauti_load
	@WITH_WIREMOCK=0 bash tests/integration/with-servers.sh bash tests/install/cli.sh $(OBJDIR)

# Every public header compiles as C++ too.
test-headers-cxx: | deps
	@for api in $(APIS); do echo "#include <$$api/$$api.h>" ; done > $(BUILD)/headers.cpp
	c++ -std=c++11 -Wall -Wextra -Wpedantic -Werror -Iruntime/include $(foreach a,$(APIS),-Igenerated/$(a)/include) \
	    $(DEPS_CFLAGS) -fsyntax-only $(BUILD)/headers.cpp && echo "headers compile as C++11"

# --- examples ---
# The webhook receiver embeds libmicrohttpd, the asynchronous example runs on libuv's loop; the
# others need the runtime's libraries only.
EXAMPLE_PKGS = $(if $(filter webhook_receiver,$*),libmicrohttpd) $(if $(filter esauti_async_libuv,$*),libuv)
EXAMPLE_CFLAGS = $(if $(strip $(EXAMPLE_PKGS)),$(shell pkg-config --cflags $(EXAMPLE_PKGS) 2>/dev/null))
EXAMPLE_LIBS = $(if $(strip $(EXAMPLE_PKGS)),$(shell pkg-config --libs $(EXAMPLE_PKGS) 2>/dev/null))
$(OBJDIR)/examples/%: examples/%.c $(SDK_LIBS) $(RUNTIME_A)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(EXAMPLE_CFLAGS) $(foreach a,$(APIS),-Igenerated/$(a)/include) $< $(SDK_LIBS) $(RUNTIME_A) $(LIBS) \
	    $(SDK_REQUIRES_LIBS) $(EXAMPLE_LIBS) -o $@

# --- documentation: Doxygen HTML from the public headers, zero warnings ---
.PHONY: docs
docs: | deps
	@bash docs/docs.sh $(APIS)

# --- benchmarks: each figure against a baseline measured in the same run (not part of test) ---
.PHONY: bench
bench: deps
	@bash bench/run.sh $(BUILD)/release

# --- demo ---
.PHONY: demo
demo: build
	@bash examples/run-demo.sh $(OBJDIR)

.PHONY: clean
clean:
	rm -rf $(BUILD)
