"""One input -> its articles: the single entry point the command line uses.

An input is read as a stream of byte lines and split into records
(:mod:`articlecli.split`), so that a dump of any size holds only one record in memory at a
time. Each record becomes a :class:`Unit`, the piece of work that :func:`load_unit` turns
into articles; units are small and picklable, so a process pool can do that work.

- An input that holds a single plain-text record is parsed whole, from its bytes, exactly as
  a one-article file always was (its line numbers, encoding warning and empty-file message).
- A record of kind "json", or a text record in articlecli's own Markdown, is read back
  (:mod:`articlecli.readback`); JSON that is not ours is parsed as text, as before.
- A broken record (an unclosed ``<DOC>``, a bad JSON line) gives an
  :class:`ArticleParseError` naming the path and the input line; the other records go on.

Every article carries ``Source(path, index, line)``: ``index`` is the record's position in
the input (a broken record keeps its number, so the indexes say an article is missing) and
``line`` the input line where the record starts. Line numbers inside the article
(``lines``, warning lines) are input lines too.

Start-up time: :mod:`articlecli.readback` (and the Markdown modules it uses) is imported
only for text that could be our own output, so converting a plain dump never loads it.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import NamedTuple

from . import patterns
from .codes import code_of
from .decode import decode_bytes, read_python_literal  # decode registers the cp1252 fallback
from .errors import ArticleParseError
from .model import Article, Diagnostic, Source
from .parser import parse
from .split import Record, split_records

_LINE_ENDS = patterns.compile(r"\r\n?|\n")
# How our own output can start, after a BOM and blank space: "[" or "{" (JSON) or a "---"
# fence (Markdown). Looser than readback's own test, which has the last word.
_MAYBE_OWN_OUTPUT = patterns.compile(r"[\ufeff \t\r\n]*[\[{-]")
_BINARY_MESSAGE = "input is binary (NUL byte), not text"
_BYTES_LITERAL = ("b'", 'b"')


class Unit(NamedTuple):
    """One record of one input, ready to load; ``data`` is the whole input when it holds
    just this record (so that it is parsed exactly as a one-article file)."""

    record: Record
    source: str
    data: bytes | None = None


def load_articles(
    data: bytes, *, source: str, delimiter: str | None = None, single: bool = False
) -> Iterator[Article]:
    """Yield the articles in one input's bytes, each with ``Source(source, index, line)``.

    Raises :class:`ArticleParseError` (when iterated) at the first record that cannot be
    read, or for input that holds no article: empty, blank or binary. To go on past a
    broken record, use :func:`split_input` and :func:`load_unit`.
    """
    chunks = data.splitlines(keepends=True)
    for unit in split_input(chunks, source=source, delimiter=delimiter, single=single):
        if isinstance(unit, ArticleParseError):
            raise unit
        yield from load_unit(unit).articles


def split_input(
    chunks: Iterable[bytes],
    *,
    source: str,
    delimiter: str | re.Pattern[str] | None = None,
    single: bool = False,
    on_warning: Callable[[Diagnostic], None] | None = None,
) -> Iterator[Unit | ArticleParseError]:
    """Yield the units of one input given as byte lines, in order, as each is complete.

    Broken records and binary input come out in-band as errors; binary input ends the
    input. ``on_warning`` hears of a line that was not UTF-8, in an input of several
    records (a one-record input reports it in its article's warnings, as it always did).
    Raises ``re.error`` for an invalid ``delimiter``.
    """
    lines = _LineDecoder(chunks, source=source)
    records = split_records(lines, delimiter=delimiter, single=single)
    try:
        first = next(records, None)
        second = next(records, None) if first is not None else None
        if second is None and (first is None or (first.kind == "text" and first.verbatim)):
            # Zero or one article: parse the whole input, as for a one-article file.
            whole = b"".join(lines.kept or ())
            yield Unit(first or Record("", 1), source, data=whole)
            return
        lines.kept = None  # several records: hold none of the input back
        if lines.warning is not None and on_warning is not None:
            on_warning(lines.warning)
        reported = lines.warning
        for record in _chain(first, second, records):
            yield _unit_or_error(record, source)
            if lines.warning is not reported and on_warning is not None:
                reported = lines.warning
                if reported is not None:
                    on_warning(reported)
    except ArticleParseError as exc:
        yield exc  # binary input: nothing after the NUL is text


class Loaded(NamedTuple):
    """The articles of one unit, and what decoding this input found wrong with it.

    ``input_warnings`` are about the bytes read now (a cp1252 fallback); the warnings an
    article read back from our own output carries are about its original input, not this.
    """

    articles: list[Article]
    input_warnings: tuple[Diagnostic, ...] = ()


def load_unit(unit: Unit) -> Loaded:
    """Return the articles of one unit, located in their input.

    Raises :class:`ArticleParseError`, with the input line, for a record that holds no
    article or is articlecli's own output gone wrong.
    """
    record, source = unit.record, unit.source
    try:
        if unit.data is not None:
            loaded = _load_whole(unit.data, source=source)
        elif record.kind == "title":
            return Loaded([], (dump_title_warning(record),))
        else:
            articles = _load_record(record, source)
            if not articles and record.container == "jsonl" and _holds_no_value(record.text):
                return Loaded([], (_empty_item_warning(record.line),))
            loaded = Loaded(articles)
    except RecursionError:
        # JSON nested thousands deep ("[[[[..."): Python's decoders recurse once a level.
        # One error for the input (the others go on) rather than a traceback.
        line = 1 if unit.data is not None else record.line
        raise ArticleParseError(TOO_DEEP, source=source, line=line) from None
    # An article the input ends inside is said on stderr too: the input lost its end.
    cut = tuple(w for a in loaded.articles for w in a.warnings if w.code == _CUT_ARTICLE)
    return loaded._replace(input_warnings=loaded.input_warnings + cut) if cut else loaded


_CUT_ARTICLE = code_of("cut-article")


# What an input gets whose JSON nests thousands deep ("[[[[...").
TOO_DEEP = "input nests brackets too deeply to read"


def empty_item_warnings(text: str) -> list[Diagnostic]:
    """The warnings for the items of JSON Lines ``text`` that hold no value, by line."""
    return [
        _empty_item_warning(number)
        for number, line in enumerate(text.splitlines(), start=1)
        if line[:1] == "{" and _holds_no_value(line)
    ]


def _empty_item_warning(line: int) -> Diagnostic:
    message = "a JSON Lines item whose every value is empty holds no article: left out"
    return Diagnostic(code_of("empty-item"), message, line)


def _holds_no_value(text: str) -> bool:
    """A JSON object whose every value is null or empty: a scraper's item that found
    nothing ({"title": null, "body": null}); its line is no article and no text."""
    if len(text) > _MAX_EMPTY_ITEM:
        return False  # the cheap test: keys with empty values make a short line
    import json

    try:
        value = json.loads(text)
    except ValueError:
        return False
    return isinstance(value, dict) and bool(value) and all(map(_is_empty, value.values()))


# An item of a dozen keys and no values is a few hundred characters at most.
_MAX_EMPTY_ITEM = 2000


def _is_empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    return value is None or (isinstance(value, (list, dict)) and not value)


def dump_title_warning(record: Record) -> Diagnostic:
    """The warning that a record is a title over the dump's records, quoting it (it is in
    no output)."""
    title = " / ".join(line.strip() for line in record.text.splitlines() if line.strip())
    message = f"{title!r} is a title over the dump's records, not an article: left out"
    return Diagnostic(code_of("dump-title"), message, record.line)


def _load_record(record: Record, source: str) -> list[Article]:
    if record.kind == "error":
        raise record.to_error(source=source)
    if record.kind == "json" or (record.verbatim and record.text.startswith("---")):
        own = _read_back(record, source)
        if own is not None:
            return own
    if record.kind == "json":
        api = read_api_articles(record.text, source=source, index=record.index, line=record.line)
        if api is not None:
            return api
        if record.container == "jsonl" and _holds_no_value(record.text):
            return []  # a scraper's item that found nothing (load_unit says so)
    # A line that is Python's repr of a page's bytes (_LineDecoder made it a record).
    literal = read_python_literal(record.text, source=source) if record.verbatim else None
    try:
        article = parse(record.text if literal is None else literal[0], source=source)
    except ArticleParseError as exc:
        raise _located_error(exc, record, source) from None
    if record.verbatim and literal is None:
        article = _shifted(article, record.line - 1)
    else:
        # The text was rebuilt from a container (<DOC>, <REUTERS>): its lines are not input
        # lines, so every field and warning points at the record's first input line.
        article = _pinned(article, record.line)
    if record.id:
        article = replace(article, id=record.id)  # the container's own id (TREC <DOCNO>)
    if record.cut:
        article = replace(article, warnings=(*article.warnings, _cut_warning(record.line)))
    return [article.with_source(Source(source, record.index, record.line))]


def _load_whole(data: bytes, *, source: str) -> Loaded:
    """Parse an input holding one article (or read back our own output), from its bytes."""
    text, decode_warnings = decode_bytes(data, source=source)
    if _MAYBE_OWN_OUTPUT.match(text):
        from .readback import read_own_output

        own = read_own_output(text, source=source)
        if own is not None:
            return Loaded(own, tuple(decode_warnings))
        api = read_api_articles(text, source=source, index=0, line=1)
        if api is not None:
            return Loaded(api, tuple(decode_warnings))
    article = parse(data, source=source)
    if _holds_one_line(data):  # a Python literal or an HTML body may read as many lines
        article = _pinned(article, 1)
    located = article.with_source(Source(path=source, index=0, line=_line_of(article, source, 1)))
    return Loaded([located], tuple(decode_warnings))


def _read_back(record: Record, source: str) -> list[Article] | None:
    """Read a record of our own output back, with input lines and the record's index."""
    from .readback import read_own_output

    try:
        own = read_own_output(record.text, source=source)
    except ArticleParseError as exc:
        raise _located_error(exc, record, source) from None
    if own is None:
        return None
    offset = record.line - 1
    return [
        article.with_source(
            Source(source, record.index + position, _line_of(article, source, 1) + offset)
        )
        for position, article in enumerate(own)
    ]


def read_api_articles(text: str, *, source: str, index: int, line: int) -> list[Article] | None:
    """Read a news API's JSON (:mod:`articlecli.apijson`) whose first line is input line
    ``line`` and first article record ``index``; None when it holds no article objects.
    Every line number of an article is the line where its title stands."""
    from .apijson import api_records

    records = api_records(text)
    if records is None:
        return None
    articles = []
    for position, record in enumerate(records):
        at = record.line + line - 1
        article = _pinned(parse(record.text, source=source), at)
        if record.cut:
            article = replace(article, warnings=(*article.warnings, _cut_warning(at)))
        articles.append(article.with_source(Source(source, index + position, at)))
    return articles


def _cut_warning(line: int) -> Diagnostic:
    message = "the input ends inside this article: its last field is cut where the file is"
    return Diagnostic(code_of("cut-article"), message, line)


def _line_of(article: Article, source: str, default: int) -> int:
    """Return the line a reader already found for the article, else ``default``."""
    known = article.source
    return known.line if known is not None and known.path == source else default


def _unit_or_error(record: Record, source: str) -> Unit | ArticleParseError:
    if record.kind == "error":
        return record.to_error(source=source)
    return Unit(record, source)


def _located_error(exc: ArticleParseError, record: Record, source: str) -> ArticleParseError:
    """Move an error found in a record's text to its input line."""
    line = record.line
    if record.verbatim and exc.line is not None:
        line += exc.line - 1
    return ArticleParseError(exc.message, source=source, line=line)


def _shifted(article: Article, offset: int) -> Article:
    """Return the article with its line numbers moved down by ``offset`` input lines."""
    if not offset:
        return article
    warnings = tuple(
        w if w.line is None else replace(w, line=w.line + offset) for w in article.warnings
    )
    lines = {name: line + offset for name, line in article.lines.items()}
    return replace(article, lines=lines, warnings=warnings)


def _pinned(article: Article, line: int) -> Article:
    """Return the article with every line number set to ``line``."""
    warnings = tuple(w if w.line is None else replace(w, line=line) for w in article.warnings)
    return replace(article, lines=dict.fromkeys(article.lines, line), warnings=warnings)


def _holds_one_line(data: bytes) -> bool:
    end = data.find(b"\n")
    return (end == -1 or end == len(data) - 1) and b"\r" not in data.rstrip(b"\r\n")


def _chain(first: Record | None, second: Record | None, rest: Iterator[Record]) -> Iterator[Record]:
    if first is not None:
        yield first
    if second is not None:
        yield second
    yield from rest


class _LineDecoder:
    """Byte lines -> text lines: UTF-8 (BOM dropped), a line that is not UTF-8 as cp1252.

    This is :func:`articlecli.decode.decode_bytes` one line at a time. ``kept`` holds the
    raw lines read so far, until the caller knows the input has several records and sets
    it to None. A NUL byte raises :class:`ArticleParseError` at its line.
    """

    def __init__(self, chunks: Iterable[bytes], *, source: str) -> None:
        self._chunks = iter(chunks)
        self._source = source
        self._number = 0  # input lines so far
        self._pending: list[str] = []
        self.kept: list[bytes] | None = []
        self.warning: Diagnostic | None = None

    def __iter__(self) -> _LineDecoder:
        return self

    def __next__(self) -> str:
        while not self._pending:
            chunk = next(self._chunks)
            if self.kept is not None:
                self.kept.append(chunk)
            self._pending = self._decode(chunk)
            self._pending.reverse()
        return self._pending.pop()

    def _decode(self, chunk: bytes) -> list[str]:
        if b"\x00" in chunk:
            line = self._number + chunk.count(b"\n", 0, chunk.index(b"\x00")) + 1
            raise ArticleParseError(_BINARY_MESSAGE, source=self._source, line=line)
        if self._number == 0:
            chunk = chunk.removeprefix(codecs.BOM_UTF8)
        try:
            text = chunk.decode("utf-8")
        except UnicodeDecodeError as exc:
            if self.warning is None:
                self.warning = Diagnostic(
                    code_of("encoding-fallback"),
                    f"not valid UTF-8 (byte 0x{chunk[exc.start]:02x}); read as cp1252",
                    self._number + 1,
                )
            text = chunk.decode("cp1252", errors="_articlecli_latin1")
        if text.startswith(_BYTES_LITERAL) and (body := text.rstrip("\r\n")).endswith(("'", '"')):
            text = body + "\f" + text[len(body) :]  # a page's bytes' repr is a record of its own
        # A chunk is one line, but a lone CR also ends a line (old Mac files).
        lines = _LINE_ENDS.split(text)
        if lines[-1] == "":
            lines.pop()
        self._number += max(len(lines), 1)
        return lines or [""]
