// The vendor's legacy request signature, its own function (dist/signature.js of npm
// @suprsend/node-sdk, pinned in tests/servers) called directly on fixed inputs, Date included:
// one line per vector. diff_signature.c prints the C SDK's suprsend_workspace_signature() for the
// same inputs; the lines must be the same. Inputs: diff_signature.json. Sends nothing.
//   node diff_signature.js BASE_URL
const path = require("path");
const sign = require(path.join(__dirname, "../servers/node_modules/@suprsend/node-sdk/dist/signature.js"));
const { inputs: f } = require("./diff_signature.json");

for (const v of f.vectors) {
    const headers = { "Content-Type": v.content_type, Date: v.date };
    console.log(`${v.method} ${v.url}: ${sign(v.url, v.method, v.body, headers, f.workspace_secret)}`);
}
