"""Time the property suite's hostile inputs through ``articlecli.parse``, one per process.

Usage::

    python benchmarks/hostile.py --list          # the names, one per line
    python benchmarks/hostile.py NAME [--runs 3] # one JSON line: bytes, seconds, outcome

The inputs are the ``_HOSTILE`` table of ``tests/test_properties.py``, read from its source
(only that one literal is evaluated, without builtins), so the benchmark follows the suite
as it grows. Without the tests (an installed copy), a copy of the table below is used.
:mod:`run` starts one process per input with a time limit, so a catastrophic regular
expression shows up as a timeout instead of hanging the benchmark.
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
PROPERTY_TESTS = Path(__file__).resolve().parent.parent / "tests" / "test_properties.py"

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
    try:
        tree = ast.parse(PROPERTY_TESTS.read_text(encoding="utf-8"))
    except OSError:
        return FALLBACK, "benchmarks/hostile.py (fallback copy)"
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "_HOSTILE" for t in targets):
                assert node.value is not None
                code = compile(ast.Expression(node.value), str(PROPERTY_TESTS), "eval")
                table = eval(code, {"__builtins__": {}})  # string literals and * only
                return dict(table), "tests/test_properties.py _HOSTILE"
    return FALLBACK, "benchmarks/hostile.py (fallback copy)"


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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("name", nargs="?")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args(argv)
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
