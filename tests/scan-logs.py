"""Scans what the integration suite logged at debug level with redact_pii on, and fails on any
secret or personal data in it.

    scan-logs.py LOGFILE SECRET...

Secrets are the literal credentials the tests configure; on top of them the scanner refuses
any HMAC signature (sha256=<64 hex>), any email address that is not masked (x***@y***.tld), and
any phone number in E.164 form. It also checks that the logs say what they should: methods,
statuses and timings.
"""
import re
import sys

EMAIL = re.compile(r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
MASKED_EMAIL = re.compile(r"^.\*\*\*(?:@|%40).\*\*\*\.[A-Za-z]{2,}$")
PHONE = re.compile(r"\+[1-9][0-9]{6,14}(?![0-9*])")
SIGNATURE = re.compile(r"sha256=[0-9a-f]{64}")


def main():
    path, secrets = sys.argv[1], [s for s in sys.argv[2:] if s]
    problems, records, with_timing = [], 0, 0
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith('{"time":'):
                records += 1
                if '"method":' in line and '"status":' in line and '"duration_ms":' in line:
                    with_timing += 1
            for s in secrets:
                if s in line:
                    problems.append(f"line {n}: the secret {s[:3]}... appears")
            if SIGNATURE.search(line):
                problems.append(f"line {n}: an HMAC signature appears")
            for m in EMAIL.finditer(line):
                if not MASKED_EMAIL.match(m.group(0)):
                    problems.append(f"line {n}: an email address appears: {m.group(0)[:2]}...")
            if PHONE.search(line):
                problems.append(f"line {n}: a phone number appears")
    print(f"scan-logs: {records} log records, {with_timing} with method, status and timing; "
          f"{len(problems)} secrets or personal data found")
    for p in problems[:20]:
        print(f"  {p}")
    ok = records > 0 and with_timing > 0 and not problems
    print(f"scan-logs: {1 if ok else 0} passed, {0 if ok else 1} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
