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

Record = tuple[str, int]  # (labelled text, 1-based input line where the item opens)


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
    """Return the labelled text and line of each item of a feed, or None for none."""
    records = []
    for match in _ITEM.finditer(text):
        fields = _fields(match[2])
        if fields:
            records.append((labelled_record(fields), text.count("\n", 0, match.start()) + 1))
    return records or None


def _fields(item: str) -> dict[str, str]:
    """The item's fields by label: the first of each field's elements to hold text."""
    fields: dict[str, str] = {}
    for label, tags in _FIELD_TAGS:
        for tag in tags:
            value = _element_text(item, tag)
            if value:
                fields[label] = value
                break
    return fields


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
