-- wrk: the same request the SDK sends (method, headers, a typical envelope), repeated on one
-- keep-alive connection. It is not signed afresh per request: this is the loopback ceiling.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer bench-token"
wrk.headers["Idempotency-Key"] = "0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa"
wrk.headers["X-eSauti-Source"] = "sdk"
wrk.headers["X-eSauti-Timestamp"] = "1700000000"
wrk.headers["X-eSauti-Signature"] = "sha256=a8e790a3d6646fcfd22a5653e9600a0284ea097b528b75550c3aaab1318519bf"
wrk.body = '{"id":"0b6f1c3e-8d0a-4f43-9a55-0e3cf7d7c1aa","type":"order.created","schema_version":1,'
  .. '"occurred_at":"2026-11-23T06:18:45.123Z","source":"sdk","identity":{"customer":{"id":"cus_1001"},'
  .. '"entity":{"id":"ord_5001","type":"order"}},"data":{"order_id":"ord_5001","currency":"KES",'
  .. '"total_amount":495000,"items":[{"sku":"KIKOY-TWL-BLU","name":"Kikoy beach towel","quantity":3,'
  .. '"unit_amount":150000},{"sku":"CHAI-500G","name":"Kericho tea, 500 g","quantity":1,"unit_amount":45000}],'
  .. '"placed_at":"2026-04-12T06:50:20Z"}}'
