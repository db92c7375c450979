#!/usr/bin/env bash
# Every public document in ../shared/specs/public: generate an SDK with `make sdk` (compiled with
# -Werror), then round-trip every schema example through it. Prints per document: operations,
# schemas, generator warnings, generation and compile time.
#   tests/public/run.sh OBJDIR    (PUBLIC_OUT: output folder, default build/public; ONLY: a glob of
#   document names, default all)
set -uo pipefail
cd "$(dirname "$0")/../.."
obj=${1:-build/release}
out=${PUBLIC_OUT:-build/public}
mkdir -p "$out"
PYTHON=/usr/bin/python3
. tests/support/build_flags.sh
progs=()
for spec in ../shared/specs/public/${ONLY:-*}.yaml ../shared/specs/public/${ONLY:-*}.json; do
    [ -e "$spec" ] || continue
    name=$(basename "${spec%.*}" | tr '-' '_')
    dir=$out/$name
    t0=$(date +%s%N)
    if ! $PYTHON -m generator --quiet --spec "$spec" --name "$name" --out "$dir" --samples "$out/$name.json" 2>"$out/$name.warnings"; then
        echo "!! $name: generation failed"; cat "$out/$name.warnings"; exit 1
    fi
    t1=$(date +%s%N)
    if ! sdk_make "$dir" >"$out/$name.cc.log" 2>&1; then
        echo "!! $name: the generated code does not compile"; grep -m 20 "error" "$out/$name.cc.log"; exit 1
    fi
    t2=$(date +%s%N)
    # Its shared library links libapic.so and exports its own prefix only, all its headers declare.
    $PYTHON tests/symbols/check_symbols.py "$dir/lib" "$name=$dir/include/$name" >"$out/$name.symbols" 2>&1 \
        || { echo "!! $name: exported symbols"; head -n 20 "$out/$name.symbols"; exit 1; }
    cc $CFLAGS -I"$dir/include" -DSDK_HEADER="<$name/$name.h>" -DSDK_SCHEMAS="${name}_schemas" \
        -DSDK_SCHEMA_COUNT="${name}_schema_count" -DSDK_UNIONS="${name}_unions" -DSDK_UNION_COUNT="${name}_union_count" \
        tests/public/roundtrip.c "$dir/lib/lib$name.a" "$obj/lib/libapic.a" $TEST_LIBS \
        -o "$dir/roundtrip" || exit 1
    ops=$(grep -c '^    &' "$dir/src/op_table.c")
    printf '%-26s %4d operations %5d schemas %4d warnings  generate %5d ms  compile %6d ms\n' "$name" "$ops" \
        "$(grep -c '^    &' "$dir/src/schema_table.c")" "$(grep -c '^warning' "$out/$name.warnings")" \
        $(( (t1 - t0) / 1000000 )) $(( (t2 - t1) / 1000000 ))
    progs+=("$dir/roundtrip $out/$name.json")
done
failed=0
for p in "${progs[@]}"; do
    echo "== $p"
    $p 2>&1 | grep -E "round-trip|: the example|serialisations differ|its serialisation" | head -12
    [ "${PIPESTATUS[0]}" -eq 0 ] || failed=1
done
exit $failed
