-- wrk: the request schematic_flags.c's miss sends for a flag check (method, path, headers, body),
-- repeated on one keep-alive connection. The Idempotency-Key is not made afresh per request: this
-- is the loopback ceiling.
wrk.method = "POST"
wrk.headers["Accept"] = "application/json"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "schematic-c/0.1 apic/0.1.0"
wrk.headers["Idempotency-Key"] = "208a9d70-a190-4656-b351-2f5079f82be3"
wrk.headers["X-Schematic-Api-Key"] = "sch_dev_bench"
wrk.body = '{"company":{"id":"comp_1001"},"user":{"user_id":"user_2001"}}'
