// The vendor's stack for the same work as bench/pusher_trigger.c: the `pusher` npm library (pinned
// in tests/servers/package-lock.json) triggering the same event (one channel, the same 200-byte
// data string, socket_id) with a client made once, after a warm-up, on the same Node the tests use.
// Nothing is sent: the library's HTTP layer (node-fetch, which lib/requests.js takes once when it
// loads) is replaced by a function that returns a resolved 200 response at once.
//
//   node bench/node_pusher.js [ITERATIONS [RUNS]]
//     prints VALUE|pusher_trigger_node_ns|<median ns per pusher.trigger(...)>: validation, the body
//            (lib/events.js), JSON.stringify, createSignedQueryString (body_md5, HMAC-SHA256), the
//            headers and the stubbed fetch, its promise settled (each run ends when the event loop
//            has run every pending reaction, inside the timing)
//     and    VALUE|pusher_sign_node_ns|<the same for JSON.stringify of the body + createSignedQueryString>
"use strict";

const path = require("path");
const { createRequire } = require("module");

const vendorRequire = createRequire(path.resolve(__dirname, "../tests/servers/package.json"));
const libRequire = createRequire(vendorRequire.resolve("pusher"));
let sent = 0;
const response = { status: 200, text: async () => "{}", json: async () => ({}) };
libRequire("node-fetch").default = () => {
    sent++;
    return Promise.resolve(response);
};
const Pusher = libRequire("./pusher");
const requests = libRequire("./requests");

const KEY = "278d425bdf160c739803";
const SECRET = "7ad3773142a6692b25b8";
const DATA = "{\"order_id\":\"ord_5001\",\"status\":\"paid\",\"total\":{\"amount\":495000,\"currency\":\"KES\"}," +
             "\"customer\":{\"id\":\"cus_1001\",\"name\":\"Wanjiru Kamau\"},\"items\":3,\"note\":\"Deliver after 5 pm\"," +
             "\"at\":\"2026-04-12T06:50:20Z\"}";

function median(values) {
    const v = [...values].sort((a, b) => a - b);
    const m = Math.floor(v.length / 2);
    return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

async function main() {
    const iterations = Number(process.argv[2] || 50000);
    const runs = Number(process.argv[3] || 7);
    if (DATA.length !== 200) throw new Error(`the data is ${DATA.length} bytes, not 200`);
    const pusher = new Pusher({ appId: "3", key: KEY, secret: SECRET, host: "127.0.0.1", port: 6001 });
    const params = { socket_id: "123.456" };
    let failures = 0;
    const fail = () => failures++;

    const trigger = () => pusher.trigger("orders", "order.paid", DATA, params).catch(fail);
    // What trigger() does before the request, in the library's own terms (lib/events.js, lib/requests.js).
    let qlen = 0;
    const sign = () => {
        const body = JSON.stringify({ name: "order.paid", data: DATA, channels: ["orders"], ...params });
        qlen += requests.createSignedQueryString(pusher.config.token, { method: "POST", path: "/apps/3/events", body }).length;
    };
    const figures = [["pusher_trigger_node_ns", trigger, true], ["pusher_sign_node_ns", sign, false]];
    for (const [name, fn, async] of figures) {
        for (let i = 0; i < iterations / 2; i++) fn(); // warm-up: let the JIT settle
        await settle();
        const ns = [];
        for (let r = 0; r < runs; r++) {
            const t0 = process.hrtime.bigint();
            for (let i = 0; i < iterations; i++) fn();
            if (async) await settle();
            ns.push(Number(process.hrtime.bigint() - t0) / iterations);
        }
        console.log(`VALUE|${name}|${median(ns).toFixed(1)}`);
    }
    const expected = Math.ceil(iterations / 2) + runs * iterations; // warm-up and timed triggers
    if (failures !== 0 || sent !== expected || qlen === 0) {
        console.error(`node_pusher: ${failures} triggers failed, ${sent} sent (expected ${expected})`);
        process.exit(1);
    }
}

main().catch((e) => {
    console.error(`node_pusher.js: ${e.stack || e}`);
    process.exit(1);
});
