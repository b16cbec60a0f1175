"""Date lines -> ISO 8601 strings.

A line is a date only when the whole line matches a date grammar (optional weekday, a
date, an optional time and zone). That keeps "March on Washington" or "May Day rally"
from ever becoming dates, which a fuzzy parser would allow. Results never depend on the
current time or the host's time zone: a time without a zone stays without one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from typing import NamedTuple
from urllib.parse import urlsplit

from .. import patterns
from ..patterns import by_first_letter, longest_first, on_first_use
from .lexicon import (
    AMBIGUOUS_ZONES,
    DATE_PREFIXES,
    FOREIGN_DATE_PREFIXES,
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTHS,
    WEEKDAYS,
    ZONES,
)


class DateLine(NamedTuple):
    """A recognised date line: which field it sets and its ISO value (None if invalid)."""

    field: str  # "date" or "updated"
    value: str | None
    updated: str | None = None  # a second "/ Updated ..." part on the same line


def _alternatives(words: object) -> str:
    # Grouped by first letter: a line is tried against each first letter once, not against
    # each of the hundreds of month names, weekdays and labels in a dozen languages.
    escaped = sorted((re.escape(str(w)) for w in words), key=longest_first)  # type: ignore[attr-defined]
    return by_first_letter(escaped)


def _loose(word: str) -> str:
    """A word's key for the tables: case and accents folded, so that whatever a
    case-insensitive pattern matched ("MAYIS", "NİSAN", "Marz") is found."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("ı", "i"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_ALL_MONTHS = {**MONTHS, **FOREIGN_MONTHS}
_MONTH_NUMBERS = {_loose(name): number for name, number in _ALL_MONTHS.items()}
_ALL_PREFIXES = {**DATE_PREFIXES, **FOREIGN_DATE_PREFIXES}
# "입력 2024.03.04 10:20 수정 2024.03.04 11:05": the update's label parts the two dates.
_FOREIGN_UPDATE_LABELS = [
    label for label, field in FOREIGN_DATE_PREFIXES.items() if field == "updated"
]
_PREFIX_FIELDS = {_loose(prefix): field for prefix, field in _ALL_PREFIXES.items()}
# Labels and weekdays of languages that write the day first: "4/3/2024" after one is the
# 4th of March.
_DAY_FIRST_WORDS = frozenset(map(_loose, (*FOREIGN_DATE_PREFIXES, *FOREIGN_WEEKDAYS)))

_MONTH = rf"(?P<month>{_alternatives(_ALL_MONTHS)})\.?"
# "19th", "1er" (French), "4." (German).
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY_NAMES = _alternatives((*WEEKDAYS, *FOREIGN_WEEKDAYS))
_WEEKDAY = rf"(?:(?P<weekday>{_WEEKDAY_NAMES})\.?,?\s+)?"
# British pages write the minutes after a point: "Tue 4 Mar 2025 06.00 GMT"; French ones
# after an "h": "20 septembre 2023 - 13h54".
_CLOCK = (
    r"(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?(?::(?P<second>\d{2}))?"
    r"(?:\.\d+)?\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    rf"(?:\s*\(?(?P<zone>{_alternatives([*ZONES, *AMBIGUOUS_ZONES])}"
    rf"|(?:utc|gmt)?\s?[+-]\d{{1,2}}(?::?\d{{2}})?)\)?)?"
)
# Date and time are joined by a space, a comma, "at", or a dash, bar or slash ("March 19,
# 2025 - 14:05", "Mar 3, 2025 / 02:14 PM EST").
_TIME = rf"(?:(?:,?\s*|\s*[-–—|/:]\s*)(?:(?:at|à)\s+)?{_CLOCK})?"
_DATE_FORMS = (
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",  # March 19, 2025
    # 19 March 2025, 19 de marzo de 2025, 19 марта 2025 г., 19-Mar-2025
    rf"{_DAY}(?:\s+(?:de\s+)?|-){_MONTH}(?:(?:\s+de)?,?\s+|-){_YEAR}"
    r"(?:\s*(?:г\.|года|р\.|року|r\.))?",
    # 2025/03/19, 2025.03.19, and 2025-03-19 when a zone's name follows ("10:20 KST")
    r"(?P<year>\d{4})(?P<year_mark>[/.-])(?P<month_number>\d{1,2})(?P=year_mark)(?P<day>\d{1,2})",
    # 19/03/2025, 19.03.2025, 19-03-2025 (the same mark twice)
    r"(?P<first>\d{1,2})(?P<mark>[/.-])(?P<second_part>\d{1,2})(?P=mark)(?P<year>\d{4})",
    # 31.03.25: a year of two digits, after points only (Russian and German exports); the
    # day first, as points say
    r"(?P<day>\d{1,2})\.(?P<month_number>\d{1,2})\.(?P<short_year>\d{2})",
    # 2025年3月19日 (Chinese, Japanese), 2025년 3월 19일 (Korean), a weekday in brackets after
    r"(?P<year>\d{4})\s*[年년]\s*(?P<month_number>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
    r"(?:\s*[(（]\w{1,3}[)）])?",
)
# The grammars, tried in order: the date forms, then the same with the time first. Some
# sites print the time first: "Updated 10:42 AM EDT, Thu March 20, 2025". The lookahead
# wants minutes or am/pm, so a stray number before a date is not an hour.
# A weekday may also open the line before the time ("Monday 17:49, 07-Dec-2017").
_WEEKDAY_BEFORE_TIME = rf"(?:(?:{_WEEKDAY_NAMES})\.?,?\s+)?"
_DATE_GRAMMARS = tuple(rf"{_WEEKDAY}{form}{_TIME}\.?" for form in _DATE_FORMS) + tuple(
    rf"(?:at\s+)?{_WEEKDAY_BEFORE_TIME}(?=\d{{1,2}}(?::\d{{2}}|\s*[ap]\.?\s?m)){_CLOCK},?\s+"
    rf"{_WEEKDAY}{form}\.?"
    for form in _DATE_FORMS
)


@functools.cache
def _date_pattern(index: int) -> re.Pattern[str]:
    """Compile grammar ``index`` on first use. Each takes about half a millisecond and a
    file usually needs the first only: compiling all eight would slow every start-up."""
    return patterns.compile(_DATE_GRAMMARS[index], re.IGNORECASE)


# Milliseconds may follow the seconds after a colon, as some CMSs write them
# ("2031-11-12T07:15:22:519-08").
_ISO_DATE = patterns.compile(
    r"(?P<iso>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+|:\d{3})?)?"
    r"(?:\s?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?)",
    re.IGNORECASE,
)
# ISO 8601's basic form, without separators, as some APIs write it: "20310505T091400".
_BASIC_ISO = patterns.compile(r"\d{8}T\d{4}(?:\d{2})?(?:Z|[+-]\d{4})?")
# A time stamp with hyphens for colons, as file names carry it: "2019-05-04-18-20-11".
_HYPHENED_STAMP = patterns.compile(r"(?P<day>\d{4}-\d{2}-\d{2})-(?P<time>\d{2}-\d{2}(?:-\d{2})?)")
_TIME_ONLY = patterns.compile(_CLOCK, re.IGNORECASE)
_PREFIX = patterns.compile(
    rf"^(?P<prefix>{_alternatives(_ALL_PREFIXES)})\s*(?:[:：]{{1,2}}|-|–|—)?\s*", re.IGNORECASE
)
# Where an update time follows the date: "March 3 / Updated March 4", "March 3, updated
# March 4", "Published March 3 Updated March 4" (but "Last updated ..." is one label), and
# the same in other languages ("입력 2024.03.04 10:20 수정 2024.03.04 11:05").
_UPDATED_SPLIT = patterns.compile(
    r"(?<!last)(?:\s*[/|•·,(]\s*|\s+)(?=(?:last\s+)?updated\b"
    rf"|(?:{_alternatives(_FOREIGN_UPDATE_LABELS)})(?:\s|:))",
    re.IGNORECASE,
)
# Pre-filter: every date form holds a run of 4 digits (the year).
_HAS_YEAR = patterns.compile(r"\d{4}|\d\.\d{1,2}\.\d{2}\b")


def mentions_year(text: str) -> bool:
    """Tell whether ``text`` may hold a date at all: every date form has a 4-digit year,
    but "31.03.25", with points, a year of two."""
    return _HAS_YEAR.search(text) is not None


# The place or desk some sites print after the date: "April 16, 2025 09:38 pm IST - New
# Delhi". Up to four capitalised words after a dash or a bar, at the end of the line.
_trailing_place = on_first_use(r"\s+[-–—|·•]\s+[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,3}$")


_weekday_after_year = on_first_use(
    r"(?<=\d{4}),?\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def read_date_line(line: str) -> DateLine | None:
    """Return the date a whole line states, or None when the line is not a date line.

    >>> read_date_line("March 19, 2025")
    DateLine(field='date', value='2025-03-19', updated=None)
    >>> read_date_line("March on Washington") is None
    True
    """
    text = line.strip()
    if text.startswith(_ROC_OPENINGS):
        text = _ROC_YEAR.sub(_gregorian_year, text, count=1)
    if len(text) > 120 or not mentions_year(text):
        return None
    if text.endswith((" Uhr", " uhr")):
        text = text[:-4]  # German clock times: "09:15 Uhr"
    found = _read_date_text(text)
    if found is None and (unglued := _unglued(text)) != text:
        found = _read_date_text(unglued)
    return found


# Taiwan's calendar counts the years of the Republic of China, from 1912: "中華民國120年
# 05月05日" is 5 May 2031.
_ROC_OPENINGS = ("民國", "中華民國")
_ROC_YEAR = patterns.compile(r"^(?:中華)?民國\s*(\d{1,3})\s*年")
_ROC_FIRST_YEAR = 1911


def _gregorian_year(match: re.Match[str]) -> str:
    return f"{int(match[1]) + _ROC_FIRST_YEAR}年"


# A page's date line whose pieces a scraper joined without their spaces: the year and the
# hour ("FEB 1 20183:33 PM": no year has five digits), the zone and the update's label
# ("3:33 PM ESTUPDATED FRI, ...").
_GLUED_YEAR_HOUR = patterns.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d)")
_GLUED_UPDATE = patterns.compile(r"(?<=[A-Za-z])(?=(?:UPDATED|Updated)\b)")


# The page's section glued to the time that opens the date: "Politics19:53, 22-Jan-2031".
_GLUED_SECTION = patterns.compile(r"[A-Z][a-z]{2,20}(?=\d{1,2}:\d\d)")


def _unglued(text: str) -> str:
    """``text`` with the spaces put back that a scraper lost (tried once a line failed),
    and without a section's name glued to the time."""
    if ":" in text:
        text = _GLUED_YEAR_HOUR.sub(r"\1 ", text)
        if text[:1].isupper():
            text = _GLUED_SECTION.sub("", text, count=1)
    if "PDATED" in text or "pdated" in text:
        text = _GLUED_UPDATE.sub(" ", text)
        text = _PLACE_BEFORE_UPDATE.sub("", text, count=1)  # "New Delhi,UPDATED: ..."
    return text


# The dateline's place before the label of a page's date: "New Delhi,UPDATED: Mar 23".
_PLACE_BEFORE_UPDATE = patterns.compile(r"^[A-Z][\w .'-]{1,30},\s*(?=(?:UPDATED|Updated)\b)")


def _read_date_text(text: str) -> DateLine | None:
    parts = _UPDATED_SPLIT.split(text, maxsplit=1)
    if len(parts) == 1 and (both := _read_two(text)) is not None:
        return both
    first = _read_one(parts[0])
    if first is None and (place := _trailing_place().search(parts[0])) is not None:
        first = _read_one(parts[0][: place.start()])
    if first is None and "day" in parts[0].casefold():
        # "March 4, 2031 Tuesday 9:15 AM GMT": news archives print the weekday after the
        # year.
        first = _read_one(_weekday_after_year().sub("", parts[0], count=1))
    if first is None:
        return None
    if len(parts) == 2:
        # "14:16 12.05.2031 (updated: 15:04 12.05.2031)": the update in brackets
        later = parts[1][:-1] if parts[1][-1:] == ")" and "(" in text else parts[1]
        second = _read_one(later)
        if second is None:
            return None
        return DateLine(first.field, first.value, updated=second.value)
    return first


# Two labelled dates on one line, the update first: "Updated March 6, 2024 / Original
# March 4, 2024".
_TWO_DATES_SPLIT = patterns.compile(r"\s+[/|•·]\s+")


def _read_two(text: str) -> DateLine | None:
    """Read "<updated> / <date>", an update and the first publication on one line."""
    if not text[:7].casefold().startswith(("updated", "last up", "modifie")):
        return None  # the cheap test: only an update comes first
    parts = _TWO_DATES_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    first, second = _read_one(parts[0]), _read_one(parts[1])
    if first is None or second is None or first.field != "updated" or second.field != "date":
        return None
    return DateLine("date", second.value, updated=first.value)


def read_time_line(line: str) -> tuple[int, int, int, str | None] | None:
    """Return (hour, minute, second, zone) for a line that is only a time ("12:03 PM")."""
    match = _TIME_ONLY.fullmatch(line.strip().rstrip("."))
    if match is None or match["minute"] is None:
        return None
    hour = _hour(int(match["hour"]), match["ampm"])
    if hour is None or int(match["minute"]) > 59:
        return None
    return hour, int(match["minute"]), int(match["second"] or 0), match["zone"]


def with_time(iso_date: str, time: tuple[int, int, int, str | None]) -> str | None:
    """Combine a date-only ISO string with a time read by :func:`read_time_line`."""
    day = date.fromisoformat(iso_date)
    hour, minute, second, zone = time
    return _format(day.year, day.month, day.day, hour, minute, second, zone)


def _read_one(text: str, *, order: str | None = None) -> DateLine | None:
    """Read one date; ``order`` ("day" or "month") says which comes first in a numeric
    date that cannot tell (see :func:`read_ambiguous_near`)."""
    field = "date"
    day_first = False
    prefix = _PREFIX.match(text)
    if prefix:
        key = _loose(prefix["prefix"])
        field = _PREFIX_FIELDS[key]
        day_first = key in _DAY_FIRST_WORDS
        text = text[prefix.end() :]
        if text[-1:] == ")" and text.lstrip()[:1] == "(":
            text = text.strip()[1:-1]  # "Published (Mon, 05 May 2031 09:14:02 +0200)"
    text = text.strip()
    iso = _ISO_DATE.fullmatch(text.rstrip("."))
    if iso:
        value = iso["iso"]
        if value[16:17] == value[19:20] == ":":
            value = value[:19] + "." + value[20:]  # "07:15:22:519" -> "07:15:22.519"
        return DateLine(field, _from_iso(value))
    if text[:1].isdigit() and (stamp := _HYPHENED_STAMP.fullmatch(text)) is not None:
        return DateLine(field, _from_iso(f"{stamp['day']}T{stamp['time'].replace('-', ':')}"))
    if text[8:9] == "T" and _BASIC_ISO.fullmatch(text):
        return DateLine(field, _from_iso(text))
    for index in range(len(_DATE_GRAMMARS)):
        match = _date_pattern(index).fullmatch(text)
        if match:
            return DateLine(field, _from_match(match, day_first=day_first, order=order))
    return None


# A year of two digits is in this century below this, else in the last (POSIX's rule for
# strptime's "%y": 69 -> 1969, 68 -> 2068).
_CENTURY_PIVOT = 69


def _full_year(short: int) -> int:
    return (2000 if short < _CENTURY_PIVOT else 1900) + short


def _from_iso(text: str) -> str | None:
    from dateutil.parser import isoparse  # imported lazily: start-up time matters

    try:
        value: datetime = isoparse(text.replace(" ", "T", 1).replace(" ", ""))
    except (ValueError, OverflowError):
        return None
    if len(text) == 10:
        return value.date().isoformat()
    return value.isoformat()


def _from_match(
    match: re.Match[str], *, day_first: bool = False, order: str | None = None
) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else _full_year(int(groups["short_year"]))
    weekday = groups.get("weekday")
    day_first = day_first or (weekday is not None and _loose(weekday) in _DAY_FIRST_WORDS)
    if groups.get("month"):
        name = groups["month"]
        # English names as the text has them, most often; folded only when that fails.
        month = MONTHS.get(name.lower()) or _MONTH_NUMBERS[_loose(name)]
        day = int(groups["day"])
    elif groups.get("month_number"):
        month, day = int(groups["month_number"]), int(groups["day"])
    else:
        first, second = int(groups["first"]), int(groups["second_part"])
        if first > 12 >= second:
            day, month = first, second
        elif second > 12 >= first:
            month, day = first, second
        elif first == second:
            month = day = first  # 03/03/2025 reads the same either way
        elif groups.get("mark") == "." or day_first or order == "day":
            # 04.03.2025: points are the day-first countries' way; so is a label or weekday
            # in their languages ("Thứ hai, 4/3/2025", "Publié le 04/03/2025").
            day, month = first, second
        elif order == "month":
            month, day = first, second
        else:
            return None  # 03/04/2025: day-month or month-day cannot be told apart
    if groups.get("hour") is None or (groups.get("minute") is None and not groups.get("ampm")):
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            return None
    hour = _hour(int(groups["hour"]), groups.get("ampm"))
    if hour is None:
        return None
    return _format(
        year,
        month,
        day,
        hour,
        int(groups["minute"] or 0),
        int(groups["second"] or 0),
        groups.get("zone"),
    )


def _hour(hour: int, ampm: str | None) -> int | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        is_pm = ampm.lower().startswith("p")
        return (hour % 12) + (12 if is_pm else 0)
    return hour if hour <= 23 else None


def _format(
    year: int, month: int, day: int, hour: int, minute: int, second: int, zone: str | None
) -> str | None:
    try:
        value = datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None
    offset = _offset_minutes(zone) if zone else None
    if offset is not None:
        value = value.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return value.isoformat()


_NUMERIC_ZONE = patterns.compile(
    r"(?:utc|gmt)?\s?(?P<sign>[+-])(?P<h>\d{1,2}):?(?P<m>\d{2})?", re.I
)


def _offset_minutes(zone: str) -> int | None:
    known = ZONES.get(zone.lower())
    if known is not None:
        return known
    match = _NUMERIC_ZONE.fullmatch(zone)
    if match is None:
        return None
    minutes = int(match["h"]) * 60 + int(match["m"] or 0)
    if minutes >= 24 * 60:
        return None
    return -minutes if match["sign"] == "-" else minutes


# Dates in article URLs, most specific first; the first that matches is the URL's date.
# A form with a day dates one day; one without dates a whole month.
_URL_DATE_FORMS = (
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?=/|$)",
    r"(?i)/(?P<year>(?:19|20)\d{2})/(?P<month_name>[a-z]{3,9})/(?P<day>\d{1,2})(?=/|$)",
    r"[/_-](?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?=[/_.-]|$)",
    r"/(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?=[/_.-]|$)",
    # Chinese news sites' paths: "/2031-05/05/c_1.htm", "/n1/2031/0505/c1001-2.html".
    r"/(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})/(?P<day>\d{2})(?=/)",
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{2})(?P<day>\d{2})(?=/)",
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})(?=/)",
)


@functools.cache
def url_date_patterns() -> tuple[re.Pattern[str], ...]:
    """Compile the URL date forms on first use: only an article with a URL and no date
    line, or a check of the two against each other, needs them."""
    return tuple(patterns.compile(form) for form in _URL_DATE_FORMS)


def url_date(url: str) -> tuple[date, date, str] | None:
    """Return (first day, last day, matched text) of the date in a URL's path, or None.

    >>> url_date("https://example.org/world/2025/03/19/talks/")
    (datetime.date(2025, 3, 19), datetime.date(2025, 3, 19), '/2025/03/19')
    """
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for pattern in url_date_patterns():
        for match in pattern.finditer(path):
            span = _date_span(match)
            if span is not None:
                return (*span, match.group())
    return None


def read_ambiguous_near(text: str, near: str) -> str | None:
    """Read a numeric date whose day and month cannot be told apart ("03/04/2025 12:34")
    the one way that falls within a week of ``near`` (an ISO day: the one in the article's
    URL, which sites date on publication); None when neither or both do."""
    near_day = date.fromisoformat(near[:10])
    values = []
    for order in ("day", "month"):
        value = read_date_in_order(text, order)
        if value is None:
            return None
        values.append(value)
    close = [
        value
        for value in dict.fromkeys(values)
        if abs((date.fromisoformat(value[:10]) - near_day).days) <= _NEAR_DAYS
    ]
    return close[0] if len(close) == 1 else None


def read_date_in_order(text: str, order: str) -> str | None:
    """Read a date line, a numeric date in it day first (``order`` "day") or month first
    ("month") whatever its numbers say; the ISO 8601 value, or None."""
    read = _read_one(text.strip(), order=order)
    return read.value if read is not None and read.field == "date" else None


# How far from the URL's day an undecided date may fall and still be read its way.
_NEAR_DAYS = 7


def url_day(url: str) -> str | None:
    """Return the ISO day a URL's path is dated with ("/2025/03/19/"), or None when it
    names no day (none, or a month only: "/2025/03/")."""
    found = url_date(url)
    if found is None or found[0] != found[1]:
        return None
    return found[0].isoformat()


def _date_span(match: re.Match[str]) -> tuple[date, date] | None:
    """Return the first and last day a URL date match stands for, or None if invalid."""
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("month_name"):
        month = MONTHS.get(groups["month_name"].lower())  # English in URLs
        if month is None:
            return None
    else:
        month = int(groups["month"])
    try:
        if groups.get("day"):
            day = date(year, month, int(groups["day"]))
            return day, day
        first = date(year, month, 1)
    except ValueError:
        return None
    following = date(year + month // 12, month % 12 + 1, 1)
    return first, following - timedelta(days=1)
