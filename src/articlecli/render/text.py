"""Article -> the canonical plain-text dump, which the parser reads back as the same fields.

Layout (blocks separated by one blank line, ending with one newline)::

    <headline>
    By <byline>
    <date, ISO 8601>
    Updated <updated, ISO 8601>
    <photo credit>
    <header lines the parser could not place, e.g. a second byline>
    <heading> / <paragraph> ...      (the first paragraph opens with "<DATELINE> — ")
    <label>: <title> <url>           (one per related link)
    Original url: <url>
    <URL lines the parser could not place>

A header value is written bare when the parser, reading that line alone, gives back the
same value; otherwise it gets a label ("Title: ...", "By: ...", "Date: ...", "Photo: ...").
Fields the dump format has no line for (photo caption, publication, summary, highlights,
boilerplate) are not written.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ArticleParseError
from ..model import Article, Related
from ..parse import header_role, parse

DATELINE_DASH = " — "
URL_LABEL = "Original url"


def to_text(article: Article) -> str:
    """Return the article in the canonical dump layout."""
    repeated_urls = [line for line in article.unrecognised if header_role(line) == "url"]
    other_unplaced = [line for line in article.unrecognised if header_role(line) != "url"]
    blocks = [
        *_header_lines(article),
        *other_unplaced,
        *_body_lines(article),
        *(related_line(related) for related in article.related),
        *([f"{URL_LABEL}: {article.url}"] if article.url is not None else []),
        *repeated_urls,
    ]
    return "\n\n".join(blocks) + "\n"


def _header_lines(article: Article) -> list[str]:
    """Return the header lines for the fields the article has, in canonical order."""
    lines: list[str] = []
    if (headline := article.headline) is not None:
        lines.append(_pick(headline, f"Title: {headline}", lambda a: a.headline == headline))
    if (byline := article.byline) is not None:
        credited = (byline, article.authors, article.agencies)
        lines.append(
            _pick(
                f"By {byline}",
                f"By: {byline}",
                lambda a: (a.byline, a.authors, a.agencies) == credited,
            )
        )
    if (date := article.date) is not None:
        lines.append(_pick(date, f"Date: {date}", lambda a: a.date == date))
    if (updated := article.updated) is not None:
        lines.append(
            _pick(f"Updated {updated}", f"Updated: {updated}", lambda a: a.updated == updated)
        )
    if (credit := article.photo_credit) is not None:
        lines.append(_pick(credit, f"Photo: {credit}", lambda a: a.photo_credit == credit))
    return lines


def _pick(bare: str, labelled: str, reads_back: Callable[[Article], bool]) -> str:
    """Return ``bare`` if the parser reads that line alone as the intended value, else
    ``labelled``.

    A lone line is enough to decide: in the header zone, the field a line fills does not
    depend on the lines before it.
    """
    try:
        if reads_back(parse(bare)):
            return bare
    except ArticleParseError:
        pass  # a blank value: the labelled line is all that can be done
    return labelled


def _body_lines(article: Article) -> list[str]:
    """Return headings and paragraphs in order, the dateline put back before the first."""
    lines: list[str] = []
    dateline = article.dateline
    for section in article.sections:
        if section.heading is not None:
            lines.append(section.heading)
        for paragraph in section.paragraphs:
            if dateline is not None:
                paragraph, dateline = f"{dateline}{DATELINE_DASH}{paragraph}", None
            lines.append(paragraph)
    return lines


def related_line(related: Related) -> str:
    """Return a related link as ``<label>: <title> <url>`` (the parts it has)."""
    parts = [f"{related.label}:"]
    parts.extend(part for part in (related.title, related.url) if part)
    return " ".join(parts)
