-- wrk: the batch the SDK's background queue sends (100 order.created envelopes, its headers as
-- sent), captured from the SDK by bench/capture_request.py into the file BENCH_BATCH_REQUEST names:
-- header lines "Name: value", an empty line, the body. Repeated on one keep-alive connection, not
-- signed afresh per request (nginx checks nothing): the loopback ceiling for batches.
local f = assert(io.open(assert(os.getenv("BENCH_BATCH_REQUEST"), "BENCH_BATCH_REQUEST is not set"), "rb"))
local text = f:read("*a")
f:close()
local head, body = text:match("^(.-)\n\n(.*)$")
wrk.method = "POST"
for name, value in head:gmatch("([^:\n]+): ([^\n]*)") do
    wrk.headers[name] = value
end
wrk.body = body
