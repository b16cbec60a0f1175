"""Read articlecli's own output (JSON, JSON Lines, Markdown) back into articles.

The format is recognised by content, not by file name: a JSON object (or array of them)
with ``schema_version``; JSON Lines whose lines are such objects; Markdown whose front
matter has a ``schema_version`` key. Anything else is not ours, and the caller parses it as
a dump. Our own format gone wrong (cut short, edited by hand) is an error, not a dump.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from . import patterns
from .errors import ArticleParseError
from .lines import line_at
from .model import Article, Quote, Section, Source
from .render.frontmatter import FENCE, FrontMatterError, load_yaml
from .render.markdown import EMPTY_PARAGRAPH, SECTION_BREAK, unescape_text

VERSION_KEY = "schema_version"
_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\r\n"

# Expected value types, as small specs: "str", "str?" (or null), "int", "int?", "[str]",
# "{int}" (object of integers), or a nested object spec (a dict) / list of them ([dict]).
_SECTION = {"heading": "str?", "paragraphs": "[str]"}
_QUOTE = {
    "text": "str", "speaker": "str?", "section": "int", "paragraph": "int", "start": "int",
    "end": "int",
}  # fmt: skip
_RELATED = {"label": "str", "title": "str?", "url": "str?"}
_DIAGNOSTIC = {"code": "str", "message": "str", "line": "int?"}
_SOURCE = {"path": "str?", "index": "int", "line": "int"}
_ARTICLE: dict[str, Any] = {
    VERSION_KEY: "int", "id": "str", "headline": "str?", "byline": "str?",
    "authors": "[str]", "agencies": "[str]", "date": "str?", "updated": "str?",
    "photo_credit": "str?", "photo_caption": "str?", "publication": "str?",
    "dateline": "str?", "summary": "str?", "sections": [_SECTION], "quotes": [_QUOTE],
    "related": [_RELATED], "highlights": "[str]", "url": "str?", "domain": "str?",
    "word_count": "int", "lines": "{int}", "warnings": [_DIAGNOSTIC],
    "boilerplate": "[str]", "unrecognised": "[str]", "source": (_SOURCE, "nullable"),
}  # fmt: skip


@dataclass(frozen=True)
class _Record:
    """One article's dict form and the 1-based line where it starts."""

    data: Mapping[str, Any]
    line: int


def read_own_output(text: str, *, source: str | None = None) -> list[Article] | None:
    """Return the articles if ``text`` is articlecli's own JSON, JSON Lines or Markdown.

    Returns None when the text is not our output. Raises :class:`ArticleParseError` (with
    the line) when it is ours but broken. When ``source`` is given, each article's
    ``source`` becomes ``Source(source, index, line)``; otherwise the recorded one is kept.
    """
    text = text.removeprefix("\ufeff")
    records = _records(text, source)
    if records is None:
        return None
    articles = [_article(record, source) for record in records]
    if source is None:
        return articles
    return [
        article.with_source(Source(source, index, record.line))
        for index, (article, record) in enumerate(zip(articles, records, strict=True))
    ]


def _records(text: str, source: str | None) -> list[_Record] | None:
    """Pick the reader by the first non-blank character (or line) of the text."""
    start = len(text) - len(text.lstrip(_WHITESPACE))
    if start == len(text):
        return None
    end = text.find("\n", start)
    first_line = text[start : end if end != -1 else len(text)]
    if first_line.rstrip() == FENCE:
        return _markdown_records(text, source)
    if text[start] == "[":
        return _json_array_records(text, start, source)
    if text[start] == "{":
        if _one_line_object(first_line):
            return _json_lines_records(text, source)
        return _json_object_records(text, start, source)
    return None


def _error(message: str, source: str | None, line: int) -> ArticleParseError:
    return ArticleParseError(message, source=source, line=line)


def _is_ours(value: Any) -> bool:
    """Our objects hold the version key, a whole number; other tools' schemas name theirs
    the same way but in their own form ("schema_version": "1.0.0")."""
    if not isinstance(value, dict):
        return False
    version = value.get(VERSION_KEY)
    return isinstance(version, int) and not isinstance(version, bool)


# -- JSON --------------------------------------------------------------------------------


def _one_line_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _json_object_records(text: str, start: int, source: str | None) -> list[_Record] | None:
    """Read one pretty-printed object."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if not _holds_version_key(text):
            return None
        raise _error(f"broken JSON: {exc.msg}", source, exc.lineno) from None
    return [_Record(value, line_at(text, start))] if _is_ours(value) else None


def _holds_version_key(text: str) -> bool:
    """Whether broken JSON names our version key as a key (a value or a story's text that
    says "schema_version" makes no document ours)."""
    return f'"{VERSION_KEY}"' in text and _VERSION_KEY_USE.search(text) is not None


_VERSION_KEY_USE = patterns.compile(rf'"{VERSION_KEY}"\s*:\s*-?\d')


def _json_array_records(text: str, start: int, source: str | None) -> list[_Record] | None:
    """Read an array of article objects; None if it is not ours, an error if it is broken."""
    records, problem = _scan_array(text, start)
    if problem is None:
        return records or None
    message, line = problem
    if records or _holds_version_key(text):
        raise _error(f"broken JSON array: {message}", source, line)
    return None


def _scan_array(text: str, start: int) -> tuple[list[_Record], tuple[str, int] | None]:
    """Decode an array element by element, so that a problem names its line."""
    records: list[_Record] = []
    pos = _skip_space(text, start + 1)
    while pos < len(text) and text[pos] != "]":
        try:
            value, end = _DECODER.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            return records, (exc.msg, exc.lineno)
        if not _is_ours(value):
            return records, ("not an article object", line_at(text, pos))
        records.append(_Record(value, line_at(text, pos)))
        pos = _skip_space(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_space(text, pos + 1)
        elif pos < len(text) and text[pos] != "]":
            return records, ("expected ',' or ']'", line_at(text, pos))
    if pos >= len(text):
        return records, ("the array is not closed", line_at(text, pos))
    after = _skip_space(text, pos + 1)
    if after < len(text):
        return records, ("text after the array", line_at(text, after))
    return records, None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in _WHITESPACE:
        pos += 1
    return pos


def _json_lines_records(text: str, source: str | None) -> list[_Record] | None:
    """Read JSON Lines: every non-blank line one article object."""
    records: list[_Record] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip(_WHITESPACE):
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            if not records:
                return None
            raise _error(f"broken JSON line: {exc.msg}", source, number) from None
        if not _is_ours(value):
            if not records:
                return None
            raise _error("the line is not an article object", source, number)
        records.append(_Record(value, number))
    return records


# -- Markdown ----------------------------------------------------------------------------


@dataclass
class _Document:
    """One Markdown document's parts: where it starts, its front matter and body lines."""

    line: int
    front: list[str]
    body: list[str]


def _markdown_records(text: str, source: str | None) -> list[_Record] | None:
    """Read one or more Markdown documents, each opening with front matter."""
    lines = text.replace("\r\n", "\n").split("\n")
    documents = list(_split_documents(lines, source))
    if not documents or not _has_version(documents[0].front):
        return None
    records: list[_Record] = []
    for document in documents:
        try:
            metadata = load_yaml("\n".join(document.front))
        except FrontMatterError as exc:
            line = document.line + exc.line
            raise _error(f"broken front matter: {exc.message}", source, line) from None
        if VERSION_KEY not in metadata:
            raise _error(f"front matter without {VERSION_KEY}", source, document.line)
        sections = _read_sections(document.body)
        records.append(_Record({**metadata, "sections": sections}, document.line))
    return records


def _has_version(front: list[str]) -> bool:
    """Whether front matter holds our version key with a whole number (see _is_ours)."""
    return any(_VERSION_LINE.fullmatch(line) for line in front)


_VERSION_LINE = patterns.compile(rf"{VERSION_KEY}:\s*-?\d+\s*")


def _split_documents(lines: list[str], source: str | None) -> Iterator[_Document]:
    """Yield each ``---`` fenced front matter with the body lines up to the next fence."""
    pos = 0
    while pos < len(lines):
        if not lines[pos].strip():
            pos += 1
            continue
        opening = pos
        try:
            closing = lines.index(FENCE, opening + 1)
        except ValueError:
            if _has_version(lines[opening + 1 :]):
                raise _error("front matter is not closed by '---'", source, opening + 1) from None
            return
        end = closing + 1
        while end < len(lines) and lines[end] != FENCE:
            end += 1
        yield _Document(opening + 1, lines[opening + 1 : closing], lines[closing + 1 : end])
        pos = end


def _read_sections(body: list[str]) -> list[dict[str, Any]]:
    """Rebuild the sections from the body lines written by ``to_markdown``."""
    sections: list[dict[str, Any]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            if not sections:
                sections.append({"heading": None, "paragraphs": []})
            sections[-1]["paragraphs"].append(" ".join(paragraph))
            paragraph.clear()

    for line in body:
        if not line.strip():
            flush()
        elif line == "#" or line.startswith("# "):
            flush()  # the headline: the front matter holds it already
        elif line == "##" or line.startswith("## "):
            flush()
            sections.append({"heading": unescape_text(line[3:]), "paragraphs": []})
        elif line == SECTION_BREAK:
            flush()
            sections.append({"heading": None, "paragraphs": []})
        elif line == EMPTY_PARAGRAPH:
            flush()
            paragraph.append("")
            flush()
        else:
            paragraph.append(unescape_text(line))
    flush()
    return sections


# -- dict -> Article ---------------------------------------------------------------------


def _article(record: _Record, source: str | None) -> Article:
    """Check a record's value types and build its article; Markdown gets its quotes here."""
    problem = _type_problem(record.data, _ARTICLE, "")
    if problem:
        raise _error(problem, source, record.line)
    try:
        article = Article.from_dict(record.data)
    except (KeyError, TypeError, ValueError) as exc:
        raise _error(f"not a valid article: {exc}", source, record.line) from None
    if "quotes" in record.data:
        return article
    return replace(article, quotes=_find_quotes(article.sections))


def _find_quotes(sections: tuple[Section, ...]) -> tuple[Quote, ...]:
    from .parser.quotes import find_quotes  # the parser's own rules, so that both agree

    quotes, _warnings = find_quotes(sections)  # the front matter keeps the original warnings
    return quotes


def _type_problem(value: Any, spec: Any, where: str) -> str | None:
    """Return what is wrong with ``value`` against a type spec, or None if it fits."""
    if isinstance(spec, tuple):  # (spec, "nullable")
        return None if value is None else _type_problem(value, spec[0], where)
    if isinstance(spec, list):
        if not isinstance(value, list):
            return f"{where or 'value'}: expected a list"
        return _first(_type_problem(v, spec[0], f"{where}[{i}]") for i, v in enumerate(value))
    if isinstance(spec, dict):
        return _object_problem(value, spec, where)
    return _scalar_problem(value, spec, where)


def _object_problem(value: Any, spec: dict[str, Any], where: str) -> str | None:
    if not isinstance(value, dict):
        return f"{where or 'value'}: expected an object"
    if where:  # nested objects are written whole; the top level may be cut by --fields
        missing = [key for key in spec if key not in value]
        if missing:
            return f"{where}: missing {', '.join(missing)}"
    prefix = f"{where}." if where else ""
    return _first(
        _type_problem(value[key], sub, f"{prefix}{key}")
        for key, sub in spec.items()
        if key in value
    )


_SCALAR_CHECKS = {
    "str": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "[str]": lambda v: isinstance(v, list) and all(isinstance(i, str) for i in v),
    "{int}": lambda v: (
        isinstance(v, dict)
        and all(isinstance(i, int) and not isinstance(i, bool) for i in v.values())
    ),
}
_SCALAR_NAMES = {
    "str": "a string",
    "int": "an integer",
    "[str]": "a list of strings",
    "{int}": "an object of integers",
}


def _scalar_problem(value: Any, spec: str, where: str) -> str | None:
    nullable = spec.endswith("?")
    base = spec.rstrip("?")
    if (nullable and value is None) or _SCALAR_CHECKS[base](value):
        return None
    expected = _SCALAR_NAMES[base] + (" or null" if nullable else "")
    return f"{where}: expected {expected}, got {json.dumps(value)[:40]}"


def _first(problems: Iterator[str | None]) -> str | None:
    return next((p for p in problems if p), None)
