// The vendor's Node SDK (npm @suprsend/node-sdk, pinned in tests/servers) tracking an event with a
// file attached (Event, POST /event/), signed with the workspace key and secret; diff_event.c does
// the same with the C SDK. Inputs: diff_event.json.
//   node diff_event.js BASE_URL        (SUPRSEND_DIFF_FILES: the folder of the files)
const path = require("path");
const { Suprsend, Event } = require(path.join(__dirname, "../servers/node_modules/@suprsend/node-sdk"));
const { inputs: f } = require("./diff_event.json");

(async () => {
    const supr = new Suprsend(f.workspace_key, f.workspace_secret, { base_url: process.argv[2] });
    const event = new Event(f.distinct_id, f.event, f.properties, { idempotency_key: f.idempotency_key, tenant_id: f.tenant_id });
    for (const a of f.attachments) event.add_attachment(path.join(process.env.SUPRSEND_DIFF_FILES, a.file));
    const res = await supr.track_event(event);
    if (!res.success) throw new Error(`track: ${JSON.stringify(res)}`);
})().catch((e) => { console.error(e); process.exit(1); });
