"""The header zone: headline, byline, date, photo credit and URL lines at the top.

Header fields may come in any order and any may be missing. The zone ends at the first
line that is none of them (that line opens the body).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..codes import code_of
from ..model import Diagnostic, Related
from .blocks import Line
from .byline import Byline, credit_names, read_byline
from .dates import DateLine, read_date_line, read_time_line, with_time
from .fields import (
    UrlLine,
    is_headline_like,
    read_credit,
    read_label,
    read_related_line,
    read_url_line,
)

# A header is a handful of lines; past this many, whatever follows is body.
MAX_HEADER_LINES = 15


@dataclass
class Header:
    """What the header zone gave (a builder, filled line by line)."""

    headline: str | None = None
    byline: Byline | None = None
    date: str | None = None
    updated: str | None = None
    photo_credit: str | None = None
    url: UrlLine | None = None
    related: list[Related] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)
    roles: dict[int, str] = field(default_factory=dict)
    unrecognised: list[str] = field(default_factory=list)
    warnings: list[Diagnostic] = field(default_factory=list)
    consumed: int = 0  # how many of the input lines the header took
    date_seen: bool = False  # a date line was present, even if unreadable


def read_header(lines: list[Line]) -> Header:
    """Read header fields from the top of ``lines`` until a line opens the body."""
    header = Header()
    for index, line in enumerate(lines[:MAX_HEADER_LINES]):
        role = _take(header, line)
        if role is None:
            break
        header.roles[line.number] = role
        header.consumed = index + 1
    return header


def _take(header: Header, line: Line) -> str | None:
    """Put ``line`` into the header and return its role, or None if it opens the body."""
    text = line.text
    labelled = read_label(text)
    if labelled is not None:
        return _take_labelled(header, line, *labelled)
    if (byline := read_byline(text)) is not None:
        return _set_byline(header, line, byline)
    if (date_line := read_date_line(text)) is not None:
        return _set_date(header, line, date_line)
    if header.date and "T" not in header.date and (time := read_time_line(text)):
        header.date = with_time(header.date, time)
        return "date"
    if (url := read_url_line(text, bare_ok=True)) is not None and header.url is None:
        header.url = url
        header.lines["url"] = line.number
        return "url"
    if (related := read_related_line(text)) is not None:
        header.related.append(related)
        return "related"
    if header.photo_credit is None and (credit := read_credit(text)) is not None:
        header.photo_credit = credit
        header.lines["photo_credit"] = line.number
        return "credit"
    if header.headline is None and is_headline_like(text):
        header.headline = text
        header.lines["headline"] = line.number
        return "headline"
    return None


def _take_labelled(header: Header, line: Line, field_name: str, value: str) -> str | None:
    if not value:
        return field_name  # "Author:" with nothing after it: the field is absent
    if field_name == "headline":
        if header.headline is not None:
            return None
        header.headline = value
        header.lines["headline"] = line.number
        return "headline"
    if field_name == "byline":
        byline = read_byline(value) or credit_names(value)
        if byline is None:
            byline = Byline(value, (), ())
        return _set_byline(header, line, byline)
    if field_name in ("date", "updated"):
        date_line = read_date_line(value)
        if date_line is None:
            if value.casefold() in ("unknown", "n/a", "none", "null", "-"):
                return "date"
            date_line = DateLine(field_name, None)
        return _set_date(header, line, DateLine(field_name, date_line.value, date_line.updated))
    if field_name == "credit" and header.photo_credit is None:
        header.photo_credit = value
        header.lines["photo_credit"] = line.number
        return "credit"
    return None


def _set_byline(header: Header, line: Line, byline: Byline) -> str:
    if header.byline is None:
        header.byline = byline
        header.lines["byline"] = line.number
    else:
        header.unrecognised.append(line.text)
        header.warnings.append(_unrecognised(line, "a second byline"))
    return "byline"


def _set_date(header: Header, line: Line, date_line: DateLine) -> str:
    header.date_seen = True
    if date_line.value is None:
        header.warnings.append(
            Diagnostic(code_of("unparseable-date"), f"cannot read {line.text!r} as a date", line.number)
        )
        header.unrecognised.append(line.text)
        return "date"
    target = date_line.field
    if target == "date" and header.date is not None and header.updated is None:
        target = "updated"  # a second date line is the update time
    if getattr(header, target) is not None:
        header.unrecognised.append(line.text)
        header.warnings.append(_unrecognised(line, "a third date line"))
        return "date"
    setattr(header, target, date_line.value)
    header.lines[target] = line.number
    if date_line.updated and header.updated is None:
        header.updated = date_line.updated
        header.lines["updated"] = line.number
    return "date"


def _unrecognised(line: Line, what: str) -> Diagnostic:
    return Diagnostic(code_of("unrecognised-line"), f"{what}: {line.text!r}", line.number)
