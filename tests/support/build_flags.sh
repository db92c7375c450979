# Sourced by the test and benchmark scripts: how they compile against the runtime built in $obj
# (build/<variant>), the same flags as the Makefile's. Sets CFLAGS, LIBS, TEST_LIBS, SDK_REQUIRES_LIBS
# (what the committed SDKs' handwritten C needs beyond the runtime, as their generated Makefiles
# list it: libmagic for SuprSend's) and sdk_make DIR [target...], which builds a generated SDK
# folder with its own Makefile.
warn="-Wall -Wextra -Wpedantic -Werror"
CFLAGS="-std=c11 -D_POSIX_C_SOURCE=200809L $warn ${OPT:--O0 -g} -I$PWD/runtime/include -Itests/support $(pkg-config --cflags libcurl libcrypto libsodium libcjson)"
LIBS="$(pkg-config --libs libcurl libcrypto libsodium) -pthread"
TEST_LIBS="$LIBS $(pkg-config --libs libcjson) -lcunit"
sdk_requires=$(sed -n 's/^REQUIRES := //p' generated/*/Makefile | tr '\n' ' ')
# shellcheck disable=SC2086 # a word list of package names
SDK_REQUIRES_LIBS=${sdk_requires:+$(pkg-config --libs $sdk_requires)}

sdk_make() {
    local dir=$1; shift
    make --no-print-directory -j2 -f "$dir/Makefile" CC="${CC:-cc}" CFLAGS="$warn ${OPT:--O0 -g}" \
        APIC_CFLAGS="-I$PWD/runtime/include $(pkg-config --cflags libcurl)" APIC_LIBS="-L$PWD/$obj/lib -lapic" \
        OBJ_DIR="$dir/obj" LIB_DIR="$dir/lib" "$@"
}
