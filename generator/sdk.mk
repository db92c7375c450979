# Compiles one generated SDK folder into lib<NAME>.a and lib<NAME>.so (the .so includes the runtime,
# so an application can link it alone). Called by the top-level Makefile for committed SDKs and for
# `make sdk`; parallel with -j.
#   make -f generator/sdk.mk SDK_DIR=... NAME=... OBJ_DIR=... LIB_DIR=... RUNTIME_A=... CC=... CFLAGS=... LIBS=...
# RUNTIME_HDR: the runtime's headers, so that a change of a runtime type recompiles the SDK.
SRC := $(sort $(wildcard $(SDK_DIR)/src/*.c))
OBJ := $(patsubst $(SDK_DIR)/src/%.c,$(OBJ_DIR)/%.o,$(SRC))
HDR := $(wildcard $(SDK_DIR)/src/*.h $(SDK_DIR)/include/$(NAME)/*.h)

.PHONY: all
all: $(LIB_DIR)/lib$(NAME).a $(LIB_DIR)/lib$(NAME).so

$(OBJ_DIR)/%.o: $(SDK_DIR)/src/%.c $(HDR) $(RUNTIME_HDR)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -I$(SDK_DIR)/include -c $< -o $@

$(LIB_DIR)/lib$(NAME).a: $(OBJ)
	@mkdir -p $(@D)
	@rm -f $@
	ar rcs $@ $^

$(LIB_DIR)/lib$(NAME).so: $(OBJ) $(RUNTIME_A)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -shared -o $@ $(OBJ) -Wl,--whole-archive $(RUNTIME_A) -Wl,--no-whole-archive $(LIBS)
