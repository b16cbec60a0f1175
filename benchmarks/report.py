"""The benchmark's results: rows with targets and verdicts, the machine, the text table."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    """One line of the table: a measure, its result, the target and whether it is met."""

    section: str
    measure: str
    result: str
    target: str = ""
    verdict: str = ""  # "PASS", "FAIL" or "" (information only)


@dataclass
class Results:
    """Everything the run found; written as JSON after each section."""

    machine: dict[str, Any]
    plan: dict[str, Any]
    rows: list[Row] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    def add(
        self, section: str, measure: str, result: str, target: str = "", ok: bool | None = None
    ) -> None:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        self.rows.append(Row(section, measure, result, target, verdict))

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {**asdict(self), "rows": [asdict(row) for row in self.rows]}
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def machine() -> dict[str, Any]:
    from importlib.metadata import version

    commit = _git("rev-parse", "HEAD")
    dirty = _git("status", "--porcelain", "--untracked-files=no")
    return {
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "articlecli": version("articlecli"),
        "commit": commit,
        "uncommitted_changes": bool(dirty) if dirty is not None else None,
        "load_start": os.getloadavg(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
    }


def _git(*args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip()


# ---------------------------------------------------------------------------------------
# The table


def table(results: Results) -> str:
    """Return the rows as an aligned text table, a blank line between sections."""
    headers = ("measure", "result", "target", "")
    rows = [(r.measure, r.result, r.target, r.verdict) for r in results.rows]
    widths = [max(len(row[i]) for row in [headers, *rows]) for i in range(3)]
    lines = []
    info = results.machine
    lines.append(
        f"articlecli {info['articlecli']} at {(info['commit'] or '?')[:10]}"
        f"{' + uncommitted changes' if info['uncommitted_changes'] else ''}; "
        f"Python {info['python']}; {info['cpus']} CPUs; {info['platform']}"
    )
    load_end = info.get("load_end") or ("?", "?", "?")
    start = load_text(info["load_start"])
    lines.append(f"load average at start {start}, at end {load_text(load_end)}")
    lines.append("")
    lines.append("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip())
    lines.append("  ".join("-" * w for w in widths))
    previous = None
    for row, cells in zip(results.rows, rows, strict=True):
        if previous is not None and row.section != previous:
            lines.append("")
        previous = row.section
        lines.append(
            "  ".join(
                [*(c.ljust(w) for c, w in zip(cells, widths, strict=False)), cells[3]]
            ).rstrip()
        )
    passed = sum(r.verdict == "PASS" for r in results.rows)
    failed = sum(r.verdict == "FAIL" for r in results.rows)
    lines.append("")
    lines.append(f"{passed} PASS, {failed} FAIL (figures from a shared machine: see the load)")
    return "\n".join(lines)


def load_text(values: Sequence[object]) -> str:
    return " ".join(f"{v:.2f}" if isinstance(v, float) else str(v) for v in values)
