"""Shared helpers for the command-line tests: small dumps, file trees, runners."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from click.testing import CliRunner, Result

from articlecli.cli import main

HARBOUR = """\
Harbour Reopens After Storms

By AFP

March 19, 2025

The harbour reopened on Tuesday after a week of storms kept the fishing fleet ashore.

"We are glad to be back at sea," said the harbour master.

Original url: https://www.example.com/2025/03/19/harbour-reopens
"""

BRIDGE = """\
New Bridge Opens to Traffic

By Jane Doe

April 2, 2025

The new bridge across the river opened to cars on Wednesday morning.

Commuters said the trip into town was ten minutes shorter.
"""

COUNCIL = """\
Council Approves Budget

By John Smith

May 5, 2025

The city council approved next year's budget by a vote of seven to two.
"""


def write_tree(root: Path, files: Mapping[str, str | bytes]) -> Path:
    """Create ``files`` (relative path -> text or bytes) under ``root``; return root."""
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


def invoke(args: Sequence[str], *, input: str | bytes | None = None) -> Result:
    """Run the CLI in-process; stdout and stderr stay separate (Click 8.2+)."""
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def describe(result: Result | subprocess.CompletedProcess[str]) -> str:
    """Return exit code, stdout and stderr for an assertion message."""
    if isinstance(result, Result):
        code, out, err = result.exit_code, result.stdout, result.stderr
    else:
        code, out, err = result.returncode, result.stdout, result.stderr
    return f"\nexit code: {code}\n--- stdout ---\n{out}\n--- stderr ---\n{err}"


def installed_articlecli() -> str:
    """Return the installed ``articlecli`` script beside the running interpreter."""
    name = "articlecli.exe" if os.name == "nt" else "articlecli"
    return str(Path(sys.executable).parent / name)


def run_installed(
    args: Sequence[str], *, input: str | None = None, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run the installed command as a subprocess and capture its streams as text."""
    return subprocess.run(
        [installed_articlecli(), *args],
        input=input if input is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


def temp_files(root: Path) -> list[Path]:
    """Return any leftover temporary files (hidden ``.*.tmp``) below ``root``."""
    return sorted(root.rglob(".*.tmp"))
