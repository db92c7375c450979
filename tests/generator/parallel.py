"""make test-generator: every tests/generator/test_*.py module in its own unittest process, JOBS
at a time (the tests spend most of their time in gcc, so one process leaves a core idle). The
largest modules start first so that the last one does not run alone. Prints each failing module's
report whole and one summary line; exits 1 when any module failed.
    parallel.py [JOBS]"""
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def run_module(name):
    r = subprocess.run([sys.executable, "-m", "unittest", "tests.generator." + name],
                       cwd=ROOT, capture_output=True, text=True)
    ran = re.search(r"^Ran (\d+) tests?", r.stderr, re.M)
    return name, r.returncode, int(ran.group(1)) if ran else 0, r.stdout + r.stderr


def main():
    jobs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    files = [f for f in os.listdir(HERE) if f.startswith("test_") and f.endswith(".py")]
    files.sort(key=lambda f: (-os.path.getsize(os.path.join(HERE, f)), f))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(run_module, [f[:-3] for f in files]))
    failed = [r for r in results if r[1] != 0]
    for name, _, _, report in failed:
        print(f"==== {name}: FAILED\n{report}")
    total = sum(r[2] for r in results)
    print(f"test-generator: {total} tests in {len(results)} modules, {jobs} at a time: "
          + (f"FAILED in {', '.join(r[0] for r in failed)}" if failed else "OK"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
