"""Rewrite the golden files beside each fixture: ``fixtures/<name>.json`` (and ``.md``).

Usage::

    python tests/regen_goldens.py                 # every fixtures/*.txt
    python tests/regen_goldens.py 001_curly_quotes 000_bad2af0e90df0263.txt
    python tests/regen_goldens.py --md            # also write .md goldens that do not exist yet

Goldens are reviewed, not trusted: after regenerating, read ``git diff fixtures/`` line by
line and commit only what a careful reader of the fixture would expect. Markdown goldens
are written only when ``articlecli.render.markdown`` exists, and (without ``--md``) only
where a ``.md`` golden is already present, so that a renderer still in progress does not
get goldens nobody has read.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def actual_json(path: Path) -> dict[str, Any]:
    """Parse a fixture exactly as the golden test does and return the article's dict form."""
    from articlecli import parse

    data: dict[str, Any] = parse(path.read_bytes(), source=None).to_dict()
    return data


def dump_json(data: dict[str, Any]) -> str:
    """Format a golden: indented, non-ASCII kept readable, one trailing newline (diff-friendly)."""
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def markdown_renderer() -> Callable[..., str] | None:
    """Return ``articlecli.render.markdown.to_markdown`` if that module has landed, else None."""
    try:
        found = importlib.util.find_spec("articlecli.render.markdown")
    except ModuleNotFoundError:
        return None
    if found is None:
        return None
    module = importlib.import_module("articlecli.render.markdown")
    render = getattr(module, "to_markdown", None)
    return render if callable(render) else None


def actual_markdown(path: Path, render: Callable[..., str]) -> str:
    """Render a fixture's article as Markdown, as the golden test does."""
    from articlecli import parse

    return render(parse(path.read_bytes(), source=None))


def fixture_paths(names: Sequence[str]) -> list[Path]:
    """Resolve names ("001_x", "001_x.txt", "fixtures/001_x.txt") to fixture paths."""
    if not names:
        return sorted(FIXTURES.glob("*.txt"))
    paths = []
    for name in names:
        stem = Path(name).name.removesuffix(".txt").removesuffix(".json").removesuffix(".md")
        path = FIXTURES / f"{stem}.txt"
        if not path.is_file():
            raise SystemExit(f"no such fixture: {path}")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    """Regenerate goldens for the named fixtures (all when none are named)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="fixture names (default: all)")
    parser.add_argument("--md", action="store_true", help="create missing .md goldens too")
    args = parser.parse_args(argv)
    render = markdown_renderer()
    for path in fixture_paths(args.names):
        golden = path.with_suffix(".json")
        text = dump_json(actual_json(path))
        if not golden.exists() or golden.read_text(encoding="utf-8") != text:
            golden.write_text(text, encoding="utf-8")
            print(f"wrote {golden.relative_to(FIXTURES.parent)}")
        md = path.with_suffix(".md")
        if render is not None and (md.exists() or args.md):
            text = actual_markdown(path, render)
            if not md.exists() or md.read_text(encoding="utf-8") != text:
                md.write_text(text, encoding="utf-8")
                print(f"wrote {md.relative_to(FIXTURES.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
