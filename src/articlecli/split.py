"""One dump -> records: where each article in a multi-article input starts and ends.

The splitter is separate from the parser: it only finds boundaries (and undoes container
markup), and never looks inside an article beyond what a boundary needs. It streams: lines
are read lazily and each record is yielded as soon as it is complete, so memory holds one
record plus a little lookahead (at most :data:`MAX_FRONT_MATTER` lines), whatever the size
of the dump. (Only a JSON document, or an input with no boundary at all, is one record.)

How an input is read is decided once, from its first non-blank line:

- ``<DOC>`` / ``<REUTERS ...>``: SGML newswire containers (:mod:`articlecli.containers`);
  each container becomes labelled text for the parser (``verbatim=False``).
- ``{...}`` that parses as a JSON object: JSON Lines, one record of kind "json" per line,
  for :mod:`articlecli.readback`. A lone ``{`` / ``[`` (pretty-printed JSON) makes the
  whole input one "json" record: JSON documents cannot be split without parsing them.
- anything else: plain text, split at the boundaries below.

Plain-text boundaries (checked per line, cheapest test first):

1. A form feed splits wherever it is, even mid-line.
2. A marker line (:data:`MARKER_WORDS` between runs of 3+ ``-=*#_~<>[]+`` characters,
   e.g. ``---END OF ARTICLE---``, ``<<<ARTICLE>>>``, ``### ARTICLE 12 ###``) is a
   boundary wherever it stands; the marker line belongs to no article.
3. A rule line (3+ of one of ``- = * _`` and nothing else) standing alone between blank
   lines (or the input's edges) is a boundary and belongs to no article. Except in a
   Markdown article, where ``-``, ``*`` and ``_`` rules are thematic breaks: there a rule
   is a boundary only when an H1 (``# Title``) follows it. A record is Markdown once it
   opened with front matter or showed an ATX heading, ``**bold**`` or a ``](link)``.
   ``=`` rules mean nothing in Markdown when standing alone, so they always split.
4. YAML front matter (``---``, then ``key: value`` lines, then ``---`` within
   :data:`MAX_FRONT_MATTER` lines) opens an article: at the top of a record it is just
   taken in (its fences are not rules), and after text it starts a new article, which is
   how ``cat *.md`` of front-matter files splits.
5. Labelled records: a record whose first two lines are labels (``Media Name - X`` /
   ``URL - Y``, ``Softtitle: X`` / ``Publisher: Y``) ends where its first label comes
   back at a line start followed by another label line.
6. The seed trailer ``Original url: ...`` ends an article (the line is part of it) once
   the article has body text: a block of three words or more ending in a full stop, not
   counting the headline's line. Headlines end in "?", "!" or no mark, bylines, dates and
   credits in no mark, so a URL among the header lines does not split.

Records are trimmed of blank lines at both ends; ``line`` is the input line of the first
non-blank line, so line ``n`` of a verbatim record's text is input line ``line + n - 1``.
Broken containers come out in-band as records of kind "error", so that one bad article
never stops the others.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from .containers import CONTAINERS, ContainerError, closes, convert_container, opening_tag
from .decode import normalize_text
from .errors import ArticleParseError

RecordKind = Literal["text", "json", "error"]

# Phrases of marker lines, between decoration runs ("---END OF ARTICLE---"). An optional
# number may follow ("### ARTICLE 12 ###"). Compared case-insensitively.
MARKER_WORDS: tuple[str, ...] = (
    "end of article", "end of the article", "end article", "article end", "end of story",
    "end of document", "end", "article", "new article", "next article", "start of article",
    "begin article", "article start", "story", "document", "doc",
)  # fmt: skip
# Characters that decorate marker lines; a marker needs a run of 3+ on each side.
MARKER_DECORATION = "-=*#_~<>[]+"
# Markers are short; longer lines skip the regex entirely.
MAX_MARKER_LENGTH = 80
# Characters a rule line is made of.
RULE_CHARS = "-=*_"
# A front-matter block must close within this many lines, or it is not front matter.
MAX_FRONT_MATTER = 1000
# Lines to look past blank lines for the H1 that makes a Markdown rule a boundary.
MAX_BLANKS_BEFORE_H1 = 3

_DECORATION = f"[{re.escape(MARKER_DECORATION)}]{{3,}}"
_MARKER_PHRASES = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in MARKER_WORDS)
_MARKER = re.compile(
    rf"{_DECORATION}[ \t]*(?:{_MARKER_PHRASES})"
    rf"(?:[ \t]*(?:#|no\.?)?[ \t]*\d+)?[ \t]*{_DECORATION}",
    re.IGNORECASE,
)
_TRAILER = re.compile(r"original[\s_-]*url\s*:\s*\S", re.IGNORECASE)
# "Media Name - X", "URL - Y", "Softtitle: Z": 1-4 words, then ":" or a spaced dash.
_LABEL = re.compile(r"([A-Za-z][A-Za-z0-9_]*(?: [A-Za-z][A-Za-z0-9_]*){0,3}) ?(?::|-(?= |$))")
_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*(?: [\w-]+){0,3}:(?: |$)")
_ATX = re.compile(r"#{1,6}(?: |$)")
# Characters that normalize_text changes apart from composition (odd spaces, zero-width
# characters, BOM, soft hyphen, C1 controls, line separators); tests keep it in step.
_ODD_CHARACTER = re.compile(
    "[\u0080-\u00a0\u00ad\u1680\u2000-\u2011\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]"
)
# Closing marks that may follow the full stop of a sentence.
_CLOSERS = "\"'\u201d\u2019\u00bb)"  # straight and curly quotes, a guillemet, a bracket


@dataclass(frozen=True)
class Record:
    """One article's worth of a dump, before parsing.

    ``text``: the article (kind "text"), one JSON value (kind "json", for readback), or
    the raw lines of a broken container (kind "error", with ``error`` saying what is
    wrong). ``line`` is the 1-based input line where the record starts and ``index`` its
    position among the input's records. ``container`` says how it was found: "plain",
    "trec", "reuters", "sgml" (text between containers), "jsonl", "json", "regex" or
    "single". ``id`` is an identifier the container gave (TREC ``<DOCNO>``). ``verbatim`` is False
    when ``text`` was rebuilt from markup, so its line numbers are not input lines.
    """

    text: str
    line: int
    index: int = 0
    kind: RecordKind = "text"
    container: str = "plain"
    id: str | None = None
    verbatim: bool = True
    error: str | None = None

    def to_error(self, *, source: str | None = None) -> ArticleParseError:
        """Return the error of a kind "error" record, located at its line."""
        return ArticleParseError(self.error or "unreadable record", source=source, line=self.line)


def split_records(
    lines: Iterable[str], *, delimiter: str | re.Pattern[str] | None = None, single: bool = False
) -> Iterator[Record]:
    """Return an iterator of the records of a dump, in input order, each as soon as it is complete.

    ``lines`` are the input's lines (line ends optional), read lazily. ``single`` makes the
    whole input one record; ``delimiter`` (a regex matched against each whole line,
    trailing whitespace ignored) replaces detection: matching lines separate records.
    Raises ``re.error`` for an invalid ``delimiter`` and ``ValueError`` when both options
    are given, at once rather than on the first record.
    """
    if single and delimiter is not None:
        raise ValueError("single and delimiter exclude each other")
    source = _Lookahead(lines)
    if single:
        records = _split_single(source)
    elif delimiter is not None:
        records = _split_regex(source, re.compile(delimiter))
    else:
        records = _split_detected(source)
    return (replace(record, index=index) for index, record in enumerate(records))


def split_text(
    text: str, *, delimiter: str | re.Pattern[str] | None = None, single: bool = False
) -> list[Record]:
    """Split a whole text (any line ends) into records; for tests and small inputs."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines[-1] == "":
        lines.pop()  # the text's last line end, not an empty last line
    return list(split_records(lines, delimiter=delimiter, single=single))


class _Lookahead:
    """An iterator over input lines (line ends removed) that can peek a few lines ahead."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = iter(lines)
        self._ahead: deque[str] = deque()
        self.number = 0  # 1-based number of the line last returned

    def __iter__(self) -> _Lookahead:
        return self

    def __next__(self) -> str:
        line = self._ahead.popleft() if self._ahead else next(self._lines).rstrip("\r\n")
        self.number += 1
        return line

    def peek(self, distance: int = 1) -> str | None:
        """Return the line ``distance`` lines after the last one returned, or None at the end."""
        while len(self._ahead) < distance:
            try:
                self._ahead.append(next(self._lines).rstrip("\r\n"))
            except StopIteration:
                return None
        return self._ahead[distance - 1]


def _trimmed(lines: list[str]) -> str:
    """Join record lines, dropping trailing blank lines (leading ones are never kept)."""
    end = len(lines)
    while end and not _clean(lines[end - 1]):
        end -= 1
    return "\n".join(lines[:end]) + "\n" if end else ""


def _split_single(source: _Lookahead) -> Iterator[Record]:
    """The whole input is one article (``--single``)."""
    lines: list[str] = []
    first = 0
    for line in source:
        if lines or _clean(line):
            lines.append(line)
            first = first or source.number
    if text := _trimmed(lines):
        yield Record(text, first, container="single")


def _split_regex(source: _Lookahead, pattern: re.Pattern[str]) -> Iterator[Record]:
    """Lines matching ``pattern`` in full separate records (``--delimiter``)."""
    lines: list[str] = []
    first = 0
    for line in source:
        if pattern.fullmatch(line.rstrip()):
            if text := _trimmed(lines):
                yield Record(text, first, container="regex")
            lines = []
        elif lines or _clean(line):
            lines.append(line)
            first = source.number if len(lines) == 1 else first
    if text := _trimmed(lines):
        yield Record(text, first, container="regex")


def _split_detected(source: _Lookahead) -> Iterator[Record]:
    """Look at the first significant line and split the input the way it calls for."""
    skipped: list[str] = []
    while (line := source.peek()) is not None:
        stripped = _clean(line)
        if stripped and not stripped.startswith(("<!", "<?")):
            break
        skipped.append(next(source))  # blank lines and SGML/XML declarations
    start = "text" if line is None else _input_kind(_clean(line))
    if start == "containers":
        yield from _split_containers(source)
    elif start in ("lines", "document"):
        yield from _split_json(source, lines_mode=start == "lines")
    else:
        # Declarations in a plain-text input are text after all: put them back.
        yield from _PlainSplitter(source, skipped).run()


def _input_kind(stripped: str) -> str:
    """Say how an input opening with ``stripped`` reads.

    "containers" (SGML), "lines" (JSON Lines), "document" (one JSON value) or "text".
    """
    if opening_tag(stripped) is not None:
        return "containers"
    if stripped.startswith("{"):
        try:
            if isinstance(json.loads(stripped), dict):
                return "lines"
        except ValueError:
            pass
    if stripped in ("{", "[") or stripped.startswith(('{"', "[{", "[]", '["')):
        return "document"
    return "text"


def _split_json(source: _Lookahead, *, lines_mode: bool) -> Iterator[Record]:
    """JSON Lines: one record per non-blank line; a JSON document: one record in all.

    The text is passed on as it is (no normalizing: spaces inside strings are data), only
    without surrounding whitespace and a byte order mark.
    """
    if lines_mode:
        for line in source:
            if text := line.strip().removeprefix("\ufeff"):
                yield Record(text + "\n", source.number, kind="json", container="jsonl")
        return
    lines: list[str] = []
    first = 0
    for line in source:
        if lines or _clean(line):
            lines.append(line.removeprefix("\ufeff") if not lines else line)
            first = first or source.number
    yield Record(_trimmed(lines), first, kind="json", container="json")


def _split_containers(source: _Lookahead) -> Iterator[Record]:
    """SGML input: each <DOC> / <REUTERS> element is a record; stray text is an error."""
    tag: str | None = None
    lines: list[str] = []
    first = 0
    for line in source:
        stripped = line.strip()
        opened = opening_tag(stripped) if stripped[:1] == "<" else None
        if tag is not None and opened is None:  # the common case: a line inside a container
            lines.append(line)
            if stripped[-1:] == ">" and closes(stripped, tag):
                yield _container_record(tag, lines, first)
                tag, lines = None, []
            continue
        if opened is not None and (tag is not None or lines):
            yield (
                _unclosed(tag, lines, first, f"the next <{opened}> on line {source.number}")
                if tag
                else _stray(lines, first)
            )
            tag, lines = None, []
        if opened is not None:
            tag, first = opened, source.number
        elif tag is None and (not stripped or stripped.startswith(("<!", "<?"))):
            continue  # whitespace and declarations between containers
        if not lines:
            first = source.number
        lines.append(line)
        if tag is not None and closes(stripped, tag):
            yield _container_record(tag, lines, first)
            tag, lines = None, []
    if tag is not None:
        yield _unclosed(tag, lines, first, f"the end of the input (line {source.number})")
    elif lines:
        yield _stray(lines, first)


def _container_record(tag: str, lines: list[str], first: int) -> Record:
    """Convert one complete container, or report it as an error record."""
    raw = "\n".join(lines) + "\n"
    name = CONTAINERS[tag]
    try:
        text, doc_id = convert_container(raw, tag)
    except ContainerError as exc:
        return Record(raw, first, kind="error", container=name, verbatim=True, error=str(exc))
    return Record(text, first, container=name, id=doc_id, verbatim=False)


def _unclosed(tag: str, lines: list[str], first: int, before: str) -> Record:
    """Report a container that never closed; its complete neighbours are unaffected."""
    return Record(
        "\n".join(lines) + "\n",
        first,
        kind="error",
        container=CONTAINERS[tag],
        error=f"<{tag}> opened on this line is never closed: no </{tag}> before {before}",
    )


def _stray(lines: list[str], first: int) -> Record:
    return Record(
        "\n".join(lines) + "\n",
        first,
        kind="error",
        container="sgml",
        error="text outside any container",
    )


class _PlainSplitter:
    """The plain-text boundary rules (see the module docstring), one line at a time."""

    def __init__(self, source: _Lookahead, replay: list[str]) -> None:
        self.source = source
        self.replay = replay  # input lines 1, 2, ... already read while detecting
        self.lines: list[str] = []  # the record so far (no leading blank lines)
        self.first = 0  # input line of its first line
        self.after_blank = True  # the line before was blank, or a boundary
        self.has_body = False  # body text seen: the trailer may end the record
        self.block_words = 0  # words in the current blank-line-separated block so far
        self.opened = False  # a line other than front matter seen
        self.markdown = False
        self.key: str | None = None  # first label of a labelled record

    def run(self) -> Iterator[Record]:
        """Yield the records of the rest of the input."""
        # One line closes at most one record, so the per-line step returns it rather than
        # being a generator: this loop runs once per input line.
        for number, line in enumerate(self.replay, start=1):
            if (record := self._line(line, number)) is not None:
                yield record
        source = self.source
        for line in source:
            if "\f" in line:
                yield from self._form_feeds(line, source.number)
            elif (record := self._line(line, source.number)) is not None:
                yield record
        if (record := self._end()) is not None:
            yield record

    def _form_feeds(self, line: str, number: int) -> Iterator[Record]:
        parts = line.split("\f")
        for index, part in enumerate(parts):
            if index and (record := self._end()) is not None:
                yield record
            if (record := self._line(part, number)) is not None:
                yield record

    def _line(self, line: str, number: int) -> Record | None:
        """Take one input line; return the record it closes, if any."""
        stripped = _clean(line)
        if not stripped:
            if self.lines:
                self.lines.append(line)
            self.after_blank = True
            self.block_words = 0
            return None
        head = stripped[0]
        if head in MARKER_DECORATION and _is_marker(stripped):
            return self._end()
        if head in RULE_CHARS:
            if stripped == "---" and self._front_matter_ahead():
                record = self._end()
                self._take_front_matter(line, number)
                return record
            if self._is_boundary_rule(stripped):
                return self._end()
        record = None
        if self.key is not None and self._next_labelled_record(stripped):
            record = self._end()
        self._append(line, stripped, number)
        if head in "Oo" and self.has_body and _TRAILER.match(stripped):
            return self._end()  # a new record never has body yet, so `record` is None
        return record

    def _append(self, line: str, stripped: str, number: int) -> None:
        """Add a content line to the record, noting what later rules need to know."""
        if not self.lines:
            self.first = number
            self.key = self._record_key(stripped)
        if not self.opened:
            self.opened = True  # the headline's line, after any front matter
        elif not self.has_body:
            # Not the first line: a headline may end like a sentence ("Markets rally!").
            self.block_words += len(stripped.split())  # any spaces: tabs, NBSP
            self.has_body = self.block_words >= 3 and _ends_sentence(stripped)
        self.lines.append(line)
        self.after_blank = False
        if not self.markdown:
            self.markdown = _is_markdown(stripped)

    def _end(self) -> Record | None:
        """Close the current record and start a new one; return it unless it has no text."""
        text = _trimmed(self.lines)
        record = Record(text, self.first) if text else None
        self.lines = []
        self.after_blank = True
        self.has_body = self.markdown = False
        self.block_words = 0
        self.opened = False
        self.key = None
        return record

    def _is_boundary_rule(self, stripped: str) -> bool:
        """A rule line standing alone between blank lines, not a Markdown thematic break."""
        if len(stripped) < 3 or stripped.count(stripped[0]) != len(stripped):
            return False
        if not self.after_blank:
            return False
        following = self.source.peek()
        if following is not None and _clean(following):
            return False
        return stripped[0] == "=" or not self.markdown or self._h1_ahead()

    def _h1_ahead(self) -> bool:
        for distance in range(2, 2 + MAX_BLANKS_BEFORE_H1):
            following = self.source.peek(distance)
            if following is None:
                return False
            stripped = _clean(following)
            if stripped:
                return stripped.startswith("# ")
        return False

    def _front_matter_ahead(self) -> bool:
        """Tell whether a "---" line opens YAML front matter: keys, then a closing fence."""
        following = self.source.peek()
        if following is None or not _YAML_KEY.match(following):
            return False
        for distance in range(2, MAX_FRONT_MATTER + 1):
            line = self.source.peek(distance)
            if line is None:
                return False
            if line.rstrip() in ("---", "..."):
                return True
            if not _is_yaml_line(line):
                return False  # prose: this "---" was a rule or an underline
        return False

    def _take_front_matter(self, fence: str, number: int) -> None:
        """Take the front-matter block (already checked to close) into a new record."""
        self.first = number
        self.lines.append(fence)
        while True:
            line = next(self.source)
            self.lines.append(line)
            if line.rstrip() in ("---", "..."):
                break
        self.markdown = True
        self.after_blank = False

    def _record_key(self, stripped: str) -> str | None:
        """Return the first label of a labelled record (two label lines in a row), or None."""
        match = _LABEL.match(stripped)
        if match is None:
            return None
        following = self.source.peek()
        if following is None or _LABEL.match(_clean(following)) is None:
            return None
        return match[1]

    def _next_labelled_record(self, stripped: str) -> bool:
        """Tell whether a line repeats the record's first label, opening the next record."""
        assert self.key is not None
        if not stripped.startswith(self.key) or len(self.lines) < 2:
            return False
        match = _LABEL.match(stripped)
        if match is None or match[1] != self.key:
            return False
        following = self.source.peek()
        return following is not None and _LABEL.match(_clean(following)) is not None


def _ends_sentence(stripped: str) -> bool:
    """Tell whether a line ends with a full stop (not "..."): body text, not a header line.

    Headlines may end in "?", "!" or "...", and bylines, dates and credits end in no
    punctuation; a full stop is the mark of a paragraph.
    """
    core = stripped.rstrip(_CLOSERS)
    return core.endswith(".") and not core.endswith("...")


def _clean(line: str) -> str:
    """Return the line stripped, as the parser will see it: no BOM, zero-width characters or
    odd spaces (where ``cat`` joined a file that had a BOM, say).

    Most lines need no more than ``strip``: ASCII lines, and lines whose only non-ASCII
    characters are letters and punctuation (a quick regex search says so, far cheaper than
    normalizing every line with curly quotes in it).
    """
    if line.isascii() or _ODD_CHARACTER.search(line) is None:
        return line.strip()
    return normalize_text(line).strip()


def _is_marker(stripped: str) -> bool:
    """Tell whether a line is a marker such as ``---END OF ARTICLE---``."""
    return len(stripped) <= MAX_MARKER_LENGTH and _MARKER.fullmatch(stripped) is not None


def _is_yaml_line(line: str) -> bool:
    """Tell whether a line can sit inside front matter: a key, an indented or list line."""
    return (
        line[:1] in (" ", "\t", "#")
        or line.startswith("- ")
        or _YAML_KEY.match(line) is not None
        or not line.strip()
    )


def _is_markdown(stripped: str) -> bool:
    """Tell whether a line shows Markdown: an ATX heading, **bold** or a [link](url)."""
    if stripped[0] == "#":
        return _ATX.match(stripped) is not None
    return "**" in stripped or "](" in stripped
