"""Field coverage over many articles: which fields the parser found, per file and overall.

``articlecli validate --summary`` prints this so that a user can see at a glance how well a
folder of dumps was read. Everything here is pure: articles in, numbers and text out.

A file may hold several articles (a multi-article dump), so each per-file cell is a count:
``found[field]`` articles of the file's ``articles`` have the field. Documents that held no
article at all (empty, binary, unreadable) count as ``unreadable`` and in no field.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .model import Article

# Version of the JSON form's shape; keys may be added, never renamed.
COVERAGE_JSON_VERSION = 1


@dataclass(frozen=True)
class FieldRule:
    """A field of the coverage table: its name and how to tell an article has it."""

    name: str
    has: Callable[[Article], bool]


# The columns of the table, in order. "byline" counts the byline line; "authors" the names
# read from it (a byline such as "Staff reporter" has no author), which the targets measure.
FIELDS: tuple[FieldRule, ...] = (
    FieldRule("headline", lambda a: bool(a.headline)),
    FieldRule("byline", lambda a: bool(a.byline)),
    FieldRule("authors", lambda a: bool(a.authors)),
    FieldRule("date", lambda a: bool(a.date)),
    FieldRule("url", lambda a: bool(a.url)),
    FieldRule("photo_credit", lambda a: bool(a.photo_credit)),
    FieldRule("dateline", lambda a: bool(a.dateline)),
    FieldRule("publication", lambda a: bool(a.publication)),
    FieldRule("paragraphs", lambda a: bool(a.paragraphs)),
    FieldRule("boilerplate", lambda a: bool(a.boilerplate)),
)
FIELD_NAMES: tuple[str, ...] = tuple(rule.name for rule in FIELDS)
# Fields shown as a count of items (paragraphs, chrome lines) per file, not found / not found.
COUNTED: tuple[str, ...] = ("paragraphs", "boilerplate")


@dataclass(frozen=True)
class FileCoverage:
    """One input file: its articles, how many have each field, and item counts."""

    path: str
    articles: int
    found: Mapping[str, int]  # field name -> articles of this file that have it
    paragraphs: int  # paragraphs over all its articles
    boilerplate: int  # chrome lines kept out of the body, over all its articles
    unreadable: int = 0  # documents in this file that held no article

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form."""
        return {
            "path": self.path,
            "articles": self.articles,
            "unreadable": self.unreadable,
            "fields": {name: self.found[name] for name in FIELD_NAMES},
            "paragraphs": self.paragraphs,
            "boilerplate": self.boilerplate,
        }


@dataclass(frozen=True)
class FieldCoverage:
    """One field over all articles: found in ``found`` of ``articles``."""

    name: str
    found: int
    articles: int

    @property
    def percent(self) -> float:
        """Share of articles with the field, 0-100 (0 when there are no articles)."""
        return 100.0 * self.found / self.articles if self.articles else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form (``percent`` rounded to one decimal)."""
        return {"found": self.found, "articles": self.articles, "percent": round(self.percent, 1)}


@dataclass(frozen=True)
class Coverage:
    """Per-file rows in input order, per-field totals in :data:`FIELDS` order."""

    files: tuple[FileCoverage, ...]
    fields: tuple[FieldCoverage, ...]

    @property
    def articles(self) -> int:
        """Articles read, over all files."""
        return sum(f.articles for f in self.files)

    @property
    def unreadable(self) -> int:
        """Documents that held no article, over all files."""
        return sum(f.unreadable for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready form (``--summary --output-format json``)."""
        return {
            "version": COVERAGE_JSON_VERSION,
            "files": [f.to_dict() for f in self.files],
            "fields": {f.name: f.to_dict() for f in self.fields},
            "totals": {
                "files": len(self.files),
                "articles": self.articles,
                "unreadable": self.unreadable,
                "paragraphs": sum(f.paragraphs for f in self.files),
                "boilerplate": sum(f.boilerplate for f in self.files),
            },
        }


def count_coverage(documents: Iterable[tuple[str, Article | None]]) -> Coverage:
    """Count fields per file and overall from ``(path, article)`` pairs in input order.

    ``article`` is None for a document that held no article. Pairs with the same path are
    one file, wherever they appear.

    >>> c = count_coverage([("a.txt", Article(headline="Hi")), ("b.txt", None)])
    >>> [(f.path, f.articles, f.found["headline"], f.unreadable) for f in c.files]
    [('a.txt', 1, 1, 0), ('b.txt', 0, 0, 1)]
    """
    by_path: dict[str, list[Article | None]] = {}
    for path, article in documents:
        by_path.setdefault(path, []).append(article)
    files = tuple(_file_coverage(path, found) for path, found in by_path.items())
    articles = sum(f.articles for f in files)
    fields = tuple(
        FieldCoverage(rule.name, sum(f.found[rule.name] for f in files), articles)
        for rule in FIELDS
    )
    return Coverage(files, fields)


def _file_coverage(path: str, documents: list[Article | None]) -> FileCoverage:
    articles = [a for a in documents if a is not None]
    return FileCoverage(
        path=path,
        articles=len(articles),
        found={rule.name: sum(rule.has(a) for a in articles) for rule in FIELDS},
        paragraphs=sum(len(a.paragraphs) for a in articles),
        boilerplate=sum(len(a.boilerplate) for a in articles),
        unreadable=len(documents) - len(articles),
    )


# --- text ------------------------------------------------------------------------------


def file_cells(row: FileCoverage) -> list[str]:
    """Return one file's table cells after its path: articles, then one cell per field.

    A field of a one-article file is "yes" or "-"; of a file with several articles, "k/n".
    Counted fields show their item count. A file with no article shows 0 and "-".
    """
    if row.articles == 0:
        return ["0", *("-" for _ in FIELDS)]
    cells = [str(row.articles)]
    for name in FIELD_NAMES:
        if name in COUNTED:
            cells.append(str(row.paragraphs if name == "paragraphs" else row.boilerplate))
        elif row.articles == 1:
            cells.append("yes" if row.found[name] else "-")
        else:
            cells.append(f"{row.found[name]}/{row.articles}")
    return cells


def file_label(row: FileCoverage) -> str:
    """Return the path, marked when some or all of its documents held no article."""
    if row.unreadable and row.articles == 0:
        return f"{row.path} (unreadable)"
    if row.unreadable:
        return f"{row.path} ({row.unreadable} unreadable)"
    return row.path


def field_cells(field: FieldCoverage) -> list[str]:
    """Return one field's overall cells: found, of, percent."""
    return [str(field.found), str(field.articles), f"{field.percent:.1f}%"]


FILE_HEADER: tuple[str, ...] = ("file", "articles", *FIELD_NAMES)
FIELD_HEADER: tuple[str, ...] = ("field", "found", "of", "percent")


def format_coverage(coverage: Coverage) -> str:
    """Return the plain-text tables: one row per file, then one row per field.

    Columns are aligned with spaces (numbers to the right), so the text reads in a pager
    and splits on whitespace as long as paths have no spaces.
    """
    file_rows = [[file_label(row), *file_cells(row)] for row in coverage.files]
    field_rows = [[field.name, *field_cells(field)] for field in coverage.fields]
    totals = f"{len(coverage.files)} files, {coverage.articles} articles" + (
        f", {coverage.unreadable} unreadable" if coverage.unreadable else ""
    )
    return (
        _aligned(FILE_HEADER, file_rows)
        + "\n"
        + _aligned(FIELD_HEADER, field_rows)
        + "\n"
        + totals
        + "\n"
    )


def format_coverage_json(coverage: Coverage) -> str:
    """Return the JSON form of the coverage, one indented object."""
    return json.dumps(coverage.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _aligned(header: Iterable[str], rows: list[list[str]]) -> str:
    """Align columns: the first to the left, the others to the right."""
    table = [list(header), *rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = []
    for row in table:
        cells = [row[0].ljust(widths[0])]
        cells += [cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


__all__ = [
    "COUNTED",
    "COVERAGE_JSON_VERSION",
    "FIELDS",
    "FIELD_NAMES",
    "Coverage",
    "FieldCoverage",
    "FieldRule",
    "FileCoverage",
    "count_coverage",
    "field_cells",
    "file_cells",
    "file_label",
    "format_coverage",
    "format_coverage_json",
]
