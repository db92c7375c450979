# make install / uninstall (included by the Makefile): the runtime (headers, libapic.a, libapic.so
# with its soname links, apic.pc), the `apic` tool, the generator (for `apic generate`) and every
# committed SDK through its own Makefile; make install-sdk OUT=dir does the same for an SDK made
# with `make sdk`. PREFIX, DESTDIR and the folders below can be set on the command line.
PREFIX ?= /usr/local
BINDIR ?= $(PREFIX)/bin
INCLUDEDIR ?= $(PREFIX)/include
LIBDIR ?= $(PREFIX)/lib
PKGCONFIGDIR ?= $(LIBDIR)/pkgconfig
DATADIR ?= $(PREFIX)/share
INSTALL_DIRS = PREFIX="$(PREFIX)" INCLUDEDIR="$(INCLUDEDIR)" LIBDIR="$(LIBDIR)" PKGCONFIGDIR="$(PKGCONFIGDIR)" \
               DESTDIR="$(DESTDIR)"
GENERATOR_DEST = $(DESTDIR)$(DATADIR)/apic/generator

.PHONY: install uninstall install-runtime install-sdk
install: install-runtime
	@for api in $(APIS); do \
	    $(SDK_MAKE) -f generated/$$api/Makefile OBJ_DIR=$(OBJDIR)/sdk/$$api LIB_DIR=$(OBJDIR)/lib $(INSTALL_DIRS) install \
	        || exit 1; \
	done
	@echo "install: apic and $(APIS) in $(DESTDIR)$(PREFIX)"

install-runtime: build
	install -d $(DESTDIR)$(INCLUDEDIR)/apic $(DESTDIR)$(LIBDIR) $(DESTDIR)$(PKGCONFIGDIR) $(DESTDIR)$(BINDIR) \
	    $(GENERATOR_DEST)/templates
	install -m 644 runtime/include/apic/*.h $(DESTDIR)$(INCLUDEDIR)/apic/
	install -m 644 $(RUNTIME_A) $(DESTDIR)$(LIBDIR)/
	install -m 755 $(RUNTIME_SO) $(DESTDIR)$(LIBDIR)/
	ln -sf libapic.so.$(APIC_VERSION) $(DESTDIR)$(LIBDIR)/libapic.so.$(APIC_MAJOR)
	ln -sf libapic.so.$(APIC_MAJOR) $(DESTDIR)$(LIBDIR)/libapic.so
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@INCLUDEDIR@|$(INCLUDEDIR)|' -e 's|@LIBDIR@|$(LIBDIR)|' \
	    -e 's|@VERSION@|$(APIC_VERSION)|' runtime/apic.pc.in > $(DESTDIR)$(PKGCONFIGDIR)/apic.pc
	install -m 755 $(CLI) $(DESTDIR)$(BINDIR)/apic
	install -m 644 generator/*.py $(GENERATOR_DEST)/
	install -m 644 generator/templates/*.j2 $(GENERATOR_DEST)/templates/

# An SDK generated elsewhere (make sdk SPEC=... NAME=... OUT=dir): built against this runtime, installed with its .pc.
install-sdk: $(RUNTIME_A) $(RUNTIME_SO)
	@test -n "$(OUT)" -a -f "$(OUT)/Makefile" || { echo "usage: make install-sdk OUT=<folder made by make sdk>"; exit 2; }
	@$(SDK_MAKE) -f $(OUT)/Makefile OBJ_DIR=$(OUT)/build/obj LIB_DIR=$(OUT)/build/lib $(INSTALL_DIRS) install

uninstall:
	@for api in $(APIS); do $(MAKE) --no-print-directory -f generated/$$api/Makefile $(INSTALL_DIRS) uninstall || exit 1; done
	rm -f $(addprefix $(DESTDIR)$(INCLUDEDIR)/apic/,$(notdir $(wildcard runtime/include/apic/*.h)))
	-rmdir $(DESTDIR)$(INCLUDEDIR)/apic 2>/dev/null
	rm -f $(DESTDIR)$(LIBDIR)/libapic.a $(DESTDIR)$(LIBDIR)/libapic.so $(DESTDIR)$(LIBDIR)/libapic.so.$(APIC_MAJOR) \
	      $(DESTDIR)$(LIBDIR)/libapic.so.$(APIC_VERSION) $(DESTDIR)$(PKGCONFIGDIR)/apic.pc $(DESTDIR)$(BINDIR)/apic
	rm -f $(GENERATOR_DEST)/*.py $(GENERATOR_DEST)/templates/*.j2
	-rmdir $(GENERATOR_DEST)/templates $(GENERATOR_DEST) $(DESTDIR)$(DATADIR)/apic 2>/dev/null
