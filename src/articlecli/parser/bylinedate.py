"""Lines that carry a byline and its dates together: "By Jane Doe | March 3, 2025",
"Posted on March 3, 2025 by Jane Doe", and a page's row of facts parted by bars."""

from __future__ import annotations

from typing import NamedTuple

from .. import patterns
from ..patterns import on_first_use
from .byline import Byline, credit_names, read_byline
from .dates import DateLine, mentions_year, read_date_line
from .lexicon import (
    AGENCIES,
    BYLINE_PREFIXES,
    DATE_PREFIXES,
    FOREIGN_DATE_PREFIXES,
    FOREIGN_WEEKDAYS,
    WEEKDAYS,
)
from .titles import is_menu_item_shaped

# Three people, a bureau and a long date with its time fit in this; longer lines are text.
_MAX_BYLINE_AND_DATE = 200
# Where a byline may give way to its date on the same line: "By Jane Doe | March 3, 2025",
# "... · Updated Mar 3", "... on March 3, 2025", "By Jane Doe, March 3, 2025", or only a
# space before the date's label ("By Jane Doe Updated March 3, 2025").
_MONTH_AHEAD = (
    r"(?=(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b)"
)
_byline_date_break = on_first_use(
    r"\s+(?:[|·•—–-]|on)\s+|,\s+(?=\w)|\s+(?=(?i:updated|published|posted)\b)"
    # "By Jane Doe March 9, 2025", and "Jane DoeMarch 9, 2025" where a page's spacing
    # between the two links was lost.
    rf"|(?:\s+|(?<=[a-z])){_MONTH_AHEAD}"
)
# A name glued to the date after it: "Jane DoeMarch 9, 2025 at 7:13 a.m. EST".
_glued_date = on_first_use(rf"(?<=[a-z]){_MONTH_AHEAD}")
_LONGEST_BYLINE_PREFIX = max(map(len, BYLINE_PREFIXES))


def read_byline_and_date(text: str) -> tuple[Byline, DateLine] | None:
    """Read a byline and its date on one line, either way round, or return None.

    "By Jane Doe | March 3, 2025" -> the byline "Jane Doe" and the date 2025-03-03; so
    does "Posted on March 3, 2025 by Jane Doe". Only
    a readable date counts, so "By Jane Doe | Harbour Desk" stays one byline or none.
    """
    if len(text) > _MAX_BYLINE_AND_DATE:
        return None
    if not text[:_LONGEST_BYLINE_PREFIX].casefold().startswith(BYLINE_PREFIXES):
        # The cheap tests first: most lines are neither.
        return _read_date_and_byline(text) or _read_name_glued_to_date(text)
    if not mentions_year(text):
        return None
    for separator in _byline_date_break().finditer(text):
        date_line = _read_date_of_byline(text[separator.end() :])
        if date_line is None or date_line.value is None:
            continue
        byline = read_byline(text[: separator.start()])
        if byline is not None:
            return byline, date_line
    return None


# A view or comment count that a blog theme prints after the byline's date: "By Jane Doe
# -   June 3, 2024 1520".
_count_after_year = on_first_use(r"(?<=\d{4})\s+\d+$")


def _read_date_of_byline(text: str) -> DateLine | None:
    date_line = read_date_line(text)
    if date_line is None and (count := _count_after_year().search(text)) is not None:
        date_line = read_date_line(text[: count.start()])
    return date_line


def _read_name_glued_to_date(text: str) -> tuple[Byline, DateLine] | None:
    """Read "Jane DoeMarch 9, 2025 at 7:13 a.m. EST" (the writer's name and the date, the
    space between their links lost) as a byline and its date, or return None."""
    if not text[:1].isupper() or not mentions_year(text):
        return None
    glue = _glued_date().search(text)
    if glue is None:
        return None
    date_line = read_date_line(text[glue.start() :])
    if date_line is None or date_line.value is None:
        return None
    byline = credit_names(text[: glue.start()])
    return (byline, date_line) if byline is not None and byline.authors else None


# "Posted on March 3, 2025 by Jane Doe": blog themes put the date first.
_DATE_THEN_BY = " by "


def _read_date_and_byline(text: str) -> tuple[Byline, DateLine] | None:
    """Read a date followed by "by" and the byline on one line, or return None."""
    at = text.rfind(_DATE_THEN_BY)  # "by" in lower case, as such lines write it
    if at < 0 or not mentions_year(text[:at]):
        return None
    date_line = read_date_line(text[:at])
    if date_line is None or date_line.value is None:
        return None
    byline = read_byline(text[at + 1 :])
    return (byline, date_line) if byline is not None else None


# Where a page ran a row's facts together: a label's capital right after a lower-case
# letter or a digit ("NewsReported by", "MarshUpdated:").
_GLUED_FACT = patterns.compile(
    r"(?<=[a-z0-9])(?=(?:Reported by|Written by|Edited by|Updated|Published|Posted)\b)"
)


# A page's line of facts about the story: "Health | Reported by Jane Doe | Updated: March
# 9, 2021 14:05 IST". Its parts are a section, a byline and dates, in any order.
_MAX_META_ROW = 250


class MetaRow(NamedTuple):
    """A page's row of facts: its byline, its dates and the other parts (a section's
    name), which are kept as they stand."""

    byline: Byline | None
    dates: list[DateLine]
    others: list[str]
    outlet: str | None = None  # the outlet a story came from, as an aggregator names it


_DATE_WORDS = frozenset(
    word.casefold()
    for word in (*WEEKDAYS, *FOREIGN_WEEKDAYS, *DATE_PREFIXES, *FOREIGN_DATE_PREFIXES)
)
# A page's section name before the story's time and date, with no bar between: "Politics
# 17:49, 07-Dec-2017", "World 14:46, 07-Jun-2018".
_MAX_SECTIONED_DATE = 60


def read_sectioned_date(text: str) -> MetaRow | None:
    """Read "<Section> <date>" as a row of facts, or return None: the section is a word
    in capitals or with a capital, the rest a date with its year."""
    if len(text) > _MAX_SECTIONED_DATE or not text[:1].isupper():
        return None
    section, space, rest = text.partition(" ")
    if not space or not section.isalpha() or not mentions_year(rest):
        return None
    if section.casefold().rstrip(".") in _DATE_WORDS:
        return None  # "Monday 17:49, ...", "Posted 3 March ...": the date's own words
    date_line = read_date_line(rest)
    if date_line is None or date_line.value is None or read_date_line(text) is not None:
        return None  # "Monday 3 March 2025", "Updated 10:00 ...": the date's own words
    return MetaRow(None, [date_line], [section])


# A news aggregator's line under each story's title: its time, then the outlet it came
# from ("2031-04-30 20:58:39 Harbour Post"). Only the ISO form, so the date ends for sure
# where the name starts.
_dated_source = on_first_use(
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?)\s+"
    r"(?P<source>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|the|and|&)){0,5})"
)


def _read_dated_source(text: str) -> MetaRow | None:
    """Read "<ISO date and time> <Outlet>" as the date and the outlet's name; or return
    None."""
    if text[4:5] != "-" or not text[:4].isdigit():
        return None  # the cheap test: most lines do not open with a year
    match = _dated_source().fullmatch(text)
    if match is None or read_date_line(text) is not None:
        return None  # "2031-04-30 20:58 UTC": a date with its zone
    date_line = read_date_line(match["date"])
    if date_line is None or date_line.value is None:
        return None
    return MetaRow(None, [date_line], [], match["source"])


def read_meta_row(text: str) -> MetaRow | None:
    """Read a row of facts parted by bars as its byline, dates and short other parts, or
    return None when a part is none of these (or the row names neither byline nor date).
    A row whose parts a page ran together ("India NewsReported by Jane Doe, Edited by John
    RoeUpdated: March 2, 2024") is parted where each fact's label starts."""
    if len(text) > _MAX_META_ROW:
        return None
    if " | " not in text:
        text, joints = _GLUED_FACT.subn(" | ", text)  # one scan in C; most lines have none
        if not joints:
            return read_sectioned_date(text) or _read_dated_source(text)
    row = MetaRow(None, [], [])
    unprefixed: Byline | None = None  # "Jane Doe, TNN": a credit only beside a date
    for part in text.split(" | "):
        part = part.strip()
        if row.byline is None and (byline := read_byline(part)) is not None:
            row = row._replace(byline=byline)
        elif (date_line := read_date_line(part)) is not None:
            row.dates.append(date_line)
        elif unprefixed is None and (unprefixed := _read_row_credit(part)) is not None:
            continue
        elif is_menu_item_shaped(part):
            row.others.append(part)
        else:
            return None  # a section's name is short; anything else is text
    if unprefixed is not None and row.dates and row.byline is None:
        row = row._replace(byline=unprefixed)
    elif unprefixed is not None:
        row.others.append(unprefixed.text)
    return row if row.byline is not None or row.dates else None


def _read_row_credit(part: str) -> Byline | None:
    """A name with the agency it writes for ("Jane Doe, TNN") or an agency we know ("TNN")
    credited without "By", or None: a name alone may be a section's ("Top Stories")."""
    if part.casefold() in AGENCIES:
        return Byline(part, (), (part,))
    credited = credit_names(part) if "," in part else None
    return credited if credited is not None and credited.authors and credited.agencies else None
