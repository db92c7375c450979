#!/usr/bin/env node
// The vendor's own library, npm `pusher` 5.3.4 (pinned in tests/servers/package-lock.json), on
// both sides of the C runtime's Pusher protocol (runtime/include/apic/pusher.h, apic/sign.h) and
// the Sockudo SDK built on it (generated/sockudo):
//
//   node tests/pusher/vendor.js make FILE    the library signs requests, answers channel and user
//                                            authentication and encrypts events; each case says
//                                            what C must give (tests/pusher/test_pusher_vendor.c)
//   node tests/pusher/vendor.js check FILE   the library judges what the C program made: its signed
//                                            query strings, the requests the SDK put on the wire,
//                                            its authentication answers and its encrypted events
//
// Nothing leaves the machine: the library's HTTP layer (node-fetch, which lib/requests.js takes
// once when it loads) is replaced by a stub that records the URL, method and body the library
// would request; Date.now is fixed around each call, so lib/requests.js createSignedQueryString
// (the library's own signing, which send() uses) signs at a chosen auth_timestamp. The key, secret
// and master key are the vectors of PROTOCOLS.md.
//
// Case kinds (one JSON object each; `expect` maps a check to its outcome, a check absent = "match"):
//   request       {op, method, path, params: [[name, value]], body|null, timestamp, query, url, inputs}
//                 make: the library's signed query string (query) and URL; C signs the same request
//                 with apic_pusher_sign_query() and apic_pusher_signed_uri(), and makes the same call
//                 through the SDK (inputs) to compare the body and parameters it sends.
//                 check (from C): {op, method, url, body, inputs}; the library signs C's request
//                 at C's auth_timestamp and must give C's parameters and auth_signature; for
//                 trigger and batch the library's body for the same inputs must equal C's.
//   sign          check only: C's apic_pusher_sign_query() output for {method, path, params, body,
//                 timestamp}; the library's createSignedQueryString must print the same string.
//   authorize     {socket_id, channel, channel_data (JSON text)|null, answer}
//   authenticate  {socket_id, user_data (JSON text), answer}
//                 the answers compared as parsed JSON, and their auth strings byte for byte.
//   decrypt       make: a payload the library encrypted ({nonce, ciphertext}) and the plaintext
//                 C must get from apic_pusher_decrypt().
//   encrypted     check: a payload C encrypted (apic_pusher_encrypt(), or the data of an event the
//                 SDK sent to a private-encrypted- channel) and the data C was given; the library's
//                 key derivation (Pusher.channelSharedSecret) and tweetnacl's secretbox must open it.
//
// Outcomes: "match"; "mismatch" (a deliberately wrong case: the check must see the difference);
// "differs" and "c_refuses" (known differences between the library and the runtime, each with a
// note: C gives another string, or refuses what the library signs); "refused" (both refuse);
// "opens" / "fails" (decryption).
"use strict";

const fs = require("fs");
const path = require("path");
const util_ = require("util");
const { createRequire } = require("module");

const servers = path.resolve(__dirname, "../servers");
const vendorRequire = createRequire(path.join(servers, "package.json"));
const libRequire = createRequire(vendorRequire.resolve("pusher")); // from node_modules/pusher/lib/pusher.js

const PINNED = JSON.parse(fs.readFileSync(path.join(servers, "package.json"), "utf8")).dependencies.pusher;
const INSTALLED = JSON.parse(fs.readFileSync(path.join(path.dirname(vendorRequire.resolve("pusher")), "..",
                                                       "package.json"), "utf8")).version;

// --- the library, its HTTP layer stubbed --------------------------------------------------------

// Requests the library would send: {url, method, body, headers}. lib/requests.js reads
// require("node-fetch").default once, when it loads: replaced before the library is required.
const sent = [];
const nodeFetch = libRequire("node-fetch");
nodeFetch.default = (url, options) => {
    sent.push({ url, method: options.method, body: options.body, headers: options.headers });
    return Promise.resolve({ status: 200, text: async () => "{}", json: async () => ({}) });
};
const Pusher = libRequire("./pusher");
const requests = libRequire("./requests"); // createSignedQueryString
const util = libRequire("./util"); // toOrderedArray, getMD5: how the library sorts and hashes
const nacl = libRequire("tweetnacl");
const naclUtil = libRequire("tweetnacl-util");
if (Pusher !== vendorRequire("pusher")) throw new Error("two copies of the pusher library");

const APP = {
    appId: "3",
    key: "278d425bdf160c739803",
    secret: "7ad3773142a6692b25b8",
    master: "OHRXNUZRTG5pUTFzQlFGd3J3N3Q2VFZFc0paZDEweVk=",
};
const OTHER_SECRET = "c3d1b0a6f49e27d85b11";
// host: never contacted (the stub answers), set so no default points anywhere.
const pusher = new Pusher({ appId: APP.appId, key: APP.key, secret: APP.secret, host: "127.0.0.1", port: 9,
                            encryptionMasterKeyBase64: APP.master });
const other = new Pusher({ appId: APP.appId, key: APP.key, secret: OTHER_SECRET, host: "127.0.0.1", port: 9 });
const BASE = pusher.config.getBaseURL(); // http://127.0.0.1:9
const RESERVED = new Set(["auth_key", "auth_timestamp", "auth_version", "auth_signature", "body_md5"]);

// Runs fn with the library's clock at ts seconds (and 999 ms: the library floors to seconds).
function at(ts, fn) {
    const real = Date.now;
    Date.now = () => ts * 1000 + 999;
    try {
        return fn();
    } finally {
        Date.now = real;
    }
}

// The one request fn makes the library send (the stub is called synchronously by send()).
function capture(fn) {
    sent.length = 0;
    const promise = fn();
    if (promise && promise.catch) promise.catch(() => {});
    if (sent.length !== 1) throw new Error(`expected one request, the library made ${sent.length}`);
    return sent[0];
}

// The library's signed query string for a request, with its own function, at ts.
function signedQuery(client, ts, method, p, params, body) {
    return at(ts, () => requests.createSignedQueryString(client.config.token, { method, path: p, params, body }));
}

function splitSignature(query) {
    const i = query.lastIndexOf("&auth_signature=");
    return { signed: query.slice(0, i), signature: query.slice(i + "&auth_signature=".length) };
}

function isEncrypted(channel) {
    return util.isEncryptedChannel(channel);
}

// What the library is given for a data text C is given: on an encrypted channel the library
// JSON.stringify's whatever it gets (lib/events.js encrypt()), so for the same plaintext it must be
// given the parsed value of C's text; elsewhere it sends a string as it is. undefined: no input
// makes the library encrypt exactly these bytes (C's text is not JSON in JSON.stringify's form).
function libraryData(channel, text) {
    if (!isEncrypted(channel)) return text;
    try {
        const v = JSON.parse(text);
        return JSON.stringify(v) === text ? v : undefined;
    } catch (e) {
        return undefined;
    }
}

// The library's body for an op's inputs (trigger, user, batch), through its own trigger code.
function libraryBody(op, inputs, ts = 1353088179) {
    if (op === "user") {
        return at(ts, () => capture(() => pusher.sendToUser(inputs.user_id, inputs.event, inputs.data))).body;
    }
    if (op === "trigger") {
        const data = libraryData(inputs.channels[0], inputs.data);
        if (data === undefined) return undefined;
        const params = {};
        if (inputs.socket_id != null) params.socket_id = inputs.socket_id;
        if (inputs.info != null) params.info = inputs.info;
        const channels = inputs.channels.length === 1 ? inputs.channels[0] : inputs.channels;
        return at(ts, () => capture(() => pusher.trigger(channels, inputs.event, data, params))).body;
    }
    const batch = [];
    for (const e of inputs.events) {
        const data = libraryData(e.channel, e.data);
        if (data === undefined) return undefined;
        const ev = { name: e.name, channel: e.channel, data };
        if (e.socket_id != null) ev.socket_id = e.socket_id;
        if (e.info != null) ev.info = e.info;
        batch.push(ev);
    }
    return at(ts, () => capture(() => pusher.triggerBatch(batch))).body;
}

// --- encryption: the library's key derivation and tweetnacl ------------------------------------

// Opens {nonce, ciphertext} (JSON text) for channel with the library's key; a Buffer, or null.
function open(channel, payload, key = pusher.channelSharedSecret(channel)) {
    let p;
    try {
        p = JSON.parse(payload);
    } catch (e) {
        return null;
    }
    if (typeof p.nonce !== "string" || typeof p.ciphertext !== "string") return null;
    const bytes = nacl.secretbox.open(naclUtil.decodeBase64(p.ciphertext), naclUtil.decodeBase64(p.nonce), key);
    return bytes === null ? null : Buffer.from(bytes);
}

// What pusher-js hands a subscriber for an event's data (encrypted_channel.ts decryptPayload, and
// the protocol's decoding of plain events): JSON.parse of the text when it parses, else the text.
function subscriberSees(text) {
    try {
        return JSON.parse(text);
    } catch (e) {
        return text;
    }
}

// A body with the parts that cannot be equal taken out: C's idempotency keys (the library sends
// none) and, for encrypted channels, the data replaced by its plaintext (random nonces).
function normalizeBody(text, dropKey) {
    const body = JSON.parse(text);
    const fix = (e, channel) => {
        if (dropKey) delete e.idempotency_key;
        if (isEncrypted(channel)) {
            const plain = open(channel, e.data);
            e.data = plain === null ? { not_opened: e.data } : { plaintext: plain.toString("utf8") };
        }
    };
    if (Array.isArray(body.batch)) for (const e of body.batch) fix(e, e.channel);
    else fix(body, body.channels[0]);
    return body;
}

// --- make: the library's cases, for C to check --------------------------------------------------

// A vector of the library's: the PROTOCOLS.md trigger, reproduced by the library itself first.
const VECTOR_BODY = "{\"name\":\"foo\",\"channels\":[\"project-3\"],\"data\":\"{\\\"some\\\":\\\"data\\\"}\"}";
const VECTOR_SIG = "da454824c97ba181a32ccc17a72625ba02771f50b50e1e7430e47a1f3f457e6c";

function makeCases() {
    const cases = [];
    const add = (c) => cases.push({ expect: {}, ...c });
    const ts0 = 1353088179;
    const now = Math.floor(Date.now() / 1000);

    const vq = signedQuery(pusher, ts0, "POST", "/apps/3/events", undefined, VECTOR_BODY);
    if (splitSignature(vq).signature !== VECTOR_SIG) throw new Error(`the library does not give the vector: ${vq}`);

    // A request made by the library's own functions, the URL it would request captured.
    const request = (name, op, ts, call, inputs, p, params, extra = {}) => {
        const req = at(ts, () => capture(call));
        const q = req.url.indexOf("?");
        const reqPath = req.url.slice(BASE.length, q);
        const query = req.url.slice(q + 1);
        if (reqPath !== p) throw new Error(`${name}: the library requested ${reqPath}, expected ${p}`);
        // send() signs with createSignedQueryString: the URL's query is exactly its output.
        const direct = signedQuery(pusher, ts, req.method, p, Object.fromEntries(params), req.body);
        if (direct !== query) throw new Error(`${name}: the URL's query is not createSignedQueryString's`);
        add({ kind: "request", name, op, method: req.method, path: p, params, body: req.body ?? null, timestamp: ts,
              query, url: req.url, inputs, ...extra });
    };
    // The data text C is given for the library's data: what the library sends (a string as it is,
    // anything else JSON.stringify'd), or on an encrypted channel what it encrypts (always
    // JSON.stringify'd: a string is quoted).
    const cText = (channel, data) =>
        typeof data === "string" && !isEncrypted(channel) ? data : JSON.stringify(data);
    const trigger = (name, ts, channels, event, data, params) => {
        const list = [].concat(channels);
        const inputs = { channels: list, event, data: cText(list[0], data) };
        if (params && params.socket_id) inputs.socket_id = params.socket_id;
        if (params && params.info) inputs.info = params.info;
        request(name, "trigger", ts, () => pusher.trigger(channels, event, data, params), inputs, "/apps/3/events", []);
    };

    // trigger (POST /apps/3/events): the body as the library builds it, signed.
    trigger("trigger: the PROTOCOLS.md event", ts0, "project-3", "foo", "{\"some\":\"data\"}");
    trigger("trigger: one channel, socket_id and info", now, "orders", "order.created",
            { id: "ord_1001", total: 450000, currency: "KES" }, { socket_id: "123.456", info: "subscription_count" });
    trigger("trigger: three channels, every allowed character in a name, non-ASCII data", now,
            ["news", "presence-room-7", "a_b-c=d@e,f.g;h"], "breaking-news",
            { headline: "Zürich: café ☕ 日本語 🦒", quote: "\"quoted\"\n</script>", amp: "a&b=c d+e%20" },
            { socket_id: "99.1", info: "user_count,subscription_count" });
    trigger("trigger: data a plain string", now + 7, ["chat"], "message", "jambo, habari?");
    trigger("trigger: an encrypted channel (data JSON.stringify'd by the library)", now, "private-encrypted-orders",
            "order.paid", { id: "ord_7", amount: 4500, note: "café" }, { socket_id: "1.2" });
    trigger("trigger: an encrypted channel, data a string (the library quotes it)", now,
            "private-encrypted-orders", "note", "hello");

    // batch (POST /apps/3/batch_events).
    const batch = (name, ts, events) => {
        const inputs = { events: events.map((e) => ({ ...e, data: cText(e.channel, e.data) })) };
        const copy = events.map((e) => ({ ...e })); // triggerBatch rewrites data in place
        request(name, "batch", ts, () => pusher.triggerBatch(copy), inputs, "/apps/3/batch_events", []);
    };
    batch("batch: two events, one with socket_id and info", now, [
        { name: "order.created", channel: "orders", data: { id: "ord_1", lines: [1, 2, 3] } },
        { name: "stock.low", channel: "presence-warehouse-2", data: "SKU-1001 ≤ 5", socket_id: "5.6", info: "user_count" },
    ]);
    batch("batch: an encrypted event among plain ones", now, [
        { name: "a", channel: "private-x", data: "plain" },
        { name: "b", channel: "private-encrypted-ledger", data: { debit: 100, credit: 0, memo: "März" } },
        { name: "c", channel: "public-1", data: "" },
    ]);

    // channel list (GET /apps/3/channels), channel info (GET /apps/3/channels/NAME), users.
    const get = (name, ts, op, p, params, inputs, extra) =>
        request(name, op, ts, () => pusher.get({ path: p, params: Object.fromEntries(params) }), inputs, `/apps/3${p}`,
                params, extra);
    get("channels: filter_by_prefix and info", ts0, "channels", "/channels",
        [["filter_by_prefix", "presence-"], ["info", "user_count"]], { filter_by_prefix: "presence-", info: "user_count" });
    get("channels: values needing percent-encoding (comma, @, space, &, =, +, %, non-ASCII)", now, "channels", "/channels",
        [["filter_by_prefix", "presence-a@b c&d=e+f%g-é"], ["info", "user_count,subscription_count"]],
        { filter_by_prefix: "presence-a@b c&d=e+f%g-é", info: "user_count,subscription_count" });
    get("channels: no parameters", now, "channels", "/channels", [], {});
    get("channel: info", now, "channel", "/channels/presence-room-7", [["info", "user_count,subscription_count,cache"]],
        { channel_name: "presence-room-7", info: "user_count,subscription_count,cache" });
    get("channel: a name with @ , ; = (percent-encoded in C's path)", now, "channel", "/channels/private-a@b,c;d=e",
        [["info", "subscription_count"]], { channel_name: "private-a@b,c;d=e", info: "subscription_count" },
        { note: "the library requests and signs the path as written; the SDK percent-encodes @ , ; = in it and signs " +
                "what it sends (both valid for a server that checks the path it received)" });
    get("users: presence-x", ts0, "users", "/channels/presence-x/users", [], { channel_name: "presence-x" });
    get("users: presence-room-7", now, "users", "/channels/presence-room-7/users", [], { channel_name: "presence-room-7" });

    // Signing alone (no SDK call): deliberately wrong and known differences.
    const alone = (name, method, p, params, body, expect, note, client = pusher, ts = now) => {
        let query = null;
        try {
            query = signedQuery(client, ts, method, p, Object.fromEntries(params), body ?? undefined);
        } catch (e) {
            query = null; // the library refused (reserved names)
        }
        add({ kind: "request", name, method, path: p, params, body: body ?? null, timestamp: ts, query, expect, note });
    };
    alone("WRONG on purpose: signed with another secret", "GET", "/apps/3/channels", [["info", "user_count"]], null,
          { sign_query: "mismatch", signed_uri: "mismatch" }, "C must see a different signature", other);
    alone("WRONG on purpose: another body signed", "POST", "/apps/3/events", [],
          VECTOR_BODY.replace("foo", "fop"), { sign_query: "mismatch", signed_uri: "mismatch" },
          "C signs VECTOR_BODY with this case's query: body_md5 and the signature differ");
    cases[cases.length - 1].c_body = VECTOR_BODY; // C signs this body instead of the library's
    alone("known difference: an upper-case parameter name", "GET", "/apps/3/channels", [["Info", "user_count"]], null,
          { sign_query: "differs", signed_uri: "differs" },
          "the library signs names as given (Info=..., sorted before auth_key); the runtime lower-cases them " +
          "(info=..., sorted after auth_version), as PROTOCOLS.md says");
    alone("a lower-case method", "get", "/apps/3/channels", [["info", "user_count"]], null, {},
          "both sign the method upper-cased");
    alone("both refuse: a reserved name (auth_key) as a parameter", "GET", "/apps/3/channels", [["auth_key", "x"]], null,
          { sign_query: "refused", signed_uri: "refused" }, "the library throws; C: APIC_E_VALIDATION");
    alone("known difference: a reserved name in upper case (AUTH_KEY)", "GET", "/apps/3/channels",
          [["AUTH_KEY", "x"]], null, { sign_query: "c_refuses", signed_uri: "c_refuses" },
          "the library checks reserved names case-sensitively and signs AUTH_KEY=x; the runtime lower-cases, " +
          "sees auth_key and refuses (APIC_E_VALIDATION)");

    // authorizeChannel and authenticateUser: the library's answers (JSON.stringify of its objects).
    const authorize = (name, socket, channel, data, expect = {}, note) => {
        const answer = pusher.authorizeChannel(socket, channel, data);
        add({ kind: "authorize", name, socket_id: socket, channel, channel_data: data === undefined ? null : JSON.stringify(data),
              answer: JSON.stringify(answer), expect, note });
        return answer;
    };
    const v = authorize("private: the PROTOCOLS.md vector", "1234.1234", "private-foobar");
    if (v.auth !== `${APP.key}:58df8b0c36d6982b82c3ecf6b4662e34fe8c25bba48f5369f135bf843651c3a4`) {
        throw new Error(`the library does not give the channel auth vector: ${v.auth}`);
    }
    authorize("private: channel_data given", "1234.5678", "private-orders-17", { note: "kept" });
    authorize("presence: user_id and user_info, non-ASCII", "123.456", "presence-room-7",
              { user_id: "u-17", user_info: { name: "Wanjiru Kamau", city: "Zürich", emoji: "🦒", quote: "\"q\" </x>" } });
    authorize("presence: a numeric user_id", "8.9", "presence-a@b,c;d=e", { user_id: 42 });
    const enc = authorize("encrypted: shared_secret (the PROTOCOLS.md vector)", "123.456", "private-encrypted-channel");
    if (enc.shared_secret !== "VmIsNZtCSteh8kazd2toc+ofhohBtUouQRSDtRvuyVI=") {
        throw new Error(`the library does not give the shared secret vector: ${enc.shared_secret}`);
    }
    authorize("encrypted: another channel", "77.1", "private-encrypted-ledger");
    authorize("known difference: presence without channel_data", "1.2", "presence-room-7", undefined,
              { answer: "c_refuses" }, "the library signs socket_id:channel alone; the runtime refuses (APIC_E_VALIDATION): " +
              "apic/pusher.h requires channel_data with a user_id for a presence channel");
    // Deliberately wrong: the answer for another socket id, presented as this one's.
    const wrong = pusher.authorizeChannel("1234.1235", "private-foobar");
    add({ kind: "authorize", name: "WRONG on purpose: the answer for socket 1234.1235", socket_id: "1234.1234",
          channel: "private-foobar", channel_data: null, answer: JSON.stringify(wrong), expect: { answer: "mismatch" } });

    const authenticate = (name, socket, user, expect = {}) => {
        const answer = pusher.authenticateUser(socket, user);
        add({ kind: "authenticate", name, socket_id: socket, user_data: JSON.stringify(user), answer: JSON.stringify(answer),
              expect });
    };
    authenticate("user: id only", "1234.1234", { id: "u-17" });
    authenticate("user: id, name, watchlist, non-ASCII", "55.66",
                 { id: "u-42", name: "Ama Ñandú", watchlist: ["u-17", "u-18"], info: { "é": true, n: 1.5 } });

    // Encrypted events the library would send: C must open them (apic_pusher_decrypt).
    const decrypt = (name, channel, data, expect = {}, tamper) => {
        const body = JSON.parse(at(now, () => capture(() => pusher.trigger(channel, "secret-event", data))).body);
        let payload = body.data;
        if (tamper) payload = tamper(payload);
        add({ kind: "decrypt", name, channel, payload, plaintext: JSON.stringify(data), expect });
    };
    decrypt("an object", "private-encrypted-orders", { id: "ord_7", amount: 4500, note: "café ☕" });
    decrypt("a string: the library encrypts it JSON-quoted", "private-encrypted-orders", "hello");
    decrypt("a JSON text as a string: quoted once more", "private-encrypted-orders", "{\"already\":\"json\"}");
    decrypt("a number", "private-encrypted-x", 42);
    {
        const copy = [{ name: "b", channel: "private-encrypted-ledger", data: { debit: 100 } }];
        const body = JSON.parse(at(now, () => capture(() => pusher.triggerBatch(copy))).body);
        add({ kind: "decrypt", name: "an event of a batch", channel: "private-encrypted-ledger",
              payload: body.batch[0].data, plaintext: JSON.stringify({ debit: 100 }), expect: {} });
    }
    decrypt("WRONG on purpose: one ciphertext byte changed", "private-encrypted-orders", { id: "ord_8" },
            { decrypt: "fails" }, (payload) => {
                const p = JSON.parse(payload);
                const bytes = Buffer.from(p.ciphertext, "base64");
                bytes[bytes.length >> 1] ^= 1;
                return JSON.stringify({ nonce: p.nonce, ciphertext: bytes.toString("base64") });
            });
    {
        // Encrypted for one channel, presented as another's: the keys differ.
        const body = JSON.parse(at(now, () => capture(() => pusher.trigger("private-encrypted-a", "e", { x: 1 }))).body);
        add({ kind: "decrypt", name: "WRONG on purpose: encrypted for private-encrypted-a, opened as -b",
              channel: "private-encrypted-b", payload: body.data, plaintext: "{\"x\":1}", expect: { decrypt: "fails" } });
    }
    return cases;
}

// --- check: C's cases, judged by the library ----------------------------------------------------

const deepEqual = (a, b) => util_.isDeepStrictEqual(a, b);

// The URL's path, and its query parameters decoded, split into the request's own and the signing ones.
function parseUrl(url) {
    if (!url.startsWith(BASE)) throw new Error(`not a URL of ${BASE}: ${url}`);
    const q = url.indexOf("?");
    const own = {}, auth = {}, order = [];
    for (const part of url.slice(q + 1).split("&")) {
        const i = part.indexOf("=");
        const k = decodeURIComponent(part.slice(0, i)), v = decodeURIComponent(part.slice(i + 1));
        (RESERVED.has(k) ? auth : own)[k] = v;
        order.push(k);
    }
    return { path: url.slice(BASE.length, q), own, auth, order };
}

// A C request: the library signs it (its method, path, own parameters and body) at C's timestamp.
function checkRequest(c) {
    const u = parseUrl(c.url);
    const ts = Number(u.auth.auth_timestamp);
    const lib = signedQuery(pusher, ts, c.method, u.path, u.own, c.body ?? undefined);
    const { signed, signature } = splitSignature(lib);
    const cSigned = util.toOrderedArray(Object.fromEntries(Object.entries({ ...u.own, ...u.auth })
        .filter(([k]) => k !== "auth_signature"))).join("&");
    const problems = [];
    if (signature !== u.auth.auth_signature) problems.push(`auth_signature: library ${signature}, C ${u.auth.auth_signature}`);
    if (signed !== cSigned) problems.push(`signed parameters: library ${signed}, C ${cSigned}`);
    if (c.body != null && u.auth.body_md5 !== util.getMD5(c.body)) problems.push("body_md5 is not the body's MD5");
    // The body: the library's for the same inputs, equal but for what cannot be (see normalizeBody).
    let bodyChecked = false;
    if (c.op === "trigger" || c.op === "user" || c.op === "batch") {
        const libBody = libraryBody(c.op, c.inputs);
        if (libBody !== undefined) {
            bodyChecked = true;
            const a = normalizeBody(c.body, true), b = normalizeBody(libBody, false);
            if (!deepEqual(a, b)) problems.push(`body: C ${JSON.stringify(a)}, the library ${JSON.stringify(b)}`);
        }
    }
    return { problems, bodyChecked };
}

function checkCases(cases) {
    const counts = {}; // "request <op>" or kind -> {cases, the same, wrong on purpose and seen as wrong}
    let bad = 0;
    const tally = (what) => (counts[what] ??= { cases: 0, match: 0, mismatch_seen: 0 });
    const judge = (c, what, same, detail) => {
        const t = tally(what);
        t.cases++;
        const want = c.expect || "match"; // C's cases: "match", or "mismatch" when wrong on purpose
        if (want === "match" && same) t.match++;
        else if (want === "mismatch" && !same) t.mismatch_seen++;
        else {
            bad++;
            console.error(`!! ${what}: ${c.name}: expected ${want}, ${same ? "they are the same" : `they differ: ${detail}`}`);
        }
    };
    let bodies = 0, noLibraryInput = 0;
    for (const c of cases) {
        try {
            switch (c.kind) {
            case "request": {
                const { problems, bodyChecked } = checkRequest(c);
                bodies += bodyChecked;
                judge(c, `request ${c.op}`, problems.length === 0, problems.join("; "));
                break;
            }
            case "sign": {
                const lib = signedQuery(pusher, c.timestamp, c.method, c.path, Object.fromEntries(c.params),
                                        c.body ?? undefined);
                judge(c, "sign", lib === c.query, `library ${lib}, C ${c.query}`);
                break;
            }
            case "authorize": {
                const data = c.channel_data === null ? undefined : JSON.parse(c.channel_data);
                if (data !== undefined && JSON.stringify(data) !== c.channel_data) {
                    throw new Error("channel_data is not in JSON.stringify's form: the library could not sign these bytes");
                }
                const lib = pusher.authorizeChannel(c.socket_id, c.channel, data), got = JSON.parse(c.answer);
                judge(c, "authorize", deepEqual(got, JSON.parse(JSON.stringify(lib))) && got.auth === lib.auth,
                      `library ${JSON.stringify(lib)}, C ${c.answer}`);
                break;
            }
            case "authenticate": {
                const user = JSON.parse(c.user_data);
                if (JSON.stringify(user) !== c.user_data) throw new Error("user_data is not in JSON.stringify's form");
                const lib = pusher.authenticateUser(c.socket_id, user), got = JSON.parse(c.answer);
                judge(c, "authenticate", deepEqual(got, lib) && got.auth === lib.auth && got.user_data === lib.user_data,
                      `library ${JSON.stringify(lib)}, C ${c.answer}`);
                break;
            }
            case "encrypted": {
                // The library's key derivation (channelSharedSecret) and tweetnacl's secretbox.open.
                const plain = open(c.channel, c.payload);
                const opened = plain !== null && plain.equals(Buffer.from(c.data, "utf8"));
                judge(c, "encrypted", opened, plain === null ? "secretbox.open failed" : `opened to ${plain.toString("utf8")}`);
                if (opened) {
                    // The library given the value whose JSON.stringify is C's text encrypts the same
                    // bytes: checked through its own trigger. A text that is not such JSON (a plain
                    // string) has no library input: the library quotes strings; pusher-js hands the
                    // subscriber the same value either way (JSON.parse when it parses, else the text).
                    const v = libraryData(c.channel, c.data);
                    if (v === undefined) {
                        noLibraryInput++;
                        if (!deepEqual(subscriberSees(c.data), subscriberSees(JSON.stringify(c.data)))) {
                            bad++;
                            console.error(`!! encrypted: ${c.name}: pusher-js would hand subscribers another value`);
                        }
                    } else {
                        const body = JSON.parse(capture(() => pusher.trigger(c.channel, "e", v)).body);
                        const libPlain = open(c.channel, body.data);
                        if (libPlain === null || !libPlain.equals(plain)) {
                            bad++;
                            console.error(`!! encrypted: ${c.name}: the library given ${JSON.stringify(v)} encrypts other bytes`);
                        }
                    }
                }
                break;
            }
            default:
                throw new Error(`unknown kind ${c.kind}`);
            }
        } catch (e) {
            bad++;
            console.error(`!! ${c.kind}: ${c.name}: threw ${e.stack || e}`);
        }
    }
    return { counts, bad, bodies, noLibraryInput };
}

async function main() {
    const [mode, file] = process.argv.slice(2);
    if (!["make", "check"].includes(mode) || !file) {
        console.error("usage: vendor.js make FILE | check FILE");
        process.exit(2);
    }
    if (INSTALLED !== PINNED) throw new Error(`pusher ${INSTALLED} is installed, package.json pins ${PINNED}: run make deps`);
    if (mode === "make") {
        const cases = makeCases();
        fs.writeFileSync(file, `{"made_by": {"pusher": "${INSTALLED}", "node": "${process.version}"},\n "cases": [\n  ` +
                               `${cases.map((c) => JSON.stringify(c)).join(",\n  ")}\n]}\n`);
        const per = {};
        for (const c of cases) {
            const k = c.kind === "request" ? `request ${c.op || "(signing alone)"}` : c.kind;
            per[k] = (per[k] || 0) + 1;
        }
        console.log(`vendor: ${cases.length} cases made by pusher ${INSTALLED} (${Object.entries(per)
            .map(([k, n]) => `${k} ${n}`).join(", ")}) -> ${file}`);
        return;
    }
    const { cases } = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!Array.isArray(cases) || cases.length === 0) throw new Error(`${file}: no cases`);
    const { counts, bad, bodies, noLibraryInput } = checkCases(cases);
    const line = Object.entries(counts).map(([k, t]) =>
        `${k} ${t.cases} (${t.match} same${t.mismatch_seen ? `, ${t.mismatch_seen} wrong on purpose seen` : ""})`);
    console.log(`vendor: C's cases checked by pusher ${INSTALLED}: ${line.join(", ")}; trigger, user and batch bodies compared ` +
                `with the library's: ${bodies}; encrypted texts no library input produces: ${noLibraryInput}; ` +
                `${bad} mismatch${bad === 1 ? "" : "es"}`);
    for (const k of ["request trigger", "request user", "request batch", "request channels", "request channel", "request users", "sign",
                     "authorize", "authenticate", "encrypted"]) {
        if (!counts[k] || counts[k].match === 0) {
            console.error(`!! no C case of kind ${k} matched`);
            process.exitCode = 1;
        }
    }
    if (!Object.values(counts).some((t) => t.mismatch_seen > 0)) {
        console.error("!! no deliberately wrong C case was seen as wrong: the checks cannot fail");
        process.exitCode = 1;
    }
    if (bad > 0) process.exitCode = 1;
}

main().catch((e) => {
    console.error(`vendor.js: ${e.stack || e}`);
    process.exit(1);
});
