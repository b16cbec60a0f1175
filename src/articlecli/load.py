"""One input's bytes -> its articles: the single entry point the command line uses.

An input is articlecli's own output (JSON, JSON Lines, Markdown: read back as the articles it
holds) or a plain-text dump (parsed). Either way the caller gets an iterator, because one
input may hold many articles; every article comes out with its ``Source`` attached.
"""

from __future__ import annotations

from collections.abc import Iterator

from .decode import decode_bytes
from .model import Article, Source
from .parse import parse
from .readback import read_own_output


def load_articles(data: bytes, *, source: str) -> Iterator[Article]:
    """Yield the articles in one input's bytes, each with ``Source(source, index, line)``.

    Raises :class:`articlecli.errors.ArticleParseError` (when iterated) for input that holds
    no article: empty, blank, binary, or a broken container.
    """
    own = _read_back(data, source=source)
    if own is not None:
        for index, article in enumerate(own):
            yield _located(article, source=source, index=index)
        return
    yield _located(parse(data, source=source), source=source, index=0)


def _read_back(data: bytes, *, source: str) -> list[Article] | None:
    """Return the articles when ``data`` is articlecli's own output, else None."""
    text, _warnings = decode_bytes(data, source=source)
    return read_own_output(text, source=source)


def _located(article: Article, *, source: str, index: int) -> Article:
    """Attach where the article came from, keeping a line the reader already found."""
    known = article.source
    line = known.line if known is not None and known.path == source else 1
    return article.with_source(Source(path=source, index=index, line=line))
