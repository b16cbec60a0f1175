"""RSS and Atom feeds -> labelled text records, an article per ``<item>`` or ``<entry>``
(or ``<article>``, as crawlers write their own XML).

A saved feed is a common dump: ``<rss><channel><item><title>...</title><link>...</link>
<pubDate>...</pubDate><description>...</description></item>...``, or Atom's ``<feed>
<entry>`` with ``<link href="..."/>`` and ``<author><name>``. Each item becomes a labelled
record (:func:`articlecli.labelled.labelled_record`) for the parser, located at the line
where the item opens.

Feeds are read with patterns rather than an XML parser: saved feeds are often not
well-formed (a bare "&", a cut-off end), and only a few elements matter. ``CDATA``
sections are unwrapped and XML's character references decoded here; the HTML a
description carries is the parser's to decode (:func:`articlecli.decode.without_markup`).
"""

from __future__ import annotations

import functools
import html
import re

from . import patterns
from .labelled import labelled_record
from .lines import line_at

# The elements that hold each field, best first (names in lower case, prefixes included).
_FIELD_TAGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Title", ("title",)),
    ("Author", ("dc:creator", "author", "creator")),
    ("Date", ("pubdate", "published", "dc:date", "updated", "date")),
    ("URL", ("link", "feedburner:origlink")),
    ("Summary", ("description", "summary")),
    ("Text", ("content:encoded", "content", "text", "body")),
)
# A feed's items and entries, and the <article> records of a crawler's own XML.
_ITEM = patterns.compile(r"<(item|entry|article)\b[^>]*>(.*?)</\1\s*>", re.DOTALL | re.IGNORECASE)
_CDATA = patterns.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_HREF = patterns.compile(r"""\bhref\s*=\s*["']([^"']+)["']""")
# An item's link to its page: Atom's <link href> that is no enclosure or reply link.
_OTHER_LINKS = ("enclosure", "replies", "edit", "self", "via")

# (labelled text, 1-based input line where the item opens, whether the input ends inside it)
Record = tuple[str, int, bool]


def is_feed_opening(stripped: str) -> bool:
    """Tell whether an input's first line opens a feed (``<rss``, ``<feed``, ``<rdf:RDF``)
    or a crawler's XML of articles (``<articles>``, ``<article>``)."""
    if stripped[:1] != "<":
        return False
    name = stripped[1:].split(">", 1)[0].split(None, 1)[0].casefold() if len(stripped) > 1 else ""
    return name in _OPENINGS


# The first elements of the inputs read here.
_OPENINGS = frozenset({"rss", "feed", "rdf:rdf", "articles", "article"})


def feed_records(text: str) -> list[Record] | None:
    """Return the labelled text and line of each item of a feed, or None for none. A file
    cut inside its last item (or whose last item lost its opening tag) gives that item
    too, as far as it goes, said to be cut."""
    records = []
    end = 0
    for match in _ITEM.finditer(text):
        record = _record(match[2])
        if record is not None:
            records.append((record, line_at(text, match.start()), False))
        end = match.end()
    if records and (cut := _cut_item(text, end)) is not None:
        records.append(cut)
    return records or None


# An item's opening tag, and any element's opening or closing tag.
_ITEM_OPENING = patterns.compile(r"<(?:item|entry|article)\b[^>]*>", re.IGNORECASE)
_TAG = patterns.compile(r"<(/?)([^\W\d_][\w:.-]*)[^<>]*?(/?)>")


def _cut_item(text: str, end: int) -> Record | None:
    """The item after the last whole one (from ``end``), when the input ends inside it:
    its elements read with the ones left open closed where the input ends; None when
    only closing tags and space follow (a feed's "</channel></rss>")."""
    tail = text[end:]
    opening = _ITEM_OPENING.search(tail)
    start = opening.end() if opening is not None else 0
    item = tail[start:]
    if not _TAG.sub("", item).strip():
        return None
    open_names: list[str] = []
    for tag in _TAG.finditer(item):
        closing, name, self_closed = tag[1], tag[2].casefold(), tag[3]
        if closing and name in open_names:
            # It closes, and with it what opened inside it and was left open.
            last = len(open_names) - 1 - open_names[::-1].index(name)
            del open_names[last:]
        elif not closing and not self_closed:
            open_names.append(name)
    closed = item + "".join(f"</{name}>" for name in reversed(open_names))
    record = _record(closed) or labelled_record({"Text": _TAG.sub("", item).strip()})
    first = end + (opening.start() if opening is not None else len(tail) - len(tail.lstrip()))
    return record, line_at(text, first), True


def _fields(item: str, used: set[str] | None = None) -> dict[str, str]:
    """The item's fields by label: the first of each field's elements to hold text (the
    names of the elements that gave them are added to ``used``)."""
    fields: dict[str, str] = {}
    for label, tags in _FIELD_TAGS:
        for tag in tags:
            value = _element_text(item, tag)
            if value:
                fields[label] = value
                if used is not None:
                    used.add(tag)
                break
    return fields


# An element of an item, with its text: "<guid isPermaLink="false">abc</guid>".
_CHILD = patterns.compile(
    r"<(?P<name>[^\W\d][\w:.-]*)\b[^<>]*?>(?P<text>.*?)</(?P=name)\s*>", re.DOTALL
)


def _record(item: str) -> str | None:
    """The item as a labelled record: its fields, and its other elements that hold text
    as "name: text" lines the header sets aside ("category: Harbour", "guid: ..."), so that
    nothing of it is lost; None when no element gives a field."""
    used: set[str] = set()
    fields = _fields(item, used)
    if not fields:
        return None
    extras = []
    for child in _CHILD.finditer(item):
        name = child["name"].casefold()
        if name in used:
            continue
        raw = child["text"]
        text = _CDATA.sub(lambda cdata: cdata[1], raw) if "<![CDATA[" in raw else html.unescape(raw)
        text = " ".join(text.split())
        if text and "<" not in text:
            extras.append(f"{child['name']}: {text}")
    return labelled_record(fields, extras)


def _element_text(item: str, tag: str) -> str | None:
    """The text of the item's first ``tag`` element that has some (for a link, its
    ``href`` too), without CDATA wrappers, XML references or inner tags."""
    for match in _element(tag).finditer(item):
        attributes, raw = match[1], match[2] or ""
        if tag == "link" and not raw.strip():
            # Atom's <link href="..."/>: the page's, not an enclosure's or a reply feed's.
            if any(f"{quote}{rel}{quote}" in attributes for rel in _OTHER_LINKS for quote in "\"'"):
                continue
            if (href := _HREF.search(attributes)) is not None:
                return html.unescape(href[1]).strip()
            continue
        if tag == "author" and "<name" in raw:
            return _element_text(raw, "name")  # Atom: <author><name>Jane Roe</name>...
        # Outside CDATA, markup is escaped once for XML: "&lt;p&gt;" is "<p>".
        value = (
            _CDATA.sub(lambda cdata: cdata[1], raw) if "<![CDATA[" in raw else html.unescape(raw)
        )
        if value.strip():
            return value.strip()
    return None


@functools.cache
def _element(tag: str) -> re.Pattern[str]:
    """An element ``<tag ...>text</tag>`` or ``<tag .../>``: (attributes, text)."""
    name = re.escape(tag)
    return re.compile(rf"<{name}\b([^>]*?)(?:/>|>(.*?)</{name}\s*>)", re.DOTALL | re.IGNORECASE)


__all__ = ["Record", "feed_records", "is_feed_opening"]
