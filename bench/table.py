"""Prints the benchmark table from the lines bench/run.sh collected:
ROW|figure|ours|baseline|unit|target, VALUE|name|n, WRK|requests/s, SDK|events/s, GEN|spec|what|n.
A VALUE seen several times (one per round) counts as the median of its rounds."""
import statistics
import sys


def fmt(v, unit=""):
    if v is None:
        return "-"
    text = f"{v:,.0f}" if abs(v) >= 100 else f"{v:,.2f}"
    return f"{text} {unit}".strip()


def verdict(ratio, target):
    if target == "info" or ratio is None:
        return ""
    op, bound = target[:2], float(target[2:])
    ok = ratio <= bound if op == "<=" else ratio >= bound
    return "met" if ok else "MISSED"


def main(path):
    rows, values, wrk, sdk_runs, gen = [], {}, [], [], {}
    runs = {}  # VALUE names seen several times: their median
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.strip().split("|")
            if parts[0] == "ROW":
                rows.append((parts[1], float(parts[2]), float(parts[3]), parts[4], parts[5]))
            elif parts[0] == "VALUE":
                values[parts[1]] = float(parts[2])
                runs.setdefault(parts[1], []).append(float(parts[2]))
            elif parts[0] == "WRK":
                wrk.append(float(parts[1]))
            elif parts[0] == "SDK":
                sdk_runs.append(float(parts[1]))
            elif parts[0] == "GEN":
                gen[(parts[1], parts[2])] = float(parts[3])
    sdk = statistics.median(sdk_runs) if sdk_runs else None
    if wrk and sdk:
        rows.append(("events/s, HMAC-signed, keep-alive, vs wrk -t1 -c1", sdk, statistics.median(wrk), "ev/s", ">=0.7"))
    if sdk and "python_events_per_s" in values:
        rows.append(("events/s vs Python requests + hmac", sdk, values["python_events_per_s"], "ev/s", ">=10"))
    # CPU time of the sending process alone (user + system: the SDK's and Python's getrusage around
    # their timed sends, wrk's from wait4 over its whole run); nginx's is in none of them.
    sdk_cpu, wrk_cpu, py_cpu = (statistics.median(runs[k]) if k in runs else None for k in
                                ("sdk_cpu_us_per_event", "wrk_cpu_us_per_request", "python_cpu_us_per_event"))
    if sdk_cpu and wrk_cpu:
        rows.append(("CPU per event (user + system, sender only) vs wrk's per request (the floor)", sdk_cpu, wrk_cpu,
                     "µs", "<=2"))
    if sdk_cpu and "curl_raw_cpu_us_per_request" in runs:
        rows.append(("  the same vs libcurl alone posting the SDK's request (the SDK's own share: the difference)",
                     sdk_cpu, statistics.median(runs["curl_raw_cpu_us_per_request"]), "µs", "info"))
    if sdk_cpu and py_cpu:
        rows.append(("  the same vs Python requests + hmac (nginx's CPU excluded from all three)", sdk_cpu, py_cpu, "µs",
                     ">=20", "less"))
    # One thread, 64 calls in flight (apic/async.h) against wrk -t1 -c64; its CPU per event against the
    # blocking path's, measured in the same rounds (blocking_*), and against wrk's at -c64 (the floor).
    if all(k in runs for k in ("async_events_per_s", "wrk64_per_s")):
        rows.append(("events/s, one thread, 64 in flight (apic_call_async), vs wrk -t1 -c64",
                     statistics.median(runs["async_events_per_s"]), statistics.median(runs["wrk64_per_s"]), "ev/s",
                     ">=0.7"))
    if all(k in runs for k in ("async_cpu_us_per_event", "blocking_cpu_us_per_event")):
        rows.append(("  CPU per event (user + system), 64 in flight vs blocking, one at a time (same rounds)",
                     statistics.median(runs["async_cpu_us_per_event"]),
                     statistics.median(runs["blocking_cpu_us_per_event"]), "µs", "info"))
    if all(k in runs for k in ("async_cpu_us_per_event", "wrk64_cpu_us_per_request")):
        rows.append(("  the same vs wrk -t1 -c64's CPU per request (the floor)", statistics.median(runs["async_cpu_us_per_event"]),
                     statistics.median(runs["wrk64_cpu_us_per_request"]), "µs", "info"))
    if all(k in runs for k in ("queue_events_per_s", "wrk_batch_per_s")):
        queue, wrk_batch = statistics.median(runs["queue_events_per_s"]), statistics.median(runs["wrk_batch_per_s"])
        rows.append(("events/s, background queue, batches of 100, vs wrk -t1 -c1 posting that batch (req/s x 100)",
                     queue, wrk_batch * 100, "ev/s", ">=0.8"))
    if all(k in runs for k in ("queue_cpu_us_per_event", "queue_caller_cpu_us_per_event", "wrk_batch_cpu_us_per_request")):
        cpu, caller = statistics.median(runs["queue_cpu_us_per_event"]), statistics.median(runs["queue_caller_cpu_us_per_event"])
        rows.append((f"  queue's CPU per event (caller's thread: {caller:.2f} µs) vs wrk's per batch / 100",
                     cpu, statistics.median(runs["wrk_batch_cpu_us_per_request"]) / 100, "µs", "info"))
    if all(k in runs for k in ("log_none_ns", "log_disabled_ns", "log_info_ns")):
        none, off, info = (statistics.median(runs[k]) for k in ("log_none_ns", "log_disabled_ns", "log_info_ns"))
        rows.append(("event send, logger disabled vs built without log calls", off, none, "ns", "<=1.01"))
        rows.append(("event send, logger at info (records built, sink drops them) vs disabled", info, off, "ns", "info"))
    if all(k in runs for k in ("webhook_verify_c_ns", "webhook_verify_node_ns", "webhook_verify_node_noparse_ns")):
        c, node, noparse = (statistics.median(runs[k]) for k in
                            ("webhook_verify_c_ns", "webhook_verify_node_ns", "webhook_verify_node_noparse_ns"))
        rows.append(("Standard Webhooks verify, 1 KB, vs npm standardwebhooks Webhook.verify", c, node, "ns", "<=0.1"))
        rows.append(("  the same vs Webhook.verify with jsonParse: false (no JSON parse, as C)", c, noparse, "ns", "info"))
    if all(k in runs for k in ("pusher_trigger_c_ns", "pusher_trigger_node_ns", "pusher_sign_c_ns", "pusher_sign_node_ns")):
        c, node, c_sign, node_sign = (statistics.median(runs[k]) for k in
                                      ("pusher_trigger_c_ns", "pusher_trigger_node_ns", "pusher_sign_c_ns",
                                       "pusher_sign_node_ns"))
        rows.append(("Pusher trigger (200 B data, no network) vs npm pusher trigger()", c, node, "ns", "<=0.1"))
        rows.append(("  body + apic_pusher_sign_query vs body + createSignedQueryString", c_sign, node_sign, "ns", "info"))
    table = []
    for figure, ours, base, unit, target, *less in rows:
        if less:  # the target is a saving: shown as the baseline over ours, "Nx less"
            ratio = base / ours
            table.append((figure, fmt(ours, unit), fmt(base, unit), f"{ratio:.1f}x {less[0]}",
                          f"{target}x {less[0]}", verdict(ratio, target)))
            continue
        ratio = ours / base if base else None
        table.append((figure, fmt(ours, unit), fmt(base, unit), f"{ratio:.2f}x" if ratio else "-", target,
                      verdict(ratio, target)))
    # The hit's target is a speed-up, so its ratio is shown as one: Node's ns over ours.
    if all(k in runs for k in ("flag_hit_c_ns", "flag_hit_node_ns")):
        c, node = (statistics.median(runs[k]) for k in ("flag_hit_c_ns", "flag_hit_node_ns"))
        table.append(("Schematic flag check, cached (hit) vs the Node SDK's cached checkFlag", fmt(c, "ns"),
                      fmt(node, "ns"), f"{node / c:.1f}x faster", ">=50x faster", verdict(node / c, ">=50")))
    if all(k in runs for k in ("flag_miss_c_per_s", "flag_miss_wrk_per_s")):
        sdk_flags, wrk_flags = (statistics.median(runs[k]) for k in ("flag_miss_c_per_s", "flag_miss_wrk_per_s"))
        table.append(("  no cache: checks/s, keep-alive, vs wrk -t1 -c1 on the same request", fmt(sdk_flags, "checks/s"),
                      fmt(wrk_flags, "checks/s"), f"{sdk_flags / wrk_flags:.2f}x", "info", ""))
    rss = [values.get(f"rss_kb_{n}") for n in (10000, 100000, 1000000)]
    if all(r is not None for r in rss):
        growth = rss[2] / rss[0]
        table.append((f"RSS after 10k / 100k / 1M events: {rss[0]:,.0f} / {rss[1]:,.0f} / {rss[2]:,.0f} KiB",
                      fmt(rss[2], "KiB"), fmt(rss[0], "KiB"), f"{growth:.2f}x", "<=1.05", verdict(growth, "<=1.05")))
    for spec in sorted({s for s, _ in gen}):
        g, c = gen.get((spec, "generate_ms")), gen.get((spec, "compile_ms"))
        table.append((f"generate {spec}.yaml", fmt(g / 1000, "s"), "-", "-", "< 10 s", "met" if g < 10000 else "MISSED"))
        table.append((f"compile {spec} SDK (-O2, 2 jobs)", fmt(c / 1000, "s"), "-", "-", "< 120 s",
                      "met" if c < 120000 else "MISSED"))
        table.append((f"{spec}: generated C, library", f"{gen[(spec, 'lines')]:,.0f} lines, "
                      f"{gen[(spec, 'bytes')] / 1e6:.1f} MB", "-", "-", "info",
                      f"lib{spec}.a {gen[(spec, 'lib_a_bytes')] / 1e6:.1f} MB"))
    head = ("figure", "ours (median)", "baseline (median)", "ratio", "target", "")
    widths = [max(len(str(r[i])) for r in table + [head]) for i in range(6)]
    for i, r in enumerate([head] + table):
        print("  ".join(str(c).ljust(w) if j == 0 else str(c).rjust(w) for j, (c, w) in enumerate(zip(r, widths))))
        if i == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main(sys.argv[1])
