#!/usr/bin/env node
// The senders' own libraries, pinned in tests/servers/package-lock.json, on both sides of the C
// webhook verifier (runtime/include/apic/webhook.h):
//
//   node tests/webhooks/vendors.js make FILE    writes webhooks signed by standardwebhooks, svix,
//                                               pusher and Schematic's SDK, each with the status the
//                                               C verifier must give (OK or the reason it refuses)
//   node tests/webhooks/vendors.js check FILE   verifies, with those libraries, the webhooks a C
//                                               program signed (tests/webhooks/test_vendor_webhooks.c)
//
// A case: {name, library, scheme, secrets: [{key_id, secret}], headers: [[name, value], ...], body,
// now_ms, expect}. `make` cases expect a status name (OK, WEBHOOK_SIGNATURE, ...) and are judged at
// now_ms, and by the system clock too unless exact_time is set. `check` cases expect "accept" or
// "refuse" (with standardwebhooks and svix: the error message must contain `reason`). Timestamps
// are the current time, secrets are fixed, nothing leaves the machine.
"use strict";

const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");
const { pathToFileURL } = require("url");

const servers = path.resolve(__dirname, "../servers");
const vendorRequire = createRequire(path.join(servers, "package.json"));

// Fixed secrets. Standard Webhooks and Svix: `whsec_` + base64 of the key.
const STD_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"; // the specification's
const STD_OTHER = "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const SVIX_SECRET = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD";
const SVIX_OLD = "whsec_dGhlLW9sZC1zdml4LXNlY3JldC1rZXk=";
const PUSHER_APP = { appId: "3", key: "278d425bdf160c739803", secret: "7ad3773142a6692b25b8" };
const PUSHER_OTHER = { appId: "4", key: "9f1c0a5be7d2846a31c0", secret: "c3d1b0a6f49e27d85b11" };
const SCHEMATIC_SECRET = "sch_whsec_3b2f6c1e9a8d4f70";
const SCHEMATIC_UNICODE = "sécret-ü-日本"; // the SDK keys the HMAC with the secret's UTF-8 bytes

// --- the libraries, at the versions package.json pins --------------------------------------------

async function load() {
    const pinned = JSON.parse(fs.readFileSync(path.join(servers, "package.json"), "utf8")).dependencies;
    const version = (name) => {
        const file = path.join(servers, "node_modules", name, "package.json");
        const v = JSON.parse(fs.readFileSync(file, "utf8")).version;
        if (v !== pinned[name]) throw new Error(`${name} ${v} is installed, package.json pins ${pinned[name]}: run make deps`);
        return v;
    };
    const libs = {
        versions: {},
        standardwebhooks: vendorRequire("standardwebhooks"),
        // svix 2.x is an ES module only.
        svix: await import(pathToFileURL(vendorRequire.resolve("svix")).href),
        Pusher: vendorRequire("pusher"),
        schematic: vendorRequire("@schematichq/schematic-typescript-node"),
    };
    for (const name of ["standardwebhooks", "svix", "pusher", "@schematichq/schematic-typescript-node"]) {
        libs.versions[name] = version(name);
    }
    return libs;
}

function pusherClient(libs, app) {
    // host: never used (nothing is sent), set so no default points anywhere.
    return new libs.Pusher({ appId: app.appId, key: app.key, secret: app.secret, host: "127.0.0.1", port: 9 });
}

// --- bodies ----------------------------------------------------------------------------------------

// A 1 KB-ish event, the size the benchmark uses too.
function eventBody(type, nowMs) {
    const body = {
        type,
        timestamp: new Date(nowMs).toISOString(),
        data: {
            id: "inv_1001",
            customer: { id: "cus_1001", email: "wanjiru@example.com", name: "Wanjiru Kamau" },
            lines: [],
        },
    };
    for (let i = 0; JSON.stringify(body).length < 1000; i++) {
        body.data.lines.push({ sku: `SKU-${1000 + i}`, quantity: i + 1, unit_amount: 150000 + i });
    }
    return JSON.stringify(body);
}

const UNICODE_BODY = JSON.stringify({
    type: "contact.updated",
    data: { name: "Nyokabi Wa Kĩmani", city: "Zürich", note: "café ☕, 日本語, emoji 🦒", quote: "\"quoted\"\n" },
});

// One byte in the middle changed: a lowercase letter becomes the next one, so the body stays the
// same JSON shape and a refusal is about the signature, not about a broken body.
function flipByte(body) {
    for (let k = Math.floor(body.length / 2); k < body.length; k++) {
        const c = body[k];
        if (c >= "a" && c <= "z") {
            const out = body.slice(0, k) + (c === "z" ? "y" : String.fromCharCode(c.charCodeAt(0) + 1)) + body.slice(k + 1);
            JSON.parse(out); // still JSON
            return out;
        }
    }
    throw new Error("flipByte: no letter to change");
}

// --- make: the vendors sign, C verifies ------------------------------------------------------------

function makeCases(libs) {
    const now = Date.now();
    const nowS = Math.floor(now / 1000);
    const cases = [];
    const add = (c) => cases.push({ now_ms: now, ...c });

    // Standard Webhooks and Svix: Webhook(secret).sign(msgId, Date, payload) -> "v1,<base64>".
    const standard = [
        ["standardwebhooks", (secret) => new libs.standardwebhooks.Webhook(secret), STD_SECRET, STD_OTHER],
        ["svix", (secret) => new libs.svix.Webhook(secret), SVIX_SECRET, SVIX_OLD],
    ];
    for (const [lib, make, secret, other] of standard) {
        const wh = make(secret);
        const sign = (id, tsS, body) => wh.sign(id, new Date(tsS * 1000), body);
        const headers = (id, tsS, sig, prefix = "webhook") => [
            [`${prefix}-id`, id],
            [`${prefix}-timestamp`, String(tsS)],
            [`${prefix}-signature`, sig],
        ];
        const std = (c) => add({ library: lib, scheme: "standard-webhooks", secrets: [{ secret }], ...c });
        const id = `msg_${lib}_2Vd3wQ7pK1`;
        const body = eventBody("invoice.paid", now);
        std({ name: "1 KB event, signed now", headers: headers(id, nowS, sign(id, nowS, body)), body, expect: "OK" });
        std({ name: "non-ASCII body (UTF-8)", headers: headers(id, nowS, sign(id, nowS, UNICODE_BODY)),
              body: UNICODE_BODY, expect: "OK" });
        std({ name: "secret without whsec_ prefix", secrets: [{ secret: secret.slice(6) }],
              headers: headers(id, nowS, sign(id, nowS, body)), body, expect: "OK" });
        // Rotation: the sender signs with the old and the new key; the receiver knows one of them.
        const both = `${make(other).sign(id, new Date(nowS * 1000), body)} ${sign(id, nowS, body)}`;
        std({ name: "two signatures (rotation), receiver knows the second", headers: headers(id, nowS, both), body,
              expect: "OK" });
        std({ name: "two signatures (rotation), receiver knows the first", secrets: [{ secret: other }],
              headers: headers(id, nowS, both), body, expect: "OK" });
        std({ name: "a v2 entry before the v1 signature",
              headers: headers(id, nowS, `v2,${sign(id, nowS, body).slice(3)} ${sign(id, nowS, body)}`), body,
              expect: "OK" });
        std({ name: "flipped body byte", headers: headers(id, nowS, sign(id, nowS, body)), body: flipByte(body),
              expect: "WEBHOOK_SIGNATURE" });
        std({ name: "wrong secret", secrets: [{ secret: other }], headers: headers(id, nowS, sign(id, nowS, body)), body,
              expect: "WEBHOOK_SIGNATURE" });
        std({ name: "another message id", headers: headers(`${id}x`, nowS, sign(id, nowS, body)), body,
              expect: "WEBHOOK_SIGNATURE" });
        std({ name: "timestamp header changed after signing", headers: headers(id, nowS + 1, sign(id, nowS, body)), body,
              expect: "WEBHOOK_SIGNATURE" });
        std({ name: "old timestamp (signed 6 minutes ago)", headers: headers(id, nowS - 360, sign(id, nowS - 360, body)),
              body, expect: "WEBHOOK_TIMESTAMP" });
        std({ name: "future timestamp (6 minutes ahead)", headers: headers(id, nowS + 360, sign(id, nowS + 360, body)),
              body, expect: "WEBHOOK_TIMESTAMP" });
        // The tolerance's edge, judged at the making time (the library floors now to seconds).
        std({ name: "299 s old: within the 5 minutes", headers: headers(id, nowS - 299, sign(id, nowS - 299, body)),
              body, expect: "OK", exact_time: true });
        std({ name: "301 s old: outside the 5 minutes", headers: headers(id, nowS - 301, sign(id, nowS - 301, body)),
              body, expect: "WEBHOOK_TIMESTAMP", exact_time: true });
        // Where the verifiers differ by design: the library accepts an empty body (verify returns
        // undefined); apic_webhook_verify refuses it (every sender posts a payload).
        std({ name: "empty body", headers: headers(id, nowS, sign(id, nowS, "")), body: "", expect: "WEBHOOK_MALFORMED",
              note: "the library accepts an empty body; C refuses it" });
        std({ name: "truncated signature", headers: headers(id, nowS, sign(id, nowS, body).slice(0, -4)), body,
              expect: "WEBHOOK_MALFORMED" });
        std({ name: "signature header missing", headers: headers(id, nowS, sign(id, nowS, body)).slice(0, 2), body,
              expect: "WEBHOOK_HEADER" });
        if (lib === "svix") {
            // Svix's service sends svix-id / svix-timestamp / svix-signature; the library reads both
            // spellings. APIC_WEBHOOK_STANDARD reads webhook-*; APIC_WEBHOOK_SVIX ("svix-headers")
            // reads the svix-* names.
            const svixHeaders = headers(id, nowS, sign(id, nowS, body), "svix");
            add({ library: lib, scheme: "svix-headers", secrets: [{ secret }], name: "svix-* header names, svix scheme",
                  headers: svixHeaders, body, expect: "OK" });
            std({ name: "svix-* header names under APIC_WEBHOOK_STANDARD", headers: svixHeaders, body,
                  expect: "WEBHOOK_HEADER" });
        }
    }

    // Pusher: the library's own token signs the raw body (hex HMAC-SHA256 with the app secret); it
    // is what pusher.webhook(...).isValid() checks. X-Pusher-Key names the app.
    const pusher = pusherClient(libs, PUSHER_APP);
    const other = pusherClient(libs, PUSHER_OTHER);
    const pusherBody = (timeMs, events) => JSON.stringify({ time_ms: timeMs, events });
    const occupied = [{ name: "channel_occupied", channel: "presence-room-7" }];
    const member = [{ name: "member_added", channel: "presence-room-7", user_id: "u-17" },
                    { name: "client_event", channel: "private-chat", event: "client-typing", data: "{\"who\":\"Amani\"}",
                      socket_id: "1234.5678", user_id: "u-17" }];
    const ph = (key, sig) => [["X-Pusher-Key", key], ["X-Pusher-Signature", sig], ["Content-Type", "application/json"]];
    const pcase = (c) => add({ library: "pusher", scheme: "pusher",
                               secrets: [{ key_id: PUSHER_APP.key, secret: PUSHER_APP.secret }], ...c });
    const b1 = pusherBody(now, occupied), b2 = pusherBody(now, member), old = pusherBody(now - 360000, occupied);
    const sign = (client, body) => client.config.token.sign(body);
    pcase({ name: "channel_occupied, time_ms now", headers: ph(PUSHER_APP.key, sign(pusher, b1)), body: b1, expect: "OK" });
    pcase({ name: "member_added and client_event", headers: ph(PUSHER_APP.key, sign(pusher, b2)), body: b2, expect: "OK" });
    pcase({ name: "two apps configured, the key picks the secret",
            secrets: [{ key_id: PUSHER_OTHER.key, secret: PUSHER_OTHER.secret },
                      { key_id: PUSHER_APP.key, secret: PUSHER_APP.secret }],
            headers: ph(PUSHER_APP.key, sign(pusher, b1)), body: b1, expect: "OK" });
    pcase({ name: "flipped body byte", headers: ph(PUSHER_APP.key, sign(pusher, b1)), body: flipByte(b1),
            expect: "WEBHOOK_SIGNATURE" });
    pcase({ name: "wrong secret", secrets: [{ key_id: PUSHER_APP.key, secret: PUSHER_OTHER.secret }],
            headers: ph(PUSHER_APP.key, sign(pusher, b1)), body: b1, expect: "WEBHOOK_SIGNATURE" });
    pcase({ name: "signed by another app, under this app's key", headers: ph(PUSHER_APP.key, sign(other, b1)), body: b1,
            expect: "WEBHOOK_SIGNATURE" });
    pcase({ name: "an app key the receiver does not know", headers: ph(PUSHER_OTHER.key, sign(other, b1)), body: b1,
            expect: "WEBHOOK_SIGNATURE" });
    pcase({ name: "old time_ms (6 minutes)", headers: ph(PUSHER_APP.key, sign(pusher, old)), body: old,
            expect: "WEBHOOK_TIMESTAMP" });
    const noTime = JSON.stringify({ events: occupied });
    pcase({ name: "no time_ms in the body (signed)", headers: ph(PUSHER_APP.key, sign(pusher, noTime)), body: noTime,
            expect: "WEBHOOK_MALFORMED" });
    pcase({ name: "signature header missing", headers: ph(PUSHER_APP.key, sign(pusher, b1)).filter((h) => h[0] !== "X-Pusher-Signature"),
            body: b1, expect: "WEBHOOK_HEADER" });

    // Schematic: computeHexSignature(body, timestamp, secret) = hex HMAC over `body + "+" + timestamp`.
    const sch = libs.schematic;
    const sh = (sig, ts) => [[sch.WEBHOOK_SIGNATURE_HEADER, sig], [sch.WEBHOOK_TIMESTAMP_HEADER, String(ts)]];
    const scase = (c) => add({ library: "schematic", scheme: "schematic", secrets: [{ secret: SCHEMATIC_SECRET }], ...c });
    const sbody = JSON.stringify({ action: "company.updated", data: { id: "comp_1001", name: "Duka La Mama" },
                                   environment_id: "env_7", timestamp: new Date(now).toISOString() });
    const ssig = (body, ts, secret = SCHEMATIC_SECRET) => sch.computeHexSignature(body, String(ts), secret);
    scase({ name: "company.updated, signed now", headers: sh(ssig(sbody, nowS), nowS), body: sbody, expect: "OK" });
    scase({ name: "non-ASCII secret and body", secrets: [{ secret: SCHEMATIC_UNICODE }],
            headers: sh(ssig(UNICODE_BODY, nowS, SCHEMATIC_UNICODE), nowS), body: UNICODE_BODY, expect: "OK" });
    scase({ name: "lowercase header names", headers: sh(ssig(sbody, nowS), nowS).map(([n, v]) => [n.toLowerCase(), v]),
            body: sbody, expect: "OK" });
    scase({ name: "flipped body byte", headers: sh(ssig(sbody, nowS), nowS), body: flipByte(sbody),
            expect: "WEBHOOK_SIGNATURE" });
    scase({ name: "wrong secret", secrets: [{ secret: "another-secret" }], headers: sh(ssig(sbody, nowS), nowS),
            body: sbody, expect: "WEBHOOK_SIGNATURE" });
    scase({ name: "timestamp header changed after signing", headers: sh(ssig(sbody, nowS), nowS - 1), body: sbody,
            expect: "WEBHOOK_SIGNATURE" });
    scase({ name: "old timestamp (signed 6 minutes ago)", headers: sh(ssig(sbody, nowS - 360), nowS - 360),
            body: sbody, expect: "WEBHOOK_TIMESTAMP" });
    scase({ name: "timestamp header missing", headers: sh(ssig(sbody, nowS), nowS).slice(0, 1), body: sbody,
            expect: "WEBHOOK_HEADER" });
    return cases;
}

// --- check: C signs, the vendors verify -----------------------------------------------------------

// Headers as a Node HTTP server hands them over: lowercase names.
function headerObject(list) {
    const h = {};
    for (const [name, value] of list) h[name.toLowerCase()] = value;
    return h;
}

// Returns {accepted, reason} for one C-signed case, by the library it names.
function verifyWith(libs, c) {
    const body = Buffer.from(c.body, "utf8"); // the raw body, as received
    const headers = headerObject(c.headers);
    const secret = c.secrets[0].secret;
    switch (c.library) {
    case "standardwebhooks":
    case "svix": {
        const Webhook = c.library === "svix" ? libs.svix.Webhook : libs.standardwebhooks.Webhook;
        try {
            new Webhook(secret).verify(c.library === "svix" ? body : c.body, headers);
            return { accepted: true };
        } catch (e) {
            if (e.name !== "WebhookVerificationError") throw e;
            return { accepted: false, reason: e.message };
        }
    }
    case "pusher": {
        const [first, ...extra] = c.secrets;
        const client = pusherClient(libs, { appId: "3", key: first.key_id, secret: first.secret });
        const tokens = extra.map((s) => ({ key: s.key_id, secret: s.secret }));
        const webhook = client.webhook({ headers, rawBody: c.body });
        // isValid() says no reason: a body that is not JSON (or not application/json) is told apart.
        return { accepted: webhook.isValid(tokens), reason: webhook.isBodyValid() ? "signature or key" : "not a JSON body" };
    }
    case "schematic": {
        // Both of the SDK's entry points must agree.
        const sch = libs.schematic;
        const outcome = (f) => {
            try {
                f();
                return { accepted: true };
            } catch (e) {
                if (!(e instanceof sch.WebhookSignatureError)) throw e;
                return { accepted: false, reason: e.message };
            }
        };
        const a = outcome(() => sch.verifySignature(body, headers["x-schematic-webhook-signature"],
                                                    headers["x-schematic-webhook-timestamp"], secret));
        const b = outcome(() => sch.verifyWebhookSignature({ headers, rawBody: body }, secret));
        if (a.accepted !== b.accepted) throw new Error(`${c.name}: verifySignature and verifyWebhookSignature disagree`);
        return a;
    }
    default:
        throw new Error(`unknown library ${c.library}`);
    }
}

function checkCases(libs, cases) {
    const counts = {};
    let bad = 0;
    for (const c of cases) {
        const n = (counts[c.library] ??= { cases: 0, accepted: 0, refused: 0 });
        let got;
        try {
            got = verifyWith(libs, c);
        } catch (e) {
            got = { accepted: false, reason: `threw ${e.name}: ${e.message}` };
            bad++;
            console.error(`!! ${c.library}: ${c.name}: ${got.reason}`);
            continue;
        }
        n.cases++;
        n[got.accepted ? "accepted" : "refused"]++;
        const want = c.expect === "accept";
        const reasonOk = got.accepted || !c.reason || (got.reason || "").includes(c.reason);
        if (got.accepted !== want || !reasonOk) {
            bad++;
            console.error(`!! ${c.library}: ${c.name}: expected ${c.expect}${c.reason ? ` (${c.reason})` : ""}, the library ` +
                          `${got.accepted ? "accepted" : `refused${got.reason ? ` (${got.reason})` : ""}`}`);
        }
    }
    return { counts, bad };
}

async function main() {
    const [mode, file] = process.argv.slice(2);
    if (!["make", "check"].includes(mode) || !file) {
        console.error("usage: vendors.js make FILE | check FILE");
        process.exit(2);
    }
    const libs = await load();
    if (mode === "make") {
        const cases = makeCases(libs);
        // One case a line: easy to read, to grep and to compare.
        fs.writeFileSync(file, `{"made_by": ${JSON.stringify(libs.versions)},\n "cases": [\n  ` +
                               `${cases.map((c) => JSON.stringify(c)).join(",\n  ")}\n]}\n`);
        const per = {};
        for (const c of cases) per[c.library] = (per[c.library] || 0) + 1;
        console.log(`vendors: ${cases.length} webhooks signed by the libraries (${Object.entries(per)
            .map(([k, v]) => `${k} ${v}`).join(", ")}) -> ${file}`);
        return;
    }
    const { cases } = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!Array.isArray(cases) || cases.length === 0) throw new Error(`${file}: no cases`);
    const { counts, bad } = checkCases(libs, cases);
    const line = Object.entries(counts).map(([k, n]) => `${k} ${n.cases} (${n.accepted} accepted, ${n.refused} refused)`);
    console.log(`vendors: C-signed webhooks checked by the libraries: ${line.join(", ")}; ${bad} mismatch${bad === 1 ? "" : "es"}`);
    for (const lib of ["standardwebhooks", "svix", "pusher", "schematic"]) {
        if (!counts[lib] || counts[lib].cases === 0) {
            console.error(`!! no C-signed case for ${lib}`);
            process.exitCode = 1;
        }
    }
    if (bad > 0) process.exitCode = 1;
}

main().catch((e) => {
    console.error(`vendors.js: ${e.stack || e}`);
    process.exit(1);
});
