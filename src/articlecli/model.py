"""The article model: frozen dataclasses and their JSON-ready dict form.

The dict form is the output contract (schema version 1). Keys may be added in later
versions; the ones written here are never renamed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urlsplit

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Quote:
    """A span in double quotation marks inside a body paragraph.

    ``sections[section].paragraphs[paragraph][start:end] == text``.
    """

    text: str
    speaker: str | None
    section: int
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "speaker": self.speaker,
            "section": self.section,
            "paragraph": self.paragraph,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        return cls(
            text=data["text"],
            speaker=data.get("speaker"),
            section=data["section"],
            paragraph=data["paragraph"],
            start=data["start"],
            end=data["end"],
        )


@dataclass(frozen=True)
class Section:
    """Body paragraphs under one heading (``None`` when the body opens without one)."""

    heading: str | None
    paragraphs: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"heading": self.heading, "paragraphs": list(self.paragraphs)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Section:
        return cls(heading=data.get("heading"), paragraphs=tuple(data.get("paragraphs", ())))


@dataclass(frozen=True)
class Related:
    """A "Related article: ..." / "Read more: ..." line: its label, title and link."""

    label: str
    title: str | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "title": self.title, "url": self.url}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Related:
        return cls(label=data["label"], title=data.get("title"), url=data.get("url"))


@dataclass(frozen=True)
class Diagnostic:
    """A finding about the input: a rule code, a message and the 1-based line (if known)."""

    code: str
    message: str
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "line": self.line}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Diagnostic:
        return cls(code=data["code"], message=data["message"], line=data.get("line"))


@dataclass(frozen=True)
class Source:
    """Where an article came from: input path, its index in that input, its first line."""

    path: str | None
    index: int = 0
    line: int = 1

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "index": self.index, "line": self.line}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Source:
        return cls(path=data.get("path"), index=data.get("index", 0), line=data.get("line", 1))


def _tuple_of(cls: Any, items: Any) -> tuple[Any, ...]:
    return tuple(cls.from_dict(item) for item in items or ())


@dataclass(frozen=True)
class Article:
    """One parsed article. Build it with :func:`articlecli.parse`.

    ``domain`` and ``word_count`` are derived from the other fields, so they are properties
    and cannot disagree with them.
    """

    headline: str | None = None
    byline: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    date: str | None = None
    updated: str | None = None
    photo_credit: str | None = None
    photo_caption: str | None = None
    publication: str | None = None
    dateline: str | None = None
    summary: str | None = None
    sections: tuple[Section, ...] = ()
    quotes: tuple[Quote, ...] = ()
    related: tuple[Related, ...] = ()
    highlights: tuple[str, ...] = ()
    url: str | None = None
    # 1-based input line of each header field, e.g. {"headline": 4, "date": 8}.
    lines: Mapping[str, int] = field(default_factory=dict)
    warnings: tuple[Diagnostic, ...] = ()
    # Page chrome ("Advertisement", "Skip to main content") kept out of the body.
    boilerplate: tuple[str, ...] = ()
    # Lines the parser could not place anywhere: kept so that nothing is ever lost.
    unrecognised: tuple[str, ...] = ()
    source: Source | None = None
    id: str = ""

    @property
    def domain(self) -> str | None:
        """Host of ``url`` without a leading "www."."""
        return domain_of(self.url)

    @property
    def word_count(self) -> int:
        """Number of words in the body paragraphs."""
        return sum(len(p.split()) for s in self.sections for p in s.paragraphs)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """All body paragraphs in reading order."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict form (schema version 1)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "headline": self.headline,
            "byline": self.byline,
            "authors": list(self.authors),
            "agencies": list(self.agencies),
            "date": self.date,
            "updated": self.updated,
            "photo_credit": self.photo_credit,
            "photo_caption": self.photo_caption,
            "publication": self.publication,
            "dateline": self.dateline,
            "summary": self.summary,
            "sections": [s.to_dict() for s in self.sections],
            "quotes": [q.to_dict() for q in self.quotes],
            "related": [r.to_dict() for r in self.related],
            "highlights": list(self.highlights),
            "url": self.url,
            "domain": self.domain,
            "word_count": self.word_count,
            "lines": dict(self.lines),
            "warnings": [w.to_dict() for w in self.warnings],
            "boilerplate": list(self.boilerplate),
            "unrecognised": list(self.unrecognised),
            "source": self.source.to_dict() if self.source else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output; derived keys are ignored.

        Raises ``ValueError`` for a schema version this release does not know.
        """
        version = data.get("schema_version", SCHEMA_VERSION)
        if version != SCHEMA_VERSION:
            raise ValueError(f"unsupported schema_version {version!r} (expected 1)")
        source = data.get("source")
        return cls(
            headline=data.get("headline"),
            byline=data.get("byline"),
            authors=tuple(data.get("authors") or ()),
            agencies=tuple(data.get("agencies") or ()),
            date=data.get("date"),
            updated=data.get("updated"),
            photo_credit=data.get("photo_credit"),
            photo_caption=data.get("photo_caption"),
            publication=data.get("publication"),
            dateline=data.get("dateline"),
            summary=data.get("summary"),
            sections=_tuple_of(Section, data.get("sections")),
            quotes=_tuple_of(Quote, data.get("quotes")),
            related=_tuple_of(Related, data.get("related")),
            highlights=tuple(data.get("highlights") or ()),
            url=data.get("url"),
            lines=dict(data.get("lines") or {}),
            warnings=_tuple_of(Diagnostic, data.get("warnings")),
            boilerplate=tuple(data.get("boilerplate") or ()),
            unrecognised=tuple(data.get("unrecognised") or ()),
            source=Source.from_dict(source) if source else None,
            id=data.get("id") or "",
        )

    def with_source(self, source: Source | None) -> Article:
        """Return a copy that records where the article came from."""
        return replace(self, source=source)


def domain_of(url: str | None) -> str | None:
    """Return the host of ``url`` in lower case without "www.", or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")
