// The vendor's SDK (npm @schematichq/schematic-typescript-node, pinned in tests/servers) doing the
// README's flows against the recording server: identify, track with a quantity, check a flag,
// upsert a company, upsert a user. c_driver.c does the same with the C SDK; compare.py compares.
//   node node_driver.js BASE_URL
const path = require("path");
const { SchematicClient } = require(path.join(__dirname, "../servers/node_modules/@schematichq/schematic-typescript-node"));
const flows = require("./flows.json");

(async () => {
    const base = process.argv[2];
    // The capture service is the recorder too, so nothing leaves 127.0.0.1.
    const client = new SchematicClient({ apiKey: flows.api_key, basePath: base, eventCaptureBaseURL: base,
                                         eventBufferInterval: 60000, logLevel: "error" });
    const f = flows;
    await client.identify({ keys: f.user, company: { keys: f.company, name: f.company_name, traits: f.company_traits },
                            name: f.user_name, traits: f.user_traits });
    await client.track({ event: f.event, user: f.user, company: f.company, quantity: f.quantity });
    await client.checkFlag({ company: f.company, user: f.user }, f.flag);
    await client.companies.upsertCompany({ keys: f.company, name: f.company_name, traits: f.upsert_traits });
    await client.companies.upsertUser({ keys: f.user, name: f.user_name, traits: f.upsert_traits, company: f.company });
    await client.close(); // sends the buffered events
})().catch((e) => { console.error(e); process.exit(1); });
