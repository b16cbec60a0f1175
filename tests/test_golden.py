"""Golden files: every ``fixtures/<name>.txt`` against its ``<name>.json`` (and ``<name>.md``).

Regenerate with ``python tests/regen_goldens.py [names...]`` and review the diff by eye.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from articlecli import Article, parse

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = sorted(FIXTURES.glob("*.txt"))


def _to_markdown() -> Callable[[Article], str] | None:
    """Return the Markdown renderer if it has landed (another module, written in parallel)."""
    try:
        if importlib.util.find_spec("articlecli.render.markdown") is None:
            return None
    except ModuleNotFoundError:
        return None
    return getattr(importlib.import_module("articlecli.render.markdown"), "to_markdown", None)


def test_there_are_fixtures() -> None:
    # A glob that silently matched nothing would make the golden test pass vacuously.
    assert len(TEXTS) >= 13, [p.name for p in TEXTS]


def test_markdown_goldens_exist_once_the_renderer_does() -> None:
    # Without this, a missing .md golden would silently skip the Markdown comparison.
    if _to_markdown() is None:
        pytest.skip("articlecli.render.markdown.to_markdown has not landed yet")
    missing = [p.name for p in TEXTS if not p.with_suffix(".md").exists()]
    assert not missing, f"run python tests/regen_goldens.py --md and review: {missing}"


@pytest.mark.parametrize("path", TEXTS, ids=[p.stem for p in TEXTS])
def test_golden(path: Path) -> None:
    golden = path.with_suffix(".json")
    assert golden.exists(), f"no golden: run python tests/regen_goldens.py {path.stem}"
    article = parse(path.read_bytes(), source=None)
    actual = article.to_dict()
    expected = json.loads(golden.read_text(encoding="utf-8"))
    # Round-trip through JSON so that tuples/lists and key types compare as stored.
    actual = json.loads(json.dumps(actual))
    assert actual == expected, f"{path.name} differs from {golden.name}; actual:\n" + json.dumps(
        actual, indent=2, ensure_ascii=False
    )
    md = path.with_suffix(".md")
    render = _to_markdown()
    if render is not None and md.exists():
        actual_md = render(article)
        assert actual_md == md.read_text(encoding="utf-8"), (
            f"{path.name} differs from {md.name}; actual:\n{actual_md}"
        )
