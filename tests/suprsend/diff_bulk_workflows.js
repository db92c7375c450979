// The vendor's Node SDK (npm @suprsend/node-sdk, pinned in tests/servers) triggering a bulk of 250
// workflows (BulkWorkflowTrigger), signed with the workspace key and secret: three POST /trigger/
// of 100, 100 and 50; diff_bulk_workflows.c does the same with the C SDK. Inputs:
// diff_bulk_workflows.json (the keys, how many); each workflow is made below from its index.
//   node diff_bulk_workflows.js BASE_URL
const path = require("path");
const { Suprsend, WorkflowTriggerRequest } = require(path.join(__dirname, "../servers/node_modules/@suprsend/node-sdk"));
const { inputs: f } = require("./diff_bulk_workflows.json");

(async () => {
    const supr = new Suprsend(f.workspace_key, f.workspace_secret, { base_url: process.argv[2] });
    const bulk = supr.workflows.bulk_trigger_instance();
    for (let i = 0; i < f.workflows; i++) {
        const body = { workflow: "welcome", recipients: [`user-${i}`], data: { n: String(i), plan: "pro" } };
        if (i % 2 === 0) body.actor = "admin-1";
        bulk.append(new WorkflowTriggerRequest(body, { idempotency_key: `welcome-${i}`, tenant_id: i % 3 === 0 ? "acme" : undefined }));
    }
    const res = await bulk.trigger();
    if (res.status !== "success" || res.success !== f.workflows) throw new Error(`bulk workflows: ${JSON.stringify(res)}`);
})().catch((e) => { console.error(e); process.exit(1); });
