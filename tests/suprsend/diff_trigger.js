// The vendor's Node SDK (npm @suprsend/node-sdk, pinned in tests/servers) triggering a workflow
// with two files and a link attached (WorkflowTriggerRequest, POST /trigger/), signed with the
// workspace key and secret; diff_trigger.c does the same with the C SDK. Inputs: diff_trigger.json.
//   node diff_trigger.js BASE_URL        (SUPRSEND_DIFF_FILES: the folder of the files)
const path = require("path");
const { Suprsend, WorkflowTriggerRequest } = require(path.join(__dirname, "../servers/node_modules/@suprsend/node-sdk"));
const { inputs: f } = require("./diff_trigger.json");

(async () => {
    const supr = new Suprsend(f.workspace_key, f.workspace_secret, { base_url: process.argv[2] });
    const req = new WorkflowTriggerRequest({ workflow: f.workflow, recipients: f.recipients, actor: f.actor, data: f.data },
                                           { idempotency_key: f.idempotency_key, tenant_id: f.tenant_id });
    for (const a of f.attachments) {
        const where = a.url || path.join(process.env.SUPRSEND_DIFF_FILES, a.file);
        req.add_attachment(where, { file_name: a.file_name, ignore_if_error: a.ignore_if_error });
    }
    const res = await supr.workflows.trigger(req);
    if (!res.success) throw new Error(`trigger: ${JSON.stringify(res)}`);
})().catch((e) => { console.error(e); process.exit(1); });
