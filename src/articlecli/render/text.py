"""Article -> the canonical plain-text dump, which the parser reads back as the same fields.

Layout (blocks separated by one blank line, ending with one newline)::

    <headline>
    By <byline>
    <date, ISO 8601>
    Updated <updated, ISO 8601>
    <publication>
    Summary: <summary>
    <photo credit>                    (in the header unless it came with a caption)
    <page chrome, header lines the parser could not place (a second byline, ...)>
    <caption> <credit>                (when the article has a photo caption)
    <heading> / <paragraph> ...       (the first paragraph opens with "<DATELINE> — ")
    <other boilerplate, e.g. a second photo's caption>
    @highlight / <highlight> ...
    <label>: <title> <url>            (one per related link)
    Original url: <url>
    <URL lines the parser could not place>

A header value is written bare when the parser, reading that line alone, gives back the
same value; otherwise it gets a label ("Title: ...", "By: ...", "Date: ...", "Photo: ...").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..errors import ArticleParseError
from ..model import Article, Related
from ..parse import header_role, parse
from ..parse.chrome import is_chrome, read_caption
from ..parse.dateline import read_dateline

DATELINE_DASH = " — "
URL_LABEL = "Original url"
HIGHLIGHT_MARKER = "@highlight"
# Ways to write a caption's credit so that the parser splits it off again, best first.
_CREDIT_FORMS = ("{}", "({})", "Photo: {}", "[{}]")


@dataclass(frozen=True)
class _Byline:
    """The byline line chosen, and the agencies the parser will read from it."""

    line: str
    agencies: tuple[str, ...]


def to_text(article: Article) -> str:
    """Return the article in the canonical dump layout."""
    byline = _byline(article)
    blocks = [
        *_header_lines(article, byline),
        *_unplaced_header_lines(article),
        *_caption_lines(article),
        *_body_lines(article, _dateline_prefix(article, byline)),
        *(line for line in article.boilerplate if not is_chrome(line)),
        *_highlight_lines(article),
        *(related_line(related) for related in article.related),
        *([f"{URL_LABEL}: {article.url}"] if article.url is not None else []),
        *(line for line in article.unrecognised if header_role(line) == "url"),
    ]
    return "\n\n".join(blocks) + "\n"


def _header_lines(article: Article, byline: _Byline | None) -> Iterator[str]:
    """Yield the header lines for the fields the article has, in canonical order."""
    if (headline := article.headline) is not None:
        yield _pick(headline, _labelled("Title", headline), lambda a: a.headline == headline)
    if byline is not None:
        yield byline.line
    if (date := article.date) is not None:
        yield _pick(date, _labelled("Date", date), lambda a: a.date == date)
    if (updated := article.updated) is not None:
        bare = f"Updated {updated}"
        yield _pick(bare, _labelled("Updated", updated), lambda a: a.updated == updated)
    if (publication := article.publication) is not None:
        labelled = _labelled("Publication", publication)
        yield _pick(publication, labelled, lambda a: a.publication == publication)
    if article.summary is not None:
        yield _labelled("Summary", article.summary)
    if (credit := article.photo_credit) is not None and article.photo_caption is None:
        yield _pick(credit, _labelled("Photo", credit), lambda a: a.photo_credit == credit)


def _byline(article: Article) -> _Byline | None:
    """Choose the byline line: bare "By ..." when the parser reads it back, else "By: ..."."""
    if article.byline is None:
        return None
    for line in (f"By {article.byline}", _labelled("By", article.byline)):
        parsed = _parse_line(line)
        if (
            parsed is not None
            and (parsed.byline, parsed.authors) == (article.byline, article.authors)
            and article.agencies[: len(parsed.agencies)] == parsed.agencies
        ):
            return _Byline(line, parsed.agencies)
    return _Byline(_labelled("By", article.byline), ())


def _pick(bare: str, labelled: str, reads_back: Callable[[Article], bool]) -> str:
    """Return ``bare`` if the parser reads that line alone as the intended value, else
    ``labelled``.

    A lone line is enough to decide: in the header zone, the field a line fills does not
    depend on the lines before it.
    """
    parsed = _parse_line(bare)
    return bare if parsed is not None and reads_back(parsed) else labelled


def _parse_line(line: str) -> Article | None:
    try:
        return parse(line)
    except ArticleParseError:
        return None  # a blank value


def _labelled(label: str, value: str) -> str:
    """Return ``label: value``, quoted when the parser would take the value's quotes off."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        # The parser unquotes YAML-style values; single quotes undo exactly (only '' -> ').
        value = "'" + value.replace("'", "''") + "'"
    return f"{label}: {value}"


def _unplaced_header_lines(article: Article) -> Iterator[str]:
    """Yield page chrome and the header lines the parser could not place, which it puts
    back into ``boilerplate`` and ``unrecognised`` when they stand in the header zone."""
    yield from (line for line in article.boilerplate if is_chrome(line))
    yield from (line for line in article.unrecognised if header_role(line) != "url")


def _caption_lines(article: Article) -> Iterator[str]:
    """Yield the caption line, its credit written in a form the parser splits off."""
    caption, credit = article.photo_caption, article.photo_credit
    if caption is None or credit is None:
        return
    lines = [f"{caption} {form.format(credit)}" for form in _CREDIT_FORMS]
    yield next((line for line in lines if read_caption(line) == (caption, credit)), lines[0])


def _dateline_prefix(article: Article, byline: _Byline | None) -> str:
    """Return the dateline as it opens the first paragraph, or "" for none.

    An agency the byline does not credit came from the dateline, so it goes back there;
    so does a credited one when the place alone would not read as a dateline.
    """
    if article.dateline is None:
        return ""
    credited = byline.agencies if byline else ()
    extra = [a for a in article.agencies if a not in credited]
    candidates = [f"{article.dateline} ({agency})" for agency in extra[:1]]
    candidates += [article.dateline, *(f"{article.dateline} ({a})" for a in credited)]
    for candidate in candidates:
        dateline = read_dateline(f"{candidate}{DATELINE_DASH}x")
        if dateline is not None and dateline.place == article.dateline:
            return candidate + DATELINE_DASH
    return article.dateline + DATELINE_DASH


def _body_lines(article: Article, dateline: str) -> Iterator[str]:
    """Yield headings and paragraphs in order, the dateline put back before the first."""
    for section in article.sections:
        if section.heading is not None:
            yield section.heading
        for paragraph in section.paragraphs:
            yield dateline + paragraph
            dateline = ""


def _highlight_lines(article: Article) -> Iterator[str]:
    for highlight in article.highlights:
        yield HIGHLIGHT_MARKER
        yield highlight


def related_line(related: Related) -> str:
    """Return a related link as ``<label>: <title> <url>`` (the parts it has)."""
    parts = [f"{related.label}:"]
    parts.extend(part for part in (related.title, related.url) if part)
    return " ".join(parts)
