"""The work done for each record of a conversion: load its articles and render them.

It runs in a worker process under ``--jobs``, so it takes and returns small picklable
values, and never raises for bad input: a record that fails comes back as its error.
Rendering happens here too, so that the main process only splits and writes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from .codes import code_of
from .errors import ArticleParseError
from .load import Unit, load_unit
from .model import Article, Diagnostic

# Warnings about the input itself (its bytes, its own title, its end), not an article's
# content: the commands show these on stderr.
INPUT_WARNING_CODES = frozenset(
    {
        code_of("encoding-fallback"),
        code_of("dump-title"),
        code_of("cut-article"),
        code_of("empty-item"),
    }
)


class Converted(NamedTuple):
    """One record's output: its rendered articles, the warnings to show about the input
    itself (``warnings``: line of a bad encoding), or the error that stopped it."""

    texts: tuple[str, ...] = ()
    warnings: tuple[Diagnostic, ...] = ()
    error: ArticleParseError | None = None


def convert_unit(
    unit: Unit | ArticleParseError,
    *,
    render: Callable[[Article], str],
    input_codes: frozenset[str] = INPUT_WARNING_CODES,
) -> Converted:
    """Load and render one unit; warnings with a code in ``input_codes`` are passed up."""
    if isinstance(unit, ArticleParseError):
        return Converted(error=unit)
    try:
        loaded = load_unit(unit)
    except ArticleParseError as exc:
        return Converted(error=exc)
    return Converted(
        texts=tuple(render(article) for article in loaded.articles),
        warnings=tuple(w for w in loaded.input_warnings if w.code in input_codes),
    )
