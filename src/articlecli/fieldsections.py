"""Fields under Markdown headings of their names -> labelled records, one per document.

Scripts that save what an extractor returned (newspaper3k's title, text, summary, publish
date, authors, top image) may write each field under a heading named after it::

    ## title
    Harbour crane returns
    ## content
    The crane returned to the quay on Monday.
    ## publish date
    2031-04-10 00:00:00
    ## authors
    ['Jane Doe']

When every heading names a field and the headings name a title and a text at least, the
input is such a document, or several one after the other (each opens with the heading it
opened with). Each becomes a labelled record (:func:`articlecli.labelled.labelled_record`)
for the parser: a field's lines joined under its label, the text's lines as they are;
sections no field takes are kept as ``name: value`` lines, which the header sets aside.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from . import patterns
from .apijson import label_of_key_words
from .labelled import NO_VALUE_WORDS, extra_label, labelled_record

# A field's heading: "## title", "# Publish Date", "### top image" (a few words).
_HEADING = patterns.compile(r"#{1,4} +(?P<name>[^\W\d_][\w ]{0,30}?) *#*")
# Values that hold nothing: an empty list as Python prints one, and the no-value words.
_EMPTY_VALUES = frozenset({"[]", "{}", "()", "", *NO_VALUE_WORDS})


def field_name(stripped: str) -> str | None:
    """The name of the field whose heading ``stripped`` is, or None."""
    if stripped[:1] != "#":
        return None
    match = _HEADING.fullmatch(stripped)
    return match["name"].casefold() if match is not None else None


def opens_field_sections(head: list[str]) -> bool:
    """Tell whether an input's first non-blank lines (``head``) are a document of field
    sections: its first line a title's or a text's heading, a title's and a text's among
    its headings."""
    first = field_name(head[0].strip()) if head else None
    if first is None or label_of_key_words(first) not in ("Title", "Text"):
        return False
    names = [field_name(line.strip()) for line in head if line.lstrip()[:1] == "#"]
    labels = {label_of_key_words(name) for name in names if name is not None}
    return {"Title", "Text"} <= labels


def field_records(lines: Iterable[str], first_line: int = 1) -> Iterator[tuple[str, int]]:
    """Yield each document's labelled text and the input line where it opens."""
    sections: list[tuple[str, list[str]]] = []
    opening: str | None = None
    start = first_line
    for number, line in enumerate(lines, start=first_line):
        stripped = line.strip()
        name = field_name(stripped)  # None at once for a line not opening with "#"
        if name is not None and _is_heading_of_a_field(name, sections):
            if name == opening and sections:
                yield _record(sections), start
                sections, start = [], number
            opening = opening or name
            sections.append((name, []))
        elif sections:
            sections[-1][1].append(line)
        elif stripped:
            sections.append(("", [line]))  # text before the first heading: kept as text
    if sections:
        yield _record(sections), start


def _is_heading_of_a_field(name: str, sections: list[tuple[str, list[str]]]) -> bool:
    """A heading names a field where it is the document's first, or where no text runs:
    inside a story's text, "## What happened next" is the story's own heading."""
    if label_of_key_words(name) is not None or not sections:
        return True
    return label_of_key_words(sections[-1][0]) != "Text"


def _record(sections: list[tuple[str, list[str]]]) -> str:
    fields: dict[str, str] = {}
    extras: list[str] = []
    for name, lines in sections:
        value = "\n".join(lines).strip()
        label = label_of_key_words(name) if name else "Text"
        if value in _EMPTY_VALUES:
            continue
        if label is not None and label not in fields:
            fields[label] = value if label == "Text" else " ".join(value.split())
        else:
            extras.append(f"{extra_label(name) or name}: {' '.join(value.split())}")
    return labelled_record(fields, extras)
