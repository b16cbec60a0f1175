"""Count the CPU instructions ``articlecli.parse`` takes per article, with valgrind.

Usage::

    python benchmarks/instructions.py [--articles 200] [--src PATH ...]

Wall-clock times on a shared machine move by 20% or more from run to run; instruction
counts do not (valgrind's callgrind counts the same for the same program and input,
whatever else the machine is doing). So a change to the parser is best judged by this
count, before and after, with run.py's table for the figures issue 8 asks for.

It writes the first ``--articles`` records of the seeded corpus (:mod:`corpus`, 2 MB),
then runs two programs under callgrind: one that imports articlecli and parses the
records once (a warm-up), and one that does the same and then parses them again. The
difference is one pass over warm caches; divided by the records, it is the count per
article. ``--src`` names source trees to compare (``src`` of another checkout, say); by
default, the articlecli installed with this Python. Each program takes about half a
minute under valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import corpus

# Imports articlecli (from argv[1] when given), parses the records of argv[2] once, and
# once more when argv[3] says "twice".
_PROGRAM = """\
import sys
if sys.argv[1]:
    sys.path.insert(0, sys.argv[1])
from articlecli import parse
from articlecli.split import split_records
with open(sys.argv[2], encoding="utf-8") as handle:
    texts = [record.text for record in split_records(handle)][: int(sys.argv[4])]
for text in texts:
    parse(text)
if sys.argv[3] == "twice":
    for text in texts:
        parse(text)
"""
_COLLECTED = re.compile(r"Collected : ([\d,]+)")


def warm_up(src: str, dump: Path, articles: int, env: dict[str, str]) -> None:
    """Run the program once without valgrind: it fills this tree's pattern cache (and
    writes its .pyc files where it may), so that neither measured run compiles a pattern
    the other reads from the cache (the difference of the two would be off by that)."""
    argv = [sys.executable, "-c", _PROGRAM, src, str(dump), "once", str(articles)]
    subprocess.run(argv, capture_output=True, env=env, check=True)


def instructions(src: str, dump: Path, passes: str, articles: int, env: dict[str, str]) -> int:
    """Return the instructions callgrind counted for one run of the program."""
    result = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _PROGRAM,
            src,
            str(dump),
            passes,
            str(articles),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = _COLLECTED.search(result.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count:\n{result.stderr[-2000:]}")
    return int(found[1].replace(",", ""))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--src", nargs="*", default=[""], help="source trees to compare")
    options = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt install valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / "dump.txt"
        corpus.write_dump(dump, 2)
        for number, src in enumerate(options.src):
            # Each tree its own pattern cache, filled before the two measured runs.
            env = {**os.environ, "ARTICLECLI_CACHE_DIR": str(Path(work) / f"cache{number}")}
            warm_up(src, dump, options.articles, env)
            once = instructions(src, dump, "once", options.articles, env)
            twice = instructions(src, dump, "twice", options.articles, env)
            per_article = (twice - once) / options.articles
            print(f"{src or 'installed'}: {per_article:,.0f} instructions per article")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
