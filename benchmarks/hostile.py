"""Time the property suite's hostile inputs, one per process.

Usage::

    python benchmarks/hostile.py --list               # the names, one per line
    python benchmarks/hostile.py NAME [--runs 3]      # one JSON line: bytes, seconds, outcome
    python benchmarks/hostile.py --dumps              # the hostile dumps' names
    python benchmarks/hostile.py --dump NAME          # one JSON line: 1x and 4x sizes and times

The inputs are the ``_HOSTILE`` table of ``tests/test_properties.py`` (through ``parse``)
and the ``_HOSTILE_DUMPS`` table of ``tests/test_split_properties.py`` (through
``load_articles``: the splitter, then a parse per record), read from their source (only
those literals and the string constants they use are evaluated, without builtins), so the
benchmark follows the suite as it grows. Without the tests (an installed copy), a copy of
the first table below is used and the dumps are skipped. :mod:`run` starts one process per
input with a time limit, so a catastrophic regular expression shows up as a timeout
instead of hanging the benchmark.

A dump of thousands of tiny records costs a parse per record, so its MB/s says how fast
small records parse, not whether a rule runs away; what says that is how the time grows:
each dump is timed at its size and at four times it, and more than 4.4 times the time (the
11x per 10x of the scaling target, per 4x) means some rule rescans what came before.
"""

from __future__ import annotations

import argparse
import ast
import json
import statistics
import sys
import time
from pathlib import Path

MIN_SECONDS = 0.5
MAX_RUNS = 50
TESTS = Path(__file__).resolve().parent.parent / "tests"
PROPERTY_TESTS = TESTS / "test_properties.py"
SPLIT_PROPERTY_TESTS = TESTS / "test_split_properties.py"
# The larger size a hostile dump is timed at, against its own.
DUMP_SCALE = 4

# Used only when tests/test_properties.py is missing; keep in step with it.
FALLBACK: dict[str, str] = {
    "a 1 MB line": "Headline\n\n" + "word " * 200_000 + "\n",
    "100,000 blank lines": "Headline\n" + "\n" * 100_000 + "Body text here.\n",
    "10,000 quote marks": "Headline\n\n" + '"' * 10_000 + "\n",
    "unbalanced quotes": "Headline\n\n" + '"a, said b "c d ' * 3_000 + "\n",
    'a line of 50,000 "By "': "By " * 50_000 + "\n",
    "date-like text repeated on a line": "March 19, 2025 " * 20_000 + "\n",
}


def hostile_inputs() -> tuple[dict[str, str], str]:
    """Return the hostile inputs by name, and where they came from."""
    table = _literal_table(PROPERTY_TESTS, "_HOSTILE")
    if table is None:
        return FALLBACK, "benchmarks/hostile.py (fallback copy)"
    return dict(table), "tests/test_properties.py _HOSTILE"


def hostile_dumps() -> dict[str, tuple[str, str, int, str]]:
    """Return the hostile dumps by name: (head, unit, count, tail); none without the tests."""
    return dict(_literal_table(SPLIT_PROPERTY_TESTS, "_HOSTILE_DUMPS") or {})


def _literal_table(path: Path, name: str) -> object | None:
    """Evaluate the module-level assignment of ``name`` in the test file at ``path``, with
    the string constants assigned before it: literals, ``+`` and ``*`` only, no builtins."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except OSError:
        return None
    names: dict[str, object] = {"__builtins__": {}}
    for node in tree.body:
        if not isinstance(node, ast.Assign | ast.AnnAssign) or node.value is None:
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        target = next((t.id for t in targets if isinstance(t, ast.Name)), None)
        if target is None:
            continue
        code = compile(ast.Expression(node.value), str(path), "eval")
        try:
            value = eval(code, names)  # the test file's own literals
        except Exception:
            continue  # an assignment that calls something: not a table we read
        if target == name:
            return value
        if isinstance(value, str):
            names[target] = value
    return None


def measure(name: str, runs: int) -> dict[str, object]:
    """Parse one hostile input ``runs`` times or more (for half a second, up to
    :data:`MAX_RUNS` times); return its size, median time and outcome."""
    from articlecli import ArticleParseError, parse

    text = hostile_inputs()[0][name]
    times: list[float] = []
    outcome = "article"
    # Small inputs take milliseconds: repeat them until the median means something.
    while len(times) < runs or (sum(times) < MIN_SECONDS and len(times) < MAX_RUNS):
        start = time.perf_counter()
        try:
            parse(text)
        except ArticleParseError:
            outcome = "refused (ArticleParseError)"
        times.append(time.perf_counter() - start)
    return {
        "name": name,
        "bytes": len(text.encode("utf-8")),
        "seconds": statistics.median(times),
        "runs": times,
        "outcome": outcome,
    }


def measure_dump(name: str, runs: int) -> dict[str, object]:
    """Load one hostile dump at its size and at :data:`DUMP_SCALE` times it, ``runs``
    times each, alternating; return the sizes, least times and record counts."""
    from articlecli.load import load_articles

    head, unit, count, tail = hostile_dumps()[name]
    sizes = {
        scale: (head + unit * (count * scale) + tail).encode("utf-8") for scale in (1, DUMP_SCALE)
    }
    times: dict[int, list[float]] = {scale: [] for scale in sizes}
    records: dict[int, int] = {}
    # A first, smaller load compiles the patterns first used on this shape: that one-off
    # cost would otherwise fall on the 1x runs only.
    warm_up = (head + unit * max(1, count // 10) + tail).encode("utf-8")
    sum(1 for _ in load_articles(warm_up, source=f"{name}.txt"))
    for _ in range(runs):
        for scale, data in sizes.items():
            start = time.perf_counter()
            records[scale] = sum(1 for _ in load_articles(data, source=f"{name}.txt"))
            times[scale].append(time.perf_counter() - start)
    return {
        "name": name,
        "bytes": {scale: len(data) for scale, data in sizes.items()},
        # The least time, not the median: on a shared machine a ratio of two medians of
        # a few tenths of a second moves by a tenth with the neighbours' work.
        "seconds": {scale: min(values) for scale, values in times.items()},
        "records": records,
        "runs": times,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name", nargs="?")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--dumps", action="store_true", help="list the hostile dumps")
    parser.add_argument("--dump", help="time one hostile dump at 1x and 4x")
    options = parser.parse_args(argv)
    if options.dumps:
        print("\n".join(hostile_dumps()))
        return 0
    if options.dump is not None:
        if options.dump not in hostile_dumps():
            parser.error(f"no hostile dump named {options.dump!r}")
        print(json.dumps(measure_dump(options.dump, options.runs)))
        return 0
    table, _origin = hostile_inputs()
    if options.list or options.name is None:
        print("\n".join(table))
        return 0
    if options.name not in table:
        parser.error(f"no hostile input named {options.name!r}")
    print(json.dumps(measure(options.name, options.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
