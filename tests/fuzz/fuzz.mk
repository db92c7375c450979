# libFuzzer targets (tests/fuzz/fuzz_<name>.c), one per parser of outside bytes; included by the
# Makefile. They are built with VARIANT=fuzz (clang, -fsanitize=fuzzer-no-link,address,undefined:
# build/fuzz) against the runtime and the SDKs whose descriptors they decode into, built the same
# way and static only (clang leaves a shared library's sanitizer symbols undefined).
#   make fuzz [FUZZ_SECONDS=300]   every target for FUZZ_SECONDS, two at a time
#   make test-fuzz                 the smoke run of make test: 15 s each
FUZZ_SRC := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(patsubst tests/fuzz/%.c,$(BUILD)/fuzz/bin/%,$(FUZZ_SRC))
FUZZ_SECONDS ?= 300

ifeq ($(VARIANT),fuzz)
# The SDKs the targets use: eSauti as committed, golden specs generated here (unions,
# parameters of every style, forms and multipart, webhooks named by a header), with their
# tests/golden/<name>.sdk.yaml when there is one, and tests/fuzz/openai_chat.yaml (a public spec's
# union-heavy type).
FUZZ_GOLDEN := unions params forms webhook_header openai_chat
FUZZ_SDK_DIR := $(OBJDIR)/fuzz-sdk
FUZZ_STAMPS := $(FUZZ_SDK_DIR)/esauti/lib.stamp $(foreach g,$(FUZZ_GOLDEN),$(FUZZ_SDK_DIR)/$(g)/lib.stamp)
FUZZ_SDK_INC := -Igenerated/esauti/include $(foreach g,$(FUZZ_GOLDEN),-I$(FUZZ_SDK_DIR)/$(g)/sdk/include)
FUZZ_SDK_LIBS := $(foreach g,$(FUZZ_GOLDEN),$(FUZZ_SDK_DIR)/$(g)/lib/lib$(g).a) $(FUZZ_SDK_DIR)/esauti/lib/libesauti.a

$(FUZZ_SDK_DIR)/esauti/lib.stamp: $(RUNTIME_A) $(wildcard generated/esauti/src/* generated/esauti/include/esauti/*.h)
	@$(SDK_MAKE) -f generated/esauti/Makefile OBJ_DIR=$(@D)/obj LIB_DIR=$(@D)/lib static
	@touch $@

define FUZZ_SDK_RULE
$$(FUZZ_SDK_DIR)/%/lib.stamp: $(1)/%.yaml $$(wildcard tests/golden/*.sdk.yaml) $$(GENERATOR_FILES) $$(RUNTIME_A)
	@rm -rf $$(@D) && mkdir -p $$(@D)
	$$(PYTHON) -m generator --quiet --spec $$< --name $$* --out $$(@D)/sdk \
	    $$(if $$(wildcard tests/golden/$$*.sdk.yaml),--config tests/golden/$$*.sdk.yaml)
	@$$(SDK_MAKE) -f $$(@D)/sdk/Makefile OBJ_DIR=$$(@D)/obj LIB_DIR=$$(@D)/lib static
	@touch $$@
endef
$(eval $(call FUZZ_SDK_RULE,tests/golden))
$(eval $(call FUZZ_SDK_RULE,tests/fuzz))

.PRECIOUS: $(FUZZ_SDK_DIR)/%/lib.stamp
$(OBJDIR)/bin/fuzz_%: tests/fuzz/fuzz_%.c $(wildcard tests/fuzz/*.h) $(FUZZ_STAMPS) $(RUNTIME_A)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -fsanitize=fuzzer $(FUZZ_SDK_INC) $< $(FUZZ_SDK_LIBS) $(RUNTIME_A) $(LIBS) -o $@

.PHONY: fuzz-bins
fuzz-bins: $(FUZZ_BIN)
endif

# The runtime first, then the SDKs and targets, JOBS at a time.
FUZZ_BUILD = $(MAKE) --no-print-directory -j$(JOBS) VARIANT=fuzz $(BUILD)/fuzz/lib/libapic.a && \
             $(MAKE) --no-print-directory -j$(JOBS) VARIANT=fuzz fuzz-bins

.PHONY: fuzz test-fuzz
fuzz: | deps
	@$(FUZZ_BUILD)
	@bash tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BIN)

test-fuzz: | deps
	@$(FUZZ_BUILD)
	@bash tests/fuzz/run.sh 15 $(FUZZ_BIN)
