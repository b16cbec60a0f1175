"""SGML newswire containers -> labelled article text the parser already reads.

A container is one ``<DOC>...</DOC>`` (TREC) or ``<REUTERS ...>...</REUTERS>``
(Reuters-21578) element, given here as the raw text of its lines. :func:`convert_container`
turns it into a plain labelled dump::

    Title: <headline>
    By: <byline>
    Date: <ISO 8601>

    <DATELINE> - <first paragraph>

    <paragraph>

Why text and not fields: the parser stays the one place that builds an ``Article`` (ids,
quotes, sections, warnings, word counts); this module only undoes the container's markup,
so a container article and the same article typed by hand parse identically, and
``articlecli split`` can write it out as an ordinary text file.

What is dropped on purpose: slug and routing lines (``<FIRST>``, ``<SECOND>``,
``<FILEID>``, ``<TOPICS>``, ...), notes to editors in ``<HEAD>`` (``Eds: ...``,
``LaserPhoto ...``), the Reuters ``\\x03`` end-of-text mark and "Reuter" sign-off.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from . import patterns

# Container tag -> container name. Detection looks for these opening tags at a line start.
CONTAINERS: dict[str, str] = {"DOC": "trec", "REUTERS": "reuters"}

# Element -> what its text is. Unknown elements take the role of the element around them.
ROLES: dict[str, str] = {
    "DOCNO": "id", "DOCID": "id",
    "HEAD": "headline", "HL": "headline", "HEADLINE": "headline", "TITLE": "headline",
    "BYLINE": "byline", "AUTHOR": "byline", "BY": "byline",
    "DATE": "date", "DD": "date", "DATE_TIME": "date",
    "FILEID": "fileid",
    "DATELINE": "dateline",
    "TEXT": "body", "BODY": "body", "P": "body", "LP": "body",
    "NOTE": "subhead",
    "UNK": "unknown",
    # Routing, slugs and index terms: not article text.
    "FIRST": "ignore", "SECOND": "ignore", "TOPICS": "ignore", "PLACES": "ignore",
    "PEOPLE": "ignore", "ORGS": "ignore", "EXCHANGES": "ignore", "COMPANIES": "ignore",
    "UNKNOWN": "ignore", "MKNOTE": "ignore", "D": "ignore", "SO": "ignore", "IN": "ignore",
    # Text straight inside a container is article text (WikiExtractor's <doc>).
    "DOC": "body", "REUTERS": "body",
}  # fmt: skip

# Notes to editors in <HEAD>, never headlines (compared case-insensitively).
HEAD_NOTE_PREFIXES: tuple[str, ...] = (
    "eds:", "eds note", "editors:", "editor's note", "editors' note", "laserphoto",
    "lasergraphic", "ap photo", "an ap extra", "with am-", "with pm-", "with bc-",
)  # fmt: skip
# The same notes when they stand as a whole paragraph of the text: only the forms that
# cannot open a sentence ("AP Photo shows ..." can).
BODY_NOTE_PREFIXES: tuple[str, ...] = ("eds:", "with am-", "with pm-", "with bc-")

# Container date formats (strptime), tried in order; "%H" marks those that carry a time.
DATE_FORMATS: tuple[str, ...] = (
    "%d-%b-%Y %H:%M:%S.%f",  # Reuters-21578: 26-FEB-1987 15:01:01.79
    "%d-%b-%Y %H:%M:%S",
    "%d-%b-%Y",
    "%Y-%m-%d",
    "%Y%m%d",
)

# US zone abbreviations in AP <FILEID> stamps, in hours from UTC.
FILEID_ZONES: dict[str, int] = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "GMT": 0, "UTC": 0,
}  # fmt: skip

# Last paragraphs that are a wire service's sign-off, not text.
SIGN_OFFS: frozenset[str] = frozenset({"reuter", "reuters"})
# Paragraphs that stand in for text that was never there (Reuters-21578 briefs).
PLACEHOLDERS: frozenset[str] = frozenset({"blah blah blah."})

_OPENING = patterns.compile(r"<([A-Za-z_][A-Za-z0-9_]*)(?:[ \t>]|$)")
_TAG = patterns.compile(r"<(/?)([A-Za-z][\w.-]*)([^<>]*)>")
_ATTRIBUTE = patterns.compile(r"""([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# AP stamp "AP-NR-01-01-89 2358EST": month, day, two-digit year, time, zone.
_AP_FILEID = patterns.compile(r"[A-Z]+-[A-Z]+-(\d\d)-(\d\d)-(\d\d)\s+(\d\d)(\d\d)([A-Z]{3})")
# C0 controls other than newline and tab: Reuters marks text start/end with \x02 / \x03.
_CONTROLS = dict.fromkeys([*range(0, 9), *range(11, 32), 127])
_DATELINE_DASHES = ("-", "_", "\u2014", "\u2013")


class ContainerError(ValueError):
    """A container holding no article text; the splitter reports it with its line."""


@dataclass
class _Fields:
    """What the elements of one container gave (a builder)."""

    id: str | None = None
    headline: str | None = None
    byline: list[str] = field(default_factory=list)
    date: str | None = None
    fileid: str | None = None
    url: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    dateline: str | None = None  # waiting for the paragraph it opens


def opening_tag(stripped: str) -> str | None:
    """Return the container tag a line opens ("DOC", "REUTERS"), or None.

    Cheap on ordinary lines: anything not starting with "<" is rejected at once.
    """
    if stripped[:1] != "<":
        return None
    match = _OPENING.match(stripped)
    if match is None:
        return None
    name = match[1].upper()
    return name if name in CONTAINERS else None


def closes(stripped: str, tag: str) -> bool:
    """Tell whether a stripped line ends the container ``tag`` ("...</DOC>")."""
    close = f"</{tag}>"
    return stripped[-len(close) :].upper() == close


def convert_container(text: str, tag: str) -> tuple[str, str | None]:
    """Return (labelled article text, container id) for one container's raw text.

    Raises :class:`ContainerError` when the container holds no article text.
    """
    fields = _Fields()
    for role, value, attributes in _segments(text):
        _take(fields, role, value, attributes)
    if fields.dateline is not None:
        fields.paragraphs.append(fields.dateline)  # a dateline with no text after it
    if fields.paragraphs and fields.paragraphs[-1].casefold() in SIGN_OFFS:
        fields.paragraphs.pop()
    if fields.date is None and fields.fileid is not None:
        fields.date = _fileid_date(fields.fileid)
    rendered = _render(fields)
    if not rendered:
        raise ContainerError(f"<{tag}> container holds no article text")
    return rendered, fields.id


def _segments(text: str) -> Iterator[tuple[str, str, dict[str, str]]]:
    """Yield (role, raw text, attributes of the container) for each run of element text.

    A run is the text between two tags; it belongs to the innermost open element. Tags
    that never close (SGML allows it) are popped when an enclosing element closes.
    """
    stack: list[str] = []
    attributes: dict[str, str] = {}
    position = 0
    for match in _TAG.finditer(text):
        if stack and match.start() > position:
            yield _role(stack), text[position : match.start()], attributes
        position = match.end()
        closing, name = match[1] == "/", match[2].upper()
        if closing:
            if name in stack:
                while stack.pop() != name:
                    pass
        else:
            if not stack and name in CONTAINERS:
                attributes = _attributes(match[3])
                yield "attributes", "", attributes
            stack.append(name)
    if stack and position < len(text):
        yield _role(stack), text[position:], attributes


def _role(stack: list[str]) -> str:
    """Return the role of text inside ``stack``: the innermost element with a known role."""
    for name in reversed(stack):
        role = ROLES.get(name)
        if role is not None:
            return role
    return "ignore"


def _attributes(raw: str) -> dict[str, str]:
    return {m[1].lower(): m[2] or m[3] or m[4] or "" for m in _ATTRIBUTE.finditer(raw)}


def _take(fields: _Fields, role: str, raw: str, attributes: dict[str, str]) -> None:
    """Put one run of element text into ``fields`` according to its role."""
    if role == "attributes":
        _take_attributes(fields, attributes)
        return
    if role == "ignore":
        return
    if role == "body":
        if not raw.isspace():  # the line ends between elements are most runs
            _take_body(fields, _clean(raw, keep_lines=True))
        return
    value = _clean(raw, keep_lines=False)
    if not value:
        return
    if role == "unknown":  # AP <UNK>: a byline or a headline that lost its tag
        role = "byline" if value.casefold().startswith("by ") else "headline"
    if role == "id":
        fields.id = fields.id or value
    elif role == "headline":
        if fields.headline is None and not value.casefold().startswith(HEAD_NOTE_PREFIXES):
            fields.headline = value
    elif role == "byline":
        if fields.paragraphs:  # a digest's next item: its byline is text, not the article's
            _flush_dateline(fields)
            fields.paragraphs.append(value)
        else:
            _take_byline(fields, value)
    elif role == "date":
        fields.date = fields.date or _iso_date(value)
    elif role == "fileid":
        fields.fileid = fields.fileid or value
    elif role == "dateline":
        fields.dateline = value
    elif role == "subhead":
        _flush_dateline(fields)
        fields.paragraphs.append(value)


def _take_attributes(fields: _Fields, attributes: dict[str, str]) -> None:
    """Use id, title and url attributes of the container tag (<doc id=".." title="..">)."""
    for key in ("docno", "newid", "id", "docid"):
        if attributes.get(key):
            fields.id = attributes[key].strip()
            break
    if attributes.get("title"):
        fields.headline = " ".join(html.unescape(attributes["title"]).split())
    if attributes.get("url"):
        fields.url = attributes["url"].strip()


def _take_byline(fields: _Fields, value: str) -> None:
    """Add byline parts; "^" is AP's line break, and text before "By" is a stray headline."""
    parts = [part.strip() for part in value.split("^") if part.strip()]
    first_by = next((i for i, p in enumerate(parts) if p.casefold().startswith("by ")), 0)
    if first_by and fields.headline is None:
        fields.headline = " ".join(parts[:first_by])
    fields.byline.extend(parts[first_by:])


def _take_body(fields: _Fields, text: str) -> None:
    """Split body text into paragraphs; a waiting dateline opens the first one."""
    for paragraph in split_paragraphs(text):
        folded = paragraph.casefold()
        if folded.startswith(BODY_NOTE_PREFIXES) or folded in PLACEHOLDERS:
            continue  # a slug note ("With AM-Israel-Border") or a placeholder
        if not any(char.isalnum() for char in paragraph):
            continue  # a row of asterisks: decoration
        if fields.dateline is not None:
            paragraph = _with_dateline(fields.dateline, paragraph)
            fields.dateline = None
        fields.paragraphs.append(paragraph)


def _flush_dateline(fields: _Fields) -> None:
    if fields.dateline is not None:
        fields.paragraphs.append(fields.dateline)
        fields.dateline = None


def _with_dateline(dateline: str, paragraph: str) -> str:
    """Join "NEW YORK (AP)" and the paragraph the way wire copy prints them."""
    if dateline.endswith(_DATELINE_DASHES):
        return f"{dateline} {paragraph}"
    return f"{dateline} - {paragraph}"


def split_paragraphs(text: str) -> list[str]:
    """Return the paragraphs of hard-wrapped wire text, each joined onto one line.

    Paragraphs end at blank lines, and a line indented deeper than the least indented
    line of its block opens a new one: wire copy indents first lines and wraps the rest
    flush left ("   The celluloid torch ..." / "generation: ..."). When every line of a
    block is indented, each is a paragraph of its own (short one-line paragraphs).
    """
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        indents = [len(line) - len(line.lstrip(" \t")) for line in lines]
        margin = min(indents)
        current: list[str] = []
        for line, indent in zip(lines, indents, strict=True):
            # Every line indented: paragraphs short enough to fit on one line each.
            if current and (indent > margin or margin > 0):
                paragraphs.append(" ".join(" ".join(current).split()))
                current = []
            current.append(line)
        paragraphs.append(" ".join(" ".join(current).split()))
    return paragraphs


def _clean(raw: str, *, keep_lines: bool) -> str:
    """Decode entities, drop control marks, turn TeX-style ``quotes'' into curly ones."""
    text = html.unescape(raw).translate(_CONTROLS)
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    return text if keep_lines else " ".join(text.split())


def _iso_date(value: str) -> str:
    """Return ``value`` in ISO 8601 when a container format matches, else as it is.

    Fractions of a second are dropped: no news date needs them. Unknown formats pass
    through for the parser's own date reader.
    """
    for pattern in DATE_FORMATS:
        try:
            parsed = datetime.strptime(value, pattern)
        except ValueError:
            continue
        if "%H" in pattern:
            return parsed.replace(microsecond=0).isoformat()
        return parsed.date().isoformat()
    return value


def _fileid_date(fileid: str) -> str | None:
    """Read an AP transmission stamp ("AP-NR-01-01-89 2358EST") as an ISO date-time."""
    match = _AP_FILEID.fullmatch(fileid)
    if match is None:
        return None
    month, day, year, hour, minute, zone = match.groups()
    full_year = int(year) + (2000 if int(year) < 50 else 1900)
    try:
        day_value = date(full_year, int(month), int(day))
    except ValueError:
        return None
    offset = FILEID_ZONES.get(zone)
    if offset is None or int(hour) > 23 or int(minute) > 59:
        return day_value.isoformat()
    stamp = datetime(
        full_year, int(month), int(day), int(hour), int(minute),
        tzinfo=timezone(timedelta(hours=offset)),
    )  # fmt: skip
    return stamp.isoformat()


def _render(fields: _Fields) -> str:
    """Write the fields as a labelled dump; empty when there is no text at all."""
    header = [
        f"{label}: {value}"
        for label, value in (
            ("Title", fields.headline),
            ("By", ", ".join(_strip_by(fields.byline)) or None),
            ("Date", fields.date),
            ("Original url", fields.url),
        )
        if value
    ]
    if not fields.paragraphs and fields.headline is None:
        return ""
    return "\n\n".join(["\n".join(header), *fields.paragraphs]).lstrip("\n") + "\n"


def _strip_by(parts: list[str]) -> list[str]:
    """Drop the leading "By" of the first byline part: the label says it already."""
    if parts and parts[0].casefold().startswith("by "):
        return [parts[0][3:].strip(), *parts[1:]]
    return parts
