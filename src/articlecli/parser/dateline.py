"""Newswire datelines that open the first paragraph: "MOSCOW, Feb 10 (Reuters) -"."""

from __future__ import annotations

import re
from typing import NamedTuple

from .. import patterns
from .lexicon import AGENCIES, MONTHS, WEEKDAYS

# PLACE[, Region][, Mon DD] [(Agency)] dash. The place is either ALL CAPS ("KYIV, Ukraine —")
# or followed by an agency in parentheses ("Marseille, France (CNN) --"); without one of
# those two signals a capitalised phrase and a dash is just prose.
_DATELINE = patterns.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)"
    r"(?:, (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"(?:,? ?\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?"
    # A dash ends the dateline; after an agency the text may follow with no dash or space,
    # as in the CNN/Daily Mail corpus ("Marseille, France (CNN)The prosecutor ...").
    # Older AP wire copy sets the dash as " _ "; Mexican papers write a full stop before
    # it, and may name their site as the agency ("MÉXICO, D.F., (proceso.com.mx).- ").
    r"(?:(?P<dash> ?\.?(?:--|—|–|-|_) +)|(?<=\))(?=[A-Z\"“‘']))"
)


# "KARACHI (Reuters): The government ...", "LAHORE, Pakistan: ...", as South Asian and
# Gulf papers write it: the place in capitals, then a colon. Labels in capitals ("UPDATE:",
# "WATCH:") are no places.
_COLON_DATELINE = patterns.compile(
    r"(?P<place>[A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]*){0,3}"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?)"
    r"(?: ?\((?P<agency>[A-Za-z][\w .&-]{0,30})\))?: +(?=[A-Z0-9\"“‘'])"
)
_NOT_PLACES = frozenset(
    "update updated note watch breaking exclusive live analysis opinion editorial photos "
    "photo video read also correction clarification advisory alert flash urgent review "
    "interview warning disclaimer summary background context explainer comment "
    "highlights related source sources editor's icymi fact check recap preview poll quiz "
    "tip tips faq psa sponsored advertisement podcast listen subscribe "
    # A record's labels before a dash ("URL - https://...", "TEXT - ...").
    "url link title headline date text author byline body content".split()
)


# A press release's dateline: the place, the day with its year, and the wire that sent it,
# between slashes or in parentheses ("NEW YORK, March 9, 2024 /PRNewswire/ --", "TORONTO,
# March 09, 2024 (GLOBE NEWSWIRE) --"), or the place and the wire alone ("SAN
# FRANCISCO--(BUSINESS WIRE)--").
_PLACE = (
    r"(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][\w.'’-]*){0,3}"
    r"(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}){0,2})"
)
_WIRE = r"[A-Za-z][\w .&-]{1,30}"
_RELEASE_DATELINE = patterns.compile(
    rf"{_PLACE},[ \t]*(?P<date>[A-Za-z]{{3,9}}\.? \d{{1,2}},? \d{{4}})[ \t]*"
    rf"(?:/(?P<slashed>{_WIRE})/|\((?P<bracketed>{_WIRE})\))[ \t]*(?:--|—|–|-)[ \t]*"
)
_WIRE_DATELINE = patterns.compile(rf"{_PLACE}[ \t]*--[ \t]*\((?P<wire>{_WIRE})\)[ \t]*--[ \t]*")


# Words in a paragraph that may stand before a story's dateline (a caption or a teaser).
_MAX_OPENING_WORDS = 40


def is_short_opening(paragraph: str) -> bool:
    """Tell whether a first paragraph is short enough to stand before the story's
    dateline (which then opens the paragraph after it)."""
    return paragraph.count(" ") < _MAX_OPENING_WORDS


class Dateline(NamedTuple):
    """A dateline read off the start of a paragraph."""

    place: str
    agency: str | None
    rest: str  # the paragraph without the dateline
    date: str | None = None  # a press release's day, as written ("March 9, 2024")


def read_dateline(paragraph: str) -> Dateline | None:
    """Return the dateline that opens ``paragraph``, or None.

    >>> read_dateline("WASHINGTON (CNN) -- The Senate voted.")
    Dateline(place='WASHINGTON', agency='CNN', rest='The Senate voted.')
    """
    if paragraph[:3].isupper() and ("/" in paragraph[:80] or "(" in paragraph[:80]):
        release = _read_release_dateline(paragraph)
        if release is not None:
            return release
    match = _DATELINE.match(paragraph)
    if match is None and paragraph[:3].isupper() and ":" in paragraph[:60]:
        return _read_colon_dateline(paragraph)
    if match is None or not match.end() < len(paragraph):
        return None
    place, agency = match["place"], match["agency"]
    if (
        place.endswith(".")
        and paragraph[match.end("place") : match.end("place") + 1] == "-"
        and "." not in place.rsplit(" ", 1)[-1][:-1]
    ):
        place = place[:-1]  # "BOGOTÁ.- ": the stop before the dash (not "D.C.", "Calif. -")
    first_word = place.split(",")[0].split()[0]
    all_caps = first_word.isalpha() and first_word.isupper() and len(first_word) >= 3
    # Without an agency, the place in capitals says it is one, or (in mixed case) its day
    # and a long dash: "Washington, April 19 -- ".
    if agency is None and not (all_caps or _is_dated_place(match)):
        return None
    if agency is None and place.casefold() in AGENCIES:
        return None  # "CNN — ...": an agency whose place was lost is no place
    if agency is None and place.casefold() in _NOT_PLACES:
        return None  # "UPDATE — ...", "URL - https://...": a label, not a place
    if match["dash"] is None and agency.casefold() not in AGENCIES:
        return None  # "Harbour (Town)Then": glued text is a dateline only for a known agency
    return Dateline(place, agency.strip() if agency else None, paragraph[match.end() :])


# Dashes that, after a place and its day, end a dateline in mixed case; a hyphen may be
# prose's ("Sunday, May 5 - we left").
_LONG_DASHES = ("--", "—", "–")


def _is_dated_place(match: re.Match[str]) -> bool:
    """A place in mixed case with its day and a long dash ("Washington, April 19 -- "), as
    newspapers wrote datelines before capitals; not a weekday ("Monday, April 19 --")."""
    if match["date"] is None or match["dash"] is None or match["dash"].strip() not in _LONG_DASHES:
        return False
    first = match["place"].split(",")[0].split()[0].casefold().rstrip(".")
    return first not in WEEKDAYS and first not in MONTHS


def _read_colon_dateline(paragraph: str) -> Dateline | None:
    match = _COLON_DATELINE.match(paragraph)
    if match is None:
        return None
    place = match["place"]
    if any(word in _NOT_PLACES for word in place.casefold().replace(",", " ").split()):
        return None
    if place.casefold() in AGENCIES:
        return None
    agency = match["agency"].strip() if match["agency"] else None
    if agency is None and ", " not in place:
        # A word in capitals and a colon alone is as often a label in some language
        # ("TITULO:", "ITANGAZO:") as a place: an agency or a region must say it is one.
        return None
    return Dateline(place, agency, paragraph[match.end() :])


def _read_release_dateline(paragraph: str) -> Dateline | None:
    """Read a press release's dateline (see :data:`_RELEASE_DATELINE`), or None."""
    match = _RELEASE_DATELINE.match(paragraph)
    if match is not None:
        wire = (match["slashed"] or match["bracketed"]).strip()
        date = match["date"]
    elif (match := _WIRE_DATELINE.match(paragraph)) is not None:
        wire, date = match["wire"].strip(), None
    else:
        return None
    if match.end() >= len(paragraph):
        return None
    return Dateline(match["place"], wire, paragraph[match.end() :], date)
