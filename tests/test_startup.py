"""What a run imports: start-up time is spent on imports, so each run loads only what it uses.

Each case runs the command line in a fresh interpreter and looks at ``sys.modules`` when it
is done. These are facts about imports, never timings (benchmarks/run.py measures those).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers import HARBOUR, describe, write_tree

# Runs main() with the given arguments, then writes the names in sys.modules to the file
# named by the first argument (a file, so that neither stdout nor stderr gets in the way).
_SCRIPT = """\
import sys
from articlecli.cli import main
try:
    main(sys.argv[2:])
except SystemExit:
    pass
with open(sys.argv[1], "w") as out:
    out.write("\\n".join(sorted(sys.modules)))
"""

# Imported only by a command that shows something to a person, or reads odd dates.
NEVER_AT_START = ("rich", "dateutil")
COMMAND_MODULES = tuple(
    f"articlecli.cli.{name}"
    for name in ("convert", "inspect_view", "schema_cmd", "split_cmd", "validate_cmd")
)
OTHER_RENDERERS = {
    "json": (
        "articlecli.render.markdown",
        "articlecli.render.frontmatter",
        "articlecli.render.text",
    ),
    "markdown": ("articlecli.render.jsonout", "articlecli.render.text"),
    "text": ("articlecli.render.jsonout", "articlecli.render.markdown"),
}


def modules_after(args: list[str], cwd: Path) -> set[str]:
    """Return the modules imported by a run of ``articlecli ARGS`` in a new interpreter."""
    listing = cwd / "modules.txt"
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT, str(listing), *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, describe(result)
    return set(listing.read_text(encoding="utf-8").split("\n"))


def under(modules: set[str], *packages: str) -> list[str]:
    """Return the modules that are one of ``packages`` or inside one, sorted."""
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


def test_version_imports_only_the_group(tmp_path: Path) -> None:
    modules = modules_after(["--version"], tmp_path)
    assert under(modules, "articlecli") == [
        "articlecli",
        "articlecli._lazy",
        "articlecli._version",
        "articlecli.cli",
        "articlecli.cli.console",
    ]
    assert under(modules, *NEVER_AT_START, "dataclasses") == []


def test_help_lists_the_commands_without_rich_or_the_parser(tmp_path: Path) -> None:
    modules = modules_after(["--help"], tmp_path)
    assert under(modules, *COMMAND_MODULES) == sorted(COMMAND_MODULES)
    assert under(modules, "articlecli.parser", "articlecli.render", *NEVER_AT_START) == []


@pytest.mark.parametrize("fmt", sorted(OTHER_RENDERERS))
def test_converting_a_plain_dump_imports_only_its_renderer(tmp_path: Path, fmt: str) -> None:
    write_tree(tmp_path, {"a.txt": HARBOUR})
    modules = modules_after(["convert", "a.txt", "--to", fmt], tmp_path)
    assert "articlecli.parser" in modules  # the run did convert
    unused = (
        *OTHER_RENDERERS[fmt],
        *(m for m in COMMAND_MODULES if m != "articlecli.cli.convert"),
        "articlecli.readback",  # not our own output
        "articlecli.containers",  # no SGML
        "articlecli.tabular",  # no table
        "articlecli.feeds",  # no feed
        "articlecli.apijson",  # no JSON
        "html",
        "concurrent.futures",  # --jobs 1
        "_hashlib",  # OpenSSL: article ids use CPython's own SHA-256
        "rich",
        # The text renderer checks its output by parsing it, and the parser reads the ISO
        # 8601 date it wrote with dateutil.
        *(() if fmt == "text" else ("dateutil",)),
    )
    assert under(modules, *unused) == []


def test_sgml_and_our_own_json_import_their_readers(tmp_path: Path) -> None:
    """The readers left out of a plain run are still there when an input needs them."""
    write_tree(tmp_path, {"a.txt": HARBOUR})
    subprocess.run(
        [sys.executable, "-m", "articlecli", "convert", "a.txt", "-o", "a.json"],
        cwd=tmp_path,
        check=True,
    )
    sgml = (
        "<DOC>\n<DOCNO> X-1 </DOCNO>\n"
        "<HEAD>Harbour Reopens</HEAD>\n<TEXT>\nIt did.\n</TEXT>\n</DOC>\n"
    )
    write_tree(tmp_path, {"b.sgml": sgml})
    assert "articlecli.readback" in modules_after(["convert", "a.json"], tmp_path)
    assert "articlecli.containers" in modules_after(["convert", "b.sgml"], tmp_path)
    table = "9 March 2031\tFerry resumes\thttps://example.com/1\n" * 3
    write_tree(tmp_path, {"c.txt": table})
    assert "articlecli.tabular" in modules_after(["convert", "c.txt"], tmp_path)
