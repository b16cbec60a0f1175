"""Text -> Article. (Stub: the real parser lands shortly; the API below is the contract.)"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Article


@dataclass(frozen=True)
class LineRole:
    """The role the parser gave one input line (1-based ``line``)."""

    line: int
    role: str  # headline, byline, date, credit, heading, paragraph, quote, related, url,
    #            boilerplate, unrecognised, blank
    text: str


@dataclass(frozen=True)
class Analysis:
    """An article together with the role of every input line (for ``articlecli inspect``)."""

    article: Article
    roles: tuple[LineRole, ...]


def analyse(text: str | bytes, *, source: str | None = None) -> Analysis:
    """Parse ``text`` and report the role of each line."""
    raise NotImplementedError


def parse(text: str | bytes, *, source: str | None = None) -> Article:
    """Parse one article. Raises ArticleParseError for empty, blank or binary input."""
    return analyse(text, source=source).article


def header_role(line: str) -> str | None:
    """Return "byline", "date", "credit", "url" or "related" if a lone header line would be
    read as that field, else None. Renderers use it to decide when a label is needed."""
    raise NotImplementedError
