"""One dump -> records: where each article in a multi-article input starts and ends.

The splitter is separate from the parser: it only finds boundaries (and undoes container
markup), and never looks inside an article beyond what a boundary needs. It streams: lines
are read lazily and each record is yielded as soon as it is complete, so memory holds one
record plus a little lookahead (at most :data:`articlecli.plainsplit.MAX_FRONT_MATTER`
lines), whatever the size of the dump. (Only a JSON document, or an input with no boundary
at all, is one record.)

How an input is read is decided once, from its first non-blank line:

- ``<DOC>`` / ``<REUTERS ...>``: SGML newswire containers (:mod:`articlecli.containers`);
  each container becomes labelled text for the parser (``verbatim=False``).
- ``{...}`` that parses as a JSON object: JSON Lines, one record of kind "json" per line,
  for :mod:`articlecli.readback`. A lone ``{`` / ``[`` (pretty-printed JSON) makes the
  whole input one "json" record: JSON documents cannot be split without parsing them.
- ``## title`` over fields under headings of their names: a labelled record per document
  (:mod:`articlecli.fieldsections`, ``verbatim=False``).
- lines that most of them hold several escaped line ends (``\\n``): an article a line
  (:mod:`articlecli.escaped`), its escapes undone (``verbatim=False``).
- anything else: plain text, split at the boundaries of :mod:`articlecli.plainsplit`
  (form feeds, marker and rule lines, front matter, labelled records, trailers).

Records are trimmed of blank lines at both ends; ``line`` is the input line of the first
non-blank line, so line ``n`` of a verbatim record's text is input line ``line + n - 1``.
Broken containers come out in-band as records of kind "error", so that one bad article
never stops the others.

Start-up time: :mod:`articlecli.containers` (with ``html`` and ``datetime``),
:mod:`articlecli.feeds`, :mod:`articlecli.tabular`, :mod:`articlecli.apijson` and ``json``
are imported only when an input's first line calls for them, inside the functions below.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from . import patterns
from .decode import sequence_parts
from .errors import ArticleParseError
from .lines import MAX_CATEGORY, Lookahead, clean, trimmed
from .plainsplit import PlainSplitter
from .recordlabels import ends_with_full_stop, is_dump_title, listed_titles

RecordKind = Literal["text", "json", "error", "title"]


@dataclass(frozen=True)
class Record:
    """One article's worth of a dump, before parsing.

    ``text``: the article (kind "text"), one JSON value (kind "json", for readback), the
    raw lines of a broken container (kind "error", with ``error`` saying what is wrong),
    or a title over the dump's records (kind "title", which holds no article).
    ``line`` is the 1-based input line where the record starts and ``index`` its position
    among the input's records. ``container`` says how it was found: "plain", "trec",
    "reuters", "sgml" (text between containers), "jsonl", "json", "table" (a row, see
    :mod:`articlecli.tabular`), "feed" (an item, see :mod:`articlecli.feeds`), "elements"
    (see :mod:`articlecli.elements`), "escaped" (a line, see :mod:`articlecli.escaped`),
    "fields" (see :mod:`articlecli.fieldsections`), "regex" or "single".
    ``id`` is an identifier the container gave (TREC ``<DOCNO>``). ``verbatim`` is False
    when ``text`` was rebuilt from markup, so its line numbers are not input lines. ``cut``
    says the input ends inside the record (a feed's last item, cut with the file).
    """

    text: str
    line: int
    index: int = 0
    kind: RecordKind = "text"
    container: str = "plain"
    id: str | None = None
    verbatim: bool = True
    error: str | None = None
    cut: bool = False  # the input ends inside the record (a feed's last item)

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
    source = Lookahead(lines)
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


def _split_single(source: Lookahead) -> Iterator[Record]:
    """The whole input is one article (``--single``)."""
    lines: list[str] = []
    first = 0
    for line in source:
        if lines or clean(line):
            lines.append(line)
            first = first or source.number
    if text := trimmed(lines):
        yield Record(text, first, container="single")


def _split_regex(source: Lookahead, pattern: re.Pattern[str]) -> Iterator[Record]:
    """Lines matching ``pattern`` in full separate records (``--delimiter``)."""
    lines: list[str] = []
    first = 0
    for line in source:
        if pattern.fullmatch(line.rstrip()):
            if text := trimmed(lines):
                yield Record(text, first, container="regex")
            lines = []
        elif lines or clean(line):
            lines.append(line)
            first = source.number if len(lines) == 1 else first
    if text := trimmed(lines):
        yield Record(text, first, container="regex")


def _split_detected(source: Lookahead) -> Iterator[Record]:
    """Look at the first significant line and split the input the way it calls for."""
    skipped: list[str] = []
    while (line := source.peek()) is not None:
        stripped = clean(line)
        if stripped and not stripped.startswith(("<!", "<?")):
            break
        skipped.append(next(source))  # blank lines and SGML/XML declarations
    start = "text" if line is None else _input_kind(clean(line))
    if start == "text" and line is not None and _opens_wrapper(clean(line), source):
        start = "containers"  # "<DOCUMENT>" over <REUTERS> elements: a file's own wrapper
    if start == "text" and line is not None and clean(line).startswith("<"):
        from .elements import opens_elements

        if opens_elements(_first_non_blank(source)):
            start = "elements"  # a crawler's own tags: "<titulo>" / "<fecha>" / "<cuerpo>"
    if start == "text" and line is not None and clean(line)[:1] == "#":
        from .fieldsections import opens_field_sections

        if opens_field_sections(_first_non_blank(source)):
            yield from _split_field_sections(source)  # "## title" / "## content" / ...
            return
    if start == "text" and line is not None and _is_count_over_document(source):
        # "38" over the response a program printed: the count of its articles, a title
        # over the records.
        yield Record(next(source), source.number, kind="title")
        yield from _split_detected(source)
        return
    if start == "text" and line is not None and _may_open_table(line):
        from .tabular import is_table_caption, table_kind  # an ordinary dump never needs them

        head = _first_non_blank(source)
        table = table_kind(head)
        if table is None and is_table_caption(head[0], head[1:]):
            # The caption over the table is a title over its records: no article.
            yield Record(next(source), source.number, kind="title", container="table")
            table = "csv"
        if table is not None:
            yield from _split_table(source, table)
            return
    if start == "text" and line is not None and "\\n" in line:
        from .escaped import is_escaped_dump

        if is_escaped_dump(_first_non_blank(source)):
            yield from _split_escaped(source)
            return
    if start == "feed":
        yield from _split_feed(source)
    elif start == "elements":
        yield from _split_elements(source)
    elif start == "containers":
        yield from _split_containers(source)
    elif start in ("lines", "document"):
        yield from _split_json(source, lines_mode=start == "lines")
    else:
        # Declarations in a plain-text input are text after all: put them back.
        pieces = PlainSplitter(source, skipped).run()
        records = (
            Record(text, first, kind="title" if cover else "text", verbatim=verbatim)
            for text, first, cover, verbatim in pieces
        )
        yield from _with_dump_titles(_with_tab_numbers_read(_with_listed_titles_apart(records)))


def _with_listed_titles_apart(records: Iterator[Record]) -> Iterator[Record]:
    """Part a record that is a list of headlines, one a line and no text under any, into
    a record a line (:func:`articlecli.recordlabels.listed_titles`)."""
    for record in records:
        indexes = listed_titles(record.text) if record.kind == "text" else None
        if indexes is None:
            yield record
            continue
        lines = record.text.split("\n")
        for index in indexes:
            line = lines[index]
            if ends_with_full_stop(line.rstrip()):
                # A wire index's title ends like a sentence: labelled, it is the headline
                # (the text is then no longer the input's line as written).
                text, verbatim = f"Title: {line.strip()}\n", False
            else:
                text, verbatim = line + "\n", record.verbatim
            yield replace(record, text=text, line=record.line + index, verbatim=verbatim)


# A list saved from a table numbers each item before a tab: "7<TAB>Tram fares frozen".
_TAB_NUMBER = patterns.compile(r"(?P<number>\d{1,3})\t+(?=\S)")


def _with_tab_numbers_read(records: Iterator[Record]) -> Iterator[Record]:
    """Write "7<TAB>Title" opening records numbered in sequence (6, 7, ...) as "7. Title",
    which the parser reads as the item's number and its title: the parser takes a tab for
    a space, and "3 Ways to save" is a title with its own number. Only characters of the
    first line change: line n of the text is still the record's input line n."""
    # A numbered record waits for the next one, which may follow it in the count.
    held: Record | None = None
    held_number = 0
    held_follows = False  # its number follows the one before it
    for record in records:
        number = _tab_number(record)
        # Next in the count, or a list counting again from one.
        leads = (
            held is not None
            and number is not None
            and number in (held_number + 1, 1)
            and number != held_number
        )
        if held is not None:
            yield _as_numbered_item(held) if held_follows or leads else held
            held = None
        if number is None:
            yield record
        else:
            held, held_number, held_follows = record, number, leads
    if held is not None:
        yield _as_numbered_item(held) if held_follows else held


def _tab_number(record: Record) -> int | None:
    if record.kind != "text" or not record.text[:1].isdigit():
        return None
    match = _TAB_NUMBER.match(record.text)
    return int(match["number"]) if match is not None else None


def _as_numbered_item(record: Record) -> Record:
    text = _TAB_NUMBER.sub(r"\g<number>. ", record.text, count=1)
    return replace(record, text=text)


def _with_dump_titles(records: Iterator[Record]) -> Iterator[Record]:
    """Mark a record that is only a title over the dump's records ("NEWS ARTICLES REPORT",
    "Top 5 stories from the Courier:"), when records follow it, as kind "title": it is no
    article (the last record, or a record alone, is one whatever it looks like; so is a
    line of a list of headlines, a record each, under the one before it)."""
    current = next(records, None)
    previous: Record | None = None
    for following in records:
        assert current is not None
        if (
            current.kind == "text"
            and not _listed_after(previous, current)
            and is_dump_title(current.text)
        ):
            current = replace(current, kind="title")
        yield current
        previous, current = current, following
    if current is not None:
        yield current


def _listed_after(previous: Record | None, record: Record) -> bool:
    """Tell whether a one-line record stands on the line right under another one's: both
    lines of a list, a headline each ("Audit finds report flawed" is no dump's title)."""
    return (
        previous is not None
        and previous.kind == "text"
        and record.line == previous.line + 1
        and previous.text.count("\n") == 1
        and record.text.count("\n") == 1
    )


_MAX_WORD_ALONE = 24


def _may_open_table(line: str) -> bool:
    """The cheap test before :func:`articlecli.tabular.table_kind`: a tab, a grid's or a
    Markdown table's first character, two semicolons, or one after a word (a category
    over its story), a short word alone (a one-column CSV's header, "Headline"), or two
    commas in a line with no sentence's end, or after a first cell that is a number, a
    date or a link (CSV)."""
    if "\t" in line or line.lstrip()[:1] in ("+", "|") or line.count(";") >= 2:
        return True
    semicolon = line.find(";")
    if 0 < semicolon <= MAX_CATEGORY and " " not in line[:semicolon]:
        return True
    if len(line) <= _MAX_WORD_ALONE and " " not in line.strip():
        return True
    if line.count(",") < 2:
        return False
    end = line.rstrip().rstrip("\"')")[-1:]
    # A row whose first cell is a date or a link may hold sentences in a later cell.
    first = line.split(",", 1)[0].strip().strip('"')
    typed = first.isdigit() or first[:4].isdigit() or first.startswith(("http://", "https://"))
    return typed or (end not in (".", "!", "?") and ". " not in line)


_MAX_COUNT_DIGITS = 6


def _is_count_over_document(source: Lookahead) -> bool:
    """Tell whether the next line is a bare number and the next one after it opens a JSON
    document or a Python literal (a program's print(len(articles)), print(articles))."""
    count = clean(source.peek() or "")
    if not (count.isdigit() and len(count) <= _MAX_COUNT_DIGITS):
        return False
    following = source.peek(2)
    return following is not None and _input_kind(clean(following)) in ("document", "lines")


def _first_non_blank(source: Lookahead) -> list[str]:
    """The input's first few non-blank lines, from ``source.peek()`` on: what a table's kind
    is told from (:data:`articlecli.tabular.HEAD_LINES`)."""
    from .tabular import HEAD_LINES

    head: list[str] = []
    distance = 1
    while len(head) < HEAD_LINES and distance <= HEAD_LINES + _MAX_BLANKS_IN_TABLE:
        line = source.peek(distance)
        if line is None:
            break
        if line.strip():
            head.append(line)
        distance += 1
    return head


# Blank lines a table may hold between its first rows.
_MAX_BLANKS_IN_TABLE = 3


def _split_table(source: Lookahead, kind: str) -> Iterator[Record]:
    """A table: a record per data row (:mod:`articlecli.tabular`), each a labelled text
    rebuilt from the row's cells, located at the row's line."""
    from .tabular import split_table

    for text, line, verbatim in split_table(source, kind):
        yield Record(text, line, container="table", verbatim=verbatim)


def _input_kind(stripped: str) -> str:
    """Say how an input opening with ``stripped`` reads.

    "containers" (SGML), "feed" (RSS, Atom), "lines" (JSON Lines), "document" (one JSON
    value) or "text".
    """
    if stripped.startswith("<"):
        from .containers import opening_tag
        from .feeds import is_feed_opening

        if opening_tag(stripped) is not None:
            return "containers"
        if is_feed_opening(stripped):
            return "feed"
    if stripped.startswith("{"):
        import json

        try:
            if isinstance(json.loads(stripped), dict):
                return "lines"
        except ValueError:
            pass
        from .scriptliteral import opens_script_object

        if opens_script_object(stripped):
            return "document"  # "{ title: 'Ferry ...'": Node's printout of an object
    if stripped in ("{", "[") or stripped.startswith(('{"', "[{", "[]", '["', "{'", "['", "[[")):
        if stripped[1:2] in ("'", '"') and sequence_parts(stripped) is not None:
            return "text"  # a row a line, printed as a list ("['Title', 'https://...']")
        return "document"  # also a Python literal as a program printed it ("{'title': ...")
    if "=" in stripped[:40] or "(" in stripped[:60]:
        from .apijson import is_assignment_opening

        if is_assignment_opening(stripped):
            # "feed = {": a script's variable holding a response; "callback([": a JSONP
            # response, the value as the argument of a call.
            return "document"
    return "text"


def _split_field_sections(source: Lookahead) -> Iterator[Record]:
    """Fields under headings of their names (:mod:`articlecli.fieldsections`): a record per
    document, a labelled text rebuilt from its sections, at its first line."""
    from .fieldsections import field_records

    for labelled, line in field_records(source, source.number + 1):
        yield Record(labelled, line, container="fields", verbatim=False)


def _split_escaped(source: Lookahead) -> Iterator[Record]:
    """Articles written a line each, their line ends escaped (:mod:`articlecli.escaped`):
    a record per non-blank line, its escapes undone."""
    from .escaped import unescaped

    for line in source:
        lines = unescaped(line).split("\n")
        while lines and not clean(lines[0]):
            del lines[0]  # a record opens with its first line of text, as any record does
        if text := trimmed(lines):
            yield Record(text, source.number, container="escaped", verbatim=False)


def _split_feed(source: Lookahead) -> Iterator[Record]:
    """An RSS or Atom feed: a record per item (:mod:`articlecli.feeds`), each a labelled
    text rebuilt from the item's elements, located at the item's line. The whole feed is
    read first (feeds are small); one with no item is one record of text, as written."""
    from .feeds import feed_records

    first = source.number + 1
    lines = list(source)
    text = "\n".join(lines)
    records = feed_records(text)
    if records is None:
        if stripped := trimmed(lines):
            yield Record(stripped, first)
        return
    for labelled, line, cut in records:
        yield Record(labelled, first + line - 1, container="feed", verbatim=False, cut=cut)


def _split_elements(source: Lookahead) -> Iterator[Record]:
    """A crawler's own tags: a record per run of sibling elements
    (:mod:`articlecli.elements`), a labelled text rebuilt from them, at its first line."""
    from .elements import element_records

    for labelled, line in element_records(source, source.number + 1):
        yield Record(labelled, line, container="elements", verbatim=False)


def _split_json(source: Lookahead, *, lines_mode: bool) -> Iterator[Record]:
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
        if lines or clean(line):
            lines.append(line.removeprefix("\ufeff") if not lines else line)
            first = first or source.number
    yield Record(trimmed(lines), first, kind="json", container="json")


def _split_containers(source: Lookahead) -> Iterator[Record]:
    """SGML input: each <DOC> / <REUTERS> element is a record; stray text is an error."""
    from .containers import closes, opening_tag

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
        elif tag is None and (
            not stripped or stripped.startswith(("<!", "<?")) or _WRAPPER_TAG.fullmatch(stripped)
        ):
            continue  # whitespace, declarations and a wrapper's tags between containers
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


# A tag alone on its line, an element around the containers ("<DOCUMENT>", "</collection>").
_WRAPPER_TAG = patterns.compile(r"</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?>")
# The wrapper's first container opens within these many lines under it.
_WRAPPER_LOOKAHEAD = 3


def _opens_wrapper(stripped: str, source: Lookahead) -> bool:
    """Tell whether the input opens with a wrapper's tag over SGML containers."""
    if stripped[:1] != "<" or stripped[1:2] == "/" or not _WRAPPER_TAG.fullmatch(stripped):
        return False
    from .containers import opening_tag  # only for an input opening with a tag

    for distance in range(2, 2 + _WRAPPER_LOOKAHEAD):
        following = source.peek(distance)
        if following is None:
            return False
        if following.strip():
            return opening_tag(following.strip()) is not None
    return False


def _container_record(tag: str, lines: list[str], first: int) -> Record:
    """Convert one complete container, or report it as an error record."""
    from .containers import CONTAINERS, ContainerError, convert_container

    raw = "\n".join(lines) + "\n"
    name = CONTAINERS[tag]
    try:
        text, doc_id = convert_container(raw, tag)
    except ContainerError as exc:
        return Record(raw, first, kind="error", container=name, verbatim=True, error=str(exc))
    return Record(text, first, container=name, id=doc_id, verbatim=False)


def _unclosed(tag: str, lines: list[str], first: int, before: str) -> Record:
    """Report a container that never closed; its complete neighbours are unaffected."""
    from .containers import CONTAINERS

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
