// The vendor's Node SDK (npm @suprsend/node-sdk, pinned in tests/servers) editing user profiles
// (UserEdit), signed with the workspace key and secret: one edit of every kind saved (PATCH
// /v1/user/user-1729/), an empty edit of a distinct_id that needs encoding, and three edits saved
// in bulk (BulkUsersEdit, POST /event/); diff_user_edit.c does the same with the C SDK. Inputs:
// diff_user_edit.json (the keys); the edits are the calls below.
//   node diff_user_edit.js BASE_URL
const path = require("path");
const { Suprsend } = require(path.join(__dirname, "../servers/node_modules/@suprsend/node-sdk"));
const { inputs: f } = require("./diff_user_edit.json");

(async () => {
    const supr = new Suprsend(f.workspace_key, f.workspace_secret, { base_url: process.argv[2] });
    const u = supr.users.get_edit_instance("user-1729");
    u.add_email("ada@example.com");
    u.remove_email("old@example.com");
    u.add_sms("+15555550100");
    u.remove_sms("+15555550101");
    u.add_whatsapp("+15555550102");
    u.remove_whatsapp("+15555550103");
    u.add_androidpush("fcm-token-1", "fcm");
    u.remove_androidpush("fcm-token-0");
    u.add_iospush("apns-token-1", "apns", "com.example.app");
    u.remove_iospush("apns-token-0", "apns");
    u.add_webpush({ endpoint: "https://push.example/1", keys: { p256dh: "k", auth: "a" } }, "vapid");
    u.add_slack({ email: "ada@example.com", access_token: "xoxb-123" });
    u.remove_slack({ incoming_webhook: { url: "https://hooks.slack.com/services/T/B/X" } });
    u.add_ms_teams({ tenant_id: "t-1", service_url: "https://smba.trafficmanager.net/amer", conversation_id: "19:abc" });
    u.remove_ms_teams({ incoming_webhook: { url: "https://example.webhook.office.com/x" } });
    u.unset(["$whatsapp", "legacy_id"]);
    u.set_preferred_language("fr");
    u.set_timezone("America/New_York");
    u.set("plan", "pro");
    u.set_once("first_seen", "2026-01-02");
    u.increment("logins", 1);
    u.append("tags", "beta");
    u.remove("tags", "alpha");
    await supr.users.edit(u);

    await supr.users.edit(supr.users.get_edit_instance("team a/ü"));

    const bulk = supr.users.get_bulk_edit_instance();
    for (let i = 0; i < 3; i++) {
        const e = supr.users.get_edit_instance(`user-${i}`);
        e.add_email(`user${i}@example.com`);
        e.set_preferred_language("en");
        e.set("rank", i);
        bulk.append(e);
    }
    const res = await bulk.save();
    if (res.status !== "success") throw new Error(`bulk users: ${JSON.stringify(res)}`);
})().catch((e) => { console.error(e); process.exit(1); });
