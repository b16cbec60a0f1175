"""News APIs' JSON -> labelled text records, which the parser reads like any labelled dump.

People keep what a news API returned as the dump: NewsAPI's ``{"articles": [...]}``,
GNews, The Guardian's ``{"response": {"results": [...]}}``, the New York Times'
``{"response": {"docs": [...]}}``, or their own lists and JSON Lines of article objects.
An article object is one with a title and a link or some text, or an untitled one with
its text and its link (a crawl's ``{"articleBody": ..., "url": ...}``). Each becomes
``Title: ...`` / ``Publisher: ...`` / ``Author: ...`` / ``Date: ...`` / ``URL: ...`` /
``Summary: ...`` / ``Text:`` and its text, so that the header rules (dates, bylines, URL
checks) are the parser's own (a key of the text may be in a feed library's own words,
"content_value", "body_html": the first that holds a string). The object's other keys
that hold text, a number or a list of strings are kept as ``key: value`` lines that the
header sets aside, as a table's other cells are; nested objects are structure and are
left out (but for the name a field takes from them). An item that gives only a time of
day ("time": "10:10") takes its day from the response's own date ("updated_at"); numeric
dates that cannot tell their day from their month ("11/04/2031") take the order the
response's other items settle.

Only JSON that is not articlecli's own output comes here (:mod:`articlecli.readback` has
the first word).
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, NamedTuple

from . import patterns
from .decode import LITERAL_ERRORS
from .labelled import NO_VALUE_WORDS, extra_label, labelled_record

# Keys (in lower case) that hold each field, best first. A value may be a string, a list of
# strings (authors) or an object with a name ({"name": "Coastline Daily"}, NYT's
# {"main": "..."} headline, {"original": "By ..."} byline).
_FIELD_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Title", ("title", "headline", "webtitle", "heading", "headlines")),
    ("Publisher", ("source", "publisher", "source_name", "site_name", "publication", "outlet")),
    ("Author", ("author", "authors", "byline", "creator", "writer")),
    ("Date", ("publishedat", "published_at", "pubdate", "pub_date", "publ_date", "published",
              "published_date", "publish_date", "publication_date", "date_published",
              "datepublished", "published_time", "webpublicationdate", "date", "datetime",
              "created_at", "time", "time_published", "date_publish")),
    ("URL", ("url", "link", "weburl", "web_url", "href", "article_url", "source_url", "docurl")),
    ("Summary", ("description", "summary", "abstract", "snippet", "excerpt", "lead_paragraph",
                 "standfirst", "trailtext")),
    ("Text", ("content", "body", "text", "bodytext", "article", "full_text", "fulltext",
              "full_content", "article_text", "articlebody", "paragraphs", "snippets",
              "maintext")),  # news-please's
)  # fmt: skip
# Keys under which a response lists its articles, searched this deep at most.
_LIST_KEYS = (
    "articles", "results", "items", "docs", "data", "news", "stories", "entries", "hits", "feed",
)  # fmt: skip
_MAX_DEPTH = 3
# Inner keys that name a nested value: {"name": ...}, NYT's {"main": ...} and {"original": ...}.
_NAME_KEYS = ("name", "main", "original", "title", "value", "bodytext", "$date")
# ("$date": MongoDB's export of a date, {"$date": "2019-02-28T22:03:05.335Z"}.)
# NewsAPI cuts its free content with a count of the characters left: "... [+1200 chars]".
# The ellipsis before it stays where the cut falls inside a sentence ("... the board
# said… [+812 chars]"): it tells the text's last words from a heading.
_CUT_MARK = patterns.compile(
    r"(?P<end>[.!?\"”’)]?)\s*(?P<ellipsis>…|\.\.\.)?\s*\[\+\d+ chars\]\s*$"
)


class Record(NamedTuple):
    """An article object's labelled text, the input line where it opens, and whether the
    input ended inside it (its text is cut where the file is)."""

    text: str
    line: int
    cut: bool = False


class CutObject(dict[str, Any]):
    """An article object read from a document that ends inside it (:mod:`cutjson`)."""


def api_records(text: str) -> list[Record] | None:
    """Return the labelled text and input line of each article in a news API's JSON, or
    None when ``text`` is no JSON holding article objects."""
    stripped = text.lstrip(" \t\r\n\ufeff")
    if stripped[:1] not in ("{", "["):
        stripped = _without_assignment(stripped)
        if stripped is None:
            return None
    values = _values(stripped)
    if not values:
        return None
    objects = [(obj, value) for value in values for obj in _article_objects(value, 0)]
    if not objects:
        return None
    records = []
    search_from = counted_to = 0
    line = 1
    every_fields = []
    for obj, response in objects:
        used: set[str] = set()
        fields = _fields(obj, used)
        if _BARE_TIME.fullmatch(fields.get("Date", "")) and (day := _response_day(response)):
            # "time": "10:10" under the response's "updated_at": "2031-08-25T10:30:50+08:00":
            # the item's time on the only day the response gives.
            fields["Date"] = f"{day[0]}T{fields['Date']}{day[1]}"
        every_fields.append((obj, fields, used))
    _settle_day_order([fields for _, fields, _ in every_fields])
    for obj, fields, used in every_fields:
        # Where the object's title stands (or its link, for an untitled one).
        found, search_from = _title_position(
            text, fields.get("Title") or fields["URL"], search_from
        )
        line += text.count("\n", counted_to, found)  # counted on from the last title
        counted_to = found
        labelled = _labelled_text(fields, _extras(obj, used))
        records.append(Record(labelled, line, isinstance(obj, CutObject)))
    return records


# A script's or a program's variable holding the response: "feed = {", "var news = [",
# "export default {".
_ASSIGNMENT = patterns.compile(
    r"(?:(?:var|let|const)\s+|export\s+default\s+)?(?:[A-Za-z_$][\w$.]*\s*=\s*)?(?=[\[{])"
)


# A JSONP response: the value as the argument of the page's callback, "data_callback([".
_CALLBACK = patterns.compile(r"[A-Za-z_$][\w$.]*[ \t]*\([ \t]*(?=[\[{])")


def is_assignment_opening(stripped: str) -> bool:
    """Tell whether an input's first line assigns a JSON value to a name ("feed = {"), or
    passes one to a callback ("data_callback([")."""
    match = _ASSIGNMENT.match(stripped)
    return (match is not None and match.end() > 0) or _CALLBACK.match(stripped) is not None


def _without_assignment(text: str) -> str | None:
    """The value a script assigns ("feed = {...};" -> "{...}") or passes to a callback
    ("callback([...]);" -> "[...]"), or None for neither."""
    if (call := _CALLBACK.match(text)) is not None:
        return text[call.end() :].rstrip().removesuffix(";").rstrip().removesuffix(")")
    match = _ASSIGNMENT.match(text)
    if match is None or match.end() == 0:
        return None
    return text[match.end() :].rstrip().removesuffix(";")


def _values(text: str) -> list[Any]:
    """The values in a JSON document or JSON Lines, in a Python literal as a program
    printed it ("{'title': 'x', 'author': None}"), or in a JavaScript one as Node printed
    it ("{ title: 'x', author: null }"); [] when there are none."""
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    if values := _json_lines(text):
        return values
    import ast  # only for text that is no JSON

    try:
        return [ast.literal_eval(_with_times_as_text(text))]
    except LITERAL_ERRORS:
        pass
    from .scriptliteral import read_script_literal  # rarer still: Node's printout

    try:
        return [read_script_literal(text)]
    except LITERAL_ERRORS:
        return _whole_objects(text) or _whole_literal_objects(text)


# A time as Python prints it in a dict: "datetime.datetime(2021, 1, 1, 0, 16, 53,
# tzinfo=datetime.timezone.utc)", "datetime.date(2021, 1, 1)".
_PYTHON_TIME = patterns.compile(
    r"datetime\.(?:datetime|date)\((?P<y>\d{4}), (?P<mo>\d{1,2}), (?P<d>\d{1,2})"
    r"(?:, (?P<h>\d{1,2}), (?P<mi>\d{1,2})(?:, (?P<s>\d{1,2}))?(?:, \d{1,6})?)?"
    r"(?:, tzinfo=(?P<zone>[\w.]*(?:\([^()]*\))?))?\)"
)


def _with_times_as_text(text: str) -> str:
    """A printed Python literal with its times (which ``ast.literal_eval`` cannot build) as
    ISO 8601 strings, the form the date rules read."""
    if "datetime." not in text:
        return text

    def iso(match: re.Match[str]) -> str:
        day = f"{match['y']}-{int(match['mo']):02d}-{int(match['d']):02d}"
        if match["h"] is not None:
            day += f"T{int(match['h']):02d}:{int(match['mi']):02d}:{int(match['s'] or 0):02d}"
            if match["zone"] and "utc" in match["zone"].casefold():
                day += "+00:00"
        return repr(day)

    return _PYTHON_TIME.sub(iso, text)


# Objects that fail to read when salvaging a cut-off document: each may read far before
# failing, so their number bounds the work on hostile input (whole objects are read once).
_MAX_SALVAGE_FAILURES = 200


def _whole_objects(text: str) -> list[Any]:
    """The article objects in a JSON document cut off or broken further on (a crawl
    stopped mid-write, a file cut short): the whole ones, each read where it starts, and
    the one the input ends inside, read as far as it goes."""
    decoder = json.JSONDecoder()
    found, end = _salvaged(text, lambda at: decoder.raw_decode(text, at), misses_count=False)
    cut = _cut_object(text, end)
    if cut is not None:
        found.append(cut)
    return [found] if found else []


def _cut_object(text: str, start: int) -> CutObject | None:
    """The article object, after ``start``, that the input ends inside (alone, or in a
    wrapper cut with it: "]}, "post": {"articles": [{..."), closed where it ends; None when
    there is none."""
    from .cutjson import cut_value  # only for a cut document

    value = cut_value(text, start)
    objects = list(_article_objects(value, 0))
    untitled = bool(objects) and objects[-1] is value and "Title" not in _fields(value)
    if isinstance(value, dict) and (not objects or untitled):
        # One stored under its title: the key stands before the brace it opens with.
        titled = _as_article(text, text.find("{", start), value)
        objects = [titled] if titled is not None else []
    return CutObject(objects[-1]) if objects else None


def _whole_literal_objects(text: str) -> list[Any]:
    """The article objects that are whole in a Python literal cut off further on (a
    program's printout of a response, "{'articles': [{'title': ...}, {'tit"): each read
    from its opening brace to the brace that closes it."""
    import ast  # only for text that is no JSON

    closing = _closing_braces(text)

    def read_at(at: int) -> tuple[Any, int] | None:
        end = closing.get(at)
        return None if end is None else (ast.literal_eval(text[at : end + 1]), end)

    # An object read for nothing counts against the bound too: each literal read is slow.
    found, _ = _salvaged(text, read_at, misses_count=True)
    return [found] if found else []


def _salvaged(
    text: str, read_at: Callable[[int], tuple[Any, int] | None], *, misses_count: bool
) -> tuple[list[Any], int]:
    """The article objects ``read_at`` reads, as (value, end), at the opening braces of
    ``text`` (None where none closes), skipping what a found one holds, and where the last
    one ends (0 for none); at most :data:`_MAX_SALVAGE_FAILURES` reads fail (and miss,
    with ``misses_count``)."""
    found: list[Any] = []
    position = text.find("{")
    end = failures = 0
    while position != -1 and failures < _MAX_SALVAGE_FAILURES:
        try:
            read = read_at(position)
        except LITERAL_ERRORS:
            read = None
            failures += 1
        else:
            article = _as_article(text, position, read[0]) if read is not None else None
            if article is not None:
                found.append(article)
                end = read[1]  # type: ignore[index]
                position = text.find("{", end)
                continue
            failures += misses_count and read is not None
        position = text.find("{", position + 1)
    return found, end


def _as_article(text: str, position: int, value: Any) -> dict[str, Any] | None:
    """The article a value read at ``position`` is: itself, or the object stored under
    its title (the key before it, '"Ferry resumes": {...'); None for other values."""
    if not isinstance(value, dict):
        return None
    if _is_article(value) and "Title" in _fields(value):
        return value
    key = _KEY_BEFORE.search(text, max(0, position - _MAX_KEY), position)
    titled = None
    if key is not None:
        with contextlib.suppress(ValueError):  # no JSON string: no title
            titled = _titled_by_key(json.loads(key[1]), value)
    # Stored under its title, or an untitled story (its text and its link).
    return titled or (value if _is_article(value) else None)


# The key before an object's opening brace: '"Ferry resumes": '.
_KEY_BEFORE = patterns.compile(r'("(?:[^"\\]|\\.)*")\s*:\s*$')
_MAX_KEY = 600


# What the brace matcher looks at: braces, quotes and the backslashes that escape them.
_BRACE_SCAN = patterns.compile(r"""[{}'"\\]""")


def _closing_braces(text: str) -> dict[int, int]:
    """Map each "{" outside strings to the "}" that closes it (unclosed ones are left out)."""
    closing: dict[int, int] = {}
    opened: list[int] = []
    quote = ""
    escaped_at = -2
    for match in _BRACE_SCAN.finditer(text):
        char, at = match.group(), match.start()
        if escaped_at == at - 1:
            continue  # "\'" in a string: the quote is the string's
        if char == "\\":
            escaped_at = at
        elif quote:
            if char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "{":
            opened.append(at)
        elif opened:
            closing[opened.pop()] = at
    return closing


def _json_lines(text: str) -> list[Any]:
    """The values of JSON Lines, or [] when a non-blank line is no JSON."""
    values = []
    for line in text.splitlines():
        if line.strip():
            try:
                values.append(json.loads(line))
            except ValueError:
                return []
    return values


# An item's time with no day ("10:10", "09:05:30"); a response's own ISO 8601 date.
_BARE_TIME = patterns.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")
_ISO_DAY = patterns.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?:[T ][\d:.]+(?P<zone>Z|[+-]\d\d:?\d\d)?)?")
# Keys of a response's own date (when it was made or last updated).
_RESPONSE_DATE_KEYS = ("updated_at", "updated", "last_updated", "lastupdated", "generated_at",
                       "date", "published_at", "pubdate", "lastbuilddate")  # fmt: skip


# A numeric date, its day and month in either order: "11/04/2031 12:34", "4-11-2031".
_NUMERIC_DATE = patterns.compile(r"(?P<first>\d{1,2})[/.-](?P<second>\d{1,2})[/.-]\d{4}\b.*")


def _settle_day_order(items: list[dict[str, str]]) -> None:
    """Write the response's numeric dates that cannot tell their day from their month in
    ISO 8601, in the order the response's other items settle: one whose first number is
    over 12 (day first) or whose second is (month first), else the items whose URL is
    dated, when all of them fall near one reading (see read_ambiguous_near)."""
    numeric = [item for item in items if _NUMERIC_DATE.fullmatch(item.get("Date", ""))]
    if not numeric:
        return
    from .parser.dates import read_ambiguous_near, read_date_in_order, url_day

    orders = set()
    for item in numeric:
        match = _NUMERIC_DATE.fullmatch(item["Date"])
        assert match is not None, "filtered above"
        first, second = int(match["first"]), int(match["second"])
        if first > 12 >= second:
            orders.add("day")
        elif second > 12 >= first:
            orders.add("month")
        elif (
            first != second
            and (day := url_day(item.get("URL", "")))
            and (near := read_ambiguous_near(item["Date"], day))
        ):
            orders.add("day" if near == read_date_in_order(item["Date"], "day") else "month")
    if len(orders) != 1:
        return  # nothing settles it, or the items disagree
    (order,) = orders
    for item in numeric:
        if (value := read_date_in_order(item["Date"], order)) is not None:
            item["Date"] = value


def _response_day(response: Any) -> tuple[str, str] | None:
    """The day a response that wraps its items gives in an ISO 8601 date of its own, and
    its zone ("2031-08-25T10:30:50+08:00" -> ("2031-08-25", "+08:00")), or None."""
    if not isinstance(response, dict) or _is_article(response):
        return None
    lowered = _lowered(response)
    for key in _RESPONSE_DATE_KEYS:
        value = lowered.get(key)
        if isinstance(value, str) and (match := _ISO_DAY.fullmatch(value.strip())):
            return match["day"], match["zone"] or ""
    return None


def _article_objects(value: Any, depth: int) -> Iterator[Mapping[str, Any]]:
    """Yield the article objects in a value: itself, the items of a list, or the list
    under a response's key ("articles", "results", ...)."""
    if isinstance(value, list):
        if _are_rows(value):
            value = _objects_of_rows(value)
        for item in value:
            if isinstance(item, dict) and _is_article(item):
                yield item
        return
    if not isinstance(value, dict):
        return
    if _is_article(value):
        yield value
        return
    if depth >= _MAX_DEPTH:
        return
    lowered = _lowered(value)
    for key in _LIST_KEYS:
        if isinstance(lowered.get(key), (list, dict)):  # not a count ("items": "2")
            yield from _article_objects(lowered[key], depth + 1)
            return
    # Any other wrapper ("response", "story", "data_cn"): the articles inside it.
    for key, inner in value.items():
        if isinstance(inner, dict) and (titled := _titled_by_key(key, inner)) is not None:
            yield titled
        elif isinstance(inner, (dict, list)):
            yield from _article_objects(inner, depth + 1)


def _are_rows(items: list[Any]) -> bool:
    """A table kept as a list of lists, a story a row, without names: [["Ferry resumes",
    "https://...", "Mar 3, 2031", "The ferry ..."], ...]: rows of two cells or more, of
    text, numbers and nulls only."""
    return bool(items) and all(
        isinstance(row, list)
        and len(row) >= _MIN_ROW_CELLS
        and all(cell is None or isinstance(cell, (str, int, float)) for cell in row)
        for row in items
    )


_MIN_ROW_CELLS = 2


def _objects_of_rows(rows: list[list[Any]]) -> list[dict[str, Any]]:
    """The rows as objects keyed by what their columns hold (a title, a link, a date, the
    text; as a table's without a header is read); other columns under their number."""
    from .tabular import column_labels  # only a list of rows needs the table's reader

    cells = [["" if cell is None else str(cell).strip() for cell in row] for row in rows]
    labels = column_labels(cells)
    return [
        {labels.get(column, f"Column {column + 1}"): cell for column, cell in enumerate(row)}
        for row in cells
    ]


def _titled_by_key(key: Any, obj: dict[str, Any]) -> dict[str, Any] | None:
    """An article stored under its title ("Ferry resumes": {"content": ..., "url": ...}),
    with the title in it, or None."""
    if not isinstance(key, str) or " " not in key.strip() or "Title" in _fields(obj):
        return None
    titled = {"title": key, **obj}
    return titled if _is_article(titled) else None


def _lowered(obj: Mapping[Any, Any]) -> dict[str, Any]:
    """An object's values by key in lower case, without spaces around it ("title ")."""
    return {str(key).strip().casefold(): value for key, value in obj.items()}


def _is_article(obj: Mapping[str, Any]) -> bool:
    """An article object has a title, and a link, a date or some text; or, untitled, its
    text and its link (a crawl's {"articleBody": ..., "url": ...}). NewsAPI's stand-in for
    a withdrawn story, titled "[Removed]" (as are its text fields), holds none."""
    fields = _fields(obj)
    if "Title" not in fields:
        return "Text" in fields and "URL" in fields
    return fields["Title"] != _REMOVED and (
        any(label in fields for label in ("URL", "Date", "Text", "Summary"))
        # A scraper's item that found the title only ({"title": ..., "body": null}):
        # keys for more, every one an article's (a title alone is no sign of an article).
        or (len(obj) > 1 and all(str(key).strip().casefold() in _ARTICLE_KEYS for key in obj))
    )


_ARTICLE_KEYS = frozenset(key for _, keys in _FIELD_KEYS for key in keys)


_REMOVED = "[Removed]"


def _fields(obj: Mapping[str, Any], used: set[str] | None = None) -> dict[str, str]:
    """The object's values by label, each the first of its keys to hold text; the keys
    (in lower case) that gave them are added to ``used``."""
    lowered = _lowered(obj)
    used = set() if used is None else used
    fields = {}
    for label, keys in _FIELD_KEYS:
        for key in keys:
            text = _field_text(label, lowered.get(key))
            if text and not (text.endswith(":") and len(text) <= _MAX_LABEL_VALUE):
                fields[label] = text
                used.add(key)
                break  # (a value that is a page's label, "RELATED:", holds none)
    # The Guardian keeps the story's text under "fields": {"bodyText": ...}.
    nested = lowered.get("fields")
    if isinstance(nested, dict) and "Text" not in fields:
        for key, value in nested.items():
            if str(key).casefold() in ("bodytext", "body", "text") and (text := _text_of(value)):
                fields["Text"] = text
                break
    if "Text" not in fields:
        # A feed library's own names for the text: "content_value", "body_html",
        # "text_content"; the first that holds a string.
        for key, value in lowered.items():
            if key.startswith(_TEXT_KEY_STARTS) and isinstance(value, str) and value.strip():
                fields["Text"] = value.strip()
                used.add(key)
                break
    if not fields.keys() >= _MAIN_LABELS:
        _add_fields_by_label_words(lowered, fields, used)
    if not fields.keys() >= _NESTED_LABELS:
        _add_nested_fields(lowered, fields)
    return fields


# Fields a scraper may keep in a nested object of the page's metadata
# ({"extra_metadata": {"time": ..., "author": ...}}, {"meta_data": {"article":
# {"published_time": ...}}}), looked for there when the object itself lacks them.
_NESTED_LABELS = frozenset({"Date", "Author"})
_MAX_NESTED_DEPTH = 2


def _add_nested_fields(lowered: Mapping[str, Any], fields: dict[str, str], depth: int = 1) -> None:
    """Take the missing labels of :data:`_NESTED_LABELS` from the object's nested objects
    (not from lists of them: those are other items), nearest first. The nested object
    stays out of the extras, as every nested object does."""
    nested = [_lowered(value) for value in lowered.values() if isinstance(value, dict)]
    for inner in nested:
        for label, keys in _FIELD_KEYS:
            if label not in _NESTED_LABELS or label in fields:
                continue
            for key in keys:
                if text := _field_text(label, inner.get(key)):
                    fields[label] = text
                    break
    if depth < _MAX_NESTED_DEPTH and not fields.keys() >= _NESTED_LABELS:
        for inner in nested:
            _add_nested_fields(inner, fields, depth + 1)


def _field_text(label: str, value: Any) -> str | None:
    """A value as the text of the field ``label``: a story kept as its paragraphs' list, a
    date as a Unix time, else as :func:`_text_of` reads any value."""
    if label == "Text" and isinstance(value, list):
        return _paragraphs_of(value)
    if label == "Date" and _is_number(value):
        return _epoch_time(value)
    return _text_of(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _extras(obj: Mapping[str, Any], used: set[str]) -> list[str]:
    """The object's other values, as ``key: value`` lines that the header sets aside (as
    a table's other cells are): a picture's link, a category, an id. Nested objects are
    structure, not text, and are left out (but for the name a field took from them)."""
    extras = []
    for key, value in obj.items():
        if str(key).strip().casefold() in used:
            continue
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            text = ", ".join(item.strip() for item in value if item.strip())
        elif isinstance(value, str) or _is_number(value):
            text = str(value).strip()
        else:
            continue
        if text and text.casefold() not in NO_VALUE_WORDS:
            label = extra_label(str(key)) or "Value"
            extras.append(f"{label}: {' '.join(text.split())}")
    return extras


# Labels looked for under other keys when the usual ones gave none.
_MAIN_LABELS = frozenset({"Title", "URL", "Date"})
# The parser's fields that a crawl's labels name, by this module's labels.
_LABELS_OF_FIELDS = {
    "headline": "Title",
    "byline": "Author",
    "date": "Date",
    "summary": "Summary",
    "body": "Text",
    "publication": "Publisher",
}


def _label_of_words(key: str) -> str | None:
    """The label of a key named in a crawl's own language ("titulo", "enlace",
    "titel_original", "date_posted"), as the parser reads the same words as labels of text
    lines; a key whose first word is such a label counts too, and one whose last word is
    after a word for the story ("기사 제목", Korean "article title"; "news_link")."""
    from .parser.lexicon import HEADER_LABELS, URL_LABELS

    words = key.casefold().replace("_", " ")
    if " " not in words and (glued := _after_story_word(words)):
        words = glued  # "newstext", "articletitle": the story's word glued to the field's
    first, last = words.split(" ", 1)[0], words.rsplit(" ", 1)[-1]
    if first in _STORY_WORDS:
        words = first = last  # "article title": the title ("ai summary" is no summary)
    if words in URL_LABELS or first in URL_LABELS:
        return "URL"
    return _LABELS_OF_FIELDS.get(HEADER_LABELS.get(words) or HEADER_LABELS.get(first, ""))


# Words for the story that may stand before a field's name in a key or a column's name.
_STORY_WORDS = frozenset(
    {
        "article", "news", "story", "post", "item", "entry", "noticia", "artículo", "articulo",
        "artigo", "artikel", "статья", "новость", "기사", "뉴스", "新闻", "新聞", "記事", "文章",
    }
)  # fmt: skip


def _after_story_word(word: str) -> str | None:
    """The field's name after a story's word it is glued to ("newstext" -> "text"), or None."""
    for story_word in _STORY_WORDS:
        if word.startswith(story_word) and len(word) > len(story_word) + 2:
            return word[len(story_word) :]
    return None


def label_of_key_words(key: str) -> str | None:
    """The label of a key or an element's name, in English or in a crawl's own language."""
    return label_of_key(key) or _label_of_words(key)


def _add_fields_by_label_words(
    lowered: dict[str, Any], fields: dict[str, str], used: set[str]
) -> None:
    """Add the fields of keys in a crawl's own language (see :func:`_label_of_words`); a
    link's key gives the URL only when its value is one."""
    for key, value in lowered.items():
        label = _label_of_words(key)
        if label is None or label in fields or not (text := _text_of(value)):
            continue
        if label != "URL" or text.startswith(("http://", "https://")):
            fields[label] = text
            used.add(key)


# A page's label caught as a field's value: "RELATED:", "Also in the news:".
_MAX_LABEL_VALUE = 40
_TEXT_KEY_STARTS = ("content", "body", "text", "article_text", "full_text")


def object_fields(text: str) -> dict[str, str]:
    """The article fields of one object written out on a line, as JSON or as Python
    prints a dict ("{'headline': 'Ferry resumes', 'author': 'Jane Roe'}"), by label
    ("Title", "Author", ...); {} when it is no such object."""
    import ast  # only for a line that looks like an object

    value: Any = None
    try:
        value = json.loads(text)
    except ValueError:
        try:
            value = ast.literal_eval(text)
        except LITERAL_ERRORS:
            return {}
    return _fields(value) if isinstance(value, dict) else {}


def _text_of(value: Any) -> str | None:
    """A value as text: a string, the names in a list, or an object's name."""
    if isinstance(value, str):
        return value.strip() or None
    if _is_number(value):
        return None  # a count or an id, never a field's text
    if isinstance(value, list):
        names = [text for item in value if (text := _text_of(item))]
        return ", ".join(names) or None
    if isinstance(value, dict):
        lowered = _lowered(value)
        for key in _NAME_KEYS:
            if isinstance(lowered.get(key), str) and lowered[key].strip():
                return str(lowered[key]).strip()
        # NYT's person list: {"firstname": ..., "lastname": ...}
        first, last = lowered.get("firstname"), lowered.get("lastname")
        if isinstance(first, str) and isinstance(last, str):
            return f"{first} {last}".strip() or None
    return None


# Unix times of 2001-09-09 to 2103-01-31, in seconds or in milliseconds (as JavaScript
# writes them); other numbers under a date's key are no date.
_EPOCH_SECONDS = (1_000_000_000, 4_200_000_000)
_MILLISECONDS = 1000


def _epoch_time(value: float) -> str | None:
    """A date's key holding a Unix time, as ISO 8601 in UTC; None for another number."""
    if isinstance(value, bool):
        return None
    seconds = value / _MILLISECONDS if value > _EPOCH_SECONDS[1] else value
    if not _EPOCH_SECONDS[0] <= seconds <= _EPOCH_SECONDS[1]:
        return None
    from datetime import UTC, datetime  # only for such a key

    return datetime.fromtimestamp(seconds, tz=UTC).isoformat()


def _paragraphs_of(items: list[Any]) -> str | None:
    """A list of paragraphs as text: a paragraph an item, a blank line between them."""
    paragraphs = [item.strip() for item in items if isinstance(item, str) and item.strip()]
    return "\n\n".join(paragraphs) or None


def _labelled_text(fields: dict[str, str], extras: list[str]) -> str:
    """An object's fields as a labelled record (:func:`articlecli.labelled.labelled_record`)."""
    if "Text" in fields:
        fields["Text"] = _CUT_MARK.sub(_cut_end, fields["Text"])
    return labelled_record(fields, extras)


def _cut_end(mark: re.Match[str]) -> str:
    """What stays of a text's end where the API cut it: a sentence's end, or else the
    ellipsis (the text stops mid-sentence)."""
    return mark["end"] or ("…" if mark["ellipsis"] else "")


# Every key and column name, in lower case without spaces, "_" or "-", by its label.
_LABEL_OF_KEY = {key.replace("_", ""): label for label, keys in _FIELD_KEYS for key in keys}


def label_of_key(key: str) -> str | None:
    """The label of a key or a table's column name ("publishedAt", "Published At")."""
    return _LABEL_OF_KEY.get("".join(key.casefold().replace("_", " ").replace("-", " ").split()))


def _title_position(text: str, title: str, search_from: int) -> tuple[int, int]:
    """Where the object's title stands in the text (searching on from the previous
    article's), and where to search from next; the previous place when it is not found
    as written (escapes the encoder writes otherwise)."""
    for encoded in (json.dumps(title, ensure_ascii=False), json.dumps(title)):
        found = text.find(encoded, search_from)
        if found != -1:
            return found, found + len(encoded)
    return search_from, search_from


__all__ = ["Record", "api_records", "is_assignment_opening", "label_of_key", "object_fields"]
