"""A crawler's own tags -> labelled text records: an article per run of sibling elements.

Some scrapers write their articles between tags of their own choosing, in their own
language, one element after the other with no wrapper (or a wrapper no feed or newswire
uses)::

    <periodico>Harbour Ledger</periodico>
    <noticia> 1 </noticia>
    <cuerpo>
    Tram depot opens to visitors
    The depot opened on Sunday. ...
    </cuerpo>

An element opens at a line's start; it closes on the same line or on a later one. The
first element's name opens each article again. Each element is read as a labelled line
under its name (``titulo``, ``fecha``, ``cuerpo``, in any language the parser reads labels
in; see :func:`articlecli.apijson.label_of_key_words`); an element no field takes is kept
as a ``name: value`` line the header sets aside, and lines outside any element stay text,
so that nothing is lost. Without a title element the story's text is given as text, its
first line read as the headline the way the parser reads any dump's.

Feeds (``<rss>``, ``<item>``, ``<article>``) and newswire containers (``<DOC>``,
``<REUTERS>``) are read by their own modules; pages of HTML are not elements here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import patterns
from .apijson import label_of_key_words
from .labelled import extra_label, labelled_record

# An element opening a line: "<fecha>", "<cuerpo lang='es'>", with what follows it.
_OPENING = patterns.compile(r"<(?P<name>[^\W\d_][\w:.-]{0,40})(?:\s[^<>]*)?>(?P<rest>.*)")
# Names of HTML's elements: a page's markup, not a crawler's record.
_HTML_NAMES = frozenset(
    {
        "a", "abbr", "b", "blockquote", "body", "br", "div", "em", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i",
        "img", "li", "link", "main", "meta", "nav", "ol", "p", "script", "section", "span",
        "strong", "style", "table", "td", "th", "title", "tr", "u", "ul",
    }
)  # fmt: skip
_CDATA_OPEN, _CDATA_CLOSE = "<![CDATA[", "]]>"
# A text element's value has this many words at least, where no element is named for it.
_MIN_TEXT_WORDS = 12


def _opening(stripped: str) -> re.Match[str] | None:
    """The crawler's element that ``stripped`` (a line without surrounding spaces) opens,
    or None: no element, or one of HTML's."""
    if stripped[:1] != "<":
        return None
    match = _OPENING.fullmatch(stripped)
    return None if match is None or match["name"].casefold() in _HTML_NAMES else match


def element_name(stripped: str) -> str | None:
    """The name, in lower case, of the crawler's element that ``stripped`` opens, or None."""
    match = _opening(stripped)
    return None if match is None else match["name"].casefold()


def opens_elements(head: list[str]) -> bool:
    """Tell whether an input's first non-blank lines (``head``) are a crawler's elements:
    its first two lines each open one (a page of HTML opens with its own)."""
    names = [element_name(line.strip()) for line in head[:2]]
    return len(names) == 2 and None not in names


@dataclass
class _Article:
    line: int  # the 1-based input line of its first element
    elements: list[tuple[str, str]] = field(default_factory=list)  # (name as written, value)
    loose: list[str] = field(default_factory=list)  # lines outside any element

    def __bool__(self) -> bool:
        return bool(self.elements or self.loose)


def element_records(lines: Iterable[str], first_line: int = 1) -> Iterator[tuple[str, int]]:
    """Yield each article's labelled text and the input line where it opens."""
    first_name: str | None = None
    article = _Article(first_line)
    open_written: str | None = None  # the element, as written, whose value runs over lines
    value: list[str] = []
    for number, line in enumerate(lines, first_line):
        stripped = line.strip()
        if open_written is not None:
            at = stripped.casefold().find(f"</{open_written}>".casefold())
            if at < 0:
                value.append(line)
                continue
            value.append(stripped[:at])
            article.elements.append((open_written, _value_text(value)))
            open_written, value = None, []
            continue
        match = _opening(stripped)
        if match is None:
            if stripped.startswith("</") and stripped.endswith(">"):
                continue  # a wrapper's end ("</noticia>" alone)
            if not article:
                article.line = number
            if stripped or article.loose:
                article.loose.append(line)
            continue
        written, rest = match["name"], match["rest"]
        name = written.casefold()
        first_name = first_name or name
        if name == first_name and article:
            yield _labelled(article), article.line
            article = _Article(number)
        elif not article:
            article.line = number
        at = rest.casefold().rfind(f"</{written}>".casefold())
        if at >= 0:
            article.elements.append((written, _value_text([rest[:at]])))
        elif rest.strip() or not _is_wrapper(name, first_name, article):
            open_written, value = written, [rest]
    if open_written is not None:
        article.elements.append((open_written, _value_text(value)))  # the input ends inside
    if article:
        yield _labelled(article), article.line


def _is_wrapper(name: str, first_name: str, article: _Article) -> bool:
    """An element alone on its line that wraps the others: the article's first element
    (``<noticia>`` over ``<titulo>``), which is no value of its own."""
    return name == first_name and not article.elements


def _value_text(parts: list[str]) -> str:
    """An element's value: its lines without CDATA wrappers, XML's references decoded,
    without the blank lines around it."""
    text = "\n".join(parts)
    if _CDATA_OPEN in text:
        text = text.replace(_CDATA_OPEN, "").replace(_CDATA_CLOSE, "")
    elif "&" in text:
        text = html.unescape(text)
    return text.strip()


def _labelled(article: _Article) -> str:
    """An article's elements as a labelled record, its loose lines after them as text."""
    fields: dict[str, str] = {}
    extras: list[str] = []
    unnamed: list[tuple[str, str]] = []
    for name, value in article.elements:
        if not value.strip():
            continue
        label = label_of_key_words(name)
        if label is not None and label not in fields:
            fields[label] = value
        else:
            unnamed.append((name, value))
    if "Text" not in fields:
        # No element is named for the text: the longest of the others, if it runs long.
        longest = max(unnamed, key=lambda item: len(item[1].split()), default=None)
        if longest is not None and len(longest[1].split()) >= _MIN_TEXT_WORDS:
            fields["Text"] = longest[1]
            unnamed.remove(longest)
    for name, value in unnamed:
        extras.append(f"{extra_label(name) or 'Value'}: {' '.join(value.split())}")
    loose = "\n".join(article.loose).strip("\n")
    if "Title" in fields:
        if loose:
            fields["Text"] = f"{fields['Text']}\n\n{loose}" if "Text" in fields else loose
        return labelled_record(fields, extras)
    # No title: the text as a dump gives it, its first line the headline's place.
    body = "\n\n".join(part for part in (fields.pop("Text", ""), loose) if part)
    header = labelled_record(fields, extras) if fields or extras else ""
    return f"{header}\n{body}\n" if header else f"{body}\n"


__all__ = ["element_name", "element_records", "opens_elements"]
