"""Runs a command, then prints the CPU time of that process alone:

    rusage.py COMMAND [ARG ...]     the command's output, then RUSAGE|<user s>|<system s>

The figures are the kernel's own accounting of the process (every thread of it), returned by
wait4(2) when it is reaped: microsecond resolution, nothing of this wrapper in them. The process's
start (exec, its setup) is included: for wrk, a few milliseconds of a run of seconds."""
import os
import sys


def main():
    sys.stdout.flush()
    pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ)
    _, status, ru = os.wait4(pid, 0)
    print(f"RUSAGE|{ru.ru_utime:.6f}|{ru.ru_stime:.6f}", flush=True)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == "__main__":
    main()
