# Build, generate, test. Everything lands in build/; `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := build

# An interpreter that has Jinja2 and PyYAML (Debian's python3-jinja2 / python3-yaml).
PYTHON ?= $(shell for p in /usr/bin/python3 python3; do $$p -c 'import jinja2, yaml' 2>/dev/null && { echo $$p; break; }; done)
CC ?= cc
BUILD := build
STD := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN := -Wall -Wextra -Wpedantic -Werror
OPT ?= -O2 -g
DEPS_CFLAGS = $(shell pkg-config --cflags libcurl libcjson 2>/dev/null)
DEPS_LIBS = $(shell pkg-config --libs libcurl libcjson 2>/dev/null) -lssl -lcrypto -lpthread
CFLAGS_ALL = $(STD) $(WARN) $(OPT) -fPIC -Iruntime/include $(DEPS_CFLAGS) $(EXTRA_CFLAGS)

RUNTIME_SRC := $(sort $(wildcard runtime/src/*.c))
RUNTIME_HDR := $(wildcard runtime/include/apic/*.h) $(wildcard runtime/src/*.h)

# Objects per variant: build/<variant>/...; VARIANT selects flags.
VARIANT ?= release
ifeq ($(VARIANT),asan)
OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
endif
OBJDIR := $(BUILD)/$(VARIANT)
RUNTIME_OBJ := $(patsubst runtime/src/%.c,$(OBJDIR)/runtime/%.o,$(RUNTIME_SRC))

$(OBJDIR)/runtime/%.o: runtime/src/%.c $(RUNTIME_HDR) | deps
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

$(OBJDIR)/libapic.a: $(RUNTIME_OBJ)
	@rm -f $@
	ar rcs $@ $^

.PHONY: runtime
runtime: $(OBJDIR)/libapic.a

# --- unit tests of the runtime: one CUnit program per tests/runtime/test_*.c ---
UNIT_SRC := $(sort $(wildcard tests/runtime/test_*.c))
UNIT_BIN := $(patsubst tests/runtime/%.c,$(OBJDIR)/tests/%,$(UNIT_SRC))

$(OBJDIR)/tests/%: tests/runtime/%.c $(OBJDIR)/libapic.a $(wildcard tests/support/*.h)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -Itests/support $< $(OBJDIR)/libapic.a $(DEPS_LIBS) -lcunit -o $@

.PHONY: unit-bins
unit-bins: $(UNIT_BIN)

# --- dependencies: Debian packages and pinned npm packages, installed when missing ---
.PHONY: deps
deps: $(BUILD)/.deps-ok
$(BUILD)/.deps-ok: .ci/install-deps
	@bash .ci/install-deps
	@mkdir -p $(BUILD) && touch $@
