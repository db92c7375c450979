// The vendor's stack for the same work as bench/webhook_verify.c: the `standardwebhooks` npm
// library (pinned in tests/servers/package-lock.json) verifying the same 1 KB payload, with a
// Webhook made once, after a warm-up, on the same Node the tests use.
//
//   node bench/node_webhooks.js PAYLOAD [ITERATIONS [RUNS]]
//     prints VALUE|webhook_verify_node_ns|<median ns per Webhook.verify(payload, headers)>
//     and    VALUE|webhook_verify_node_noparse_ns|<the same with {jsonParse: false}>
// Webhook.verify parses the JSON it verified by default (and returns it); apic_webhook_verify
// does not parse, so the second figure is the library's closest equivalent of the C call.
"use strict";

const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

const vendorRequire = createRequire(path.resolve(__dirname, "../tests/servers/package.json"));
const { Webhook } = vendorRequire("standardwebhooks");

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

function median(values) {
    const v = [...values].sort((a, b) => a - b);
    const m = Math.floor(v.length / 2);
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

function main() {
    const [file, iterArg, runsArg] = process.argv.slice(2);
    if (!file) {
        console.error("usage: node_webhooks.js PAYLOAD [ITERATIONS [RUNS]]");
        process.exit(2);
    }
    const iterations = Number(iterArg || 50000);
    const runs = Number(runsArg || 7);
    const payload = fs.readFileSync(file, "utf8");
    const wh = new Webhook(SECRET);
    const id = "msg_2Vd3wQ7pK1bench";
    const now = new Date();
    // As a server hands them over (Node lowercases the names): a few more than the library reads.
    const headers = {
        host: "hooks.example.com", "content-type": "application/json", "content-length": "1024",
        "webhook-id": id, "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
        "webhook-signature": wh.sign(id, now, payload), "user-agent": "Svix-Webhooks/1.0",
    };
    const figures = [["webhook_verify_node_ns", undefined], ["webhook_verify_node_noparse_ns", { jsonParse: false }]];
    let sink = 0;
    for (const [name, options] of figures) {
        const verify = () => {
            const r = wh.verify(payload, headers, options);
            sink += r === undefined ? 1 : 2;
        };
        for (let i = 0; i < iterations / 2; i++) verify(); // warm-up: let the JIT settle
        const ns = [];
        for (let r = 0; r < runs; r++) {
            const t0 = process.hrtime.bigint();
            for (let i = 0; i < iterations; i++) verify();
            ns.push(Number(process.hrtime.bigint() - t0) / iterations);
        }
        console.log(`VALUE|${name}|${median(ns).toFixed(1)}`);
    }
    if (sink === 0) console.error("node_webhooks: nothing verified");
}

main();
