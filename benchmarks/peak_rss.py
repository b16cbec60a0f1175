"""Run a command and write its peak resident memory, measured from a small parent.

Usage::

    python benchmarks/peak_rss.py REPORT.json COMMAND [ARG...]

Linux keeps a process's peak RSS across ``exec`` and starts a child's from its parent's
at ``fork`` (or ``vfork``): a command started straight from the benchmark, which may hold
hundreds of MB, would report the benchmark's peak, not its own. This program is that
parent instead: it holds little, runs COMMAND (stdin, stdout and stderr passed through),
reads its usage with ``os.wait4`` and writes ``{"max_rss": bytes, "seconds": ...,
"status": exit status}`` to REPORT.json. Its own size (about 10 MB) is the smallest peak it
can report. Exits with COMMAND's status.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    report, command = Path(argv[0]), argv[1:]
    start = time.perf_counter()
    process = subprocess.Popen(command)
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    process.returncode = code
    # Linux gives ru_maxrss in KiB.
    result = {"max_rss": usage.ru_maxrss * 1024, "seconds": seconds, "status": code}
    report.write_text(json.dumps(result) + "\n", encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
