// The vendor's stack for bench/schematic_flags.c's hit: @schematichq/schematic-typescript-node
// (pinned in tests/servers/package-lock.json) checking the same flag for the same company and user,
// with its default flag-check cache (a LocalCache: 1,000 answers, 5 s, as the C SDK's). One
// checkFlag against the local nginx fills the cache; the timed ones are answered from it. Each is
// awaited, as a caller must (checkFlag is async): what one check costs the code that asked.
// The SDK takes the global fetch at each request, so counting calls to it shows that the fill was
// the only request: every other check was a hit.
//
//   node bench/node_schematic.js URL [ITERATIONS [RUNS]]
//     prints VALUE|flag_hit_node_ns|<median ns per awaited client.checkFlag(...)>
"use strict";

const path = require("path");
const { createRequire } = require("module");

const vendorRequire = createRequire(path.resolve(__dirname, "../tests/servers/package.json"));
const { SchematicClient } = vendorRequire("@schematichq/schematic-typescript-node");

let requests = 0;
const realFetch = globalThis.fetch;
globalThis.fetch = (...args) => {
    requests++;
    return realFetch(...args);
};

function median(values) {
    const v = [...values].sort((a, b) => a - b);
    const m = Math.floor(v.length / 2);
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

async function main() {
    const url = process.argv[2];
    const iterations = Number(process.argv[3] || 20000);
    const runs = Number(process.argv[4] || 5);
    // The capture service is nginx too, so nothing leaves 127.0.0.1 (a check queues no event anyway).
    const client = new SchematicClient({ apiKey: "sch_dev_bench", basePath: url, eventCaptureBaseURL: url });
    // The keys schematic_flags.c and wrk_flag_check.lua send, made once as a caller would.
    const ctx = { company: { id: "comp_1001" }, user: { user_id: "user_2001" } };
    let failures = 0; // checks that answered the default (false): nginx answers true

    // The fill, then a warm-up that lets the JIT settle, then the timed runs: the call inline each time.
    for (let i = 0; i <= iterations / 2; i++) if (!(await client.checkFlag(ctx, "bench-flag"))) failures++;
    const ns = [];
    for (let r = 0; r < runs; r++) {
        const t0 = process.hrtime.bigint();
        for (let i = 0; i < iterations; i++) if (!(await client.checkFlag(ctx, "bench-flag"))) failures++;
        ns.push(Number(process.hrtime.bigint() - t0) / iterations);
    }
    await client.close();
    if (failures !== 0 || requests !== 1) {
        console.error(`node_schematic: ${failures} checks failed, ${requests} requests sent (expected 1)`);
        process.exit(1);
    }
    console.log(`VALUE|flag_hit_node_ns|${median(ns).toFixed(1)}`);
}

main().catch((e) => {
    console.error(`node_schematic.js: ${e.stack || e}`);
    process.exit(1);
});
